"""The columns smmlint adds to a table of posts, as Arrow types: the schema that Spark, Dask
and ``smmlint audit`` write to Parquet. It is a projection of the JSON wire shape
(``Report.to_dict()``): the same findings with the same code-point and UTF-16 offsets."""

from __future__ import annotations

from collections import Counter
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc

# One finding, in the order of the wire shape.
FINDING_FIELDS: tuple[tuple[str, pa.DataType], ...] = (
    ("rule", pa.string()),
    ("code", pa.string()),
    ("severity", pa.string()),
    ("category", pa.string()),
    ("message", pa.string()),
    ("hint", pa.string()),
    ("scope", pa.string()),
    ("start", pa.int32()),
    ("end", pa.int32()),
    ("start_utf16", pa.int32()),
    ("end_utf16", pa.int32()),
)

# The result of one row: every column is null but ``error`` when the row is not a post.
RESULT_FIELDS: tuple[tuple[str, pa.DataType], ...] = (
    ("smmlint_version", pa.string()),
    ("platform", pa.string()),
    ("score", pa.int32()),
    ("band", pa.string()),
    ("error", pa.string()),
    ("counts", pa.map_(pa.string(), pa.int32())),
    ("findings", pa.list_(pa.struct(FINDING_FIELDS))),
)
RESULT_COLUMNS = tuple(name for name, _ in RESULT_FIELDS)

# ``explode_table``: one row per finding, the row's result beside the finding's fields.
EXPLODED_COLUMNS = (
    "smmlint_version",
    "platform",
    "score",
    "band",
    *(name for name, _ in FINDING_FIELDS),
)


def result_schema() -> pa.Schema:
    """The result columns as an Arrow schema (keys come first in a result table)."""
    return pa.schema(RESULT_FIELDS)


def result_row(wire: dict[str, Any]) -> dict[str, Any]:
    """One linted post's columns from its wire shape (``Report.to_dict()``)."""
    findings = [{name: finding[name] for name, _ in FINDING_FIELDS} for finding in wire["findings"]]
    return {
        "smmlint_version": wire["smmlint_version"],
        "platform": wire["platform"],
        "score": wire["score"],
        "band": wire["band"],
        "error": None,
        "counts": sorted(Counter(finding["code"] for finding in findings).items()),
        "findings": findings,
    }


def error_row(reason: str) -> dict[str, Any]:
    """The columns of a row that is not a post: only the reason, as the audit words it."""
    return {**dict.fromkeys(RESULT_COLUMNS), "error": reason}


def explode_table(table: pa.Table, keys: list[str]) -> pa.Table:
    """One row per finding: ``keys``, then ``EXPLODED_COLUMNS``. Rows without findings
    (clean posts, rows that are not posts) have no row here."""
    findings = table.column("findings").combine_chunks()
    parents = pc.list_parent_indices(findings)
    head = table.select([*keys, *EXPLODED_COLUMNS[:4]]).take(parents)
    flat = pc.list_flatten(findings)
    columns = dict(zip(head.column_names, head.columns, strict=True))
    columns.update(zip((name for name, _ in FINDING_FIELDS), flat.flatten(), strict=True))
    return pa.table(columns)
