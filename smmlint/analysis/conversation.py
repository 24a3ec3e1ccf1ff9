"""Whether a post opens a conversation, and why not: the one reading both conversation rules
share, so that a post gets one finding for one problem.

- ``asks``: the author asks the readers something (a question of their own, an invitation to
  reply).
- ``addressed``: the post speaks to someone: the reader ("you", an order, an invitation to
  get in touch or come along) or a person (a reply, thanks, a greeting, "cc @ben").
- ``exempt``: the post is not judged: a reply, a bare share (a link, retweet, headline or
  quote with fewer than four words of one's own: the sharing rules report it), a courtesy
  (thanks, congratulations, condolences, wishes: none of them should end in a question), a
  short reaction ("Love this song!!!"), a thread part before the last.

``missing-question`` reads "addressed but asks nothing", ``missing-engagement`` "neither asks
nor addresses anyone"; ``reasons`` says what the post does instead, for their hints.
"""

from __future__ import annotations

from dataclasses import dataclass

from smmlint.analysis.acts import (
    answers_someone,
    courtesies,
    is_label,
    is_reaction,
    orders,
    thread_part,
)
from smmlint.analysis.address import is_reply, references, speaks_to_reader, speaks_to_someone
from smmlint.analysis.borrowed import authors_words, borrowed
from smmlint.analysis.commentary import commentary
from smmlint.analysis.questions import asks_readers, hooks, invitations
from smmlint.analysis.wordlists import word_sets
from smmlint.read.post import Post

_OFFER_VERBS = word_sets("acts.txt")["offer"]
# The sharing rules' defaults (smmlint/rules/sharing.py): below this many words of one's own
# a shared link, retweet, headline or quote is theirs to report.
MIN_COMMENTARY_WORDS = 4
MIN_QUOTED_WORDS = 2


@dataclass(frozen=True)
class Conversation:
    """What a post does toward a conversation (see the module docs)."""

    own_words: int
    asks: bool
    to_reader: bool  # "you", an invitation, or an order
    talks_to_reader: bool  # "you", "let's" or an invitation: more than orders alone
    to_someone: bool
    exempt: str | None  # "reply", "share", "courtesy", "reaction", "thread" or None
    reasons: frozenset[str]  # "offer", "orders", "self", "news", "hook", "borrowed-question"


def conversation(post: Post) -> Conversation:
    """The post's conversation reading (memoised)."""
    return post.memo("conversation", _read)


def _read(post: Post) -> Conversation:
    found = commentary(post)
    own_words = len(found.words) if found.share == "headline" else len(authors_words(post))
    part = thread_part(post)
    exempt = None
    if is_reply(post) or answers_someone(post):
        exempt = "reply"
    elif _bare_share(post):
        exempt = "share"
    elif courtesies(post):
        exempt = "courtesy"
    elif (is_reaction(post) or is_label(post)) and not references(post).promoted:
        exempt = "reaction"  # "Love this song!!!", or a label such as "Baby Size Guide"
    elif part is not None and not part.is_last:
        exempt = "thread"
    return Conversation(
        own_words=own_words,
        asks=asks_readers(post),
        to_reader=speaks_to_reader(post),
        talks_to_reader=bool(references(post).reader_words or invitations(post)),
        to_someone=speaks_to_someone(post),
        exempt=exempt,
        reasons=_reasons(post),
    )


def _bare_share(post: Post) -> bool:
    """Whether the post shares a link, a retweet, a headline or a quote with (almost) nothing
    of its own: one of the sharing rules says so, and a second finding would repeat it."""
    found = commentary(post)
    shares = post.urls or found.share or found.quoted_words >= MIN_QUOTED_WORDS
    return bool(shares) and len(found.words) < MIN_COMMENTARY_WORDS


def _reasons(post: Post) -> frozenset[str]:
    reasons = set()
    verbs = {o.text.lower() for o in orders(post)}
    if verbs & _OFFER_VERBS:
        reasons.add("offer")
    elif verbs:
        reasons.add("orders")
    if references(post).promoted:
        reasons.add("self")  # "our new app", not a personal "my friends" or an inclusive "we"
    if post.urls:
        reasons.add("news")
    if hooks(post):
        reasons.add("hook")
    headline_question = commentary(post).share == "headline" and "?" in post.prose
    if headline_question or any("?" in post.prose[b.start : b.end] for b in borrowed(post)):
        reasons.add("borrowed-question")
    return frozenset(reasons)
