"""Calls to action as multiple-ctas reads them: one goal, bare verbs, mentions, destinations."""

from __future__ import annotations

import pytest

import smmlint
from smmlint.analysis.calls import calls
from smmlint.platforms import get_platform
from smmlint.read.post import Post


def _calls(text: str) -> list[tuple[str, str, bool]]:
    post = Post(text, get_platform("generic"))
    return [(c.action, text[c.start : c.end], c.elsewhere) for c in calls(post)]


def _ctas(text: str) -> list[str]:
    config = smmlint.Config.from_dict({"select": ["multiple-ctas"]})
    report = smmlint.lint(text, platform="generic", config=config)
    return [text[f.start : f.end] for f in report.findings]


def test_a_bare_verb_sharing_the_next_calls_object_is_a_call_of_its_own() -> None:
    assert _calls("and follow and message me :)") == [
        ("follow", "follow", False),
        ("contact", "message me", False),
    ]
    assert _ctas("my new track https://e.com/t and follow and message me :)") == ["message me"]


def test_a_bare_verb_needs_the_call_it_shares_its_object_with() -> None:
    assert _calls("Consent is not required. Message and data rates may apply.") == []
    assert _calls("Follow and enjoy the ride.") == []


def test_a_replys_opening_mentions_name_the_reader() -> None:
    assert [a for a, _, _ in _calls("@jk_rowling please Retweet and follow me.")] == [
        "share",
        "follow",
    ]
    assert [a for a, _, _ in _calls("@a @b: follow us")] == ["follow"]
    assert _calls("hi @a follow us") == []  # a mention inside a sentence is no vocative


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("watch?v=x1 Like this comment", ["like the comment"]),
        ("our new video Watch it here", ["watch"]),
        ("I Follow us", []),  # after "I", a capital tells nothing
        ("CHECK THIS OUT Follow Us", ["visit"]),  # after a shouted word, nothing to tell
        ("my channel leave a like", []),  # run on in lower case: the words cannot tell
    ],
)
def test_a_capitalised_call_after_a_lower_case_word_starts_a_sentence(
    text: str, found: list[str]
) -> None:
    assert [a for a, _, _ in _calls(text)] == found


def test_a_call_that_names_another_network_sends_the_reader_away() -> None:
    assert _calls("follow us on  Facebook for giveaways! visit our site") == [
        ("follow", "follow us", True),
        ("visit", "visit our site", False),
    ]
    assert _calls("Follow us for more") == [("follow", "Follow us for more", False)]
    # Looking is the step toward an action here, not toward one on another network.
    assert _ctas("Check out my channel and subscribe!") == []
    assert _ctas("Check out my new song! Also follow me on Instagram.") == ["follow me"]


def test_liking_the_authors_post_and_subscribing_serve_one_goal() -> None:
    assert _ctas("Subscribe and like my video please") == []
    assert _ctas("Please like this comment and subscribe") == ["subscribe"]


def test_a_bait_call_is_left_to_engagement_bait() -> None:
    config = smmlint.Config.from_dict({"select": ["multiple-ctas", "engagement-bait"]})
    text = "Subscribe to my channel, and like this comment so more can see!"
    report = smmlint.lint(text, platform="generic", config=config)
    assert [(f.rule, text[f.start : f.end]) for f in report.findings] == [
        ("engagement-bait", "like this comment")
    ]
    assert _ctas("Like this comment and share this video so we win!") == ["share this video"]


def test_on_a_plug_the_hint_keeps_one_ask_at_most() -> None:
    config = smmlint.Config.from_dict({"select": ["multiple-ctas", "sales-push"]})

    def read(text: str) -> tuple[list[str], str]:
        report = smmlint.lint(text, platform="generic", config=config)
        rules = [f.rule for f in report.findings]
        return rules, next(f.hint for f in report.findings if f.rule == "multiple-ctas")

    # The calls ask for the author's own channel: sales-push says what they are,
    # multiple-ctas how many, and neither advises another plug in another post.
    rules, hint = read("Check out my new song! Also follow me on Instagram for more.")
    assert "sales-push" in rules
    assert hint.startswith("Keep “Check out” at most and drop “follow me”")
    assert "another post" not in hint
    rules, hint = read("Subscribe to my channel and share this video with your friends!")
    assert "sales-push" in rules and "at most" in hint
    # A cause's two calls: no plug, the first call is the goal, the other goes elsewhere.
    rules, hint = read("Please retweet this, and donate today https://example.com/give.")
    assert rules == ["multiple-ctas"]
    assert hint == (
        "Keep “Please retweet” if that is this post's goal, and ask for “donate today” "
        "in another post: one post, one action."
    )


def test_an_ampersand_joins_calls_as_and_does() -> None:
    text = "Subscribe to my channel\nTweet & Follow me on twitter //me"
    assert _calls(text) == [
        ("subscribe", "Subscribe to my channel", False),
        ("follow", "Follow me", True),
    ]
    assert _ctas(text) == ["Follow me"]
    assert _calls("R&D follow-up notes") == []  # "&" inside a word joins nothing


def test_a_network_is_named_as_written() -> None:
    post = Post("Follow us on Instagram", get_platform("generic"))
    assert [c.network for c in calls(post)] == ["Instagram"]


def _actions(text: str) -> str:
    config = smmlint.Config.from_dict({"select": ["multiple-ctas"]})
    report = smmlint.lint(text, platform="generic", config=config)
    return " | ".join(f.message.split("(")[1].split(")")[0] for f in report.findings)


def test_subscribing_here_and_following_elsewhere_are_two_goals() -> None:
    assert _actions("Subscribe and follow me on Twitter!") == "subscribe, follow on Twitter"
    # one action in two places is one action; one goal here stays one
    assert _actions("Follow us on Twitter. Follow us on Facebook too.") == ""
    assert _actions("Subscribe and follow me on my journey") == ""


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("please subscribe and share because we love it", ["subscribe", "share"]),
        ("Please SUBSCRIBE & Share!", ["subscribe", "share"]),
        ("Follow us, like and retweet!", ["follow", "like", "share"]),
        ("share and like this page to win", ["share", "like"]),
        ("Subscribe and share your story", ["subscribe", "not a call to action"]),
        ("Subscribe and share pics of your dog", ["subscribe"]),  # its own object: not bare
        ("I like and share it", []),  # a statement, not an order
        ("Like and subscribe", ["like", "subscribe"]),
    ],
)
def test_a_bare_verb_joined_to_a_call_shares_its_object(text: str, found: list[str]) -> None:
    assert [a for a, _, _ in _calls(text)] == found


def test_a_code_is_a_step_of_the_call_it_is_typed_into() -> None:
    assert _calls("Sign up today & use promo code BD37") == [
        ("sign up", "Sign up", False),
        ("code", "use promo code", False),
    ]
    assert _ctas("Sign up today & use promo code BD37") == []
    assert _ctas("Check out our shop and use code SPRING") == []
    # Which call a code is typed into cannot be told from the words: it never counts as a
    # second action, even beside a call it does not serve.
    assert _ctas("Use code SPRING. Also vote for us in the awards!") == []
