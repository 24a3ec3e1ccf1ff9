"""Turning a source (plain text, Markdown or HTML) into the words a reader sees.

``builder`` holds ``Visible`` and ``VisibleBuilder``; the readers ``html`` and ``markdown``
build on it and are imported only when a draft in their markup arrives.
"""

from __future__ import annotations

from smmlint.read.markup.builder import Visible

MARKUPS = ("text", "markdown", "html")


def visible_text(source: str, markup: str = "text") -> Visible:
    """The words a reader sees in ``source``; ``ValueError`` for an unknown markup."""
    if markup == "text":
        return Visible(source, len(source))
    if markup == "html":
        from smmlint.read.markup.html import html_to_visible

        return html_to_visible(source)
    if markup == "markdown":
        from smmlint.read.markup.markdown import markdown_to_visible

        return markdown_to_visible(source)
    raise ValueError(f"unknown markup {markup!r}; valid: {', '.join(MARKUPS)}")
