"""The values the engine produces: severities, findings and the report."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import Any, Literal

from smmlint._version import __version__
from smmlint.read.offsets import Utf16Index

Scope = Literal["span", "post"]


class Severity(str, Enum):
    """How much a finding matters, from a gentle nudge to a post that cannot go out."""

    SUGGESTION = "suggestion"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        """Order for comparisons: suggestion < warning < error."""
        return _RANK[self]

    @classmethod
    def parse(cls, value: str | Severity) -> Severity:
        """Accept a member or its name; raise ``ValueError`` naming the valid ones."""
        if isinstance(value, Severity):
            return value
        try:
            return cls(str(value).lower())
        except ValueError:
            valid = ", ".join(s.value for s in cls)
            raise ValueError(f"unknown severity {value!r}; valid: {valid}") from None

    def __str__(self) -> str:
        return self.value


_RANK = {Severity.SUGGESTION: 0, Severity.WARNING: 1, Severity.ERROR: 2}


@dataclass(frozen=True)
class Finding:
    """One problem in a draft, at code-point offsets ``start``..``end`` (end exclusive)."""

    rule: str
    code: str
    severity: Severity
    message: str
    hint: str
    start: int
    end: int
    scope: Scope = "span"
    category: str = ""

    def to_dict(self, utf16: Utf16Index) -> dict[str, Any]:
        """The wire shape of a finding, with UTF-16 offsets for JavaScript clients."""
        return {
            "rule": self.rule,
            "code": self.code,
            "severity": self.severity.value,
            "category": self.category,
            "message": self.message,
            "hint": self.hint,
            "scope": self.scope,
            "start": self.start,
            "end": self.end,
            "start_utf16": utf16.at(self.start),
            "end_utf16": utf16.at(self.end),
        }


@dataclass(frozen=True)
class Penalty:
    """How many points one rule's findings took off the score."""

    code: str
    rule: str
    count: int
    points: int


@dataclass(frozen=True)
class Report:
    """Everything ``lint`` found in one draft: findings, score and metrics."""

    text: str
    platform: str
    findings: tuple[Finding, ...]
    score: int
    band: Literal["red", "amber", "green"]
    penalties: tuple[Penalty, ...]
    metrics: dict[str, Any] = field(default_factory=dict)
    version: str = __version__

    def to_dict(self) -> dict[str, Any]:
        """The JSON wire shape shared by the CLI, the server and the extension.

        The draft text itself is not included: clients already hold it.
        """
        utf16 = Utf16Index(self.text)
        return {
            "smmlint_version": self.version,
            "platform": self.platform,
            "score": self.score,
            "band": self.band,
            "penalties": [
                {"code": p.code, "rule": p.rule, "count": p.count, "points": p.points}
                for p in self.penalties
            ],
            "findings": [f.to_dict(utf16) for f in self.findings],
            "metrics": self.metrics,
        }

    def at_or_above(self, severity: Severity | str) -> tuple[Finding, ...]:
        """The findings whose severity is at least ``severity``."""
        floor = Severity.parse(severity).rank
        return tuple(f for f in self.findings if f.severity.rank >= floor)
