"""Platform profiles: each network's length limit and how it counts, its fold and its norms.

Numbers are the networks' published ones as of 2026, each with its source beside it. Where a
network publishes nothing (where Facebook folds a post, how many hashtags LinkedIn likes) the
number is the one practitioners measure, and says so. Every limit can be overridden per
project (``[platforms.mastodon] max_length = 1000``), for a Mastodon instance with its own
limit or an X account with longer posts.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from smmlint.platforms.counting import (
    BLUESKY,
    CODE_POINTS,
    MASTODON,
    THREADS,
    X_WEIGHTED,
    LengthCounter,
)
from smmlint.platforms.entities import HandleStyle


@dataclass(frozen=True)
class Platform:
    """A network's published limits and norms."""

    name: str
    label: str
    max_length: int | None  # the longest post the network accepts, in ``length_unit``
    counter: LengthCounter = field(default=CODE_POINTS, repr=False)
    length_unit: str = "characters"
    fold_at: int | None = None  # length shown before "see more"; None: no fold
    hashtag_limit: int | None = None  # most hashtags the network accepts at all
    hashtag_norm: int = 3  # more than this reads as stuffing
    aliases: tuple[str, ...] = ()
    handles: HandleStyle = "x"  # how a mention is written here
    link_limit: int | None = None  # most links the network accepts in one post
    clickable_links: bool = True  # False where a link in the text is not a link (captions)
    link_note: str = "Links count as typed."
    hashtag_note: str = "One to three specific hashtags help; more read as spam."

    def length(self, text: str) -> int:
        """The post's length as this network counts it."""
        return self.counter(text)

    def fit(self, text: str, limit: int) -> int:
        """The code-point offset where the longest prefix of length ``limit`` or less ends."""
        return self.counter.fit(text, limit)

    def to_dict(self) -> dict[str, Any]:
        """The profile as JSON-ready data (for ``GET /v1/platforms`` and documentation)."""
        return {
            "name": self.name,
            "label": self.label,
            "aliases": list(self.aliases),
            "max_length": self.max_length,
            "length_unit": self.length_unit,
            "fold_at": self.fold_at,
            "hashtag_norm": self.hashtag_norm,
            "hashtag_limit": self.hashtag_limit,
            "link_limit": self.link_limit,
            "clickable_links": self.clickable_links,
            "handles": self.handles,
            "links": self.link_note,
            "hashtags": self.hashtag_note,
        }


GENERIC = Platform(
    name="generic",
    label="Generic",
    max_length=None,
    handles="fediverse",  # a draft for anywhere: "@name@server" is a handle, not an e-mail
)

X = Platform(
    name="x",
    label="X",
    aliases=("twitter",),
    # docs.x.com/fundamentals/counting-characters: 280, weighted (twitter-text config v3).
    # Premium accounts may post up to 25,000: set [platforms.x] max_length = 25000.
    max_length=280,
    counter=X_WEIGHTED,
    length_unit=X_WEIGHTED.unit,
    # A longer (Premium) post shows its first 280 characters and "Show more" in timelines.
    fold_at=280,
    # X Help Center, "How to use hashtags": "no more than 2 hashtags per post as best practice".
    hashtag_norm=2,
    link_note="Every link counts as 23 characters (t.co), whatever its length.",
    hashtag_note="X recommends no more than 2 hashtags per post.",
)

LINKEDIN = Platform(
    name="linkedin",
    label="LinkedIn",
    max_length=3000,  # LinkedIn Help, "Share posts": up to 3,000 characters
    # The feed cuts a post after about 210 characters on desktop (~140 on mobile) with
    # "...see more" (measured by practitioners; LinkedIn publishes no figure). The desktop
    # figure is used so only content hidden for every reader is flagged; set fold_at = 140
    # to plan for mobile.
    fold_at=210,
    # LinkedIn's posting tips and most guides suggest about three hashtags.
    hashtag_norm=3,
    link_note="Links count as typed; LinkedIn adds a preview card for the first one.",
    hashtag_note="About three specific hashtags, at the end of the post.",
)

