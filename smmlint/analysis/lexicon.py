"""Phrase lists kept as data (``smmlint/data/*.txt``) and compiled into one fast trie regex.

File format, one phrase per line::

    # a comment
    [urgency]                 a section: the category of the phrases below it
    last chance
    shop {now|today}          braces expand: "shop now", "shop today"
    {buy|order}{|s|ing} now   an empty choice is allowed
    the {#1|no. 1} choice  # a comment   "#" touching a word is text
    like & share              a joiner between spaces: "like & share", "like&share"

Matching ignores case, a space or hyphen in a phrase matches any run of spaces or hyphens
("world class", "world-class"), a joiner sign ("&", "+", "/") standing between spaces in a
phrase matches with or without them ("like & share", "like&share": a joined pair is written
tight as often as spaced), and an apostrophe matches ' or ’. Phrases match whole words,
leftmost-longest: at each position the longest phrase that ends a word wins.

A draft whose lowering pairs each character with the phrase characters ``IGNORECASE`` pairs it
with (ASCII, caseless characters, and accented or non-Latin letters: nearly every draft) is
scanned by an Aho-Corasick automaton (``pyahocorasick``) over its lowered, normalised text;
any other (a long s, a dotted capital I) by the compiled trie regex, which does what
Python's ``IGNORECASE`` does. Both find the same spans.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property, lru_cache
from importlib import resources
from itertools import product
from typing import Any, TypeVar

from smmlint.read.chars import non_ascii

_Value = TypeVar("_Value")

_BRACES = re.compile(r"\{([^{}]*)\}")
# A joiner sign standing between two words of a phrase: "like & share", "terms & conditions".
_JOINER = re.compile(r"(?<=\w) ([&+/]) (?=\w)")
_SEP = "\x00"  # stands for "spaces or hyphens" inside the trie
_SEP_PATTERN = r"[\s\-‐‑]+"
_APOSTROPHE = "\x01"
_APOSTROPHE_PATTERN = r"['’]"
# What ``[\s\-‐‑]`` matches (``str.isspace`` is the standard engine's ``\s``) and the
# apostrophes: the automaton's text has one space for each and a plain apostrophe.
SEPARATORS = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004"
    "\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000-‐‑"
)
# Separators as spaces in a text beyond ASCII: one regex pass (the space stands for itself)
# and a replace for the apostrophe, several times faster than ``str.translate``'s lookup of
# every character.
_SEPARATOR = re.compile("[" + re.escape(SEPARATORS.replace(" ", "")) + "]")
# The same in an ASCII text (no ’ there): ``bytes.translate`` indexes a table, six times
# faster again.
_ASCII_FOLD = bytes.maketrans(
    "".join(c for c in SEPARATORS if c.isascii()).encode(),
    b" " * sum(c.isascii() for c in SEPARATORS),
)
_SPACES = re.compile(" +")
# The letters IGNORECASE pairs with an ASCII one that lowering keeps apart ("İ" even lowers
# to two characters): the automaton's text has that ASCII letter for them.
_ASCII_FOLDS = str.maketrans({"İ": "i", "ı": "i", "ſ": "s"})


@dataclass(frozen=True)
class Match:
    """A phrase found at ``start``..``end``, with the category it was listed under."""

    start: int
    end: int
    category: str


class Lexicon:
    """A set of categorised phrases matched in one pass over a text.

    The package's own phrase lists (``shared=True``: ``from_data``, ``section_lexicon``)
    are read together: the first of them to scan a text scans it for all of them at once
    (``_shared_scan``), and the others read their matches from that one pass.
    """

    def __init__(self, phrases: Iterable[tuple[str, str]], *, shared: bool = False) -> None:
        self.categories: dict[str, str] = {}
        for category, phrase in phrases:
            for variant in expand(phrase):
                self.categories.setdefault(normalize(variant), category)
        self._source = trie_source(self.categories)
        self._shared_index = len(_SHARED) if shared else None
        if shared:
            _SHARED.append(self)

    @cached_property
    def pattern(self) -> re.Pattern[str] | None:
        """The case-insensitive trie, compiled when a text first needs it (see ``finditer``)."""
        return None if self._source is None else re.compile(self._source, re.IGNORECASE)

    @classmethod
    def from_data(cls, filename: str) -> Lexicon:
        """Load ``smmlint/data/<filename>`` (read in the shared pass)."""
        return cls(parse(read_data(filename)), shared=True)

    @cached_property
    def _automaton(self) -> Any:
        """The phrases as an Aho-Corasick automaton; ``None`` where lowering is no IGNORECASE."""
        if self._source is None or not _folds_like_lowering(self.categories):
            return None
        return phrase_automaton(
            (phrase, (len(phrase), category)) for phrase, category in self.categories.items()
        )

    @cached_property
    def _alphabet(self) -> frozenset[str]:
        return frozenset(char for phrase in self.categories for char in phrase)

    @cached_property
    def _alike(self) -> set[str]:
        """Non-ASCII characters already found to lower alike for this list (see below)."""
        return set()

    def _lowers_alike(self, text: str) -> bool:
        """Whether the lowered ``text`` holds every match ``IGNORECASE`` finds in ``text``.

        A draft is read by about ten lists: its non-ASCII characters are collected once, and
        each list checks only the characters it has not met before.
        """
        if text.isascii():
            return True
        chars, known = non_ascii(text), self._alike
        if chars <= known:
            return True
        for char in chars - known:
            if not _lowers_alike(char, self._alphabet):
                return False
            if len(known) < _MAX_KNOWN_CHARS:
                known.add(char)
        return True

    def finditer(self, text: str) -> Iterator[Match]:
        """Every listed phrase in ``text``, longest first at each position.

        A text whose lowering pairs letters as IGNORECASE does (nearly every draft) is
        scanned by the automaton on its lowered text; any other by the case-insensitive trie.
        """
        if self._source is None:
            return
        if self._automaton is not None and self._lowers_alike(text):
            if self._shared_index is None:
                hits = _word_matches(self._automaton.iter(_folded(text)[0]), text)
                found = list(leftmost_longest(hits))
            else:
                found = _shared_scan(text, len(_SHARED))[self._shared_index]
            for start, end, category in found:
                yield Match(start, end, category)
            return
        for m in self.pattern.finditer(text):
            yield Match(m.start(), m.end(), self.categories.get(normalize(m.group()), ""))


def _word_matches(
    hits: Iterable[tuple[int, tuple[int, _Value]]], text: str
) -> list[tuple[int, int, _Value]]:
    """The automaton's ``(last, (length, value))`` hits in ``_folded(text)`` that stand as
    whole words in ``text``, as ``(start, end, value)`` in ``text``'s offsets."""
    to_text = _folded(text)[1]
    found = []
    for last, (length, value) in hits:
        start, end = to_text(last + 1 - length), to_text(last) + 1
        if (start == 0 or not _joins_start(text[start - 1])) and (
            end == len(text) or not _is_word(text[end])
        ):
            found.append((start, end, value))
    return found


