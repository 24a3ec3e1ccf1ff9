"""The one door to the library: validated arguments in, a ``Report`` out, within a slot."""

from __future__ import annotations

import importlib.util
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

from flask import current_app, g

import smmlint
from server.errors import ApiError
from server.limits import Gate
from server.payload import invalid
from smmlint.markup import MARKUPS
from smmlint.platforms import get_platform

PLATFORM_NAMES = tuple(
    sorted({name for p in smmlint.PLATFORMS.values() for name in (p.name, *p.aliases)})
)
SEVERITIES = tuple(s.value for s in smmlint.Severity)
# Markdown and HTML readers are modules of their own (smmlint.markup_markdown, ...).
AVAILABLE_MARKUPS = tuple(
    m for m in MARKUPS if m == "text" or importlib.util.find_spec(f"smmlint.markup_{m}")
)
# What ``select`` and ``ignore`` accept: rule names, codes and code prefixes (SMM, SMM1...).
SELECTORS = tuple(
    sorted(
        {rule.name for rule in smmlint.RULES}
        | {rule.code[:n] for rule in smmlint.RULES for n in range(3, len(rule.code) + 1)}
    )
)


def canonical_platform(name: str, field: str = "platform") -> str:
    """The platform's own name for ``name`` or one of its aliases; 422 if unknown."""
    if name not in PLATFORM_NAMES:
        invalid(f"'{field}' is not a known platform; valid: {', '.join(PLATFORM_NAMES)}.")
    return get_platform(name).name


def lint(
    text: str,
    platform: str,
    *,
    markup: str = "text",
    select: tuple[str, ...] = (),
    ignore: tuple[str, ...] = (),
    has_media: bool | None = None,
) -> smmlint.Report:
    """Lint one draft while holding a lint slot, mapping library errors to JSON ones."""
    if markup not in AVAILABLE_MARKUPS:
        message = f"Markup '{markup}' is not available in this installation."
        invalid(message, "unsupported_markup")
    config = rule_config(select, ignore)
    gate: Gate = current_app.extensions["smmlint"].gate
    with gate.slot():
        try:
            report = smmlint.lint(text, platform, config=config, has_media=has_media, markup=markup)
        except smmlint.TextTooLong as exc:
            raise ApiError(422, "text_too_long", str(exc)) from None
        except (TypeError, ValueError):
            invalid("The draft could not be linted with these arguments.")
    record(text, report.findings)
    return report


@lru_cache(maxsize=256)
def rule_config(select: tuple[str, ...], ignore: tuple[str, ...]) -> smmlint.Config | None:
    """The configuration for a request's rule selection; 422 naming the list at fault."""
    if not select and not ignore:
        return None
    for name, selectors in (("select", select), ("ignore", ignore)):
        for index, selector in enumerate(selectors):
            if selector not in SELECTORS:
                invalid(f"'{name}[{index}]' matches no rule code, code prefix or name.")
    return smmlint.Config(select=select, ignore=ignore)


def record(text: str, findings: Iterable[smmlint.Finding]) -> None:
    """Note the text length and rule counts for the access log (never the text)."""
    g.text_length = getattr(g, "text_length", 0) + len(text)
    counts = g.setdefault("rule_counts", Counter())
    counts.update(f.code for f in findings)
