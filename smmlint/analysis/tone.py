"""Tone from VADER, scored in windows of whole sentences so the cost stays linear in length."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import compress
from operator import itemgetter

import regex

from smmlint.analysis.sentiment import SentimentScorer
from smmlint.read.post import Post, Token

_ANALYZER = SentimentScorer()
_LEXICON = _ANALYZER.lexicon
_START, _TEXT = itemgetter(0), itemgetter(2)  # a Token's start and text
# VADER's lexicon rates words from -4 to +4; from -1.5 down a word reads clearly negative
# ("problem" -1.7, "hate" -2.7), above it mildly so ("wait" is not in it, "hard" -0.4).
DRIVER_VALENCE = -1.5
_DRIVERS = frozenset(word for word, valence in _LEXICON.items() if valence <= DRIVER_VALENCE)
# VADER was validated on whole tweets, looks at most three words back, and costs ~40 us a
# call plus the square of the words in it. Whole sentences are packed into windows of at
# most this many characters (a longer one is cut at a space): a tweet is scored in one or
# two calls, and 65,536 characters of "Ok. " or of one run-on sentence in linear time.
WINDOW = 200
# VADER reads each emoji as its name ("party popper"): two or more words a character. A
# window holds at most this many emoji, so an emoji-dense window stays as short in words.
WINDOW_EMOJI = 8
# A wall of emoji says nothing new after the first few: VADER sees the first three of a run,
# and the first hundred of a post. Each costs VADER ~20 us (its name is looked up, and each
# word of it weighed against its neighbours); past a hundred, a post is an emoji wall whose
# tone its words carry, and 25,000 interleaved emoji would otherwise take half a second.
EMOJI_RUN_SCORED = 3
EMOJI_POST_SCORED = 100
# Punctuation alone scores 0 (VADER only amplifies words with it): not worth a call.
_NOTHING_TO_SCORE = regex.compile(r"[\s.!?…‼⁉？！。]*+")


@dataclass(frozen=True)
class Tone:
    """VADER scores of the post and the words that pulled it down."""

    compound: float
    positive: float
    negative: float
    neutral: float
    drivers: tuple[Token, ...]

    def to_dict(self) -> dict[str, float | list[str]]:
        return {
            "compound": self.compound,
            "positive": self.positive,
            "negative": self.negative,
            "neutral": self.neutral,
        }


def measure_tone(post: Post) -> Tone:
    """The post's tone: sentence scores averaged by sentence length."""
    return post.memo("tone", _measure)


def _measure(post: Post) -> Tone:
    compound = positive = negative = neutral = 0.0
    weight_sum = 0
    drivers: list[Token] = []
    text, emoji_starts = _scored_text(post)
    words = post.own_words
    for start, end in _windows(text, post.sentences, emoji_starts):
        if _nothing_to_score(text, start, end):
            continue
        scores = _ANALYZER.remembered_scores(text[start:end])
        weight = end - start
        weight_sum += weight
        compound += scores["compound"] * weight
        positive += scores["pos"] * weight
        negative += scores["neg"] * weight
        neutral += scores["neu"] * weight
        if scores["compound"] < 0:  # the window's words, looked up only where it is negative
            first = bisect_left(words, start, key=_START)
            last = bisect_left(words, end, lo=first, key=_START)
            inside = words[first:last]  # its words rated DRIVER_VALENCE or less, sifted in C
            drivers += compress(
                inside, map(_DRIVERS.__contains__, map(str.lower, map(_TEXT, inside)))
            )
    if not weight_sum:
        return Tone(0.0, 0.0, 0.0, 1.0, ())
    return Tone(
        compound=round(compound / weight_sum, 4),
        positive=round(positive / weight_sum, 3),
        negative=round(negative / weight_sum, 3),
        neutral=round(neutral / weight_sum, 3),
        drivers=tuple(drivers),
    )


def _nothing_to_score(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is punctuation and space alone (a window opening with an
    ASCII letter or digit, as nearly all do, is settled without a regex call)."""
    opening = text[start]
    if opening.isascii() and opening.isalnum():
        return False
    return _NOTHING_TO_SCORE.fullmatch(text, start, end) is not None


def word_valence(word: str) -> float | None:
    """VADER's rating of one word (-4 to +4), or None when its lexicon does not list it.

    A plural the lexicon lacks takes its singular's rating ("idiots" as "idiot").
    """
    key = word.lower().replace("’", "'")
    if key not in _LEXICON and key.endswith("s"):
        key = key[:-1]
    return _LEXICON.get(key)


def _scored_text(post: Post) -> tuple[str, list[int]]:
    """The prose VADER reads (emoji past the scored ones blanked) and the scored emoji starts."""
    parts, kept, last, run, previous_end = [], [], 0, 0, -1
    prose = post.prose
    for emoji in post.emoji:
        joined = previous_end >= 0 and not prose[previous_end : emoji.start].strip()
        run = run + 1 if joined else 1
        previous_end = emoji.end
        if run <= EMOJI_RUN_SCORED and len(kept) < EMOJI_POST_SCORED:
            kept.append(emoji.start)
            continue
        parts += [prose[last : emoji.start], " " * (emoji.end - emoji.start)]
        last = emoji.end
    parts.append(prose[last:])
    return "".join(parts), kept


def _windows(
    text: str, sentences: tuple[Token, ...], emoji_starts: list[int]
) -> list[tuple[int, int]]:
    """Whole sentences packed into windows of ``WINDOW`` characters and ``WINDOW_EMOJI`` emoji."""
    windows: list[tuple[int, int]] = []
    for start, end in _pieces(text, sentences, emoji_starts):
        if windows:
            first = windows[-1][0]
            emoji = bisect_left(emoji_starts, end) - bisect_left(emoji_starts, first)
            if end - first <= WINDOW and emoji <= WINDOW_EMOJI:
                windows[-1] = (first, end)
                continue
        windows.append((start, end))
    return windows


def _pieces(
    text: str, sentences: tuple[Token, ...], emoji_starts: list[int]
) -> Iterator[tuple[int, int]]:
    """Sentence spans, long or emoji-dense ones cut into window-sized pieces at spaces."""
    for sentence in sentences:
        start = sentence.start
        while start < sentence.end:
            end = min(start + WINDOW, sentence.end)
            cut = bisect_left(emoji_starts, start) + WINDOW_EMOJI
            if cut < len(emoji_starts) and emoji_starts[cut] < end:
                end = emoji_starts[cut]
            if end < sentence.end:
                space = text.rfind(" ", start + 1, end)
                end = space if space > start else end
            yield start, end
            start = end
