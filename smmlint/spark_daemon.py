"""A PySpark daemon whose Python workers start warm: it loads and warms smmlint once, then
forks every worker from that state, so a new worker costs a fork instead of importing the
library and loading its word lists (about 0.7 CPU-s each, on every executor, each time
Spark starts a worker: at the start, after a crash, after a minute idle).

    spark = (SparkSession.builder
             .config("spark.python.daemon.module", "smmlint.spark_daemon")
             .getOrCreate())

It is pyspark's own daemon (``pyspark.daemon.manager``) with the library loaded first. It
imports neither pyarrow nor pandas before forking: both start threads, and pyspark's daemon
must fork from a process without threads; the workers import them as usual.
"""

from __future__ import annotations

from pyspark import daemon
from pyspark import worker as _worker  # noqa: F401  (imported once here, not in every worker)

from smmlint.core.warm import warm_up


def main() -> None:
    """Warm up, then serve the executor as ``python -m pyspark.daemon`` does."""
    warm_up()
    daemon.manager()


if __name__ == "__main__":
    main()
