"""Session fixtures for the engine tests: the posts and their expected results, a Spark
standalone cluster with a driver session, a Dask cluster with a client."""

from __future__ import annotations

import sys
from collections.abc import Iterator
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
def wanted(posts: list[dict[str, Any]]) -> dict[int, dict[str, Any]]:
    """Single-process ``smmlint.lint`` through the audit's row checks, for every post."""
    return {post["id"]: expected(post) for post in posts}


@pytest.fixture(scope="session")
def spark_cluster(scale_dir: Path) -> Iterator[SparkCluster]:
    cluster = start_spark(scale_dir)
    try:
        yield cluster
    finally:
        cluster.stop()


@pytest.fixture(scope="session")
def spark(spark_cluster: SparkCluster) -> Iterator[Any]:
    """A driver session on the cluster; its JVM is ended by process id at the end."""
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


@pytest.fixture(scope="session")
def dask_cluster(scale_dir: Path) -> Iterator[DaskCluster]:
    cluster = start_dask(scale_dir)
    try:
        yield cluster
    finally:
        cluster.stop()


@pytest.fixture(scope="session")
def dask_client(dask_cluster: DaskCluster) -> Iterator[Any]:
    from distributed import Client

    client = Client(dask_cluster.address, timeout=120)
    try:
        client.wait_for_workers(len(dask_cluster.workers), timeout=120)
        yield client
    finally:
        client.close()
