"""The real smmlint server with four test-only rules that bait the extension's error paths.

Run like ``python -m server``: ``python tests/extension/bait_server.py --port 0 ...``. The rules
register through the library's public ``@rule`` decorator before the server starts, so the
request path (Flask app, waitress, engine, serializer) is the production one:

- ``htmlbait`` in a draft → a span finding and a post finding whose message and hint are HTML;
- ``crashbait`` → a rule raises, the server answers 500 ``rule_failed``;
- ``slowbait`` → a rule sleeps longer than the extension waits for an answer;
- ``lagbait`` → a rule sleeps a while, well within the wait: a request stays in flight.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Iterator, Mapping
from typing import Any

from ext_bait import (
    CRASH_BAIT,
    HTML_BAIT,
    HTML_HINT,
    HTML_MESSAGE,
    LAG_BAIT,
    LAG_SECONDS,
    POST_MESSAGE,
    SLOW_BAIT,
    SLOW_SECONDS,
)

from server.__main__ import main
from smmlint.core.registry import Hit, rule
from smmlint.read.post import Post


@rule(
    code="SMM990",
    name="html-span-bait",
    severity="warning",
    category="test",
    message=HTML_MESSAGE,
    hint=HTML_HINT,
    fires=("say <marker>htmlbait</marker> now",),
    quiet=(("say hello now", "no bait"),),
)
def html_span_bait(post: Post, options: Mapping[str, Any]) -> Iterator[Hit]:
    """Marks every "htmlbait" with a message and hint made of HTML."""
    start = post.text.find(HTML_BAIT)
    while start >= 0:
        yield Hit(start, start + len(HTML_BAIT))
        start = post.text.find(HTML_BAIT, start + 1)


@rule(
    code="SMM991",
    name="html-post-bait",
    severity="suggestion",
    category="test",
    message=POST_MESSAGE,
    hint=HTML_HINT,
    fires=("say htmlbait now",),
    quiet=(("say hello now", "no bait"),),
)
def html_post_bait(post: Post, options: Mapping[str, Any]) -> Iterator[Hit]:
    """A post-level finding with HTML in its message, when the draft holds "htmlbait"."""
    if HTML_BAIT in post.text:
        yield Hit(0, len(post.text), scope="post")


@rule(
    code="SMM992",
    name="crash-bait",
    severity="error",
    category="test",
    message="never shown",
    hint="never shown",
    fires=(),
    quiet=(("say hello now", "no bait"),),
)
def crash_bait(post: Post, options: Mapping[str, Any]) -> Iterator[Hit]:
    """Raises when the draft holds "crashbait" (the server answers 500)."""
    if CRASH_BAIT in post.text:
        raise RuntimeError("bait: a rule crashed")
    yield from ()


@rule(
    code="SMM993",
    name="slow-bait",
    severity="error",
    category="test",
    message="never shown",
    hint="never shown",
    fires=(),
    quiet=(("say hello now", "no bait"),),
)
def slow_bait(post: Post, options: Mapping[str, Any]) -> Iterator[Hit]:
    """Stalls when the draft holds "slowbait" (the extension times out)."""
    if SLOW_BAIT in post.text:
        time.sleep(SLOW_SECONDS)
    yield from ()


@rule(
    code="SMM994",
    name="lag-bait",
    severity="suggestion",
    category="test",
    message="never shown",
    hint="never shown",
    fires=(),
    quiet=(("say hello now", "no bait"),),
)
def lag_bait(post: Post, options: Mapping[str, Any]) -> Iterator[Hit]:
    """Takes LAG_SECONDS when the draft holds "lagbait" (an answer that is late, not lost)."""
    if LAG_BAIT in post.text:
        time.sleep(LAG_SECONDS)
    yield from ()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], prog="bait_server.py"))
