"""The score ranks posts as docs/score.md says, and its band agrees with the gate's defaults."""

from __future__ import annotations

import pytest

import smmlint
from smmlint import Config
from smmlint.core.config import RuleSettings
from smmlint.core.model import Severity
from smmlint.gate import DEFAULT_FAIL_ON, DEFAULT_MIN_SCORE

SALES = "Hurry! Only 6 left in stock."
ORDER = "Join our webinar on Thursday: https://example.com/webinar"
INVITATION = (
    "Join our webinar on Thursday. What would you like us to cover? https://example.com/webinar"
)
QUESTION = "Harbour walk this morning. Which trail should we try next weekend?"
THANKS = "@maria thank you so much, that made our day!"
LABEL = "Baby Size Guide"
OUTRIGHT = "Get 20% off everything this week."
LINK_ONLY = "https://example.com/deal"


def penalty(report: smmlint.Report, rule: str) -> int:
    return sum(p.points for p in report.penalties if p.rule == rule)


def test_pure_sales_copy_is_red_on_one_phrase() -> None:
    report = smmlint.lint(SALES)
    assert [f.rule for f in report.findings] == ["sales-push"]
    assert report.band == "red", "no cap lifts sales copy back into the amber"


def test_a_conversational_post_is_green_and_ranks_above_a_broadcast() -> None:
    asks, thanks, orders = (smmlint.lint(t, platform="x") for t in (QUESTION, THANKS, ORDER))
    assert asks.band == thanks.band == "green"
    assert penalty(asks, "asking") == 0 and penalty(thanks, "asking") == 2
    assert asks.score > orders.score


def test_an_order_costs_pressure_unless_a_question_comes_with_it() -> None:
    assert penalty(smmlint.lint(ORDER, platform="x"), "pressure") == 10
    assert penalty(smmlint.lint("Shop the new spring range in store"), "pressure") == 20
    invitation = smmlint.lint(INVITATION, platform="x")
    assert penalty(invitation, "pressure") == 0
    assert invitation.score > smmlint.lint(ORDER, platform="x").score


def test_the_call_of_sales_talk_already_priced_is_not_counted_twice_as_pressure() -> None:
    """Beside a pitch, an order is most often the pitch's own call: priced by its finding;
    beside an offer or a hard call, an order to buy is the outright sale's own call too."""
    for text in (
        "Call 09061234567 now to claim your prize!",
        "Check out our channel for new videos every week!",
        "Shop now! 20% off, today only. Buy now!",
    ):
        report = smmlint.lint(text)
        assert penalty(report, "sales-push") and not penalty(report, "pressure"), text


def test_selling_outright_costs_more_than_pressure_and_an_order_to_buy_more_still() -> None:
    """Pressure alone (a stock count, social proof, a shaming decline button) is sales copy,
    red at 45; an offer or a hard call to readers the post asks nothing sells outright and
    costs what an error does, 55 (beside a question, 45); an order to buy ("Hurry!") beside
    pressure makes a hard sell and is counted on top."""
    for text in (
        "Only 3 left in stock.",
        "27 people bought this in the last hour.",
        "No thanks, I don't want to save money.",
    ):
        alone = smmlint.lint(text)
        assert penalty(alone, "sales-push") == 45 and not penalty(alone, "pressure"), text
        assert alone.band == "red", text
    outright = smmlint.lint(OUTRIGHT)
    assert penalty(outright, "sales-push") == 55
    asked = smmlint.lint("Our spring range is live, 20% off. Which colour would you pick?")
    assert penalty(asked, "sales-push") == 45 and asked.band == "amber", "an offer in a talk"
    hard_sell = smmlint.lint("Hurry! Only 3 left in stock.")
    assert penalty(hard_sell, "sales-push") == 45 and penalty(hard_sell, "pressure") == 20
    assert hard_sell.score < outright.score < smmlint.lint("Only 3 left in stock.").score


