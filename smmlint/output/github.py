"""``github``: GitHub Actions workflow commands that annotate the post files in a pull
request, ``::warning file=...,line=...,col=...::message``."""

from __future__ import annotations

from smmlint.core.model import Finding, Severity
from smmlint.output.positions import LineIndex
from smmlint.output.results import Results

LEVELS = {Severity.SUGGESTION: "notice", Severity.WARNING: "warning", Severity.ERROR: "error"}


def render(results: Results) -> str:
    """One annotation per finding; input problems are annotated as errors."""
    lines = []
    for post in results.posts:
        index = LineIndex(post.report.text)
        for finding in post.report.findings:
            lines.append(_annotation(post.path, index, finding))
    for problem in results.problems:
        lines.append(f"::error file={_property(problem.path)}::{_data(problem.message)}")
    return "".join(line + "\n" for line in lines)


def _annotation(path: str, index: LineIndex, finding: Finding) -> str:
    region = index.region(finding)
    where = [f"file={_property(path)}", f"line={region.start.line}"]
    if region.start.line == region.end.line:  # GitHub takes columns on one line only
        where += [f"col={region.start.column}", f"endColumn={region.end.column}"]
    else:
        where.append(f"endLine={region.end.line}")
    title = _property(f"{finding.code} {finding.rule}")
    message = _data(f"{finding.message}\nHint: {finding.hint}")
    return f"::{LEVELS[finding.severity]} {','.join(where)},title={title}::{message}"


def _data(text: str) -> str:
    """Escape a command's message as the Actions runner expects."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(text: str) -> str:
    """Escape a command property's value (``:`` and ``,`` separate properties)."""
    return _data(text).replace(":", "%3A").replace(",", "%2C")
