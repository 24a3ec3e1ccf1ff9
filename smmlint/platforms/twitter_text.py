"""X's weighted post length: twitter-text configuration version 3, in pure Python.

X counts characters by weight (https://docs.x.com/fundamentals/counting-characters and
twitter-text's ``config/v3.json``): code points in U+0000–U+10FF and three stretches of
general punctuation weigh 1, every other code point 2; a link (t.co-wrapped) counts 23
whatever its length; an emoji, however many code points its sequence has, counts 2. The
text is NFC-normalised first and a post may weigh 280.

``tests/platforms/test_conformance.py`` checks this module against every case of
twitter-text's ``WeightedTweetsWithDiscountedEmojiCounterTest`` and
``UnicodeDirectionalMarkerCounterTest``. One deliberate difference: a Windows line break
(CR LF) counts once, as the composer posts it as a single line feed.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache

import regex

from smmlint.platforms.emoji import find_emoji
from smmlint.platforms.urls import find_urls

MAX_WEIGHTED_LENGTH = 280  # twitter-text config v3 maxWeightedTweetLength
URL_WEIGHT = 23  # transformedURLLength: every link is wrapped by t.co
EMOJI_WEIGHT = 2  # defaultWeight / scale: an emoji sequence counts once, at the default weight
# Code points outside these ranges weigh 2 (config v3 "ranges", all of weight 100 = 1).
_LIGHT = r"\x00-\u10ff\u2000-\u200d\u2010-\u201f\u2032-\u2037"
_HEAVY = re.compile(f"[^{_LIGHT}]")  # the standard engine is faster on a plain class
_INVALID = frozenset("\ufffe\ufeff\uffff")  # a post containing these is refused
_GRAPHEME = regex.compile(r"\X", regex.DOTALL)


@dataclass(frozen=True)
class ParsedPost:
    """twitter-text's ``parseTweet`` result, with offsets in code points.

    ``valid_end``: ``text[:valid_end]`` is the longest prefix X accepts (within the limit and
    before any invalid character).
    """

    weighted_length: int
    valid: bool
    permillage: int
    valid_end: int


def weighted_length(text: str) -> int:
    """The length X counts for ``text`` (the number its composer shows against 280)."""
    text = _nfc(text)
    total = _weight(text) - text.count("\r\n")
    for start, end, weight in _weighted_spans(text):
        total += weight - _weight(text[start:end])
    return total


def parse(text: str, limit: int = MAX_WEIGHTED_LENGTH) -> ParsedPost:
    """Weighted length, validity, permillage and the valid prefix, like ``parseTweet``."""
    total, valid_end, clean = 0, 0, True
    for end, weight, invalid in units(text):
        total += weight
        clean = clean and not invalid
        if clean and total <= limit:
            valid_end = end
    return ParsedPost(
        weighted_length=total,
        valid=clean and 0 < total <= limit,
        permillage=total * 1000 // limit,
        valid_end=valid_end,
    )


def fit(text: str, limit: int) -> int:
    """The end of the longest prefix of ``text`` whose weighted length is at most ``limit``.

    The same cut as adding up ``units`` one by one, but a stretch of plain characters
    between two links or emoji is weighed in one slice, and the stretch the limit falls in
    is cut by bisection (``_cut``): a 280-character draft over the limit costs a handful of
    slices instead of one generator step per character, and its links and emoji are those
    ``weighted_length`` found. A text not in NFC keeps the unit-by-unit
    walk: its units map back to the source text cluster by cluster.
    """
    if not _is_nfc(text):
        total, fitting = 0, 0
        for end, weight, _ in units(text):
            total += weight
            if total > limit:
                break
            fitting = end
        return fitting
    total, at = 0, 0
    for start, end, weight in [*_weighted_spans(text), (len(text), len(text), 0)]:
        if start < at:  # never reached unit by unit either
            continue
        plain = _plain_weight(text[at:start])
        if total + plain > limit:
            return at + _cut(text[at:start], limit - total)
        total += plain + weight
        if total > limit:
            return start
        at = end
    return len(text)


def units(text: str) -> Iterator[tuple[int, int, bool]]:
    """Each counted unit as (end offset in ``text``, weight, is an invalid character).

    In a text that is not in NFC, the units of one grapheme cluster come out as one, so
    every end is a place ``text`` can be cut.
    """
    normal, to_source = _normalized(text)
    urls = find_urls(normal)
    spans = {start: (end, URL_WEIGHT) for start, end in urls}
    for start, end in _emoji_outside(normal, urls):
        spans[start] = (end, EMOJI_WEIGHT)
    pending: tuple[int, int, bool] | None = None
    at = 0
    while at < len(normal):
        if at in spans:
            end, weight = spans[at]
        elif normal.startswith("\r\n", at):
            end, weight = at + 2, 1
        else:
            end, weight = at + 1, _weight(normal[at])
        unit = (to_source(end), weight, normal[end - 1] in _INVALID)
        if pending and pending[0] == unit[0]:
            unit = (unit[0], pending[1] + unit[1], pending[2] or unit[2])
        elif pending:
            yield pending
        pending, at = unit, end
    if pending:
        yield pending


@lru_cache(maxsize=16)  # a post's length and, over the limit, its cut read the same spans
def _weighted_spans(text: str) -> tuple[tuple[int, int, int], ...]:
    """The links and the emoji outside them, in text order, each with the weight X gives it."""
    urls = find_urls(text)
    return tuple(
        sorted(
            [(s, e, URL_WEIGHT) for s, e in urls]
            + [(s, e, EMOJI_WEIGHT) for s, e in _emoji_outside(text, urls)]
        )
    )


def _plain_weight(text: str) -> int:
    """The weight of a stretch without links or emoji (a CR LF counts once)."""
    return _weight(text) - text.count("\r\n")


def _cut(stretch: str, room: int) -> int:
    """How many code points of a stretch without links or emoji weigh at most ``room``: a
    bisection, each prefix weighed from where the stretch's heavy code points stand."""
    heavy = [] if stretch.isascii() else [m.start() for m in _HEAVY.finditer(stretch)]

    def prefix_weight(size: int) -> int:
        return size + bisect_left(heavy, size) - stretch.count("\r\n", 0, size)

    return bisect_right(range(len(stretch)), room, key=lambda k: prefix_weight(k + 1))


