"""smmlint.spark on a real standalone cluster on loopback: 10,000 real posts linted exactly
as ``smmlint.lint`` lints them, while the executor is killed mid-job."""

from __future__ import annotations

import signal
import threading
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
from clusters import SparkCluster, wait_until
from scale_posts import compare

from smmlint.spark import explode_findings, lint_dataframe

JOB_TIMEOUT = 300.0


def test_every_row_as_lint_gives_it_with_the_executor_killed_mid_job(
    spark: Any, spark_cluster: SparkCluster, posts_parquet: Path, wanted: dict, scale_dir: Path
) -> None:
    source = spark.read.parquet(str(posts_parquet))
    result = lint_dataframe(
        source, "text", platform_column="network", keys=["id"], rows_per_partition=500
    )
    out = scale_dir / "spark-result"
    failures: list[BaseException] = []

    def write() -> None:
        try:
            result.write.parquet(str(out))
        except BaseException as exc:  # reported by the test below
            failures.append(exc)

    writer = threading.Thread(target=write)
    writer.start()
    tracker = spark.sparkContext.statusTracker()
    wait_until(lambda: failures or _linting_underway(tracker), "lint tasks to finish", 240)
    assert not failures, failures
    [executor] = spark_cluster.executors()
    executor.send_signal(signal.SIGKILL)
    writer.join(JOB_TIMEOUT)
    assert not writer.is_alive(), "the job did not finish"
    assert not failures, failures
    replacement = spark_cluster.executors()
    assert replacement and replacement[0].pid != executor.pid, "no executor took over"

    rows = pq.read_table(out).to_pylist()
    assert compare(rows, wanted) == len(wanted)
    findings = sum(len(row["findings"] or ()) for row in rows)
    exploded = explode_findings(spark.read.parquet(str(out)))
    assert exploded.count() == findings
    assert set(exploded.columns) >= {"id", "code", "start", "end", "start_utf16", "end_utf16"}


def _linting_underway(tracker: Any) -> bool:
    """Two tasks of the lint stage are done and more are running: the middle of the job."""
    for stage in tracker.getActiveStageIds():
        info = tracker.getStageInfo(stage)
        if info and info.numTasks == 21 and info.numCompletedTasks >= 2 and info.numActiveTasks:
            return True
    return False
