"""The conversation reading: when the words show a broadcast (``broadcasts``)."""

from __future__ import annotations

import pytest

from smmlint.analysis.conversation import broadcasts
from smmlint.platforms import get_platform
from smmlint.read.post import Post


def _broadcasts(text: str, platform: str = "x") -> bool:
    return broadcasts(Post(text, get_platform(platform)))


@pytest.mark.parametrize(
    "text",
    [
        "Trump says he might give travel ban a tweak https://e.com/t",  # a headline
        "Donald Trump is not considering a new order https://e.com/t",  # "is not" + participle
        "There were 5,867 prisoners held in March, the report says https://e.com/t",
        "The website about the families is now in Arabic https://e.com/t",  # "is" + a state
        "Fires were ignited by kites launched from the strip, and the road near the border "
        "was blocked for most of the day. https://e.com/t",  # a report may close with a stop
        "Our CEO said the new plant opens in May.",  # a team naming its own
        "Our new office opens in Leeds today. https://e.com/t",  # ... with a link too
        ".@acme announces a new plant in Leeds",  # an account reported on
        "The Bread Baker's Field Guide, by Ana Ruiz",  # a credited title
        # A report that ends on its report, its source or a name, not on a remark.
        "Piers Morgan took on Jim Jefferies over Trump. It went horribly wrong https://e.com/t",
        "A lawyer says 100,000 visas were revoked; the State Dept. says about 60,000 https://e.com",
        "Duluth's mayor reads Le Guin in her essay on winter. By Ursula K. Le Guin https://e.com",
        "#Qatar pledges $13.7m for #Gaza projects https://e.com/t",  # a tag opens it
        "iPhone 16 sales slow in China as rivals cut prices https://e.com/t",  # a name
        "In her 1978 essay on nostalgia, the author Ursula K. Le Guin wondered https://e.com",
        "Our new app is out. Exciting times https://e.com/t",  # a team names its own
    ],
)
def test_words_that_show_a_broadcast(text: str) -> None:
    assert _broadcasts(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ursula and Hugh in the same day is rough news. https://e.com/t",  # a verdict
        "#GifHistory is the best thing to happen on Twitter https://e.com/t",
        "With the travel ban few will come! https://e.com/t",  # an exclamation
        "Ursula Le Guin put the feminist into fantasy. https://e.com/t",  # a sentence of one's own
        "One of the greats https://e.com/t",  # a caption
        "The factory will be closed on Monday for maintenance.",  # whose notice?
        "We live in the next 3 mins",  # a bare "we"
        "Another man walked on to the playground again. #YesAllWomen",  # a tag alone
        "Great panel with @ana today",  # an account credited, not reported on
        "it won't be a slam dunk until after the vote https://e.com/t",  # typed, not pasted
        "Piers says it is no ban and they shout him down.  Pretty typical really https://e.com/t",
        "@host spends all day with people who agree with him. Fear mongers https://e.com/t",
    ],
)
def test_words_that_cannot_be_told_from_a_persons_line(text: str) -> None:
    assert not _broadcasts(text)


@pytest.mark.parametrize(
    "text",
    [
        "You may cancel your membership at any time. If you cancel, we refund the fee.",
        "A link to your picture has been sent. You can also use http://example.com/w",
        "We'd like to keep you informed. If you do not wish to be contacted, untick the box.",
    ],
)
def test_a_services_notice_about_the_readers_account_is_not_a_post(text: str) -> None:
    from smmlint.analysis.conversation import conversation

    assert conversation(Post(text, get_platform("generic"))).exempt == "unknown-kind"


def test_a_superlative_of_praise_on_a_link_is_a_cheer() -> None:
    from smmlint.analysis.conversation import conversation

    post = Post("One of the greatest threads of all time https://example.com/t", get_platform("x"))
    assert conversation(post).personal
    post = Post("Important history lesson in this thread https://example.com/t", get_platform("x"))
    assert conversation(post).personal  # a few positive words pointing at what is shared
    post = Post("The latest figures on rents in Leeds https://example.com/t", get_platform("x"))
    assert not conversation(post).personal
    post = Post(
        "The greatest writer of the lyrical and fantastical https://e.com/t", get_platform("x")
    )
    assert conversation(post).personal  # clearly positive and built on praise: a fan's cheer
    long_report = (
        "The leadership of the Great March of Return called on people throughout the region to "
        "make 14 May a date to prepare https://e.com/t"
    )
    assert not conversation(Post(long_report, get_platform("x"))).personal  # a name's "Great"


@pytest.mark.parametrize(
    ("text", "glued"),
    [
        ("They will drop you in car.so no problem..", True),
        ("Call by tomorrow.call 67441233 and ask for Irene", True),
        ("Book now on booking.com today", False),
        ("Short links: adf.ly", False),
        ("Read it at example.com/so", False),
    ],
)
def test_two_words_glued_by_a_missing_space_are_no_link(text: str, glued: bool) -> None:
    from smmlint.analysis.conversation import glued_words

    post = Post(text, get_platform("generic"))
    assert post.urls
    assert glued_words(post, post.urls[0]) is glued
