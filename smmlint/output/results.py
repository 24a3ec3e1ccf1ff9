"""What a renderer is given: the posts checked, the inputs that could not be, the rules."""

from __future__ import annotations

from dataclasses import dataclass

from smmlint._version import __version__
from smmlint.core.model import Report
from smmlint.core.registry import Rule

STDIN_NAME = "<stdin>"


@dataclass(frozen=True)
class CheckedPost:
    """One post's report, with the path it was read from (``<stdin>`` for standard input)."""

    path: str
    report: Report


@dataclass(frozen=True)
class InputProblem:
    """An input that could not be linted; ``message`` names the problem, never the text."""

    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


@dataclass(frozen=True)
class Results:
    """Everything one ``smmlint check`` run produced, in input order."""

    posts: tuple[CheckedPost, ...]
    problems: tuple[InputProblem, ...] = ()
    rules: tuple[Rule, ...] = ()  # every rule, documented in SARIF output
    version: str = __version__
