"""Prove smmlint's sentiment scorer gives VADER's exact scores, and time both.

Usage:
    python benchmarks/sentiment_check.py                      # benchmarks/data, drafts
    python benchmarks/sentiment_check.py --tsv a.tsv b.tsv    # also every field of these

Scores every text of the tweet-acts and youtube-spam sets, the benchmark drafts at 280,
1,300 and 5,000 characters, and every sentence window the tone analysis scores in them,
with ``vaderSentiment``'s ``polarity_scores`` and with ``SentimentScorer.score`` (no memo),
and counts the texts whose four scores differ in any bit. Also prints the median CPU per
text of each, interleaved.
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from cpu import interleaved, median_ms
from drafts import WRITTEN, drafts, tweet_acts, youtube_comments


def tsv_fields(paths: list[Path]) -> list[str]:
    """Every non-empty field of every row of the TSV files given."""
    texts: list[str] = []
    for path in paths:
        with path.open(encoding="utf-8", newline="") as f:
            texts += [field for row in csv.reader(f, delimiter="\t") for field in row if field]
    return texts


def tone_windows(texts: list[str]) -> list[str]:
    """The sentence windows the tone analysis hands to VADER for each text."""
    from smmlint.analysis import tone
    from smmlint.platforms import get_platform
    from smmlint.read.post import Post

    windows = []
    for text in texts:
        post = Post(text, get_platform("x"))
        scored, emoji_starts = tone._scored_text(post)
        windows += [
            scored[start:end] for start, end in tone._windows(scored, post.sentences, emoji_starts)
        ]
    return windows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tsv", type=Path, nargs="*", default=[], help="more labelled sets")
    args = parser.parse_args()

    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    from smmlint.analysis.sentiment import SentimentScorer

    vader, scorer = SentimentIntensityAnalyzer(), SentimentScorer()
    posts = tweet_acts() + youtube_comments() + list(WRITTEN) + tsv_fields(args.tsv)
    long = drafts(280, 200) + drafts(1300, 100) + drafts(5000, 10)
    texts = posts + long + tone_windows(posts + long)
    differing = [text for text in texts if vader.polarity_scores(text) != scorer.score(text)]
    print(f"compared {len(texts):,} texts: {len(differing)} with different scores")
    for text in differing[:5]:
        print(f"  differs on a text of {len(text)} characters")
    for label, sample in (("280", drafts(280, 200)), ("1,300", drafts(1300, 60))):
        times = interleaved({"vader": vader.polarity_scores, "scorer": scorer.score}, sample)
        slow, fast = median_ms(times["vader"]), median_ms(times["scorer"])
        print(
            f"{label}-character drafts, whole: VADER {slow:.3f} ms, scorer {fast:.3f} ms "
            f"-> {slow / fast:.2f}x"
        )
    return 1 if differing else 0


if __name__ == "__main__":
    sys.exit(main())
