"""JSON Schemas of LanguageTool's ``/v2`` bodies, after its published API description."""

from __future__ import annotations

from server.linting import PLATFORM_NAMES
from server.schemas import Schema, ref

# auto, en, or one of the English variants LanguageTool lists, in any letter case.
LANGUAGE_PATTERN = (
    "^(?:[Aa][Uu][Tt][Oo]|[Ee][Nn](?:-(?:[Uu][Ss]|[Gg][Bb]|[Aa][Uu]|[Cc][Aa]|[Nn][Zz]|[Zz][Aa]))?)$"
)
# Booleans are read in any letter case, as LanguageTool reads them.
_TRUE, _FALSE = "[Tt][Rr][Uu][Ee]", "[Ff][Aa][Ll][Ss][Ee]"
_STRING: Schema = {"type": "string"}
_COMMA_LIST: Schema = {"type": "string", "description": "Comma-separated ids."}


def _non_empty(name: str) -> Schema:
    return {"required": [name], "properties": {name: {"minLength": 1}}}


def _required(properties: Schema) -> Schema:
    return {"type": "object", "required": list(properties), "properties": properties}


def languagetool_schemas() -> dict[str, Schema]:
    """Request form, check response and language list."""
    name_code = _required({"name": _STRING, "code": _STRING})
    return {
        "LanguageToolCheckRequest": {
            "type": "object",
            "properties": {
                "text": {**_STRING, "description": "The text to check. This or 'data'."},
                "data": {
                    **_STRING,
                    "pattern": r"\S",  # the server answers empty_body for blank JSON
                    "contentMediaType": "application/json",
                    "description": (
                        'Text and markup as JSON: {"annotation": [{"text": "A "}, '
                        '{"markup": "<b>"}, {"text": "test"}, {"markup": "</b>", '
                        '"interpretAs": ""}]}. Offsets count markup too.'
                    ),
                },
                "language": {**_STRING, "pattern": LANGUAGE_PATTERN},
                "enabledRules": _COMMA_LIST,
                "disabledRules": _COMMA_LIST,
                "enabledCategories": _COMMA_LIST,
                "disabledCategories": _COMMA_LIST,
                "enabledOnly": {"type": "string", "pattern": f"^(?:{_TRUE}|{_FALSE})$"},
                "level": {"type": "string", "enum": ["default", "picky"]},
                "platform": {
                    "type": "string",
                    "enum": list(PLATFORM_NAMES),
                    "description": "smmlint's own addition: the target network (default generic).",
                },
                "preferredVariants": _COMMA_LIST,
                "motherTongue": _STRING,
                "apiKey": {
                    **_STRING,
                    "description": "The server token, for clients without headers.",
                },
            },
            "required": ["language"],
            "allOf": [
                {
                    "oneOf": [
                        {"required": ["text"], "not": {"required": ["data"]}},
                        {"required": ["data"], "not": {"required": ["text"]}},
                    ]
                },
                {
                    "if": {
                        "required": ["enabledOnly"],
                        "properties": {"enabledOnly": {"pattern": f"^{_TRUE}$"}},
                    },
                    "then": {
                        "anyOf": [_non_empty("enabledRules"), _non_empty("enabledCategories")]
                    },
                },
            ],
        },
        "LanguageToolMatch": _required(
            {
                "message": _STRING,
                "shortMessage": _STRING,
                "replacements": {"type": "array", "items": _required({"value": _STRING})},
                "offset": {"type": "integer", "minimum": 0, "description": "UTF-16 units."},
                "length": {"type": "integer", "minimum": 0, "description": "UTF-16 units."},
                "context": _required(
                    {
                        "text": _STRING,
                        "offset": {"type": "integer", "minimum": 0},
                        "length": {"type": "integer", "minimum": 0},
                    }
                ),
                "sentence": _STRING,
                "type": _required({"typeName": {"type": "string", "enum": ["Hint", "Other"]}}),
                "rule": _required(
                    {
                        "id": _STRING,
                        "description": _STRING,
                        "issueType": _STRING,
                        "urls": {"type": "array", "items": _required({"value": _STRING})},
                        "category": _required({"id": _STRING, "name": _STRING}),
                    }
                ),
                "ignoreForIncompleteSentence": {"type": "boolean"},
                "contextForSureMatch": {"type": "integer"},
            }
        ),
        "LanguageToolCheckResponse": _required(
            {
                "software": _required(
                    {
                        "name": _STRING,
                        "version": _STRING,
                        "buildDate": _STRING,
                        "apiVersion": {"type": "integer"},
                        "premium": {"type": "boolean"},
                        "status": _STRING,
                    }
                ),
                "warnings": _required({"incompleteResults": {"type": "boolean"}}),
                "language": _required(
                    {"name": _STRING, "code": _STRING, "detectedLanguage": name_code}
                ),
                "matches": {"type": "array", "items": ref("LanguageToolMatch")},
            }
        ),
        "LanguageToolLanguages": {
            "type": "array",
            "items": _required({"name": _STRING, "code": _STRING, "longCode": _STRING}),
        },
    }
