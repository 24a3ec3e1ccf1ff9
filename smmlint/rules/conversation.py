"""Conversation rules: a post that asks nothing, a post that only broadcasts (SMM2xx)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from smmlint.analysis.address import is_reply, references, speaks_to_someone
from smmlint.analysis.borrowed import authors_words
from smmlint.analysis.questions import asks_readers, invitations, questions
from smmlint.model import Severity
from smmlint.post import Post
from smmlint.registry import Hit, rule

# Fewer words of one's own than this is a reaction ("Love it!"), a bare link or a retweet:
# other rules speak to those, and there is no conversation to judge.
MIN_OWN_WORDS = 3


@rule(
    code="SMM201",
    name="missing-question",
    severity=Severity.SUGGESTION,
    category="conversation",
    message="The post asks its readers nothing.",
    hint="End with a question your audience can answer in one line, or invite a reply.",
    options={"min_words": MIN_OWN_WORDS},
    fires=(
        "Our spring range is live. Shop now.",
        "We redesigned the dashboard. Read about it here: https://example.com/blog?id=7",
        "Tired of slow Wi-Fi? Our new router fixes that.",
        'She asked me "what do you even post about?" and I had no answer.',
        "Who knew? Our team ran the marathon in under four hours.",
        "So true, and well said. RT @acme: Which colour would you pick?",
    ),
    quiet=(
        ("Our spring range is live. Which colour would you pick?", "a wh-question"),
        ("Anyone know a good accountant in Leeds", "a question typed without '?'"),
        ("Big news from the team. Tell us what you think!", "an explicit invitation"),
        ("We moved the meetup to Friday. Does that still work for everyone?", "yes/no"),
        ("New logo, same coffee. Thoughts?", "a one-word prompt"),
        ("¿Qué sabor prefieres para el verano?", "a Spanish question marked by '¿'"),
        ("@ana thanks, fixed it on our side.", "a reply is already a conversation"),
        ("Love it!", "too short to judge"),
    ),
)
def missing_question(post: Post, options: Mapping[str, Any]) -> Iterator[Hit]:
    """A post that asks its readers nothing: no question, no invitation to reply.

    ## What it does
    Looks for a question of the author's own and for an explicit invitation to reply ("tell
    us", "let me know", "drop a comment", "share your..."). A question is recognised by its
    form (a wh-word, an auxiliary before its subject, "anyone...", a tag such as "..., right?",
    "X or Y?", "Thoughts?", "I wonder if..."), not by a "?" alone: a "?" inside a link, a
    quotation or a retweet is someone else's, a formula such as "Who knew?" expects no answer,
    and a hook the author answers at once ("Tired of slow Wi-Fi? Our router...") asks nothing.
    Replies (posts that open with a mention) and posts with fewer than `min_words` words of
    the author's own are left alone. The finding covers the whole post.

    ## Why is this bad?
    Social networks reward conversation: a post that asks gets replies, and replies are what
    the feed ranks and what turns followers into a community. A post that only announces is
    a one-way message that people scroll past.
    """
    if len(authors_words(post)) < options["min_words"] or is_reply(post) or asks_readers(post):
        return
    yield Hit(0, len(post.text), scope="post")


@rule(
    code="SMM202",
    name="missing-engagement",
    severity=Severity.WARNING,
    category="conversation",
    message="The post only broadcasts: it asks nothing and speaks to no one.",
    hint="Speak to the reader: ask them something, say what's in it for them, or thank someone.",
    options={"min_words": MIN_OWN_WORDS},
    fires=(
        "Our spring range is live. Shop now.",
        "New blog post on our Q3 results https://example.com/q3",
        "The factory will be closed on Monday for maintenance.",
        'Our CEO said "you will love it" at the launch event.',
        "Great panel with @ana and @ben at the summit today.",
        "Our best day so far. RT @acme: Thank you all for coming! Did you enjoy it?",
    ),
    quiet=(
        ("Our spring range is live. Which colour would you pick?", "asks a question"),
        ("Your photos from the fair are up on the site.", "speaks to the reader ('your')"),
        ("@ana that's fixed on our side now.", "a reply to a person"),
        ("Huge thanks to @ana for the workshop today.", "thanks a person"),
        ("The factory is closed on Monday. DM us if an order is urgent.", "invites contact"),
        ("Join us at stand 14 at the fair on Friday.", "invites people along"),
        ("Let's make Friday the best market day of the year.", "'let's' includes the reader"),
        ("Congratulations to the class of 2025.", "congratulates people"),
    ),
)
def missing_engagement(post: Post, options: Mapping[str, Any]) -> Iterator[Hit]:
    """A post that only broadcasts: it neither asks, nor speaks to anyone, nor invites.

    ## What it does
    Fires when the author's own words contain no question, no invitation (to reply, to get in
    touch, to come along), no second person ("you", "your", "let's"), and the post is not a
    reply, does not greet, thank or congratulate anyone, and does not address a mention
    ("thanks @ann", "cc @ben"). Mentions that only credit ("panel with @ana", "via @x") and
    words inside quotations or a retweet do not count. The finding covers the whole post.

    ## Why is this bad?
    A broadcast treats the feed like a billboard. People engage with posts that talk to them;
    networks rank by that engagement, so a post that addresses nobody reaches fewer people
    each time it is repeated.
    """
    if len(authors_words(post)) < options["min_words"]:
        return
    if questions(post) or invitations(post) or references(post).reader_words:
        return
    if speaks_to_someone(post):
        return
    yield Hit(0, len(post.text), scope="post")
