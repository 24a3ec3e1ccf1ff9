"""Precision per rule from the findings and the verdicts that still match one."""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass

from benchmarks.realposts.snapshot import Found
from benchmarks.realposts.verdicts import Floor, Verdict

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
    """Count a rule's findings, the verdicts on them, and its stale verdicts.

    Verdicts are counted once per distinct (post, span): a post that repeats the same span
    (seven copies of one link) is one judgement, not seven.
    """
    keys = {f.key for f in found}
    counts = Counter(verdicts[key].verdict for key in keys if key in verdicts)
    stale = sum(1 for key in verdicts if key[1] == rule and key not in keys)
    return RuleStats(rule, len(found), len({f.post for f in found}), counts, stale)


def below_floor(stats: list[RuleStats], floors: dict[str, Floor]) -> list[str]:
    """Rules whose reviewed findings fall below their floor in ``floors.toml``."""
    low = []
    for s in stats:
        floor = floors.get(s.rule)
        if floor is None or not s.reviewed:
            continue
        strict, lenient = s.precision() or 0.0, s.precision(lenient=True) or 0.0
        if strict < floor.correct or lenient < floor.correct_or_debatable:
            low.append(s.rule)
    return low
