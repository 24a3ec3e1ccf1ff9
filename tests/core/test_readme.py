"""The README's rule and platform tables cannot drift from the code."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import smmlint

README = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")


def test_every_rule_is_in_the_readme_table_with_its_severity() -> None:
    for rule in smmlint.RULES:
        row = f"| {rule.code} | `{rule.name}` | {rule.severity.value} |"
        assert row in README, f"README rule table lacks or misstates {rule.code}"


def test_every_platform_is_in_the_readme_table() -> None:
    for name in smmlint.PLATFORMS:
        assert f"| `{name}`" in README, f"README platform table lacks {name}"


def _block(after: str, fence: str) -> str:
    """The first fenced block of kind ``fence`` after the heading or line ``after``."""
    start = README.index(f"```{fence}\n", README.index(after)) + len(fence) + 4
    return README[start : README.index("```", start)]


def test_the_library_example_prints_what_the_readme_says(
    capsys: pytest.CaptureFixture[str],
) -> None:
    exec(_block("## The library", "python"), {})  # the README's own code, run as it stands
    assert capsys.readouterr().out == _block("prints (real output)", "text")


def test_the_json_sample_is_a_real_report() -> None:
    report = smmlint.lint("BUY NOW!!! 50% off today only 🎉 https://shop.example.com", "x")
    wire = report.to_dict()
    sample = json.loads(_block("### The JSON wire shape", "json"))
    assert {key: wire[key] for key in sample if key != "findings"} == {
        key: value for key, value in sample.items() if key != "findings"
    }
    for finding in sample["findings"]:
        assert finding in wire["findings"], f"README JSON: a finding lint never gives: {finding}"
    first = report.findings[0]
    assert f'a `message` ("{first.message}")' in README.replace("\n", " ")
