"""What the score reads of a post besides its findings, taken from ``smmlint.analysis``.

The rules report what to fix at the exact characters; the score also weighs how the post
stands as a whole, which no single finding says: whether it asks, speaks to someone, is a
person's heartfelt note or only tells; whether it orders its readers about without asking
them anything, or begs them for something of the author's own; whether what it sells is an
outright offer or call; whether it is a sentence at all, a label or a link alone. Each reading
comes from an analysis the rules already ran (memoised on the ``Post``), so scoring re-scans
no text; the score reads only the analyses it needs, not the conversation rules' whole
reading, which a lint may not have selected.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from smmlint.analysis.acts import courtesies, is_label, is_reaction, orders, stance
from smmlint.analysis.address import first_person_words
from smmlint.analysis.conversation import (
    asking,
    calls_on_reader,
    is_post_for_audience,
    offers,
    pleads,
)
from smmlint.analysis.hostility import attacks
from smmlint.analysis.selling import HARD_CALL, OFFER, pitches
from smmlint.analysis.tone import measure_tone
from smmlint.read.post import Post

Asking = Literal["asks", "addresses", "confides", "tells"]
Pressure = Literal["none", "orders", "plea", "offer"]


@dataclass(frozen=True)
class Reading:
    """The post as a whole, for the score.

    ``compound``: VADER's tone from -1 to +1. ``asking``: the post "asks" its readers
    something, "addresses" someone, "confides" (a heartfelt note: a courtesy, a tribute, the
    author's own experience), or only "tells". ``pressure``: it orders its readers
    about and asks them nothing, with a selling verb ("offer": "Hurry", "Buy", "Shop"), for
    something of the author's own ("plea": "follow me", "join me on <site>", "help me"), or
    another order ("orders": "See", "Read", "Join our webinar"); "none" otherwise.
    ``label``: it is a title or a label ("Camo Shirts & T Shirts"), not a sentence.
    ``link_only``: it is a link and nothing else, no word saying what the link is.
    ``sells_outright``: among its selling phrases is an offer (a price, a discount, a prize,
    a free thing) or a hard call (a number to ring, a keyword to text, "shop now").
    ``length``: the post's length in code points, the unit of the findings' spans.
    """

    compound: float = 0.0
    asking: Asking = "asks"
    pressure: Pressure = "none"
    label: bool = False
    link_only: bool = False
    sells_outright: bool = False
    length: int = 0


def read(post: Post) -> Reading:
    """The score's reading of ``post``."""
    asks: Asking = asking(post)
    if asks == "tells" and _confides(post):
        asks = "confides"
    pressure: Pressure = "none"
    if asks != "asks" and calls_on_reader(post):
        pressure = "offer" if offers(post) else "plea" if _begs(post) else "orders"
    return Reading(
        compound=measure_tone(post).compound,
        asking=asks,
        pressure=pressure,
        label=is_label(post),
        link_only=bool(post.urls) and not post.words,
        sells_outright=any(p.kind in _OUTRIGHT for p in pitches(post)),
        length=len(post.text),
    )


_OUTRIGHT = frozenset({OFFER, HARD_CALL})


def _confides(post: Post) -> bool:
    """Whether a post that asks and addresses no one is still a person's heartfelt note: a
    courtesy (thanks, congratulations, condolences, wishes), a tribute to someone who died,
    or the author's own experience told in the first person ("I heard this when I was 6 and
    I still love it") that is not a short reaction ("I love this song"), an argued opinion,
    an attack, an order or a sales pitch."""
    if courtesies(post) or "tribute" in stance(post):
        return True
    if is_reaction(post) or "opinion" in stance(post) or orders(post):
        return False
    return bool(first_person_words(post)) and not attacks(post) and not pitches(post)


def _begs(post: Post) -> bool:
    """Whether the post begs an audience to act for the author ("follow me", "check out my
    channel please"); a private text's "send me the new number" is an order between friends."""
    return pleads(post) and is_post_for_audience(post)
