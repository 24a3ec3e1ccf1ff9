"""The README's rule and platform tables cannot drift from the code."""

from __future__ import annotations

from pathlib import Path

import smmlint

README = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")


def test_every_rule_is_in_the_readme_table_with_its_severity() -> None:
    for rule in smmlint.RULES:
        row = f"| {rule.code} | `{rule.name}` | {rule.severity.value} |"
        assert row in README, f"README rule table lacks or misstates {rule.code}"


def test_every_platform_is_in_the_readme_table() -> None:
    for name in smmlint.PLATFORMS:
        assert f"| `{name}`" in README, f"README platform table lacks {name}"
