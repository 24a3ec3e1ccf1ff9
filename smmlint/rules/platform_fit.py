"""Platform-fit rules: over the network's length limit, key content after the fold (SMM4xx)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from smmlint.analysis.question_ends import question_ends
from smmlint.core.model import Severity
from smmlint.core.registry import Example, Hit, rule
from smmlint.read.post import Post

# Filler prose for the examples below: plain sentences with no question, link or mention.
_STORY = "We spent the spring rebuilding the garden behind the library with the neighbours. "
_LONG_STORY = _STORY * 3  # 246 characters, past LinkedIn's 210-character fold


@rule(
    code="SMM401",
    name="over-length",
    severity=Severity.ERROR,
    category="platform",
    message="The post is longer than the network accepts.",
    hint="Cut what is marked, or split the post into a thread.",
    fires=(
        Example("x" * 275 + " word<marker> more text</marker>", platform="x"),
        Example("雨" * 140 + "<marker>が降っています。</marker>", platform="x"),
        Example("🎉" * 125 + "<marker>🎉 party</marker>", platform="threads"),
        Example(_STORY * 3 + "🌱" * 54 + "<marker>🌷🌷</marker>", platform="bluesky"),
        Example("word " * 100 + "<marker>and then some</marker>", platform="mastodon"),
        Example("a" * 3000 + "<marker>b</marker>", platform="linkedin"),
    ),
    quiet=(
        Example(
            "x" * 250 + " https://example.com/" + "long-path/" * 20,
            platform="x",
            reason="a link counts 23 on X, however long it is",
        ),
        Example("x" * 280, platform="x", reason="exactly at the limit"),
        Example("x" * 280 + "\n\n  ", platform="x", reason="only trailing whitespace is past it"),
        Example(
            "Thanks @alice@very-long-server-name.example.social! " * 12,
            platform="mastodon",
            reason="Mastodon counts @name@server as @name",
        ),
        Example(
            "👨‍👩‍👧‍👦" * 150,
            platform="bluesky",
            reason="a family emoji is one grapheme on Bluesky",
        ),
        Example("A long essay. " * 1000, platform="generic", reason="no limit for a generic draft"),
        Example("a" * 2999, platform="linkedin", reason="under LinkedIn's 3,000"),
    ),
)
def over_length(post: Post, options: Mapping[str, Any]) -> Iterator[Hit]:
    """The post is longer than its network accepts, counted the way that network counts.

    ## What it does
    Measures the post as its network does: X weighs characters (most CJK and emoji count 2,
    every link 23), Mastodon counts links as 23 and `@name@server` as `@name`, Bluesky
    counts graphemes with links shortened, Threads counts an emoji as its UTF-8 bytes. When
    the post is over the limit, it marks everything from the first character that does not
    fit to the end. Trailing whitespace is not counted. Limits can be set per project, for
    example `[platforms.mastodon] max_length = 1000` for an instance with longer posts.

    ## Why is this bad?
    The network refuses the post, or a scheduling tool cuts it mid-sentence. Knowing exactly
    what falls outside the limit shows what to trim.
    """
    platform = post.platform
    limit = platform.max_length
    text = post.text.rstrip()
    if limit is None or not text:
        return
    length = post.trimmed_length
    if length <= limit:
        return
    unit = platform.length_unit
    yield Hit(
        platform.fit(text, limit),
        len(text),
        message=f"{length:,} {unit} where {platform.label} accepts {limit:,}.",
        hint=f"Cut {length - limit:,} {unit} (the marked end), or split the post in two.",
    )


@rule(
    code="SMM402",
    name="content-after-fold",
    severity=Severity.SUGGESTION,
    category="platform",
    message="Key content is hidden behind the network's 'see more'.",
    hint="Move it into the opening lines, before the fold.",
    fires=(
        Example(
            _LONG_STORY + "<marker>Which plant should we add next?</marker>", platform="linkedin"
        ),
        Example(
            _LONG_STORY + "Photos: <marker>https://example.org/garden</marker>", platform="linkedin"
        ),
        Example(_STORY * 2 + "Thanks to <marker>@rosa.gardens</marker>!", platform="instagram"),
        Example(
            _STORY * 6 + "The full story: <marker>https://example.org/garden</marker>",
            platform="facebook",
        ),
    ),
    quiet=(
        Example(
            "Which plant should we add next? " + _LONG_STORY,
            platform="linkedin",
            reason="the question comes before the fold",
        ),
        Example(
            "Short post with a question? https://example.org",
            platform="linkedin",
            reason="shorter than the fold",
        ),
        Example(
            _STORY * 2 + "#garden #spring #library",
            platform="instagram",
            reason="hashtags work for search wherever they are",
        ),
        Example(
            _LONG_STORY + "What would you plant?",
            platform="bluesky",
            reason="Bluesky shows whole posts",
        ),
        Example(
            "Photos: https://example.org/garden " + _LONG_STORY + "More: https://example.org",
            platform="linkedin",
            reason="one link is already visible",
        ),
        Example(
            "See https://example.org/?q=1 " + _LONG_STORY,
            platform="linkedin",
            reason="a ? inside a link is not a question",
        ),
        Example(
            _STORY * 3 + "What would you plant?",
            platform="x",
            reason="within X's 280, nothing is folded",
        ),
        Example(
            _STORY * 2 + "Garden map: https://example.org/map",
            platform="instagram",
            reason="a link in an Instagram caption cannot be clicked anyway",
        ),
    ),
)
def content_after_fold(post: Post, options: Mapping[str, Any]) -> Iterator[Hit]:
    """The question, link or person addressed appears only after the network's "see more".

    ## What it does
    On networks that fold long posts (LinkedIn after about 210 characters, Facebook about
    477, Instagram 125, X 280 for longer posts) it looks for the content a reader has to see
    to answer or act: a question (a sentence ending in "?"), a link, an @mention. When the
    post has such content but none of it is visible before the fold, it marks the first one
    after it. A question counts as visible when its question mark is; a link or mention when
    it starts before the fold. Hashtags are not key content: the networks index them wherever
    they are; nor are links where they cannot be clicked (Instagram captions). A post over
    its length limit is left to `over-length`.

    ## Why is this bad?
    Most readers never tap "see more". A question nobody sees gets no answers, a link below
    the fold gets no clicks, and the person you thank never learns it from the preview.
    """
    platform = post.platform
    if platform.fold_at is None:
        return
    length = post.trimmed_length
    if length <= platform.fold_at or (platform.max_length and length > platform.max_length):
        return
    fold = platform.fit(post.text, platform.fold_at)
    links = post.urls if platform.clickable_links else ()
    # each kind of key content: (start, end, where a reader sees it) of each one, the message
    kinds = (
        (question_ends(post), "The question comes only after 'see more'."),
        ([(u.start, u.end, u.start) for u in links], "The link is below the fold."),
        (
            [(m.start, m.end, m.start) for m in post.mentions],
            "The person you address is below the fold.",
        ),
    )
    for found, message in kinds:
        if found and all(seen_at >= fold for _, _, seen_at in found):
            start, end, _ = found[0]
            yield Hit(start, end, message=message)
