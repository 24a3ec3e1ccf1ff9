"""Readability from textstat's syllable counts and the Flesch formulas."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from operator import itemgetter

import regex

from smmlint.analysis.borrowed import authors_words
from smmlint.analysis.lexicon import word_list
from smmlint.analysis.syllables import count_syllables, in_dictionary
from smmlint.read.post import Post, Token

# Below this many words the Flesch formulas swing wildly with one long word: a reading
# ease is still computed but flagged as unreliable (Flesch designed them for 100-word samples;
# 20 words is the smallest sample where two sentences give a stable words-per-sentence).
MIN_RELIABLE_WORDS = 20
# The longest word in major English dictionaries has 45 letters. Longer "words" are not in
# the CMU dictionary, and hyphenating them costs far more per letter than counting vowel
# groups, which is what their syllable count comes down to anyway.
MAX_WORD_LETTERS = 45
_VOWEL_GROUPS = regex.compile(r"[aeiouy]++")
# Below this share of Latin-script words a post is not English (Cyrillic, CJK, Arabic...).
LATIN_SHARE = 0.8
_LATIN_WORD = regex.compile(r"[\p{Latin}\p{M}\p{N}'’\-]++")
_FUNCTION_WORDS = word_list("function_words.txt")
_START, _TEXT = itemgetter(0), itemgetter(2)  # a Token's start and text
# "Ursula K. Le Guin", "George R. R. Martin": a middle initial after a capitalised name ends
# no sentence when a surname follows (a capitalised word that is not an English function
# word: "Plan B. Then we go" stays two sentences). Only readability reads sentences joined
# so: the words-per-sentence of the formula and the marked span; other rules keep the
# post's own sentences.
_MIDDLE_INITIAL = regex.compile(r"(?<![\p{L}\p{N}.'’])\p{Lu}[\p{Ll}'’-]++(?:[ \t]++\p{Lu}\.)++$")
_INITIAL_REACH = 64  # the name and initials before a break, read from its end
_INITIAL_BREAK = regex.compile(r"\s\p{Lu}\.\s")
_SURNAME_START = regex.compile(r"\p{Lu}(?:\.|[\p{L}'’-]*+)")


@dataclass(frozen=True)
class Readability:
    """Flesch reading ease and Flesch-Kincaid grade of the post's own words."""

    words: int
    sentences: int
    syllables: int
    reading_ease: float
    grade: float
    reliable: bool

    def to_dict(self) -> dict[str, float | int | bool]:
        return {
            "words": self.words,
            "sentences": self.sentences,
            "syllables": self.syllables,
            "flesch_reading_ease": self.reading_ease,
            "flesch_kincaid_grade": self.grade,
            "reliable": self.reliable,
        }


@lru_cache(maxsize=65_536)
def syllables(word: str) -> int:
    """Syllables in one word, from textstat (CMU dictionary, then hyphenation)."""
    if len(word) > MAX_WORD_LETTERS:
        return max(1, len(_VOWEL_GROUPS.findall(word)))
    return max(1, count_syllables(word))


def is_dictionary_word(word: str) -> bool:
    """Whether ``word`` (any case) is in the CMU pronouncing dictionary textstat counts with.

    The dictionary is the one textstat loads for syllables, so it costs nothing extra.
    """
    return in_dictionary(word.lower().replace("’", "'"))


def measure_readability(post: Post) -> Readability:
    """Readability of the words a reader reads (no links, tags or mentions)."""
    return post.memo("readability", _measure)


def reading_ease(words: int, sentences: int, syllable_count: int) -> float:
    """Flesch reading ease: 100 is easy, below 50 is college level, below 30 very hard."""
    return round(206.835 - 1.015 * words / sentences - 84.6 * syllable_count / words, 1)


def grade_level(words: int, sentences: int, syllable_count: int) -> float:
    """Flesch-Kincaid grade: the US school year that reads the text comfortably."""
    return round(0.39 * words / sentences + 11.8 * syllable_count / words - 15.59, 1)


def reader_words(post: Post) -> tuple[Token, ...]:
    """The author's words a reader reads: no links, tags, mentions, retweeted or quoted text,
    and at least one letter (memoised)."""
    return post.memo("reader-words", _reader_words)


def _reader_words(post: Post) -> tuple[Token, ...]:
    return tuple(w for w in authors_words(post) if _has_letter(w.text))


