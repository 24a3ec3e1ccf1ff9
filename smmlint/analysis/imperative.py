"""Whether a verb gives an order: "Tell us...", "So, tag a friend", not "they didn't tell us"."""

from __future__ import annotations

import regex

_WORD = regex.compile(r"[@＠]?[\p{L}\p{N}_]++(?:['’][\p{L}\p{N}]++)*+")
# Words after which a verb still gives an order: "please share", "so tell us", "like and share".
_BEFORE_ORDER = frozenset(
    {"please", "pls", "plz", "kindly", "so", "and", "or", "then", "now", "just", "do", "go"}
    | {"ahead", "also", "simply", "n"}
    # A greeting or a call to the readers opens the order it comes before: "Hey check out my
    # channel", "guys watch this".
    | {"hey", "hi", "hello", "yo", "guys", "folks"}
    # "..., but check out my stuff": a new clause, with its own verb.
    | {"but"}
)
# "Don't forget to tag a friend", "make sure to like": reminders that introduce an order.
_REMINDERS = frozenset({"forget to", "remember to", "sure to", "don't forget", "forget"})
# "You should check out my channel", "u must try it": advice to the reader is an order to them.
ADVICE = frozenset({"you should", "u should", "you must", "u must", "y'all should"})
_LOOK_BACK = 40  # characters; enough for the two words that decide


def gives_order(text: str, start: int) -> bool:
    """Whether the verb at ``text[start]`` opens an order.

    True at the start of a sentence, line or clause, after a mention ("@ann tell us"), and
    after "please", "so", "and", "but"... a reminder ("don't forget to") or advice ("you
    should"); False after a subject
    or any other word ("I'd like it if", "they didn't tell us").
    """
    before = text[max(0, start - _LOOK_BACK) : start].rstrip(" \t")
    if not before or not (before[-1].isalnum() or before[-1] in "'’_"):
        return True
    words = [w.lower().replace("’", "'") for w in _WORD.findall(before)]
    if not words:
        return True
    last = words[-1]
    two = " ".join(words[-2:])
    return last[0] in "@＠" or last in _BEFORE_ORDER or two in _REMINDERS or two in ADVICE
