"""Posts the WordPress tests write: one that only pushes, and the same post fixed."""

from __future__ import annotations

PUSHY_TITLE = "Spring sale"
PUSHY_BODY = "Our spring range is live. Buy now and save 50%! Shop now while stocks last."
# The fix the issue describes: drop the hard sell, ask a question.
FIXED_TITLE = "Spring walks"
FIXED_BODY = "Our spring range is live. Which colour would you pick for a rainy Saturday walk?"

PUSHY_SOCIAL = "New range! Buy now, only 3 left, sale ends tonight. Link in bio."
FIXED_SOCIAL = "Which colour would you pick for a rainy Saturday walk?"


def paragraph(html: str) -> str:
    """Block markup for one paragraph, as the block editor saves it."""
    return f"<!-- wp:paragraph -->\n<p>{html}</p>\n<!-- /wp:paragraph -->"


PUSHY_CONTENT = paragraph(PUSHY_BODY.replace("Buy now", "<strong>Buy now</strong>"))
FIXED_CONTENT = paragraph(FIXED_BODY)


EMBED_URL = "https://www.youtube.com/watch?v=smmlint0001"
# An embed block as the block editor saves it: WordPress turns the URL on its own line into the
# provider's player (oEmbed) when the_content runs, caching the answer in `_oembed_*` post meta.
EMBED_CONTENT = (
    f'<!-- wp:embed {{"url":"{EMBED_URL}","type":"video","providerNameSlug":"youtube"}} -->\n'
    '<figure class="wp-block-embed is-type-video is-provider-youtube wp-block-embed-youtube">'
    f'<div class="wp-block-embed__wrapper">\n{EMBED_URL}\n</div></figure>\n'
    "<!-- /wp:embed -->"
)
