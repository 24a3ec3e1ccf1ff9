"""smmlint on Spark and Dask against the single-process loop, in one run: posts per
CPU-second per worker (the cores the engine's Python workers burn, against the loop's rate on
one core; target ≥ 0.9), the engines' own CPU on top, and the fixed costs per job and per
worker.

    python benchmarks/scale_throughput.py --posts 10000 --rounds 3

Spark runs ``local[2]`` (a driver JVM whose executor runs two Python workers) and Dask a
``LocalCluster`` of two single-threaded worker processes: the per-post work is the same on a
real cluster, which the tests in tests/scale/ start on loopback. Posts: real tweets and
YouTube comments from benchmarks/data/, rounds interleaved (loop, loop×2, Spark, Dask...).
``loop×2`` runs the loop in two processes at once, as the engines run two workers: the
fair yardstick for what two busy cores do per CPU-second.
"""

from __future__ import annotations

import argparse
import multiprocessing
import multiprocessing.pool
import os
import statistics
import subprocess
import sys
import time
import warnings
from collections.abc import Callable
from dataclasses import dataclass, field

import pandas as pd
import psutil
from accuracy import load_tweet_acts, load_youtube_spam

import smmlint

ROWS_PER_PARTITION = 1000
WARM_UP = (
    "import time; t = time.process_time(); import pyarrow, smmlint.table.lint as lint; "
    "lint._warm_once(); print(time.process_time() - t)"
)


@dataclass
class Figures:
    """One contender's measurements over the rounds."""

    worker_rate: list[float] = field(default_factory=list)  # posts per worker CPU-second
    total_rate: list[float] = field(default_factory=list)  # posts per CPU-second, all processes
    wall_rate: list[float] = field(default_factory=list)  # posts per wall second


def real_posts(count: int) -> list[str]:
    texts = [text for text, _ in load_tweet_acts()] + [text for text, _ in load_youtube_spam()]
    return [texts[i % len(texts)] for i in range(count)]


def tree_cpu(pids: list[int]) -> float:
    """CPU seconds of processes and their reaped children."""
    total = 0.0
    for pid in pids:
        try:
            times = psutil.Process(pid).cpu_times()
        except psutil.NoSuchProcess:
            continue
        total += times.user + times.system + times.children_user + times.children_system
    return total


def loop_round(posts: list[str], figures: Figures) -> None:
    wall, cpu = time.perf_counter(), time.process_time()
    for text in posts:
        smmlint.lint(text)
    cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    figures.worker_rate.append(len(posts) / cpu)
    figures.total_rate.append(len(posts) / cpu)
    figures.wall_rate.append(len(posts) / wall)


def lint_share(posts: list[str]) -> float:
    """CPU seconds one pool process spends linting its share (the pool warmed it)."""
    cpu = time.process_time()
    for text in posts:
        smmlint.lint(text)
    return time.process_time() - cpu


def warm_process() -> None:
    smmlint.lint("Warm-up for a pool process.")


def two_loops_round(pool: multiprocessing.pool.Pool, posts: list[str], figures: Figures) -> None:
    """The loop in two processes at once, as the engines' two workers run: on two cores that
    share caches (or are hyperthreads of one), each runs slower per CPU-second than alone."""
    wall = time.perf_counter()
    cpu = sum(pool.map(lint_share, [posts[::2], posts[1::2]]))
    record(figures, len(posts), cpu, cpu, time.perf_counter() - wall)


def measured(
    run: Callable[[], int], worker_cpu: Callable[[], float], all_cpu: Callable[[], float]
) -> tuple[int, float, float, float]:
    """Rows done, worker CPU, all CPU and wall seconds of ``run``."""
    workers, everything, wall = worker_cpu(), all_cpu(), time.perf_counter()
    rows = run()
    wall = time.perf_counter() - wall
    return rows, worker_cpu() - workers, all_cpu() - everything, wall


def record(figures: Figures, rows: int, workers: float, everything: float, wall: float) -> None:
    figures.worker_rate.append(rows / workers)
    figures.total_rate.append(rows / everything)
    figures.wall_rate.append(rows / wall)


class SparkContender:
    """A ``local[2]`` session; its Python workers are the ``pyspark.daemon`` processes."""

    def __init__(self, warm_up: float) -> None:
        from pyspark.sql import SparkSession

        self.warm_up = warm_up
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
        started = time.perf_counter()
        self.spark = (
            SparkSession.builder.master("local[2]")
            .config("spark.ui.enabled", "false")
            .config("spark.driver.host", "127.0.0.1")
            .getOrCreate()
        )
        self.spark.sparkContext.setLogLevel("ERROR")
        self.start_seconds = time.perf_counter() - started
        self.jvm = self.spark.sparkContext._gateway.proc.pid
        self.seen: set[int] = set()
        self.started = 0

    def run(self, frame: pd.DataFrame, rows: int = ROWS_PER_PARTITION) -> int:
        from smmlint.spark import lint_dataframe

        source = self.spark.createDataFrame(frame)
        result = lint_dataframe(source, rows_per_partition=rows)
        return result.select("score").toArrow().num_rows

    def worker_cpu(self) -> float:
        """The Python workers' CPU, less the warm-up of those started since the last call
        (Spark ends a worker idle for a minute, and the loop's round takes about that): the
        fixed cost per worker is reported on its own."""
        daemons = [
            p.pid
            for p in psutil.Process(self.jvm).children(recursive=True)
            if "pyspark.daemon" in _cmdline(p)
        ]
        new = set(daemons) - self.seen
        self.seen.update(daemons)
        self.started += len(new)
        return tree_cpu(daemons) - self.started * self.warm_up

    def all_cpu(self) -> float:
        return tree_cpu([self.jvm]) + self.worker_cpu() + time.process_time()

    def close(self) -> None:
        self.spark.stop()