def test_a_link_alone_costs_more_than_a_link_with_a_few_words() -> None:
    for text in (LINK_ONLY, "--> https://example.com/deal <--"):
        alone = smmlint.lint(text)
        assert penalty(alone, "bare-link") == 14 and penalty(alone, "link-only") == 10, text
    pointed = smmlint.lint("This thread https://example.com/t")
    assert penalty(pointed, "bare-link") == 14 and not penalty(pointed, "link-only")
    assert pointed.score > smmlint.lint(LINK_ONLY).score


def test_a_heartfelt_note_keeps_what_speaking_to_someone_keeps() -> None:
    """A person's own experience, a tribute or a courtesy is a heartfelt note: 2 of the 4
    asking points lost, as a reply; a short reaction, an opinion or news only tells."""
    for text in (
        "I heard this song when I was six and I still love it.",
        "I was there when the bridge opened in 1998, and I still remember the crowd.",
        "So sad. Her books got me through school. RIP Ursula Le Guin",
    ):
        assert penalty(smmlint.lint(text, platform="x"), "asking") == 2, text
    for text in (
        "I love this song",
        "Honestly I think the new rules are a disgrace and should go.",
        "The library opens at nine on Monday.",
    ):
        assert penalty(smmlint.lint(text, platform="x"), "asking") == 4, text
    assert penalty(smmlint.lint("I heard you can buy it now https://shop.example.com"), "asking")


def test_a_label_is_not_a_post() -> None:
    report = smmlint.lint(LABEL)
    assert penalty(report, "label") == 10 and report.findings == ()


def test_an_error_of_any_category_is_red() -> None:
    """A rule configured up to error fails the gate; its weight never keeps the post amber."""
    config = Config(rules={"missing-engagement": RuleSettings(severity=Severity.ERROR)})
    report = smmlint.lint("Our shop opens at nine on Monday.", platform="x", config=config)
    assert [f.severity for f in report.findings] == [Severity.ERROR]
    assert report.band == "red"


@pytest.mark.parametrize(
    "text",
    [SALES, ORDER, INVITATION, QUESTION, THANKS, LABEL, "", "BUY NOW!!!", OUTRIGHT, LINK_ONLY],
)
def test_the_default_gate_fails_exactly_the_red_band(text: str) -> None:
    report = smmlint.lint(text, platform="x")
    passes = not report.at_or_above(DEFAULT_FAIL_ON) and report.score >= DEFAULT_MIN_SCORE
    assert passes is (report.band != "red")


def test_begging_costs_as_much_as_selling_pressure() -> None:
    """An order for the author's own sake is a plea: a clear problem, above a plain order."""
    plea = smmlint.lint("@jk_rowling pretty please follow me", platform="x")
    assert penalty(plea, "pressure") == 20
    assert plea.band == "amber"
    private = smmlint.lint("Send me the new number when you get it")
    assert penalty(private, "pressure") == 10, "a friend's order in a text message is no plea"


def test_a_post_in_capitals_costs_more_than_a_word_in_capitals() -> None:
    whole = smmlint.lint("DO NOT BE LATE TONIGHT LOVE MUM")
    # A short run that demands an answer still shouts; a calm "I MEAN IT" is the writer's tone.
    word = smmlint.lint("The show starts at eight tonight, love mum. WHERE ARE YOU?")
    assert [f.rule for f in whole.findings] == [f.rule for f in word.findings] == ["all-caps"]
    assert penalty(whole, "shouted-post") > 3 * penalty(word, "shouted-post")
    assert whole.band == "amber" and word.band == "green"


def test_a_conversation_finding_and_the_asking_entry_price_one_problem() -> None:
    headline = smmlint.lint(
        "City council approves new cycle lanes on the high street https://example.com/news",
        platform="x",
    )
    assert [f.rule for f in headline.findings] == ["missing-engagement"]
    assert penalty(headline, "asking") == 4 and penalty(headline, "missing-engagement") == 3
