"""The words a reader sees in Markdown: the text as it reads once rendered.

Block markers (headings, lists, quotes, rules, front matter) and inline syntax (emphasis,
link and image syntax, code backticks, escapes, inline HTML) are dropped; link text and
inline code stay, entities are decoded, fenced code blocks are not prose and are left out
(as Vale does). Lines of one paragraph join with a space, as a renderer joins them.
Every visible character keeps its way back to its source offset.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

from smmlint.read.markup.builder import LINE_BREAK, PARAGRAPH_BREAK, SPACE, Visible, VisibleBuilder
from smmlint.read.markup.html import BLOCKS

_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)?")
_FRONT_MATTER = re.compile(
    r"\A(---|\+\+\+)[ \t]*\r?\n.*?^(?:\1|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.M | re.S
)
_BLANK = re.compile(r"[ \t]*\Z")
_FENCE = re.compile(r" {0,3}(`{3,}|~{3,})")
_THEMATIC_OR_SETEXT = re.compile(r" {0,3}(?:([-*_])(?:[ \t]*\1){2,}|=+|-+)[ \t]*\Z")
# A link label holds no unescaped bracket and at most 999 characters (CommonMark), so a
# label scan stops at the next "[": a pile of "\n[" lines costs one pass, not one per line.
_DEFINITION = re.compile(
    r"^ {0,3}\[([^\[\]]{1,999})\]:[ \t]*(?:<[^<>\n]*>|\S+)"  # [label]: destination
    r"(?:[ \t]+(?:\"[^\"\n]*\"|'[^'\n]*'|\([^()\n]*\)))?[ \t]*$",  # "title"
    re.M,
)
_QUOTE = re.compile(r" {0,3}>[ \t]?")
_HEADING = re.compile(r" {0,3}#{1,6}(?:[ \t]+|\Z)")
# A bullet is drawn, not read, so it is dropped; an ordered list's number stays visible.
_LIST_ITEM = re.compile(r"[ \t]*(?:(?P<bullet>[-+*])|\d{1,9}[.)])(?:[ \t]+(?:\[[ xX]\][ \t]+)?|\Z)")
_TAG_NAME = re.compile(r"</?([A-Za-z][A-Za-z0-9-]*)")
_INDENT = re.compile(r"[ \t]*")
_BACKTICKS = re.compile(r"`+")

_DESTINATION = (
    r"(?:<[^<>\n]*>|(?:[^()\s]|\([^()\s]*\))*)"  # <url> or url with balanced parentheses
    r"(?:\s+(?:\"[^\"]*\"|'[^']*'|\([^()]*\)))?\s*"  # optional "title"
)
_INLINE = re.compile(
    r"(?P<code>`+)"
    r"|(?P<escape>\\[!-/:-@\[-`{-~])"
    r"|(?P<autolink><(?:[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*|[^\s<>@]+@[^\s<>]+)>)"
    r"|(?P<html><!--(?:(?!-->|<!--).)*-->|</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>)"
    r"|(?P<image>!\[[^\[\]]*\]\(" + _DESTINATION + r"\))"
    r"|(?P<link>\[(?P<label>[^\[\]]*)\](?:\((?P<destination>" + _DESTINATION + r")\)"
    r"|\[(?P<reference>[^\[\]]*)\])?)"
    r"|(?P<entity>&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});)"
    r"|(?P<delimiters>\*+|_+|~+)"
    r"|(?P<spaces>[ \t]+)"
)
_PUNCTUATION = frozenset("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")


def markdown_to_visible(source: str) -> Visible:
    """The visible text of a Markdown source, mapped back to ``source``."""
    return _MarkdownReader(source).read()


@dataclass
class _Delimiter:
    """A run of ``*``, ``_`` or ``~`` that may open or close emphasis."""

    char: str
    start: int
    end: int
    can_open: bool
    can_close: bool
    left: int = field(init=False)  # unused characters, counted from the run's inner edges
    used_from_start: int = 0

    def __post_init__(self) -> None:
        self.left = self.end - self.start


@dataclass(frozen=True, order=True)
class _Edit:
    """Source ``start``..``end`` shown as ``text``, or standing for a separator."""

    start: int
    end: int
    text: str = ""
    separator: str = ""


def _closing_backticks(source: str, run: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of the next backtick run exactly as long as ``run``, if any."""
    for match in _BACKTICKS.finditer(source, start, end):
        if len(match.group()) == len(run):
            return match.span()
    return None


