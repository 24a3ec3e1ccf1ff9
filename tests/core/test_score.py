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


def test_sales_talk_already_priced_is_not_counted_twice_as_pressure() -> None:
    report = smmlint.lint("Shop now! 20% off, today only. Buy now!")
    assert penalty(report, "sales-push") and not penalty(report, "pressure")


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
    "text", [SALES, ORDER, INVITATION, QUESTION, THANKS, LABEL, "", "BUY NOW!!!"]
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
