"""Text the command prints: the precision table, findings for review, the snapshot diff."""

from __future__ import annotations

import shlex
from collections.abc import Iterable

import smmlint
from benchmarks.realposts.corpus import RealPost
from benchmarks.realposts.snapshot import WHOLE_POST, Found
from benchmarks.realposts.stats import RuleStats

CONTEXT = 160  # characters of post text shown on each side of a span


def _pct(value: float | None) -> str:
    return "–" if value is None else f"{value:.2f}"


def _interval(stats: RuleStats, lenient: bool) -> str:
    if not stats.reviewed:
        return "–"
    low, high = stats.interval(lenient)
    return f"{_pct(stats.precision(lenient))} [{low:.2f}–{high:.2f}]"


TABLE_HEADER = (
    "rule",
    "findings",
    "posts",
    "reviewed",
    "correct",
    "debatable",
    "wrong",
    "stale",
    "precision (correct) [95% CI]",
    "precision (correct+debatable) [95% CI]",
)


def table_rows(stats: Iterable[RuleStats]) -> list[list[str]]:
    """One row of the precision table per rule."""
    return [
        [
            s.rule,
            str(s.findings),
            str(s.posts),
            str(s.reviewed),
            str(s.verdicts["correct"]),
            str(s.verdicts["debatable"]),
            str(s.verdicts["wrong"]),
            str(s.stale),
            _interval(s, False),
            _interval(s, True),
        ]
        for s in stats
    ]


def markdown_table(stats: Iterable[RuleStats]) -> str:
    """The precision table as Markdown (for docs/accuracy.md)."""
    rows = table_rows(stats)
    lines = ["| " + " | ".join(TABLE_HEADER) + " |", "|---" + "|---:" * 9 + "|"]
    lines += ["| `" + row[0] + "` | " + " | ".join(row[1:]) + " |" for row in rows]
    return "\n".join(lines)


def plain_table(stats: Iterable[RuleStats]) -> str:
    """The precision table aligned for a terminal."""
    rows = [list(TABLE_HEADER), *table_rows(stats)]
    widths = [max(len(row[i]) for row in rows) for i in range(len(TABLE_HEADER))]
    return "\n".join(
        "  ".join(
            cell.ljust(w) if i == 0 else cell.rjust(w)
            for i, (cell, w) in enumerate(zip(row, widths, strict=True))
        )
        for row in rows
    )


def marked(post: RealPost, found: Found, context: int = CONTEXT) -> str:
    """The post text around the finding, the span between ⟦ and ⟧."""
    text = post.text
    if found.span == WHOLE_POST:
        return text if len(text) <= 3 * context else text[: 3 * context] + " […]"
    if text[found.start : found.end] != found.span:  # a dropped finding on a post since rebuilt
        return f"⟦{found.span}⟧ (the post's text has changed since)"
    before = text[max(0, found.start - context) : found.start]
    after = text[found.end : found.end + context]
    lead = "[…] " if found.start > context else ""
    tail = " […]" if found.end + context < len(text) else ""
    return f"{lead}{before}⟦{text[found.start : found.end]}⟧{after}{tail}"


def _indent(text: str, prefix: str = "    ") -> str:
    return "\n".join(prefix + line for line in text.splitlines() or [""])


def _hint(post: RealPost, found: Found) -> str:
    """The hint this finding gives (many rules word it by why they fired)."""
    report = smmlint.lint(post.text, platform=post.platform)
    for finding in report.findings:
        if (finding.rule, finding.start, finding.end) == (found.rule, found.start, found.end):
            return finding.hint
    return ""


def describe(post: RealPost, found: Found, *, judge_hint: bool) -> str:
    """One finding as a block for reading: where, what it says, the post, how to judge it."""
    extras = ", ".join(post.artefacts)
    head = f"── {found.rule}  {found.post}  ({post.platform}, label {post.label}"
    head += f"; {extras})" if extras else ")"
    where = "whole post" if found.span == WHOLE_POST else f"chars {found.start}–{found.end}"
    lines = [
        head,
        f"    says: {found.message}  [{where}]",
        f"    hint: {_hint(post, found)}",
        _indent(marked(post, found)),
    ]
    if judge_hint:
        span = "" if found.span == WHOLE_POST else f" --span {shlex.quote(found.span)}"
        lines.append(
            f"    judge: python -m benchmarks.realposts --rule {found.rule} --judge "
            f"{found.post} VERDICT REASON{span}"
        )
    return "\n".join(lines)
