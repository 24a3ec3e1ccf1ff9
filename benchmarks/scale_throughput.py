"""smmlint on Spark and Dask against the single-process loop, in one run: posts per
CPU-second per worker (the cores the engine's Python workers burn, against the loop's rate on
one core; target ≥ 0.9), the engines' own CPU on top, and the fixed costs per job and per
worker.

    python benchmarks/scale_throughput.py --posts 2900 --rounds 4

Spark runs ``local[2]`` (a driver JVM whose executor runs two Python workers, forked from
``smmlint.spark_daemon`` as docs/scale.md recommends) and Dask a ``LocalCluster`` of two
single-threaded worker processes, started as docs/scale.md tells users to start them (with
``smmlint.dask.WORKER_CONFIG``: no sampling profiler, the event loop's health check once a
second, the system monitor every 2 s) and, for comparison, a second one with Dask's
defaults: the per-post work is the same on a real cluster, which the tests in tests/scale/
start on loopback. Each job reads a Parquet file and writes its result
as Parquet, as the documented jobs do, with the library's default of 2,000 rows per task.

What is counted: ``per worker CPU-s`` is every CPU-second of the engine's Python worker
processes while the job runs (user and system; for Spark the daemon and every worker it
forked, for Dask the worker processes with their threads: event loop, heartbeats, profiler),
whatever they spend it on; not the JVMs, the scheduler or the driver, which ``all CPU-s``
adds. Before each measured job the engine runs the warm-up block in small tasks, so every
worker is alive and warm (Spark ends a Python worker idle for a minute, and the other
contenders' turns take about that): a worker started during a measured job would fail the
run. What a new worker costs is reported apart, as the fixed cost per worker it is.

Posts: the distinct real posts of benchmarks/realposts/corpus.jsonl (tweets on x; YouTube
comments, SMS and shop pages on the default platform), shuffled once. Every round lints a
fresh block that no process has seen, and every contender lints the same block, in an order
that rotates from round to round: the library remembers texts it scored (tone, syllables), so
a contender that met a block before would be faster on it. Every process first lints the
same warm-up block.

The yardsticks: ``loop`` is ``smmlint.lint`` over the block in this process, on one core;
``table`` is ``smmlint.table.lint_values`` over it in this process (the loop plus what every
engine worker adds of ours: the audit's row checks and the result columns as Arrow), so
``table``/``loop`` is what the output costs and ``engine``/``table`` what the engine costs;
``loop×2`` runs the loop in two processes at once, as the engines run two workers. ``vs
loop`` is the median of each round's rate over the loop's on the same block; the range
beside it shows how far one round moves on a busy machine. Where a worker's CPU goes beyond
linting (profiled): docs/scale.md, "Figures".
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import multiprocessing.pool
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import warnings
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

import psutil
import pyarrow as pa
import pyarrow.parquet as pq

import smmlint
from smmlint.spark import ROWS_PER_PARTITION
from smmlint.table import TableJob, lint_values, text_values

CORPUS = Path(__file__).resolve().parent / "realposts" / "corpus.jsonl"
WARM_POSTS = 400
DAEMON = "smmlint.spark_daemon"
Post = tuple[str, str]  # text, platform
# A worker's start: a fresh process imports and warms everything; a worker forked from
# smmlint.spark_daemon (the Spark contender's daemon) finds smmlint warm and imports the rest.
FRESH_WORKER = (
    "import time; import pandas, pyarrow, smmlint.table; from smmlint.core.warm import warm_up; "
    "warm_up(); print(time.process_time())"
)
FORKED_WORKER = (
    "import os, time; from smmlint.core.warm import warm_up; import smmlint.spark_daemon\n"
    "warm_up()\n"
    "if os.fork() == 0:\n"
    "    import pandas, pyarrow, smmlint.table; warm_up()\n"
    "    print(time.process_time()); os._exit(0)\n"
    "os.wait()"
)


@dataclass
class Figures:
    """One contender's measurements over the rounds."""

    worker_rate: list[float] = field(default_factory=list)  # posts per worker CPU-second
    total_rate: list[float] = field(default_factory=list)  # posts per CPU-second, all processes
    wall_rate: list[float] = field(default_factory=list)  # posts per wall second


def real_posts() -> list[Post]:
    """The corpus's distinct posts with their platforms, in one shuffled order."""
    with CORPUS.open(encoding="utf-8") as lines:
        rows = (json.loads(line) for line in lines)
        posts = list({row["text"]: (row["text"], row["platform"]) for row in rows}.values())
    random.Random(14).shuffle(posts)
    return posts


def write_block(posts: list[Post], path: Path) -> Path:
    """The posts as the Parquet file a job reads: ``id``, ``text``, ``platform``."""
    columns = {
        "id": pa.array(range(len(posts)), pa.int64()),
        "text": pa.array([text for text, _ in posts], pa.string()),
        "platform": pa.array([platform for _, platform in posts], pa.string()),
    }
    pq.write_table(pa.table(columns), path)
    return path


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


