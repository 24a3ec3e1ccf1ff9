"""The author's hashtags as a reader meets them: which are the author's own (not a
retweet's), which are words of their sentence, and which stand in one run."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import regex

from smmlint.analysis.borrowed import own_prose
from smmlint.platforms.entities import Entity
from smmlint.read.post import Post


def own_hashtags(post: Post) -> tuple[Entity, ...]:
    """The hashtags outside retweeted text: a retweet's hashtags are not the author's choice
    (memoised)."""
    return post.memo("own hashtags", _own_hashtags)


def _own_hashtags(post: Post) -> tuple[Entity, ...]:
    own = own_prose(post)
    return tuple(t for t in post.hashtags if not own[t.start].isspace())


# A hashtag is a word of its sentence when it stands alone (a row of hashtags is a list) with
# a word or the start of a sentence before it, and a word or the sentence's punctuation after
# it, and one of those neighbours is a lower-case word: "the future of #Syria is female". Tags
# between capitalised names ("Floyd #RaceDay America") are a trending-topic word salad.
_BEFORE = regex.compile(
    r"(?:(?<![\p{L}\p{N}])(?P<word>\p{L}[\p{L}\p{N}'’-]*+)[’'\"]?|[\p{N},&]|^|[.!?…:\n])[ \t]*+$"
)
_AFTER = regex.compile(r"[ \t]*+(?P<word>\p{L})|[ \t]*+[\p{N}&]|[,;:)’”'\"]|[.!?…]++[ \t]*+\p{L}")


def inline_hashtags(post: Post) -> frozenset[Entity]:
    """The author's hashtags that are words of their sentence: "the future of #Syria is
    female" (memoised)."""
    return post.memo("inline hashtags", _inline_hashtags)


def _inline_hashtags(post: Post) -> frozenset[Entity]:
    tags, text, inline = own_hashtags(post), post.text, set()
    url_starts = {url.start for url in post.urls}
    for i, tag in enumerate(tags):
        alone = (i == 0 or not text[tags[i - 1].end : tag.start].isspace()) and (
            i == len(tags) - 1 or not text[tag.end : tags[i + 1].start].isspace()
        )
        if not alone or not (after := _AFTER.match(text, tag.end)):
            continue
        if after.end() - 1 in url_starts:
            continue
        if not (before := _BEFORE.search(text, max(0, tag.start - 40), tag.start)):
            continue
        if any(m.group("word") and m.group("word")[0].islower() for m in (before, after)):
            inline.add(tag)
    return frozenset(inline)


def tag_runs(post: Post, tags: Sequence[Entity]) -> Iterator[tuple[int, int]]:
    """Spans of the post's ``tags`` (in text order) that follow each other with only spaces
    between them: one mark a run."""
    text, start, end = post.text, -1, -1
    for tag in tags:
        if start >= 0 and not text[end : tag.start].isspace():
            yield start, end
            start = -1
        if start < 0:
            start = tag.start
        end = tag.end
    if start >= 0:
        yield start, end
