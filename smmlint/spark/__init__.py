"""smmlint on Apache Spark: lint a DataFrame of posts with DataFrame calls only (no RDDs, so
it runs on Databricks' shared and serverless compute too), Arrow batches in and out through
``mapInArrow``.

>>> from smmlint.spark import lint_dataframe, explode_findings   # doctest: +SKIP
>>> result = lint_dataframe(posts, "text", platform_column="network", keys=["id"])
>>> explode_findings(result).groupBy("code").count().show()

The result keeps the key columns and adds ``RESULT_COLUMNS`` (documented in docs/scale.md):
``smmlint_version``, ``platform``, ``score``, ``band``, ``error``, ``counts`` (findings per
rule code) and ``findings`` (code, rule, severity, offsets in code points and UTF-16,
message, hint). A row that is not a post (null, empty, too long, unknown platform...) is kept
with the audit's reason in ``error``: never dropped, never fatal. Needs
``pip install "smmlint[spark]"`` on the driver and on every executor's Python.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator, Sequence

import pyarrow as pa

try:
    from pyspark.sql import Column, DataFrame
except ImportError as exc:  # pragma: no cover - depends on the installation
    raise ImportError('smmlint.spark needs pyspark: pip install "smmlint[spark]"') from exc
from pyspark.sql import functions as F
from pyspark.sql.pandas.types import from_arrow_schema
from pyspark.sql.types import StructType

from smmlint.core.config import Config
from smmlint.table import (
    EXPLODED_COLUMNS,
    FINDING_FIELDS,
    RESULT_COLUMNS,
    ROWS_PER_PARTITION,
    TableJob,
    lint_values,
    result_schema,
    text_values,
)

__all__ = ["RESULT_COLUMNS", "ROWS_PER_PARTITION", "explode_findings", "lint_dataframe"]


def lint_dataframe(
    df: DataFrame,
    text: str = "text",
    *,
    platform: str = "generic",
    platform_column: str | None = None,
    keys: Sequence[str] | None = None,
    config: Config | None = None,
    markup: str = "text",
    has_media: bool | None = None,
    rows_per_partition: int | None = ROWS_PER_PARTITION,
    rejected_column: str | None = None,
) -> DataFrame:
    """Lint the posts in column ``text`` of ``df``.

    ``platform`` is the network of every post, or of those whose ``platform_column`` is null
    or empty. ``keys`` are the columns the result keeps (default: every column but the text).
    The rows are dealt into partitions of ``rows_per_partition`` rows (counting them costs one
    pass over the input) so that every core gets work whatever the files' sizes; ``None``
    keeps ``df``'s partitions. ``rejected_column``, if given, holds for each row a reader
    could not parse the reason, reported in ``error`` instead of a lint. ``ValueError`` for
    a missing column or a bad option.
    """
    job = TableJob.make(
        text,
        platform=platform,
        platform_column=platform_column,
        config=config,
        markup=markup,
        has_media=has_media,
    )
    kept, needed = job.columns(df.columns, keys, rejected_column)
    schema = StructType(
        [df.schema[key] for key in kept] + from_arrow_schema(result_schema()).fields
    )
    source = df.select(*(_column(name) for name in needed))
    if rows_per_partition is not None:
        source = by_row_count(source, rows_per_partition)
    return source.mapInArrow(_batch_linter(job, kept, rejected_column), schema)


def by_row_count(df: DataFrame, rows_per_partition: int) -> DataFrame:
    """``df`` dealt round-robin into partitions of at most ``rows_per_partition`` rows: a
    file is not a unit of work (twenty small files must not make two tasks)."""
    if rows_per_partition < 1:
        raise ValueError("rows_per_partition must be 1 or more")
    return df.repartition(max(1, math.ceil(df.count() / rows_per_partition)))


def explode_findings(result: DataFrame) -> DataFrame:
    """One row per finding of a ``lint_dataframe`` result: its keys, ``smmlint_version``,
    ``platform``, ``score``, ``band``, then the finding's fields. Clean posts and rows that
    are not posts have no row here."""
    keys = [_column(name) for name in result.columns if name not in RESULT_COLUMNS]
    head = [_column(name) for name in EXPLODED_COLUMNS[:4]]
    exploded = result.select(*keys, *head, F.explode("findings").alias("_finding"))
    fields = [F.col("_finding").getField(name).alias(name) for name, _ in FINDING_FIELDS]
    return exploded.select(*keys, *head, *fields)


def _batch_linter(
    job: TableJob, keys: list[str], rejected_column: str | None
) -> Callable[[Iterator[pa.RecordBatch]], Iterator[pa.RecordBatch]]:
    """The function each Python worker runs on its Arrow batches."""

    def lint_batches(batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
        for batch in batches:
            texts = text_values(batch.column(job.text))
            platforms = text_values(batch.column(job.platform)) if job.platform else None
            rejected = batch.column(rejected_column).to_pylist() if rejected_column else None
            result = lint_values(job, texts, platforms, rejected)
            columns = [*(batch.column(key) for key in keys), *result.columns]
            yield pa.RecordBatch.from_arrays(columns, names=[*keys, *result.schema.names])

    return lint_batches


def _column(name: str) -> Column:
    """A top-level column by its exact name, dots and all."""
    return F.col("`" + name.replace("`", "``") + "`")
