"""Title Case: most of the longer words capitalised, as in a page title or a label."""

from __future__ import annotations

from collections.abc import Sequence

# At least this share of the longer words capitalised, and at least this many.
_TITLE_CASE_SHARE = 0.8
TITLE_CASE_MIN_WORDS = 3
_TITLE_WORD_LENGTH = 4  # "of", "on", "the", "and" stay lower case in titles


def is_title_case(words: Sequence[str]) -> bool:
    """Whether most of the longer words are capitalised, as in a title or a label."""
    long_words = [w for w in words if len(w) >= _TITLE_WORD_LENGTH and w[0].isalpha()]
    if len(long_words) < TITLE_CASE_MIN_WORDS or all(w.isupper() for w in long_words):
        return False
    capitalised = sum(1 for w in long_words if w[0].isupper())
    return capitalised >= _TITLE_CASE_SHARE * len(long_words)
