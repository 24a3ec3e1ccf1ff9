"""The score: 100 minus what each rule's findings take off, and what the post as a whole costs.

A traffic-light band reads the score, and the pre-publish gate reads the band: its defaults
(``smmlint.score.gate``) fail exactly the red posts, so the score, the band and the gate tell one
story. The weights rank posts as a social-media manager does: a post the network refuses is
red on its own, and so is one that sells or attacks people; a clear problem (a bare share,
begging, a post in capitals) costs a clear step; a broadcast with little to engage (it asks
nothing, orders its readers about, or is only a label) loses less, and one problem is priced
once; style advice is a nudge. What the post does as a whole is read from the analyses
(``smmlint.score.reading``), not from findings alone: a post with no finding can still only
tell, or only order.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from typing import Literal

from smmlint.core.model import Finding, Penalty, Severity
from smmlint.score.reading import Reading

# Points the first finding of a rule takes off, by severity. An error (a post the network
# will refuse, a template left in) lands a post in the red band on its own (100 - 55 < 50);
# a warning costs a clear step; a suggestion is a nudge.
FIRST_FINDING_POINTS = {Severity.ERROR: 55, Severity.WARNING: 14, Severity.SUGGESTION: 6}
# What a social-media manager weighs most: pushing (sales talk, self-promotion) and
# attacking people. A warning of these categories costs 45: one sales phrase with a post
# that only tells lands in the red (100 - 45 - 4 - 3 < 50), as an expert rates pure sales
# copy ("Only 6 left in stock."); no cap on the other penalties lifts it back into
# the amber. Attacking people (``negative-tone``) weighs the same. Engagement bait costs 21.
# Shouting (capitals, "!!!", emoji walls) pushes readers away as a warning does: its
# suggestions cost 12. A share with nothing of one's own costs what a warning does (14). A
# conversation finding is advice and costs half ("little to engage" costs less than a clear
# problem), less what the asking entry below already prices of the same problem.
# No weight takes an error below its 55 points.
CATEGORY_WEIGHT = {
    "push": 3.2, "tone": 3.2, "bait": 1.5, "shouting": 2.0, "sharing": 1.0, "conversation": 0.5,
}  # fmt: skip
# Selling outright, an offer (a price, a discount, a prize, a free thing) or a hard call (a
# number to ring, a keyword to text, "shop now"), to readers the post asks nothing is the
# hard sell an expert rates lowest (spam and scam texts): its warning costs what an error
# does, 55. Pressure (a stock count, a deadline, social proof), hype and self-promotion keep
# the 45 above, red too: "Only 14 left!" ranks above "Claim ur £200 prize, call 0906...".
# Beside a question of the author's an offer keeps 45, as an order there is an invitation:
# a brand talking with its readers ("20% off. Which colour would you pick?") is amber.
OUTRIGHT_SALE_WEIGHT = FIRST_FINDING_POINTS[Severity.ERROR] / FIRST_FINDING_POINTS[Severity.WARNING]
# Shouting costs by how much of the post it covers: one word in capitals is emphasis (the
# 12 above), a post in capitals shouts its whole message, a clear problem as a bare share or
# begging is: up to ``SHOUTED_POST_POINTS`` more, in proportion to the share of the post's
# characters under a shouting finding.
SHOUTED_POST_POINTS = 18
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
# whatever the text is: 4 points, all kept by a question, half by speaking to someone. A
# conversation finding (``missing-question``, ``missing-engagement``) says the same of a
# broadcast at its characters: one problem, one price, so the finding costs only what it
# adds to the asking entry (a headline that speaks to no one loses 4 + 3, not 4 + 7; a
# missing question where the entry already took 4 costs 0).
ASKING_POINTS = {"asks": 0, "addresses": 2, "confides": 2, "tells": 4}
ASKING_CODE, ASKING_RULE = "CONVERSATION", "asking"
# Pressure: a post that orders its readers about and asks them nothing pushes, even where no
# sales phrase is found: 20 points for a selling verb ("Hurry", "Buy", "Shop") and for
# begging, an order to an audience for the author's own sake ("follow me", "join me on
# <site>", "check out my channel please"), which an expert counts a clear problem as a bare
# share or shouting; 10 for any other order ("Read", "Join our webinar", a friend's "send me
# the number"). A call next to a question is an invitation and costs nothing.
PRESSURE_POINTS = {"none": 0, "orders": 10, "plea": 20, "offer": 20}
# Beside sales talk a `push` finding already prices, an order is most often that talk's own
# call ("Call now on 0800...", "check out our channel") and costs nothing more, and beside an
# outright sale (an offer or a hard call, ``OUTRIGHT_SALE_WEIGHT``) it always is; but an order
# to buy ("Hurry!", "Buy", "Shop") turns pressure alone (a stock count, a deadline) into a
# hard sell, which an expert rates below pressure alone ("Hurry! Only 6 left" under "Only 14
# left"): there it keeps its 20.
PRESSURE_BESIDE_SALES = {"none": 0, "orders": 0, "plea": 0, "offer": 20}
PRESSURE_CODE, PRESSURE_RULE = "PUSH", "pressure"
# A label: a title or a few Title Case words with no sentence ("Camo Shirts & T Shirts") is
# a caption, not a post; an expert rates it weak. 10 points.
LABEL_POINTS = 10
# A link and nothing else ("https://...", "--->> https://... <<---") says nothing of what it
# is: the barest of bare links, which readers take for spam. 10 points on top of the
# ``bare-link`` finding, as a post in capitals costs more than a word in capitals.
LINK_ONLY_POINTS = 10
SHOUTED_CODE, SHOUTED_RULE = "SHOUTING", "shouted-post"
LABEL_CODE, LABEL_RULE = "FORM", "label"
LINK_ONLY_RULE = "link-only"
GREEN_FROM = 80  # no warning-level trouble: at most a few suggestions
AMBER_FROM = 50  # below: do not post as is (the gate's default minimum, smmlint.score.gate)

Band = Literal["red", "amber", "green"]


def penalties(findings: Iterable[Finding], reading: Reading) -> tuple[Penalty, ...]:
    """What each rule's findings cost, in rule-code order, then what the post as a whole costs
    (``reading``): how much of it shouts, a cold tone, asking nothing, ordering readers about
    or begging, being a label."""
    by_code: dict[str, list[Finding]] = {}
    for finding in findings:
        by_code.setdefault(finding.code, []).append(finding)
    result = []
    unasked = ASKING_POINTS[reading.asking]
    asked_for = unasked  # what the asking entry prices that a conversation finding repeats
    for code in sorted(by_code):
        group = by_code[code]
        severity = max((f.severity for f in group), key=lambda s: s.rank)
        weight = CATEGORY_WEIGHT.get(group[0].category, 1.0)
        if group[0].category == "push" and reading.sells_outright and reading.asking != "asks":
            weight = OUTRIGHT_SALE_WEIGHT  # a hard sell to readers it asks nothing
        if severity is Severity.ERROR:  # red on its own whatever its category, as the gate
            weight = max(weight, 1.0)  # fails it (a rule configured up to error included)
        first = FIRST_FINDING_POINTS[severity] * weight
        points = round(
            min(first * (1 + REPEAT_SHARE * (len(group) - 1)), first * MAX_RULE_MULTIPLE)
        )
        if group[0].category == "conversation" and severity is not Severity.ERROR:
            repeated = min(points, asked_for)  # one problem, one price
            points, asked_for = points - repeated, asked_for - repeated
        result.append(Penalty(code, group[0].rule, len(group), points))
    shouting = [f for group in by_code.values() for f in group if f.category == "shouting"]
    shouted = round(SHOUTED_POST_POINTS * _share(shouting, reading.length))
    if shouted:
        result.append(Penalty(SHOUTED_CODE, SHOUTED_RULE, 0, shouted))
    cold = math.floor(WARMTH_POINTS * (1 - reading.compound) / 2 + 0.5)
    if cold:
        result.append(Penalty(WARMTH_CODE, WARMTH_RULE, 0, cold))
    if unasked:
        result.append(Penalty(ASKING_CODE, ASKING_RULE, 0, unasked))
    sells = any(f.category == "push" for group in by_code.values() for f in group)
    pressed = PRESSURE_POINTS[reading.pressure]
    if sells:
        pressed = 0 if reading.sells_outright else PRESSURE_BESIDE_SALES[reading.pressure]
    if pressed:
        result.append(Penalty(PRESSURE_CODE, PRESSURE_RULE, 0, pressed))
    if reading.label:
        result.append(Penalty(LABEL_CODE, LABEL_RULE, 0, LABEL_POINTS))
    if reading.link_only:
        result.append(Penalty(LABEL_CODE, LINK_ONLY_RULE, 0, LINK_ONLY_POINTS))
    return tuple(result)


def _share(findings: list[Finding], length: int) -> float:
    """The share of a post of ``length`` characters that ``findings`` cover, at most 1."""
    covered, reach = 0, 0
    for finding in sorted(findings, key=lambda f: f.start):
        if finding.scope == "span" and finding.end > reach:
            covered += finding.end - max(finding.start, reach)
            reach = finding.end
    return min(1.0, covered / length) if length else 0.0


def score(taken: Iterable[Penalty]) -> int:
    """100 minus every penalty, never below 0."""
    return max(0, 100 - sum(p.points for p in taken))


def band(value: int) -> Band:
    """``green`` (ready), ``amber`` (worth another look) or ``red`` (do not post as is)."""
    if value >= GREEN_FROM:
        return "green"
    return "amber" if value >= AMBER_FROM else "red"
