"""How each network counts, and where a limit falls in the text."""

from __future__ import annotations

import pytest

from smmlint.platforms import get_platform
from smmlint.platforms.counting import BLUESKY, CODE_POINTS, MASTODON, THREADS, bluesky_short_url
from smmlint.platforms.twitter_text import parse, weighted_length

FAMILY = "👨‍👩‍👧‍👦"  # 7 code points, 11 UTF-16 units, 1 grapheme, 25 UTF-8 bytes
LONG_URL = "https://example.com/" + "very-long-path/" * 10


@pytest.mark.parametrize(
    ("platform", "text", "length"),
    [
        ("x", "Hello " + LONG_URL, 6 + 23),
        ("x", "日本語", 6),
        ("x", FAMILY, 2),
        ("x", "café", 4),
        ("x", "cafe\u0301", 4),  # NFC first
        ("x", "a\r\nb", 3),  # a Windows line break counts once
        ("mastodon", "Hello " + LONG_URL, 6 + 23),
        ("mastodon", "Hi @alice@mastodon.social!", len("Hi @alice!")),
        ("mastodon", FAMILY + "é", 2),
        ("mastodon", "Visit example.com", 17),  # without a protocol it is plain text
        ("bluesky", "See " + LONG_URL, 4 + len("example.com/very-long-pa...")),
        ("bluesky", FAMILY * 3, 3),
        ("threads", "🎉 party", 4 + 6),
        ("threads", FAMILY, 25),
        ("threads", "café", 4),
        ("linkedin", FAMILY, 7),
        ("generic", "a\r\nb", 3),
    ],
    ids=lambda value: repr(value)[:20] if isinstance(value, str) else str(value),
)
def test_each_network_counts_its_way(platform: str, text: str, length: int) -> None:
    assert get_platform(platform).length(text) == length


@pytest.mark.parametrize(
    ("url", "short"),
    [
        ("https://example.com", "example.com"),
        ("https://example.com/", "example.com"),
        ("https://Example.COM/Path", "example.com/Path"),
        ("https://www.example.com/some/long/path/here?x=1", "www.example.com/some/long/pa..."),
        ("http://example.com:8080/a", "example.com:8080/a"),
        ("https://example.com:443/a", "example.com/a"),
        ("https://bücher.de/x", "xn--bcher-kva.de/x"),
        ("https://example.com/a#top", "example.com/a#top"),
        ("ftp://example.com/file", "ftp://example.com/file"),
        ("https://[::1/", "https://[::1/"),
    ],
)
def test_bluesky_shows_links_short(url: str, short: str) -> None:
    assert bluesky_short_url(url) == short


@pytest.mark.parametrize(
    ("platform", "text", "limit", "end"),
    [
        ("x", "a" * 300, 280, 280),
        ("x", "日" * 200, 280, 140),
        ("x", "a" * 270 + " " + LONG_URL, 280, 271),  # a link is never split
        ("x", "a" * 278 + FAMILY, 280, 278 + 7),  # nor an emoji sequence
        ("x", "a" * 279 + FAMILY, 280, 279),
        ("x", "e\u0301" * 300, 280, 560),  # offsets of the text as written, not NFC
        ("mastodon", "a" * 490 + " " + LONG_URL, 500, 491),
        ("mastodon", FAMILY * 600, 500, 500 * 7),
        ("bluesky", "é" * 400, 300, 300),
        ("threads", "🎉" * 200, 500, 125),
        ("linkedin", "a\r\n" * 1500 + "b", 3000, 4500),
    ],
    ids=lambda value: repr(value)[:20] if isinstance(value, str) else str(value),
)
def test_fit_ends_at_the_last_whole_unit_within_the_limit(
    platform: str, text: str, limit: int, end: int
) -> None:
    profile = get_platform(platform)
    assert profile.fit(text, limit) == end
    assert profile.length(text[:end]) <= limit


def test_parse_reports_the_valid_prefix_in_code_points() -> None:
    text = "abc\ufffedef"  # U+FFFE makes a post invalid; X keeps what comes before it
    parsed = parse(text)
    assert (parsed.valid, parsed.weighted_length, parsed.valid_end) == (False, 8, 3)
    over = parse("ab" * 150)
    assert (over.valid, over.weighted_length, over.permillage, over.valid_end) == (
        False,
        300,
        1071,
        280,
    )
    assert parse("").valid is False


def test_fast_and_slow_x_counts_agree() -> None:
    text = "Käse 🧀 und 日本 https://example.com/x #tag " + FAMILY + " 1\u20e3 ©️ ©"
    assert weighted_length(text) == parse(text).weighted_length
    assert get_platform("x").fit(text, weighted_length(text)) == len(text)


def test_counters_name_their_unit() -> None:
    assert CODE_POINTS.unit == THREADS.unit == MASTODON.unit == "characters"
    assert BLUESKY.unit == "graphemes"
    assert get_platform("x").length_unit == "weighted characters"
