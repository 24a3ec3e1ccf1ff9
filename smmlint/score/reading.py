"""What the score reads of a post besides its findings, taken from ``smmlint.analysis``.

The rules report what to fix at the exact characters; the score also weighs how the post
stands as a whole, which no single finding says: whether it asks, speaks to someone or only
tells; whether it orders its readers about without asking them anything, or begs them for
something of the author's own; whether it is a sentence at all or a label. Each reading
comes from an analysis the rules already ran (memoised on the ``Post``), so scoring re-scans
no text; the score reads only the analyses it needs, not the conversation rules' whole
reading, which a lint may not have selected.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from smmlint.analysis.acts import is_label
from smmlint.analysis.conversation import (
    asking,
    calls_on_reader,
    is_post_for_audience,
    offers,
    pleads,
)
from smmlint.analysis.tone import measure_tone
from smmlint.read.post import Post

Asking = Literal["asks", "addresses", "tells"]
Pressure = Literal["none", "orders", "plea", "offer"]


@dataclass(frozen=True)
class Reading:
    """The post as a whole, for the score.

    ``compound``: VADER's tone from -1 to +1. ``asking``: the post "asks" its readers
    something, "addresses" someone, or only "tells". ``pressure``: it orders its readers
    about and asks them nothing, with a selling verb ("offer": "Hurry", "Buy", "Shop"), for
    something of the author's own ("plea": "follow me", "join me on <site>", "help me"), or
    another order ("orders": "See", "Read", "Join our webinar"); "none" otherwise.
    ``label``: it is a title or a label ("Camo Shirts & T Shirts"), not a sentence.
    ``length``: the post's length in code points, the unit of the findings' spans.
    """

    compound: float = 0.0
    asking: Asking = "asks"
    pressure: Pressure = "none"
    label: bool = False
    length: int = 0


def read(post: Post) -> Reading:
    """The score's reading of ``post``."""
    asks = asking(post)
    pressure: Pressure = "none"
    if asks != "asks" and calls_on_reader(post):
        pressure = "offer" if offers(post) else "plea" if _begs(post) else "orders"
    return Reading(
        compound=measure_tone(post).compound,
        asking=asks,
        pressure=pressure,
        label=is_label(post),
        length=len(post.text),
    )


def _begs(post: Post) -> bool:
    """Whether the post begs an audience to act for the author ("follow me", "check out my
    channel please"); a private text's "send me the new number" is an order between friends."""
    return pleads(post) and is_post_for_audience(post)
