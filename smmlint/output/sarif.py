"""``sarif``: SARIF 2.1.0, the static-analysis exchange format GitHub code scanning and
editors read. Every rule is described in ``tool.driver.rules`` with its documentation and
examples; columns are counted in code points (``columnKind``), ends are exclusive."""

from __future__ import annotations

import json
from pathlib import PurePath
from typing import Any
from urllib.parse import quote

from smmlint.core.model import Finding, Severity
from smmlint.core.registry import Rule
from smmlint.output.explain import explain
from smmlint.output.positions import LineIndex
from smmlint.output.results import Results

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {Severity.SUGGESTION: "note", Severity.WARNING: "warning", Severity.ERROR: "error"}


def render(results: Results) -> str:
    """One SARIF log with one run."""
    rule_index = {rule.code: i for i, rule in enumerate(results.rules)}
    findings = []
    for artifact, post in enumerate(results.posts):
        index = LineIndex(post.report.text)
        location = {"uri": uri(post.path), "index": artifact}
        findings += [_result(f, index, location, rule_index) for f in post.report.findings]
    run = {
        "tool": {
            "driver": {
                "name": "smmlint",
                "version": results.version,
                "semanticVersion": results.version,
                "rules": [_descriptor(rule) for rule in results.rules],
            }
        },
        "invocations": [_invocation(results)],
        "columnKind": "unicodeCodePoints",
        "artifacts": [
            {
                "location": {"uri": uri(post.path)},
                "properties": {
                    "platform": post.report.platform,
                    "score": post.report.score,
                    "band": post.report.band,
                },
            }
            for post in results.posts
        ],
        "results": findings,
    }
    log = {"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}
    return json.dumps(log, ensure_ascii=False, indent=2) + "\n"


def uri(path: str) -> str:
    """A path as a SARIF ``uri``: relative paths stay relative, with ``/`` separators."""
    pure = PurePath(path)
    if pure.is_absolute():
        return pure.as_uri()
    return quote(pure.as_posix(), safe="/")


def _descriptor(rule: Rule) -> dict[str, Any]:
    docs = explain(rule)
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": rule.doc},
        "help": {"text": docs, "markdown": docs},
        "defaultConfiguration": {"level": LEVELS[rule.severity]},
        "properties": {"category": rule.category, "tags": [rule.category]},
    }


def _result(
    finding: Finding, index: LineIndex, location: dict[str, Any], rule_index: dict[str, int]
) -> dict[str, Any]:
    region = index.region(finding)
    result: dict[str, Any] = {
        "ruleId": finding.code,
        "level": LEVELS[finding.severity],
        "message": {"text": f"{finding.message} {finding.hint}"},
        "locations": [
            {
                "physicalLocation": {
                    "artifactLocation": location,
                    "region": {
                        "startLine": region.start.line,
                        "startColumn": region.start.column,
                        "endLine": region.end.line,
                        "endColumn": region.end.column,
                        "charOffset": finding.start,
                        "charLength": finding.end - finding.start,
                    },
                }
            }
        ],
        "properties": {"rule": finding.rule, "hint": finding.hint, "scope": finding.scope},
    }
    if finding.code in rule_index:
        result["ruleIndex"] = rule_index[finding.code]
    return result


def _invocation(results: Results) -> dict[str, Any]:
    return {
        "executionSuccessful": not results.problems,
        "toolExecutionNotifications": [
            {
                "level": "error",
                "message": {"text": problem.message},
                "locations": [
                    {"physicalLocation": {"artifactLocation": {"uri": uri(problem.path)}}}
                ],
            }
            for problem in results.problems
        ],
    }
