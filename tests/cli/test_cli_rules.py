"""``smmlint rules``: the table, JSON, and ``--explain`` with the rule's tested examples."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_support import run_in_process

import smmlint

SALES = next(rule for rule in smmlint.RULES if rule.name == "sales-push")


def test_table_lists_every_rule(in_tmp: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run = run_in_process(capsys, "rules")
    header, *rows = run.out.splitlines()
    # No PLATFORMS column while every rule runs everywhere: it said "all" on every row.
    assert header.split() == ["CODE", "NAME", "SEVERITY", "SUMMARY"]
    assert [row.split()[0] for row in rows] == [rule.code for rule in smmlint.RULES]
    sales_row = next(row for row in rows if row.startswith("SMM101"))
    assert sales_row.split()[1:3] == ["sales-push", "warning"]
    assert sales_row.endswith(SALES.summary)
    assert run.code == 0


def test_table_shows_the_configured_severity_and_platforms(
    in_tmp: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (in_tmp / "smmlint.toml").write_text(
        '[rules.sales-push]\nseverity = "error"\n[platforms.generic]\nignore = ["sales-push"]\n',
        encoding="utf-8",
    )
    rows = json.loads(run_in_process(capsys, "rules", "--format", "json").out)
    sales = next(row for row in rows if row["code"] == "SMM101")
    assert sales["severity"] == "error"
    assert "generic" not in sales["platforms"]
    header, *lines = run_in_process(capsys, "rules").out.splitlines()
    assert header.split() == ["CODE", "NAME", "SEVERITY", "PLATFORMS", "SUMMARY"]
    sales_line = next(line for line in lines if line.startswith("SMM101"))
    assert "x,linkedin" in sales_line and " all " not in sales_line
    other = next(line for line in lines if line.startswith("SMM201"))
    assert other.split()[3] == "all"


def test_platform_shows_that_platforms_configured_severity(
    in_tmp: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (in_tmp / "smmlint.toml").write_text(
        '[platforms.x.rules.all-caps]\nseverity = "warning"\n', encoding="utf-8"
    )

    def severity(*argv: str) -> str:
        rows = json.loads(run_in_process(capsys, "rules", "--format", "json", *argv).out)
        return next(row["severity"] for row in rows if row["name"] == "all-caps")

    assert severity("--platform", "twitter") == "warning"
    assert severity() == "suggestion"
    run = run_in_process(capsys, "rules", "--platform", "myspace")
    assert run.code == 2 and "unknown platform 'myspace'" in run.err


def test_explain_prints_the_docs_and_the_tested_examples(
    in_tmp: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    by_code = run_in_process(capsys, "rules", "--explain", "SMM101")
    by_name = run_in_process(capsys, "rules", "--explain", "sales-push")
    lower_code = run_in_process(capsys, "rules", "--explain", "smm101")
    assert by_code.out == by_name.out == lower_code.out
    out = by_code.out
    assert out.startswith("# SMM101 sales-push\n")
    assert SALES.doc in out
    assert "## Example" in out and "## Use instead" in out and SALES.hint in out
    for example in SALES.fires:  # each flagged draft, with marks under the flagged stretch
        assert f"    {example.plain}\n" in out
    assert (
        "    Our spring range is live. Shop now.\n                              ^^^^^^^^\n" in out
    )
    for example in SALES.quiet:  # and each look-alike with why it is not flagged
        assert f"    {example.plain}\n    ({example.reason})\n" in out


def test_explain_json(in_tmp: Path, capsys: pytest.CaptureFixture[str]) -> None:
    record = json.loads(
        run_in_process(capsys, "rules", "--explain", "SMM101", "--format", "json").out
    )
    assert record["code"] == "SMM101" and record["docs"].startswith("# SMM101 sales-push")


def test_explain_unknown_rule_suggests_close_names(
    in_tmp: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run = run_in_process(capsys, "rules", "--explain", "sales-pushh")
    assert run.code == 2
    assert run.err == (
        "smmlint: unknown rule 'sales-pushh'; did you mean sales-push? "
        "(smmlint rules lists them all)\n"
    )
