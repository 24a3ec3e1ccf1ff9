"""Analyses of one sentence remembered by its text, across drafts (the relint after an edit).

The extension relints a draft at every pause in typing, and an edit changes one sentence:
an analysis that reads one sentence's text alone (its clauses, its sentiment) answers the
others from memory. ``by_content`` wraps such a function, keyed by its arguments (the
sentence's text, or what was read of it: a clause's words and marks):

- bounded: the least recently used entries leave first, and a text longer than
  ``max_chars`` is computed without being remembered, so the memo stays a few megabytes;
- thread-safe: ``functools.lru_cache`` keeps its table whole under the server's threads;
  two threads asking for one new text may both compute it (the function is pure) and one
  result is kept;
- never wrong, provided the function reads nothing but its arguments: whatever depends on
  a neighbouring sentence or on the whole post (a selling phrase running across a full
  stop, a question answered by the next sentence) must not be keyed by one sentence.

The memo holds drafts' sentences in this process's memory only.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from functools import lru_cache, wraps
from typing import Any, TypeVar

T = TypeVar("T")

# Sentences remembered per analysis: a 280-character draft has three or four, a 1,300-
# character one about fifteen, so 4,096 keep the last few hundred drafts.
ENTRIES = 4_096
# A text longer than this is analysed afresh each time: a sentence of 1,000 characters
# costs far more to analyse than to hash, and long texts would fill the memo.
MAX_CHARS = 1_000


def by_content(
    *, entries: int = ENTRIES, max_chars: int = MAX_CHARS
) -> Callable[[Callable[..., T]], Callable[..., T]]:
    """Remember ``compute(text, *keys)`` by its arguments (``text`` first: a ``str``, or a
    tuple, then ``max_chars`` bounds its items).

    The result is shared by every caller: it must be immutable (a tuple, a frozen record),
    or copied by the caller before it is changed."""

    def wrap(compute: Callable[..., T]) -> Callable[..., T]:
        remembered = lru_cache(maxsize=entries)(compute)

        @wraps(compute)
        def call(text: str | tuple[Any, ...], *keys: Hashable) -> T:
            if len(text) > max_chars:
                return compute(text, *keys)
            return remembered(text, *keys)

        return call

    return wrap
