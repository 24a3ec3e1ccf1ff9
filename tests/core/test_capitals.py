"""The reading of capitals and piled marks: each run's job, each pile's reason."""

from __future__ import annotations

import pytest

from smmlint.analysis.capitals import RunKind, capital_runs
from smmlint.analysis.marks import mark_piles, raised_voice
from smmlint.platforms import get_platform
from smmlint.read.post import Post


def _post(text: str) -> Post:
    return Post(text, get_platform("generic"))


def _runs(text: str) -> list[tuple[RunKind, str]]:
    return [(run.kind, text[run.start : run.end]) for run in capital_runs(_post(text))]


@pytest.mark.parametrize(
    ("text", "kind", "words"),
    [
        ("one of the BEST SONGS in music history", RunKind.BURST, "BEST SONGS"),
        ("NEW YORK (Reuters) - Stocks rose on Tuesday.", RunKind.LABEL, "NEW YORK"),
        ("FRIDAY 11 MAY, 5.30pm: join the march", RunKind.LABEL, "FRIDAY 11 MAY"),
        ("Today I'm starting Le Guin's THE LEFT HAND OF DARKNESS", RunKind.TITLE, "THE LEFT"),
        ("PSY - GANGNAM STYLE (M/V) https://example.com/v", RunKind.TITLE, "PSY - GANGNAM"),
        ("Words are events. URSULA K. LE GUIN", RunKind.NAME, "URSULA K. LE GUIN"),
        ("Check out LEANDRUS - PLAYTIME, a new track", RunKind.NAME, "LEANDRUS"),
        ("Txt TONE CHARITY to 8007 for nokias", RunKind.KEYWORD, "TONE CHARITY"),
        ("Register now! SKY OPT OUT to 88088", RunKind.KEYWORD, "SKY OPT OUT"),
        ("Inspiring! @jsmithready: THIS. THIS. THIS.", RunKind.QUOTED, "THIS"),
        ("Thanks NASA. GREAT WORK", RunKind.WARMTH, "NASA. GREAT WORK"),
        ("@ana I LOVE YOU, you made my day", RunKind.WARMTH, "I LOVE YOU"),
        ("Le Guin was a HUGE influence on me. This one really hurts.", RunKind.STRESS, "HUGE"),
        ("NO! NO NO NO NO. Our founder died this morning.", RunKind.CRY, "NO"),
        ("This is NOT a drill.", RunKind.LONE, "NOT"),
    ],
)
def test_each_run_is_read_for_the_job_its_capitals_do(text: str, kind: RunKind, words: str) -> None:
    runs = _runs(text)
    assert runs and runs[0][0] is kind, runs
    assert runs[0][1].startswith(words), runs


def test_a_shouted_run_says_why_and_spans_its_shouted_words_and_names_beside_them() -> None:
    text = "HUGE NEWS FROM NASA TODAY: the launch is on."
    (run,) = capital_runs(_post(text))
    assert run.kind is RunKind.SHOUTED
    assert text[run.start : run.end] == "HUGE NEWS FROM NASA TODAY"
    assert [w.text for w in run.shouted] == ["HUGE", "NEWS", "FROM", "TODAY"]
    assert run.voice == "presses" and run.carries_hype and not run.fills_post


@pytest.mark.parametrize(
    ("text", "voice"),
    [
        ("@ana SO WHY did you leave?", "asks"),
        ("WOW, this policy is a disgrace", "argues"),
        ("DO NOT BE LATE FOR DINNER LOVE MUM", "whole"),
        ("I have HUGE NEWS for you all", "announces"),
    ],
)
def test_the_voice_of_a_shouted_run(text: str, voice: str) -> None:
    shouted = [r for r in capital_runs(_post(text)) if r.kind is RunKind.SHOUTED]
    assert [r.voice for r in shouted] == [voice]


