"""The form of a sentence as a reader meets it: where they pause for breath, and whether it
is a list to skim rather than prose to follow (read for `hard-to-read`).

A pure function of the sentence's text, remembered by content: a relint after an edit reads
only the sentence that changed."""

from __future__ import annotations

from typing import NamedTuple

import regex

from smmlint.read.memo import by_content
from smmlint.read.post import Token

# Commas, semicolons, colons, brackets, dashes and trailing dots are where a reader
# breathes: a 52-word sentence of short clauses ("when you don't make the bed, when you
# throw laundry on top of it, ...") is followed easily.
_PAUSE = regex.compile(r"[,;:()\[\]…]|\s[-–—]\s|[-–—]{2}|\.\.")
# Five or more items between commas make a list when items of at most three words hold
# half of its words; a comma inside a number ("7,930") separates nothing.
MIN_LIST_ITEMS = 5
MAX_LIST_ITEM_WORDS = 3
LIST_SHARE = 1 / 2
_LIST_COMMA = regex.compile(r",(?!\d)")
# "- Poirot - Ursula K. Le Guin books - His Dark Materials trilogy": a line that opens with a
# bullet and holds another is a bulleted list whose line breaks were lost.
_BULLETED = regex.compile(r"[-–—•*][ \t]++\S.*?[ \t][-–—•*][ \t]++\S")


class SentenceForm(NamedTuple):
    """How a sentence reads: where each pause ends (offsets in the draft), whether it is a
    list (short items between commas, or bullets run onto one line), and, when a list
    follows a colon ("real fans know: Untitled, cold wind blows, elevator, ..."), the words
    of the lead-in before it (None otherwise)."""

    pauses: tuple[int, ...]
    listed: bool
    lead_in_words: int | None


def sentence_form(sentence: Token) -> SentenceForm:
    """The form of ``sentence`` (a sentence of the post, with its span)."""
    pauses, listed, lead_in_words = _read(sentence.text)
    start = sentence.start
    return SentenceForm(tuple(start + end for end in pauses), listed, lead_in_words)


@by_content()
def _read(text: str) -> SentenceForm:
    pauses = tuple(m.end() for m in _PAUSE.finditer(text))
    listed = _is_list(text) or bool(_BULLETED.match(text))
    lead, colon, after = text.partition(":")
    lead_in_words = len(lead.split()) if colon and _is_list(after) else None
    return SentenceForm(pauses, listed, lead_in_words)


def _is_list(text: str) -> bool:
    """Whether ``text`` is mostly short items between commas."""
    items = [len(item.split()) for item in _LIST_COMMA.split(text)]
    listed = sum(n for n in items if n <= MAX_LIST_ITEM_WORDS)
    return len(items) >= MIN_LIST_ITEMS and listed >= LIST_SHARE * sum(items)
