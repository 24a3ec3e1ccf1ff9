"""The Dask job: lint the posts in CSV, JSON Lines or Parquet at any path Dask reads (local,
S3, GCS, ABFS... through fsspec) on a running scheduler and write the results as Parquet.

    python -m smmlint.dask.job --scheduler tcp://scheduler:8786 \\
        s3://bucket/posts/*.parquet s3://bucket/smmlint/ --key id

The ``smmlint-dask`` command runs the same job. Exit codes: 0 the results are written;
2 an option or the input is unusable.
"""

from __future__ import annotations

import os
import sys

import dask.dataframe as dd

from smmlint.dask import lint_dataframe, to_parquet
from smmlint.dask.workers import unrecommended
from smmlint.table.job import job_parser, parse_job


def main(argv: list[str] | None = None) -> int:
    """Run the job on the scheduler at ``--scheduler`` (or ``DASK_SCHEDULER_ADDRESS``)."""
    parser = job_parser(
        "smmlint-dask",
        "Lint posts on a Dask cluster and write the results as Parquet (schema: docs/scale.md).",
        "example:\n  smmlint-dask --scheduler tcp://10.0.0.5:8786 posts.csv results/ --key id\n",
    )
    parser.add_argument(
        "--scheduler",
        default=os.environ.get("DASK_SCHEDULER_ADDRESS"),
        metavar="ADDRESS",
        help="the running scheduler, e.g. tcp://host:8786 (default: $DASK_SCHEDULER_ADDRESS)",
    )
    options, kind, lint = parse_job(parser, argv)
    if not options.scheduler:
        parser.error("say which scheduler with --scheduler or DASK_SCHEDULER_ADDRESS")
    from distributed import Client

    with Client(options.scheduler) as client:
        off = unrecommended(client)
        if off:
            print(
                f"smmlint-dask: note: the workers run Dask's defaults for {', '.join(off)}, which "
                "cost them CPU; docs/scale.md (Dask) says how to start them",
                file=sys.stderr,
            )
        posts = read_posts(options.input, kind)
        try:
            result = lint_dataframe(posts, **lint)
        except ValueError as exc:
            print(f"smmlint: {options.input}: {exc}", file=sys.stderr)
            return 2
        to_parquet(result, options.output)
    return 0


def read_posts(path: str, kind: str) -> dd.DataFrame:
    """Posts as Dask reads them: CSV (a header, every column as text, one partition per file
    so a quoted field may span lines), JSON Lines and Parquet."""
    if kind == "csv":
        return dd.read_csv(path, dtype=str, keep_default_na=False, blocksize=None)
    if kind == "jsonl":
        return dd.read_json(path, lines=True, blocksize=None)
    return dd.read_parquet(path)


if __name__ == "__main__":
    sys.exit(main())
