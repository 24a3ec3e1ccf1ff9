"""Fixtures for the engine tests: the posts and their expected results (for the session),
a Spark standalone cluster with a driver session and a Dask cluster with a client (each for
its module, so no cluster idles while the other engine's tests run).

The expected results are computed in a thread from the session's start, while the first
cluster starts: linting 10,006 posts and starting JVMs or Dask's processes each keep one
core busy, and the machine has two.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest
from clusters import (
    JAVA_OPTIONS,
    DaskCluster,
    SparkCluster,
    start_dask,
    start_spark,
    stop_processes,
)
from scale_posts import expected, posts_table, real_posts


@pytest.fixture(scope="session")
def scale_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("scale")


@pytest.fixture(scope="session")
def posts() -> list[dict[str, Any]]:
    return real_posts()


@pytest.fixture(scope="session")
def posts_parquet(posts: list[dict[str, Any]], scale_dir: Path) -> Path:
    path = scale_dir / "posts.parquet"
    pq.write_table(posts_table(posts), path)
    return path


@pytest.fixture(scope="session")
def wanted_soon(posts: list[dict[str, Any]]) -> Iterator[Future[dict[int, dict[str, Any]]]]:
    """Single-process ``smmlint.lint`` through the audit's row checks, for every post, being
    computed in a thread (session fixtures are set up before the clusters of a module)."""
    with ThreadPoolExecutor(1, thread_name_prefix="expected") as pool:
        yield pool.submit(lambda: {post["id"]: expected(post) for post in posts})


@pytest.fixture
def wanted(wanted_soon: Future[dict[int, dict[str, Any]]]) -> dict[int, dict[str, Any]]:
    """The expected result of every post, once computed."""
    return wanted_soon.result()


@pytest.fixture(scope="module")
def spark_cluster(scale_dir: Path) -> Iterator[SparkCluster]:
    cluster = start_spark(scale_dir)
    try:
        yield cluster
    finally:
        cluster.stop()


@pytest.fixture(scope="module")
def spark(spark_cluster: SparkCluster) -> Iterator[Any]:
    """A driver session on the cluster, its Python workers forked from the warm
    ``smmlint.spark_daemon``; its JVM is ended by process id at the end."""
    from pyspark import SparkContext
    from pyspark.sql import SparkSession

    environment = pytest.MonkeyPatch()
    for name in ("SPARK_HOME", "PYSPARK_PYTHON", "PYSPARK_DRIVER_PYTHON", "SPARK_LOCAL_IP"):
        environment.setenv(name, spark_cluster.env[name])
    session = (
        SparkSession.builder.master(spark_cluster.url)
        .appName("smmlint-tests")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.ui.enabled", "false")
        .config("spark.pyspark.python", sys.executable)
        .config("spark.python.daemon.module", "smmlint.spark_daemon")
        .config("spark.executor.memory", "1g")
        .config("spark.driver.extraJavaOptions", JAVA_OPTIONS)
        .config("spark.executor.extraJavaOptions", JAVA_OPTIONS)
        .config("spark.sql.shuffle.partitions", "4")
        .getOrCreate()
    )
    session.sparkContext.setLogLevel("ERROR")
    gateway = SparkContext._gateway
    try:
        yield session
    finally:
        session.stop()
        import psutil

        jvm = psutil.Process(gateway.proc.pid)
        gateway.shutdown()
        stop_processes([jvm])
        SparkContext._gateway = SparkContext._jvm = None
        environment.undo()


@pytest.fixture(scope="module")
def dask_cluster(scale_dir: Path) -> Iterator[DaskCluster]:
    cluster = start_dask(scale_dir)
    try:
        yield cluster
    finally:
        cluster.stop()


@pytest.fixture(scope="module")
def dask_client(dask_cluster: DaskCluster) -> Iterator[Any]:
    from distributed import Client

    client = Client(dask_cluster.address, timeout=120)
    try:
        client.wait_for_workers(len(dask_cluster.workers), timeout=120)
        yield client
    finally:
        client.close()
