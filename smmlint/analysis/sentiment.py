"""VADER's sentiment scores, computed as vaderSentiment computes them, minus its per-call waste.

``vaderSentiment.SentimentIntensityAnalyzer.polarity_scores`` lower-cases the whole text's
word list again for every check around every sentiment word (negations three times, idioms
once), so a text costs the square of its words; it also rebuilds its text one character at
a time to swap emoji for their names, and builds a ``SentiText`` and a score in calls that
cost more than the arithmetic in them. ``SentimentScorer`` is the same analyzer (its lexicon,
emoji table and every scoring step) with that work done once per text, a text with no rated
word answered at once, and the idiom lookups skipped where no idiom word stands, so its
scores are VADER's to the last bit: ``tests/core/test_sentiment.py`` compares both on real
posts and on VADER's own tricky cases, and ``benchmarks/golden_check.py`` every report.

Scores are memoised by text (``smmlint.read.memo``): the tone analysis scores a draft
sentence by sentence, so relinting a draft after an edit rescores only the sentences the
edit touched.
"""

from __future__ import annotations

import math
import string
from collections.abc import Mapping
from itertools import compress

from vaderSentiment.vaderSentiment import (
    BOOSTER_DICT,
    C_INCR,
    N_SCALAR,
    NEGATE,
    SPECIAL_CASES,
    SentimentIntensityAnalyzer,
    normalize,
    scalar_inc_dec,
)

from smmlint.read.memo import by_content

# The tone analysis scores windows of at most 200 characters; longer texts are scored but
# not remembered.
MEMO_MAX_CHARS = 400
_NEGATE = frozenset(NEGATE)
_PUNCTUATION = string.punctuation
# Every word of VADER's idioms and two- or three-word boosters ("kiss of death", "kind of"):
# each sequence ``_special_idioms_check`` looks up holds the word rated or the one two before
# it, so where neither is one of these, no idiom or booster can change the valence.
_IDIOM_WORDS = frozenset(
    word for key in (*SPECIAL_CASES, *BOOSTER_DICT) if " " in key for word in key.split(" ")
)
_SO_THIS = ("so", "this")


class SentimentScorer(SentimentIntensityAnalyzer):
    """A drop-in for VADER's analyzer (same ``lexicon``, ``emojis`` and scores), memoised."""

    def __init__(self) -> None:
        super().__init__()
        self._single_emoji = frozenset(key for key in self.emojis if len(key) == 1)
        # The words VADER rates where they stand: listed, and not a booster.
        self._rateable = frozenset(self.lexicon.keys() - BOOSTER_DICT.keys())
        self._remembered = by_content(max_chars=MEMO_MAX_CHARS)(self.score)

    def polarity_scores(self, text: str) -> dict[str, float]:
        """VADER's ``neg``, ``neu``, ``pos`` and ``compound`` for ``text`` (a fresh dict)."""
        return dict(self._remembered(text))

    def remembered_scores(self, text: str) -> Mapping[str, float]:
        """``polarity_scores`` as the memo holds them: shared by every caller, read only."""
        return self._remembered(text)

    def score(self, text: str) -> dict[str, float]:
        """VADER's scores computed without the memo."""
        text = self._emoji_as_words(text).strip()
        # VADER's ``SentiText``: a word loses the punctuation around it, an emoticon (two
        # characters or fewer once stripped) keeps it.
        words = [
            stripped if len(stripped := token.strip(_PUNCTUATION)) > 2 else token
            for token in text.split()
        ]
        lower = list(map(str.lower, words))
        rateable = self._rateable
        rated = list(compress(range(len(lower)), map(rateable.__contains__, lower)))
        if "kind" in lower:  # "kind of" is a booster, not the rated "kind"
            last = len(words) - 1
            rated = [i for i in rated if lower[i] != "kind" or i == last or lower[i + 1] != "of"]
        if not rated:  # every word scores 0: VADER's neutral result, or its empty one
            return {"neg": 0.0, "neu": 1.0 if words else 0.0, "pos": 0.0, "compound": 0.0}
        is_cap_diff = _allcap_differential(words)
        sentiments: list[float] = [0] * len(words)
        for i in rated:
            sentiments[i] = self._valence(words, lower, i, is_cap_diff)
        if "but" in lower:
            sentiments = self._but_check(words, sentiments)
        return _score_valence(sentiments, rated, text)

    def _emoji_as_words(self, text: str) -> str:
        """VADER's emoji swap: each listed emoji becomes its name, set off by a space before."""
        if text.isascii() or self._single_emoji.isdisjoint(text):
            return text
        parts: list[str] = []
        prev_space = True
        for char in text:
            if char in self._single_emoji:
                if not prev_space:
                    parts.append(" ")
                parts.append(self.emojis[char])
                prev_space = False
            else:
                parts.append(char)
                prev_space = char == " "
        return "".join(parts)

    def _valence(self, words: list[str], lower: list[str], i: int, is_cap_diff: bool) -> float:
        """``sentiment_valence`` for a lexicon word, reading the lower-cased words given."""
        lexicon = self.lexicon
        item = lower[i]
        valence = lexicon[item]
        if item == "no" and i != len(words) - 1 and lower[i + 1] in lexicon:
            valence = 0.0
        if (
            (i > 0 and lower[i - 1] == "no")
            or (i > 1 and lower[i - 2] == "no")
            or (i > 2 and lower[i - 3] == "no" and lower[i - 1] in ["or", "nor"])
        ):
            valence = lexicon[item] * N_SCALAR
        if words[i].isupper() and is_cap_diff:
            if valence > 0:
                valence += C_INCR
            else:
                valence -= C_INCR
        for start_i in range(3):
            if i > start_i and lower[i - (start_i + 1)] not in lexicon:
                before = i - (start_i + 1)
                s = (
                    scalar_inc_dec(words[before], valence, is_cap_diff)
                    if lower[before] in BOOSTER_DICT
                    else 0.0
                )
                if start_i == 1 and s != 0:
                    s = s * 0.95
                if start_i == 2 and s != 0:
                    s = s * 0.9
                valence = valence + s
                valence = _negation_check(valence, lower, start_i, i)
                if start_i == 2:
                    valence = _special_idioms_check(valence, lower, i)
        return _least_check(valence, lower, i, lexicon)


