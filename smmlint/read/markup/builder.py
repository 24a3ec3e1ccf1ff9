"""The visible text of a source and the builder every markup reader assembles it with.

Every offset into the visible text maps back to an offset into the source, so a finding
on the visible words underlines the right characters of the source. The readers
(``html``, ``markdown``) depend on this module, never the other way round.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass

# Separators between pieces of visible text, weakest first. Markup between two words
# (a tag, a soft line break, a run of spaces) becomes at most one of these.
SPACE, LINE_BREAK, PARAGRAPH_BREAK = " ", "\n", "\n\n"
_SEPARATORS = ("", SPACE, LINE_BREAK, PARAGRAPH_BREAK)


@dataclass(frozen=True)
class Visible:
    """The visible text of a source and the way back to the source's offsets.

    ``anchors`` holds ``(visible_offset, source_offset)`` pairs, sorted, where a piece of
    visible text starts; between anchors offsets advance together. Where markup was
    dropped, two anchors share a visible offset: first where the piece before it ends in
    the source, then where the next piece starts.
    """

    text: str
    source_length: int
    anchors: tuple[tuple[int, int], ...] = ()

    def to_source(self, offset: int) -> int:
        """The source offset of the visible character at ``offset`` (a span's start)."""
        if not self.anchors:
            return offset
        i = bisect_right(self.anchors, (offset, self.source_length + 1)) - 1
        if i < 0:
            return offset
        visible, source = self.anchors[i]
        limit = self.anchors[i + 1][1] if i + 1 < len(self.anchors) else self.source_length
        return min(source + offset - visible, limit)

    def to_source_end(self, offset: int) -> int:
        """The source offset just after the visible character before ``offset`` (a span's end).

        It differs from ``to_source`` where markup follows the character: the end of
        ``<b>Shop now</b>`` stops before ``</b>``, and after ``&amp;`` it covers the entity.
        """
        i = bisect_left(self.anchors, (offset, -1))
        if i < len(self.anchors) and self.anchors[i][0] == offset:
            return self.anchors[i][1]
        return self.to_source(offset)

    def span_to_source(self, start: int, end: int) -> tuple[int, int]:
        """The source span of the visible span ``start``..``end``."""
        source_start = self.to_source(start)
        if end <= start:
            return source_start, source_start
        return source_start, max(source_start, self.to_source_end(end))


class VisibleBuilder:
    """Assembles the visible text of a source piece by piece, recording the anchors.

    ``copy`` keeps source characters as they are; ``replace`` shows other text for a
    stretch of source (a decoded entity); ``separate`` asks for a space or a break
    between the pieces around it. Separators are collapsed (the strongest wins, line
    breaks add up to a paragraph break) and dropped at the start and the end.
    """

    def __init__(self, source: str) -> None:
        self._source = source
        self._parts: list[str] = []
        self._anchors: list[tuple[int, int]] = []
        self._length = 0
        self._source_end = 0
        self._last_copied = False
        self._pending = ""
        self._pending_from = 0
        self._copying: tuple[int, int] | None = None  # a run of copies not yet appended

    def copy(self, start: int, end: int) -> None:
        """Show ``source[start:end]`` unchanged."""
        if start >= end:
            return
        if self._copying and self._copying[1] == start and not self._pending:
            self._copying = (self._copying[0], end)
            return
        self._flush(start)
        self._copying = (start, end)

    def replace(self, start: int, end: int, text: str) -> None:
        """Show ``text`` in place of ``source[start:end]``."""
        if text:
            self._flush(start)
            self._append(start, end, text, copied=False)

    def separate(self, separator: str, at: int, *, add: bool = False) -> None:
        """Ask for ``separator`` before the next piece; markup from ``at`` on stands for it.

        With ``add``, a line break adds to a pending one (two ``<br>`` make a blank line).
        """
        if not self._parts and not self._copying:
            return
        if not self._pending:
            self._pending_from = at
        if add and separator == LINE_BREAK and self._pending in (LINE_BREAK, PARAGRAPH_BREAK):
            self._pending = PARAGRAPH_BREAK
        else:
            self._pending = max(self._pending, separator, key=_SEPARATORS.index)

    def build(self) -> Visible:
        """The visible text with its anchors."""
        self._end_copy()
        if self._anchors and not self._last_copied:
            self._anchor(self._length, self._source_end)
        return Visible("".join(self._parts), len(self._source), tuple(self._anchors))

    def _end_copy(self) -> None:
        if self._copying:
            start, end = self._copying
            self._copying = None
            self._append(start, end, self._source[start:end], copied=True)

    def _flush(self, next_start: int) -> None:
        self._end_copy()
        if self._pending:
            separator, self._pending = self._pending, ""
            start = self._pending_from
            copied = self._source[start:next_start] == separator
            self._append(start, next_start, separator, copied=copied)

    def _append(self, start: int, end: int, text: str, *, copied: bool) -> None:
        follows = self._anchors and self._last_copied and start == self._source_end
        if not (follows and copied):
            if self._anchors and not follows:
                self._anchor(self._length, self._source_end)
            self._anchor(self._length, start)
        self._parts.append(text)
        self._length += len(text)
        self._source_end = end
        self._last_copied = copied

    def _anchor(self, visible: int, source: int) -> None:
        if not self._anchors or self._anchors[-1] != (visible, source):
            self._anchors.append((visible, source))
