"""Time every rule on 50,000-character pump strings, and ``lint`` on the longest drafts.

Budgets (issue 2): a rule lints a 50,000-character pump in at most 200 ms, and ``lint``
with every rule takes at most 1 s on a 65,536-character adversarial text. Each figure is
the median of ``--repeat`` runs on a fresh ``Post``, so the analyses a rule needs (words,
entities, tone...) count towards it. Figures are CPU time of this process, which on an idle
machine equals wall time and on a shared one does not count other jobs' turns (pass
``--wall`` for wall time). Run from the repository root::

    python -m benchmarks.adversarial [--repeat 5] [--matrix] [--wall]

Exit status 1 when a budget is exceeded.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable

import smmlint
from benchmarks.pumps import LONGEST, PUMPS
from smmlint.platforms import get_platform
from smmlint.post import Post

RULE_BUDGET_MS = 200.0
LINT_BUDGET_MS = 1000.0


def median_ms(run: Callable[[], object], repeat: int, clock: Callable[[], float]) -> float:
    """The median time of ``run`` on ``clock``, in milliseconds."""
    times = []
    for _ in range(repeat):
        start = clock()
        run()
        times.append((clock() - start) * 1000)
    return statistics.median(times)


def time_rule(
    rule: smmlint.Rule, text: str, repeat: int, clock: Callable[[], float] = time.process_time
) -> float:
    """One rule's median time on ``text``, analyses of a fresh post included."""
    platform = get_platform("generic")
    return median_ms(lambda: list(rule.run(Post(text, platform), {})), repeat, clock)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--repeat", type=int, default=5, help="runs per figure (median)")
    parser.add_argument("--matrix", action="store_true", help="print every rule x pump")
    parser.add_argument("--wall", action="store_true", help="wall time instead of CPU time")
    args = parser.parse_args(argv)
    clock = time.perf_counter if args.wall else time.process_time

    smmlint.lint("Warm-up: load the dictionaries once.")
    over = 0
    print(
        f"Per rule, 50,000-character pumps ({'wall' if args.wall else 'CPU'} time, median of "
        f"{args.repeat}; budget {RULE_BUDGET_MS:.0f} ms)"
    )
    print(f"{'rule':<26} {'worst ms':>9}  {'worst pump':<20} {'median ms':>9}")
    for rule in smmlint.RULES:
        times = {name: time_rule(rule, text, args.repeat, clock) for name, text in PUMPS.items()}
        worst = max(times, key=times.__getitem__)
        flag = "  OVER" if times[worst] > RULE_BUDGET_MS else ""
        over += bool(flag)
        label = f"{rule.code} {rule.name}"
        print(
            f"{label:<26} {times[worst]:>9.1f}  {worst:<20} "
            f"{statistics.median(times.values()):>9.1f}{flag}"
        )
        if args.matrix:
            for name, ms in times.items():
                print(f"    {name:<22} {ms:>8.1f}")

    print(f"\nlint() with every rule, 65,536 characters (budget {LINT_BUDGET_MS:.0f} ms)")
    print(f"{'text':<26} {'median ms':>9}")
    for name, text in LONGEST.items():
        ms = median_ms(lambda text=text: smmlint.lint(text), args.repeat, clock)
        flag = "  OVER" if ms > LINT_BUDGET_MS else ""
        over += bool(flag)
        print(f"{name:<26} {ms:>9.1f}{flag}")
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
