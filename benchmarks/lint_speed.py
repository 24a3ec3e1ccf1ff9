"""How fast smmlint lints a draft, against proselint and the floor of its own parts, in one run.

Usage: python benchmarks/lint_speed.py [--drafts 300] [--platform x] [--details]

Every figure is per-call CPU time (``time.thread_time_ns``) on distinct drafts joined from
real posts (``drafts.py``), each linted once, the contenders interleaved draft by draft:

- smmlint against proselint at 280 and 1,300 characters (medians and their ratio);
- smmlint against the floor of its own parts: VADER on the draft, textstat's reading ease
  of it, and one scan of every phrase list at once, all three from the same libraries;
- a 1-character edit relinted (the extension's path: the same draft, one letter typed in
  the middle) against the cold lint of that draft;
- import and first ``lint()`` in a fresh process (CPU of the whole process);
- with ``--details``: cost per 1,000 characters from 280 to 65,536 (linearity) and the
  cost of each rule alone.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from cpu import cpu_ns, interleaved, median_ms, percentile_ms, summed, warm
from drafts import WRITTEN, drafts

ROOT = Path(__file__).resolve().parents[1]
# The phrase lists the rules and analyses scan (the floor scans them all in one pass).
PHRASE_LISTS = (
    "selling.txt",
    "cta.txt",
    "bait.txt",
    "invitations.txt",
    "address.txt",
    "sharing.txt",
    "hostility.txt",
    "acts.txt",
    "questions.txt",
)
FIRST_LINT = (
    "import time\n"
    "import smmlint\n"
    "smmlint.lint('Buy now! What do you think? https://example.com #x', platform='x')\n"
    "print(time.process_time())\n"
)
BARE_START = "import time\nprint(time.process_time())\n"


def proselint_lint() -> Callable[[str], object]:
    """proselint's own lint entry point, set up as its command line does."""
    from proselint.checks import __register__
    from proselint.registry import CheckRegistry
    from proselint.tools import LintFile

    CheckRegistry().register_many(__register__)
    return lambda text: LintFile("<bench>", text).lint()


def floor_parts() -> dict[str, Callable[[str], object]]:
    """What smmlint cannot do without: VADER, textstat and one scan of every phrase list."""
    import textstat
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    from smmlint.analysis.lexicon import Lexicon, parse, read_data

    vader = SentimentIntensityAnalyzer()
    phrases = Lexicon(pair for name in PHRASE_LISTS for pair in parse(read_data(name)))
    return {
        "vader": vader.polarity_scores,
        "textstat": textstat.flesch_reading_ease,
        "phrases": lambda text: list(phrases.finditer(text)),
    }


def smmlint_lint(platform: str) -> Callable[[str], object]:
    import smmlint

    return lambda text: smmlint.lint(text, platform=platform)


def versus(length: int, count: int, platform: str) -> dict[str, float]:
    """Median ms of smmlint, proselint and the floor on ``count`` drafts of ``length``."""
    contenders = {"smmlint": smmlint_lint(platform), "proselint": proselint_lint()}
    contenders.update(floor_parts())
    warm(contenders, WRITTEN)
    samples = interleaved(contenders, drafts(length, count))
    floor = summed(samples["vader"], samples["textstat"], samples["phrases"])
    figures = {name: median_ms(values) for name, values in samples.items()}
    figures["floor"] = median_ms(floor)
    figures["smmlint_p99"] = percentile_ms(samples["smmlint"], 0.99)
    figures["vs_proselint"] = figures["proselint"] / figures["smmlint"]
    figures["vs_floor"] = figures["smmlint"] / figures["floor"]
    return figures


def edited(text: str) -> str:
    """``text`` with one letter typed in its middle (inside a word where there is one)."""
    middle = len(text) // 2
    return text[:middle] + "e" + text[middle:]


