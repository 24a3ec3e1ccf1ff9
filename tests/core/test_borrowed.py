"""Borrowed text: quotations, attributed quotes and retweets are blanked from own prose."""

from __future__ import annotations

import pytest

from smmlint.analysis.borrowed import (
    attributed_quotations,
    borrowed,
    headless_quotation,
    message_prose,
    own_prose,
    quotations,
    retweet_marker,
)
from smmlint.platforms import get_platform
from smmlint.read.post import Post


def _post(text: str) -> Post:
    return Post(text, get_platform("generic"))


def _quoted(text: str) -> list[str]:
    return [text[s:e] for s, e in quotations(text)]


def test_paired_marks_of_every_kind_are_quotations() -> None:
    assert _quoted('He said "yes" twice') == ['"yes"']
    assert _quoted("Sie sagte „ja“ und ging") == ["„ja“"]
    assert _quoted("Il a dit «oui» hier") == ["«oui»"]
    assert _quoted("She said “fine” and ‘sure’") == ["“fine”", "‘sure’"]
    assert _quoted("「はい」と言った") == ["「はい」"]


def test_apostrophes_are_not_quotation_marks() -> None:
    assert _quoted("It's the dogs' bowls and we're fine") == []
    assert _quoted("He wondered 'what is nostalgia doing here?' once") == [
        "'what is nostalgia doing here?'"
    ]
    assert _quoted("rock 'n' roll") == ["'n'"]


def test_unpaired_marks_and_line_breaks_end_nothing() -> None:
    assert _quoted('A stray " mark') == []
    assert _quoted('"one line\nand another"') == []
    assert _quoted("“" * 1000) == []


def test_attributed_lines_are_quotations_but_signatures_are_not() -> None:
    text = "Be the change. — Mahatma Gandhi #quote"
    assert [text[s:e] for s, e in attributed_quotations(text)] == [
        "Be the change. — Mahatma Gandhi"
    ]
    assert attributed_quotations("Back at 3. - Sam") == []
    assert attributed_quotations("Great talk today - thanks all") == []


def test_retweet_marker_and_the_text_after_it_are_borrowed() -> None:
    post = _post("So true. RT @acme: Our report is out")
    assert retweet_marker(post) == (9, 18)
    assert [(b.kind, b.start) for b in borrowed(post)] == [("retweet", 9)]
    assert own_prose(post).rstrip() == "So true."
    assert retweet_marker(_post("I was at the RT meeting")) is None


def test_own_prose_keeps_offsets() -> None:
    for text in ('x "a" y', "RT @a: b", "🎉 “quoted” 🎉 https://e.com/?q=1", "", "plain"):
        post = _post(text)
        assert len(own_prose(post)) == len(text)
    post = _post('Ask "why?" 🎉 now')
    own = own_prose(post)
    assert own[:4] == "Ask" + " " and own.endswith("🎉 now")
    assert own[4:10].strip() == ""


def test_overlapping_quote_and_attribution_blank_once() -> None:
    text = '"Stay hungry." — Steve Jobs'
    post = _post(text)
    assert own_prose(post).strip() == ""
    assert len(own_prose(post)) == len(text)


def test_a_message_wholly_in_quote_marks_is_the_message() -> None:
    pasted = _post('  "URGENT! U have WON a prize, call now"  ')
    assert message_prose(pasted) == pasted.prose
    assert own_prose(pasted).strip() == ""  # still a quotation for the conversation rules
    for text in (
        '"Stay hungry, stay foolish." — Steve Jobs',  # attributed
        'She said "buy now" is a trap.',  # a speaker and a comment
        '"Buy now" "pay later"',  # two quotations
        "RT @shop: Buy now!",  # a retweet
    ):
        post = _post(text)
        assert message_prose(post) == own_prose(post), text


def test_a_quotation_whose_opening_mark_was_cut_is_borrowed() -> None:
    text = "What I hope for you is that you live as natives.' This speech still matters."
    post = _post(text)
    assert [(b.kind, text[b.start : b.end]) for b in borrowed(post)] == [
        ("quote", "What I hope for you is that you live as natives.'")
    ]
    assert own_prose(post).lstrip().startswith("This speech")


def test_a_stray_closing_mark_at_the_end_stays_the_authors() -> None:
    assert not borrowed(_post('Does that cause a problem for you?"'))
    assert not borrowed(_post("I don't know why.' Anyway see you"))  # an apostrophe first


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("So what I hope for you is that you live... as natives.' This speech by Le Guin", (0, 55)),
        ("Why do Muslims flee?' Katie Hopkins on", (0, 21)),
        ('Does that cause prob for u?"', None),  # nothing follows: a stray mark
        ("Too short?' x", None),  # too short to be a quoted sentence
        ("He said \"hi\" and left. Then 'bye' was all", None),  # the first mark opens
        ("A line with no mark at all.\nThen a quote.' later", None),  # not on the first line
        (". " * 25000, None),  # a pump: one scan for the first mark
    ],
)
def test_a_quotation_cut_at_its_head(text: str, span: tuple[int, int] | None) -> None:
    assert headless_quotation(text, []) == ([span] if span else [])
