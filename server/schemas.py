"""JSON Schemas of the API's bodies, for the OpenAPI document (``server/openapi.py``).

Enumerations (platforms, rule selectors) are read from the library, so the document
always describes exactly what this server accepts.
"""

from __future__ import annotations

from typing import Any

import smmlint
from server.errors import ERROR_CODES
from server.linting import PLATFORM_NAMES, SELECTORS, SEVERITIES
from server.payload import MAX_LIST_ITEMS
from smmlint.read.markup import MARKUPS
from smmlint.score.gate import DEFAULT_FAIL_ON, DEFAULT_MIN_SCORE

Schema = dict[str, Any]


def ref(name: str) -> Schema:
    """A reference to a component schema."""
    return {"$ref": f"#/components/schemas/{name}"}


def _object(properties: Schema, required: tuple[str, ...] = (), **extra: Any) -> Schema:
    schema: Schema = {"type": "object", "properties": properties, "additionalProperties": False}
    if required:
        schema["required"] = list(required)
    return {**schema, **extra}


def _all_required(properties: Schema, **extra: Any) -> Schema:
    return _object(properties, tuple(properties), **extra)


_STRING: Schema = {"type": "string"}
_INT: Schema = {"type": "integer"}
_OFFSET: Schema = {"type": "integer", "minimum": 0}
_SELECTOR_LIST: Schema = {
    "type": "array",
    "maxItems": MAX_LIST_ITEMS,
    "items": {"type": "string", "enum": list(SELECTORS)},
    "description": "Rule codes, code prefixes or names.",
}
_TEXT: Schema = {
    "type": "string",
    "maxLength": smmlint.MAX_TEXT_LENGTH,
    "description": "The draft. Offsets in the answer are code points into it.",
}
_LINT_OPTIONS: Schema = {
    "markup": {"type": "string", "enum": list(MARKUPS), "default": "text"},
    "select": _SELECTOR_LIST,
    "ignore": _SELECTOR_LIST,
    "has_media": {
        "type": ["boolean", "null"],
        "description": "false: the post has no image or video (enables no-visual).",
    },
}


def _finding() -> Schema:
    return _all_required(
        {
            "rule": _STRING,
            "code": {"type": "string", "pattern": "^SMM[0-9]{3}$"},
            "severity": {"type": "string", "enum": list(SEVERITIES)},
            "category": _STRING,
            "message": _STRING,
            "hint": _STRING,
            "scope": {"type": "string", "enum": ["span", "post"]},
            "start": _OFFSET,
            "end": _OFFSET,
            "start_utf16": _OFFSET,
            "end_utf16": _OFFSET,
        }
    )


def _metrics() -> Schema:
    count = _OFFSET
    length = _all_required(
        {
            "code_points": count,
            "utf16": count,
            "graphemes": count,
            "platform": count,
            "limit": {"type": ["integer", "null"]},
            "unit": _STRING,
        }
    )
    return {
        "type": "object",
        "required": ["length", "words", "sentences", "hashtags", "mentions", "urls", "emoji"],
        "properties": {
            "length": length,
            **{
                key: count
                for key in ("words", "sentences", "hashtags", "mentions", "urls", "emoji")
            },
            "readability": {"type": "object"},
            "tone": {"type": "object"},
        },
    }


def _example() -> Schema:
    return _all_required(
        {
            "text": _STRING,
            "platform": _STRING,
            "has_media": {"type": ["boolean", "null"]},
            "spans": {
                "type": "array",
                "items": {"type": "array", "items": _OFFSET, "minItems": 2, "maxItems": 2},
            },
            "reason": _STRING,
        }
    )


def _rule_summary() -> dict[str, Any]:
    return {
        "code": {"type": "string", "pattern": "^SMM[0-9]{3}$"},
        "name": _STRING,
        "severity": {"type": "string", "enum": list(SEVERITIES)},
        "category": _STRING,
        "summary": _STRING,
        "message": _STRING,
        "hint": _STRING,
        "options": {"type": "object"},
        "url": _STRING,
    }


def smmlint_schemas() -> dict[str, Schema]:
    """The schemas of smmlint's own endpoints."""
    finding = _finding()
    return {
        "Error": _all_required(
            {
                "error": _all_required(
                    {
                        "code": {
                            "type": "string",
                            "enum": list(ERROR_CODES),
                            "description": "A stable machine name (docs/server.md, Errors).",
                        },
                        "message": {"type": "string", "description": "Never repeats the draft."},
                    }
                )
            }
        ),
        "LintRequest": _object(
            {
                "text": _TEXT,
                "platform": {"type": "string", "enum": list(PLATFORM_NAMES), "default": "generic"},
                **_LINT_OPTIONS,
            },
            ("text",),
        ),
        "CheckRequest": _object(
            {
                "text": _TEXT,
                "platforms": {
                    "type": "array",
                    "minItems": 1,
                    "maxItems": MAX_LIST_ITEMS,
                    "items": {"type": "string", "enum": list(PLATFORM_NAMES)},
                    "default": ["generic"],
                },
                "fail_on": {
                    "type": "string",
                    "enum": list(SEVERITIES),
                    "default": DEFAULT_FAIL_ON.value,
                },
                "min_score": {
                    "type": "integer",
                    "minimum": 0,
                    "maximum": 100,
                    "default": DEFAULT_MIN_SCORE,
                },
                **_LINT_OPTIONS,
            },
            ("text",),
        ),
        "Finding": finding,
        "BlockingFinding": {
            **finding,
            "properties": {**finding["properties"], "platform": _STRING},
            "required": [*finding["required"], "platform"],
        },
        "Report": _all_required(
            {
                "smmlint_version": _STRING,
                "platform": _STRING,
                "score": {"type": "integer", "minimum": 0, "maximum": 100},
                "band": {"type": "string", "enum": ["red", "amber", "green"]},
                "penalties": {
                    "type": "array",
                    "items": _all_required(
                        {"code": _STRING, "rule": _STRING, "count": _INT, "points": _INT}
                    ),
                },
                "findings": {"type": "array", "items": ref("Finding")},
                "metrics": _metrics(),
            }
        ),
        "CheckResponse": _all_required(
            {
                "pass": {"type": "boolean"},
                "score": {"type": "integer", "minimum": 0, "maximum": 100},
                "blocking": {"type": "array", "items": ref("BlockingFinding")},
                "reasons": {"type": "array", "items": _STRING},
                "reports": {"type": "object", "additionalProperties": ref("Report")},
            }
        ),
        "RuleSummary": _all_required(_rule_summary()),
        "RuleDetail": _all_required(
            {
                **_rule_summary(),
                "doc": _STRING,
                "examples": _all_required(
                    {
                        "fires": {"type": "array", "items": _example()},
                        "quiet": {"type": "array", "items": _example()},
                    }
                ),
            }
        ),
        "RuleList": _all_required({"rules": {"type": "array", "items": ref("RuleSummary")}}),
        "PlatformList": _all_required(
            {
                "platforms": {
                    "type": "array",
                    "items": _all_required(
                        {
                            "name": _STRING,
                            "label": _STRING,
                            "aliases": {"type": "array", "items": _STRING},
                            "max_length": {"type": ["integer", "null"]},
                            "length_unit": _STRING,
                            "fold_at": {"type": ["integer", "null"]},
                            "hashtag_limit": {"type": ["integer", "null"]},
                            "hashtag_norm": _INT,
                        }
                    ),
                }
            }
        ),
        "Health": _all_required({"status": {"const": "ok"}, "version": _STRING}),
    }
