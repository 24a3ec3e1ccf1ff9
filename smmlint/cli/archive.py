"""Reading an archive of posts (JSON Lines or CSV) row by row, lazily, so that a malformed
row is reported with its number and skipped while every other row is still read.

Every row is accounted for: a CSV record that breaks (a quote never closed swallows the
rest of the file) is reported, and the lines it swallowed after its first are read again
as rows. A row holds at most ``MAX_ROW_BYTES``, so memory stays bounded whatever the file.
"""

from __future__ import annotations

import csv
import json
import math
import re
import sys
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from smmlint.cli.errors import CliError
from smmlint.cli.inputs import TOO_LONG
from smmlint.core.errors import MAX_TEXT_LENGTH
from smmlint.output.wording import counted
from smmlint.platforms import get_platform

FORMAT_BY_SUFFIX = {".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv", ".parquet": "parquet"}
_BOM = "\ufeff"
_UTF16_32_BOMS = (b"\xff\xfe", b"\xfe\xff")
# The most bytes one row (a JSON Lines line, a CSV record) may take: a post at the length
# limit with every character escaped as a surrogate pair (12 bytes) fits, with room to spare.
MAX_ROW_BYTES = 16 * MAX_TEXT_LENGTH
TOO_BIG = f"longer than {MAX_ROW_BYTES // (1 << 20)} MiB"


@dataclass(frozen=True)
class Fields:
    """Which fields of a row hold the post's text, its platform and its id."""

    text: str = "text"
    platform: str | None = None
    id: str = "id"


@dataclass(frozen=True)
class Row:
    """One post of the archive. ``number`` is the JSON Lines line number, or the CSV record
    number counting the header as row 1 (as a spreadsheet shows it)."""

    number: int
    text: str
    platform: str | None = None
    id: Any = None


@dataclass(frozen=True)
class SkippedRow:
    """A row that is not a post, and why."""

    number: int
    reason: str

    def __str__(self) -> str:
        return f"row {self.number}: {self.problem}"

    @property
    def problem(self) -> str:
        """What the audit says of the row after its number."""
        return f"{printable(self.reason)}; skipped"


class _RecordTooLong(Exception):
    """The CSV record being read passed ``MAX_ROW_BYTES``."""


class _RecordLines:
    """The lines ``csv.reader`` reads, keeping those of the record being read, so the lines a
    broken record swallowed can be read again (``reread_after_first``)."""

    def __init__(self, lines: Iterator[str | None]) -> None:
        self._source = lines
        self._again: deque[str] = deque()
        self.record: list[str] = []
        self._size = 0

    def __iter__(self) -> _RecordLines:
        return self

    def __next__(self) -> str:
        line = self._again.popleft() if self._again else next(self._source)
        if line is None:
            raise _RecordTooLong
        self._size += len(line)
        if self._size > MAX_ROW_BYTES:
            raise _RecordTooLong
        self.record.append(line)
        return line

    def start_record(self) -> None:
        self.record, self._size = [], 0

    def reread_after_first(self) -> int:
        """Queue the record's lines after its first to be read again; how many there are."""
        swallowed = self.record[1:]
        self._again.extendleft(reversed(swallowed))
        self.start_record()
        return len(swallowed)


