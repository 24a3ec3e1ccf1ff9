"""Readability rules: a post that is hard going in a feed (SMM6xx)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from smmlint.analysis.readability import (
    SentenceCount,
    looks_english,
    measure_readability,
    reader_words,
    reading_ease,
    sentence_counts,
    syllables,
)
from smmlint.model import Severity
from smmlint.post import Post, Token
from smmlint.registry import Hit, rule

# Flesch's own table: 60-70 is plain English, 50-60 "fairly difficult" (grades 10-12),
# 30-50 "difficult" (college). A feed is read at a glance; LinkedIn copy is often fairly
# difficult and fine, so only "difficult" and below is reported.
MIN_READING_EASE = 50
# Too short for the formula (see MIN_RELIABLE_WORDS): only the word half of it is judged,
# and only when several long words agree. Four syllables is past the three of the Gunning
# fog index's "complex words", so "community" and "celebration" alone never fire; three such
# words making up a third of the post is jargon ("leveraging synergistic deliverables").
LONG_WORD_SYLLABLES = 4
MIN_LONG_WORDS = 3
MIN_LONG_WORD_SHARE = 1 / 3


@rule(
    code="SMM601",
    name="hard-to-read",
    severity=Severity.SUGGESTION,
    category="readability",
    message="The post is hard to read at a glance.",
    hint="Split long sentences and swap long words for short ones; aim for a reading ease of 60.",
    options={
        "min_reading_ease": MIN_READING_EASE,
        "long_word_syllables": LONG_WORD_SYLLABLES,
        "min_long_words": MIN_LONG_WORDS,
    },
    fires=(
        "Our plans for the new year are ready. <marker>Implementation considerations encompass "
        "regulatory compliance, operational resilience and environmental sustainability "
        "across every municipality.</marker>",
        "Our team met last week. <marker>The interdisciplinary considerations underpinning "
        "contemporary organisational transformation necessitate institutional "
        "reconceptualisation.</marker> Coffee was good.",
        "<marker>Leveraging synergistic paradigms to operationalize cross-functional "
        "deliverables.</marker>",
        "<marker>Personalised, evidence-based interventions demonstrably ameliorate "
        "socioeconomic inequalities.</marker> Thoughts?",
    ),
    quiet=(
        ("Supercalifragilisticexpialidocious! What a show.", "one long word in a short post"),
        ("Congratulations to the graduating class!", "two long words, too few to judge"),
        ("Join our community celebration tomorrow at the library.", "familiar long words"),
        (
            "We had a great time at the fair. Thanks to everyone who came by to say hi. "
            "See you next year, and bring your friends!",
            "plain words and short sentences",
        ),
        (
            "Read the docs: https://example.com/internationalization/documentation "
            "#InternationalizationAndLocalization #DocumentationMatters",
            "links and hashtags are not read as words",
        ),
        (
            "Wir freuen uns sehr, Ihnen heute unsere neue Kollektion vorstellen zu dürfen. "
            "Die Stücke wurden in Zusammenarbeit mit lokalen Handwerksbetrieben entwickelt und "
            "sind ab sofort erhältlich.",
            "not English: the Flesch formulas do not apply",
        ),
        ("Сегодня мы открываем новый магазин в центре города.", "not in Latin script"),
    ),
)
def hard_to_read(post: Post, options: Mapping[str, Any]) -> Iterator[Hit]:
    """A post that is hard to read at a glance: low Flesch reading ease, or dense jargon.

    ## What it does
    Scores the words a reader reads (links, hashtags and mentions left out) with the Flesch
    reading ease, from textstat's syllable counts. Below `min_reading_ease` (50,
    Flesch's "difficult", college level) it marks the hardest sentence, the one whose removal
    would raise the post's score the most, and gives the post's score and grade.

    With fewer than 20 words the score is flagged unreliable and never used: one long word
    swings it by 30 points. A short post is judged only on its words: it fires when
    `min_long_words` (3) or more words of `long_word_syllables` (4) or more syllables
    make up a third of it, marking the sentence with the most of them.

    The formulas are calibrated on English: a post mostly in another script, or whose
    function words are German, French, Spanish, Italian, Dutch or Portuguese, is left alone.

    ## Why is this bad?
    People scroll a feed at a glance. Long sentences and long words make them work, and a
    post that takes work is scrolled past. Help beats hype, and help has to be understood.
    """
    words = reader_words(post)
    if not looks_english([w.text for w in words]):
        return
    readability = measure_readability(post)
    if readability.reliable:
        if readability.reading_ease >= options["min_reading_ease"]:
            return
        message = (
            f"Reading ease {readability.reading_ease:.0f} (grade {readability.grade:.0f}): "
            "hard going in a feed; this is the hardest sentence."
        )
        hardest = _hardest_sentence(sentence_counts(post))
        yield Hit(hardest.start, hardest.end, message=message)
        return
    # Fewer than 20 words: judged on its long words only (the loops below stay that small).
    long_words = [w for w in words if syllables(w.text.lower()) >= options["long_word_syllables"]]
    if len(long_words) < max(options["min_long_words"], MIN_LONG_WORD_SHARE * len(words)):
        return
    densest = max(
        post.sentences, key=lambda s: sum(1 for w in long_words if s.start <= w.start < s.end)
    )
    message = (
        f"{len(long_words)} of {len(words)} words have {options['long_word_syllables']} or more "
        "syllables: hard going even in a short post."
    )
    yield Hit(densest.start, densest.end, message=message)


def _hardest_sentence(counts: list[SentenceCount]) -> Token:
    """The sentence whose removal would raise the post's reading ease the most."""
    words = sum(c.words for c in counts)
    syllable_total = sum(c.syllables for c in counts)
    if len(counts) == 1:
        return counts[0].sentence
    return max(
        counts,
        key=lambda c: reading_ease(words - c.words, len(counts) - 1, syllable_total - c.syllables),
    ).sentence
