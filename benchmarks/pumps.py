"""Adversarial inputs shared by the robustness tests and ``benchmarks/adversarial.py``.

A pump repeats a piece until the draft is 50,000 code points long: the shape that makes a
backtracking regex go quadratic or worse. The 65,536-code-point texts are the longest
drafts ``lint`` accepts (``MAX_TEXT_LENGTH``).
"""

from __future__ import annotations

from smmlint import MAX_TEXT_LENGTH

PUMP_LENGTH = 50_000

# name -> the piece repeated, or the whole text when it is already PUMP_LENGTH long.
_PIECES = {
    "one token": "a",
    "capitals": "A ",
    "shouted words": "AB ",
    "exclamations": "!",
    "interrobangs": "?!",
    "sentences": ". ",
    "tiny sentences": "Ok. ",
    "line breaks": "\n",
    "words": "word ",
    "hash letters": "#a",
    "hashtags": "#tag ",
    "mentions": "@user ",
    "emoji": "🎉",
    "emoji words": "a🎉",
    "zwj families": "👨‍👩‍👧",
    "flags": "🇫🇷",
    "combining marks": "\u0301",
    "accented letters": "e\u0301",
    "lone surrogates": "\ud800",
    "braces": "{",
    "double braces": "{{a",
    "spintax": "{a|",
    "brackets": "[",
    "placeholders": "[insert ",
    "angles": "<",
    "percent": "%A",
    "backticks": "`",
    "x marks": "X",
    "sales": "Shop now. ",
    "calls to action": "Follow us and share this ",
    "hostile words": "hate ",
    "long words": "incomprehensibilities ",
    "link pieces": "http://a.com/ ",
}


def _pump(piece: str, length: int) -> str:
    return (piece * (length // len(piece) + 1))[:length]


PUMPS: dict[str, str] = {name: _pump(p, PUMP_LENGTH) for name, p in _PIECES.items()}
PUMPS["one long link"] = _pump("http://" + "a" * PUMP_LENGTH, PUMP_LENGTH)

# The longest accepted drafts: one token, all "!", all emoji, all flags, thousands of
# hashtags, and a mix of every trap above.
LONGEST: dict[str, str] = {
    "one token": "a" * MAX_TEXT_LENGTH,
    "all !": "!" * MAX_TEXT_LENGTH,
    "all emoji": _pump("🎉", MAX_TEXT_LENGTH),
    "all flags": _pump("🇫🇷", MAX_TEXT_LENGTH),
    "hashtags": _pump("#tag ", MAX_TEXT_LENGTH),
    "mixed": _pump(
        "BUY NOW!!! {{first_name}} 🎉🎉🎉 #deal @shop http://x.com/a?b I hate this. "
        "Follow us, share this, subscribe. Incomprehensibilities abound.\n",
        MAX_TEXT_LENGTH,
    ),
}
