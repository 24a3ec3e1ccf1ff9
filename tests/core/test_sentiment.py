"""The sentiment scorer gives vaderSentiment's exact scores, and its memo changes none.

``benchmarks/sentiment_check.py`` compares every text of the labelled sets and every tone
window in them (41,703 texts); this test compares a sample of the real posts and the
cases that reach each of VADER's special rules.
"""

from __future__ import annotations

import pytest
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from benchmarks.drafts import drafts, tweet_acts, youtube_comments
from smmlint.analysis.sentiment import MEMO_MAX_CHARS, SentimentScorer

VADER = SentimentIntensityAnalyzer()
SCORER = SentimentScorer()

# One case (at least) for each rule VADER applies around a sentiment word.
SPECIAL_CASES = (
    "",
    "   ",
    "VADER is smart, handsome, and funny.",
    "VADER is VERY SMART, uber handsome, and FRIGGIN FUNNY!!!",
    "VADER is not smart, handsome, nor funny.",
    "At least it isn't a horrible book.",
    "The book was only kind of good.",
    "The plot was good, but the characters are uncompelling and the dialog is not great.",
    "Today only kinda sux! But I'll get by, lol",
    "Make sure you :) or :D today!",
    "Catch utf-8 emoji such as 💘 and 💋 and 😁",
    "💘💋😁 so good😁",
    "Not bad at all",
    "Sentiment analysis has never been good.",
    "Sentiment analysis has never been this good!",
    "Sentiment analysis has never so good.",
    "With VADER, sentiment analysis is the shit!",
    "On the other hand, VADER is quite bad ass",
    "Without a doubt, excellent idea.",
    "Without any doubt, an excellent idea.",
    "Roger Dodger is one of the least compelling variations on this theme.",
    "Roger Dodger is at least compelling as a variation on the theme.",
    "least good, very least good",
    "no good at all, no bad, no or nor bad, no no no",
    "no problem",
    "yeah right, kiss of death, it is to die for, my beating heart",
    "sort of nice, kind of bad, just enough fun",
    "good but bad but good but good",
    "GREAT GREAT great",
    "ALL CAPS HAPPY",
    "can't win, won't lose, ain't happy, don't like",
    "Hello World? Really??? Great!!!!!",
    "Ünïcödé ΣΊΣΥΦΟΣ happy İstanbul",
)


@pytest.mark.parametrize("text", SPECIAL_CASES)
def test_special_cases_score_as_vader_does(text: str) -> None:
    assert SCORER.score(text) == VADER.polarity_scores(text), text


def test_real_posts_score_as_vader_does() -> None:
    texts = (tweet_acts() + youtube_comments())[::7] + drafts(1300, 20)
    differing = [t for t in texts if SCORER.score(t) != VADER.polarity_scores(t)]
    assert not differing, f"{len(differing)} of {len(texts)} texts differ, e.g. {differing[0]!r}"


def test_memo_returns_the_scores_in_a_fresh_dict() -> None:
    text = "What a lovely, lovely day."
    first = SCORER.polarity_scores(text)
    first["compound"] = 99.0
    assert SCORER.polarity_scores(text) == VADER.polarity_scores(text)


def test_texts_past_the_memo_limit_are_scored_too() -> None:
    text = "Awful service, but a great team! " * (MEMO_MAX_CHARS // 20)
    assert len(text) > MEMO_MAX_CHARS
    assert SCORER.polarity_scores(text) == VADER.polarity_scores(text)
