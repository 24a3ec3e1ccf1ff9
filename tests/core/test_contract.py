"""The public contract: lint's signature, errors, the Report and its JSON wire shape."""

from __future__ import annotations

import json

import pytest

import smmlint
from smmlint import Config, Severity, TextTooLong

PUSHY = "Our spring range is live. Shop now."


def test_lint_returns_report_with_findings_score_and_metrics() -> None:
    report = smmlint.lint(PUSHY, platform="generic", config=Config(select=("SMM101",)))
    finding = report.findings[0]
    assert (finding.rule, finding.code, finding.severity) == ("sales-push", "SMM101", "warning")
    assert PUSHY[finding.start : finding.end] == "Shop now"
    assert finding.scope == "span" and finding.message and finding.hint
    assert 0 <= report.score < 100 and report.band in {"red", "amber", "green"}
    assert report.metrics["length"]["code_points"] == len(PUSHY)


def test_to_dict_is_json_with_utf16_offsets_after_astral_emoji() -> None:
    text = "🎉🎉 Shop now"
    data = smmlint.lint(text, config=Config(select=("SMM101",))).to_dict()
    json.dumps(data)  # the wire shape is plain JSON
    (finding,) = data["findings"]
    assert (finding["start"], finding["end"]) == (3, 11)
    assert (finding["start_utf16"], finding["end_utf16"]) == (5, 13)
    assert text.encode("utf-16-le")[10:26].decode("utf-16-le") == "Shop now"
    assert set(data) == {
        "smmlint_version",
        "platform",
        "score",
        "band",
        "penalties",
        "findings",
        "metrics",
    }
    assert text not in json.dumps(data), "the draft itself never travels in the report"


def test_penalties_explain_the_score() -> None:
    report = smmlint.lint("Last chance! 20% off.", config=Config(select=("SMM101",)))
    assert report.score == 100 - sum(p.points for p in report.penalties)
    penalty, warmth, asking = report.penalties
    assert (penalty.code, penalty.count) == ("SMM101", len(report.findings))
    # VADER +0.32: 5 x (1 - 0.32) / 2 = 1.7 of the 5 warmth points lost (docs/score.md)
    assert report.metrics["tone"]["compound"] == 0.3164
    assert (warmth.code, warmth.rule, warmth.count, warmth.points) == ("TONE", "warmth", 0, 2)
    # it asks nothing and speaks to no one: all 4 asking points lost
    assert (asking.code, asking.rule, asking.points) == ("CONVERSATION", "asking", 4)


def test_findings_are_sorted_by_position() -> None:
    report = smmlint.lint("Shop now. Last chance. Buy now.", config=Config(select=("SMM101",)))
    starts = [f.start for f in report.findings]
    assert starts == sorted(starts) and len(starts) == 3


@pytest.mark.parametrize("value", [None, 42, b"bytes", ["list"]])
def test_non_str_text_raises_type_error(value: object) -> None:
    with pytest.raises(TypeError, match="text must be a str"):
        smmlint.lint(value)  # type: ignore[arg-type]


def test_text_too_long_is_documented_error() -> None:
    smmlint.lint("a" * smmlint.MAX_TEXT_LENGTH)
    with pytest.raises(TextTooLong, match="65536"):
        smmlint.lint("a" * (smmlint.MAX_TEXT_LENGTH + 1))


def test_unknown_platform_lists_valid_ones() -> None:
    with pytest.raises(ValueError, match="generic"):
        smmlint.lint("hello", platform="myspace")


def test_unknown_markup_is_value_error() -> None:
    with pytest.raises(ValueError, match="markup"):
        smmlint.lint("hello", markup="rtf")


@pytest.mark.parametrize(
    "text", ["", " ", "\n\r\n", "\ufeff", "\u200d\u200d", "\ud800", "\x00\x07"]
)
def test_degenerate_text_lints(text: str) -> None:
    report = smmlint.lint(text)
    assert all(0 <= f.start <= f.end <= len(text) for f in report.findings)
    json.dumps(report.to_dict())


def test_every_platform_and_alias_lints() -> None:
    for name, platform in smmlint.PLATFORMS.items():
        assert smmlint.lint("Hello there", platform=name).platform == name
        for alias in platform.aliases:
            assert smmlint.lint("Hello there", platform=alias).platform == name


def test_severity_ordering_and_filter() -> None:
    assert Severity.SUGGESTION.rank < Severity.WARNING.rank < Severity.ERROR.rank
    report = smmlint.lint(PUSHY, config=Config(select=("SMM101",)))
    assert report.at_or_above("warning") == report.findings
    assert report.at_or_above("error") == ()


def test_rules_and_platforms_are_public() -> None:
    assert any(r.name == "sales-push" for r in smmlint.RULES)
    assert "generic" in smmlint.PLATFORMS
