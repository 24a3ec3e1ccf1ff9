"""The corpus of real posts: built from the data sets, stored as one JSON line per post."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from pathlib import Path

from benchmarks.realposts.artefacts import clean
from benchmarks.realposts.sources import SOURCES

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus.jsonl"


@dataclass(frozen=True)
class RealPost:
    """One post as the author wrote it, with where it comes from and what was cleaned."""

    id: str
    source: str
    platform: str
    label: str
    artefacts: tuple[str, ...]
    text: str


@dataclass
class BuildLog:
    """What building the corpus skipped, per source."""

    rows: Counter[str]
    duplicates: Counter[str]
    empty: Counter[str]


def build() -> tuple[list[RealPost], BuildLog]:
    """Read every source, clean each row, drop exact duplicates and empty rows; sort by id."""
    posts: dict[str, RealPost] = {}
    log = BuildLog(Counter(), Counter(), Counter())
    for source, (read, options) in SOURCES.items():
        for row in read():
            log.rows[source] += 1
            post_id = f"{source}:{row.key}"
            if post_id in posts:
                log.duplicates[source] += 1
                continue
            cleaned = clean(row.raw, **options)
            if not cleaned.text:
                log.empty[source] += 1
                continue
            posts[post_id] = RealPost(
                post_id, source, row.platform, row.label, cleaned.artefacts, cleaned.text
            )
    return [posts[key] for key in sorted(posts)], log


def dumps(posts: Iterable[RealPost]) -> str:
    """The corpus file's content: one sorted-key JSON object per line."""
    return "".join(
        json.dumps(asdict(post), ensure_ascii=False, sort_keys=True) + "\n" for post in posts
    )


def load(path: Path = CORPUS) -> list[RealPost]:
    """The committed corpus, in id order."""
    posts = []
    with path.open(encoding="utf-8") as f:
        for line in f:
            data = json.loads(line)
            data["artefacts"] = tuple(data["artefacts"])
            posts.append(RealPost(**data))
    return posts


def artefact_counts(posts: Iterable[RealPost]) -> dict[str, Counter[str]]:
    """How many posts of each source carry each artefact tag."""
    counts: dict[str, Counter[str]] = {}
    for post in posts:
        counter = counts.setdefault(post.source, Counter())
        counter["posts"] += 1
        counter.update(post.artefacts)
    return counts
