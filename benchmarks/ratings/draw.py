"""Draw the sample of real posts that the score is measured against (run once; kept for the record).

The sample spans what a social-media manager meets: ordinary tweets of every speech act
(statements, expressions, questions, suggestions, requests, threats, other), YouTube comments
(self-promotion spam and fans), SMS (sales spam and personal messages) and shop interface text
(pressure phrases and plain shop copy). Rows are picked by a hash of their text within each
stratum, so the draw is reproducible and blind to anything smmlint says about them.

    python benchmarks/ratings/draw.py > benchmarks/ratings/ratings.tsv
    python benchmarks/ratings/draw.py --seed b --exclude benchmarks/ratings/ratings.tsv \
        > benchmarks/ratings/ratings-b.tsv
    python benchmarks/ratings/draw.py --seed c --exclude benchmarks/ratings/ratings.tsv \
        --exclude benchmarks/ratings/ratings-b.tsv > benchmarks/ratings/ratings-c.tsv

The first draw (no seed) is set A, the one the score is worked on; the second (seed ``b``,
none of set A's posts) is set B, kept aside to check that the score was not fitted to A; the
third (seed ``c``, none of A's or B's) is set C, drawn once A and B had both been read
alongside their scores.
The ratings (1-5) were then written by reading each post, before any score was computed.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import html
import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

SHARED = Path("/work/shared/data")  # ../shared/data seen from the main checkout
# Shop interface text of fewer words is a menu label ("New Arrivals"), not copy a post could hold.
MIN_SHOP_WORDS = 5
_TAG = re.compile(r"<[^>]*>")
# How many rows each stratum gives: (source, stratum) -> count.
PLAN = {
    ("tweet-acts", "STM"): 14,
    ("tweet-acts", "EXP"): 14,
    ("tweet-acts", "QUE"): 9,
    ("tweet-acts", "SUG"): 7,
    ("tweet-acts", "REQ"): 6,
    ("tweet-acts", "THT"): 5,
    ("tweet-acts", "OTH"): 5,
    ("youtube-spam", "1"): 9,
    ("youtube-spam", "0"): 7,
    ("sms-spam", "spam"): 14,
    ("sms-spam", "ham"): 8,
    ("dark-patterns", "1"): 14,
    ("dark-patterns", "0"): 8,
}


def text_id(text: str) -> str:
    """A stable id for a post: the first 12 hex digits of the SHA-1 of its text."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


def _rows(source: str) -> Iterator[tuple[str, str]]:
    """(stratum, text) of every row of one source."""
    if source == "tweet-acts":
        with open(SHARED / source / "TWEET_DATA.csv", encoding="utf-8", errors="replace") as f:
            for row in csv.reader(f):
                yield row[-1], ",".join(row[:-1])
    elif source == "youtube-spam":
        for path in sorted((SHARED / source).glob("Youtube*.csv")):
            with open(path, encoding="utf-8") as f:
                for row in csv.DictReader(f):
                    # as its reader saw it: HTML tags and entities resolved, the stray BOM gone
                    text = _TAG.sub(" ", row["CONTENT"].replace("\ufeff", ""))
                    yield row["CLASS"], html.unescape(text)
    elif source == "sms-spam":
        with open(SHARED / source / "sms-dev.tsv", encoding="utf-8") as f:
            for line in f:
                label, _, text = line.rstrip("\n").partition("\t")
                yield label, text
    else:
        with open(SHARED / source / "dark-patterns-dev.tsv", encoding="utf-8") as f:
            for row in csv.DictReader(f, delimiter="\t"):
                if row["label"] == "1" or len(row["text"].split()) >= MIN_SHOP_WORDS:
                    yield row["label"], row["text"]


def draw(seed: str = "", exclude: Iterable[str] = ()) -> Iterable[tuple[str, str, str]]:
    """(source, id, text) of the sample, stratum by stratum: rows ordered by a hash of
    ``seed`` and their id, leaving out the ids in ``exclude``."""
    drawn: set[str] = set(exclude)  # a tweet labelled twice is drawn once
    for source in dict.fromkeys(s for s, _ in PLAN):
        by_stratum: dict[str, dict[str, str]] = {}
        for stratum, text in _rows(source):
            text = " ".join(text.split())
            if text and (source, stratum) in PLAN:
                by_stratum.setdefault(stratum, {})[text_id(text)] = text
        for (plan_source, stratum), count in PLAN.items():
            if plan_source != source:
                continue
            rows = {k: t for k, t in by_stratum[stratum].items() if k not in drawn}
            order = sorted(rows, key=lambda k: hashlib.sha1((seed + k).encode()).hexdigest())
            for key in order[:count]:
                drawn.add(key)
                yield source, key, rows[key]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--seed", default="", help="draw another sample (set A: none)")
    parser.add_argument(
        "--exclude", type=Path, action="append", default=[], help="a ratings file whose ids to skip"
    )
    args = parser.parse_args()
    exclude = set()
    for path in args.exclude:
        with path.open(encoding="utf-8", newline="") as f:
            exclude |= {row["id"] for row in csv.DictReader(f, delimiter="\t")}
    out = csv.writer(sys.stdout, delimiter="\t", lineterminator="\n")
    out.writerow(["source", "id", "rating", "text"])
    for source, key, text in draw(args.seed, exclude):
        out.writerow([source, key, "", text])


if __name__ == "__main__":
    main()
