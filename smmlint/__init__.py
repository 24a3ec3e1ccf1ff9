"""smmlint: a linter for social-media posts that checks a draft for conversation, not push.

>>> import smmlint
>>> report = smmlint.lint("BUY NOW!!! 50% off today only", platform="x")
>>> report.score, [f.rule for f in report.findings]  # doctest: +SKIP
"""

from smmlint._version import __version__
from smmlint.core.config import Config, ConfigError
from smmlint.core.engine import lint
from smmlint.core.errors import MAX_TEXT_LENGTH, RuleFailed, TextTooLong
from smmlint.core.model import Finding, Report, Severity
from smmlint.core.registry import Rule
from smmlint.platforms import PLATFORMS, Platform
from smmlint.rules import RULES

__all__ = [
    "MAX_TEXT_LENGTH",
    "PLATFORMS",
    "RULES",
    "Config",
    "ConfigError",
    "Finding",
    "Platform",
    "Report",
    "Rule",
    "RuleFailed",
    "Severity",
    "TextTooLong",
    "__version__",
    "lint",
]
