"""A draft analysed once: words, sentences, entities and emoji, shared by every rule."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Sequence
from itertools import repeat
from operator import itemgetter
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar

import regex

from smmlint.platforms.entities import Entity, extract_entities
from smmlint.read.chars import non_ascii
from smmlint.read.lazy import cached_property
from smmlint.read.offsets import GraphemeBoundaries

if TYPE_CHECKING:
    from smmlint.platforms.profiles import Platform

T = TypeVar("T")
_MISSING: Any = object()  # no analysis computes this

_WORD = regex.compile(r"[\p{L}\p{N}\p{M}]+(?:['’\-][\p{L}\p{N}\p{M}]+)*")
# The same words in a text whose letters, digits and marks are all ASCII, on the standard
# engine (twice as fast on a plain class); ``_WORD_CHAR`` tells such a text.
_ASCII_WORD = re.compile(r"[A-Za-z0-9]+(?:['’\-][A-Za-z0-9]+)*")
_WORD_CHAR = regex.compile(r"[\p{L}\p{N}\p{M}]")
# A sentence ends at terminal punctuation followed by space, or at a line break. The
# lookbehind makes only the first mark of a run try a match, so a pile of 50,000 "!"
# costs one linear scan instead of a quadratic one.
_SENTENCE_BREAK = regex.compile(r"(?<![.!?…‼⁉？！。])[.!?…‼⁉？！。]++[\"'”’)\]]*+(?P<gap>\s+)|\n")
# Dots after an abbreviation ("U.S.", "e.g.", "etc...") end no sentence when the next word
# starts with a small letter: "U.S. security assistance", "hotels etc... but Hamas".
_ABBREVIATION = regex.compile(
    r"(?<![\p{L}.])(?:\p{L}(?:\.\p{L})++|etc|vs|approx|incl|esp|cf)[.…]++$", regex.IGNORECASE
)
_ABBREVIATION_REACH = 16
_EMOJI = regex.compile(
    r"(?:\p{Regional_Indicator}{2}"
    r"|[#*0-9]\uFE0F?\u20E3"
    r"|\p{Extended_Pictographic}[\uFE0E\uFE0F]?\p{Emoji_Modifier}?"
    r"(?:\u200D\p{Extended_Pictographic}[\uFE0E\uFE0F]?\p{Emoji_Modifier}?)*"
    r"[\U000E0020-\U000E007F]*)"
)
_EMOJI_PART = regex.compile(r"[\p{Regional_Indicator}\p{Extended_Pictographic}\u20E3]")


class Token(NamedTuple):
    """A stretch of the draft: ``text[start:end]`` (a tuple: cheap to make by the hundred)."""

    start: int
    end: int
    text: str


_START, _TEXT = itemgetter(0), itemgetter(2)  # a ``Token``'s start and text


class Post:
    """A draft with everything the rules read, each part computed at most once.

    Offsets are code points into ``text``. ``prose`` is ``text`` with URLs blanked out
    (same length), so a phrase or a ``?`` inside a link never counts as words.
    """

    def __init__(self, text: str, platform: Platform, has_media: bool | None = None) -> None:
        self.text = text
        self.platform = platform
        self.has_media = has_media
        self._memo: dict[str, Any] = {}

    def memo(self, key: str, compute: Callable[[Post], T]) -> T:
        """Compute an analysis shared by several rules once per post."""
        memo = self._memo
        value = memo.get(key, _MISSING)
        if value is _MISSING:
            value = memo[key] = compute(self)
        return value

    @cached_property
    def entities(self) -> tuple[Entity, ...]:
        """URLs, hashtags, mentions and cashtags, in text order."""
        return tuple(extract_entities(self.text, self.platform.handles))

    @cached_property
    def urls(self) -> tuple[Entity, ...]:
        return tuple(e for e in self.entities if e.kind == "url")

    @cached_property
    def hashtags(self) -> tuple[Entity, ...]:
        return tuple(e for e in self.entities if e.kind == "hashtag")

    @cached_property
    def mentions(self) -> tuple[Entity, ...]:
        return tuple(e for e in self.entities if e.kind == "mention")

    @cached_property
    def prose(self) -> str:
        """``text`` with every URL replaced by spaces of the same length."""
        if not self.urls:
            return self.text
        parts, last = [], 0
        for url in self.urls:
            parts += [self.text[last : url.start], " " * (url.end - url.start)]
            last = url.end
        parts.append(self.text[last:])
        return "".join(parts)

    @cached_property
    def words(self) -> tuple[Token, ...]:
        """Words of the prose (URLs excluded), with their spans."""
        text = self.text
        ascii_words = text.isascii() or not _WORD_CHAR.search("".join(non_ascii(text)))
        return _tokens(_ASCII_WORD if ascii_words else _WORD, self.prose)

    @cached_property
    def lower_words(self) -> tuple[str, ...]:
        """Each of ``words`` in lower case, lowered in one call: a word holds no space, and a
        space ends a final sigma's context as a word's end does."""
        if not self.words:
            return ()
        return tuple(" ".join(map(_TEXT, self.words)).lower().split(" "))

    @cached_property
    def own_words(self) -> tuple[Token, ...]:
        """Words that are not part of a hashtag, mention or cashtag."""
        tagged = [(e.start, e.end) for e in self.entities if e.kind != "url"]
        if not tagged:
            return self.words
        return tuple(tokens_outside(self.words, tagged))

    @cached_property
    def sentences(self) -> tuple[Token, ...]:
        """Sentences and lines of the prose, trimmed, with their spans."""
        result, start = [], 0
        prose = self.prose
        for brk in _SENTENCE_BREAK.finditer(prose):
            gap_start, gap_end = brk.span("gap")  # (-1, -1) at a line break
            if gap_start < 0:
                _append_trimmed(result, prose, start, brk.start())
            elif not _after_abbreviation(prose, gap_start, gap_end):
                _append_trimmed(result, prose, start, gap_start)
            else:
                continue
            start = brk.end()
        _append_trimmed(result, prose, start, len(prose))
        return tuple(result)

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s.start for s in self.sentences]

    def sentence_at(self, at: int) -> Token | None:
        """The sentence holding offset ``at``, or None between sentences (a bisection)."""
        sentences = self.sentences
        i = bisect_right(self._sentence_starts, at) - 1
        return sentences[i] if i >= 0 and at < sentences[i].end else None

    @cached_property
    def emoji(self) -> tuple[Token, ...]:
        """Emoji, each sequence (ZWJ, flag, keycap, skin tone) as one token."""
        text = self.text
        # Every emoji holds a flag letter, a pictograph or a keycap's U+20E3: most drafts
        # beyond ASCII hold only accents and curly quotes, and their scan is skipped.
        if text.isascii() or not _EMOJI_PART.search("".join(non_ascii(text))):
            return ()
        return _tokens(_EMOJI, text)

    @cached_property
    def platform_length(self) -> int:
        """The length the post's network counts (the metrics and two rules read it)."""
        return self.platform.length(self.text)

    @cached_property
    def trimmed_length(self) -> int:
        """The network's length without trailing whitespace, which is never posted."""
        trimmed = self.text.rstrip()
        if len(trimmed) == len(self.text):
            return self.platform_length
        return self.platform.length(trimmed)

    @cached_property
    def graphemes(self) -> GraphemeBoundaries:
        return GraphemeBoundaries(self.text)


