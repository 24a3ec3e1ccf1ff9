"""Verdicts written by reading findings: one sorted TSV file per rule, and precision floors.

``verdicts/<rule>.tsv`` has a header line, then one line per judged finding::

    post<TAB>span<TAB>verdict<TAB>reason

``span`` is the text the finding covers (``*`` for a finding about the whole post), so a
verdict survives edits that move offsets; ``verdict`` is ``correct``, ``wrong`` or
``debatable``. Tabs, line breaks and backslashes inside a field are written ``\\t``, ``\\n``,
``\\r`` and ``\\\\``. Lines are kept sorted by post and span, so two people adding verdicts to
the same rule rarely touch the same lines.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from benchmarks.realposts.corpus import HERE

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

VERDICTS = HERE / "verdicts"
FLOORS = HERE / "floors.toml"
VERDICT_VALUES = ("correct", "debatable", "wrong")
HEADER = "post\tspan\tverdict\treason\n"
_ESCAPES = {"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"}
_UNESCAPES = {"\\": "\\", "t": "\t", "n": "\n", "r": "\r"}


@dataclass(frozen=True, order=True)
class Verdict:
    """A reader's judgement of one finding, keyed on post id, rule and span text."""

    post: str
    span: str
    rule: str
    verdict: str
    reason: str

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.post, self.rule, self.span)


class VerdictError(ValueError):
    """A verdict file that cannot be read: names the file and line."""


def escape(field: str) -> str:
    """A field written for the TSV file."""
    return "".join(_ESCAPES.get(ch, ch) for ch in field)


def unescape(field: str) -> str:
    """A field read back from the TSV file."""
    out, chars = [], iter(field)
    for ch in chars:
        out.append(_UNESCAPES.get(next(chars, "\\"), "\\") if ch == "\\" else ch)
    return "".join(out)


def load_rule(path: Path) -> list[Verdict]:
    """The verdicts in one rule's file; raises ``VerdictError`` on a malformed line."""
    verdicts = []
    lines = path.read_text(encoding="utf-8").splitlines()
    for number, line in enumerate(lines[1:], start=2):
        if not line.strip():
            continue
        fields = line.split("\t")
        if len(fields) != 4 or fields[2] not in VERDICT_VALUES or not fields[3].strip():
            raise VerdictError(
                f"{path.name}:{number}: expected post, span, one of {VERDICT_VALUES} and a "
                f"reason, separated by tabs"
            )
        post, span, verdict, reason = (unescape(f) for f in fields)
        verdicts.append(Verdict(post, span, path.stem, verdict, reason))
    return verdicts


def load(directory: Path = VERDICTS) -> dict[tuple[str, str, str], Verdict]:
    """Every verdict, by (post, rule, span); the last line wins if a key repeats."""
    return {v.key: v for path in sorted(directory.glob("*.tsv")) for v in load_rule(path)}


def dumps(verdicts: list[Verdict]) -> str:
    """A rule file's content, sorted by post and span."""
    rows = sorted({(v.post, v.span): v for v in verdicts}.values())
    return HEADER + "".join(
        "\t".join(escape(f) for f in (v.post, v.span, v.verdict, v.reason)) + "\n" for v in rows
    )


def record(new: list[Verdict], directory: Path | None = None) -> None:
    """Add or replace verdicts in their rules' files (default ``VERDICTS``), kept sorted."""
    directory = directory or VERDICTS
    for rule in sorted({v.rule for v in new}):
        path = directory / f"{rule}.tsv"
        old = load_rule(path) if path.exists() else []
        path.write_text(dumps(old + [v for v in new if v.rule == rule]), encoding="utf-8")


@dataclass(frozen=True)
class Floor:
    """The lowest precision a rule may show on its reviewed, still-present findings."""

    correct: float = 0.0
    correct_or_debatable: float = 0.0


def load_floors(path: Path = FLOORS) -> dict[str, Floor]:
    """``floors.toml``: one ``[rule-name]`` table per rule with ``correct`` and
    ``correct_or_debatable`` (fractions, 0 to 1)."""
    data = tomllib.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    return {rule: Floor(**values) for rule, values in data.items()}