def test_a_whole_post_in_capitals_fills_the_post() -> None:
    (run,) = capital_runs(_post("HI DARLIN ITS KATE ARE U UP FOR A DRINK TONIGHT"))
    assert run.kind is RunKind.SHOUTED and run.fills_post and run.voice == "whole"


def test_configured_names_and_run_length_are_read_afresh() -> None:
    post = _post("The ACME PLAN is here")
    assert capital_runs(post) is capital_runs(post)  # memoised for the defaults
    assert [r.kind for r in capital_runs(post)] == [RunKind.BURST]
    assert [r.kind for r in capital_runs(post, acronyms=("ACME",))] == [RunKind.LONE]
    assert [r.kind for r in capital_runs(post, run_words=3)] == [RunKind.LONE]


def test_no_capitals_no_runs() -> None:
    assert capital_runs(_post("nothing to shout about, NASA says")) == ()


def test_mark_piles_count_double_marks_and_skip_links() -> None:
    post = _post("Launch day ‼️! see https://example.com/#!!!/post and wow!?!")
    piles = [p for p in mark_piles(post) if p.marks > 1]
    assert [(p.text, p.marks) for p in piles] == [("‼️!", 3), ("!?!", 3)]
    assert piles[1].asks and piles[1].exclaims and not piles[0].asks


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("Love it!!!!!!!!!!!!!!!!", "noise"),
        ("Big news today!!!", "announces"),
        ("This policy is a disgrace!!!", "scolds"),
        ("Love this song!!! Subscribe to my channel", "presses"),
        ("SO WHEN IS THE BOOK OUT??????", "shouts"),
        ("Love this song!!!", None),
        ("@ana awesome!!!", None),
        ("Our founder died this morning???? We are heartbroken.", None),
    ],
)
def test_why_a_pile_raises_the_voice(text: str, reason: str | None) -> None:
    post = _post(text)
    pile = max(mark_piles(post), key=lambda p: p.marks)
    assert raised_voice(post, pile) == reason


@pytest.mark.parametrize(
    ("text", "voice"),
    [
        ("1 million dislikes! EPIC FAIL", "argues"),
        ("Easier to tell women to hide than to tell men NOT TO FUCKING RAPE PEOPLE.", "argues"),
        ("Easier to hide than to tell men NOT TO HURT US.", "argues"),
        ("I LOVE YOU!!! You cheer me up when im sad", None),
    ],
)
def test_displeasure_is_a_sentence_that_leans_negative(text: str, voice: str | None) -> None:
    runs = capital_runs(_post(text))
    assert [r.voice for r in runs if r.kind is RunKind.SHOUTED] == ([voice] if voice else [])


def test_a_keyword_may_follow_its_verb_in_capitals() -> None:
    assert _runs("Had your phone 11 months? TEXT YES for a callback")[0][0] is RunKind.KEYWORD
    assert _runs("TEXT YES NOW for a callback")[0][0] is RunKind.SHOUTED  # haste, not a keyword


def test_a_courtesy_may_end_with_whom_it_is_said_to() -> None:
    assert _runs("HAPPY BIRTHDAY KATY :)")[0][0] is RunKind.WARMTH
    assert _runs("THANK YOU JO")[0][0] is RunKind.WARMTH
    assert _runs("THANK YOU SALE")[0][0] is RunKind.SHOUTED  # hype is no addressee


@pytest.mark.parametrize(
    "text",
    [
        "STORIES OF THE SEA Reviewed in @weekly this month",
        "The SILVER HARBOUR alternate ending is up",
        "RECENTLY VIEWED 3 others viewed this in the last hour",
        # The whole post: it only names something.
        "SEASIDE MEMORIES https://example.com/v",
        "1 753 682 421 GANGNAM STYLE ^^",
        "CUSTOMER SERVICE",
    ],
)
def test_a_name_with_no_cue_is_a_run_with_no_voice_in_mixed_case_prose_or_alone(
    text: str,
) -> None:
    assert [kind for kind, _ in _runs(text)] == [RunKind.NAME], _runs(text)


