"""The hostility reader's shortcut: a draft without the words an attack needs skips the patterns."""

from __future__ import annotations

from smmlint.analysis.hostility import _SETS, _WORD_SECTIONS, _attack_word_ends, attacks
from smmlint.platforms import get_platform
from smmlint.read.post import Post


def test_every_needed_phrase_opens_the_patterns() -> None:
    # The patterns let a space stretch to any run of white space and an apostrophe be
    # curly: every such spelling of every phrase must still reach them.
    for section in _WORD_SECTIONS:
        for phrase in _SETS[section]:
            loose = phrase.replace(" ", " \n\t").replace("'", "’")
            assert _attack_word_ends(f"so {loose}!"), phrase


def test_attacks_are_still_found_and_plain_drafts_skip_the_patterns() -> None:
    hostile = [
        "Thanks @airline for losing my bag again.",
        "You are such a joke! Shame on you.",
        "Pathetic people everywhere.",
    ]
    for text in hostile:
        assert attacks(Post(text, get_platform("x"))), text
    plain = "We ship new features every week. Join us Thursday!"
    assert not _attack_word_ends(plain.lower())
    assert not attacks(Post(plain, get_platform("x")))


def test_only_sentences_holding_a_needed_word_are_read_and_none_is_missed() -> None:
    text = "We ship new features every week.\nYou are such a joke! Join us Thursday."
    found = attacks(Post(text, get_platform("x")))
    assert [(a.kind, text[a.start : a.end]) for a in found] == [("insult", "You are such a joke")]