class Archive:
    """An open archive; ``rows()`` yields ``Row`` or ``SkippedRow`` in file order, and
    ``bytes_read`` / ``size`` tell how far reading has got."""

    def __init__(self, path: str, kind: str | None, fields: Fields) -> None:
        self.path, self.fields = path, fields
        self.kind = kind or FORMAT_BY_SUFFIX.get(Path(path).suffix.lower())
        if path != "-" and Path(path).is_dir():
            raise CliError(f"{path}: is a directory, not an archive")
        if self.kind is None:
            raise CliError(
                f"{path}: unknown archive format; use JSON Lines (.jsonl), CSV (.csv) or "
                "Parquet (.parquet), or say which with --input-format"
            )
        self.bytes_read = 0
        self.size: int | None = None
        self._file: BinaryIO

    def __enter__(self) -> Archive:
        if self.path == "-":
            self._file = sys.stdin.buffer
            return self
        try:
            self._file = open(self.path, "rb")  # closed in __exit__
            self.size = Path(self.path).stat().st_size or None
        except OSError as exc:
            raise CliError(f"{self.path}: cannot read: {exc.strerror or exc}") from None
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self._file is not sys.stdin.buffer:
            self._file.close()

    def rows(self) -> Iterator[Row | SkippedRow]:
        """Every row, in order."""
        if self.kind == "parquet":
            from smmlint.cli.parquet import parquet_rows  # needs pyarrow: only when asked

            return parquet_rows(self, self._file)
        return self._jsonl_rows() if self.kind == "jsonl" else self._csv_rows()

    def _lines(self) -> Iterator[str | None]:
        """Decoded lines; bytes that are not UTF-8 become lone surrogates, caught per row.

        ``None`` stands for a line longer than ``MAX_ROW_BYTES``, which is skipped unread.
        """
        first = True
        while raw := self._file.readline(MAX_ROW_BYTES + 1):
            self.bytes_read += len(raw)
            if first and raw.startswith(_UTF16_32_BOMS):
                raise CliError(f"{self.path}: UTF-16 or UTF-32 text; save the archive as UTF-8")
            if len(raw) > MAX_ROW_BYTES:
                self._skip_rest_of_line()
                yield None
            else:
                line = raw.decode("utf-8", "surrogateescape")
                yield line.removeprefix(_BOM) if first else line
            first = False

    def _skip_rest_of_line(self) -> None:
        while (chunk := self._file.readline(MAX_ROW_BYTES)) and not chunk.endswith(b"\n"):
            self.bytes_read += len(chunk)
        self.bytes_read += len(chunk)

    def _jsonl_rows(self) -> Iterator[Row | SkippedRow]:
        for number, line in enumerate(self._lines(), 1):
            if line is None:
                yield SkippedRow(number, TOO_BIG)
                continue
            if not line.strip():
                continue
            if _has_bad_bytes(line):
                yield SkippedRow(number, "not valid UTF-8")
                continue
            try:
                record = _parse_json(line)
            except RecursionError:
                yield SkippedRow(number, "not valid JSON (nested too deeply)")
                continue
            except ValueError as exc:  # JSONDecodeError, or NaN/Infinity
                yield SkippedRow(number, f"not valid JSON ({getattr(exc, 'msg', exc)})")
                continue
            if not isinstance(record, dict):
                yield SkippedRow(number, f"not a JSON object but {_json_type(record)}")
                continue
            yield self._row(number, record)

    def _csv_rows(self) -> Iterator[Row | SkippedRow]:
        # strict: a stray or unclosed quote is an error to report, not text to swallow quietly
        lines = _RecordLines(self._lines())
        reader = csv.reader(lines, strict=True)
        try:
            header = next(reader)
        except StopIteration:
            return
        except (csv.Error, _RecordTooLong) as exc:
            problem = str(exc) if isinstance(exc, csv.Error) else TOO_BIG
            raise CliError(f"{self.path}: the header is not valid CSV ({problem})") from None
        if self.fields.text not in header:
            columns = printable(", ".join(header)) or "none"
            raise CliError(
                f"{self.path}: no column {printable(repr(self.fields.text))} (columns: {columns})"
            )
        number = 1
        while True:
            number += 1
            lines.start_record()
            try:
                values = next(reader)
            except StopIteration:
                return
            except (csv.Error, _RecordTooLong) as exc:
                problem = _csv_problem(exc) if isinstance(exc, csv.Error) else TOO_BIG
                swallowed = lines.reread_after_first()
                if swallowed:
                    verb = "is" if swallowed == 1 else "are"
                    problem += f"; the {counted(swallowed, 'line')} it took in {verb} read again"
                yield SkippedRow(number, f"not valid CSV ({problem})")
                continue
            if not values:
                continue
            if len(values) != len(header):
                found = counted(len(values), "field")
                yield SkippedRow(number, f"{found} where the header has {len(header)}")
                continue
            yield self._row(number, dict(zip(header, values, strict=True)))

    def _row(self, number: int, record: dict[str, Any]) -> Row | SkippedRow:
        """A row from its fields, or why it is not a post."""
        return check_record(number, record, self.fields)


