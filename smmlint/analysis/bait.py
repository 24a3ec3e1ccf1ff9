"""Bait phrases in the author's own words: requests for reactions, shares, tags, comments
or follows given as orders ("like if you agree", "tag a friend"), read once for
`engagement-bait`, which marks them, and `multiple-ctas`, which counts them but leaves the
marking to `engagement-bait`."""

from __future__ import annotations

from typing import NamedTuple

import regex

from smmlint.analysis.borrowed import own_prose
from smmlint.analysis.imperative import gives_order
from smmlint.analysis.lexicon import Lexicon
from smmlint.read.post import Post

BAIT = Lexicon.from_data("bait.txt")

_IF = regex.compile(r"[ \t]++if(?!\w)", regex.IGNORECASE)
# The words of an "if" condition, up to punctuation or an emoji: "Like if< you agree>".
_CONDITION = regex.compile(r"(?:[ \t]++[\p{L}\p{N}'’]++){1,8}+")
# Appeals the networks exempt: "share if you can help find her", "tag someone who has seen".
_APPEAL = regex.compile(
    r"(?<!\w)(?:help(?:s|ing)?+|(?:has|have|'ve|’ve)\s++seen"
    r"|knows?+\s++(?:anyone|anybody|someone|somebody|where|who|her|him|them|of))(?!\w)",
    regex.IGNORECASE,
)
_APPEAL_REACH = 60  # characters after the phrase


class BaitPhrase(NamedTuple):
    """One bait phrase: its kind (a ``bait.txt`` section without "-anywhere": "react",
    "share", "tag", "follow"...) and its span, an "if" condition after it included."""

    kind: str
    start: int
    end: int


def bait_phrases(post: Post) -> tuple[BaitPhrase, ...]:
    """The bait phrases given as orders in the author's own prose ("like this comment",
    "tag a friend"), in text order (memoised)."""
    return post.memo("bait phrases", _bait_phrases)


def _bait_phrases(post: Post) -> tuple[BaitPhrase, ...]:
    own = own_prose(post)
    found = []
    for match in BAIT.finditer(own):
        kind, _, anywhere = match.category.partition("-")
        if not anywhere and not gives_order(own, match.start):
            continue
        end = match.end
        condition = _IF.match(own, end)  # "Like and share< if you love coffee>"
        if condition or own[match.start : match.end].lower().endswith("if"):
            end = _condition_end(own, condition.end() if condition else end)
        if kind in ("share", "tag") and _APPEAL.search(own, match.end, end + _APPEAL_REACH):
            continue
        found.append(BaitPhrase(kind, match.start, end))
    return tuple(found)


def _condition_end(text: str, start: int) -> int:
    condition = _CONDITION.match(text, start)
    return condition.end() if condition else start
