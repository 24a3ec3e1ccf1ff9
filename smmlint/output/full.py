"""``full``: each finding with the post's line, the flagged stretch marked under it, and
the hint; each post ends with its score and what took points off."""

from __future__ import annotations

from smmlint.core.model import Finding
from smmlint.output.concise import score_line
from smmlint.output.positions import LineIndex
from smmlint.output.results import CheckedPost, Results
from smmlint.output.snippet import underline


def render(results: Results) -> str:
    """The findings of every post, drawn under the text they are about."""
    blocks = [_post(post) for post in results.posts]
    return "\n".join(blocks)


def _post(post: CheckedPost) -> str:
    index = LineIndex(post.report.text)
    blocks = [_finding(post.path, index, finding) for finding in post.report.findings]
    penalties = ", ".join(
        f"-{p.points} {p.rule}" + (f" (x{p.count})" if p.count > 1 else "")
        for p in post.report.penalties
    )
    summary = score_line(post) + (f": {penalties}" if penalties else "")
    return "".join(block + "\n" for block in [*blocks, summary])


def _finding(path: str, index: LineIndex, finding: Finding) -> str:
    region = index.region(finding)
    header = (
        f"{path}:{region.start.line}:{region.start.column}: "
        f"{finding.code} [{finding.severity}] {finding.message}"
    )
    gutter = len(str(region.end.line))
    pad = " " * gutter
    lines = [header]
    if finding.scope == "post":
        lines.append(f"{pad} = about the whole post ({finding.rule})")
    else:
        lines.append(f"{pad} |")
        for number in range(region.start.line, region.end.line + 1):
            if number == region.end.line and region.end.column == 1 and number > region.start.line:
                break  # the stretch ends with the line break before this line
            text = index.line(number)
            start = region.start.column - 1 if number == region.start.line else 0
            end = region.end.column - 1 if number == region.end.line else len(text)
            shown, marks = underline(text, [(start, end)])
            lines.append(f"{number:>{gutter}} | {shown}".rstrip())
            lines.append(f"{pad} | {marks}")
        lines[-1] += f" {finding.rule}"
    lines.append(f"{pad} = hint: {finding.hint}")
    return "\n".join(lines) + "\n"
