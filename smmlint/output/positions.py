"""Line and column numbers from code-point offsets, computed in this one place.

Lines break at ``\\r\\n``, ``\\r`` and ``\\n`` (as editors and SARIF count them); lines and
columns start at 1 and columns count code points, so an emoji is one column.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from smmlint.core.model import Finding

_LINE_BREAK = re.compile(r"\r\n|\r|\n")


@dataclass(frozen=True)
class Position:
    """A 1-based line and column."""

    line: int
    column: int


@dataclass(frozen=True)
class Region:
    """Where a finding sits: ``end`` is the position just after its last character."""

    start: Position
    end: Position


class LineIndex:
    """Converts code-point offsets of one text into lines and columns in O(log n) each."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._breaks = [(m.start(), m.end()) for m in _LINE_BREAK.finditer(text)]
        self._starts = [0, *(end for _, end in self._breaks)]

    def position(self, offset: int) -> Position:
        """The line and column of ``offset``."""
        line = bisect_right(self._starts, offset)
        return Position(line, offset - self._starts[line - 1] + 1)

    def region(self, finding: Finding) -> Region:
        """The lines and columns a finding covers. A span that ends with a line break ends on
        the line that break closes, not at the start of the next (a post ending in a newline
        has as many lines as an editor shows)."""
        start, end = self.position(finding.start), self.position(finding.end)
        if end.column == 1 and end.line > start.line:
            closed = end.line - 1
            end = Position(closed, len(self.line(closed)) + 1)
        return Region(start, end)

    def line(self, number: int) -> str:
        """The text of line ``number`` without its line break."""
        start = self._starts[number - 1]
        end = self._breaks[number - 1][0] if number <= len(self._breaks) else len(self.text)
        return self.text[start:end]
