"""Piles of exclamation and question marks in the author's own words ("!!!", "?!?!"), and
why a pile raises the voice at the reader, or None where it carries the writer's feeling.

Read for `punctuation-pileup`. Marks inside links, quotations and a retweeted text are
someone else's and are not read.
"""

from __future__ import annotations

from typing import NamedTuple

import regex

from smmlint.analysis.acts import orders
from smmlint.analysis.borrowed import own_prose
from smmlint.analysis.calls import asks_for_action
from smmlint.analysis.selling import pitches
from smmlint.analysis.voice import (
    ASKING,
    GAIN,
    announces,
    conversational,
    hails,
    mourns,
    scolding,
    sentence_words,
    valences,
    voices_delight,
)
from smmlint.read.post import Post

_MARKS = "!?‼⁉⁈？！❗❕❓❔"
_DOUBLE_MARKS = "‼⁉⁈"  # one character, two marks
_EXCLAIMING = "!！❗❕‼⁉⁈"
# A run of marks, each optionally followed by the emoji variation selector. The lookbehinds
# let only the first mark of a run start a match, so a pile of 50,000 is one linear scan.
_PILEUP = regex.compile(rf"(?<![{_MARKS}])(?<![{_MARKS}]\uFE0F)(?:[{_MARKS}]\uFE0F?)++")
_PLEA = regex.compile(r"\b(?:please|pls|plz|plse|pleas)\b", regex.IGNORECASE)
# In conversation a few extra marks are warmth; a longer string is noise to anyone.
CONVERSATION_MAX_MARKS = 5
# Delight runs longer ("LOVE IT!!!!!!!", "wow!!!!!!"): reviewers of real comments call up to
# nine marks of it harmless, and a row of ten or more is noise whatever it says.
NOISE_MARKS = 10


class MarkPile(NamedTuple):
    """A run of marks: its span, its text and how many marks it holds (‼ and ⁉ count two)."""

    start: int
    end: int
    text: str
    marks: int

    @property
    def asks(self) -> bool:
        """Whether the pile holds a question mark."""
        return any(c in ASKING for c in self.text)

    @property
    def exclaims(self) -> bool:
        """Whether the pile holds an exclamation mark."""
        return any(c in _EXCLAIMING for c in self.text)


def mark_piles(post: Post) -> tuple[MarkPile, ...]:
    """Runs of two marks or more in the author's own prose, in text order (memoised)."""
    return post.memo("mark piles", _mark_piles)


def _mark_piles(post: Post) -> tuple[MarkPile, ...]:
    piles = []
    for m in _PILEUP.finditer(own_prose(post)):
        marks = sum(2 if c in _DOUBLE_MARKS else 1 for c in m.group() if c != "\ufe0f")
        if marks > 1:
            piles.append(MarkPile(m.start(), m.end(), m.group(), marks))
    return tuple(piles)


class _PileContext(NamedTuple):
    """What the whole post says about its piles, read once however many piles it holds."""

    conversational: bool  # a reply, an answer, a courtesy or a short reaction
    presses: bool  # sells, asks for an action, or pleads
    announces: bool  # news, a launch, readers hailed, or a brand's "we"


def raised_voice(post: Post, pile: MarkPile) -> str | None:
    """Why a pile raises the voice ("noise", "presses", "scolds", "announces", "shouts"), or
    None when it is the writer's feeling.

    Delight (capitals in delight are warmth too: "This Song is AWESOME!!!!") and grief are
    feeling. Otherwise a pile raises the voice when the post presses (sells, asks for an
    action, pleads), its sentence scolds ("this spam is awful!!!"), the post announces or
    the sentence hails the readers ("Big news today!!!", "LADIES!!!"), or capitals in its
    sentence demand an answer or promise a gain; a few marks said to someone in conversation
    are feeling even then, unless capitals shout or the sentence scolds beside them."""
    if pile.marks >= NOISE_MARKS:
        return "noise"
    if (not pile.asks and voices_delight(post, pile.start)) or mourns(post):
        return None
    context = post.memo("mark pile context", _pile_context)
    shouts, scolds = _capitals_near(post, pile.start), _scolds(post, pile.start)
    if context.conversational and pile.marks <= CONVERSATION_MAX_MARKS and not (shouts or scolds):
        return None
    if scolds:
        return "scolds"
    if context.presses:
        return "presses"
    if context.announces or hails(post, pile.start):
        return "announces"
    # Capitals demanding an answer ("SO WHEN IS IT OUT??????") or carrying hype ("FREE CS
    # GO!!!!") raise the voice; an exclamation in capitals is otherwise a cheer, a cry or a
    # joke ("2 BILLION!!!", "NOOOOO!!!"), and a pile without capitals is the writer's tone.
    if shouts and (pile.asks or _hype_near(post, pile.start)):
        return "shouts"
    return None


def _pile_context(post: Post) -> _PileContext:
    return _PileContext(conversational(post), _presses(post), announces(post))


def _presses(post: Post) -> bool:
    """Whether the post presses its readers: it sells, asks for an action from `cta.txt`
    ("subscribe", "check it out") or pleads ("please vote", "plz share"). An order that is
    only talk ("Enjoy ur crushes", "Tell me the answer") presses nobody."""
    return (
        asks_for_action(post)
        or bool(pitches(post))
        or bool(orders(post) and _PLEA.search(own_prose(post)))
    )


def _hype_near(post: Post, at: int) -> bool:
    """Whether a word promising a gain stands in capitals ("FREE", "WIN", "CASH") in the
    sentence a pile closes; a cheer in capitals ("YES!!!", "so AWESOME!!!") promises none."""
    return any(w.text.isupper() and w.text.lower() in GAIN for w in sentence_words(post, at))


def _scolds(post: Post, at: int) -> bool:
    """Whether the sentence holding ``at`` voices clear displeasure (a word VADER rates -1.5
    or less, and none +1.5 or more): anger or blame, whose pile raises the voice ("WTF is
    wrong with people!!!"). A swear word beside delight intensifies it ("awesome as fuck!!!",
    "Laughing my fucking ass off!!!")."""
    return scolding(valences(sentence_words(post, at)))


def _capitals_near(post: Post, at: int) -> bool:
    """Whether a word in capitals stands in the sentence a pile of marks closes."""
    return any(len(w.text) > 2 and w.text.isupper() for w in sentence_words(post, at))
