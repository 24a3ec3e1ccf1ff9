"""``smmlint audit`` and Parquet: reading posts from a Parquet file and writing the results
as Parquet in the schema Spark and Dask write (docs/scale.md). Needs ``pyarrow``
(``pip install "smmlint[parquet]"``), imported only when a Parquet file is read or written."""

from __future__ import annotations

import io
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from smmlint.cli.archive import Fields, Row, SkippedRow, check_record
from smmlint.cli.errors import CliError
from smmlint.cli.output import open_output

if TYPE_CHECKING:
    from smmlint.cli.archive import Archive

BATCH_ROWS = 1024  # rows read at once: bounded memory on any file size
ROW_GROUP_ROWS = 10_000  # rows buffered per written row group
OUTPUT_FORMATS = ("jsonl", "parquet")


def parquet_rows(archive: Archive, file: BinaryIO) -> Iterator[Row | SkippedRow]:
    """The posts of a Parquet file, numbered from 1 in file order, through the audit's row
    checks; ``CliError`` if it is not Parquet or has no text column."""
    pa, pq = _pyarrow()
    from smmlint.table.lint import text_values

    if not file.seekable():  # standard input: Parquet's footer is at the end
        file = io.BytesIO(file.read())
    try:
        parquet = pq.ParquetFile(file)
    except (pa.ArrowException, OSError) as exc:
        raise CliError(f"{archive.path}: not a Parquet file ({exc})") from None
    fields: Fields = archive.fields
    names = parquet.schema_arrow.names
    if fields.text not in names:
        raise CliError(f"{archive.path}: no column {fields.text!r} (columns: {', '.join(names)})")
    columns = list(dict.fromkeys(c for c in (fields.text, fields.platform, fields.id) if c))
    columns = [c for c in columns if c in names]
    total = max(parquet.metadata.num_rows, 1)
    number = 0
    for batch in parquet.iter_batches(batch_size=BATCH_ROWS, columns=columns):
        values = [text_values(column) for column in batch.columns]
        for record in zip(*values, strict=True):
            number += 1
            yield check_record(number, dict(zip(columns, record, strict=True)), fields)
        if archive.size:
            archive.bytes_read = archive.size * number // total


@contextmanager
def open_results(path: str | None, output_format: str | None) -> Iterator[Any]:
    """Where the audit writes its results: JSON lines (``open_output``), or Parquet when
    ``output_format`` or the suffix of ``path`` says so. Both take the JSON lines."""
    if (output_format or _format_of(path)) != "parquet":
        with open_output(path) as out:
            yield out
        return
    writer = ParquetResults(path)
    try:
        yield writer
    finally:
        writer.close()


class ParquetResults:
    """Writes the audit's JSON lines as Parquet rows: ``row``, ``id`` (as text), then the
    result columns. Rows are buffered into row groups, so memory stays flat."""

    def __init__(self, path: str | None) -> None:
        pa, pq = _pyarrow()
        from smmlint.table.schema import result_schema

        self._pa = pa
        self.schema = pa.schema([("row", pa.int64()), ("id", pa.string()), *result_schema()])
        target = sys.stdout.buffer if path is None else path
        try:
            self._writer = pq.ParquetWriter(target, self.schema)
        except OSError as exc:
            raise CliError(f"{path}: cannot write: {exc.strerror or exc}") from None
        self._rows: list[dict[str, Any]] = []

    def write(self, line: str) -> None:
        """Take one JSON line of the audit."""
        from smmlint.table.schema import result_row

        wire = json.loads(line)
        self._rows.append({"row": wire["row"], "id": _id_text(wire.get("id")), **result_row(wire)})
        if len(self._rows) >= ROW_GROUP_ROWS:
            self._flush()

    def close(self) -> None:
        """Write what is buffered and the file's footer."""
        self._flush()
        self._writer.close()

    def _flush(self) -> None:
        if self._rows:
            self._writer.write_table(self._pa.Table.from_pylist(self._rows, schema=self.schema))
            self._rows = []


def _format_of(path: str | None) -> str:
    return "parquet" if path and Path(path).suffix.lower() == ".parquet" else "jsonl"


def _id_text(value: Any) -> str | None:
    """An id as text: a string as it is, a number or anything else as its JSON."""
    if value is None or isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)


def _pyarrow() -> tuple[Any, Any]:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise CliError('Parquet needs pyarrow: pip install "smmlint[parquet]"') from None
    return pa, pq
