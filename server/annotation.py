"""A document as LanguageTool clients send it: plain ``text``, or ``data`` mixing text and markup.

``data`` is ``{"annotation": [{"text": "A "}, {"markup": "<b>"}, {"text": "test"},
{"markup": "</b>", "interpretAs": ""}]}``: smmlint lints the text (markup read as its
``interpretAs``), and offsets point into the whole document, markup included.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import Any

from server.errors import ApiError
from smmlint.platforms import get_platform
from smmlint.read.lazy import cached_property
from smmlint.read.markup import Visible
from smmlint.read.post import Post, Token

_ANNOTATION_KEYS = ({"text"}, {"markup"}, {"markup", "interpretAs"})


class Annotated:
    """The ``source`` a client sent and the ``visible`` text smmlint reads in it."""

    def __init__(self, source: str, visible: Visible) -> None:
        self.source = source
        self.visible = visible

    def to_source(self, start: int, end: int, whole: bool) -> tuple[int, int]:
        """Source offsets of visible ``start``..``end``; the whole source for a post finding."""
        if whole:
            return 0, len(self.source)
        source_start = self.visible.to_source(start)
        # Map the end from its last character, so it never swallows markup that follows.
        source_end = self.visible.to_source(end - 1) + 1 if end > start else source_start
        return source_start, max(source_start, source_end)

    def sentence(self, start: int, whole: bool) -> str:
        """The sentence (of the visible text) a finding starts in; all of it for a post finding.

        It is the text as the user wrote it, links included.
        """
        text = self.visible.text
        if whole:
            return text.strip()
        sentences = self._sentences
        i = bisect_right(self._sentence_starts, start) - 1
        if i >= 0 and start < sentences[i].end:
            return text[sentences[i].start : sentences[i].end]
        following = sentences[i + 1] if i + 1 < len(sentences) else None
        return text[following.start : following.end] if following else ""

    @cached_property
    def _sentence_starts(self) -> list[int]:
        """Where each sentence starts, for a binary search per finding."""
        return [s.start for s in self._sentences]

    @cached_property
    def _sentences(self) -> tuple[Token, ...]:
        """Sentence spans of the visible text, links counted as words.

        The library finds sentences in its prose, where links are blanked out, so a link at
        the end of a sentence would be trimmed off it. Here each link is a run of letters
        of the same length instead: it breaks no sentence and stays inside its own.
        """
        generic = get_platform("generic")
        text = self.visible.text
        masked, last = [], 0
        for url in Post(text, generic).urls:
            masked += [text[last : url.start], "x" * (url.end - url.start)]
            last = url.end
        masked.append(text[last:])
        return Post("".join(masked), generic).sentences


def from_plain_text(text: str) -> Annotated:
    """A document without markup."""
    return Annotated(text, Visible(text, len(text)))


def from_annotation(data: Any) -> Annotated:
    """A document from LanguageTool's ``data`` JSON; 400 if it has another shape."""
    items = data.get("annotation") if isinstance(data, dict) else None
    if not isinstance(items, list) or set(data) != {"annotation"}:
        _bad("'data' must be an object with one key, 'annotation', holding a list.")
    source, visible, anchors = [], [], []
    source_at = visible_at = 0
    for index, item in enumerate(items):
        if not isinstance(item, dict) or set(item) not in _ANNOTATION_KEYS:
            _bad(f"'data' annotation[{index}] must hold 'text', or 'markup' and 'interpretAs'.")
        if not all(isinstance(value, str) for value in item.values()):
            _bad(f"'data' annotation[{index}] must hold strings.")
        raw = item.get("text", item.get("markup", ""))
        seen = item["text"] if "text" in item else item.get("interpretAs", "")
        if seen:
            anchors.append((visible_at, source_at))
            visible.append(seen)
        source.append(raw)
        source_at += len(raw)
        visible_at += len(seen)
    text = "".join(source)
    return Annotated(text, Visible("".join(visible), len(text), tuple(anchors)))


def _bad(message: str) -> None:
    raise ApiError(400, "invalid_data", message)