def _has_letter(text: str) -> bool:
    # ``isalpha`` settles most words in one C call; only "don't", "3rd" or "42" are walked.
    return text.isalpha() or any(c.isalpha() for c in text)


def looks_english(words: Sequence[str]) -> bool:
    """Whether the Flesch formulas, calibrated on English, can judge these words.

    Most words must be in Latin script, and function words of other languages (German,
    French, Spanish, Italian, Dutch, Portuguese) must not outnumber English ones. Jargon
    without function words passes: it is what the formulas are for.
    """
    if not words:
        return False
    lowered = list(map(str.lower, words))
    latin = sum(map(_is_latin, lowered))
    if latin < LATIN_SHARE * len(lowered):
        return False
    english = sum(map(_FUNCTION_WORDS["english"].__contains__, lowered))
    other = sum(map(_FUNCTION_WORDS["other languages"].__contains__, lowered))
    return other < 2 or other <= english


def _is_latin(word: str) -> bool:
    # ASCII letters are Latin script and ASCII digits numbers: most words need no regex.
    return (word.isascii() and word.isalnum()) or bool(_LATIN_WORD.fullmatch(word))


@dataclass(frozen=True)
class SentenceCount:
    """One sentence's reader words and syllables."""

    sentence: Token
    words: int
    syllables: int


def sentence_counts(post: Post) -> list[SentenceCount]:
    """Words and syllables of each sentence that has reader words."""
    return post.memo("sentence-counts", _sentence_counts)


def _measure(post: Post) -> Readability:
    counts = sentence_counts(post)  # every reader word stands in one sentence
    n_words = sum(c.words for c in counts)
    n_sentences = max(1, len(counts))
    n_syllables = sum(c.syllables for c in counts)
    if n_words == 0:
        return Readability(0, 0, 0, 0.0, 0.0, reliable=False)
    return Readability(
        words=n_words,
        sentences=n_sentences,
        syllables=n_syllables,
        reading_ease=reading_ease(n_words, n_sentences, n_syllables),
        grade=grade_level(n_words, n_sentences, n_syllables),
        reliable=n_words >= MIN_RELIABLE_WORDS,
    )


def reading_sentences(post: Post) -> tuple[Token, ...]:
    """The post's sentences as a reader reads them: joined across a middle initial (memoised)."""
    return post.memo("reading-sentences", _reading_sentences)


def _reading_sentences(post: Post) -> tuple[Token, ...]:
    sentences, prose = post.sentences, post.prose
    if len(sentences) < 2 or not _INITIAL_BREAK.search(prose):
        return sentences  # one scan in C: most posts hold no "K. " at all
    spans: list[list[int]] = []  # texts are cut once at the end: a chain of joins stays linear
    for sentence in sentences:
        if spans and _runs_on(prose, *spans[-1], sentence):
            spans[-1][1] = sentence.end
            continue
        spans.append([sentence.start, sentence.end])
    if len(spans) == len(sentences):
        return sentences
    return tuple(Token(start, end, prose[start:end]) for start, end in spans)


def _runs_on(prose: str, start: int, end: int, after: Token) -> bool:
    """Whether ``prose[start:end]`` ends at a middle initial whose surname opens ``after``
    on the same line."""
    # "K." after a space: most sentences end otherwise and are settled without a slice.
    if end - start < 3 or prose[end - 1] != ".":
        return False
    if not prose[end - 2].isupper() or not prose[end - 3].isspace():
        return False
    if "\n" in prose[end : after.start]:
        return False  # a line break ends it whatever stands before
    if not _MIDDLE_INITIAL.search(prose, max(start, end - _INITIAL_REACH), end):
        return False
    surname = _SURNAME_START.match(after.text)
    return bool(surname) and surname.group().lower() not in _FUNCTION_WORDS["english"]


def _sentence_counts(post: Post) -> list[SentenceCount]:
    words, first, counted = reader_words(post), 0, []
    starts = list(map(_START, words))
    for sentence in reading_sentences(post):
        first = bisect_left(starts, sentence.start, first)
        last = bisect_left(starts, sentence.end, first)
        if last > first:  # the words' syllables summed in C, no Python step a word
            count = sum(map(syllables, map(str.lower, map(_TEXT, words[first:last]))))
            counted.append(SentenceCount(sentence, last - first, count))
        first = last
    return counted
