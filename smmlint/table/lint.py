"""Linting a column of posts: every value goes through the audit's row checks
(``check_record``) and its linting (``lint_or_reason``), so a table engine and ``smmlint audit``
answer every row alike; a row that is not a post gets the audit's reason in ``error``."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import pyarrow as pa

from smmlint.cli.archive import Fields, SkippedRow, check_record
from smmlint.cli.options import LintSettings
from smmlint.cli.parallel import lint_or_reason
from smmlint.core.config import Config
from smmlint.core.warm import warm_up
from smmlint.table.schema import RESULT_COLUMNS, error_row, result_row, result_schema

ROWS_PER_PARTITION = 2000  # about a second of linting per task: retries stay cheap


@dataclass(frozen=True)
class TableJob:
    """How the posts of a table are linted: the text column, a platform column (its empty
    or null values mean ``settings.platform``) and the lint settings."""

    settings: LintSettings
    text: str = "text"
    platform: str | None = None

    @classmethod
    def make(
        cls,
        text: str = "text",
        *,
        platform: str = "generic",
        platform_column: str | None = None,
        config: Config | None = None,
        markup: str = "text",
        has_media: bool | None = None,
    ) -> TableJob:
        """A job from plain options; ``ValueError`` for an unknown platform or markup."""
        from smmlint.platforms import get_platform

        if markup not in ("text", "markdown", "html"):
            raise ValueError(f"unknown markup {markup!r}; valid: text, markdown, html")
        settings = LintSettings(get_platform(platform).name, config or Config(), markup, has_media)
        return cls(settings, text, platform_column)

    def keys(self, columns: Sequence[str], keys: Sequence[str] | None) -> list[str]:
        """The input columns a result keeps: ``keys``, or by default every column but the
        text (and a platform column called ``platform``, which the result's replaces).
        ``ValueError`` for a missing column or a key named like a result column."""
        for needed in (self.text, self.platform):
            if needed is not None and needed not in columns:
                raise ValueError(f"no column {needed!r} (columns: {', '.join(columns)})")
        if keys is None:
            keys = [c for c in columns if c != self.text and not (c == self.platform == "platform")]
        missing = [key for key in keys if key not in columns]
        if missing:
            raise ValueError(f"no key column {missing[0]!r} (columns: {', '.join(columns)})")
        clashes = [key for key in keys if key in RESULT_COLUMNS]
        if clashes:
            raise ValueError(
                f"key column {clashes[0]!r} has the name of a result column; rename it "
                f"(the result adds {', '.join(RESULT_COLUMNS)})"
            )
        return list(keys)

    def columns(
        self, columns: Sequence[str], keys: Sequence[str] | None, rejected: str | None = None
    ) -> tuple[list[str], list[str]]:
        """The key columns a result keeps (see ``keys``), and every column linting reads."""
        kept = self.keys([c for c in columns if c != rejected], keys)
        read = [c for c in (self.text, self.platform, rejected) if c]
        return kept, list(dict.fromkeys([*kept, *read]))


def text_values(column: pa.Array | pa.ChunkedArray) -> list[Any]:
    """A column's values as Python objects; text is decoded so that bytes which are not
    UTF-8 reach the row checks (and are reported there) instead of failing the batch."""
    if pa.types.is_string(column.type) or pa.types.is_large_string(column.type):
        binary = pa.large_binary() if pa.types.is_large_string(column.type) else pa.binary()
        column = column.cast(binary)
    values = column.to_pylist()
    if pa.types.is_binary(column.type) or pa.types.is_large_binary(column.type):
        return [None if v is None else v.decode("utf-8", "surrogateescape") for v in values]
    return values


def lint_values(
    job: TableJob,
    texts: Sequence[Any],
    platforms: Sequence[Any] | None = None,
    rejected: Sequence[str | None] | None = None,
) -> pa.RecordBatch:
    """The result columns (``result_schema()``) of posts ``texts`` (and their platforms).
    ``rejected`` holds, for rows a reader could not parse, why: they are reported, not linted."""
    warm_up()
    fields = Fields(job.text, job.platform, "")
    rows = []
    for index, text in enumerate(texts):
        if rejected is not None and rejected[index] is not None:
            rows.append(error_row(rejected[index]))
            continue
        record = {job.text: text}
        if platforms is not None:
            record[fields.platform] = platforms[index]
        rows.append(_lint_record(job.settings, fields, record))
    return pa.RecordBatch.from_pylist(rows, schema=result_schema())


def _lint_record(settings: LintSettings, fields: Fields, record: dict[str, Any]) -> dict[str, Any]:
    checked = check_record(0, record, fields)
    if isinstance(checked, SkippedRow):
        return error_row(checked.reason)
    report = lint_or_reason(settings, checked)
    if isinstance(report, str):
        return error_row(report)
    return result_row(report.to_dict())
