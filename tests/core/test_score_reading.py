"""The score reads only the analyses it needs (``smmlint.score.reading``), not the conversation
rules' whole reading: on real posts, what it reads is what that reading says."""

from __future__ import annotations

import pytest

import smmlint
from benchmarks.drafts import drafts, tweet_acts, youtube_comments
from smmlint.analysis.conversation import conversation, is_post_for_audience, pleads
from smmlint.platforms import get_platform
from smmlint.read.post import Post
from smmlint.score.reading import read

_TEXTS = tweet_acts()[::9] + youtube_comments()[::9] + drafts(280, 40)


@pytest.mark.parametrize("platform", ["x", "generic"])
def test_the_score_reads_what_the_conversation_reading_says(platform: str) -> None:
    profile = get_platform(platform)
    seen = set()
    for text in _TEXTS:
        alone = read(Post(text, profile))
        found = conversation(Post(text, profile))
        asking = "asks" if found.asks else "tells"
        if not found.asks and (found.talks_to_reader or found.to_someone):
            asking = "addresses"
        pressure = "none"
        if found.calls_on_reader and not found.asks:
            pressure = "offer" if "offer" in found.reasons else "orders"
            post = Post(text, profile)
            if pressure == "orders" and pleads(post) and is_post_for_audience(post):
                pressure = "plea"
        # a heartfelt note is one the conversation reading finds telling: the score's own
        # reading of it (``confides``) keeps what speaking to someone keeps
        told = "tells" if alone.asking == "confides" else alone.asking
        assert (told, alone.pressure) == (asking, pressure), text
        seen.add((alone.asking, pressure))
    assert {a for a, _ in seen} == {"asks", "addresses", "confides", "tells"}
    assert {p for _, p in seen} == {"none", "orders", "plea", "offer"}


def test_the_score_is_the_same_whichever_rules_run() -> None:
    hashtags_only = smmlint.Config(select=("SMM403",))
    with_conversation = smmlint.Config(select=("SMM403", "SMM201", "SMM202"))
    for text in _TEXTS[::3]:
        alone = smmlint.lint(text, "x", config=hashtags_only)
        full = smmlint.lint(text, "x", config=with_conversation)
        assert [p for p in alone.penalties if p.code != "SMM403"] == [
            p for p in full.penalties if p.code not in ("SMM403", "SMM201", "SMM202")
        ]
