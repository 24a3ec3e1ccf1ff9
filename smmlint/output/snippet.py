"""A post's line as a terminal shows it, with ``^^^`` under a stretch of it.

Wide characters (CJK, most emoji) take two terminal cells, so markers are placed by
display width, not by code points; control and bidirectional-override characters are
shown as ``\ufffd`` so that a draft can never reorder or corrupt the terminal.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

import regex

TAB_WIDTH = 4
_GRAPHEME = regex.compile(r"\X", regex.DOTALL)
_UNSAFE = regex.compile(r"[\p{Cc}\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]")


def underline(line: str, spans: Iterable[tuple[int, int]]) -> tuple[str, str]:
    """``line`` made safe to print, and a line with ``^`` under each of ``spans``.

    ``spans`` are code-point offsets into ``line``; an empty span still gets one ``^`` so
    that it can be seen. The marker line has no trailing spaces (it is empty if no span).
    """
    spans = list(spans)
    shown, markers = [], []
    for cluster in _GRAPHEME.finditer(line):
        text, width = _display(cluster.group())
        at = cluster.start()
        inside = any(s <= at < e or s == e == at for s, e in spans)
        shown.append(text)
        markers.append(("^" if inside else " ") * width)
    if any(s >= len(line) for s, _ in spans):  # a span at the very end of the line
        markers.append("^")
    return "".join(shown), "".join(markers).rstrip()


def _display(cluster: str) -> tuple[str, int]:
    """How a grapheme cluster is printed and how many cells it takes."""
    if cluster == "\t":
        return " " * TAB_WIDTH, TAB_WIDTH
    if _UNSAFE.search(cluster):
        return "\ufffd", 1
    first = cluster[0]
    if unicodedata.east_asian_width(first) in "WF" or "\ufe0f" in cluster:
        return cluster, 2
    if "\U0001f1e6" <= first <= "\U0001f1ff":  # a flag (regional indicator pair)
        return cluster, 2
    if unicodedata.category(first) in ("Mn", "Me", "Cf"):  # nothing to draw on its own
        return cluster, 0
    return cluster, 1
