"""Hashtag rules: more hashtags than the network accepts, than its norm, or a wall (SMM4xx)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from smmlint.analysis.hashtags import inline_hashtags, own_hashtags, tag_runs
from smmlint.core.model import Severity
from smmlint.core.registry import Example, Hit, rule
from smmlint.read.post import Post

# A wall: at least this many hashtags, and more hashtags than words of the post's own.
# Three is where a tag line starts to read as a list (X's norm is two); "more tags than
# words" is the point where the hashtags, not the sentence, are the post.
WALL_MIN_HASHTAGS = 3
# The networks' norms are advice ("about three", "no more than two"): one tag over is a
# matter of taste, read as marginal on real posts; two over is a tag line that has grown
# into a list.
TOLERANCE = 1


@rule(
    code="SMM404",
    name="over-hashtag-limit",
    severity=Severity.ERROR,
    category="platform",
    message="More hashtags than the network accepts.",
    hint="Cut the marked hashtags; the network will not publish the post as it is.",
    fires=(
        Example(
            "Our spring walk along the coast. #coast #spring #walk #sea #nature"
            " <marker>#travel #photo #weekend</marker>",
            platform="instagram",
        ),
        Example("Great match tonight #football <marker>#soccer</marker>", platform="threads"),
        Example(
            "#one #two #three #four #five <marker>#six</marker> at the show https://example.com"
            " <marker>#seven</marker>",
            platform="instagram",
        ),
        Example("Harbour at dawn #harbour <marker>#sea</marker> 🌊", platform="threads"),
    ),
    quiet=(
        Example(
            "Morning light on the harbour today. #harbour #morning #light #boats #sea",
            platform="instagram",
            reason="five is Instagram's cap, not over it",
        ),
        Example("Great match tonight #football", platform="threads", reason="one topic tag"),
        Example(
            "Ship day #iOS #Android #dev #launch #mobile #apps", platform="x", reason="no cap on X"
        ),
        Example(
            "See https://example.com/#a https://example.com/#b https://example.com/#c "
            "https://example.com/#d https://example.com/#e https://example.com/#f",
            platform="instagram",
            reason="anchors inside links are not hashtags",
        ),
        Example("Issue #1 #2 #3 #4 #5 #6 is out", platform="instagram", reason="numbers"),
        Example("Our #1 seller is back.", platform="threads", reason="#1 is no hashtag"),
    ),
)
def over_hashtag_limit(post: Post, options: Mapping[str, Any]) -> Iterator[Hit]:
    """More hashtags than the network accepts at all: the post will not go out as it is.

    ## What it does
    Counts the post's hashtags (as X and Instagram recognise them: `#1` and anchors inside
    links are not hashtags) against the network's cap: 5 on Instagram (since December
    2025; set `hashtag_limit = 30` for an account on the old cap) and 1 topic tag on
    Threads. It marks the hashtags past the cap, and only them: the words and links
    between stay unmarked.

    ## Why is this bad?
    The network refuses the post, or publishes it without the extra tags; either way it does
    not go out as written. This is why it is an error, where `hashtag-stuffing`, a matter of
    style, is a suggestion.
    """
    platform = post.platform
    tags, cap = post.hashtags, platform.hashtag_limit
    if cap is None or len(tags) <= cap:
        return
    message = (
        f"{platform.label} accepts at most {_count(cap, 'hashtag')}; this post has {len(tags)}."
    )
    hint = f"Cut {_count(len(tags) - cap, 'hashtag')} (marked) and keep the {cap} most specific."
    for start, end in tag_runs(post, tags[cap:]):
        yield Hit(start, end, message=message, hint=hint)


@rule(
    code="SMM403",
    name="hashtag-stuffing",
    severity=Severity.SUGGESTION,
    category="hashtags",
    message="More hashtags than this network's norm.",
    hint="Keep the most specific hashtags; cut the rest.",
    fires=(
        Example(
            "Ship day for the new app #iOS #Android <marker>#dev #launch</marker>", platform="x"
        ),
        Example(
            "Lessons from this year #career #growth #learning <marker>#hiring #jobs</marker>",
            platform="linkedin",
        ),
        Example(
            "#one #two #three <marker>#four</marker> see https://example.com "
            "<marker>#five</marker>",
            platform="facebook",
        ),
        Example("<marker>#sunset #beach #sea</marker> wow", platform="instagram"),
        Example("New post #a #b <marker>#c</marker> up <marker>#d</marker>", platform="x"),
        Example(
            "Loving #Python and #Django for <marker>#web</marker> work with "
            "<marker>#Postgres</marker> and <marker>#Redis</marker> today",
            platform="x",
        ),
    ),
    quiet=(
        ("Any tips for #Python testing? I use #pytest daily.", "two hashtags in sentences"),
        Example(
            "Ship day for the new app #iOS #Android #launch",
            platform="x",
            reason="one over X's norm of two is a matter of taste",
        ),
        Example(
            "The future of #Syria is female, says @irishtatler on #IWD today #RefugeesWelcome"
            " #Syria",
            platform="x",
            reason="hashtags used as words of the sentence are not tacked on",
        ),
        ("Issue #42 is fixed, and #7 next.", "numbers are not hashtags"),
        ("C# and F# both work here.", "a # after a letter is no hashtag"),
        (
            "Docs: https://example.com/#install https://example.com/#usage https://example.com/#faq"
            " https://example.com/#api",
            "anchors inside links are not hashtags",
        ),
        Example(
            "Our spring walk along the coast. #coast #spring #walk #sea #nature #travel",
            platform="instagram",
            reason="over Instagram's cap: over-hashtag-limit's error, not also this",
        ),
        Example(
            "New trail guide for the national park is out. #Hiking #NationalParks #Outdoors"
            " #TrailRunning #Maps",
            platform="mastodon",
            reason="Mastodon relies on hashtags for discovery",
        ),
        ("# Heading\nSome notes on the meeting, and the #agenda.", "a Markdown heading is no tag"),
        Example(
            "Agreed! RT @news: Rally today #NoBanNoWall #heretostay #not1more",
            platform="x",
            reason="the hashtags of a retweet are someone else's",
        ),
    ),
)
def hashtag_stuffing(post: Post, options: Mapping[str, Any]) -> Iterator[Hit]:
    """More hashtags tacked on than the network's norm, or a post that is mostly hashtags.

    ## What it does
    Counts the post's hashtags (as X and Instagram recognise them: `#1` and anchors inside
    links are not hashtags) against the network's norm: 2 on X, 3 on LinkedIn, Facebook,
    Bluesky and generic drafts, 5 on Instagram and Mastodon, 1 topic tag on Threads.

    A hashtag that is a word of its sentence ("the future of #Syria is female", "under the
    same occupation as #Palestine except…") is read as a word, not as stuffing: a
    hashtag is part of the sentence when it stands alone (a row of hashtags is a list, never
    a word) between words, or between a word and the sentence's own punctuation, and one of
    those words is in lower case (tags between capitalised names, "Floyd #RaceDay America",
    are a trending-topic word salad). The rule fires when
    the hashtags tacked on (before, after or between sentences) are more than one over the
    norm (one over is a matter of taste: the norms are the networks' advice), or
    when the post tags more than twice the norm in all, inline or not (tagging every other
    word is stuffing too). It marks the hashtags to cut, tacked-on ones first, and only
    them (the words and links between stay unmarked); the message counts every hashtag,
    and the hint says how many to cut. A post whose hashtags outnumber its own words (three
    or more hashtags) is a wall of hashtags even under the norm; then every hashtag is
    marked. Past a network's cap (Instagram, Threads) the post cannot go out: that is
    `over-hashtag-limit`'s error, and this rule stays quiet. The hashtags of a retweeted
    text ("RT @user: ...") are someone else's and are not counted.

    Left alone: whether a tag is the right one (a trending tag hijacked by spam, two
    spellings of one campaign) cannot be told from the text.

    ## Why is this bad?
    A string of hashtags reads as spam, buries the message and is hard to follow with a
    screen reader. The networks say so themselves: X recommends two at most, and fewer,
    specific tags find the right readers.
    """
    platform = post.platform
    cap = platform.hashtag_limit
    if not post.hashtags or (cap is not None and len(post.hashtags) > cap):
        return
    tags, norm = own_hashtags(post), platform.hashtag_norm  # not a retweet's hashtags
    # Within the norm and its tolerance no hashtag is cut, whichever are words of sentences.
    few = len(tags) <= min(norm + TOLERANCE, 2 * norm)
    inline = frozenset() if few else inline_hashtags(post)
    tacked = [t for t in tags if t not in inline]
    if len(tacked) > norm + TOLERANCE or len(tags) > 2 * norm:
        excess = len(tags) - norm
        # Cut tacked-on hashtags first; inline ones, the words of a sentence, only past them.
        words = [t for t in tags if t in inline]
        extra = excess - len(tacked)
        marked = (
            tacked[-excess:]
            if extra <= 0
            else sorted(tacked + words[-extra:], key=lambda t: t.start)
        )
        message = f"{len(tags)} hashtags where {norm} is the norm on {platform.label}."
        hint = f"Keep the {_count(norm, 'most specific hashtag')} and cut the {excess} marked"
        hint += "; the hashtags inside your sentences count too." if inline else "."
    elif len(tags) >= WALL_MIN_HASHTAGS and len(tags) > len(post.own_words):
        words = len(post.own_words)
        message = f"The post is mostly hashtags: {len(tags)} hashtags, {_count(words, 'word')}."
        hint = (
            "Say in a sentence what the post is about, and keep the one or two most specific "
            "hashtags."
        )
        marked = tags
    else:
        return
    for start, end in tag_runs(post, marked):
        yield Hit(start, end, message=message, hint=hint)


def _count(number: int, noun: str) -> str:
    """ "1 hashtag", "2 hashtags", "2 most specific hashtags"."""
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"