_SHARED: list[Lexicon] = []  # the phrase lists read in one pass, in the order they were made


@lru_cache(maxsize=1)
def _shared_automaton(members: int) -> Any:
    """One automaton of the first ``members`` shared lists: each phrase's value lists every
    list that has it, with its category there."""
    owners: dict[str, list[tuple[int, str]]] = {}
    for index, lexicon in enumerate(_SHARED[:members]):
        if lexicon._automaton is not None:
            for phrase, category in lexicon.categories.items():
                owners.setdefault(phrase, []).append((index, category))
    return phrase_automaton((phrase, (len(phrase), tuple(o))) for phrase, o in owners.items())


@lru_cache(maxsize=8)
def _shared_scan(text: str, members: int) -> list[list[tuple[int, int, str]]]:
    """Every shared list's leftmost-longest whole-word matches in ``text`` (by list), from one
    pass.

    ``members`` (how many lists are shared) keys the memo, so a list made later is scanned
    too. Each list takes its leftmost-longest matches, as its own automaton would, once for
    every caller that asks for the same text.
    """
    found: list[list[tuple[int, int, str]]] = [[] for _ in range(members)]
    hits = _shared_automaton(members).iter(_folded(text)[0])
    for start, end, owners in _word_matches(hits, text):
        for index, category in owners:
            found[index].append((start, end, category))
    return [list(leftmost_longest(matches)) if matches else matches for matches in found]


