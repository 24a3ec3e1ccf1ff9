"""Hashtag rules: more hashtags than the network's norm, or a wall of them (SMM4xx)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from smmlint.model import Severity
from smmlint.post import Post
from smmlint.registry import Example, Hit, rule

# A wall: at least this many hashtags, and more hashtags than words of the post's own.
# Three is where a tag line starts to read as a list (X's norm is two); "more tags than
# words" is the point where the hashtags, not the sentence, are the post.
WALL_MIN_HASHTAGS = 3


@rule(
    code="SMM403",
    name="hashtag-stuffing",
    severity=Severity.WARNING,
    category="hashtags",
    message="More hashtags than this network's norm.",
    hint="Keep the one to three most specific hashtags; cut the rest.",
    fires=(
        Example(
            "Ship day for the new app #iOS #Android <marker>#dev #launch</marker>", platform="x"
        ),
        Example(
            "Our spring walk along the coast. #coast #spring #walk #sea #nature"
            " <marker>#travel #photo #weekend</marker>",
            platform="instagram",
        ),
        Example("Great match tonight #football <marker>#soccer</marker>", platform="threads"),
        Example(
            "Lessons from this year #career #growth #learning <marker>#hiring #jobs</marker>",
            platform="linkedin",
        ),
        Example("<marker>#sunset #beach #sea</marker> wow", platform="instagram"),
    ),
    quiet=(
        ("Any tips for #Python testing? I use #pytest daily.", "two hashtags in sentences"),
        ("Issue #42 is fixed, and #7 next.", "numbers are not hashtags"),
        ("C# and F# both work here.", "a # after a letter is no hashtag"),
        (
            "Docs: https://example.com/#install https://example.com/#usage https://example.com/#faq"
            " https://example.com/#api",
            "anchors inside links are not hashtags",
        ),
        Example(
            "Morning light on the harbour today. #harbour #morning #light #boats #sea",
            platform="instagram",
            reason="five is Instagram's cap, not over it",
        ),
        Example(
            "New trail guide for the national park is out. #Hiking #NationalParks #Outdoors"
            " #TrailRunning #Maps",
            platform="mastodon",
            reason="Mastodon relies on hashtags for discovery",
        ),
        ("# Heading\nSome notes on the meeting, and the #agenda.", "a Markdown heading is no tag"),
    ),
)
def hashtag_stuffing(post: Post, options: Mapping[str, Any]) -> Iterator[Hit]:
    """More hashtags than the network's norm or cap, or a post that is mostly hashtags.

    ## What it does
    Counts the post's hashtags (as X and Instagram recognise them: `#1` and anchors inside
    links are not hashtags) against the network's norm: 2 on X, 3 on LinkedIn and Facebook,
    5 on Instagram and Mastodon, 1 topic tag on Threads. Instagram (5, since December 2025)
    and Threads (1) also refuse more than their cap, and the message says so. The finding
    runs from the first hashtag past the norm to the end of the last one: the stretch to cut.
    A post whose hashtags outnumber its own words (three or more hashtags) is a wall of
    hashtags even under the norm; then all of them are marked.

    ## Why is this bad?
    A string of hashtags reads as spam, buries the message and is hard to follow with a
    screen reader. The networks say so themselves: X recommends two at most, Instagram now
    caps captions at five, and fewer, specific tags find the right readers.
    """
    platform = post.platform
    tags = post.hashtags
    cap, norm = platform.hashtag_limit, platform.hashtag_norm
    if cap is not None and len(tags) > cap:
        yield Hit(
            tags[cap].start,
            tags[-1].end,
            message=f"{platform.label} accepts at most {cap} hashtag{_s(cap)}; "
            f"this post has {len(tags)}.",
            hint=f"Keep the {cap} most specific; the post will not go out as it is.",
        )
    elif len(tags) > norm:
        yield Hit(
            tags[norm].start,
            tags[-1].end,
            message=f"{len(tags)} hashtags where {norm} is the norm on {platform.label}.",
        )
    elif len(tags) >= WALL_MIN_HASHTAGS and len(tags) > len(post.own_words):
        yield Hit(
            tags[0].start,
            tags[-1].end,
            message="The post is mostly hashtags.",
            hint="Say in a sentence what the post is about; keep the one or two best tags.",
        )


def _s(count: int) -> str:
    return "" if count == 1 else "s"
