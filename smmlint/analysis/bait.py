"""Bait phrases in the author's own words: requests for reactions, shares, tags, comments
or follows given as orders ("like if you agree", "tag a friend"), read once for
`engagement-bait`, which marks them, and `multiple-ctas`, which counts them but leaves the
marking to `engagement-bait`; also the reaction polls ("like for yes, love for no") and
set comments ("comment YES") that `engagement-bait` marks."""

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
# One vote option: "like for yes", "❤️ for travel", "haha = B". Two different ones make a poll.
_VOTE = regex.compile(
    r"(?:(?<![\w])(?P<word>like|love|haha|wow|sad|angry|care|heart|share|comment|retweet|rt)"
    r"|(?P<emoji>\p{Extended_Pictographic})\uFE0F?+)\s*+(?:for|=)\s++[\p{L}\p{N}]++",
    regex.IGNORECASE,
)
# A set comment: 'comment "YES"', "type AMEN", "comment 🔥". A word in capitals is a set
# word only where the words after it are not capitals too: "COMMENT TELL ME WHAT YOU THINK"
# is an open invitation shouted. "Type in" a name is a search, not a comment.
_SET_COMMENT = regex.compile(
    r"(?<![\w])(?i:comment|type(?!\s++in(?:to)?+(?![\p{L}\p{N}])))\s++"
    r"(?:[\"“'‘]\p{L}[\p{L}\p{N} ]{0,19}+[\"”'’]"
    r"|\p{Lu}{2,}+(?![\p{L}\p{N}])(?![^\S\n]++\p{Lu}{2,}+(?![\p{L}\p{N}]))"
    r"|\p{Extended_Pictographic}\uFE0F?+)"
)


class BaitPhrase(NamedTuple):
    """One bait phrase: its kind (a ``bait.txt`` section without "-anywhere": "react",
    "share", "tag", "follow"...; "vote" for a poll's option, "comment" for a set comment)
    and its span, an "if" condition after it included."""

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


def vote_options(post: Post) -> tuple[BaitPhrase, ...]:
    """The options of a reaction poll in the author's own prose ("like for pizza", "❤️ for
    travel"), kind "vote": none unless two options name different reactions (memoised)."""
    return post.memo("vote options", _vote_options)


def _vote_options(post: Post) -> tuple[BaitPhrase, ...]:
    text = own_prose(post)
    if text.count("=") + text.lower().count("for") < 2:
        return ()  # a poll has two options, each naming its reaction "for" or "=" something
    options = list(_VOTE.finditer(text))
    reactions = {(m.group("word") or m.group("emoji")).lower() for m in options}
    if len(reactions) < 2:
        return ()
    return tuple(BaitPhrase("vote", m.start(), m.end()) for m in options)


def set_comments(post: Post) -> tuple[BaitPhrase, ...]:
    """Orders to comment a set word ('comment "YES"', "type AMEN", "comment 🔥") in the
    author's own prose, kind "comment" (memoised)."""
    return post.memo("set comments", _set_comments)


def _set_comments(post: Post) -> tuple[BaitPhrase, ...]:
    prose, own = post.prose, own_prose(post)
    lowered = prose.lower()
    if "comment" not in lowered and "type" not in lowered:
        return ()  # the pattern's one verb (no other letter folds to these in ``(?i:)``)
    return tuple(
        BaitPhrase("comment", match.start(), match.end())
        for match in _SET_COMMENT.finditer(prose)
        if not own[match.start()].isspace() and gives_order(own, match.start())
    )