def lint_loop(posts: list[Post]) -> float:
    """CPU seconds this thread spends linting ``posts`` one by one (the thread's, not the
    process's: the benchmark's own process also holds the Spark driver's py4j threads and
    the Dask client's event loop, whose CPU is no part of the loop)."""
    cpu = time.thread_time()
    for text, platform in posts:
        smmlint.lint(text, platform)
    return time.thread_time() - cpu


def loop_round(posts: list[Post], figures: Figures) -> None:
    wall = time.perf_counter()
    cpu = lint_loop(posts)
    record(figures, len(posts), cpu, cpu, time.perf_counter() - wall)


def table_round(block: Path, figures: Figures) -> None:
    """``lint_values`` on the block's columns in this process: a worker's work, no engine."""
    wall, cpu = time.perf_counter(), time.thread_time()  # this thread's CPU, as the loop's
    posts = pq.read_table(block)
    texts, platforms = text_values(posts.column("text")), text_values(posts.column("platform"))
    rows = lint_values(TableJob.make(platform_column="platform"), texts, platforms).num_rows
    cpu = time.thread_time() - cpu
    record(figures, rows, cpu, cpu, time.perf_counter() - wall)


def two_loops_round(pool: multiprocessing.pool.Pool, posts: list[Post], figures: Figures) -> None:
    """The loop in two processes at once, as the engines' two workers run: on two cores that
    share caches (or are hyperthreads of one), each runs slower per CPU-second than alone."""
    wall = time.perf_counter()
    cpu = sum(pool.map(lint_loop, [posts[::2], posts[1::2]]))
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
    """A ``local[2]`` session whose Python workers fork from ``smmlint.spark_daemon``, as
    docs/scale.md recommends."""

    def __init__(self) -> None:
        from pyspark.sql import SparkSession

        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
        started = time.perf_counter()
        self.spark = (
            SparkSession.builder.master("local[2]")
            .config("spark.ui.enabled", "false")
            .config("spark.driver.host", "127.0.0.1")
            .config("spark.python.daemon.module", DAEMON)
            .getOrCreate()
        )
        self.spark.sparkContext.setLogLevel("ERROR")
        self.start_seconds = time.perf_counter() - started
        self.jvm = self.spark.sparkContext._gateway.proc.pid
        self.seen: dict[int, float] = {}  # CPU-seconds of each Python worker, last seen

    def run(self, block: Path, out: Path, rows: int = ROWS_PER_PARTITION) -> int:
        from smmlint.spark import lint_dataframe

        source = self.spark.read.parquet(str(block))
        result = lint_dataframe(
            source, platform_column="platform", keys=["id"], rows_per_partition=rows
        )
        result.write.mode("overwrite").parquet(str(out))
        return pq.read_table(out, columns=["id"]).num_rows

    def worker_cpu(self) -> float:
        """The CPU of the Python daemon and of every worker it forked, each as last seen:
        the daemon ignores SIGCHLD, so a worker that exits leaves its CPU in no parent's
        children times."""
        for process in psutil.Process(self.jvm).children(recursive=True):
            if DAEMON not in _cmdline(process):
                continue
            try:
                times = process.cpu_times()
            except psutil.NoSuchProcess:
                continue
            self.seen[process.pid] = times.user + times.system
        return sum(self.seen.values())

    def all_cpu(self) -> float:
        return tree_cpu([self.jvm]) + self.worker_cpu() + time.process_time()

    def close(self) -> None:
        self.spark.stop()


class DaskContender:
    """A ``LocalCluster`` of two single-threaded worker processes started as docs/scale.md
    tells users to start them: with ``smmlint.dask.WORKER_CONFIG``, or with Dask's defaults
    (``recommended=False``, the figure without them); its dashboard on a free port (8787 is
    ``smmlint serve``'s)."""

    def __init__(self, recommended: bool = True) -> None:
        import dask
        from distributed import Client, LocalCluster

        from smmlint.dask import WORKER_CONFIG

        started = time.perf_counter()
        with dask.config.set(WORKER_CONFIG if recommended else {}):
            self.cluster = LocalCluster(
                n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0"
            )
        self.client = Client(self.cluster)
        self.start_seconds = time.perf_counter() - started

    def run(self, block: Path, out: Path, rows: int = ROWS_PER_PARTITION) -> int:
        import dask.dataframe as dd

        from smmlint.dask import lint_dataframe, to_parquet

        shutil.rmtree(out, ignore_errors=True)
        with self.client.as_current():  # this cluster, not the last client made
            source = dd.read_parquet(str(block))
            result = lint_dataframe(
                source, platform_column="platform", keys=["id"], rows_per_partition=rows
            )
            to_parquet(result, str(out))
        return pq.read_table(out, columns=["id"]).num_rows

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


def start_seconds(program: str) -> float:
    """CPU a new worker process spends before its first post (``FRESH_WORKER``,
    ``FORKED_WORKER``)."""
    done = subprocess.run(
        [sys.executable, "-c", program], capture_output=True, text=True, check=True
    )
    return float(done.stdout)


