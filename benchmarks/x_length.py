"""X's weighted length: smmlint's counter against twitter-text-parser (PyPI) on the same drafts.

    pip install twitter-text-parser      # only for this comparison, not a dependency
    python benchmarks/x_length.py [--tweets benchmarks/data/tweet-acts/TWEET_DATA.csv]

Prints the median and 99th-percentile time per call on 280-character drafts (links, emoji
sequences, CJK, plain Latin), and how often the two counters agree: on those drafts, and on
real tweets when a CSV of them is given (first column: the text). Every draft is distinct,
so smmlint's small link cache never answers a timed call.
"""

from __future__ import annotations

import argparse
import csv
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

import regex

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from smmlint.platforms.twitter_text import weighted_length

GRAPHEME = regex.compile(r"\X", regex.DOTALL)

PARTS = (
    "Our spring workshop is open to everyone in the neighbourhood",
    "Which tool would you pick for a small team?",
    "Thanks @maria_dev for the talk",
    "Slides: https://example.com/talks/spring-{n}?ref=feed",
    "more at example.org/notes/{n}",
    "🌱🌷 garden day 👨‍👩‍👧‍👦",
    "今日は庭の手入れをしました。",
    "Café, crème brûlée and naïve questions",
    "#gardening #community",
    "1\ufe0f\u20e3 2\ufe0f\u20e3 3\ufe0f\u20e3 ✌🏽 🇫🇷",
    "Read the thread: https://t.co/Ab{n}Cd",
)


def drafts(count: int, length: int = 280, seed: int = 7) -> list[str]:
    """``count`` distinct drafts of at most ``length`` code points built from ``PARTS``.

    Each is cut at a grapheme boundary, so no emoji sequence is cut in half.
    """
    rng = random.Random(seed)
    out = []
    for n in range(count):
        text = ""
        while len(text) < length:
            text += rng.choice(PARTS).format(n=n) + rng.choice((" ", ". ", "\n"))
        cut = max(m.end() for m in GRAPHEME.finditer(text) if m.end() <= length)
        out.append(text[:cut])
    return out


def per_call_us(count: Callable[[str], int], texts: list[str], rounds: int) -> list[float]:
    times = []
    for _ in range(rounds):
        for text in texts:
            start = time.perf_counter_ns()
            count(text)
            times.append((time.perf_counter_ns() - start) / 1000)
    return times


def summary(times: list[float]) -> str:
    cuts = statistics.quantiles(times, n=100)
    return f"median {statistics.median(times):7.1f} µs   p99 {cuts[98]:7.1f} µs"


def agreement(texts: list[str], theirs: Callable[[str], int]) -> tuple[int, list[str]]:
    same, notes = 0, []
    for text in texts:
        ours, other = weighted_length(text), theirs(text)
        if ours == other:
            same += 1
        elif len(notes) < 5:
            odd = sorted({f"U+{ord(c):04X}" for c in text if ord(c) > 0x2000})[:6]
            notes.append(f"ours {ours} vs {other}; non-Latin code points: {' '.join(odd)}")
    return same, notes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--tweets", type=Path, help="CSV of real tweets, text first")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    texts = drafts(300)
    for text in texts[:50]:  # warm up imports and compiled patterns
        weighted_length(text)
    print(f"smmlint weighted_length  ({len(texts)} drafts of up to 280 code points)")
    print("  " + summary(per_call_us(weighted_length, texts, args.rounds)))
    try:
        from twitter_text import parse_tweet
    except ImportError:
        print("twitter-text-parser is not installed: pip install twitter-text-parser to compare")
        return

    def theirs(text: str) -> int:
        return parse_tweet(text).weightedLength

    print("twitter-text-parser parse_tweet")
    print("  " + summary(per_call_us(theirs, texts, 1)))
    same, notes = agreement(texts, theirs)
    print(f"agreement on the drafts: {same}/{len(texts)}")
    for note in notes:
        print("  " + note)
    if args.tweets:
        with args.tweets.open(encoding="utf-8", newline="") as handle:
            tweets = [row[0] for row in csv.reader(handle) if row and "\r" not in row[0]]
        same, notes = agreement(tweets, theirs)
        print(f"agreement on {args.tweets.name}: {same}/{len(tweets)}")
        for note in notes:
            print("  " + note)


if __name__ == "__main__":
    main()
