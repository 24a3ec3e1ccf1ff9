"""Readability from textstat's syllable counts and the Flesch formulas."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import textstat

from smmlint.post import Post

# Below this many words the Flesch formulas swing wildly with one long word: a reading
# ease is still computed but flagged as unreliable (Flesch designed them for 100-word samples;
# 20 words is the smallest sample where two sentences give a stable words-per-sentence).
MIN_RELIABLE_WORDS = 20


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
    return max(1, textstat.syllable_count(word))


def measure_readability(post: Post) -> Readability:
    """Readability of the words a reader reads (no links, tags or mentions)."""
    return post.memo("readability", _measure)


def _measure(post: Post) -> Readability:
    words = [w.text for w in post.own_words if any(c.isalpha() for c in w.text)]
    n_words = len(words)
    n_sentences = max(1, sum(1 for s in post.sentences if any(c.isalpha() for c in s.text)))
    n_syllables = sum(syllables(w.lower()) for w in words)
    if n_words == 0:
        return Readability(0, 0, 0, 0.0, 0.0, reliable=False)
    per_sentence = n_words / n_sentences
    per_word = n_syllables / n_words
    return Readability(
        words=n_words,
        sentences=n_sentences,
        syllables=n_syllables,
        reading_ease=round(206.835 - 1.015 * per_sentence - 84.6 * per_word, 1),
        grade=round(0.39 * per_sentence + 11.8 * per_word - 15.59, 1),
        reliable=n_words >= MIN_RELIABLE_WORDS,
    )
