"""Precision per rule from the findings and the verdicts that still match one."""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass

from benchmarks.realposts.snapshot import Found
from benchmarks.realposts.verdicts import Verdict

Z95 = 1.959964  # two-sided 95 % normal quantile


def wilson(successes: int, trials: int, z: float = Z95) -> tuple[float, float]:
    """The Wilson score interval for a proportion; (0, 1) when nothing was tried."""
    if trials == 0:
        return (0.0, 1.0)
    p = successes / trials
    denominator = 1 + z * z / trials
    centre = (p + z * z / (2 * trials)) / denominator
    margin = z * math.sqrt(p * (1 - p) / trials + z * z / (4 * trials * trials)) / denominator
    return (max(0.0, centre - margin), min(1.0, centre + margin))


@dataclass(frozen=True)
class RuleStats:
    """One rule's findings on the corpus and what the verdicts say about them."""

    rule: str
    findings: int
    posts: int
    verdicts: Counter[str]
    stale: int

    @property
    def reviewed(self) -> int:
        return sum(self.verdicts.values())

    @property
    def unreviewed(self) -> int:
        return self.findings - self.reviewed

    def precision(self, lenient: bool = False) -> float | None:
        """Share of reviewed findings judged correct (``lenient``: correct or debatable)."""
        if not self.reviewed:
            return None
        right = self.verdicts["correct"] + (self.verdicts["debatable"] if lenient else 0)
        return right / self.reviewed

    def interval(self, lenient: bool = False) -> tuple[float, float]:
        right = self.verdicts["correct"] + (self.verdicts["debatable"] if lenient else 0)
        return wilson(right, self.reviewed)


def rule_stats(
    rule: str, found: list[Found], verdicts: dict[tuple[str, str, str], Verdict]
) -> RuleStats:
    """Count a rule's findings, their verdicts (per finding), and its stale verdicts."""
    counts: Counter[str] = Counter()
    keys = set()
    for f in found:
        keys.add(f.key)
        verdict = verdicts.get(f.key)
        if verdict:
            counts[verdict.verdict] += 1
    stale = sum(1 for key in verdicts if key[1] == rule and key not in keys)
    return RuleStats(rule, len(found), len({f.post for f in found}), counts, stale)
