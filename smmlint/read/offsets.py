"""Offsets: code points (Python) to UTF-16 units (JavaScript), and grapheme boundaries."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator

import regex

from smmlint.read.chars import non_ascii
from smmlint.read.lazy import cached_property

# Characters outside the Basic Multilingual Plane take two UTF-16 units. Lone surrogates,
# which a Python str may hold, take one, exactly as in a JavaScript string.
_ASTRAL = regex.compile(r"[\U00010000-\U0010FFFF]")
# A grapheme cluster (\X). The regex module decides each boundary inside a run of regional
# indicators (flag letters) by counting the run back to its start, which makes 25,000 flags
# take seconds; matching a pair with what extends it first gives the same clusters (checked
# against \X on 200,000 random strings of flags, marks, ZWJ, prepends and Hangul) in one pass.
_GRAPHEME = regex.compile(
    r"\p{RI}\p{RI}[\p{Grapheme_Cluster_Break=Extend}\p{Grapheme_Cluster_Break=ZWJ}"
    r"\p{Grapheme_Cluster_Break=SpacingMark}]*+|\X",
    regex.DOTALL,
)
# Characters that can join their neighbours into one grapheme cluster (UAX #29): without any
# of them every code point is a cluster of its own and segmentation can be skipped.
_JOINING = regex.compile(
    r"[\r\p{GCB=Extend}\p{GCB=ZWJ}\p{GCB=SpacingMark}\p{GCB=Prepend}"
    r"\p{GCB=Regional_Indicator}\p{GCB=L}\p{GCB=V}\p{GCB=T}]"
)


class Utf16Index:
    """Converts code-point offsets of one text into UTF-16 offsets in O(log n) each."""

    def __init__(self, text: str) -> None:
        self._astral = [m.start() for m in _ASTRAL.finditer(text)]

    def at(self, offset: int) -> int:
        """The UTF-16 offset of code-point ``offset``."""
        return offset + bisect_left(self._astral, offset)


def utf16_length(text: str) -> int:
    """How many UTF-16 code units ``text`` takes (JavaScript's ``length``)."""
    if text.isascii():
        return len(text)
    # Two bytes a unit; "surrogatepass" encodes a lone surrogate as the one unit it is.
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


def grapheme_ends(text: str, start: int = 0, end: int | None = None) -> Iterator[int]:
    """Where each grapheme cluster of ``text[start:end]`` ends, in one linear pass."""
    for match in _GRAPHEME.finditer(text, start, len(text) if end is None else end):
        yield match.end()


class GraphemeBoundaries:
    """The extended grapheme cluster boundaries of a text (Unicode UAX #29)."""

    def __init__(self, text: str) -> None:
        self._text = text

    @cached_property
    def _stops(self) -> list[int] | None:
        """Cluster ends, or ``None`` when every code point is a cluster of its own."""
        text = self._text
        # Of ASCII, only "\r" joins a neighbour (a "\r\n" is one cluster); the text's
        # distinct other characters are searched, not the whole text.
        if "\r" not in text and (text.isascii() or not _JOINING.search("".join(non_ascii(text)))):
            return None
        return [0, *grapheme_ends(self._text)]

    def count(self) -> int:
        """How many user-perceived characters the text has."""
        stops = self._stops
        return len(self._text) if stops is None else len(stops) - 1

    def snap(self, start: int, end: int) -> tuple[int, int]:
        """Widen ``start``..``end`` so that neither end splits a grapheme cluster."""
        stops = self._stops
        if stops is None:
            return start, end
        i = bisect_left(stops, start)
        if i == len(stops) or stops[i] != start:
            start = stops[max(i - 1, 0)]
        j = bisect_left(stops, end)
        end = stops[min(j, len(stops) - 1)]
        return start, max(start, end)
