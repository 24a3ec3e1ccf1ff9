"""The gate's decisions and the settings' validation, called directly in PHP inside WordPress."""

from __future__ import annotations

from typing import Any

import pytest
from wp_site import wp

pytestmark = pytest.mark.usefixtures("mariadb")

PASSING = {"pass": True, "score": 92, "blocking": [], "reports": {}}
FAILING = {"pass": False, "score": 64, "blocking": [{"code": "SMM101"}] * 2, "reports": {}}
DOWN = {"error": "smmlint_unreachable", "message": "The smmlint server could not be reached."}


def gate(*answers: dict[str, Any], **options: Any) -> dict[str, Any]:
    return wp("gate", answers=list(answers), **options)


def test_nothing_to_check_never_holds_back():
    result = gate(settings={"on_fail": "block", "on_unavailable": "block"})
    assert (result["status"], result["locked"], result["score"]) == ("empty", False, None)


def test_every_answer_passing_passes():
    result = gate(PASSING, {**PASSING, "score": 81}, settings={"on_fail": "block"})
    assert (result["status"], result["blocks"], result["score"]) == ("pass", False, 81)


@pytest.mark.parametrize(
    ("on_fail", "locked", "ending"),
    [
        ("warn", False, "You can still publish it."),
        ("block", True, "an editor can choose to publish it anyway."),
    ],
)
def test_a_failing_answer_warns_or_blocks_as_set(on_fail, locked, ending):
    result = gate(PASSING, FAILING, settings={"on_fail": on_fail})
    assert (result["status"], result["locked"], result["score"]) == ("fail", locked, 64)
    assert result["reason"].startswith("2 findings fail the check.")
    assert result["reason"].endswith(ending)


def test_the_reason_names_a_score_under_the_minimum():
    low = {"pass": False, "score": 40, "blocking": [], "reports": {}}
    result = gate(low, settings={"min_score": 50})
    assert result["reason"].startswith("The score 40 is under the minimum of 50.")


def test_an_overriding_user_is_offered_the_override():
    result = gate(FAILING, settings={"on_fail": "block"}, can_override=True)
    assert (result["locked"], result["can_override"]) == (True, True)
    assert "or until you choose to publish anyway" in result["reason"]


def test_a_recorded_override_unlocks():
    result = gate(FAILING, settings={"on_fail": "block"}, can_override=True, overridden=True)
    assert (result["blocks"], result["locked"], result["overridden"]) == (True, False, True)
    assert result["can_override"] is False


def test_an_override_means_nothing_when_nothing_blocks():
    result = gate(PASSING, settings={"on_fail": "block"}, overridden=True)
    assert (result["status"], result["overridden"]) == ("pass", False)


@pytest.mark.parametrize(("on_unavailable", "locked"), [("warn", False), ("block", True)])
def test_an_unreachable_server_follows_its_own_setting(on_unavailable, locked):
    settings = {"on_fail": "block", "on_unavailable": on_unavailable}
    result = gate(PASSING, DOWN, settings=settings)
    assert (result["status"], result["locked"], result["score"]) == ("unavailable", locked, 92)
    assert "The smmlint server could not be reached." in result["reason"]


def test_a_certain_failure_outranks_an_outage():
    result = gate(DOWN, FAILING, settings={"on_fail": "warn", "on_unavailable": "block"})
    assert (result["status"], result["locked"]) == ("fail", False)


PREVIOUS = {
    "server_url": "http://127.0.0.1:8787",
    "token": "saved-token-0123456789",
    "networks": ["x"],
    "min_score": 50,
    "timeout": 5,
}


def sanitize(**submitted: Any) -> dict[str, Any]:
    return wp("sanitize", input=submitted, previous=PREVIOUS)


@pytest.mark.parametrize(
    ("submitted", "expected"),
    [
        (
            {"server_url": "https://lint.example.org:8443/"},
            {"server_url": "https://lint.example.org:8443"},
        ),
        ({"server_url": "javascript:alert(1)"}, {"server_url": "http://127.0.0.1:8787"}),
        ({"server_url": "  "}, {"server_url": "http://127.0.0.1:8787"}),
        ({"token": ""}, {"token": "saved-token-0123456789"}),
        ({"token": " new-token-abcdef "}, {"token": "new-token-abcdef"}),
        ({"token": "has a space"}, {"token": "saved-token-0123456789"}),
        ({"token": "", "token_clear": "1"}, {"token": ""}),
        (
            {"networks": ["LinkedIn", " x ", "x", "", "bad name!", None]},
            {"networks": ["linkedin", "x"]},
        ),
        ({"networks": [""]}, {"networks": []}),
        ({"fail_on": "suggestion"}, {"fail_on": "suggestion"}),
        ({"fail_on": "fatal"}, {"fail_on": "error"}),  # the default (docs/score.md)
        (
            {"on_fail": "block", "on_unavailable": "sometimes"},
            {"on_fail": "block", "on_unavailable": "warn"},
        ),
        ({"min_score": "150"}, {"min_score": 100}),
        ({"min_score": "-3"}, {"min_score": 0}),
        ({"min_score": "high"}, {"min_score": 50}),
        ({"timeout": "0"}, {"timeout": 1}),
        ({"timeout": "600"}, {"timeout": 30}),
    ],
)
def test_settings_keep_only_valid_values(submitted, expected):
    clean = sanitize(**submitted)
    assert {key: clean[key] for key in expected} == expected
