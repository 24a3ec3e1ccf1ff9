"""Media rules: a post without a visual (SMM7xx)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from smmlint.core.model import Severity
from smmlint.core.registry import Example, Hit, rule
from smmlint.read.post import Post


@rule(
    code="SMM701",
    name="missing-visual",
    severity=Severity.SUGGESTION,
    category="media",
    message="A post without an image or video travels less far.",
    hint="Add a photo, chart or short clip that shows what the post says.",
    fires=(
        Example("We spent the week rebuilding the playground on Elm Street.", has_media=False),
        Example("Which talk should we record next? Vote in the replies.", has_media=False),
        Example("Big thanks to everyone who came to the open day 🙌", has_media=False),
        Example("Three things we learned shipping our app:\n1. Talk to users", has_media=False),
    ),
    quiet=(
        Example(
            "Our team spent the week rebuilding the playground.",
            reason="the caller did not say whether the post has media",
        ),
        Example(
            "Our team spent the week rebuilding the playground.",
            has_media=True,
            reason="the post has media",
        ),
        Example(
            "Photos from the open day are up: https://example.com/open-day",
            has_media=False,
            reason="a link shows its own preview card",
        ),
        Example("", has_media=False, reason="nothing to post"),
        Example("   \n ", has_media=False, reason="only whitespace"),
        Example(
            "Here is a photo of the new office 📸",
            reason="talk of a photo is not a statement about media",
        ),
    ),
)
def missing_visual(post: Post, options: Mapping[str, Any]) -> Iterator[Hit]:
    """A post the caller says has no image or video.

    ## What it does
    Only when the caller passes `has_media=False` (`"has_media": false` in a server
    request), reports the whole post as a suggestion. It never guesses:
    with `has_media` unknown (`None`) or `True` it stays quiet. A post with a link is
    left alone too, since networks show the linked page's preview card, and so is an empty
    draft.

    ## Why is this bad?
    Images sell the story: across networks, posts with a photo, chart or short video are
    shown, liked and shared more than text alone, and they stop the scroll long enough for
    the words to be read.
    """
    if post.has_media is False and post.text.strip() and not post.urls:
        yield Hit(0, len(post.text), scope="post")
