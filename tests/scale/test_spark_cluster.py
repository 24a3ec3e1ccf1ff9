"""smmlint.spark on a real standalone cluster on loopback: 10,000 real posts linted exactly
as ``smmlint.lint`` lints them, while the executor is killed mid-job."""

from __future__ import annotations

import math
import signal
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest
from clusters import JAVA_OPTIONS, Service, SparkCluster, spark_env, wait_until
from job_inputs import ROWS, check_output, write_inputs
from scale_posts import compare, expected

from smmlint.spark import RESULT_COLUMNS, explode_findings, job, lint_dataframe

JOB_TIMEOUT = 300.0
ROWS_PER_TASK = 500
DAEMON = "smmlint.spark_daemon"


@pytest.fixture(scope="module", autouse=True)
def submitted(scale_dir: Path) -> Iterator[tuple[Service, Path]]:
    """``spark-submit`` running the job on ``local[1]``, started before the cluster so that
    its JVM starts while theirs do; ended by process id if a test leaves it running."""
    paths = write_inputs(scale_dir / "spark-submit-inputs")
    out = scale_dir / "spark-submit-result"
    env = spark_env()
    submit = Path(env["SPARK_HOME"]) / "bin" / "spark-submit"
    argv = [str(submit), "--master", "local[1]", "--driver-java-options", JAVA_OPTIONS,
            "--conf", "spark.ui.enabled=false", job.__file__,
            str(paths["csv"]), str(out), "--platform-field", "network", "--key", "id"]  # fmt: skip
    process = Service.start("spark-submit", argv, scale_dir, env)
    try:
        yield process, out
    finally:
        if process.process.poll() is None:
            process.stop()


def test_every_row_as_lint_gives_it_with_the_executor_killed_mid_job(
    spark: Any, spark_cluster: SparkCluster, posts_parquet: Path, wanted: dict, scale_dir: Path
) -> None:
    source = spark.read.parquet(str(posts_parquet))
    result = lint_dataframe(
        source, "text", platform_column="network", keys=["id"], rows_per_partition=ROWS_PER_TASK
    )
    tasks = math.ceil(len(wanted) / ROWS_PER_TASK)
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
    wait_until(lambda: failures or _linting_underway(tracker, tasks), "lint tasks to finish", 240)
    assert not failures, failures
    [executor] = spark_cluster.executors()
    executor.send_signal(signal.SIGKILL)
    writer.join(JOB_TIMEOUT)
    assert not writer.is_alive(), "the job did not finish"
    assert not failures, failures
    replacement = spark_cluster.executors()
    assert replacement and replacement[0].pid != executor.pid, "no executor took over"
    daemons = [p for p in replacement[0].children() if DAEMON in " ".join(p.cmdline())]
    assert daemons, f"the executor's Python workers do not fork from {DAEMON}"

    rows = pq.read_table(out).to_pylist()
    assert compare(rows, wanted) == len(wanted)
    findings = sum(len(row["findings"] or ()) for row in rows)
    exploded = explode_findings(spark.read.parquet(str(out)))
    assert exploded.count() == findings
    assert set(exploded.columns) >= {"id", "code", "start", "end", "start_utf16", "end_utf16"}


def _linting_underway(tracker: Any, tasks: int) -> bool:
    """Two tasks of the lint stage are done and more are running: the middle of the job."""
    for stage in tracker.getActiveStageIds():
        info = tracker.getStageInfo(stage)
        if info and info.numTasks == tasks and info.numCompletedTasks >= 2 and info.numActiveTasks:
            return True
    return False


@pytest.mark.parametrize("kind", ["csv", "jsonl", "parquet"])
def test_the_job_reads_each_format_and_writes_parquet(
    spark: Any, scale_dir: Path, kind: str
) -> None:
    paths = write_inputs(scale_dir / "spark-job-inputs")
    out = scale_dir / f"spark-job-{kind}"
    argv = [str(paths[kind]), str(out), "--platform-field", "network", "--rows-per-partition", "2"]
    assert job.main(argv) == 0
    rows = pq.read_table(out).to_pylist()
    check_output(rows, {row["id"]: expected(row) for row in ROWS})
    unparsed = [row for row in rows if row["id"] is None]
    if kind == "jsonl":
        [line] = unparsed
        assert line["error"] == "not valid JSON" and line["_corrupt_record"].startswith('{"id"')
    else:
        assert not unparsed


def test_spark_submit_runs_the_job(submitted: tuple[Service, Path]) -> None:
    process, out = submitted
    returncode = process.process.wait(timeout=JOB_TIMEOUT)
    assert returncode == 0, process.log.read_text(errors="replace")[-3000:]
    rows = pq.read_table(out).to_pylist()
    assert list(rows[0]) == ["id", *RESULT_COLUMNS]
    check_output(rows, {row["id"]: expected(row) for row in ROWS})
