"""How fast smmlint lints a draft, next to proselint on the same drafts in the same run.

Usage: python benchmarks/lint_speed.py [--rounds N] [--platform x]

Prints: first lint after import, median and p99 per draft at 280 and 1,300 characters,
cost per character at growing lengths (linearity), each rule's share, and proselint's
median on the same 280-character drafts with the ratio.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from drafts import drafts

FIRST_LINT = (
    "import time; t = time.perf_counter(); import smmlint; "
    "smmlint.lint('Buy now! What do you think? https://example.com #x', platform='generic'); "
    "print(time.perf_counter() - t)"
)


def timings(func, texts: list[str], rounds: int) -> list[float]:
    """Seconds per call, every text ``rounds`` times, after one warm-up pass."""
    for text in texts:
        func(text)
    samples = []
    for _ in range(rounds):
        for text in texts:
            start = time.perf_counter()
            func(text)
            samples.append(time.perf_counter() - start)
    return samples


def percentile(samples: list[float], share: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def ms(value: float) -> str:
    return f"{value * 1000:.3f} ms"


def first_lint_seconds() -> float:
    root = Path(__file__).resolve().parents[1]
    out = subprocess.run(
        [sys.executable, "-c", FIRST_LINT], cwd=root, capture_output=True, text=True, check=True
    )
    return float(out.stdout.strip())


def proselint_lint():
    """proselint's own lint entry point, set up as its command line does."""
    from proselint.checks import __register__
    from proselint.registry import CheckRegistry
    from proselint.tools import LintFile

    CheckRegistry().register_many(__register__)
    return lambda text: LintFile("<bench>", text).lint()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=30)
    parser.add_argument("--platform", default="x")
    args = parser.parse_args()

    import smmlint
    from smmlint.config import Config

    def lint(text: str) -> object:
        return smmlint.lint(text, platform=args.platform)

    print(f"first lint after import: {first_lint_seconds():.2f} s (fresh process)")
    short = drafts(280, 100)
    samples = timings(lint, short, args.rounds)
    median_280 = statistics.median(samples)
    print(
        f"280 chars  : median {ms(median_280)}, p99 {ms(percentile(samples, 0.99))} "
        f"({len(samples)} lints)"
    )
    long = timings(lint, drafts(1300, 50), max(1, args.rounds // 3))
    print(f"1,300 chars: median {ms(statistics.median(long))}, p99 {ms(percentile(long, 0.99))}")

    print("\nlinearity (median µs per 1,000 characters):")
    for length in (280, 1_300, 5_000, 20_000, 65_536):
        texts = drafts(length, 5)
        per = statistics.median(timings(lint, texts, 2 if length > 5_000 else 5))
        per_kchar = per / length * 1e9
        print(f"  {length:>6} chars: {per * 1000:8.2f} ms = {per_kchar:7.1f} µs per 1,000 chars")

    print("\nper rule (median over the 280-character drafts, that rule alone):")
    for rule in smmlint.RULES:
        config = Config(select=(rule.code,))
        alone = timings(lambda t, c=config: smmlint.lint(t, args.platform, config=c), short, 3)
        print(f"  {rule.code} {rule.name:<22} {ms(statistics.median(alone))}")
    nothing = Config(select=(smmlint.RULES[0].code,), ignore=(smmlint.RULES[0].code,))
    base = timings(lambda t: smmlint.lint(t, args.platform, config=nothing), short, 3)
    print(f"  (no rule: Post, metrics, score) {ms(statistics.median(base))}")

    prose = proselint_lint()
    pro = timings(prose, short, max(1, args.rounds // 10))
    median_pro = statistics.median(pro)
    print(
        f"\nproselint, same 280-char drafts: median {ms(median_pro)} "
        f"-> smmlint is {median_pro / median_280:.1f}x faster"
    )


if __name__ == "__main__":
    main()
