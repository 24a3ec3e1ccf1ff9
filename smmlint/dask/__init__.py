"""smmlint on Dask: lint a ``dask.dataframe`` of posts with ``map_partitions`` and an
explicit ``meta``, into the same columns as ``smmlint.spark`` (documented in docs/scale.md).

>>> from smmlint.dask import lint_dataframe, explode_findings   # doctest: +SKIP
>>> result = lint_dataframe(posts, "text", platform_column="network", keys=["id"])
>>> result.to_parquet("s3://bucket/audit/")

>>> to_parquet(result, "s3://bucket/audit/")   # the Parquet types Spark writes

The scalar result columns are Arrow-backed (``pd.ArrowDtype``); ``counts`` holds a dict per
row and ``findings`` a list of dicts (pandas cannot read nested Arrow dtypes back from a
Parquet file's metadata), which ``to_parquet`` writes as the map and list of structs Spark
writes. A row that is not a post keeps its keys and gets the audit's reason in ``error``:
never dropped, never fatal. Needs ``pip install "smmlint[dask]"`` on the client and on every
worker; start the workers with ``WORKER_CONFIG`` (``smmlint.dask.workers``), which spares
them most of Dask's own background work.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

try:
    import dask
    import dask.dataframe as dd
except ImportError as exc:  # pragma: no cover - depends on the installation
    raise ImportError('smmlint.dask needs dask: pip install "smmlint[dask]"') from exc
import pandas as pd
import pyarrow as pa

from smmlint.core.config import Config
from smmlint.dask.workers import WORKER_CONFIG, worker_environment
from smmlint.table import (
    RESULT_COLUMNS,
    ROWS_PER_PARTITION,
    TableJob,
    explode_table,
    lint_values,
    result_schema,
)
from smmlint.table import text_values as arrow_values

NESTED = ("counts", "findings")  # object columns in pandas, typed when written

__all__ = [
    "RESULT_COLUMNS",
    "ROWS_PER_PARTITION",
    "WORKER_CONFIG",
    "explode_findings",
    "lint_dataframe",
    "to_parquet",
    "worker_environment",
]


def lint_dataframe(
    ddf: dd.DataFrame,
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
) -> dd.DataFrame:
    """Lint the posts in column ``text`` of ``ddf``; the options are ``smmlint.spark``'s.

    The partitions are cut into pieces of ``rows_per_partition`` rows (counting them costs
    one pass over the input); ``None`` keeps ``ddf``'s. ``rejected_column``, if given, holds
    for each row a reader could not parse the reason, reported in ``error`` instead of a lint.
    """
    job = TableJob.make(
        text,
        platform=platform,
        platform_column=platform_column,
        config=config,
        markup=markup,
        has_media=has_media,
    )
    kept, needed = job.columns(list(ddf.columns), keys, rejected_column)
    source = ddf[needed]
    if rows_per_partition is not None:
        source = by_row_count(source, rows_per_partition)
    meta = _with_results(source._meta[kept], result_schema().empty_table())
    return source.map_partitions(
        _lint_partition, job, kept, rejected_column, meta=meta, enforce_metadata=False
    )


def by_row_count(ddf: dd.DataFrame, rows_per_partition: int) -> dd.DataFrame:
    """``ddf`` cut into partitions of at most ``rows_per_partition`` rows, so that one big
    file does not become one task. Counting the rows reads no column of a Parquet input
    (its metadata holds the counts); a CSV or JSON input is parsed once to count."""
    if rows_per_partition < 1:
        raise ValueError("rows_per_partition must be 1 or more")
    # counted on no columns: Parquet answers from its metadata, with no column read
    lengths = ddf[[]].map_partitions(len).compute()
    pieces = [
        dask.delayed(_rows)(part, start, start + rows_per_partition)
        for part, length in zip(ddf.to_delayed(), lengths, strict=True)
        for start in range(0, length, rows_per_partition)
    ]
    if not pieces:
        return ddf
    return dd.from_delayed(pieces, meta=ddf._meta, verify_meta=False)


def to_parquet(result: dd.DataFrame, path: str, **options: Any) -> Any:
    """Write a ``lint_dataframe`` result to Parquet with the documented column types (keys
    keep theirs; an object column of unknown type is written as strings); ``options`` go
    to ``DataFrame.to_parquet``."""
    keys = [name for name in result.columns if name not in RESULT_COLUMNS]
    known = pa.Schema.from_pandas(result._meta[keys], preserve_index=False)
    fields = [f.with_type(pa.string()) if pa.types.is_null(f.type) else f for f in known]
    schema = pa.schema([*fields, *result_schema()])
    return result.to_parquet(path, schema=schema, write_index=False, **options)


def explode_findings(result: dd.DataFrame) -> dd.DataFrame:
    """One row per finding of a ``lint_dataframe`` result, with the columns of
    ``smmlint.spark.explode_findings``."""
    keys = [c for c in result.columns if c not in RESULT_COLUMNS]
    meta = _exploded(result._meta, keys)
    return result.map_partitions(_exploded, keys, meta=meta, enforce_metadata=False)


def _rows(part: pd.DataFrame, start: int, stop: int) -> pd.DataFrame:
    return part.iloc[start:stop]


def _lint_partition(
    part: pd.DataFrame, job: TableJob, keys: list[str], rejected_column: str | None
) -> pd.DataFrame:
    """One partition's keys and result columns (in a worker)."""
    texts = _values(part[job.text])
    platforms = _values(part[job.platform]) if job.platform else None
    rejected = _values(part[rejected_column]) if rejected_column else None
    results = lint_values(job, texts, platforms, rejected)
    return _with_results(part[keys], pa.Table.from_batches([results]))


def _with_results(keys: pd.DataFrame, results: pa.Table) -> pd.DataFrame:
    """The keys beside the results: scalars Arrow-backed, ``NESTED`` as Python objects."""
    frame = results.drop_columns(list(NESTED)).to_pandas(types_mapper=pd.ArrowDtype)
    counts = results.column("counts").to_pylist()
    frame["counts"] = pd.Series([None if c is None else dict(c) for c in counts], dtype=object)
    frame["findings"] = pd.Series(results.column("findings").to_pylist(), dtype=object)
    frame.index = keys.index
    return pd.concat([keys, frame], axis=1)


def _exploded(part: pd.DataFrame, keys: list[str]) -> pd.DataFrame:
    schema = result_schema()
    table = pa.Table.from_pandas(part[keys], preserve_index=False)
    for name in RESULT_COLUMNS:
        values = part[name].tolist() if name in NESTED else part[name]
        table = table.append_column(name, pa.array(values, schema.field(name).type))
    return explode_table(table, keys).to_pandas(types_mapper=pd.ArrowDtype)


def _values(series: pd.Series) -> list[Any]:
    """A column's values as Python objects, missing values as ``None``."""
    try:
        return arrow_values(pa.array(series, from_pandas=True))
    except (pa.ArrowInvalid, pa.ArrowTypeError):  # an object column of mixed types
        return [None if _missing(value) else value for value in series.tolist()]


def _missing(value: Any) -> bool:
    return value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value))
