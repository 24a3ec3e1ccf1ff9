"""A rule's documentation with its own tested examples, so the docs cannot drift from the
tests: ``smmlint rules --explain`` prints it and SARIF output carries it as the rule's help.

The text is Markdown (examples as indented blocks) that reads well in a terminal too.
"""

from __future__ import annotations

from smmlint.core.registry import Example, Rule
from smmlint.output.snippet import underline

INDENT = "    "


def explain(rule: Rule) -> str:
    """The rule's identity, docs, the drafts it flags and what to write instead."""
    facts = [f"severity: {rule.severity}", f"category: {rule.category}"]
    facts += [f"option {name} = {value!r}" for name, value in rule.options.items()]
    parts = [f"# {rule.code} {rule.name}", " · ".join(facts), rule.doc]
    if rule.fires:
        parts += ["## Example", "Flagged (under the marks):"]
        parts += [_flagged(example) for example in rule.fires]
    parts += ["## Use instead", rule.hint]
    if rule.quiet:
        parts.append("Not flagged, though they look alike:")
        parts += [_quiet(example) for example in rule.quiet]
    return "\n\n".join(parts) + "\n"


def _flagged(example: Example) -> str:
    lines, offset = [], 0
    for line in example.plain.split("\n"):
        spans = [
            (max(start - offset, 0), min(end - offset, len(line)))
            for start, end in example.spans
            if start < offset + len(line) and end > offset
        ]
        shown, marks = underline(line, spans)
        lines += [INDENT + shown, *([INDENT + marks] if marks else [])]
        offset += len(line) + 1
    notes = [] if example.spans else ["the whole post"]
    return "\n".join(lines + _notes(example, notes))


def _quiet(example: Example) -> str:
    lines = [INDENT + underline(line, [])[0] for line in example.plain.split("\n")]
    return "\n".join(lines + _notes(example, [example.reason] if example.reason else []))


def _notes(example: Example, notes: list[str]) -> list[str]:
    """Where an example applies, when it is not any post on any network."""
    if example.platform != "generic":
        notes.append(f"on {example.platform}")
    if example.has_media is not None:
        notes.append("with an image or video" if example.has_media else "without an image or video")
    return [INDENT + "(" + "; ".join(notes) + ")"] if notes else []