def folded_text(text: str) -> str:
    """``text`` as the automata read it: lowered (a long s as "s", a Kelvin sign as "k"),
    separators as one space (cached, so the shared pass and its readers fold a draft once).

    A run of letters that ``IGNORECASE`` matches to an ASCII word in ``text`` stands as that
    word, lower case, in the folded text: a word absent from it is absent from ``text``."""
    return _folded(text)[0]


def phrase_automaton(entries: Iterable[tuple[str, Any]]) -> Any:
    """An Aho-Corasick automaton (``pyahocorasick``) of ``(key, value)`` entries: one pass in
    C over a text finds every key, wherever it stands (``automaton.iter``)."""
    import ahocorasick

    automaton = ahocorasick.Automaton()
    for key, value in entries:
        automaton.add_word(key, value)
    automaton.make_automaton()
    return automaton


def leftmost_longest(
    found: Iterable[tuple[int, int, _Value]],
) -> Iterator[tuple[int, int, _Value]]:
    """Of the spans ``(start, end, value)``, those a left-to-right scan takes: the longest at
    each start, none overlapping one taken before it."""
    reach = 0
    for start, minus_end, value in sorted((start, -end, value) for start, end, value in found):
        if start >= reach:
            reach = -minus_end
            yield start, reach, value


def _is_word(char: str) -> bool:
    return char.isalnum() or char == "_"  # the standard engine's ``\\w``


def _joins_start(char: str) -> bool:
    return _is_word(char) or char in "'’"


@lru_cache(maxsize=32)
def _folded(text: str) -> tuple[str, Callable[[int], int]]:
    """``text`` lowered, separators as spaces, runs of them as one, and the way back.

    Each character lowers to one (see ``_ASCII_FOLDS``), so lowering keeps every offset and
    only the collapsed runs shift them.
    """
    if text.isascii():
        folded = text.lower().encode().translate(_ASCII_FOLD).decode()
    else:
        if "İ" in text or "ı" in text or "ſ" in text:
            text = text.translate(_ASCII_FOLDS)
        folded = _SEPARATOR.sub(" ", text.lower()).replace("’", "'")
    at = folded.find("  ")
    if at < 0:
        return folded, _same
    # Each run of spaces as one: ``str.find`` to its start and one match to its end, a few
    # calls in C a run where a scan for runs would step through every character.
    starts: list[int] = []  # where each collapsed run's one space stands in the folded text
    shifts = [0]  # the spaces dropped before and up to each run
    parts, last = [], 0
    while at >= 0:
        end = _SPACES.match(folded, at).end()
        parts.append(folded[last : at + 1])
        starts.append(at - shifts[-1])
        shifts.append(shifts[-1] + end - at - 1)
        last = end
        at = folded.find("  ", end)
    parts.append(folded[last:])

    def to_text(offset: int) -> int:
        return offset + shifts[bisect_left(starts, offset)]

    return "".join(parts), to_text


_MAX_KNOWN_CHARS = 65_536  # the non-ASCII characters a list remembers as checked


def _same(offset: int) -> int:
    return offset


def _folds_like_lowering(phrases: Iterable[str]) -> bool:
    """Whether a lowered text holds every match ``IGNORECASE`` finds for ``phrases``.

    It does when every phrase character is lower case and ``IGNORECASE`` pairs it with no
    other ASCII character than lowering does, and the text is ASCII or caseless
    (``Lexicon._lowers_alike``). Otherwise the case-insensitive trie scans the text.
    """
    chars = {char for phrase in phrases for char in phrase}
    # ASCII letters fold only to each other; a non-ASCII phrase character is checked.
    return all(char == char.lower() and (char.isascii() or _ascii_folds_to(char)) for char in chars)


def _ascii_folds_to(char: str) -> bool:
    """Whether the ASCII characters IGNORECASE matches to ``char`` are those lowering to it."""
    literal = re.compile(re.escape(char), re.IGNORECASE)
    return all(
        bool(literal.fullmatch(chr(code))) == (chr(code).lower() == char) for code in range(128)
    )


