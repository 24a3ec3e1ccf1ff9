"""Entity extraction beyond twitter-text's suite: handles per network, offsets, overlaps."""

from __future__ import annotations

import pytest

import smmlint
from smmlint.platforms import extract_entities
from smmlint.platforms.urls import find_urls, is_top_level_domain


def _values(text: str, kind: str, handles: str = "x") -> list[str]:
    return [e.value for e in extract_entities(text, handles) if e.kind == kind]  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("handles", "text", "mentions"),
    [
        ("x", "Thanks @alice@mastodon.social!", []),  # X: too close to an e-mail address
        ("fediverse", "Thanks @alice@mastodon.social!", ["@alice@mastodon.social"]),
        ("fediverse", "Thanks @alice and @bob@fosstodon.org.", ["@alice", "@bob@fosstodon.org"]),
        ("fediverse", "mail me: name@example.com", []),
        ("atproto", "Thanks @alice.bsky.social for this", ["@alice.bsky.social"]),
        ("atproto", "Thanks @alice.bsky.social.", ["@alice.bsky.social"]),
        ("atproto", "cc @bob.nonsense-tld-x", ["@bob"]),  # not a domain handle: the X form
        ("instagram", "Shot by @jane.doe_photo.", ["@jane.doe_photo"]),
        ("instagram", "Shot by @jane.doe_photo@x", []),
        ("x", "Shot by @jane.doe_photo.", ["@jane"]),
    ],
)
def test_handles_follow_each_network(handles: str, text: str, mentions: list[str]) -> None:
    assert _values(text, "mention", handles) == mentions


def test_offsets_are_code_points_after_astral_characters() -> None:
    text = "🎉🎉 #launch with @alice at https://example.com $ACME"
    entities = list(extract_entities(text))
    assert [(e.kind, text[e.start : e.end]) for e in entities] == [
        ("hashtag", "#launch"),
        ("mention", "@alice"),
        ("url", "https://example.com"),
        ("cashtag", "$ACME"),
    ]
    assert entities[0].start == 3  # each emoji is one code point (two UTF-16 units)
    assert all(text[e.start : e.end] == e.value for e in entities)


def test_nothing_inside_a_link_is_counted_twice() -> None:
    text = "Read https://example.com/#section?x=@bob and #reading"
    assert [(e.kind, e.value) for e in extract_entities(text)] == [
        ("url", "https://example.com/#section?x=@bob"),
        ("hashtag", "#reading"),
    ]


def test_links_without_protocol_can_be_left_out() -> None:
    text = "See example.com and https://example.org/page"
    assert [text[s:e] for s, e in find_urls(text)] == ["example.com", "https://example.org/page"]
    assert [text[s:e] for s, e in find_urls(text, bare=False)] == ["https://example.org/page"]


def test_posts_use_their_platforms_handles() -> None:
    text = "Thanks @alice@mastodon.social and @bob.bsky.social!"
    assert smmlint.lint(text, "mastodon").metrics["mentions"] == 2  # @bob, then @alice@...
    assert smmlint.lint(text, "x").metrics["mentions"] == 1  # only @bob
    assert smmlint.lint(text, "bluesky").metrics["mentions"] == 1  # only @bob.bsky.social


def test_top_level_domains_come_from_the_data_file() -> None:
    assert is_top_level_domain("com") and is_top_level_domain("SOCIAL")
    assert is_top_level_domain("みんな") and is_top_level_domain("рф")
    assert not is_top_level_domain("bz2") and not is_top_level_domain("")


@pytest.mark.parametrize(
    "text",
    [
        "a." * 25_000,
        "x" * 50_000 + ".com",
        "日" * 50_000 + ".com/" + "(" * 100,
        "http://" + "a-" * 25_000,
        "#" * 50_000,
        "@" * 50_000,
        "#a" * 25_000,
        "$A " * 16_000,
        "https://example.com/" + "(a" * 25_000,
        "https://example.com/?" + "!" * 50_000,
        "a_." * 16_000 + "com",
    ],
    ids=lambda t: f"{t[:8]!r}x{len(t)}",
)
def test_pump_strings_finish(text: str) -> None:
    # Timing belongs to benchmarks/platform_pump.py; here each must simply finish and stay
    # within the text.
    for handles in ("x", "fediverse", "atproto", "instagram"):
        for entity in extract_entities(text, handles):  # type: ignore[arg-type]
            assert 0 <= entity.start < entity.end <= len(text)