def _tokens(pattern: re.Pattern[str] | regex.Pattern[str], text: str) -> tuple[Token, ...]:
    """Every match of ``pattern`` as a ``Token``, each built in C (``map`` over the matches'
    own methods and ``tuple.__new__``), not by a Python step a match: a sixth faster."""
    found = list(pattern.finditer(text))
    if not found:
        return ()
    match = type(found[0])
    starts, ends = map(match.start, found), map(match.end, found)
    spans = zip(starts, ends, map(match.group, found), strict=True)
    return tuple(map(tuple.__new__, repeat(Token), spans))


def tokens_outside(tokens: Sequence[Token], spans: Iterable[tuple[int, int]]) -> list[Token]:
    """The tokens that start in none of ``spans``; both in text order, spans disjoint.

    A slice of ``tokens`` between each two spans, found by bisection: a draft of 8,000
    mentions and 8,000 words costs 8,000 bisections, not 64 million steps, and a draft of
    two tags among 200 words three slices, not 200 Python steps.
    """
    kept: list[Token] = []
    low = 0
    for start, end in spans:
        stop = bisect_left(tokens, start, low, key=_START)  # the first word starting in it
        kept += tokens[low:stop]
        low = bisect_left(tokens, end, stop, key=_START)
    kept += tokens[low:]
    return kept


def _after_abbreviation(prose: str, dots: int, gap_end: int) -> bool:
    """Whether the break whose dots end at ``dots`` and whose space ends at ``gap_end`` is an
    abbreviation's dots followed by a word in lower case."""
    if gap_end >= len(prose) or not prose[gap_end].islower():
        return False
    return bool(_ABBREVIATION.search(prose, max(0, dots - _ABBREVIATION_REACH), dots))


def _append_trimmed(out: list[Token], text: str, start: int, end: int) -> None:
    piece = text[start:end]
    trimmed = piece.strip()  # ``str.strip`` drops what ``str.isspace`` calls a space
    if trimmed:
        start += len(piece) - len(piece.lstrip())
        out.append(tuple.__new__(Token, (start, start + len(trimmed), trimmed)))
