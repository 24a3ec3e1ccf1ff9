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
