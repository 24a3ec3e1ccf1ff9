"""smmlint.dask on a real Dask cluster (a scheduler and two workers, separate processes, on
loopback): 10,000 real posts linted exactly as ``smmlint.lint`` lints them, while one worker
is killed mid-job."""

from __future__ import annotations

import math
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import dask.dataframe as dd
import pyarrow.parquet as pq
import pytest
from clusters import DaskCluster, wait_until
from job_inputs import ROWS, check_output, write_inputs
from scale_posts import compare, expected

from smmlint.dask import (
    RESULT_COLUMNS,
    WORKER_CONFIG,
    explode_findings,
    job,
    lint_dataframe,
    to_parquet,
)
from smmlint.dask.workers import running_settings, unrecommended

JOB_TIMEOUT = 300.0
ROWS_PER_TASK = 500


def test_workers_started_as_documented_run_the_recommended_settings(dask_client: Any) -> None:
    """The workers read ``worker_environment()`` (docs/scale.md's variables) at start-up: no
    sampling profiler, the health check once a second, the system monitor every 2 s; the
    workers of a cluster started with Dask's defaults run none of them."""
    answers = list(dask_client.run(running_settings).values())
    assert len(answers) == 2
    for answer in answers:
        assert answer == {
            "distributed.worker.profile.enabled": False,
            "distributed.admin.tick.interval": 1.0,
            "distributed.admin.system-monitor.interval": 2.0,
        }
    assert unrecommended(dask_client) == []
    from distributed import Client, LocalCluster

    with (
        LocalCluster(n_workers=1, processes=False, dashboard_address=None) as cluster,
        Client(cluster) as defaults,
    ):
        assert unrecommended(defaults) == sorted(WORKER_CONFIG)


def test_every_row_as_lint_gives_it_with_a_worker_killed_mid_job(
    dask_client: Any, dask_cluster: DaskCluster, posts_parquet: Path, wanted: dict, scale_dir: Path
) -> None:
    source = dd.read_parquet(str(posts_parquet))
    result = lint_dataframe(
        source, "text", platform_column="network", keys=["id"], rows_per_partition=ROWS_PER_TASK
    )
    tasks = math.ceil(len(wanted) / ROWS_PER_TASK)
    assert result.npartitions == tasks, "split by row count"
    out = scale_dir / "dask-result"
    job = dask_client.compute(to_parquet(result, str(out), compute=False))

    def underway() -> bool:
        """Half the partitions written and both workers busy: the middle of the job (the
        survivor lints the other half alone, on one core)."""
        busy = [keys for keys in dask_client.processing().values() if keys]
        return job.done() or (len(list(out.glob("*.parquet"))) >= tasks // 2 and len(busy) == 2)

    wait_until(underway, "lint tasks to finish", 240)
    assert not job.done(), "the job ended before a worker could be killed"
    victim = dask_cluster.workers[0]
    victim.process.send_signal(signal.SIGKILL)
    job.result(timeout=JOB_TIMEOUT)
    assert victim.process.wait(timeout=30) == -signal.SIGKILL
    assert len(dask_client.scheduler_info()["workers"]) == 1, "the other worker finished it"

    rows = pq.read_table(out).to_pylist()
    assert compare(rows, wanted) == len(wanted)
    exploded = explode_findings(dd.read_parquet(str(out))).compute()
    assert len(exploded) == sum(len(row["findings"] or ()) for row in rows)
    assert list(exploded.columns[:5]) == ["id", "smmlint_version", "platform", "score", "band"]


@pytest.mark.parametrize("kind", ["csv", "parquet"])
def test_the_job_runs_on_the_scheduler(
    dask_cluster: DaskCluster, scale_dir: Path, kind: str
) -> None:
    """The CSV job runs as the command (``python -m smmlint.dask.job``), the Parquet one
    in this process (``job.main``): the command's start-up is tested once."""
    paths = write_inputs(scale_dir / "dask-job-inputs")
    out = scale_dir / f"dask-job-{kind}"
    args = ["--scheduler", dask_cluster.address, str(paths[kind]), str(out),
            "--platform-field", "network", "--rows-per-partition", "2", "--key", "id"]  # fmt: skip
    if kind == "csv":
        argv = [sys.executable, "-m", "smmlint.dask.job", *args]
        run = subprocess.run(argv, capture_output=True, text=True, timeout=JOB_TIMEOUT)
        assert run.returncode == 0, run.stderr[-3000:]
        assert "smmlint-dask: note" not in run.stderr, "the workers run the recommended settings"
    else:
        assert job.main(args) == 0
    rows = pq.read_table(out).to_pylist()
    assert list(rows[0]) == ["id", *RESULT_COLUMNS]
    check_output(rows, {row["id"]: expected(row) for row in ROWS})


def test_the_job_needs_a_scheduler(
    scale_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("DASK_SCHEDULER_ADDRESS", raising=False)
    with pytest.raises(SystemExit) as stopped:
        job.main(["posts.csv", str(scale_dir / "none")])
    assert stopped.value.code == 2 and "--scheduler" in capsys.readouterr().err
