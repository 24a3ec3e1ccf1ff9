"""Bait rules: engagement bait that the networks demote (SMM1xx)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from smmlint.analysis.bait import bait_phrases, set_comments, vote_options
from smmlint.core.model import Severity
from smmlint.core.registry import Hit, rule
from smmlint.read.post import Post

_MESSAGES = {
    "react": (
        "Asking for likes or reactions is engagement bait; feeds show it to fewer people.",
        "Say something worth reacting to and let people choose; ask a real question instead.",
    ),
    "vote": (
        "Voting with reactions is engagement bait; feeds demote it.",
        "Use the network's poll feature, or ask an open question.",
    ),
    "share": (
        "Asking for shares is share-bait; feeds demote it.",
        "Make it worth sharing and let people decide; run giveaways by the platform's rules.",
    ),
    "tag": (
        "Asking people to tag friends is tag-bait; feeds demote it.",
        "Ask a question about the topic that people want to answer themselves.",
    ),
    "comment": (
        "Asking for a set comment is comment-bait; feeds demote it.",
        "Ask an open question that people answer in their own words.",
    ),
    "follow": (
        "Follow-for-follow and follow-to-win are engagement bait.",
        "Give people a reason to follow: what will they get from you?",
    ),
}


@rule(
    code="SMM104",
    name="engagement-bait",
    severity=Severity.WARNING,
    category="bait",
    message="Engagement bait: feeds demote posts that beg for likes, shares, tags or comments.",
    hint="Ask a real question people want to answer in their own words.",
    fires=(
        "Monday again. <marker>Like if you agree</marker>!",
        "<marker>Tag a friend</marker> who needs this coffee ☕",
        "<marker>Like and share if you love coffee</marker>!",
        "Ready for the weekend? <marker>Comment YES</marker>!",
        "Win a year of coffee! <marker>Follow and RT to enter</marker>.",
        "<marker>Like for pizza</marker>, <marker>love for burgers</marker>.",
        "<marker>Share this with 5 friends</marker> for good luck.",
        "New video up, <marker>like and subscribe</marker>!",
        "Don't scroll past, <marker>share if you love your mum</marker>.",
        "gud vid 2day <marker>lik dis if u cri</marker>",
        "<marker>Tag ur bestie</marker> who needs a holiday",
        ("Nezo and Ed\n<marker>Like&share</marker> this page please", "joined tight"),
    ),
    quiet=(
        ("Can anyone recommend a good accountant?", "asking for a recommendation"),
        ("Feel free to share with anyone who might find it useful.", "a permission"),
        ("Our dog Max is missing near the park. Please share if you can help.", "an appeal"),
        ("I'd like it if the trains ran on time.", "'like if' in a statement"),
        ("Tag someone who can help with this bug?", "asking for help"),
        ("Which pizza would you pick? Tell us in the comments.", "an open question"),
        ("People react with anger when prices rise.", "'react with' in a statement"),
        ('Posts that say "tag a friend" get demoted.', "bait quoted, not used"),
        ("COMMENT TELL ME WHAT YOU THINK", "an open invitation, shouted"),
        ('Please type in "Dizzy X" on YouTube.', "a search, not a set comment"),
        ("Our R&D team at AT&T shares the results.", "'&' inside a name joins no calls"),
    ),
)
def engagement_bait(post: Post, options: Mapping[str, Any]) -> Iterator[Hit]:
    """A request for reactions, shares, tags, set comments or follows to game the feed.

    ## What it does
    Marks the bait phrase in the five kinds Facebook/Meta defines and demotes (react-,
    vote-, share-, tag- and comment-baiting) plus follow-baiting: "like if you agree",
    "like for pizza, love for burgers", "share with 5 friends", "RT to win", "tag a friend",
    "comment YES", "follow for follow", "follow and RT to enter". A phrase counts only as an
    order ("Tag a friend", "please share if...", at the start of a sentence or a line), not
    inside a statement ("I'd like it if"). Calls joined by "&", "+" or "/" count written
    tight as well as spaced ("Like & Share", "Like&share", "like+subscribe", "like/comment");
    a sign inside a name ("AT&T", "R&D") joins no calls.
    Text-speak spellings ("lik dis if u cri", "tag ur bestie") count as well; "lik dis if"
    and "shar dis if" count wherever they stand, since the spelling drops the punctuation
    that would show the order and no statement is written that way.
    Asking for help, advice or recommendations is not bait, nor are appeals ("share if you
    can help find her"), open invitations ("tell us in the comments"), quotations and
    retweeted text.

    ## Why is this bad?
    Facebook (since 2017) and LinkedIn (since 2022) rank such posts lower, and pages that use
    the tactic again and again lose reach on every post. Readers feel used: one begging post
    undoes the trust that real conversation builds.
    """
    for phrase in bait_phrases(post):
        yield _hit(phrase.kind, phrase.start, phrase.end)
    for phrase in (*vote_options(post), *set_comments(post)):
        yield _hit(phrase.kind, phrase.start, phrase.end)


def _hit(kind: str, start: int, end: int) -> Hit:
    message, hint = _MESSAGES[kind]
    return Hit(start, end, message=message, hint=hint)
