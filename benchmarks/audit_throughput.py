"""Throughput of ``smmlint audit``: posts per CPU-second, and how it scales with ``--jobs``.

Every round takes a fresh block of distinct 280-character posts joined from real posts
(``drafts.py``) and runs each contender on it in a fresh process of its own, warmed up the
same way (the hand-written drafts linted once): ``smmlint.lint`` alone in a loop, then
``smmlint audit`` in-process with each ``--jobs`` value, writing the JSON lines to
/dev/null. The contenders read the same posts, so a round compares like with like, and
none profits from a memo of another (each starts with the same warm tables and empty
memos); the next round reads posts no earlier round read. Their order alternates from one
round to the next, so a contender is not always the one that runs while the machine is
busiest. Prints the median and range over the rounds of posts per CPU-second (user and
system, of the contender's process and every worker it reaped: what one core does, little
changed by other work on the machine), of the wall-clock posts per second, and of the
scaling: in each round, the wall rate with N jobs against N times the rate with one.

    python benchmarks/audit_throughput.py                 # 1,000 posts, jobs 1 and 2
    python benchmarks/audit_throughput.py --posts 800 --jobs 1 2 4 --rounds 7

The machine's load average is printed too: on a shared machine other work takes cores
from ``--jobs N``, which shows in the scaling, not in the posts per CPU-second.

The machine's own ceiling is measured too: ``smmlint.lint`` alone, no audit code, in 1 and
in N processes forked warm at once. Processes that run at once share the cores' caches and
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
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any
from unittest import mock

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from drafts import WRITTEN, drafts

import smmlint
from smmlint.cli import main, options
from smmlint.core.engine import lint
from smmlint.core.warm import warm_up

POST_LENGTH = 280
# Real posts a 280-character post is joined from (about 2.6): each round starts this many
# times its post count further into the pool, so no two rounds read the same real post.
TEXTS_PER_POST = 3
ROUNDS = 5


def _cpu(who: int) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def time_lint(posts: list[str]) -> tuple[float, float]:
    """Wall seconds and CPU seconds of ``smmlint.lint`` over ``posts`` in this process."""
    before, started = _cpu(resource.RUSAGE_SELF), time.perf_counter()
    for post in posts:
        smmlint.lint(post)
    return time.perf_counter() - started, _cpu(resource.RUSAGE_SELF) - before


def time_audit(posts: list[str], jobs: int) -> tuple[float, float, float]:
    """Wall seconds and CPU seconds (this process and its workers) of ``smmlint audit``
    over an archive of ``posts``, and the CPU seconds of its calls to ``lint`` in this
    process (all of them with ``--jobs 1``)."""
    in_lint = 0.0

    def timed_lint(*args: Any, **kwargs: Any) -> Any:
        nonlocal in_lint
        started = time.thread_time()
        try:
            return lint(*args, **kwargs)
        finally:
            in_lint += time.thread_time() - started

    with tempfile.TemporaryDirectory() as folder:
        archive = Path(folder) / "posts.jsonl"
        archive.write_text("".join(json.dumps({"text": t}) + "\n" for t in posts))
        argv = ["audit", str(archive), "--jobs", str(jobs), "--output", os.devnull]
        with (
            open(os.devnull, "w") as sink,
            contextlib.redirect_stderr(sink),
            mock.patch.object(options, "lint", timed_lint),
        ):
            before = _cpu(resource.RUSAGE_SELF) + _cpu(resource.RUSAGE_CHILDREN)
            started = time.perf_counter()
            code = main(argv)
            elapsed = time.perf_counter() - started
            cpu = _cpu(resource.RUSAGE_SELF) + _cpu(resource.RUSAGE_CHILDREN) - before
    if code != 0:
        raise SystemExit(f"smmlint audit exited with {code}")
    return elapsed, cpu, in_lint


def _lint_all(posts: list[str]) -> None:
    for post in posts:
        smmlint.lint(post)


def time_bare(posts: list[str], processes: int) -> tuple[float, float]:
    """Wall seconds and CPU seconds of ``smmlint.lint`` over ``posts`` split between
    ``processes`` processes forked warm, all at once: no audit code runs."""
    warm_up()
    shares = [posts[i::processes] for i in range(processes)]
    before, started = _cpu(resource.RUSAGE_CHILDREN), time.perf_counter()
    with multiprocessing.Pool(processes) as pool:
        pool.map(_lint_all, shares, chunksize=1)
        pool.close()
        pool.join()
    return time.perf_counter() - started, _cpu(resource.RUSAGE_CHILDREN) - before


def run_contender(kind: str, processes: int, count: int, start: int) -> dict[str, float]:
    """One contender on one round's posts, in this (fresh) process."""
    for post in WRITTEN:
        smmlint.lint(post)  # warm-up: word lists and patterns load once
    posts = drafts(POST_LENGTH, count, start=start)
    if kind == "audit":
        wall, cpu, in_lint = time_audit(posts, processes)
        if processes == 1:  # the audit's own CPU: all but its calls to lint, in one process
            return {"cpu": count / cpu, "wall": count / wall, "own": cpu / in_lint - 1}
    else:
        wall, cpu = time_lint(posts) if kind == "lint" else time_bare(posts, processes)
    return {"cpu": count / cpu, "wall": count / wall}


