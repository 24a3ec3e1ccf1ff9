"""The hostility reader's shortcut: a draft without the words an attack needs skips the patterns."""

from __future__ import annotations

import uuid
from typing import Any

import pytest

from smmlint.analysis import hostility
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


def test_a_sentence_is_remembered_with_what_its_patterns_look_back_at() -> None:
    # "hate you people" is one sentence in each draft; after "the" it is "the hate", no
    # contempt, and the memo must not answer it from the other drafts.
    x = get_platform("x")
    drafts = ["Sure.\nhate you people", "We love the\nhate you people", "I am so\nhate you people"]
    for _ in range(2):  # the second round reads every sentence from the memo
        found = [[(a.kind, a.start, a.end, a.target) for a in attacks(Post(d, x))] for d in drafts]
        assert found == [[("contempt", 6, 14, "you")], [], [("contempt", 8, 16, "you")]]


def test_a_relint_after_an_edit_reads_only_the_edited_sentence_again(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    read: list[str] = []
    original = hostility._sentence_attacks

    def spy(own: str, start: int, end: int, is_reply: bool) -> list[Any]:
        read.append(own[start:end])
        return original(own, start, end, is_reply)

    monkeypatch.setattr(hostility, "_sentence_attacks", spy)
    marker = uuid.uuid4().hex  # sentences no other test has read
    draft = f"Shame on {marker} for this. You are such a joke {marker}! Pathetic {marker} people."
    x = get_platform("x")
    first = attacks(Post(draft, x))
    assert len(read) == 3
    edited = draft.replace("for this", "for all this")
    second = attacks(Post(edited, x))
    assert read[3:] == [f"shame on {marker} for all this."]
    assert [(a.kind, a.target) for a in first] == [(a.kind, a.target) for a in second]
    assert [a.start + 4 for a in first[1:]] == [a.start for a in second[1:]]
