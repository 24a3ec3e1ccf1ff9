"""Sets of text spans: membership by bisection, and blanking them out of a text."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable


class SpanSet:
    """Half-open spans ``[start, end)``; ``offset in spans`` costs O(log n), not O(n)."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        merged: list[list[int]] = []
        for start, end in sorted(spans):
            if merged and start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            elif end > start:
                merged.append([start, end])
        self._starts = [s for s, _ in merged]
        self._ends = [e for _, e in merged]

    def __contains__(self, offset: int) -> bool:
        starts = self._starts
        if not starts:  # most sets of a draft are empty, and asked once a word
            return False
        i = bisect_right(starts, offset) - 1
        return i >= 0 and offset < self._ends[i]

    def overlaps(self, start: int, end: int) -> bool:
        """Whether a span overlaps ``[start, end)`` (a bisection)."""
        before_end = bisect_left(self._starts, end)
        return before_end > 0 and self._ends[before_end - 1] > start

    def __bool__(self) -> bool:
        return bool(self._starts)

    def spans(self) -> list[tuple[int, int]]:
        """The merged spans, in order."""
        return list(zip(self._starts, self._ends, strict=True))


def blank(text: str, spans: Iterable[tuple[int, int]]) -> str:
    """``text`` with the given spans replaced by spaces (same length)."""
    parts, last = [], 0
    for start, end in SpanSet(spans).spans():
        parts += [text[last:start], " " * (end - start)]
        last = end
    parts.append(text[last:])
    return "".join(parts)
