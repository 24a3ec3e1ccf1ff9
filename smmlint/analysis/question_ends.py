"""Sentences that end in a question mark, and where the mark stands: what a reader must see
to answer (read for `content-after-fold`). Whether a question invites an answer is
``smmlint.analysis.questions``' job; this reads only the punctuation."""

from __future__ import annotations

from typing import NamedTuple

import regex

from smmlint.read.post import Post

# A question mark closing the sentence, a closing quote or bracket after it allowed.
_QUESTION_MARK = regex.compile(r"[?？][\"'”’)\]]*+$")


class QuestionEnd(NamedTuple):
    """A sentence ending in a question mark: its span and the mark's offset."""

    start: int
    end: int
    mark: int


def question_ends(post: Post) -> tuple[QuestionEnd, ...]:
    """The post's sentences that end in a question mark, in text order (memoised)."""
    return post.memo("question ends", _question_ends)


def _question_ends(post: Post) -> tuple[QuestionEnd, ...]:
    return tuple(
        QuestionEnd(s.start, s.end, s.start + mark.start())
        for s in post.sentences
        if (mark := _QUESTION_MARK.search(s.text))
    )
