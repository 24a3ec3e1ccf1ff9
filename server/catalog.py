"""Rules and platforms as JSON: what ``/v1/rules`` and ``/v1/platforms`` answer."""

from __future__ import annotations

from typing import Any

import smmlint
from smmlint.core.registry import Example


def find_rule(rule_id: str) -> smmlint.Rule | None:
    """The rule whose code (any case) or name is ``rule_id``."""
    for rule in smmlint.RULES:
        if rule_id.upper() == rule.code or rule_id.lower() == rule.name:
            return rule
    return None


def rule_summary(rule: smmlint.Rule) -> dict[str, Any]:
    """A rule's identity and wording, as a list of rules shows it."""
    return {
        "code": rule.code,
        "name": rule.name,
        "severity": rule.severity.value,
        "category": rule.category,
        "summary": rule.summary,
        "message": rule.message,
        "hint": rule.hint,
        "options": dict(rule.options),
        "url": f"/v1/rules/{rule.code}",
    }


def rule_detail(rule: smmlint.Rule) -> dict[str, Any]:
    """Everything about a rule: its docs and the tested examples they are built from."""
    return {
        **rule_summary(rule),
        "doc": rule.doc,
        "examples": {
            "fires": [_example(e) for e in rule.fires],
            "quiet": [_example(e) for e in rule.quiet],
        },
    }


def platform_summary(platform: smmlint.Platform) -> dict[str, Any]:
    """A platform profile's published numbers."""
    return {
        "name": platform.name,
        "label": platform.label,
        "aliases": list(platform.aliases),
        "max_length": platform.max_length,
        "length_unit": platform.length_unit,
        "fold_at": platform.fold_at,
        "hashtag_limit": platform.hashtag_limit,
        "hashtag_norm": platform.hashtag_norm,
    }


def _example(example: Example) -> dict[str, Any]:
    return {
        "text": example.plain,
        "platform": example.platform,
        "has_media": example.has_media,
        "spans": [list(span) for span in example.spans],
        "reason": example.reason,
    }
