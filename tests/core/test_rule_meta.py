"""Meta-tests: every rule is documented, named, coded and exemplified as the style asks."""

from __future__ import annotations

import re

import pytest

import smmlint

RULES = smmlint.RULES


def test_codes_and_names_are_unique() -> None:
    codes = [r.code for r in RULES]
    names = [r.name for r in RULES]
    assert len(codes) == len(set(codes))
    assert len(names) == len(set(names))


@pytest.mark.parametrize("rule", RULES, ids=[r.code for r in RULES])
def test_rule_is_complete(rule: smmlint.Rule) -> None:
    assert re.fullmatch(r"SMM\d{3}", rule.code)
    assert re.fullmatch(r"[a-z]+(-[a-z]+)*", rule.name)
    assert rule.doc and "## What it does" in rule.doc and "## Why is this bad?" in rule.doc
    assert rule.summary, f"{rule.code} has no one-line summary"
    assert rule.message.strip() and rule.hint.strip()
    assert len(rule.fires) >= 1, f"{rule.code} has no example that fires"
    assert len(rule.quiet) >= 2, f"{rule.code} needs look-alikes that stay quiet"
    assert rule.category


def test_mission_rules_keep_their_names() -> None:
    names = {r.name for r in RULES}
    assert {"sales-push", "missing-question", "missing-engagement"} <= names
