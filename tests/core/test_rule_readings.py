"""The readings rules used to make themselves, now analyses: each gives typed spans, once a post."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from smmlint.analysis.bait import BaitPhrase, bait_phrases, set_comments, vote_options
from smmlint.analysis.hard_words import has_nominal_ending, is_glued, names
from smmlint.analysis.hashtags import inline_hashtags, own_hashtags, tag_runs
from smmlint.analysis.leftovers import Leftover, leftovers
from smmlint.analysis.links import shared_links
from smmlint.analysis.question_ends import QuestionEnd, question_ends
from smmlint.analysis.sentence_form import sentence_form
from smmlint.platforms import get_platform
from smmlint.read.post import Post, Token


def _post(text: str) -> Post:
    return Post(text, get_platform("generic"))


def _texts(post: Post, spans: Iterable[Any]) -> list[str]:
    """The text each span (anything with ``start`` and ``end``) covers."""
    return [post.text[s.start : s.end] for s in spans]


def test_leftovers_give_kind_and_span_outside_code() -> None:
    post = _post("Hi {{first_name}}, see [LINK]. TODO: tags. `{{ name }}` prints a name.")
    found = leftovers(post)
    assert [f.kind for f in found] == ["field", "placeholder", "note"]
    assert _texts(post, found) == ["{{first_name}}", "[LINK]", "TODO"]
    assert found[0] == Leftover("field", 3, 17)
    assert leftovers(post) is found  # memoised on the post
    assert leftovers(_post("Use {braces} sparingly; we are 100% sure.")) == ()


def test_a_poll_needs_two_different_reactions() -> None:
    post = _post("Like for pizza, love for burgers!")
    assert _texts(post, vote_options(post)) == ["Like for pizza", "love for burgers"]
    assert all(isinstance(o, BaitPhrase) and o.kind == "vote" for o in vote_options(post))
    assert vote_options(_post("Like for pizza, like for more")) == ()


def test_calls_joined_tight_are_bait_as_when_spaced() -> None:
    for text, bait in (
        ("Like & Share this page please", "Like & Share"),
        ("Like&share this page please", "Like&share"),
        ("CAR 2013. LIKE&SUBSCRIBE", "LIKE&SUBSCRIBE"),
        ("new vid, like+subscribe", "like+subscribe"),
        ("Nezo and Ed\nLike&share this page", "Like&share"),  # a line opens an order
    ):
        post = _post(text)
        assert _texts(post, bait_phrases(post)) == [bait], text
    for text in (
        "Our R&D team at AT&T shares the results",  # a sign inside a name joins no calls
        "I like&share what I love",  # a subject: no order
        "Nezo and Ed like&share this page",
    ):
        assert bait_phrases(_post(text)) == (), text


def test_a_set_comment_is_an_order_to_type_a_set_word() -> None:
    post = _post('Ready? Comment "YES" below!')
    assert [(c.kind, post.text[c.start : c.end]) for c in set_comments(post)] == [
        ("comment", 'Comment "YES"')
    ]
    assert set_comments(_post("COMMENT TELL ME WHAT YOU THINK")) == ()
    assert set_comments(_post('Please type in "Dizzy X" on YouTube.')) == ()


def test_hashtags_of_a_retweet_are_not_the_authors() -> None:
    post = _post("Agreed! #yes RT @news: Rally today #NoBan #here")
    assert _texts(post, own_hashtags(post)) == ["#yes"]


def test_inline_hashtags_are_words_of_their_sentence() -> None:
    post = _post("the future of #Syria is female #news #world #today")
    assert set(_texts(post, inline_hashtags(post))) == {"#Syria"}
    # a run of tags marks once, however many tags it holds
    tags = own_hashtags(post)
    assert [post.text[s:e] for s, e in tag_runs(post, tags)] == ["#Syria", "#news #world #today"]


def test_question_ends_give_the_marks_offset() -> None:
    post = _post('We planted tulips. What would you plant?" Tell us.')
    assert question_ends(post) == (QuestionEnd(19, 41, 39),)
    assert question_ends(_post("Why? Because.")) == (QuestionEnd(0, 4, 3),)


def test_a_site_named_or_glued_words_share_no_page() -> None:
    post = _post("Book on Booking.com, or see https://example.com/a, by tomorrow.call me")
    assert _texts(post, shared_links(post)) == ["https://example.com/a"]


def test_sentence_form_reads_pauses_and_lists() -> None:
    sentence = Token(10, 34, "one, two; three (four) a")
    assert sentence_form(sentence).pauses == (14, 19, 27, 32)
    listed = "apples, pears, plums, figs, dates, kiwis"
    assert sentence_form(Token(0, len(listed), listed)).listed
    bulleted = "- Dune - Earthsea novels - Piranesi"
    assert sentence_form(Token(0, len(bulleted), bulleted)).listed
    colon = "my favourites in order: apples, pears, plums, figs, dates"
    form = sentence_form(Token(0, len(colon), colon))
    assert (form.listed, form.lead_in_words) == (False, 4)
    plain = "We met at the library, and then we went home."
    assert sentence_form(Token(0, len(plain), plain)).lead_in_words is None


def test_hard_words() -> None:
    assert has_nominal_ending("implementations") and not has_nominal_ending("moment")
    assert is_glued("AccessoriesCar") and not is_glued("Accessories")
    post = _post("Yesterday Obama spoke. Palestinian families came; we met Anna.")
    assert sorted(w.text for w in names(post)) == ["Anna", "Obama"]