def measure(kind: str, processes: int, count: int, start: int) -> dict[str, float]:
    """``run_contender`` in a fresh Python process."""
    argv = [sys.executable, __file__, "--one", kind, str(processes), str(count), str(start)]
    done = subprocess.run(argv, capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


def contenders(jobs: list[int]) -> list[tuple[str, int]]:
    """``lint`` alone, the audit with each ``--jobs``, and the bare ceiling if any N > 1."""
    most = max(jobs)
    ceiling = [("bare", 1), ("bare", most)] if most > 1 else []
    return [("lint", 1), *(("audit", n) for n in jobs), *ceiling]


def _name(kind: str, processes: int) -> str:
    return {"lint": "lint", "audit": f"jobs{processes}", "bare": f"bare{processes}"}[kind]


def audit_rates(posts: int, jobs: list[int], rounds: int = ROUNDS) -> dict[str, float]:
    """Median over ``rounds`` of each contender's posts per CPU-second (``lint``,
    ``jobs<N>_cpu``, ``bare<N>_cpu``), wall rate (``..._wall``) and scaling
    (``..._scaling``); of ``vs_lint``: the CPU the audit with ``jobs[0]`` spends a post
    beyond ``lint`` alone in another process, as a share of it; and with ``--jobs 1``, of
    ``jobs1_own``: in the audit's own process, the CPU it spends on anything but its calls
    to ``lint``, as a share of theirs (the same posts in one process: no noise from one
    process to another; timing each call, about 1 us, counts as the audit's own). Each
    figure's range is under ``<name>_min`` and ``<name>_max``."""
    runs: dict[str, list[float]] = {}
    order = contenders(jobs)
    for number in range(rounds):
        start = number * posts * TEXTS_PER_POST
        results = {
            _name(*contender): measure(*contender, posts, start)
            for contender in (order if number % 2 == 0 else order[::-1])
        }
        figures = {f"{name}_cpu": rates["cpu"] for name, rates in results.items()}
        figures |= {
            f"{name}_own": rates["own"] for name, rates in results.items() if "own" in rates
        }
        figures |= {f"{name}_wall": rates["wall"] for name, rates in results.items()}
        for kind, n in order[1:]:
            single = _name(kind, jobs[0] if kind == "audit" else 1)
            scaling = results[_name(kind, n)]["wall"] / results[single]["wall"] / n
            figures[f"{_name(kind, n)}_scaling"] = scaling
        figures["vs_lint"] = figures["lint_cpu"] / figures[f"jobs{jobs[0]}_cpu"] - 1
        for name, value in figures.items():
            runs.setdefault(name.removesuffix("_cpu") if name == "lint_cpu" else name, []).append(
                value
            )
    summary = {name: statistics.median(values) for name, values in runs.items()}
    for name, values in runs.items():
        summary[f"{name}_min"], summary[f"{name}_max"] = min(values), max(values)
    return summary


def _figure(figures: dict[str, float], name: str, form: str) -> str:
    """A median with its range: ``1,234 (1,100-1,300)``."""
    low, high = (format(figures[f"{name}_{end}"], form) for end in ("min", "max"))
    return f"{format(figures[name], form)} ({low}-{high})"


def main_benchmark() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--posts", type=int, default=1_000, help="posts per run")
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--rounds", type=int, default=ROUNDS, help="rounds (medians of)")
    parser.add_argument("--one", nargs=4, help=argparse.SUPPRESS)  # a contender, in a child
    options = parser.parse_args()
    if options.one:
        kind, processes, count, start = options.one
        print(json.dumps(run_contender(kind, int(processes), int(count), int(start))))
        return

    print(
        f"{options.posts:,} distinct posts of {POST_LENGTH} characters per run, "
        f"{options.rounds} rounds (median, range); cores: {os.cpu_count()}; "
        f"load average before: {os.getloadavg()[0]:.2f}"
    )
    figures = audit_rates(options.posts, options.jobs, options.rounds)
    print(f"smmlint.lint alone, 1 process: {_figure(figures, 'lint', ',.0f')} posts per CPU-second")
    for jobs in options.jobs:
        print(
            f"smmlint audit --jobs {jobs}: {_figure(figures, f'jobs{jobs}_cpu', ',.0f')} posts "
            f"per CPU-second, {_figure(figures, f'jobs{jobs}_wall', ',.0f')} posts/s wall, "
            f"scaling {_figure(figures, f'jobs{jobs}_scaling', '.2f')} x {jobs}"
        )
    print(
        f"the audit's CPU a post with --jobs {options.jobs[0]} beyond lint alone on the same "
        f"posts, another process: {_figure(figures, 'vs_lint', '+.1%')}"
    )
    if "jobs1_own" in figures:
        print(
            "the audit's own CPU with --jobs 1 (all but its calls to lint) as a share of its "
            f"calls to lint, in one process: {_figure(figures, 'jobs1_own', '.1%')}"
        )
    most = max(options.jobs)
    if most > 1:
        print(
            f"the machine's ceiling, smmlint.lint alone (no audit code) in {most} processes "
            f"at once: {_figure(figures, f'bare{most}_cpu', ',.0f')} posts per CPU-second "
            f"(in 1: {_figure(figures, 'bare1_cpu', ',.0f')}), scaling "
            f"{_figure(figures, f'bare{most}_scaling', '.2f')} x {most}"
        )
    print(f"load average after: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main_benchmark()
