"""Tone rules: a negative or hostile post (SMM6xx)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from smmlint.analysis.tone import measure_tone
from smmlint.lexicon import Lexicon
from smmlint.model import Severity
from smmlint.post import Post, tokens_outside
from smmlint.registry import Hit, rule

NOT_HOSTILE = Lexicon.from_data("tone.txt")
# VADER's authors call a compound score of -0.05 or less negative; -0.5 is half-way to the
# floor. Complaints and insults sit below it ("What a disaster of a press conference.
# Embarrassing." -0.77), an apology above it ("Sorry for the trouble, we are on it" -0.46).
MAX_COMPOUND = -0.5
# How many of the driving words the message names.
NAMED_DRIVERS = 5


@rule(
    code="SMM602",
    name="negative-tone",
    severity=Severity.WARNING,
    category="tone",
    message="The post reads negative or hostile.",
    hint="Say what you want to change and what you are doing about it; criticise the thing, "
    "not the people.",
    options={"max_compound": MAX_COMPOUND},
    fires=(
        "This service is a <marker>disgrace</marker>. <marker>Worst</marker> company ever, "
        "I <marker>hate</marker> you all.",
        "I am so <marker>angry</marker> and <marker>disgusted</marker> by this "
        "<marker>horrible</marker> decision. <marker>Shame</marker> on you!",
        "Stop <marker>wasting</marker> money on <marker>useless</marker> ads. They are "
        "<marker>killing</marker> your brand.",
        "What a <marker>disaster</marker> of a press conference. <marker>Embarrassing</marker>.",
    ),
    quiet=(
        ("No problem at all, happy to help!", "a negation that VADER reads as positive"),
        ("I hate to say it but this is brilliant", "praise after 'but'"),
        ("Not bad at all for a first try!", "a negated negative"),
        (
            "Sorry about the delay with your order. We fixed it and sent a refund. "
            "Thanks for your patience!",
            "a complaint answered kindly",
        ),
        ("Sorry for the trouble, we are on it and will fix this today.", "an apology"),
        ("We are sad to say goodbye to our colleague Anna. We will miss her.", "sad, not hostile"),
        ("Killing it today 🔥", "praise in a negative idiom"),
        ("Breast cancer awareness month: book your screening today.", "a subject, not a tone"),
        ("Protect your business from cyber attacks and threats.", "a security subject"),
    ),
)
def negative_tone(post: Post, options: Mapping[str, Any]) -> Iterator[Hit]:
    """A post whose tone is negative or hostile, marked at the words that drive it.

    ## What it does
    Scores the post with VADER, sentence by sentence (`smmlint.analysis.tone`). When the
    compound score is at or below `max_compound` (-0.5), it marks each word of VADER's
    lexicon rated -1.5 or lower in a negative sentence ("hate", "worst", "disgrace") and
    names them in the message.

    Words that do not make a post hostile never drive it: praise in negative idioms
    ("killing it", "to die for"), grief and sympathy ("sad to say goodbye", "sorry for your
    loss"), and subjects an awareness, news or security post has to name ("cancer", "war",
    "fraud", "cyber attacks"), listed in `tone.txt`. Without any
    other driving word, the rule stays quiet. VADER reads negation and contrast, so
    "not bad" and "I hate to say it but this is brilliant" pass.

    ## Why is this bad?
    A public post is read by everyone, not only the person it answers. Anger, insults and
    complaints reflect on the brand that posts them, get shared out of context, and one
    slip can undo years of goodwill. Say what should change and what you will do.
    """
    tone = measure_tone(post)
    if tone.compound > options["max_compound"] or not tone.drivers:
        return
    excused = ((m.start, m.end) for m in NOT_HOSTILE.finditer(post.prose))
    drivers = tokens_outside(tone.drivers, excused)
    if not drivers:
        return
    named = list(dict.fromkeys(d.text.lower() for d in drivers))
    shown = ", ".join(f"“{word}”" for word in named[:NAMED_DRIVERS])
    more = f" and {len(named) - NAMED_DRIVERS} more" if len(named) > NAMED_DRIVERS else ""
    message = f"The tone reads negative (VADER {tone.compound:+.2f}), driven by {shown}{more}."
    for driver in drivers:
        yield Hit(driver.start, driver.end, message=message)
