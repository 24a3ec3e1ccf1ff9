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


# Pieces aimed at the Markdown and HTML readers and at the platforms' counters; with the
# pieces above they make the families every platform x markup is timed on.
MARKUP_PIECES = {
    "line brackets": "\n[",
    "definitions": "[a]: b\n",
    "open definitions": "\n[a]:",
    "link labels": "[a](",
    "images": "![a](",
    "references": "[a][",
    "code spans": "`a``",
    "emphasis": "**a",
    "underscores": "_a ",
    "strikethrough": "~~a",
    "escapes": "\\*",
    "entities": "&amp;",
    "open entities": "&#",
    "autolinks": "<http://a",
    "tags": "<b>",
    "open tags": "<a ",
    "comments": "<!--",
    "quotes": "> ",
    "headings": "# a\n",
    "list items": "- a\n",
    "fences": "```\n",
    "front matter": "---\n",
    "mark after tag": "<b>\u0301",
    "regional letters": "\U0001f1e6",
    "remote handles": "@a@b.",
    "bluesky handles": "@a.b",
    "keycaps": "1\u20e3",
    "zwj chain": "👨\u200d",
    "t.co slugs": "http://t.co/",
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

# Every pump family at the longest accepted length: what ``lint`` is timed on for each
# platform and markup (``benchmarks/adversarial.py --platforms``).
FAMILIES: dict[str, str] = {
    name: _pump(piece, MAX_TEXT_LENGTH) for name, piece in {**_PIECES, **MARKUP_PIECES}.items()
}
FAMILIES["one long link"] = _pump("http://" + "a" * MAX_TEXT_LENGTH, MAX_TEXT_LENGTH)
FAMILIES["mixed"] = LONGEST["mixed"]
