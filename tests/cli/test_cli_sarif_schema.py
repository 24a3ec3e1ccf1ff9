"""SARIF output validates against the official SARIF 2.1.0 schema (copied in ``schemas/``)."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from cli_support import run_in_process

import smmlint
from smmlint.output import RENDERERS, Results

SCHEMA = json.loads((Path(__file__).parent / "schemas" / "sarif-schema-2.1.0.json").read_text())


def _errors(log: dict) -> list[str]:
    validator = jsonschema.Draft7Validator(SCHEMA, format_checker=jsonschema.FormatChecker())
    return [
        f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(log)
    ]


def test_schema_is_the_official_one() -> None:
    assert SCHEMA["title"].startswith("Static Analysis Results Format (SARIF) Version 2.1.0")
    jsonschema.Draft7Validator.check_schema(SCHEMA)


def test_golden_sarif_is_valid(golden_results: Results) -> None:
    assert _errors(json.loads(RENDERERS["sarif"](golden_results))) == []


def test_the_validator_rejects_a_broken_log(golden_results: Results) -> None:
    log = json.loads(RENDERERS["sarif"](golden_results))
    log["runs"][0]["results"][0]["level"] = "warn"
    del log["version"]
    assert len(_errors(log)) == 2


def test_sarif_from_the_command_line_is_valid_and_lists_every_rule(
    in_tmp: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (in_tmp / "post.txt").write_text("Only €19.99 🎉\nShop now!", encoding="utf-8")
    run = run_in_process(capsys, "check", "post.txt", "missing.txt", "--format", "sarif")
    log = json.loads(run.out)
    assert _errors(log) == []
    driver = log["runs"][0]["tool"]["driver"]
    assert [rule["id"] for rule in driver["rules"]] == [rule.code for rule in smmlint.RULES]
    assert all(
        rule["fullDescription"]["text"] and rule["help"]["markdown"] for rule in driver["rules"]
    )
    results = [r for r in log["runs"][0]["results"] if r["ruleId"] == "SMM101"]
    regions = [r["locations"][0]["physicalLocation"]["region"] for r in results]
    assert [(g["startLine"], g["startColumn"], g["endColumn"]) for g in regions] == [
        (1, 1, 12),
        (2, 1, 9),
    ]
    invocation = log["runs"][0]["invocations"][0]
    assert invocation["executionSuccessful"] is False
    assert invocation["toolExecutionNotifications"][0]["message"]["text"] == "no such file"
    assert run.code == 2
