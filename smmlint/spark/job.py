"""The spark-submit job: lint the posts in CSV, JSON Lines or Parquet at any path Spark reads
(local, HDFS, S3, ABFS, DBFS...) and write the results as Parquet.

    spark-submit --master spark://host:7077 "$(python -c 'import smmlint.spark.job as j; print(j.__file__)')" \\
        s3://bucket/posts/ s3://bucket/smmlint/ --input-format parquet --key id

``python -m smmlint.spark.job`` and the ``smmlint-spark`` command run the same job.
Exit codes: 0 the results are written; 2 an option or the input is unusable.
"""  # noqa: E501

from __future__ import annotations

import sys

from pyspark.sql import DataFrame, SparkSession
from pyspark.sql import functions as F

from smmlint.spark import lint_dataframe
from smmlint.table.job import job_parser, parse_job

CORRUPT = "_corrupt_record"  # Spark's column for a line it could not parse (PERMISSIVE mode)
REJECTED = "_smmlint_rejected"


def main(argv: list[str] | None = None) -> int:
    """Run the job; the Spark session is the one spark-submit (or the environment) sets up."""
    parser = job_parser(
        "smmlint-spark",
        "Lint posts with Spark and write the results as Parquet (schema: docs/scale.md).",
        "example:\n  smmlint-spark s3://bucket/posts.csv s3://bucket/smmlint/ --key id\n",
    )
    parser.add_argument("--mode", choices=("error", "overwrite"), default="error",
                        help="if the output exists: fail (default) or overwrite it")  # fmt: skip
    options, kind, lint = parse_job(parser, argv)
    spark = SparkSession.builder.appName("smmlint").getOrCreate()
    posts = read_posts(spark, options.input, kind)
    if CORRUPT in posts.columns:
        posts = posts.withColumn(
            REJECTED, F.when(F.col(CORRUPT).isNotNull(), F.lit("not valid JSON"))
        )
        lint["rejected_column"] = REJECTED
    try:
        result = lint_dataframe(posts, **lint)
    except ValueError as exc:
        print(f"smmlint: {options.input}: {exc}", file=sys.stderr)
        return 2
    result.write.mode(options.mode).parquet(options.output)
    return 0


def read_posts(spark: SparkSession, path: str, kind: str) -> DataFrame:
    """Posts as Spark reads them: CSV with a header (quoted fields may span lines, ``""`` is
    a quote, and an empty field is an empty string, as ``smmlint audit`` reads it), JSON
    Lines and Parquet; a malformed row is kept, not dropped (PERMISSIVE)."""
    reader = spark.read.option("mode", "PERMISSIVE")
    if kind == "csv":
        # Spark reads an empty field as null; the audit's CSV, like CSV itself, has no nulls
        return reader.options(header=True, multiLine=True, escape='"').csv(path).na.fill("")
    if kind == "jsonl":
        return reader.option("columnNameOfCorruptRecord", CORRUPT).json(path)
    return reader.parquet(path)


if __name__ == "__main__":
    sys.exit(main())
