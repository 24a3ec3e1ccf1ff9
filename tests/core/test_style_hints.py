"""Style rules' hints answer why the rule fired (issue 11: one fixed hint whatever the cause)."""

from __future__ import annotations

import smmlint


def _hints(text: str, rule: str) -> list[str]:
    return [f.hint for f in smmlint.lint(text).findings if f.rule == rule]


def test_all_caps_hint_follows_the_capitals() -> None:
    assert "“Live”" in _hints("We're LIVE in five minutes, come say hi", "all-caps")[0]
    assert "whole post" in _hints("DO NOT BE LATE FOR DINNER LOVE MUM", "all-caps")[0]
    assert "hype" in _hints("BUY 1 GET 1 FREE this weekend", "all-caps")[0]
    assert "stress one point" in _hints("Our CEO says WE ARE HIRING again", "all-caps")[0]
    assert "question" in _hints("@ana SO WHY did you leave?", "all-caps")[0]
    assert "displeasure" in _hints("WOW, this policy is a disgrace", "all-caps")[0]


def test_all_caps_is_quiet_on_a_burst_of_feeling() -> None:
    for text in (
        "This is AMAZING, thank you all",
        "one of the BEST SONGS in music history",
        "@ana BEST. THREAD. EVER. I laughed all day",
        "LOVE THIS SONG!!!",
    ):
        assert not _hints(text, "all-caps"), text
    for text in (
        "This cake is SOOOO good, order yours today",  # an order: a plug
        "one of the BEST SONGS in music history https://example.com/v",  # shared, no reply
        "one of the WORST SONGS in music history",  # displeasure
        "I LOVE YOUR SONGS SO MUCH I CANNOT STOP",  # a message typed in capitals
        "WHITE FUDGE OREOS ARE IN STORES",  # a whole post in capitals, no delight
    ):
        assert _hints(text, "all-caps"), text


def test_all_caps_tells_naming_and_stress_from_shouting() -> None:
    """The standard in the rule's docs: capitals that name, label, quote, mark a keyword or
    stress the writer's own word are quiet; short hype aimed at the reader and messages
    typed in capitals stay found."""
    for text in (
        "Le Guin was a HUGE influence on me. This one really hurts.",  # stress (N5)
        "I think science fiction is FAR MORE than space ships https://example.com/a",
        "Sir, I need AXIS BANK account no and bank address.",  # a name in a statement
        "REMINDER FROM O2: to get free call credit pls reply with your name",  # a label (N2)
        "I liked a @YouTube video https://example.com/v DOABM 5- MUSLIM BAN",  # a title (N1)
        "Inspiring! @jsmithready: THIS. THIS. THIS. https://example.com/x",  # a quote (N3)
        "Register now! SKY OPT OUT to 88088",  # a keyword (N4)
    ):
        assert not _hints(text, "all-caps"), text
    for text in (
        "We're LIVE in five minutes",
        "I'm going LIVE at 5, come say hi",
        "HUGE NEWS from our team today",
        "WOW, look at this deal",
        "Order yours NOW",
        "My new album is OUT NOW",
        "I am SO ANGRY with you people",  # two words in capitals, scolding (S3)
        "DO U WANT 2 MEET UP 2MORRO",  # a whole message typed in capitals (S1)
        "@jk_rowling PLEASE SAY HI TO BRAZILIAN POTTERHEADS",
        "Get it now! FREE to 80086",  # hype before a short code is no keyword
    ):
        assert _hints(text, "all-caps"), text


def test_pileup_hint_says_why_the_pile_raises_the_voice() -> None:
    assert (
        "pressure" in _hints("Love this song!!! Subscribe to my channel", "punctuation-pileup")[0]
    )
    assert "displeasure" in _hints("This policy is a disgrace!!!", "punctuation-pileup")[0]
    assert "news" in _hints("Big news today!!!", "punctuation-pileup")[0]
    assert "capitals" in _hints("SO WHEN IS THE BOOK OUT??????", "punctuation-pileup")[0]
    assert "noise" in _hints("Love it!!!!!!!!!!!!!!!!", "punctuation-pileup")[0]
    asked = _hints("SO WHEN IS THE BOOK OUT??????", "punctuation-pileup")[0]
    assert "question mark" in asked


def test_pileup_is_quiet_on_a_cheer_a_joke_and_talk() -> None:
    for text in ("2 BILLION!!!", "Katy Perry illuminati confirmed!!!", "What??? No way."):
        assert not _hints(text, "punctuation-pileup"), text
    assert not _hints("@ana look at my new hoodie!!!!", "punctuation-pileup")
    assert _hints("@ana stop the lying and propaganda!!!!", "punctuation-pileup")


def test_self_centred_hint_follows_whether_the_reader_is_ordered() -> None:
    ordered = smmlint.lint("Check out my new mixtape, my best work, on my channel!").findings
    told = [f for f in ordered if f.rule == "self-centred"]
    assert told and "told what to do" in told[0].message and "act for" in told[0].hint
    plain = _hints(
        "We are proud: our team doubled this year. Our new office opens.", "self-centred"
    )
    assert plain and "Say 'you'" in plain[0]


def test_hard_to_read_hint_names_no_names() -> None:
    text = (
        "I read a short note about the latest debate. Today, the Palestinian delegation and the "
        "Obama administration met the immigration committee and made a considerable commitment "
        "to negotiations."
    )
    hint = _hints(text, "hard-to-read")[0]
    assert "“delegation”" in hint
    assert "Palestinian" not in hint and "Obama" not in hint


def test_hard_to_read_counts_a_repeated_long_word_once() -> None:
    text = (
        "In a debate about the new immigration policy, and the latest executive order, let the "
        "immigration lawyer speak first to settle it."
    )
    assert _hints(text, "hard-to-read") == []  # "immigration" twice is one long word, not two