FACEBOOK = Platform(
    name="facebook",
    label="Facebook",
    max_length=63206,  # Facebook's long-standing limit for a post's text
    # The desktop feed shows about 477 characters before "See more" (~125 on mobile);
    # measured by practitioners, Meta publishes no figure. Desktop, as for LinkedIn.
    fold_at=477,
    hashtag_norm=3,  # Meta publishes no norm; hashtags do little on Facebook
    link_note="Links count as typed; the preview card needs no URL left in the text.",
    hashtag_note="Hashtags do little on Facebook; one or two at most.",
)

INSTAGRAM = Platform(
    name="instagram",
    label="Instagram",
    handles="instagram",
    max_length=2200,  # Instagram Help / Graph API: a caption holds up to 2,200 characters
    fold_at=125,  # the feed shows about 125 characters of a caption before "more"
    # Instagram (@creators, 18 Dec 2025): "Instagram will gradually update the number of
    # hashtags that you can include in a caption for a reel or post to five", down from the
    # 30 allowed since 2011. Accounts not yet updated may set hashtag_limit = 30.
    hashtag_limit=5,
    hashtag_norm=5,
    clickable_links=False,
    link_note="Links in captions are not clickable: point to the bio or a link sticker.",
    hashtag_note="At most 5 hashtags (since December 2025), specific rather than generic.",
)

MASTODON_PROFILE = Platform(
    name="mastodon",
    label="Mastodon",
    handles="fediverse",
    # Mastodon's StatusLengthValidator: 500 by default, counted in graphemes, each link as 23
    # and "@name@server" as "@name"; every instance may set its own limit
    # (configuration.statuses.max_characters): [platforms.mastodon] max_length = 1000.
    max_length=500,
    counter=MASTODON,
    length_unit=MASTODON.unit,
    # Hashtags are how posts are found on Mastodon (no ranking, search is opt-in), so a few
    # more than elsewhere are normal; CamelCase them for screen readers.
    hashtag_norm=5,
    link_note="Every link counts as 23 characters; remote mentions count without @server.",
    hashtag_note="Hashtags are how people find posts; write them in CamelCase.",
)

BLUESKY_PROFILE = Platform(
    name="bluesky",
    label="Bluesky",
    handles="atproto",
    # app.bsky.feed.post lexicon: text maxGraphemes 300 (and maxLength 3000 bytes). The app
    # counts a link as the short form it shows (social-app's toShortUrl).
    max_length=300,
    counter=BLUESKY,
    length_unit=BLUESKY.unit,
    link_note="A link counts as its short form: the host and up to 13 characters of the path.",
)

THREADS_PROFILE = Platform(
    name="threads",
    label="Threads",
    handles="instagram",
    # Threads API, "Posts": text posts are limited to 500 characters, and emojis count as
    # their number of UTF-8 bytes. Longer text goes in a text attachment (10,000).
    max_length=500,
    counter=THREADS,
    length_unit=THREADS.unit,
    # Threads allows one topic tag per post (Mosseri, December 2023).
    hashtag_limit=1,
    hashtag_norm=1,
    # Threads API, "Text attachments": from 22 Dec 2025 a post with more than 5 links fails.
    link_limit=5,
    link_note="At most 5 links per post; an emoji counts as its UTF-8 bytes (up to 4 each).",
    hashtag_note="One topic tag per post.",
)

PLATFORMS: dict[str, Platform] = {
    p.name: p
    for p in (
        GENERIC,
        X,
        LINKEDIN,
        FACEBOOK,
        INSTAGRAM,
        MASTODON_PROFILE,
        BLUESKY_PROFILE,
        THREADS_PROFILE,
    )
}


# Every name and alias, for the lookup each lint makes (the first profile to claim one wins).
_BY_NAME: dict[str, Platform] = {
    name: profile
    for profile in reversed(PLATFORMS.values())
    for name in (profile.name, *profile.aliases)
}


def get_platform(name: str | Platform) -> Platform:
    """The profile called ``name`` (or one of its aliases); ``ValueError`` lists the valid ones."""
    if isinstance(name, Platform):
        return name
    found = _BY_NAME.get(name) if isinstance(name, str) else None
    if found is None:
        found = _BY_NAME.get(str(name).strip().lower())
    if found is not None:
        return found
    valid = ", ".join(sorted(PLATFORMS))
    raise ValueError(f"unknown platform {name!r}; valid platforms: {valid}")
