"""Prove a speed change left every report unchanged: hash each report of a fixed corpus.

Usage:
    python benchmarks/golden_check.py --save /tmp/golden.json   # before the change
    python benchmarks/golden_check.py --check /tmp/golden.json  # after it: 0 differences

The corpus is every text of the tweet-acts and youtube-spam data sets, the benchmarks'
hand-written drafts, and distinct drafts joined from real posts at 280, 1,300 and 5,000
characters, each linted on x, linkedin, mastodon and generic. The
file holds one SHA-256 of ``report.to_dict()`` per (platform, text), never the texts.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from drafts import WRITTEN, drafts, tweet_acts, youtube_comments

PLATFORMS = ("x", "linkedin", "mastodon", "generic")


def corpus() -> list[str]:
    """All texts, in a fixed order."""
    texts = tweet_acts() + youtube_comments() + list(WRITTEN)
    return texts + drafts(280, 40) + drafts(1300, 20) + drafts(5000, 4)


def report_hashes(texts: list[str]) -> dict[str, str]:
    """``"platform/index"`` -> SHA-256 of the report's canonical JSON."""
    import smmlint

    hashes = {}
    for platform in PLATFORMS:
        for index, text in enumerate(texts):
            report = smmlint.lint(text, platform=platform).to_dict()
            canonical = json.dumps(report, sort_keys=True, ensure_ascii=False)
            hashes[f"{platform}/{index}"] = hashlib.sha256(canonical.encode()).hexdigest()
    return hashes


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    mode = parser.add_mutually_exclusive_group(required=True)
    mode.add_argument("--save", type=Path, help="write the hashes to this file")
    mode.add_argument("--check", type=Path, help="compare with the hashes in this file")
    args = parser.parse_args()

    texts = corpus()
    hashes = report_hashes(texts)
    if args.save:
        args.save.write_text(json.dumps(hashes), encoding="utf-8")
        print(f"saved {len(hashes)} report hashes ({len(texts)} texts) to {args.save}")
        return 0
    golden = json.loads(args.check.read_text(encoding="utf-8"))
    keys = golden.keys() | hashes.keys()
    differing = sorted(key for key in keys if golden.get(key) != hashes.get(key))
    print(
        f"compared {len(hashes)} reports ({len(texts)} texts x {len(PLATFORMS)} platforms): "
        f"{len(differing)} differences"
    )
    for key in differing[:20]:
        print(f"  differs: {key}")
    return 1 if differing else 0


if __name__ == "__main__":
    sys.exit(main())
