"""The numbers a report carries about a post: lengths, counts, readability and tone."""

from __future__ import annotations

from typing import Any

from smmlint.analysis.readability import measure_readability
from smmlint.analysis.tone import measure_tone
from smmlint.read.offsets import utf16_length
from smmlint.read.post import Post


def measure(post: Post) -> dict[str, Any]:
    """Everything a badge, a dashboard or an audit summary may want to show."""
    platform = post.platform
    return {
        "length": {
            "code_points": len(post.text),
            "utf16": utf16_length(post.text),
            "graphemes": post.graphemes.count(),
            "platform": post.platform_length,
            "limit": platform.max_length,
            "unit": platform.length_unit,
        },
        "words": len(post.own_words),
        "sentences": len(post.sentences),
        "hashtags": len(post.hashtags),
        "mentions": len(post.mentions),
        "urls": len(post.urls),
        "emoji": len(post.emoji),
        "readability": measure_readability(post).to_dict(),
        "tone": measure_tone(post).to_dict(),
    }