def _allcap_differential(words: list[str]) -> bool:
    """VADER's ``allcap_differential``: some, not all, of the words are in capitals."""
    capitals = sum(map(str.isupper, words))
    return 0 < len(words) - capitals < len(words)


def _least_check(valence: float, lower: list[str], i: int, lexicon: dict[str, float]) -> float:
    """VADER's ``_least_check`` over the already lower-cased words."""
    if (
        i > 0
        and lower[i - 1] == "least"
        and "least" not in lexicon
        and (i == 1 or lower[i - 2] not in ("at", "very"))
    ):
        return valence * N_SCALAR
    return valence


def _score_valence(sentiments: list[float], rated: list[int], text: str) -> dict[str, float]:
    """VADER's ``score_valence`` for a non-empty list of word sentiments, step for step.

    Only the ``rated`` words (in order) can hold a sentiment other than 0: the others count
    as neutral without a look (``_but_check`` scales each value where it stands).
    """
    sum_s = float(sum(sentiments))
    exclamations = min(text.count("!"), 4)
    questions = text.count("?")
    emphasis = exclamations * 0.292 + (
        0 if questions <= 1 else questions * 0.18 if questions <= 3 else 0.96
    )
    if sum_s > 0:
        sum_s += emphasis
    elif sum_s < 0:
        sum_s -= emphasis
    compound = normalize(sum_s)
    pos_sum, neg_sum, neu_count = 0.0, 0.0, len(sentiments)
    for i in rated:
        sentiment = sentiments[i]
        if sentiment > 0:
            pos_sum += float(sentiment) + 1
            neu_count -= 1
        elif sentiment < 0:
            neg_sum += float(sentiment) - 1
            neu_count -= 1
    if pos_sum > math.fabs(neg_sum):
        pos_sum += emphasis
    elif pos_sum < math.fabs(neg_sum):
        neg_sum -= emphasis
    total = pos_sum + math.fabs(neg_sum) + neu_count
    return {
        "neg": round(math.fabs(neg_sum / total), 3),
        "neu": round(math.fabs(neu_count / total), 3),
        "pos": round(math.fabs(pos_sum / total), 3),
        "compound": round(compound, 4),
    }


def _negated(word: str) -> bool:
    """VADER's ``negated([word])`` for a word already lower-cased (lowering it again changes
    no character)."""
    return word in _NEGATE or "n't" in word


def _negation_check(valence: float, lower: list[str], start_i: int, i: int) -> float:
    """VADER's ``_negation_check`` over the already lower-cased words."""
    if start_i == 0:
        return valence * N_SCALAR if _negated(lower[i - 1]) else valence
    if start_i == 1:
        if lower[i - 2] == "never" and lower[i - 1] in _SO_THIS:
            return valence * 1.25
        if lower[i - 2] == "without" and lower[i - 1] == "doubt":
            return valence
        return valence * N_SCALAR if _negated(lower[i - 2]) else valence
    if (lower[i - 3] == "never" and lower[i - 2] in _SO_THIS) or lower[i - 1] in _SO_THIS:
        return valence * 1.25
    if lower[i - 3] == "without" and (lower[i - 2] == "doubt" or lower[i - 1] == "doubt"):
        return valence
    return valence * N_SCALAR if _negated(lower[i - 3]) else valence


def _special_idioms_check(valence: float, lower: list[str], i: int) -> float:
    """VADER's ``_special_idioms_check`` over the already lower-cased words."""
    if lower[i] not in _IDIOM_WORDS and lower[i - 2] not in _IDIOM_WORDS:
        return valence
    onezero = f"{lower[i - 1]} {lower[i]}"
    twoonezero = f"{lower[i - 2]} {lower[i - 1]} {lower[i]}"
    twoone = f"{lower[i - 2]} {lower[i - 1]}"
    threetwoone = f"{lower[i - 3]} {lower[i - 2]} {lower[i - 1]}"
    threetwo = f"{lower[i - 3]} {lower[i - 2]}"
    for sequence in (onezero, twoonezero, twoone, threetwoone, threetwo):
        if sequence in SPECIAL_CASES:
            valence = SPECIAL_CASES[sequence]
            break
    if len(lower) - 1 > i:
        zeroone = f"{lower[i]} {lower[i + 1]}"
        if zeroone in SPECIAL_CASES:
            valence = SPECIAL_CASES[zeroone]
    if len(lower) - 1 > i + 1:
        zeroonetwo = f"{lower[i]} {lower[i + 1]} {lower[i + 2]}"
        if zeroonetwo in SPECIAL_CASES:
            valence = SPECIAL_CASES[zeroonetwo]
    for n_gram in (threetwoone, threetwo, twoone):
        if n_gram in BOOSTER_DICT:
            valence = valence + BOOSTER_DICT[n_gram]
    return valence
