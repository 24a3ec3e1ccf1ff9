"""Emoji as the networks count them: one flag, keycap, skin-toned or ZWJ sequence is one emoji.

The shape follows twemoji, which X's counter uses: a text-style symbol such as ☺ or ↔ is an
emoji unless U+FE0E asks for text presentation, but ©, ®, ™ and ♟ are letters-like symbols
that count as emoji only when U+FE0F asks for it. Sequences come from Unicode properties
rather than a fixed list, so emoji newer than a list still count as one.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

_TEXT_STYLE = "\u00a9\u00ae\u2122\u265f"
_ELEMENT = r"\p{Extended_Pictographic}\ufe0f?\p{Emoji_Modifier}?"
EMOJI_SEQUENCE = regex.compile(
    r"\p{Regional_Indicator}{1,2}"  # a flag, or a lone regional indicator
    r"|[#*0-9]\ufe0f?\u20e3"  # keycap
    rf"|(?:[{_TEXT_STYLE}]\ufe0f"
    rf"|(?![{_TEXT_STYLE}])\p{{Extended_Pictographic}}(?:\ufe0f|(?!\ufe0e)))"
    r"\p{Emoji_Modifier}?"
    r"[\U000e0020-\U000e007e]*+\U000e007f?"  # tag sequence (subdivision flags)
    rf"(?:\u200d{_ELEMENT})*+"  # zero-width-joiner sequence
)
# Every emoji is outside ASCII but for a keycap's base, so only these runs need the full
# pattern; in a mostly-Latin post that skips nearly every character.
_CANDIDATES = regex.compile(r"[#*0-9]?[^\x00-\x7f]++")


def find_emoji(text: str) -> Iterator[tuple[int, int]]:
    """The code-point spans of the emoji sequences in ``text``."""
    if text.isascii():
        return
    for run in _CANDIDATES.finditer(text):
        for match in EMOJI_SEQUENCE.finditer(text, run.start(), run.end()):
            yield match.span()
