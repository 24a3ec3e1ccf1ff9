"""Turning a source (plain text, Markdown or HTML) into the words a reader sees.

Every offset into the visible text maps back to an offset into the source, so a finding
on the visible words underlines the right characters of the source.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

MARKUPS = ("text", "markdown", "html")


@dataclass(frozen=True)
class Visible:
    """The visible text of a source and the way back to the source's offsets.

    ``anchors`` holds ``(visible_offset, source_offset)`` pairs where a run of characters
    copied unchanged from the source starts; between anchors offsets advance together.
    """

    text: str
    source_length: int
    anchors: tuple[tuple[int, int], ...] = ()

    def to_source(self, offset: int) -> int:
        """The source offset of visible offset ``offset``."""
        if not self.anchors:
            return offset
        i = bisect_right(self.anchors, (offset, self.source_length + 1)) - 1
        if i < 0:
            return offset
        visible, source = self.anchors[i]
        return min(source + offset - visible, self.source_length)


def visible_text(source: str, markup: str = "text") -> Visible:
    """The words a reader sees in ``source``; ``ValueError`` for an unknown markup."""
    if markup == "text":
        return Visible(source, len(source))
    if markup == "html":
        from smmlint.markup_html import html_to_visible

        return html_to_visible(source)
    if markup == "markdown":
        from smmlint.markup_markdown import markdown_to_visible

        return markdown_to_visible(source)
    raise ValueError(f"unknown markup {markup!r}; valid: {', '.join(MARKUPS)}")
