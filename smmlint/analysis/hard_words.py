"""What the reader's words say about how hard a post is: names, which no everyday word
replaces; nominalisations, verbs and adjectives made abstract nouns; and words glued
together by a page's markup, which are not long words at all (read for `hard-to-read`)."""

from __future__ import annotations

import regex

from smmlint.analysis.readability import reader_words
from smmlint.read.post import Post, Token

# Nominalisations ("implementation", "engagement", "awareness", "sustainability") end so;
# whether one is a plain noun ("science", "nation") is its syllables' to say.
_NOMINALISATION = regex.compile(
    r"\p{L}{3,}(?:tion|sion|ment|ness|ity|ance|ence|ism)s?", regex.IGNORECASE
)
# "AccessoriesCar", "OfficeJacketsLawn": words glued together by a page's markup, not words.
_GLUED = regex.compile(r"\p{Ll}\p{Lu}")
# A capitalised word after one of these (or first in the text) may open a sentence; after
# anything else it is a name. Only a few characters before the word are read.
_SENTENCE_OPENING = frozenset('.!?:;"“(\n…')
_NAME_LOOKBACK = 8


def has_nominal_ending(word: str) -> bool:
    """Whether ``word`` ends as a nominalisation does ("-tion", "-ment", "-ness", "-ity"...)."""
    return bool(_NOMINALISATION.fullmatch(word))


def is_glued(word: str) -> bool:
    """Whether ``word`` is words glued by markup: a small letter before a capital inside."""
    return bool(_GLUED.search(word))


def names(post: Post) -> frozenset[Token]:
    """The reader words that are names: capitalised inside a sentence ("Obama",
    "Palestinian"), not at its opening (memoised)."""
    return post.memo("reader names", _names)


def _names(post: Post) -> frozenset[Token]:
    prose = post.prose
    return frozenset(w for w in reader_words(post) if _inside_sentence(prose, w))


def _inside_sentence(prose: str, word: Token) -> bool:
    if not word.text[:1].isupper():
        return False
    before = prose[max(0, word.start - _NAME_LOOKBACK) : word.start].rstrip()
    return bool(before) and before[-1] not in _SENTENCE_OPENING
