"""Tone from VADER, scored sentence by sentence so the cost stays linear in length."""

from __future__ import annotations

import string
from dataclasses import dataclass

from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from smmlint.post import Post, Token

_ANALYZER = SentimentIntensityAnalyzer()
_LEXICON = _ANALYZER.lexicon
_NEUTRAL = {"compound": 0.0, "pos": 0.0, "neg": 0.0, "neu": 1.0}
# VADER's lexicon rates words from -4 to +4; from -1.5 down a word reads clearly negative
# ("problem" -1.7, "hate" -2.7), above it mildly so ("wait" is not in it, "hard" -0.4).
DRIVER_VALENCE = -1.5
# VADER looks at most three words back; scoring a run-on "sentence" in windows of this many
# characters keeps the cost linear on a 65,536-character draft with no full stop.
WINDOW = 400


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
    totals = {"compound": 0.0, "pos": 0.0, "neg": 0.0, "neu": 0.0}
    weight_sum = 0
    drivers: list[Token] = []
    lexicon = _ANALYZER.lexicon
    words, first = post.own_words, 0
    for start, end in _windows(post.sentences):
        scores = _scores(post.prose[start:end])
        weight = end - start
        weight_sum += weight
        for key in totals:
            totals[key] += scores[key] * weight
        while first < len(words) and words[first].start < start:
            first += 1
        last = first
        while last < len(words) and words[last].start < end:
            last += 1
        if scores["compound"] < 0:
            drivers += [
                w for w in words[first:last] if lexicon.get(w.text.lower(), 0.0) <= DRIVER_VALENCE
            ]
        first = last
    if not weight_sum:
        return Tone(0.0, 0.0, 0.0, 1.0, ())
    return Tone(
        compound=round(totals["compound"] / weight_sum, 4),
        positive=round(totals["pos"] / weight_sum, 3),
        negative=round(totals["neg"] / weight_sum, 3),
        neutral=round(totals["neu"] / weight_sum, 3),
        drivers=tuple(drivers),
    )


def _scores(text: str) -> dict[str, float]:
    """VADER's scores, skipping VADER when no token of the text can carry sentiment.

    VADER gives a word valence only when it is in its lexicon (boosters, negations and
    punctuation merely scale that), and turns emoji into words first; a text with neither
    scores exactly neutral, which costs a split instead of a full VADER pass.
    """
    if text.isascii() and not any(_in_lexicon(token) for token in text.split()):
        return _NEUTRAL
    return _ANALYZER.polarity_scores(text)


def _in_lexicon(token: str) -> bool:
    lowered = token.lower()
    return lowered in _LEXICON or lowered.strip(string.punctuation) in _LEXICON


def _windows(sentences: tuple[Token, ...]) -> list[tuple[int, int]]:
    """Sentence spans, long ones cut into ``WINDOW``-sized pieces."""
    spans = []
    for sentence in sentences:
        for start in range(sentence.start, sentence.end, WINDOW):
            spans.append((start, min(start + WINDOW, sentence.end)))
    return spans
