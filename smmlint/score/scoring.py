"""The score: 100 minus what each rule's findings take off, and less for words without warmth.

A traffic-light band reads the score, and the pre-publish gate reads the band: its defaults
(``smmlint.score.gate``) fail exactly the red posts, so the score, the band and the gate tell one
story. The weights rank posts as a social-media manager does: a post the network refuses is
red on its own; one that sells or attacks people loses the most; a broadcast that asks
nothing, a bare share or shouting loses less; style advice is a nudge.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from typing import Literal

from smmlint.core.model import Finding, Penalty, Severity

# Points the first finding of a rule takes off, by severity. An error (a post the network
# will refuse, a template left in) lands a post in the red band on its own (100 - 55 < 50);
# a warning costs a clear step; a suggestion is a nudge.
FIRST_FINDING_POINTS = {Severity.ERROR: 55, Severity.WARNING: 14, Severity.SUGGESTION: 6}
# What a social-media manager weighs most: pushing (sales talk, engagement bait) and
# attacking people. A warning of these categories costs 25 (sales, hostility) or 21 (bait):
# sales copy with three pushy phrases and nothing else wrong lands in the red. Shouting
# (capitals, "!!!", emoji walls) pushes readers away as a warning does: its suggestions
# cost 12. A share with nothing of one's own costs what a warning does (14). A conversation
# finding is advice and costs half: what the post does toward a conversation is counted
# for every post by the asking entry below, so the finding only marks the broadcast.
CATEGORY_WEIGHT = {
    "push": 1.8, "tone": 1.8, "bait": 1.5, "shouting": 2.0, "sharing": 1.0, "conversation": 0.5,
}  # fmt: skip
# Each further finding of the same rule costs this share of the first, and one rule can
# take at most ``MAX_RULE_MULTIPLE`` times its first finding: five hype words are worse
# than one, but not five times worse.
REPEAT_SHARE = 0.5
MAX_RULE_MULTIPLE = 3
# Warmth: the last points are earned by the tone of the words, VADER's compound from -1
# (all 5 points lost) through 0 (3 lost) to +1 (none lost). Two posts with the same findings
# then rank by how warm they sound, which is what an expert weighs next; the whole range
# counts, so that neutral, sour and warm posts do not tie.
WARMTH_POINTS = 5
WARMTH_CODE, WARMTH_RULE = "TONE", "warmth"
# Asking: an expert rates a post that asks its readers something (or invites a reply) above
# one that speaks to someone (a reply, "you", thanks), and that above one that only tells,
# whatever the text is: 4 points, all kept by a question, half by speaking to someone.
ASKING_POINTS = {"asks": 0, "addresses": 2, "tells": 4}
ASKING_CODE, ASKING_RULE = "CONVERSATION", "asking"
GREEN_FROM = 80  # no warning-level trouble: at most a few suggestions
AMBER_FROM = 50  # below: do not post as is (the gate's default minimum, smmlint.score.gate)

Band = Literal["red", "amber", "green"]
Asking = Literal["asks", "addresses", "tells"]


def penalties(
    findings: Iterable[Finding], compound: float = 0.0, asking: Asking = "asks"
) -> tuple[Penalty, ...]:
    """What each rule's findings cost, in rule-code order, then what a cold tone and a post
    that asks nothing cost (``asking``: "asks", "addresses" someone, or only "tells")."""
    by_code: dict[str, list[Finding]] = {}
    for finding in findings:
        by_code.setdefault(finding.code, []).append(finding)
    result = []
    for code in sorted(by_code):
        group = by_code[code]
        severity = max((f.severity for f in group), key=lambda s: s.rank)
        first = FIRST_FINDING_POINTS[severity] * CATEGORY_WEIGHT.get(group[0].category, 1.0)
        points = min(first * (1 + REPEAT_SHARE * (len(group) - 1)), first * MAX_RULE_MULTIPLE)
        result.append(Penalty(code, group[0].rule, len(group), round(points)))
    cold = math.floor(WARMTH_POINTS * (1 - compound) / 2 + 0.5)
    if cold:
        result.append(Penalty(WARMTH_CODE, WARMTH_RULE, 0, cold))
    if ASKING_POINTS[asking]:
        result.append(Penalty(ASKING_CODE, ASKING_RULE, 0, ASKING_POINTS[asking]))
    return tuple(result)


def score(taken: Iterable[Penalty]) -> int:
    """100 minus every penalty, never below 0."""
    return max(0, 100 - sum(p.points for p in taken))


def band(value: int) -> Band:
    """``green`` (ready), ``amber`` (worth another look) or ``red`` (do not post as is)."""
    if value >= GREEN_FROM:
        return "green"
    return "amber" if value >= AMBER_FROM else "red"