class DaskContender:
    """A ``LocalCluster`` of two single-threaded worker processes; its dashboard on a free
    port (8787 is ``smmlint serve``'s)."""

    def __init__(self) -> None:
        from distributed import Client, LocalCluster

        started = time.perf_counter()
        self.cluster = LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0"
        )
        self.client = Client(self.cluster)
        self.start_seconds = time.perf_counter() - started

    def run(self, frame: pd.DataFrame, rows: int = ROWS_PER_PARTITION) -> int:
        import dask.dataframe as dd

        from smmlint.dask import lint_dataframe

        source = dd.from_pandas(frame, npartitions=2)
        return len(lint_dataframe(source, rows_per_partition=rows).compute())

    def worker_cpu(self) -> float:
        return sum(self.client.run(time.process_time).values())

    def all_cpu(self) -> float:
        return self.worker_cpu() + time.process_time() + tree_cpu([self.scheduler_pid()])

    def scheduler_pid(self) -> int:
        return self.client.run_on_scheduler(os.getpid)

    def close(self) -> None:
        self.client.close()
        self.cluster.close()


def _cmdline(process: psutil.Process) -> str:
    try:
        return " ".join(process.cmdline())
    except psutil.Error:  # exited meanwhile: its CPU is in its parent's children times
        return ""


def warm_up_seconds() -> float:
    """CPU a fresh worker process spends importing smmlint and warming it, once."""
    done = subprocess.run(
        [sys.executable, "-c", WARM_UP], capture_output=True, text=True, check=True
    )
    return float(done.stdout)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--posts", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=3)
    options = parser.parse_args(argv)
    warnings.filterwarnings("ignore", category=FutureWarning)  # pyspark on pandas 3
    posts = real_posts(options.posts)
    warm_up = warm_up_seconds()
    frame = pd.DataFrame({"id": range(len(posts)), "text": posts})
    smmlint.lint("Warm-up for the loop.")
    spark, dask = SparkContender(warm_up), DaskContender()
    contenders = {"loop": Figures(), "loop×2": Figures(), "spark": Figures(), "dask": Figures()}
    pool = multiprocessing.get_context("spawn").Pool(2, initializer=warm_process)
    job_seconds = {"spark": [], "dask": []}
    try:
        for engine in (spark, dask):  # tasks enough for every worker to start and warm up
            engine.run(frame.head(64), rows=4)
        for _ in range(options.rounds):
            loop_round(posts, contenders["loop"])
            two_loops_round(pool, posts, contenders["loop×2"])
            for name, engine in (("spark", spark), ("dask", dask)):
                tiny = measured(
                    lambda e=engine: e.run(frame.head(2)), time.process_time, time.process_time
                )
                job_seconds[name].append(tiny[3])
                record(
                    contenders[name],
                    *measured(lambda e=engine: e.run(frame), engine.worker_cpu, engine.all_cpu),
                )
    finally:
        pool.close()
        spark.close()
        dask.close()
    loop = statistics.median(contenders["loop"].worker_rate)
    print(f"{len(posts):,} real posts, {options.rounds} rounds, medians; {os.cpu_count()} cores")
    print(f"{'run':<6} {'per worker CPU-s':>17} {'vs loop':>8} {'all CPU-s':>10} {'wall/s':>7}")
    for name, figures in contenders.items():
        rate = statistics.median(figures.worker_rate)
        total = statistics.median(figures.total_rate)
        wall = statistics.median(figures.wall_rate)
        print(f"{name:<6} {rate:>17,.0f} {rate / loop:>8.2f} {total:>10,.0f} {wall:>7,.0f}")
    spark_job, dask_job = (statistics.median(job_seconds[name]) for name in ("spark", "dask"))
    print(f"fixed per job (2 posts, warm workers): spark {spark_job:.2f} s, dask {dask_job:.2f} s")
    print(
        f"fixed per engine start: spark session {spark.start_seconds:.1f} s, "
        f"dask cluster {dask.start_seconds:.1f} s"
    )
    print(f"fixed per worker process (import and warm-up): {warm_up:.2f} CPU-s")
    print(f"spark Python workers started: {spark.started}")


if __name__ == "__main__":
    main()
