"""What an audit found across the archive: score distribution, most frequent rules, the
worst posts. Accumulated row by row, printed once at the end."""

from __future__ import annotations

import heapq
import statistics
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from smmlint.cli.parallel import Linted
from smmlint.output.wording import counted
from smmlint.rules import RULES

BAR_WIDTH = 30
TOP_RULES = 10
WORST_POSTS = 5
SKIPPED_LISTED = 10


@dataclass
class AuditSummary:
    """Running totals of an audit."""

    scores: list[int] = field(default_factory=list)
    bands: Counter[str] = field(default_factory=Counter)
    posts_per_rule: Counter[str] = field(default_factory=Counter)
    findings_per_rule: Counter[str] = field(default_factory=Counter)
    worst: list[tuple[int, int, Any, tuple[str, ...]]] = field(default_factory=list)
    skipped: list[int] = field(default_factory=list)

    def add(self, linted: Linted) -> None:
        """Count one linted post."""
        self.scores.append(linted.score)
        self.bands[linted.band] += 1
        self.findings_per_rule.update(linted.codes)
        self.posts_per_rule.update(set(linted.codes))
        # Keep the lowest scores: a max-heap on (-score, -row) of the WORST_POSTS worst.
        entry = (-linted.score, -linted.number, linted.id, linted.codes)
        if len(self.worst) < WORST_POSTS:
            heapq.heappush(self.worst, entry)
        else:
            heapq.heappushpop(self.worst, entry)

    def skip(self, number: int) -> None:
        """Count a row that could not be linted."""
        self.skipped.append(number)

    def render(self) -> str:
        """The summary as text for the terminal."""
        total = len(self.scores)
        lines = [f"smmlint audit: {counted(total, 'post')} linted" + self._skipped_note()]
        if total:
            lines += self._distribution(total) + self._rules() + self._worst()
        return "\n".join(lines) + "\n"

    def _skipped_note(self) -> str:
        if not self.skipped:
            return ""
        listed = "row" + "s" * (len(self.skipped) > 1) + " "
        listed += ", ".join(str(n) for n in self.skipped[:SKIPPED_LISTED])
        more = ", ..." if len(self.skipped) > SKIPPED_LISTED else ""
        return f", {counted(len(self.skipped), 'row')} skipped ({listed}{more})"

    def _distribution(self, total: int) -> list[str]:
        mean, median = statistics.fmean(self.scores), statistics.median(self.scores)
        bands = " · ".join(
            f"{band} {self.bands[band]:,} ({self.bands[band] / total:.0%})"
            for band in ("green", "amber", "red")
        )
        lines = ["", f"scores: mean {mean:.1f}, median {median:g}; {bands}"]
        bins = Counter(min(score // 10, 9) for score in self.scores)
        tallest = max(bins.values())
        for decile in range(9, -1, -1):
            low, high = decile * 10, 100 if decile == 9 else decile * 10 + 9
            count = bins[decile]
            bar = "#" * round(BAR_WIDTH * count / tallest)
            lines.append(f"  {low:>3}-{high:<3} {count:>8,}  {bar}".rstrip())
        return lines

    def _rules(self) -> list[str]:
        if not self.findings_per_rule:
            return ["", "no findings"]
        names = {rule.code: rule.name for rule in RULES}
        lines = ["", "most frequent rules:"]
        for code, posts in self.posts_per_rule.most_common(TOP_RULES):
            posts_text = counted(posts, "post")
            findings_text = counted(self.findings_per_rule[code], "finding")
            lines.append(f"  {code} {names.get(code, ''):<24} {posts_text:>14} {findings_text:>16}")
        return lines

    def _worst(self) -> list[str]:
        lines = ["", "worst posts:"]
        for negative_score, negative_row, row_id, codes in sorted(self.worst, reverse=True):
            label = f"row {-negative_row}" + (f" (id {row_id})" if row_id is not None else "")
            rules = ", ".join(f"{c} x{n}" if n > 1 else c for c, n in Counter(codes).items())
            lines.append(f"  {label}: score {-negative_score}" + (f": {rules}" if rules else ""))
        return lines
