"""Linting tables of posts with Arrow: the result schema and the batch linting that
``smmlint.spark``, ``smmlint.dask`` and ``smmlint audit``'s Parquet output share.

Needs ``pyarrow`` (``pip install "smmlint[spark]"`` or ``"smmlint[dask]"``); ``import smmlint``
never imports it.
"""

from smmlint.table.lint import ROWS_PER_PARTITION, TableJob, lint_values, text_values
from smmlint.table.schema import (
    EXPLODED_COLUMNS,
    FINDING_FIELDS,
    RESULT_COLUMNS,
    explode_table,
    result_row,
    result_schema,
)

__all__ = [
    "EXPLODED_COLUMNS",
    "FINDING_FIELDS",
    "RESULT_COLUMNS",
    "ROWS_PER_PARTITION",
    "TableJob",
    "explode_table",
    "lint_values",
    "result_row",
    "result_schema",
    "text_values",
]
