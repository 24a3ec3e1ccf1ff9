"""Tone rules: hostility aimed at people (SMM6xx)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from smmlint.analysis.hostility import Attack, attacks
from smmlint.core.model import Severity
from smmlint.core.registry import Hit, rule
from smmlint.read.post import Post

# What to do instead, by kind of attack.
HINTS = {
    "insult": "Criticise what was done, not the person: say what went wrong and what should "
    "change.",
    "contempt": "Drop the contempt: say what went wrong and what you want done about it.",
    "sarcasm": "Sarcasm reads as contempt to everyone outside the joke: say plainly what went "
    "wrong and what you want fixed.",
}


@rule(
    code="SMM602",
    name="negative-tone",
    severity=Severity.WARNING,
    category="tone",
    message="The post attacks someone.",
    hint=HINTS["insult"],
    fires=(
        "This service is a disgrace. Worst company ever, I <marker>hate you</marker> all.",
        "@BrandCo <marker>you are pathetic</marker>. Three weeks and no refund.",
        "Wow, <marker>thanks @Airline for losing</marker> my bag. Again.",
        "Brilliant! Those <marker>idiots</marker> at City Hall closed the park again.",
        "<marker>Shame on you</marker>, @council. The library deserved better.",
        "<marker>Stupid people</marker> everywhere in this queue.",
        "Four hours in A&E. <marker>Shame on the hospital</marker> for this.",
        "Reminder that <marker>Maher is a massive Islamophobe</marker>.",
    ),
    quiet=(
        ("Sorry for the outage this morning, we are on it and will post updates.", "an apology"),
        ("Kill the lights, it's movie night 🍿", "a negative word, no one attacked"),
        (
            "Fighting cancer is hard. Thank you to everyone who donated this year!",
            "a serious subject and thanks",
        ),
        ("What the travel ban would mean for victims of trafficking", "news on a grim subject"),
        ("We are sad to say goodbye to our colleague Anna. We will miss her.", "grief"),
        ("I felt like such an idiot when I missed the train 😅", "said of the author"),
        ("You are not stupid for asking, ask away!", "a negated attack word"),
        ("Shame on me for forgetting the cake 🙈", "blame the author takes on themselves"),
        ("It is a shame on so many levels.", "a shame, not shame on someone"),
        ("Police are treating it as a racist attack.", "an adjective of the attack, no one named"),
        ("He is not a racist, he is just tired.", "a negated accusation"),
        ("Thanks @Airline for finding my bag so fast!", "thanks for help, not for a harm"),
        ("Our fraud prevention team stopped 3,000 scams this year.", "a subject, not an insult"),
        ("RT @angry: you are all idiots", "someone else's words in a retweet"),
    ),
)
def negative_tone(post: Post, options: Mapping[str, Any]) -> Iterator[Hit]:
    """Hostility aimed at people: an insult, contempt or sarcasm in the author's own words.

    ## What it does
    Reads each sentence of the author's own words (`smmlint.analysis.hostility`; a retweet or
    a quotation is someone else's) for three kinds of attack, and marks the phrase:

    - an **insult**: a noun that only names a person with contempt ("idiot", "liar"), an
      attack word aimed at someone ("you are pathetic", "@brand is a disgrace", "stupid
      people"), or an accusation of bigotry said of someone as a noun ("Maher is a massive
      Islamophobe", "they are racists"; not "a racist attack" or "the song is racist");
    - **contempt** at someone: "hate you", "screw @brand", "go to hell", and blame, which
      only ever aims at an agent, whoever it names: "shame on you", "shame on these medics",
      "how dare they" (not the author's own "shame on me");
    - **sarcasm**: thanks or praise for a harm ("thanks @airline for losing my bag").

    The message names the words and, where VADER's lexicon rates them, their valence. The
    hint depends on the kind.

    Sad or serious subjects are not hostility: the rule never reads topic words ("travel
    ban", "cancer", "war", "kill the lights"), an apology, grief, or a negative word nobody
    is the target of ("a pathetic excuse for a sandwich"). An attack word that is negated
    ("you are not stupid") or said of the author ("I felt like an idiot") passes.

    Left alone on purpose, because it cannot be told reliably from the words: sarcasm
    without a harm named ("great service as always 🙄"), contempt without an insult or
    accusation word ("X needs to be considered a threat"), and slurs, which a dedicated
    profanity filter lists better than a style linter.

    ## Why is this bad?
    A public post is read by everyone, not only the person it answers. Insults, contempt
    and sarcasm reflect on whoever posts them, get shared out of context, and one slip can
    undo years of goodwill. Criticise the thing, say what should change.
    """
    for attack in attacks(post):
        yield Hit(attack.start, attack.end, message=_message(attack), hint=HINTS[attack.kind])


def _message(attack: Attack) -> str:
    words = " … ".join(f"“{w.text}”" for w in attack.words)
    valence = attack.valence()
    rated = f" (VADER {valence:+.1f})" if valence is not None else ""
    aimed = "" if attack.target == "someone" else f" aimed at {attack.target}"
    kind = "an insult" if attack.kind == "insult" else attack.kind
    return f"{words}{rated}{aimed} reads as {kind}."