def paired(rates: list[float], loop: list[float]) -> list[float]:
    """Each round's rate against the loop's on the same block: ``vs loop`` is their median."""
    return [rate / base for rate, base in zip(rates, loop, strict=True)]


def engine_round(
    engine: SparkContender | DaskContender,
    block: Path,
    warm: Path,
    figures: Figures,
    job_seconds: list[float],
) -> None:
    """The warm-up block in small tasks (every worker alive and warm: Spark ends a worker
    idle for a minute, and the other contenders' turns take about that), a job of two posts
    (its wall time: the fixed cost per job), then the block's job, measured."""
    out = block.with_suffix(".out")
    engine.run(warm, out, rows=WARM_POSTS // 20)
    tiny = warm.with_name("tiny.parquet")
    job_seconds.append(
        measured(partial(engine.run, tiny, out), time.process_time, time.process_time)[3]
    )
    engine.worker_cpu()
    known = len(engine.seen) if isinstance(engine, SparkContender) else 0
    done = measured(partial(engine.run, block, out), engine.worker_cpu, engine.all_cpu)
    assert done[0] == pq.read_metadata(block).num_rows, f"{out.name}: rows missing"
    if isinstance(engine, SparkContender):
        assert len(engine.seen) == known, "a Python worker started while measured"
    record(figures, *done)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--posts", type=int, default=2900, help="posts per round")
    parser.add_argument("--rounds", type=int, default=4)
    options = parser.parse_args(argv)
    warnings.filterwarnings("ignore", category=FutureWarning)  # pyspark on pandas 3
    corpus = real_posts()
    warm = corpus[:WARM_POSTS]
    blocks = [
        corpus[WARM_POSTS + i * options.posts : WARM_POSTS + (i + 1) * options.posts]
        for i in range(options.rounds)
    ]
    if len(blocks[-1]) < options.posts:
        parser.error(f"the corpus holds {len(corpus):,} posts: fewer rounds or posts per round")
    fresh, forked = start_seconds(FRESH_WORKER), start_seconds(FORKED_WORKER)
    lint_loop(warm)
    spark, dask, dask_default = SparkContender(), DaskContender(), DaskContender(False)
    engines = {"spark": spark, "dask": dask, "dask, Dask's defaults": dask_default}
    contenders = {name: Figures() for name in ("loop", "table", "loop×2", *engines)}
    pool = multiprocessing.get_context("spawn").Pool(2, initializer=lint_loop, initargs=(warm,))
    job_seconds: dict[str, list[float]] = {name: [] for name in engines}
    scratch = Path(tempfile.mkdtemp(prefix="smmlint-scale-"))
    try:
        warm_block = write_block(warm, scratch / "warm.parquet")
        write_block(warm[:2], scratch / "tiny.parquet")
        for number, posts in enumerate(blocks):
            block = write_block(posts, scratch / f"block{number}.parquet")
            runs = [
                partial(loop_round, posts, contenders["loop"]),
                partial(table_round, block, contenders["table"]),
                partial(two_loops_round, pool, posts, contenders["loop×2"]),
                *(
                    partial(
                        engine_round, engine, block, warm_block, contenders[name], job_seconds[name]
                    )
                    for name, engine in engines.items()
                ),
            ]
            turn = number % len(runs)  # who goes first rotates
            for run in runs[turn:] + runs[:turn]:
                run()
    finally:
        pool.close()
        for engine in engines.values():
            engine.close()
        shutil.rmtree(scratch, ignore_errors=True)
    print(
        f"{options.rounds} rounds of {options.posts:,} distinct real posts, medians; "
        f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}"
    )
    print(
        f"{'run':<21} {'per worker CPU-s':>17} {'vs loop':>8} {'rounds':>16} {'all CPU-s':>10} "
        f"{'wall/s':>7}"
    )
    for name, figures in contenders.items():
        rate = statistics.median(figures.worker_rate)
        ratios = paired(figures.worker_rate, contenders["loop"].worker_rate)
        spread = "–".join(f"{r:.2f}" for r in (min(ratios), max(ratios)))
        total = statistics.median(figures.total_rate)
        wall = statistics.median(figures.wall_rate)
        print(
            f"{name:<21} {rate:>17,.0f} {statistics.median(ratios):>8.2f} {spread:>16} "
            f"{total:>10,.0f} {wall:>7,.0f}"
        )
    spark_job, dask_job = (statistics.median(job_seconds[name]) for name in ("spark", "dask"))
    print(f"fixed per job (2 posts, warm workers): spark {spark_job:.2f} s, dask {dask_job:.2f} s")
    print(
        f"fixed per engine start: spark session {spark.start_seconds:.1f} s, "
        f"dask cluster {dask.start_seconds:.1f} s"
    )
    print(
        f"fixed per worker process (import and warm-up): {fresh:.2f} CPU-s started afresh "
        f"(a Dask worker, a Spark worker of pyspark's daemon), {forked:.2f} CPU-s forked "
        "from smmlint.spark_daemon"
    )


if __name__ == "__main__":
    main()
