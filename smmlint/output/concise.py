"""``concise``: one line per finding, ``path:line:col: CODE [severity] message``.

Editors and CI logs parse these lines; each post ends with a line giving its score.
"""

from __future__ import annotations

from smmlint.output.positions import LineIndex
from smmlint.output.results import CheckedPost, Results
from smmlint.output.wording import counted


def render(results: Results) -> str:
    """Every finding on one line, then the post's score."""
    lines = []
    for post in results.posts:
        index = LineIndex(post.report.text)
        for finding in post.report.findings:
            start = index.position(finding.start)
            lines.append(
                f"{post.path}:{start.line}:{start.column}: "
                f"{finding.code} [{finding.severity}] {finding.message}"
            )
        lines.append(score_line(post))
    return "".join(line + "\n" for line in lines)


def score_line(post: CheckedPost) -> str:
    """``path: score 62/100 (amber), 3 findings``."""
    report = post.report
    findings = counted(len(report.findings), "finding")
    return f"{post.path}: score {report.score}/100 ({report.band}), {findings}"