@pytest.mark.parametrize(
    "text",
    [
        # A word of voice: an intensifier, a person, a contraction, a VADER-rated word.
        "My aunt says it is VERY FAR AWAY FROM ANYWHERE ELSE now",
        "Our CEO says WE ARE HIRING again",
        "He said DON'T GIVE UP to the team",
        "the council is a TOTAL DISASTER for the town",
        # A verb of an order, a raised mark, a sentence of its own among mixed-case prose.
        "Trending: WAYS TO MAKE MONEY from home, see the guide",
        "This one is IN HIGH DEMAND! only a few left",
        "RIVALS ENCIRCLE THE CITY. The talks have failed.",
        # A whole post that says something: a word of voice, a raised mark, hype.
        "OREOS ARE BACK IN STORES https://example.com/o",
        "SEASIDE MEMORIES!!! https://example.com/v",
        "LIMITED TIME ONLY",
        "LOGIN/REGISTER",
        # Mostly capitals with a word in lower case: the capitals are the message.
        "SEASIDE MEMORIES FROM THE BAY today",
        # A post that promises a gain: the thing offered in capitals is the hype.
        "You won a mini DIGITAL CAMERA, reply to claim your prize",
    ],
)
def test_capitals_with_a_voice_or_no_prose_around_them_are_no_bare_name(text: str) -> None:
    runs = _runs(text)
    assert runs and RunKind.NAME not in [kind for kind, _ in runs], runs


def test_words_of_affection_beside_a_courtesy_are_warmth_but_hype_is_not() -> None:
    assert _runs("Subscribe to my channel if you like it! HUGS, THANKS") == [
        (RunKind.WARMTH, "HUGS, THANKS")
    ]
    assert [kind for kind, _ in _runs("Have a look at my shop. THANKS AMAZING DEAL")] == [
        RunKind.SHOUTED
    ]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Check out my covers, it'd mean the world to me THANK YOU SO MUCH", "THANK YOU SO MUCH"),
        ("A kind thought for you. GOODNIGHT & HAVE A NICE SLEEP..SWEET DREAMS..", "GOODNIGHT"),
        ("A little thought for today. HAVE A NICE EVENING", "HAVE A NICE EVENING"),
    ],
)
def test_a_courtesy_is_warmth_to_its_end(text: str, words: str) -> None:
    runs = _runs(text)
    assert [kind for kind, _ in runs] == [RunKind.WARMTH], runs
    assert runs[0][1].startswith(words), runs


@pytest.mark.parametrize(
    "text",
    [
        # The courtesy hooks a pitch, or hype stands beside it.
        "THANK YOU SO MUCH! Claim your FREE prize now, txt WIN to 80086",
        "HAVE A NICE DAY AND SHOP OUR SALE",
        # Hype, haste, scarcity and news in capitals still shout.
        "Only 2 left, SALE ENDS SUNDAY",
        "I have HUGE NEWS for you all",
        "WOW, this policy is a disgrace",
        "Get the new phone FREE, call 0800 123 456 today",
        "Our CEO says WE ARE HIRING again",
    ],
)
def test_capitals_beside_a_courtesy_or_without_one_still_shout(text: str) -> None:
    assert RunKind.SHOUTED in [kind for kind, _ in _runs(text)], _runs(text)


def test_a_blessing_is_warmth_unless_the_post_is_a_message_typed_in_capitals() -> None:
    assert _runs("Please share my video. Thanks to everyone, GOD BLESS YOU ALL!") == [
        (RunKind.WARMTH, "GOD BLESS YOU ALL")
    ]
    text = "A TRUE AMERICAN PATRIOT WITH COURAGE.  GOD BLESS YOU https://example.com/p"
    assert [kind for kind, _ in _runs(text)] == [RunKind.SHOUTED]
