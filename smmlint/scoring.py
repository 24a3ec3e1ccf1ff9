"""The score: 100 minus what each rule's findings take off, and a traffic-light band."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal

from smmlint.model import Finding, Penalty, Severity

# Points the first finding of a rule takes off. An error (a post the network will refuse)
# must land a post in the red band on its own; a warning costs a clear step; a suggestion
# is a nudge.
FIRST_FINDING_POINTS = {Severity.ERROR: 50, Severity.WARNING: 12, Severity.SUGGESTION: 5}
# Each further finding of the same rule costs this share of the first, and one rule can
# take at most ``MAX_RULE_MULTIPLE`` times its first finding: five hype words are worse
# than one, but not five times worse.
REPEAT_SHARE = 0.5
MAX_RULE_MULTIPLE = 2
GREEN_FROM = 80  # no warning-level trouble: at most a few suggestions
AMBER_FROM = 50

Band = Literal["red", "amber", "green"]


def penalties(findings: Iterable[Finding]) -> tuple[Penalty, ...]:
    """What each rule's findings cost, in rule-code order."""
    by_code: dict[str, list[Finding]] = {}
    for finding in findings:
        by_code.setdefault(finding.code, []).append(finding)
    result = []
    for code in sorted(by_code):
        group = by_code[code]
        first = FIRST_FINDING_POINTS[max((f.severity for f in group), key=lambda s: s.rank)]
        points = min(first * (1 + REPEAT_SHARE * (len(group) - 1)), first * MAX_RULE_MULTIPLE)
        result.append(Penalty(code, group[0].rule, len(group), round(points)))
    return tuple(result)


def score(taken: Iterable[Penalty]) -> int:
    """100 minus every penalty, never below 0."""
    return max(0, 100 - sum(p.points for p in taken))


def band(value: int) -> Band:
    """``green`` (ready), ``amber`` (worth another look) or ``red`` (do not post as is)."""
    if value >= GREEN_FROM:
        return "green"
    return "amber" if value >= AMBER_FROM else "red"
