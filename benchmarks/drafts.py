"""Distinct drafts for the benchmarks, joined from real posts (``benchmarks/data/``) to a length.

Every draft is different: consecutive real tweets and comments, each used once until the pool
(8,513 distinct texts, about a million characters) runs out, are joined with blank lines and
cut to the length asked for. A benchmark that repeats a few texts measures its caches (per-text
caches in textstat, a per-sentence memo in smmlint, proselint's own), not the work a new draft
costs; these drafts share no sentence unless the pool wraps around.
"""

from __future__ import annotations

import csv
import random
from functools import cache
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"

# A few hand-written drafts that reach corners the real posts rarely do (flags, CJK, a
# template placeholder, emoji walls); the golden check lints them along with the real posts.
WRITTEN = (
    "We are excited to announce our new world-class analytics platform! 🚀 Buy now and get "
    "20% off with code LAUNCH20. Limited time only. https://shop.example.com/launch?utm=x "
    "#analytics #data #growth #saas #marketing",
    "What's the one tool you couldn't plan your week without? We asked our team and the "
    "answers surprised us. Tell us yours below 👇 and we'll share the best tips on Friday.",
    "“The best way to predict the future is to create it.” — Peter Drucker",
    "LAST CHANCE!!! Our summer sale ends TONIGHT 😱😱😱🔥🔥🔥 Don't miss out, shop now!!! "
    "https://example.com/sale",
    "I hate how awful the support queue was this week. Terrible experience for everyone "
    "involved, and we are sorry. Here is what we changed so it does not happen again.",
    "Hi {{first_name}}, check out our latest post: [LINK] #blog #news",
    "Café terrace season is back ☀️ 🇫🇷 Which pastry would you pick: croissant or pain au "
    "chocolat? 中文也可以 😀 #paris",
)


def tweet_acts() -> list[str]:
    """The tweet-acts texts, in file order (duplicates kept)."""
    with (DATA / "tweet-acts" / "TWEET_DATA.csv").open(encoding="utf-8", newline="") as f:
        return [row[0] for row in csv.reader(f) if row]


def youtube_comments() -> list[str]:
    """The youtube-spam comments, in file order (duplicates kept)."""
    texts: list[str] = []
    for path in sorted((DATA / "youtube-spam").glob("Youtube0*.csv")):
        with path.open(encoding="utf-8", newline="") as f:
            texts += [row["CONTENT"] for row in csv.DictReader(f)]
    return texts


@cache
def pool() -> tuple[str, ...]:
    """Every distinct real text once, in a fixed shuffled order."""
    texts = list(dict.fromkeys(t.strip() for t in tweet_acts() + youtube_comments()))
    texts = [t for t in texts if t]
    random.Random(15).shuffle(texts)
    return tuple(texts)


def drafts(length: int, count: int, start: int | None = None) -> list[str]:
    """``count`` distinct drafts of ``length`` code points (shorter only if the text ends).

    Real texts are taken in turn from ``start`` in the pool (by default a place fixed by the
    length, so sets of different lengths mostly use different posts) and joined with a
    blank line, the way a long post or a thread reads.
    """
    texts = pool()
    cursor = (length * 7_919) % len(texts) if start is None else start
    out = []
    for _ in range(count):
        parts, size = [], 0
        while size < length:
            parts.append(texts[cursor % len(texts)])
            size += len(parts[-1]) + 2
            cursor += 1
        out.append("\n\n".join(parts)[:length].rstrip())
    return out
