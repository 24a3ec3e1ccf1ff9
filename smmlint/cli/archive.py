"""Reading an archive of posts (JSON Lines or CSV) row by row, lazily, so that a malformed
row is reported with its number and skipped while every other row is still read."""

from __future__ import annotations

import csv
import json
import math
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from smmlint.cli.errors import CliError
from smmlint.cli.inputs import TOO_LONG
from smmlint.errors import MAX_TEXT_LENGTH
from smmlint.output.wording import counted
from smmlint.platforms import get_platform

FORMAT_BY_SUFFIX = {".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv", ".parquet": "parquet"}
_BOM = "\ufeff"


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
        return f"row {self.number}: {self.reason}; skipped"


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

    def _lines(self) -> Iterator[str]:
        """Decoded lines; bytes that are not UTF-8 become lone surrogates, caught per row."""
        first = True
        for raw in self._file:
            self.bytes_read += len(raw)
            line = raw.decode("utf-8", "surrogateescape")
            yield line.removeprefix(_BOM) if first else line
            first = False

    def _jsonl_rows(self) -> Iterator[Row | SkippedRow]:
        for number, line in enumerate(self._lines(), 1):
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
        reader = csv.reader(self._lines(), strict=True)
        try:
            header = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raise CliError(f"{self.path}: the header is not valid CSV ({exc})") from None
        if self.fields.text not in header:
            columns = ", ".join(header) or "none"
            raise CliError(f"{self.path}: no column {self.fields.text!r} (columns: {columns})")
        number = 1
        while True:
            number += 1
            try:
                values = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                yield SkippedRow(number, f"not valid CSV ({_csv_problem(exc)})")
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
            return SkippedRow(number, str(exc))
    return Row(number, text, platform or None, _printable_id(record.get(fields.id)))


def _parse_json(line: str) -> Any:
    """One JSON Lines record. NaN and Infinity are not JSON and are refused; a number Python
    cannot hold as it was written (``1e400``, 5,000 digits) is kept as its literal, so it is
    written back out as valid JSON."""
    return json.loads(
        line, parse_constant=_not_json, parse_float=_finite_or_literal, parse_int=_int_or_literal
    )


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


def _csv_problem(exc: csv.Error) -> str:
    if "unexpected end of data" in str(exc):
        return "a quote opened in this row is never closed"
    return str(exc)


def _has_bad_bytes(text: str) -> bool:
    """Whether decoding met bytes that are not UTF-8 (``surrogateescape`` kept them)."""
    return not text.isascii() and any("\udc80" <= ch <= "\udcff" for ch in text)


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
