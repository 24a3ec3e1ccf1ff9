"""Adversarial drafts: pump strings and the longest accepted texts lint to completion.

Speed is not asserted here (``benchmarks/adversarial.py`` times the same inputs); these tests
prove that every rule finishes on them with a sane report, and that the input limits hold.
"""

from __future__ import annotations

import pytest
import regex

import smmlint
from benchmarks.pumps import LONGEST, PUMP_LENGTH, PUMPS
from smmlint.platforms import get_platform
from smmlint.read.offsets import GraphemeBoundaries
from smmlint.read.post import Post


@pytest.mark.parametrize("name", list(PUMPS))
def test_every_rule_finishes_on_a_pump(name: str) -> None:
    text = PUMPS[name]
    assert len(text) == PUMP_LENGTH
    post = Post(text, get_platform("generic"), has_media=False)
    for rule in smmlint.RULES:
        for hit in rule.run(post, {}):
            assert 0 <= hit.start <= hit.end <= len(text), (rule.code, name, hit)


@pytest.mark.parametrize("name", list(PUMPS))
def test_lint_reports_on_a_pump(name: str) -> None:
    text = PUMPS[name]
    report = smmlint.lint(text, has_media=False)
    assert 0 <= report.score <= 100
    assert report.metrics["length"]["code_points"] == PUMP_LENGTH
    assert all(0 <= f.start <= f.end <= len(text) for f in report.findings)


@pytest.mark.parametrize("name", list(LONGEST))
def test_longest_accepted_text_lints(name: str) -> None:
    text = LONGEST[name]
    assert len(text) == smmlint.MAX_TEXT_LENGTH
    report = smmlint.lint(text)
    assert report.metrics["length"]["code_points"] == smmlint.MAX_TEXT_LENGTH
    assert all(0 <= f.start <= f.end <= len(text) for f in report.findings)


def test_pumps_fire_the_rules_they_target() -> None:
    fired = {
        name: {f.code for f in smmlint.lint(PUMPS[name]).findings}
        for name in ("shouted words", "exclamations", "emoji", "braces", "double braces")
    }
    assert "SMM301" in fired["shouted words"]
    assert "SMM302" in fired["exclamations"]
    assert "SMM303" in fired["emoji"]
    assert "SMM501" not in fired["braces"] | fired["double braces"]  # never closed: no field


def test_one_code_point_past_the_limit_is_refused() -> None:
    with pytest.raises(smmlint.TextTooLong):
        smmlint.lint("a" * (smmlint.MAX_TEXT_LENGTH + 1))


@pytest.mark.parametrize(
    "text",
    ["🇫🇷" * 300, "🇫" + "🇫🇷" * 300, "a🇫🇷🇩\u0301🇪\u200d🇸", "\u0600🇫🇷🇩🇪\u0903", "🇫🇷🏽🇩"],
)
def test_flag_runs_cluster_like_unicode(text: str) -> None:
    expected = [m.end() for m in regex.finditer(r"\X", text, regex.DOTALL)]
    assert GraphemeBoundaries(text).count() == len(expected)
    assert all(GraphemeBoundaries(text).snap(end, end) == (end, end) for end in expected)
