"""Readers for the labelled data sets in ``benchmarks/data/``, one per source.

Each reader yields ``RawPost``s: the stored text as the data set holds it, a stable key that
does not depend on row order, the platform the post is read as, and the data set's own label
(kept for the reviewer's context, never used to decide a verdict).
"""

from __future__ import annotations

import csv
import hashlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "data"


@dataclass(frozen=True)
class RawPost:
    """One row of a data set before its artefacts are cleaned."""

    source: str
    key: str
    platform: str
    raw: str
    label: str


def text_key(text: str) -> str:
    """A stable key for a row identified by its text alone (12 hex digits of SHA-1)."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


def tweet_acts() -> Iterator[RawPost]:
    """7,500 tweets (2015) read as posts on X; label = speech act."""
    with (DATA / "tweet-acts" / "TWEET_DATA.csv").open(encoding="utf-8", newline="") as f:
        for text, label in csv.reader(f):
            yield RawPost("tweet-acts", text_key(text), "x", text, label)


def youtube_spam() -> Iterator[RawPost]:
    """1,956 YouTube comments, keyed by their comment id; label = spam / ham."""
    for path in sorted((DATA / "youtube-spam").glob("Youtube0*.csv")):
        with path.open(encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f):
                label = "spam" if row["CLASS"] == "1" else "ham"
                yield RawPost("youtube-spam", row["COMMENT_ID"], "generic", row["CONTENT"], label)


def sms_spam() -> Iterator[RawPost]:
    """2,749 text messages; label = spam / ham."""
    with (DATA / "sms-spam" / "sms-dev.tsv").open(encoding="utf-8", newline="") as f:
        for line in f:
            label, _, text = line.rstrip("\r\n").partition("\t")
            yield RawPost("sms-spam", text_key(text), "generic", text, label)


def dark_patterns() -> Iterator[RawPost]:
    """1,129 shopping-site strings; label = the pattern category ("Not Dark Pattern" for 0)."""
    with (DATA / "dark-patterns" / "dark-patterns-dev.tsv").open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            text = row["text"]
            yield RawPost("dark-patterns", text_key(text), "generic", text, row["Pattern Category"])


# Which artefact handling each source needs (see artefacts.clean).
SOURCES: dict[str, tuple[Callable[[], Iterator[RawPost]], dict[str, bool]]] = {
    "tweet-acts": (tweet_acts, {"escapes": True}),
    "youtube-spam": (youtube_spam, {"markup": True}),
    "sms-spam": (sms_spam, {"redactions": True}),
    "dark-patterns": (dark_patterns, {}),
}
