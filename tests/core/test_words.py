"""The post's words: read once, lowered once, filtered by span for every reader."""

from __future__ import annotations

import pytest

from smmlint.analysis.borrowed import authors_words
from smmlint.platforms import get_platform
from smmlint.read.post import Post, Token, tokens_outside


def _post(text: str) -> Post:
    return Post(text, get_platform("generic"))


@pytest.mark.parametrize(
    "text",
    ["ΟΔΟΣ ΣΑΣ Σ ΌΣΟΣ'ΣΑΣ", "İstanbul DON’T Straße", "ǅemal ŉ ﬁne", "", "a-b ΑΣ-ΒΣ"],
)
def test_lower_words_are_each_word_lowered_alone(text: str) -> None:
    post = _post(text)
    assert list(post.lower_words) == [w.text.lower() for w in post.words]


def test_own_words_leave_out_every_tag_and_mention() -> None:
    post = _post("@ann see #BigNews from @bob_x and $TSLA today #end")
    assert [w.text for w in post.own_words] == ["see", "from", "and", "today"]


def test_authors_words_leave_out_quotations_and_retweets() -> None:
    post = _post("Loved “every word of it” — so true. RT @ann: mine too")
    assert [w.text for w in authors_words(post)] == ["Loved", "so", "true"]


def test_tokens_outside_keeps_those_starting_in_no_span() -> None:
    tokens = [Token(i, i + 1, "x") for i in range(10)]
    kept = tokens_outside(tokens, [(0, 2), (2, 3), (5, 6), (8, 20)])
    assert [t.start for t in kept] == [3, 4, 6, 7]
    assert tokens_outside(tokens, []) == tokens
    assert tokens_outside([], [(0, 5)]) == []