def _kind(run: _Delimiter) -> str:
    """Which openers a run pairs with: the same character (strikethrough: the same length)."""
    return run.char + str(run.left) if run.char == "~" else run.char


class _MarkdownReader:
    """Walks a Markdown source line by line and records what is not shown as it is."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.edits: list[_Edit] = []
        self.delimiters: list[_Delimiter] = []
        self.references = {m.group(1).strip().lower() for m in _DEFINITION.finditer(source)}

    def read(self) -> Visible:
        """The visible text; separators are "", LINE_BREAK or PARAGRAPH_BREAK, so ``max``
        picks the stronger one."""
        source = self.source
        front = _FRONT_MATTER.match(source)
        position = front.end() if front else 0
        self.edits.append(_Edit(0, position))
        fence = ""
        separator_from, separator, quote_depth = position, "", 0
        for line in _LINE.finditer(source, position):
            if not line.group():
                break
            start = line.start()
            body = line.group().rstrip("\r\n")
            body_end = start + len(body)
            if fence:
                if body.strip().startswith(fence) and not body.strip().strip(fence[0]):
                    fence = ""
                continue
            opening = _FENCE.match(body)
            if opening:
                fence, separator = opening.group(1), PARAGRAPH_BREAK
                self._end_block()
                continue
            content_start, kind, depth = self._content_start(start, body)
            if kind == "blank" or kind == "rule":
                separator = max(separator, PARAGRAPH_BREAK if kind == "blank" else LINE_BREAK)
                self._end_block()
                continue
            if kind in ("heading", "item") or depth != quote_depth:
                separator = max(separator, LINE_BREAK)
                self._end_block()
            content_end = self._content_end(content_start, body_end, kind)
            self.edits.append(_Edit(separator_from, content_start, separator=separator or SPACE))
            self._inline(content_start, content_end)
            separator_from, quote_depth = content_end, depth
            hard = body.endswith(("  ", "\\"))
            separator = LINE_BREAK if hard or kind == "heading" else ""
            if kind == "heading":
                self._end_block()
        self._end_block()
        self.edits.append(_Edit(separator_from, len(source)))
        return self._build()

    def _content_start(self, start: int, body: str) -> tuple[int, str, int]:
        """Where a line's text starts after its block markers, what kind of line it is and
        how deeply it is quoted."""
        offset, kind, depth = 0, "text", 0
        while quote := _QUOTE.match(body, offset):
            offset, depth = quote.end(), depth + 1
        rest = body[offset:]
        if _BLANK.match(rest):
            return start, "blank", depth
        if _THEMATIC_OR_SETEXT.match(rest) or _DEFINITION.match(rest):
            return start, "rule", depth
        if heading := _HEADING.match(rest):
            offset, kind = offset + heading.end(), "heading"
        elif item := _LIST_ITEM.match(rest):
            text_at = item.end() if item.group("bullet") else _INDENT.match(rest).end()
            offset, kind = offset + text_at, "item"
        else:
            offset += _INDENT.match(rest).end()
        return start + offset, kind, depth

    def _content_end(self, content_start: int, body_end: int, kind: str) -> int:
        """Where a line's text ends: before trailing spaces, a hard-break backslash, or a
        heading's closing ``#`` run."""
        text = self.source[content_start:body_end].rstrip(" \t")
        if kind == "heading":
            unclosed = text.rstrip("#")
            if not unclosed or unclosed[-1] in " \t":
                text = unclosed.rstrip(" \t")
        elif text.endswith("\\"):
            text = text[:-1]
        return content_start + len(text)

    def _inline(self, start: int, end: int) -> None:
        """Record the inline syntax of ``source[start:end]``."""
        source, position = self.source, start
        unclosed_code: set[int] = set()  # backtick run lengths with no closing run left
        while (match := _INLINE.search(source, position, end)) is not None:
            kind, m_start, m_end = match.lastgroup, match.start(), match.end()
            position = m_end
            if kind == "code":
                closing = None
                if len(match.group()) not in unclosed_code:
                    closing = _closing_backticks(source, match.group(), m_end, end)
                if closing is None:
                    unclosed_code.add(len(match.group()))
                else:
                    self.edits += [_Edit(m_start, m_end), _Edit(*closing)]
                    position = closing[1]
            elif kind == "escape":
                self.edits.append(_Edit(m_start, m_start + 1))
            elif kind == "autolink":
                self.edits += [_Edit(m_start, m_start + 1), _Edit(m_end - 1, m_end)]
            elif kind == "html":
                name = _TAG_NAME.match(match.group())
                is_break = name is not None and name.group(1).lower() in {"br", *BLOCKS}
                self.edits.append(_Edit(m_start, m_end, separator=LINE_BREAK if is_break else ""))
            elif kind == "image":
                self.edits.append(_Edit(m_start, m_end))
            elif kind == "link":
                position = self._link(match)
            elif kind == "entity":
                decoded = html.unescape(match.group())
                if decoded != match.group():
                    self.edits.append(_Edit(m_start, m_end, text=decoded))
            elif kind == "delimiters":
                self._delimiter(match.group()[0], m_start, m_end)
            else:  # spaces
                self.edits.append(_Edit(m_start, m_end, separator=SPACE))

    def _link(self, match: re.Match[str]) -> int:
        """Keep a link's text, drop its brackets and destination; literal if it is no link."""
        label_start, label_end = match.span("label")
        reference = match.group("reference")
        key = (reference or match.group("label")).strip().lower()
        if match.group("destination") is None and key not in self.references:
            return match.start() + 1
        self.edits += [_Edit(match.start(), label_start), _Edit(label_end, match.end())]
        self._inline(label_start, label_end)
        return match.end()

    def _delimiter(self, char: str, start: int, end: int) -> None:
        source = self.source
        before = source[start - 1] if start > 0 else " "
        after = source[end] if end < len(source) else " "
        left = not after.isspace() and (
            after not in _PUNCTUATION or before.isspace() or before in _PUNCTUATION
        )
        right = not before.isspace() and (
            before not in _PUNCTUATION or after.isspace() or after in _PUNCTUATION
        )
        if char == "_":
            can_open = left and (not right or before in _PUNCTUATION)
            can_close = right and (not left or after in _PUNCTUATION)
        else:
            can_open, can_close = left, right
        self.delimiters.append(_Delimiter(char, start, end, can_open, can_close))

    def _end_block(self) -> None:
        """Pair emphasis delimiters of the block just read (CommonMark's delimiter stack).

        One stack of openers per kind, so that finding a closer's opener is O(1): a run of
        ``*`` never searches through unmatched ``_`` openers.
        """
        stacks: dict[str, list[_Delimiter]] = {}
        for run in self.delimiters:
            kind = _kind(run)
            while run.can_close and run.left and stacks.get(kind):
                opener = stacks[kind][-1]
                self._pair(opener, run)
                for stack in stacks.values():  # openers inside the pair can no longer close
                    while stack and stack[-1].start > opener.start:
                        stack.pop()
                if not opener.left:
                    stacks[kind].pop()
            if run.can_open and run.left and (run.char != "~" or run.left <= 2):
                stacks.setdefault(_kind(run), []).append(run)
        self.delimiters = []

    def _pair(self, opener: _Delimiter, closer: _Delimiter) -> None:
        used = min(opener.left, closer.left)
        inner = opener.start + opener.used_from_start + opener.left
        self.edits.append(_Edit(inner - used, inner))
        closing_from = closer.start + closer.used_from_start
        self.edits.append(_Edit(closing_from, closing_from + used))
        opener.left -= used
        closer.left -= used
        closer.used_from_start += used

    def _build(self) -> Visible:
        """Copy the source into a ``VisibleBuilder``, applying the edits in order."""
        builder = VisibleBuilder(self.source)
        position = 0
        for edit in sorted(self.edits):
            if edit.end <= position and edit.start < position:
                continue
            builder.copy(position, edit.start)
            start = max(edit.start, position)
            if edit.text:
                builder.replace(start, edit.end, edit.text)
            elif edit.separator:
                builder.separate(edit.separator, start)
            position = max(position, edit.end)
        builder.copy(position, len(self.source))
        return builder.build()
