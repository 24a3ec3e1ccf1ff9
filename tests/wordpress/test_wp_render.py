"""Rendering a post for the check, called directly in PHP inside WordPress: it fetches nothing,
writes nothing, and leaves WordPress's hooks and globals as it found them."""

from __future__ import annotations

import pytest
from wp_posts import EMBED_CONTENT, EMBED_URL, FIXED_CONTENT, FIXED_TITLE
from wp_site import wp

pytestmark = pytest.mark.usefixtures("mariadb")

# A link on a line of its own: WordPress would ask the page for its oEmbed (discovery).
DISCOVERABLE = "\n\nhttps://example.org/walks/rainy-saturday\n\n"


@pytest.fixture
def post(users) -> int:
    # An editor's post: editors may embed from any site, so WordPress would even try discovery.
    content = (
        FIXED_CONTENT + "\n\n" + EMBED_CONTENT + DISCOVERABLE + "[embed]" + EMBED_URL + "[/embed]"
    )
    return wp("post", author=users["editor"].id, title=FIXED_TITLE, content=content)


def test_embeds_stay_urls_and_nothing_is_fetched_or_written(post):
    before = wp("post_state", id=post)
    rendered = wp("render", id=post)
    assert rendered["error"] is None and rendered["fetched"] == []
    assert EMBED_URL in rendered["html"] and "<iframe" not in rendered["html"]
    assert "rainy-saturday" in rendered["html"]
    assert (rendered["hooks_changed"], rendered["global_post"]) == ([], False)
    assert wp("post_state", id=post) == before


def test_hooks_and_globals_are_restored_when_a_filter_throws(post):
    rendered = wp("render", id=post, throw=True)
    assert rendered["error"] == "a filter failed"
    assert (rendered["hooks_changed"], rendered["global_post"]) == ([], False)
