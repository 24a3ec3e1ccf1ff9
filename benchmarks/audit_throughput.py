"""Throughput of ``smmlint audit``: posts per second, per core, with 1 and more jobs.

Builds an archive of 280-character posts (a deterministic mix of sales talk, questions,
mentions, hashtags, links and emoji), then times ``smmlint audit`` in-process over it,
writing the JSON lines to /dev/null. Also times bare ``smmlint.lint`` on the same posts, to
show what the command adds around the library. Prints medians of ``--repeat`` runs: wall
clock posts/s (what a user waits for) and posts per CPU-second of the audit's processes
(what one core does, less sensitive to other work on the machine).

    python benchmarks/audit_throughput.py                 # 10,000 posts, jobs 1 and 2
    python benchmarks/audit_throughput.py --posts 50000 --jobs 1 2 4

The machine's load average is printed too: other work on the machine slows every figure.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import smmlint
from smmlint.cli import main

POST_LENGTH = 280
PIECES = (
    "Our spring range is live.",
    "Shop now and save 20% today only!",
    "What would you like us to build next?",
    "Thanks @maria_k for the feedback on the beta.",
    "We are excited to announce our new app.",
    "Here is how we cut our onboarding time in half:",
    "https://example.com/blog/onboarding?utm_source=x",
    "Tell us which feature you use most.",
    "🎉🚀",
    "#productivity #startups",
    "LIMITED OFFER!!!",
    "Honest question: how do you plan your week?",
    "The team spent three months talking to customers first.",
    "Free shipping on every order this weekend.",
)


def make_posts(count: int, seed: int = 7) -> list[str]:
    """``count`` posts of exactly ``POST_LENGTH`` code points."""
    rng = random.Random(seed)
    posts = []
    for _ in range(count):
        text = ""
        while len(text) < POST_LENGTH:
            text += rng.choice(PIECES) + " "
        posts.append(text[:POST_LENGTH])
    return posts


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


def time_lint(posts: list[str]) -> float:
    """Seconds for ``smmlint.lint`` over every post, in this process."""
    started = time.perf_counter()
    for post in posts:
        smmlint.lint(post)
    return time.perf_counter() - started


def main_benchmark() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--posts", type=int, default=10_000)
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--repeat", type=int, default=3)
    options = parser.parse_args()

    posts = make_posts(options.posts)
    smmlint.lint(posts[0])  # warm-up: word lists load once
    with tempfile.TemporaryDirectory() as folder:
        archive = Path(folder) / "posts.jsonl"
        archive.write_text("".join(json.dumps({"text": p}) + "\n" for p in posts))
        print(
            f"{options.posts:,} posts of {POST_LENGTH} characters; cores: {os.cpu_count()}; "
            f"load average before: {os.getloadavg()[0]:.2f}"
        )
        lint_s = statistics.median(time_lint(posts) for _ in range(options.repeat))
        print(f"smmlint.lint alone, 1 process: {options.posts / lint_s:8,.0f} posts/s")
        single = None
        for jobs in options.jobs:
            runs = [time_audit(archive, jobs) for _ in range(options.repeat)]
            wall = statistics.median(w for w, _ in runs)
            cpu = statistics.median(c for _, c in runs)
            rate = options.posts / wall
            single = single or rate
            print(
                f"smmlint audit --jobs {jobs}:  {rate:8,.0f} posts/s wall  "
                f"{rate / jobs:8,.0f} per core  x{rate / single:.2f} vs --jobs {options.jobs[0]}  "
                f"| {options.posts / cpu:8,.0f} posts per CPU-second"
            )
        print(f"load average after: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main_benchmark()
