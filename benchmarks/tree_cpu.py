"""The CPU a command and everything it starts burn, by kind of process: how docs/scale.md
measures what ``pytest tests/scale`` costs.

    python benchmarks/tree_cpu.py -- python -m pytest tests/scale -q

Each process's own CPU (user + system) is sampled every 0.2 s while the command runs and
kept as last seen, so a process that exits loses at most its last 0.2 s. ``/usr/bin/time``
counts less: it sees only the CPU of children that their parents waited for, and pyspark's
daemon ignores SIGCHLD, so its Python workers' CPU reaches no parent. This process makes
itself the child subreaper, so what a test leaves orphaned is still found and reaped.
"""

from __future__ import annotations

import argparse
import ctypes
import os
import subprocess
import sys
import threading
import time
from collections import Counter

import psutil

PR_SET_CHILD_SUBREAPER = 36
# A process's kind: the first of these its command line holds.
KINDS = (
    ("deploy.master.Master", "Spark master JVM"),
    ("deploy.worker.Worker", "Spark worker JVM"),
    ("CoarseGrainedExecutorBackend", "Spark executor JVMs"),
    ("launcher.Main", "spark-class launcher JVMs"),
    ("pyspark-shell", "Spark driver JVM (pytest's session)"),
    ("SparkSubmit", "spark-submit JVM"),
    ("pyspark.daemon", "Spark Python workers"),
    ("-m smmlint.spark_daemon", "Spark Python workers"),
    ("dask_scheduler", "Dask scheduler"),
    ("dask_worker", "Dask workers"),
    ("smmlint.dask.job", "the Dask job's command"),
    ("smmlint/spark/job.py", "spark-submit's Python driver"),
    ("pytest", "pytest"),
)


def kind(process: psutil.Process) -> str:
    try:
        command = " ".join(process.cmdline())
    except psutil.Error:
        return "(exited before it was seen)"
    return next((name for key, name in KINDS if key in command), "other")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("command", nargs=argparse.REMAINDER, help="the command, after --")
    command = [word for word in parser.parse_args(argv).command if word != "--"]
    if not command:
        parser.error("say which command to run")
    if sys.platform == "linux":
        ctypes.CDLL(None).prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0)
    seen: dict[int, tuple[str, float]] = {}
    running = True

    def sample() -> None:
        me = psutil.Process()
        while running:
            for process in me.children(recursive=True):
                try:
                    times = process.cpu_times()
                except psutil.Error:
                    continue
                name = seen[process.pid][0] if process.pid in seen else kind(process)
                seen[process.pid] = (name, times.user + times.system)
            time.sleep(0.2)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    wall = time.perf_counter()
    returncode = subprocess.call(command)
    wall = time.perf_counter() - wall
    running = False
    sampler.join()
    while True:  # reap what was orphaned
        try:
            os.waitpid(-1, 0)
        except ChildProcessError:
            break
    by_kind: Counter[str] = Counter()
    for name, cpu in seen.values():
        by_kind[name] += cpu
    print(
        f"\n{wall:.1f} s wall, {sum(by_kind.values()):.1f} CPU-s in {len(seen)} processes, "
        f"load average {os.getloadavg()[0]:.1f}",
        file=sys.stderr,
    )
    for name, cpu in by_kind.most_common():
        print(f"{cpu:8.1f} CPU-s  {name}", file=sys.stderr)
    return returncode


if __name__ == "__main__":
    sys.exit(main())
