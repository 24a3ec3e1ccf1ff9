"""Commentary beside shared things, order position, and span sets."""

from __future__ import annotations

from smmlint.analysis.commentary import commentary
from smmlint.analysis.imperative import gives_order
from smmlint.analysis.spans import SpanSet, blank
from smmlint.platforms import get_platform
from smmlint.read.post import Post


def _post(text: str) -> Post:
    return Post(text, get_platform("generic"))


def _said(text: str) -> list[str]:
    return [w.text for w in commentary(_post(text)).words]


def test_pointers_credits_tags_and_links_are_not_commentary() -> None:
    assert _said("Check this out: https://e.com/a @ana") == []
    assert _said("New blog post via @acme https://e.com") == []
    assert _said("We halved churn: https://e.com/q3") == ["We", "halved", "churn"]


def test_quotation_and_its_attribution_are_not_commentary() -> None:
    found = commentary(_post('"Stay hungry, stay foolish." — Steve Jobs'))
    # 4 quoted words; the name is the attribution, neither quoted nor commentary
    assert found.words == () and found.quoted_words == 4 and found.attributed
    assert not commentary(_post('So-called "smart" fridges are here.')).attributed
    found = commentary(_post('Maya Angelou once said: "Nothing will work unless you do."'))
    assert found.words == ()
    assert _said('"Stay hungry." — Steve Jobs. We ask every hire this.') == [
        "We", "ask", "every", "hire"
    ]  # fmt: skip


def test_share_kinds() -> None:
    assert commentary(_post("RT @acme: Our report")).share == "retweet"
    assert commentary(_post("Ten Lessons From Remote Work https://e.com")).share == "headline"
    assert commentary(_post("Remote work in 2025 | Acme Research https://e.com")).share == (
        "headline"
    )
    assert commentary(_post("How teams sync via @acmeblog https://e.com")).share == "headline"
    assert commentary(_post("I Love Our New Office https://e.com")).share is None
    assert commentary(_post("Ten Lessons From Remote Work")).share is None  # no link
    assert commentary(_post("How we sync 🎉 via @acmeblog https://e.com")).share is None


def test_you_said_to_someone_is_no_page_title() -> None:
    def share(text: str) -> str | None:
        return commentary(_post(text)).share

    # The author turns to the account the post speaks to: their words, not a title.
    assert share("@ana these seals need help. Will YOU? https://e.com via @sealsnam") is None
    assert share("@ana your post was quoted by @bb - https://e.com") is None
    assert share("Thank you, Acme Talent https://e.com") is None
    # A title's "you" stays a title's: without anyone spoken to, or serving the reader.
    assert share("Should you sign a prenup? https://e.com via @nytimes") == "headline"
    assert share("@ana What you need to know about the ban https://e.com via @nyt") == "headline"
    assert share("@ana Seals stranded on the coast https://e.com via @sealsnam") == "headline"


def test_gives_order() -> None:
    assert gives_order("Tag a friend", 0)
    assert gives_order("Monday. Tag a friend", 8)
    assert gives_order("so tag a friend", 3)
    assert gives_order("@ana tell us", 5)
    assert gives_order("Nezo and Ed\nLike this", 12)  # a line opens an order
    assert not gives_order("Nezo and Ed Like this", 12)
    assert gives_order("Don't forget to tag a friend", 16)
    assert not gives_order("I'd like it if", 4)
    assert not gives_order("they didn't tell us", 12)


def test_span_set_membership_and_blanking() -> None:
    spans = SpanSet([(5, 8), (0, 2), (7, 10)])
    assert spans.spans() == [(0, 2), (5, 10)]
    assert [i for i in range(12) if i in spans] == [0, 1, 5, 6, 7, 8, 9]
    assert not SpanSet([])
    assert blank("abcdefghij", [(1, 3), (2, 5)]) == "a    fghij"


def test_span_set_overlaps_half_open_ranges() -> None:
    spans = SpanSet([(5, 8), (0, 2), (7, 10)])
    assert spans.overlaps(1, 3) and spans.overlaps(9, 20) and spans.overlaps(6, 7)
    assert not spans.overlaps(2, 5)  # between the spans: [2, 5) touches neither
    assert not spans.overlaps(10, 12)  # a span's end is outside it
    assert not SpanSet([]).overlaps(0, 100)
