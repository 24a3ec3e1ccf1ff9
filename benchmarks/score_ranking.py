"""Does the score rank real posts as an expert does? Spearman against expert ratings, and spread.

Run from the repository root::

    python benchmarks/score_ranking.py            # sets A, B and C, and the spread
    python benchmarks/score_ranking.py --sets A   # one set only (and the spread)

Two figures, both on posts nobody on the team wrote:

- **ranking**: Spearman's rank correlation between smmlint's score and the 1-5 ratings of
  three disjoint sets of real posts (rated by reading, before any score was computed for them;
  see ``benchmarks/ratings/README.md``): set A (``ratings.tsv``), the one the score is worked
  on; set B (``ratings-b.tsv``), kept aside until it too was read alongside scores; and set C
  (``ratings-c.tsv``), drawn and rated after that: C's figure is the honest one.
  Target: at least 0.75 on each. Mean score and bands per rating show the shape.
- **spread**: how the score distributes over the real-post corpus (``benchmarks/realposts``
  when present, else the ratings sample and the tweet-acts and youtube-spam sets); no single
  score value may hold more than 20 % of the posts.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path
from statistics import mean

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import smmlint  # noqa: E402

RATING_SETS = {
    "A": ROOT / "benchmarks" / "ratings" / "ratings.tsv",
    "B": ROOT / "benchmarks" / "ratings" / "ratings-b.tsv",
    "C": ROOT / "benchmarks" / "ratings" / "ratings-c.tsv",
}
# Tweets are read as X posts; comments, SMS and shop text as generic drafts.
PLATFORM = {"tweet-acts": "x"}
MIN_SPEARMAN = 0.75
MAX_SHARE_OF_ONE_SCORE = 0.20


def load_ratings(path: Path) -> list[tuple[str, str, int]]:
    """(source, text, rating) of every post rated in ``path``."""
    with path.open(encoding="utf-8", newline="") as f:
        return [
            (r["source"], r["text"], int(r["rating"])) for r in csv.DictReader(f, delimiter="\t")
        ]


def ranks(values: Sequence[float]) -> list[float]:
    """Ranks from 1, ties sharing the mean of their ranks."""
    order = sorted(range(len(values)), key=values.__getitem__)
    result = [0.0] * len(values)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and values[order[j + 1]] == values[order[i]]:
            j += 1
        for k in range(i, j + 1):
            result[order[k]] = (i + j) / 2 + 1
        i = j + 1
    return result


def spearman(xs: Sequence[float], ys: Sequence[float]) -> float:
    """Spearman's rho: Pearson's correlation of the ranks (ties averaged)."""
    rx, ry = ranks(xs), ranks(ys)
    mx, my = mean(rx), mean(ry)
    cov = sum((a - mx) * (b - my) for a, b in zip(rx, ry, strict=True))
    var = (sum((a - mx) ** 2 for a in rx) * sum((b - my) ** 2 for b in ry)) ** 0.5
    return cov / var if var else 0.0


def corpus() -> Iterable[tuple[str, str]]:
    """(platform, text) of the real-post corpus."""
    try:
        from benchmarks.realposts.corpus import load as load_corpus  # the real-post check's corpus
    except ImportError:
        load_corpus = None
    if load_corpus is not None:
        for post in load_corpus():
            yield post.platform, post.text
        return
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from accuracy import load_tweet_acts, load_youtube_spam

    yield from (("x", text) for text, _ in load_tweet_acts())
    yield from (("generic", text) for text, _ in load_youtube_spam())


def report_set(name: str, path: Path) -> float:
    """Print one rated set's Spearman, mean score and bands per rating; return Spearman."""
    rated = load_ratings(path)
    reports = [
        smmlint.lint(text, platform=PLATFORM.get(source, "generic")) for source, text, _ in rated
    ]
    scores = [r.score for r in reports]
    rho = spearman(scores, [r for _, _, r in rated])
    print(f"## Score against expert ratings, set {name} ({len(rated)} real posts, {path.name})\n")
    print(f"Spearman rho: {rho:.3f} (target >= {MIN_SPEARMAN})\n")
    print("| rating | posts | mean score | min | max | red | amber | green |")
    print("|---|---|---|---|---|---|---|---|")
    for rating in sorted({r for *_, r in rated}):
        got = [rep for rep, (*_, r) in zip(reports, rated, strict=True) if r == rating]
        values = [rep.score for rep in got]
        bands = Counter(rep.band for rep in got)
        print(
            f"| {rating} | {len(got)} | {mean(values):.1f} | {min(values)} | {max(values)} "
            f"| {bands['red']} | {bands['amber']} | {bands['green']} |"
        )
    print()
    return rho


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument(
        "--sets", default="".join(RATING_SETS), help="which rated sets to report (default: ABC)"
    )
    chosen = parser.parse_args().sets.upper()
    if not chosen or set(chosen) - set(RATING_SETS):
        parser.error(f"--sets takes letters of {''.join(RATING_SETS)}")
    rhos = [report_set(name, RATING_SETS[name]) for name in dict.fromkeys(chosen)]
    spread = Counter(smmlint.lint(text, platform=platform).score for platform, text in corpus())
    total = sum(spread.values())
    top, top_count = spread.most_common(1)[0]
    share = top_count / total
    print(f"\n## Score spread over the real-post corpus ({total} posts)\n")
    print(
        f"Most common score: {top} on {share:.1%} of posts "
        f"(target <= {MAX_SHARE_OF_ONE_SCORE:.0%})\n"
    )
    print("| score | posts | share |")
    print("|---|---|---|")
    for value, count in spread.most_common(8):
        print(f"| {value} | {count} | {count / total:.1%} |")
    bands = Counter(smmlint.lint(t, platform=p).band for p, t in corpus())
    print("\nBands: " + ", ".join(f"{b} {bands[b] / total:.0%}" for b in ("green", "amber", "red")))
    return 0 if min(rhos) >= MIN_SPEARMAN and share <= MAX_SHARE_OF_ONE_SCORE else 1


if __name__ == "__main__":
    sys.exit(main())
