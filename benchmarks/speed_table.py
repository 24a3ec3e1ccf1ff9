"""Issue 15's speed table, every row measured in one run: measure | this run | target | met.

Usage: python benchmarks/speed_table.py [--drafts 300] [--posts 1000]

Runs lint_speed.py's comparisons (smmlint against proselint at 280 and 1,300 characters and
against the floor of its own parts, a 1-character edit relinted), audit_throughput.py's
(posts per CPU-second, ``--jobs 2`` scaling), server_overhead.py's (the server's own CPU
per ``/v1/lint`` request) and the fresh-process start, then prints them as the issue's
table in Markdown, ready for the README. All are CPU-time figures on distinct drafts
joined from real posts; see each script for how.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from audit_throughput import audit_rates
from lint_speed import edit_relint, fresh_start, versus
from server_overhead import overhead


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--drafts", type=int, default=300, help="distinct drafts per measure")
    parser.add_argument("--posts", type=int, default=1_000, help="posts per audit run")
    args = parser.parse_args()
    load = os.getloadavg()[0]

    start = fresh_start()
    short = versus(280, args.drafts, "x")
    long = versus(1_300, max(30, args.drafts // 3), "x")
    edit = edit_relint(args.drafts, "x")
    audit = audit_rates(args.posts, [1, 2])
    server = overhead(args.drafts)

    rows = [
        (
            "`lint` vs proselint, 280 characters",
            f"{short['vs_proselint']:.2f}× faster ({short['smmlint']:.2f} ms against "
            f"{short['proselint']:.2f} ms)",
            "≥ 4× faster",
            short["vs_proselint"] >= 4,
        ),
        (
            "`lint` vs proselint, 1,300 characters",
            f"{long['vs_proselint']:.2f}× faster ({long['smmlint']:.2f} ms against "
            f"{long['proselint']:.2f} ms)",
            "≥ 3× faster",
            long["vs_proselint"] >= 3,
        ),
        (
            "`lint` vs the floor of its own parts (VADER + textstat + one phrase scan)",
            f"{short['vs_floor']:.2f}× the floor ({short['floor']:.2f} ms) at 280 characters, "
            f"{long['vs_floor']:.2f}× at 1,300",
            "≤ 1.5× the floor",
            short["vs_floor"] <= 1.5 and long["vs_floor"] <= 1.5,
        ),
        (
            "a 1-character edit relinted (the extension's path)",
            f"{edit['ratio']:.2f} of a cold lint ({edit['edit']:.2f} against "
            f"{edit['cold']:.2f} ms)",
            "≤ 0.3 of a cold lint",
            edit["ratio"] <= 0.3,
        ),
        (
            "`audit`",
            f"{audit['jobs1_cpu']:,.0f} posts per CPU-second (`--jobs 1`; `--jobs 2` "
            f"{audit['jobs2_cpu']:,.0f}), `lint` alone {audit['lint']:,.0f} on the same posts "
            f"(the audit's own CPU {audit['jobs1_own']:.1%} of its lint's); `--jobs 2` "
            f"scaling {audit['jobs2_scaling']:.2f}·N (the machine's ceiling, `lint` alone in 2 "
            f"processes at once: {audit['bare2_cpu']:,.0f} posts per CPU-second, scaling "
            f"{audit['bare2_scaling']:.2f}·N)",
            "≥ 1,500 posts per CPU-second per core, `--jobs N` scaling ≥ 0.9·N",
            audit["jobs1_cpu"] >= 1_500 and audit["jobs2_scaling"] >= 0.9,
        ),
        (
            "`/v1/lint` server CPU per request (in-process)",
            f"{server['request']:.2f} ms, of which the lint {server['lint_share']:.0%}; "
            f"overhead beyond the lint {server['overhead']:.2f} ms",
            "overhead beyond the lint ≤ 0.4 ms",
            server["overhead"] <= 0.4,
        ),
        (
            "import + first `lint()` in a fresh process",
            f"{start['first_lint']:.2f} s CPU",
            "≤ 1.0 s",
            start["first_lint"] <= 1.0,
        ),
    ]
    print(
        f"\n{args.drafts} distinct drafts per measure; per-call CPU time; load average "
        f"{load:.2f} before, {os.getloadavg()[0]:.2f} after\n"
    )
    print("| measure | this run | target | met |\n|---|---|---|---|")
    for measure, today, target, met in rows:
        print(f"| {measure} | {today} | {target} | {'yes' if met else '**no**'} |")


if __name__ == "__main__":
    main()
