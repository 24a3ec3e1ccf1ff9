"""Shortcuts taken for speed give what the full reading gives, on real posts.

The score's ``asking`` entry is computed alone when no conversation rule is selected; a
relint after an edit reuses what was read of the sentences the edit left alone.
"""

from __future__ import annotations

import pytest

import smmlint
from benchmarks.drafts import drafts, tweet_acts
from smmlint.analysis.conversation import asking, conversation
from smmlint.platforms import get_platform
from smmlint.read.post import Post

_TEXTS = tweet_acts()[::9] + drafts(280, 40)


@pytest.mark.parametrize("platform", ["x", "generic"])
def test_asking_alone_is_what_the_conversation_reading_says(platform: str) -> None:
    profile = get_platform(platform)
    counted = set()
    for text in _TEXTS:
        alone = asking(Post(text, profile))
        full = Post(text, profile)
        conversation(full)
        assert alone == asking(full), text
        counted.add(alone)
    assert counted == {"asks", "addresses", "tells"}


def test_the_score_is_the_same_whichever_rules_run() -> None:
    hashtags_only = smmlint.Config(select=("SMM403",))
    with_conversation = smmlint.Config(select=("SMM403", "SMM201"))
    for text in _TEXTS[::3]:
        alone = smmlint.lint(text, "x", config=hashtags_only).penalties
        full = smmlint.lint(text, "x", config=with_conversation).penalties
        assert [p for p in alone if p.code == "CONVERSATION"] == [
            p for p in full if p.code == "CONVERSATION"
        ]
