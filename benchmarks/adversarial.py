"""Time every rule on 50,000-character pump strings, and ``lint`` on the longest drafts.

Budgets (issue 2): a rule lints a 50,000-character pump in at most 200 ms, and ``lint``
with every rule takes at most 1 s on a 65,536-character adversarial text. ``--platforms``
also times ``lint`` on every pump family (``FAMILIES``: the rule pumps, the Markdown and
HTML pumps and the counters' pumps, each 65,536 code points) for every platform and
every markup, and prints the worst family of each pair (issue 12). Each figure is
the median of ``--repeat`` runs on a fresh ``Post``, so the analyses a rule needs (words,
entities, tone...) count towards it; the garbage collector is paused while timing, as
``timeit`` does. Figures are CPU time of this process, which on an idle
machine equals wall time and on a shared one does not count other jobs' turns (pass
``--wall`` for wall time). Run from the repository root::

    python -m benchmarks.adversarial [--repeat 5] [--matrix] [--wall] [--platforms]

Exit status 1 when a budget is exceeded.
"""

from __future__ import annotations

import argparse
import gc
import os
import statistics
import sys
import time
from collections.abc import Callable
from functools import partial
from typing import NamedTuple

import smmlint
from benchmarks.pumps import FAMILIES, LONGEST, PUMPS
from smmlint.platforms import get_platform
from smmlint.read.markup import MARKUPS
from smmlint.read.post import Post

RULE_BUDGET_MS = 200.0
LINT_BUDGET_MS = 1000.0


class Timing(NamedTuple):
    """The median and the fastest of several runs, in milliseconds."""

    median: float
    best: float


def measure(run: Callable[[], object], repeat: int, clock: Callable[[], float]) -> Timing:
    """Time ``run`` ``repeat`` times on ``clock``, the garbage collector paused as timeit does.

    A full collection walks the ~280,000 objects of the CMU dictionary (~100 ms); which run
    it lands in is chance, not the cost of the rule being timed.
    """
    times = []
    for _ in range(repeat):
        gc.collect()
        gc.disable()
        try:
            start = clock()
            run()
            times.append((clock() - start) * 1000)
        finally:
            gc.enable()
    return Timing(statistics.median(times), min(times))


def time_rule(
    rule: smmlint.Rule, text: str, repeat: int, clock: Callable[[], float] = time.process_time
) -> Timing:
    """One rule's times on ``text``, analyses of a fresh post included."""
    platform = get_platform("generic")
    return measure(lambda: list(rule.run(Post(text, platform), {})), repeat, clock)


def worst_families(repeat: int, clock: Callable[[], float]) -> int:
    """Time ``lint`` on every family for every platform and markup; print the worst of each.

    Returns how many platform x markup pairs have a family over the budget.
    """
    print(
        f"\nlint(), every platform x markup x {len(FAMILIES)} pump families of "
        f"{smmlint.MAX_TEXT_LENGTH:,} code points (budget {LINT_BUDGET_MS:.0f} ms)"
    )
    print(f"{'platform':<10} {'markup':<9} {'worst family':<18} {'median':>7} {'best':>7}")
    over = 0
    for platform in smmlint.PLATFORMS:
        for markup in MARKUPS:
            times = {
                name: measure(partial(smmlint.lint, text, platform, markup=markup), repeat, clock)
                for name, text in FAMILIES.items()
            }
            worst = max(times, key=lambda name: times[name].median)
            flag = "  OVER" if times[worst].median > LINT_BUDGET_MS else ""
            over += bool(flag)
            print(
                f"{platform:<10} {markup:<9} {worst:<18} {times[worst].median:>7.1f} "
                f"{times[worst].best:>7.1f}{flag}",
                flush=True,
            )
    return over


def load() -> str:
    """The machine's load averages: other jobs slow every figure down."""
    return " / ".join(f"{value:.1f}" for value in os.getloadavg())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--repeat", type=int, default=5, help="runs per figure")
    parser.add_argument("--matrix", action="store_true", help="print every rule x pump")
    parser.add_argument("--wall", action="store_true", help="wall time instead of CPU time")
    parser.add_argument(
        "--platforms",
        action="store_true",
        help="also time lint() on every pump family for every platform and markup",
    )
    args = parser.parse_args(argv)
    clock = time.perf_counter if args.wall else time.process_time

    smmlint.lint("Warm-up: load the dictionaries once.")
    over = 0
    print(f"load average (1/5/15 min) at start: {load()}")
    print(
        f"Per rule, 50,000-character pumps ({'wall' if args.wall else 'CPU'} time, median and "
        f"best of {args.repeat}; budget {RULE_BUDGET_MS:.0f} ms)"
    )
    print(f"{'rule':<26} {'worst pump':<16} {'median':>7} {'best':>7}  {'all pumps, median':>17}")
    for rule in smmlint.RULES:
        times = {name: time_rule(rule, text, args.repeat, clock) for name, text in PUMPS.items()}
        worst = max(times, key=lambda name: times[name].median)
        flag = "  OVER" if times[worst].median > RULE_BUDGET_MS else ""
        over += bool(flag)
        label = f"{rule.code} {rule.name}"
        typical = statistics.median(t.median for t in times.values())
        print(
            f"{label:<26} {worst:<16} {times[worst].median:>7.1f} {times[worst].best:>7.1f}  "
            f"{typical:>17.1f}{flag}"
        )
        if args.matrix:
            for name, timing in times.items():
                print(f"    {name:<22} {timing.median:>8.1f} {timing.best:>8.1f}")

    print(f"\nlint() with every rule, 65,536 characters (budget {LINT_BUDGET_MS:.0f} ms)")
    print(f"{'text':<26} {'median':>7} {'best':>7}")
    for name, text in LONGEST.items():
        timing = measure(lambda text=text: smmlint.lint(text), args.repeat, clock)
        flag = "  OVER" if timing.median > LINT_BUDGET_MS else ""
        over += bool(flag)
        print(f"{name:<26} {timing.median:>7.1f} {timing.best:>7.1f}{flag}")
    if args.platforms:
        over += worst_families(args.repeat, clock)
    print(f"load average (1/5/15 min) at end: {load()}")
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
