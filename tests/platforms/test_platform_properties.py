"""Properties every counter and extractor keeps on any text, lone surrogates included."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import smmlint
from smmlint.platforms import extract_entities
from smmlint.platforms.twitter_text import parse, weighted_length
from smmlint.platforms.urls import find_urls

# Pieces that make links, tags, emoji and edge cases likely, mixed with arbitrary characters.
PIECES = st.sampled_from(
    [
        "http://", "https://", "www.", "example", ".com", ".co.uk", "t.co/", "/path", "?q=1",
        "(x)", "#", "＃", "@", "＠", "$", "tag", "_", "-", ".", " ", "\n", "\r\n", "é", "e\u0301",
        "日本", "みんな", "👨‍👩‍👧‍👦", "🇺🇸", "1\u20e3", "©", "\ufe0f", "\ufe0e", "\u200d",
        "\ufeff", "\ufffe", "\u202a", "\U00020021", "\ud800", "alice@mastodon.social",
    ]
)  # fmt: skip
TEXTS = st.one_of(
    st.text(st.characters(exclude_categories=()), max_size=80),
    st.lists(st.one_of(PIECES, st.text(max_size=3)), max_size=30).map("".join),
)
HANDLES = st.sampled_from(["x", "fediverse", "atproto", "instagram"])


@settings(max_examples=400, deadline=None)
@given(TEXTS, HANDLES)
def test_entities_are_ordered_disjoint_and_exact(text: str, handles: str) -> None:
    entities = list(extract_entities(text, handles))  # type: ignore[arg-type]
    reach = 0
    for entity in entities:
        assert reach <= entity.start < entity.end <= len(text)
        assert text[entity.start : entity.end] == entity.value
        reach = entity.end


@settings(max_examples=400, deadline=None)
@given(TEXTS)
def test_links_hold_a_dot_and_protocol_links_are_a_subset(text: str) -> None:
    every = find_urls(text)
    assert all("." in text[start:end] for start, end in every)
    assert set(find_urls(text, bare=False)) <= set(every)


@settings(max_examples=400, deadline=None)
@given(TEXTS)
def test_x_fast_count_agrees_with_parse(text: str) -> None:
    parsed = parse(text)
    assert weighted_length(text) == parsed.weighted_length >= 0
    assert 0 <= parsed.valid_end <= len(text)


@settings(max_examples=300, deadline=None)
@given(TEXTS, st.integers(min_value=0, max_value=60))
def test_fit_is_a_whole_unit_prefix_within_the_limit(text: str, limit: int) -> None:
    for platform in smmlint.PLATFORMS.values():
        length = platform.length(text)
        assert platform.fit(text, length) == len(text), platform.name
        end = platform.fit(text, limit)
        assert 0 <= end <= len(text)
        # the units of the whole text up to ``end`` fit (the prefix alone may count otherwise:
        # cut after "x.co" in "x.cox", the prefix holds a link the whole text does not)
        assert sum(w for unit_end, w in platform.counter.segments(text) if unit_end <= end) <= limit
        assert end <= platform.fit(text, limit + 1)
        if length > limit:
            assert end < len(text)
