"""Links as a reader reads them: a page shared, not a site named ("Stay on Next.co.uk") nor
two words a missing space glued ("by tomorrow.call 6744"); read for `bare-link`."""

from __future__ import annotations

import regex

from smmlint.analysis.conversation import glued_words
from smmlint.platforms.entities import Entity
from smmlint.read.post import Post

# A capitalised host with no protocol and no path is a company's name ("Stay on Next.co.uk",
# "Book on Booking.com"): a site named, not a page shared.
_SITE_NAME = regex.compile(r"\p{Lu}[\w-]*+(?:\.[\w-]++)++")


def shared_links(post: Post) -> tuple[Entity, ...]:
    """The post's links that share a page: neither a site's name nor glued words (memoised)."""
    return post.memo("shared links", _shared_links)


def _shared_links(post: Post) -> tuple[Entity, ...]:
    text = post.text
    return tuple(
        url
        for url in post.urls
        if not (_SITE_NAME.fullmatch(text, url.start, url.end) or glued_words(post, url))
    )