def _weight(text: str) -> int:
    return len(text) + (0 if text.isascii() else len(_HEAVY.findall(text)))


def _emoji_outside(text: str, urls: tuple[tuple[int, int], ...]) -> Iterator[tuple[int, int]]:
    """The emoji of ``text`` that are not part of a link (both come in text order)."""
    link = 0
    for start, end in find_emoji(text):
        while link < len(urls) and urls[link][1] <= start:
            link += 1
        if link == len(urls) or start < urls[link][0]:
            yield start, end


def _is_nfc(text: str) -> bool:
    return text.isascii() or unicodedata.is_normalized("NFC", text)


def _nfc(text: str) -> str:
    return text if _is_nfc(text) else unicodedata.normalize("NFC", text)


def _normalized(text: str) -> tuple[str, Callable[[int], int]]:
    """``text`` in NFC and a map from its offsets back to ``text``'s.

    Normalisation never reaches across a grapheme cluster, so each cluster is normalised
    alone; an offset inside a cluster maps to the cluster's end, so the units of one
    cluster are counted together.
    """
    if _is_nfc(text):
        return text, _same
    source_stops, normal_stops, parts = [0], [0], []
    for cluster in _GRAPHEME.finditer(text):
        part = unicodedata.normalize("NFC", cluster.group())
        parts.append(part)
        source_stops.append(cluster.end())
        normal_stops.append(normal_stops[-1] + len(part))

    def to_source(offset: int) -> int:
        return source_stops[bisect_left(normal_stops, offset)]

    return "".join(parts), to_source


def _same(offset: int) -> int:
    return offset
