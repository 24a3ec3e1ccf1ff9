"""The distinct characters of a text beyond ASCII, found once per text for every reader.

Several readers decide by what a text holds rather than where: whether any character can
join its neighbours into one grapheme cluster, whether a phrase list's letters fold alike.
A draft of 1,300 characters holds a few dozen distinct non-ASCII ones: asking them is a
set operation instead of a scan of the draft.
"""

from __future__ import annotations

from functools import lru_cache

_ASCII = frozenset(map(chr, range(128)))


@lru_cache(maxsize=32)  # the post's graphemes and every phrase list ask for the same text
def non_ascii(text: str) -> frozenset[str]:
    """The distinct non-ASCII characters of ``text``."""
    return frozenset(text).difference(_ASCII)
