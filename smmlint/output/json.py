"""``json``: one JSON object per line and post, the library's ``Report.to_dict()`` wire
shape with the post's ``path`` first (JSON Lines, the same shape ``audit`` writes)."""

from __future__ import annotations

import json

from smmlint.output.results import Results


def render(results: Results) -> str:
    """One line of JSON per post."""
    return "".join(
        json.dumps({"path": post.path, **post.report.to_dict()}, ensure_ascii=False) + "\n"
        for post in results.posts
    )
