"""This checkout's smmlint against another git revision's, interleaved in one process.

Usage: python benchmarks/ab_speed.py [--ref main] [--drafts 300] [--platform x]

A speed change is worth what it saves on the same drafts in the same run: on a shared
machine two runs one after the other differ by more than most changes save. The revision
``--ref`` is unpacked (``git archive``) under a temporary directory as the package
``smmlint_ab`` and imported next to ``smmlint``; every draft is then linted by both, the
order alternating, each call charged its own thread's CPU time (``cpu.py``). Printed:
medians and their ratio (new / ref) for a cold lint at 280 and 1,300 characters and for
the extension's relint of a 280-character draft after a 1-character edit (each draft
linted once untimed first), on distinct drafts joined from real posts (``drafts.py``).
``golden_check.py`` proves the reports did not change.
"""

from __future__ import annotations

import argparse
import io
import re
import subprocess
import sys
import tarfile
import tempfile
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from cpu import cpu_ns, median_ms
from drafts import WRITTEN, drafts
from lint_speed import edited

ROOT = Path(__file__).resolve().parents[1]
ALIAS = "smmlint_ab"
# "from smmlint.x import", "import smmlint", resources.files("smmlint.data"): every way the
# package names itself, so the unpacked copy imports and reads only its own modules and data.
_SELF_NAME = re.compile(r"(?<![\w.])smmlint(?=[.\s\"']|$)", re.MULTILINE)


def unpack(ref: str, into: Path) -> None:
    """Write revision ``ref``'s ``smmlint/`` package to ``into/smmlint_ab``."""
    command = ["git", "archive", "--format=tar", ref, "smmlint"]
    archive = subprocess.run(command, cwd=ROOT, capture_output=True, check=True).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(into, filter="data")
    (into / "smmlint").rename(into / ALIAS)
    for path in (into / ALIAS).rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        lines = [
            _SELF_NAME.sub(ALIAS, line) if line.lstrip().startswith(("from ", "import ")) else line
            for line in source.splitlines(keepends=True)
        ]
        path.write_text(
            "".join(lines).replace('"smmlint.data"', f'"{ALIAS}.data"'), encoding="utf-8"
        )


def compare(
    lints: dict[str, Callable[[str], object]], texts: list[str], edit: bool = False
) -> dict[str, float]:
    """Median ms of each lint on ``texts`` (or on each text's edit, after linting the text)."""
    samples: dict[str, list[int]] = {name: [] for name in lints}
    names = list(lints)
    for index, text in enumerate(texts):
        for name in names if index % 2 else names[::-1]:
            if edit:
                lints[name](text)
            samples[name].append(cpu_ns(lints[name], edited(text) if edit else text))
    return {name: median_ms(values) for name, values in samples.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ref", default="main", help="the git revision to compare with")
    parser.add_argument("--drafts", type=int, default=300, help="distinct drafts per measure")
    parser.add_argument("--platform", default="x")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="smmlint-ab-") as folder:
        unpack(args.ref, Path(folder))
        sys.path.insert(0, folder)
        import smmlint_ab  # type: ignore[import-not-found]

        import smmlint

        lints = {
            "new": lambda text: smmlint.lint(text, platform=args.platform),
            args.ref: lambda text: smmlint_ab.lint(text, platform=args.platform),
        }
        for text in WRITTEN:  # imports and lazy tables, outside the measure
            for lint in lints.values():
                lint(text)
        short = max(30, args.drafts // 3)
        for label, texts, edit in (
            ("cold lint, 280 characters", drafts(280, args.drafts), False),
            ("cold lint, 1,300 characters", drafts(1_300, short), False),
            ("1-character edit relinted, 280", drafts(280, args.drafts, start=0), True),
        ):
            f = compare(lints, texts, edit)
            print(
                f"{label:<32} new {f['new']:.3f} ms, {args.ref} {f[args.ref]:.3f} ms "
                f"-> {f['new'] / f[args.ref]:.3f} of {args.ref}"
            )


if __name__ == "__main__":
    main()
