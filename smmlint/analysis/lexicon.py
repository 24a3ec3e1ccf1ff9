"""Phrase lists kept as data (``smmlint/data/*.txt``) and compiled into one fast trie regex.

File format, one phrase per line::

    # a comment
    [urgency]                 a section: the category of the phrases below it
    last chance
    shop {now|today}          braces expand: "shop now", "shop today"
    {buy|order}{|s|ing} now   an empty choice is allowed

Matching ignores case, a space or hyphen in a phrase matches any run of spaces or hyphens
("world class", "world-class"), and an apostrophe matches ' or ’. Phrases match whole words.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property, lru_cache
from importlib import resources
from itertools import product

_BRACES = re.compile(r"\{([^{}]*)\}")
_SEP = "\x00"  # stands for "spaces or hyphens" inside the trie
_SEP_PATTERN = r"[\s\-‐‑]+"
_APOSTROPHE = "\x01"
_APOSTROPHE_PATTERN = r"['’]"


@dataclass(frozen=True)
class Match:
    """A phrase found at ``start``..``end``, with the category it was listed under."""

    start: int
    end: int
    category: str


class Lexicon:
    """A set of categorised phrases matched in one pass over a text."""

    def __init__(self, phrases: Iterable[tuple[str, str]]) -> None:
        self.categories: dict[str, str] = {}
        for category, phrase in phrases:
            for variant in expand(phrase):
                self.categories.setdefault(normalize(variant), category)
        self._source = trie_source(self.categories)

    @cached_property
    def pattern(self) -> re.Pattern[str] | None:
        """The case-insensitive trie, compiled when a text first needs it (see ``finditer``)."""
        return None if self._source is None else re.compile(self._source, re.IGNORECASE)

    @cached_property
    def _lowered_pattern(self) -> re.Pattern[str] | None:
        return _case_sensitive_twin(self._source, self.categories)

    @classmethod
    def from_data(cls, filename: str) -> Lexicon:
        """Load ``smmlint/data/<filename>``."""
        return cls(parse(read_data(filename)))

    def finditer(self, text: str) -> Iterator[Match]:
        """Every listed phrase in ``text``, longest first at each position.

        A text of ASCII or caseless characters (most drafts) is scanned by the twin alone, so
        a process that never sees another compiles only the twins, at about half the cost.
        """
        if self._source is None:
            return
        if self._lowered_pattern is not None and _lowers_like_ignorecase(text):
            matches = self._lowered_pattern.finditer(text.lower())
        else:
            matches = self.pattern.finditer(text)
        for m in matches:
            yield Match(m.start(), m.end(), self.categories.get(normalize(m.group()), ""))


def _case_sensitive_twin(source: str | None, phrases: Iterable[str]) -> re.Pattern[str] | None:
    """The trie without IGNORECASE, to run on a lower-cased text (see ``finditer``).

    The standard engine skips a trie branch on its first character only when that is a
    plain literal, not a case-insensitive one: the twin scans a 280-character draft about
    twice as fast (35 -> 16 us for the sales list; compiling the twins adds about 0.2 s to
    the first lint after import, within its 1.5 s budget). It finds the same spans as long
    as lower-casing is what IGNORECASE does, which holds when every phrase character is
    lower case and IGNORECASE pairs it with no other ASCII character than lowering does,
    and every character of the text is ASCII or caseless (``_lowers_like_ignorecase``).
    ``None``: no twin, the case-insensitive trie is always used.
    """
    if source is None:
        return None
    chars = {char for phrase in phrases for char in phrase}
    # ASCII letters fold only to each other; a non-ASCII phrase character is checked.
    if not all(
        char == char.lower() and (char.isascii() or _ascii_folds_to(char)) for char in chars
    ):
        return None
    return re.compile(source)


def _ascii_folds_to(char: str) -> bool:
    """Whether the ASCII characters IGNORECASE matches to ``char`` are those lowering to it."""
    literal = re.compile(re.escape(char), re.IGNORECASE)
    return all(
        bool(literal.fullmatch(chr(code))) == (chr(code).lower() == char) for code in range(128)
    )


def _lowers_like_ignorecase(text: str) -> bool:
    """Whether ``text.lower()`` is what IGNORECASE compares: only ASCII or caseless characters.

    Caseless characters (emoji, CJK, punctuation, marks) are left alone by both; a cased
    non-ASCII letter may have case variants (the long s, the Kelvin sign, final sigma) that
    IGNORECASE matches and lowering does not produce.
    """
    return text.isascii() or all(
        char.isascii() or char.lower() == char == char.upper() for char in set(text)
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


def parse(text: str) -> Iterator[tuple[str, str]]:
    """``(category, phrase)`` pairs of a phrase file."""
    category = ""
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if line.startswith("[") and line.endswith("]"):
            category = line[1:-1].strip()
        else:
            yield category, line


def expand(phrase: str) -> list[str]:
    """All spellings a phrase with ``{a|b}`` choices stands for."""
    parts = _BRACES.split(phrase)
    choices = [[p] if i % 2 == 0 else p.split("|") for i, p in enumerate(parts)]
    return [" ".join("".join(c).split()) for c in product(*choices) if "".join(c).strip()]


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