def edit_relint(count: int, platform: str) -> dict[str, float]:
    """Median ms of a cold lint and of relinting the same draft after a 1-character edit."""
    lint = smmlint_lint(platform)
    warm({"smmlint": lint}, WRITTEN)
    cold, edit = [], []
    for text in drafts(280, count, start=0):
        cold.append(cpu_ns(lint, text))
        edit.append(cpu_ns(lint, edited(text)))
    figures = {"cold": median_ms(cold), "edit": median_ms(edit)}
    figures["ratio"] = figures["edit"] / figures["cold"]
    return figures


def process_cpu(code: str) -> float:
    """CPU seconds a fresh interpreter spends running ``code`` (which prints its own)."""
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    return float(out.stdout.strip())


def fresh_start(runs: int = 3) -> dict[str, float]:
    """Median CPU seconds of import + first lint in a fresh process, and of a bare start."""
    return {
        "first_lint": statistics.median(process_cpu(FIRST_LINT) for _ in range(runs)),
        "bare_python": statistics.median(process_cpu(BARE_START) for _ in range(runs)),
    }


def linearity(platform: str) -> None:
    """Print the median cost per 1,000 characters at growing lengths."""
    lint = smmlint_lint(platform)
    print("\nlinearity (median CPU per 1,000 characters, distinct drafts):")
    for length, count in ((280, 60), (1_300, 30), (5_000, 10), (20_000, 5), (65_536, 3)):
        per = median_ms(interleaved({"lint": lint}, drafts(length, count))["lint"])
        print(f"  {length:>6} chars: {per:8.2f} ms = {per / length * 1000:6.2f} ms per 1,000")


def per_rule(platform: str, count: int) -> None:
    """Print what each rule costs alone, and a lint with no rule (the fixed cost)."""
    import smmlint
    from smmlint.core.config import Config

    def alone(config: Config) -> Callable[[str], object]:
        return lambda text: smmlint.lint(text, platform, config=config)

    contenders = {rule.code: alone(Config(select=(rule.code,))) for rule in smmlint.RULES}
    first = smmlint.RULES[0].code
    contenders["none"] = alone(Config(select=(first,), ignore=(first,)))
    samples = interleaved(contenders, drafts(280, count, start=5_000))
    print("\nper rule (median CPU on 280-character drafts, that rule alone):")
    names = {rule.code: rule.name for rule in smmlint.RULES}
    for code, values in samples.items():
        label = f"{code} {names[code]}" if code in names else "(no rule: Post, metrics, score)"
        print(f"  {label:<34} {median_ms(values):.3f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--drafts", type=int, default=300, help="distinct drafts per length")
    parser.add_argument("--platform", default="x")
    parser.add_argument("--details", action="store_true", help="linearity and per-rule costs")
    args = parser.parse_args()

    start = fresh_start()
    print(
        f"import + first lint in a fresh process: {start['first_lint']:.2f} s CPU "
        f"(a bare interpreter start: {start['bare_python']:.2f} s)"
    )
    for length, count in ((280, args.drafts), (1_300, max(30, args.drafts // 3))):
        f = versus(length, count, args.platform)
        print(
            f"\n{length:,} characters, {count} distinct drafts, median CPU per draft:\n"
            f"  smmlint   {f['smmlint']:.3f} ms (p99 {f['smmlint_p99']:.3f} ms)\n"
            f"  proselint {f['proselint']:.3f} ms -> smmlint {f['vs_proselint']:.2f}x faster\n"
            f"  floor     {f['floor']:.3f} ms (VADER {f['vader']:.3f} + textstat "
            f"{f['textstat']:.3f} + phrases {f['phrases']:.3f}) -> smmlint "
            f"{f['vs_floor']:.2f}x the floor"
        )
    e = edit_relint(args.drafts, args.platform)
    print(
        f"\n1-character edit relinted: {e['edit']:.3f} ms against {e['cold']:.3f} ms cold "
        f"-> {e['ratio']:.2f} of a cold lint"
    )
    if args.details:
        linearity(args.platform)
        per_rule(args.platform, max(30, args.drafts // 5))


if __name__ == "__main__":
    main()