@lru_cache(maxsize=4_096)
def _lowers_alike(char: str, alphabet: frozenset[str]) -> bool:
    """Whether the automaton's text pairs the non-ASCII ``char`` with the same phrase
    characters (of ``alphabet``) as ``IGNORECASE`` does.

    Caseless characters (emoji, CJK, punctuation, marks) are left alone by both, and cased
    ones ("É", "Ω", "Ж", the Kelvin sign) match exactly the letter they lower to, or the
    ASCII one ``_ASCII_FOLDS`` gives them. Only a phrase list with unusual letters of its
    own can meet a character for which this fails.
    """
    folded = char.translate(_ASCII_FOLDS).lower()
    if folded == char == char.upper():
        return True
    return len(folded) == 1 and all(
        bool(re.fullmatch(re.escape(p), char, re.IGNORECASE)) == (folded == p) for p in alphabet
    )


def read_data(filename: str) -> str:
    """The text of ``smmlint/data/<filename>``."""
    return resources.files("smmlint.data").joinpath(filename).read_text(encoding="utf-8")


def word_list(filename: str) -> dict[str, frozenset[str]]:
    """Every spelling listed in a data file, by category, exactly as written (case kept)."""
    found: dict[str, set[str]] = {}
    for category, phrase in parse(read_data(filename)):
        found.setdefault(category, set()).update(expand(phrase))
    return {category: frozenset(words) for category, words in found.items()}


# A comment after a phrase: "#" between spaces, or a space and the line's end.
_TRAILING_COMMENT = re.compile(r"\s#(?=\s|$)")


def parse(text: str) -> Iterator[tuple[str, str]]:
    """``(category, phrase)`` pairs of a phrase file."""
    category = ""
    for raw in text.splitlines():
        line = _TRAILING_COMMENT.split(raw, 1)[0].strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            category = line[1:-1].strip()
        else:
            yield category, line


def expand(phrase: str) -> list[str]:
    """All spellings a phrase with ``{a|b}`` choices stands for, each joiner between spaces
    also written tight ("like & share", "like&share")."""
    parts = _BRACES.split(phrase)
    choices = [[p] if i % 2 == 0 else p.split("|") for i, p in enumerate(parts)]
    spellings = [" ".join("".join(c).split()) for c in product(*choices) if "".join(c).strip()]
    return spellings + [_JOINER.sub(r"\1", s) for s in spellings if _JOINER.search(s)]


def normalize(phrase: str) -> str:
    """The key a phrase or a matched text is looked up by."""
    text = phrase.lower().replace("’", "'")
    return " ".join(re.split(r"[\s\-‐‑]+", text)).strip()


@lru_cache(maxsize=256)
def compile_phrases(phrases: tuple[str, ...]) -> re.Pattern[str] | None:
    """A whole-word, case-insensitive pattern for user-supplied phrases (cached)."""
    return compile_trie({normalize(v): "" for p in phrases for v in expand(p)})


def compile_trie(phrases: Iterable[str]) -> re.Pattern[str] | None:
    """One regex for many phrases, as a trie so each position is tried once per branch."""
    source = trie_source(phrases)
    # The standard library's engine, not ``regex``: it dispatches a trie's alternatives on
    # their first character, which makes a 50,000-character pump 10-20x faster to scan.
    return None if source is None else re.compile(source, re.IGNORECASE)


def trie_source(phrases: Iterable[str]) -> str | None:
    """The whole-word trie pattern for ``phrases`` (``None`` for none), to compile as needed."""
    trie: dict[str, dict] = {}
    for phrase in phrases:
        if not phrase:
            continue
        node = trie
        for char in phrase.replace(" ", _SEP).replace("'", _APOSTROPHE):
            node = node.setdefault(char, {})
        node[""] = {}
    if not trie:
        return None
    return rf"(?<![\w'’]){_trie_pattern(trie)}(?![\w])"


def _trie_pattern(node: dict[str, dict]) -> str:
    ends_here = "" in node
    branches = [_atom(char) + _trie_pattern(child) for char, child in node.items() if char]
    # Longest first: "buy now" is tried before "buy".
    branches.sort(key=len, reverse=True)
    if not branches:
        return ""
    if len(branches) == 1 and not ends_here:
        return branches[0]
    body = "(?:" + "|".join(branches) + ")"
    return body + "?" if ends_here else body


def _atom(char: str) -> str:
    if char == _SEP:
        return _SEP_PATTERN
    if char == _APOSTROPHE:
        return _APOSTROPHE_PATTERN
    return re.escape(char)
