"""Throughput of ``smmlint audit``: posts per CPU-second, and how it scales with ``--jobs``.

Builds an archive of distinct 280-character posts joined from real posts (``drafts.py``),
then times ``smmlint audit`` in-process over it, writing the JSON lines to /dev/null, with
each ``--jobs`` value in turn; also bare ``smmlint.lint`` on other posts, to show what the
command adds around the library. Every run reads posts no other run read, so no memo of
an earlier run helps it. Prints posts per CPU-second of the audit's processes (what one
core does, little changed by other work on the machine), wall-clock posts per second, and
the scaling: the wall rate with N jobs against N times the rate with one.

    python benchmarks/audit_throughput.py                 # 1,000 posts, jobs 1 and 2
    python benchmarks/audit_throughput.py --posts 800 --jobs 1 2 4

The machine's load average is printed too: on a shared machine other work takes cores
from ``--jobs N``, which shows in the scaling, not in the posts per CPU-second.

The machine's own ceiling is measured too: ``smmlint.lint`` alone, no audit code, in N
processes at once on other posts. Processes that run at once share the cores' caches and
memory bandwidth (and a virtual machine's cores may share a physical one), so each costs
more CPU per post than one alone; what the audit's ``--jobs N`` loses beyond that ceiling
is the audit's own (reading, sending rows to workers, writing).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import multiprocessing
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from drafts import WRITTEN, drafts

import smmlint
from smmlint.cli import main
from smmlint.core.warm import warm_up

POST_LENGTH = 280
# Real posts a 280-character post is joined from (about 2.6): each run starts this many
# times its post count further into the pool, so no two runs read the same real post.
TEXTS_PER_POST = 3


def time_audit(archive: Path, jobs: int) -> tuple[float, float]:
    """Wall seconds and CPU seconds (this process and its workers) for one audit."""
    argv = ["audit", str(archive), "--jobs", str(jobs), "--output", os.devnull]
    with open(os.devnull, "w") as sink, contextlib.redirect_stderr(sink):
        before, started = os.times(), time.perf_counter()
        code = main(argv)
        elapsed, after = time.perf_counter() - started, os.times()
    if code != 0:
        raise SystemExit(f"smmlint audit exited with {code}")
    cpu = sum(after[:4]) - sum(before[:4])  # user + system, self + reaped workers
    return elapsed, cpu


def lint_rate(posts: list[str]) -> float:
    """Posts per CPU-second of ``smmlint.lint`` alone, in this thread."""
    started = time.thread_time()
    for post in posts:
        smmlint.lint(post)
    return len(posts) / (time.thread_time() - started)


def _lint_all(posts: list[str]) -> None:
    for post in posts:
        smmlint.lint(post)


def bare_lint(posts: list[str], processes: int) -> tuple[float, float]:
    """Wall seconds and CPU seconds of ``smmlint.lint`` over ``posts`` split between
    ``processes`` processes forked warm, all at once: no audit code runs."""
    warm_up()
    shares = [posts[i::processes] for i in range(processes)]
    before, started = os.times(), time.perf_counter()
    with multiprocessing.Pool(processes) as pool:
        pool.map(_lint_all, shares, chunksize=1)
        pool.close()
        pool.join()
    elapsed, after = time.perf_counter() - started, os.times()
    return elapsed, sum(after[2:4]) - sum(before[2:4])  # the reaped workers' CPU


def machine_rates(posts: int, processes: int, start: int) -> dict[str, float]:
    """Posts per CPU-second of bare ``lint`` in 1 process and in ``processes`` at once, and
    the scaling of the wall rate: the ceiling for ``--jobs`` on this machine."""
    texts = drafts(POST_LENGTH, 2 * posts, start=start)
    single_wall, single_cpu = bare_lint(texts[:posts], 1)
    many_wall, many_cpu = bare_lint(texts[posts:], processes)
    return {
        "bare1_cpu": posts / single_cpu,
        f"bare{processes}_cpu": posts / many_cpu,
        f"bare{processes}_scaling": single_wall / many_wall / processes,
    }


def audit_rates(posts: int, jobs: list[int]) -> dict[str, float]:
    """Posts per CPU-second of ``lint`` alone and of each audit, and each audit's scaling."""
    for post in WRITTEN:
        smmlint.lint(post)  # warm-up: word lists and patterns load once
    figures = {"lint": lint_rate(drafts(POST_LENGTH, posts, start=0))}
    single_wall = None
    with tempfile.TemporaryDirectory() as folder:
        for run, count in enumerate(jobs, start=1):
            archive = Path(folder) / f"posts-{count}.jsonl"
            texts = drafts(POST_LENGTH, posts, start=run * posts * TEXTS_PER_POST)
            archive.write_text("".join(json.dumps({"text": t}) + "\n" for t in texts))
            wall, cpu = time_audit(archive, count)
            figures[f"jobs{count}_cpu"] = posts / cpu
            figures[f"jobs{count}_wall"] = posts / wall
            single_wall = single_wall or posts / wall / jobs[0]
            figures[f"jobs{count}_scaling"] = posts / wall / single_wall / count
    most = max(jobs)
    if most > 1:
        start = (len(jobs) + 1) * posts * TEXTS_PER_POST
        figures.update(machine_rates(posts, most, start))
    return figures


def main_benchmark() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--posts", type=int, default=1_000, help="posts per run")
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    options = parser.parse_args()

    print(
        f"{options.posts:,} distinct posts of {POST_LENGTH} characters per run; "
        f"cores: {os.cpu_count()}; load average before: {os.getloadavg()[0]:.2f}"
    )
    figures = audit_rates(options.posts, options.jobs)
    print(f"smmlint.lint alone, 1 process: {figures['lint']:8,.0f} posts per CPU-second")
    for jobs in options.jobs:
        print(
            f"smmlint audit --jobs {jobs}: {figures[f'jobs{jobs}_cpu']:8,.0f} posts per "
            f"CPU-second  {figures[f'jobs{jobs}_wall']:8,.0f} posts/s wall  "
            f"scaling {figures[f'jobs{jobs}_scaling']:.2f} x {jobs}"
        )
    most = max(options.jobs)
    if most > 1:
        print(
            f"the machine's ceiling, smmlint.lint alone (no audit code) in {most} processes "
            f"at once: {figures[f'bare{most}_cpu']:8,.0f} posts per CPU-second (in 1: "
            f"{figures['bare1_cpu']:,.0f}), scaling {figures[f'bare{most}_scaling']:.2f} x {most}"
        )
    print(f"load average after: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main_benchmark()
