"""Emoji as the networks count them: one flag, keycap, skin-toned or ZWJ sequence is one emoji.

The shape follows twemoji, which X's counter uses: a text-style symbol such as ☺ or ↔ is an
emoji unless U+FE0E asks for text presentation, but ©, ®, ™ and ♟ are letter-like symbols
that count as emoji only when U+FE0F asks for it. Sequences come from Unicode properties
rather than a fixed list, so emoji newer than a list still count as one; a zero-width-joiner
chain that no vendor draws as one glyph still counts once.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import regex

from smmlint.read.chars import non_ascii

# Extended_Pictographic code points all lie in these blocks (Unicode 15/16). The class is
# read from the regex module's Unicode data once, so the pattern below can run on the
# standard engine, which is several times faster on a simple class.
_PICTOGRAPHIC_BLOCKS = (range(0x80, 0x3300), range(0x1F000, 0x1FFFE))


def _pictographic_class() -> str:
    candidates = "".join(chr(c) for block in _PICTOGRAPHIC_BLOCKS for c in block)
    found = [ord(m.group()) for m in regex.finditer(r"\p{Extended_Pictographic}", candidates)]
    ranges, start = [], found[0]
    for previous, current in zip(found, [*found[1:], None], strict=True):
        if current != previous + 1:
            ranges.append(f"\\U{start:08x}" + (f"-\\U{previous:08x}" if previous > start else ""))
            start = current
    return "".join(ranges)


_PICTOGRAPHIC = f"[{_pictographic_class()}]"
_MODIFIER = r"[\U0001f3fb-\U0001f3ff]"
_TEXT_STYLE = r"\u00a9\u00ae\u2122\u265f"
_ELEMENT = rf"{_PICTOGRAPHIC}\ufe0f?{_MODIFIER}?"
EMOJI_SEQUENCE = re.compile(
    r"[\U0001f1e6-\U0001f1ff]{1,2}"  # a flag, or a lone regional indicator
    r"|[#*0-9]\ufe0f?\u20e3"  # keycap
    rf"|(?:[{_TEXT_STYLE}]\ufe0f|(?![{_TEXT_STYLE}]){_PICTOGRAPHIC}(?:\ufe0f|(?!\ufe0e)))"
    rf"{_MODIFIER}?"
    r"[\U000e0020-\U000e007e]*\U000e007f?"  # tag sequence (subdivision flags)
    rf"(?:\u200d{_ELEMENT})*"  # zero-width-joiner sequence; nothing follows, so no backtracking
)
# Where an emoji can start: pictographs live in these blocks (a keycap is found by its U+20E3
# and started one or two code points back). Kana, CJK and Latin text never get this far.
_MAY_START = re.compile(r"[\u00a9\u00ae\u203c-\u2bff\u3030\u303d\u3297\u3299\U0001f000-\U0001fffd]")


def find_emoji(text: str) -> Iterator[tuple[int, int]]:
    """The code-point spans of the emoji sequences in ``text``."""
    if text.isascii() or not _MAY_START.search("".join(non_ascii(text))):
        return  # asked of the text's distinct characters: most hold no pictograph at all
    reach = 0
    for hit in _MAY_START.finditer(text):
        at = hit.start()
        if text[at] == "\u20e3":
            at -= 2 if text[at - 1 : at] == "\ufe0f" else 1
        if at < reach or at < 0:
            continue
        match = EMOJI_SEQUENCE.match(text, at)
        if match:
            yield match.span()
            reach = match.end()
