"""Sentences as readability reads them: joined across a middle initial, nowhere else."""

from __future__ import annotations

import pytest

from smmlint.analysis.readability import reading_sentences
from smmlint.platforms import get_platform
from smmlint.read.post import Post


def _read(text: str) -> list[str]:
    return [s.text for s in reading_sentences(Post(text, get_platform("x")))]


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        (
            "Ursula K. Le Guin, the author of Earthsea, died at 88. We will miss her.",
            ["Ursula K. Le Guin, the author of Earthsea, died at 88.", "We will miss her."],
        ),
        (
            "We met George R. R. Martin today. Great.",
            ["We met George R. R. Martin today.", "Great."],
        ),
        ("Jeanne E. Bray Memorial Scholarship", ["Jeanne E. Bray Memorial Scholarship"]),
        # A capital letter closing a sentence stays its end before a function word.
        ("Plan B. Then we go.", ["Plan B.", "Then we go."]),
        ("Read Ursula K. Le Guin. Then sleep.", ["Read Ursula K. Le Guin.", "Then sleep."]),
        # A one-letter word is no initial of a name: the pronoun, texting's "U".
        ("My coworkers and I. How many came?", ["My coworkers and I.", "How many came?"]),
        ("We are trying to contact U. Todays draw", ["We are trying to contact U.", "Todays draw"]),
        ("K. Did you call me?", ["K.", "Did you call me?"]),
        # A line break ends a line whatever stands before it.
        ("Team Ursula K.\nLe Guin fans, unite", ["Team Ursula K.", "Le Guin fans, unite"]),
    ],
)
def test_reading_sentences(text: str, sentences: list[str]) -> None:
    assert _read(text) == sentences


def test_post_sentences_are_unchanged() -> None:
    """Other rules keep the post's own sentences: only readability joins them."""
    post = Post("Ursula K. Le Guin wrote Earthsea.", get_platform("x"))
    assert [s.text for s in post.sentences] == ["Ursula K.", "Le Guin wrote Earthsea."]
    assert [s.text for s in reading_sentences(post)] == ["Ursula K. Le Guin wrote Earthsea."]


def test_joined_sentence_offsets_are_exact() -> None:
    text = "🎉 Ursula K. Le Guin wrote Earthsea."
    (sentence,) = reading_sentences(Post(text, get_platform("x")))
    assert text[sentence.start : sentence.end] == sentence.text


def test_a_chain_of_initials_is_joined_in_linear_time() -> None:
    """Each join extends a span; the texts are cut once (a pump of 8,000 joins)."""
    text = "Ab K. Cd K. " * 4_000
    (sentence,) = reading_sentences(Post(text, get_platform("generic")))
    assert sentence.text == text.strip()