def check_record(number: int, record: dict[str, Any], fields: Fields) -> Row | SkippedRow:
    """The audit's checks on one record: a ``Row`` to lint, or why it is not a post. Every
    engine that lints tables (``smmlint.spark``, ``smmlint.dask``) applies the same checks."""
    if fields.text not in record:
        return SkippedRow(number, f"no {fields.text!r} field")
    text = record[fields.text]
    if not isinstance(text, str):
        return SkippedRow(number, f"{fields.text!r} is {_json_type(text)}, not a string")
    if _has_bad_bytes(text):
        return SkippedRow(number, "not valid UTF-8")
    if not text.strip():
        return SkippedRow(number, f"{fields.text!r} is empty")
    if len(text) > MAX_TEXT_LENGTH:
        return SkippedRow(number, TOO_LONG)
    platform = record.get(fields.platform) if fields.platform else None
    if platform not in (None, ""):
        try:
            platform = get_platform(str(platform)).name
        except ValueError as exc:
            return SkippedRow(number, printable(str(exc)))
    return Row(number, text, platform or None, _printable_id(record.get(fields.id)))


def _parse_json(line: str) -> Any:
    """One JSON Lines record. NaN and Infinity are not JSON and are refused; a number Python
    cannot hold as it was written (``1e400``, 5,000 digits) is kept as its literal, so it is
    written back out as valid JSON. As ``json.loads``, with one decoder for every line."""
    if line.startswith(_BOM):
        raise json.JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", line, 0)
    return _DECODER.decode(line)


def _not_json(constant: str) -> Any:
    raise ValueError(f"{constant} is not a JSON value")


def _finite_or_literal(literal: str) -> float | str:
    value = float(literal)
    return value if math.isfinite(value) else literal


def _int_or_literal(literal: str) -> int | str:
    try:
        return int(literal)
    except ValueError:  # past sys.get_int_max_str_digits()
        return literal


_DECODER = json.JSONDecoder(
    parse_constant=_not_json, parse_float=_finite_or_literal, parse_int=_int_or_literal
)


def _csv_problem(exc: csv.Error) -> str:
    if "unexpected end of data" in str(exc):
        return "a quote opened in this row is never closed"
    return str(exc)


def printable(text: str) -> str:
    """``text`` with every character a terminal would not show as itself escaped (NUL,
    escape sequences, undecodable bytes): a message never writes raw control bytes."""
    if text.isprintable():
        return text
    return "".join(ch if ch.isprintable() else ascii(ch)[1:-1] for ch in text)


def _has_bad_bytes(text: str) -> bool:
    """Whether decoding met bytes that are not UTF-8 (``surrogateescape`` kept them)."""
    return not text.isascii() and _ESCAPED_BYTE.search(text) is not None


_ESCAPED_BYTE = re.compile("[\udc80-\udcff]")  # one scan in C, not a Python loop a character


def _printable_id(value: Any) -> Any:
    """A row's id as it can be written out: undecodable bytes and lone surrogates escaped."""
    if value == "":
        return None
    if isinstance(value, str) and not value.isascii():
        return value.encode("utf-8", "backslashreplace").decode("utf-8")
    return value


def _json_type(value: Any) -> str:
    """The JSON type of a value with its article, as a message names it: "an array"."""
    names = {dict: "an object", list: "an array", str: "a string", bool: "a boolean"}
    return "null" if value is None else names.get(type(value), "a number")
