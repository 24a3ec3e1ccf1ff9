"""LanguageTool's HTTP API (``/v2/check``, ``/v2/languages``) on top of smmlint.

Editor plugins and client libraries written for LanguageTool can use smmlint as their
server. Requests follow LanguageTool's documented form parameters; answers follow its
documented JSON shape, with ``offset``/``length`` in UTF-16 units as its clients expect.
Rule ids are smmlint codes (``SMM101``); rule names work too in ``enabledRules`` and
``disabledRules``. Ids a LanguageTool client sends for LanguageTool's own rules are
ignored, as LanguageTool ignores ids it does not know.
"""

from __future__ import annotations

from typing import Any

from flask import Blueprint, Response, jsonify, request

import smmlint
from server.annotation import Annotated, from_annotation, from_plain_text
from server.errors import ApiError
from server.guards import FORM_TYPES
from server.linting import canonical_platform, lint, lint_slot
from server.payload import form_fields, parse_json
from smmlint.read.offsets import Utf16Index

languagetool = Blueprint("languagetool", __name__)

# (long code, name) of the variants LanguageTool lists; smmlint's rules read English.
ENGLISH_VARIANTS = (
    ("en", "English"),
    ("en-US", "English (US)"),
    ("en-GB", "English (GB)"),
    ("en-AU", "English (Australian)"),
    ("en-CA", "English (Canadian)"),
    ("en-NZ", "English (New Zealand)"),
    ("en-ZA", "English (South African)"),
)
LANGUAGE_CODES = ("auto", *(code for code, _ in ENGLISH_VARIANTS))
# LanguageTool shows this many characters (UTF-16 units) on each side of an error.
CONTEXT_SIZE = 40
# Localization Quality Issue Types (ITS 2.0), which LanguageTool clients colour by.
ISSUE_TYPES = {"shouting": "typographical", "tone": "register", "platform": "length"}
_RULES_BY_CODE = {rule.code: rule for rule in smmlint.RULES}


@languagetool.get("/v2/languages")
def languages() -> Response:
    """The languages this server checks, in LanguageTool's shape."""
    return jsonify(
        [{"name": name, "code": "en", "longCode": code} for code, name in ENGLISH_VARIANTS]
    )


@languagetool.post("/v2/check")
def check() -> Response:
    """Check a text (or annotated ``data``) and answer LanguageTool's match list."""
    params = _form()
    code, name = _language(params.get("language"), params.get("preferredVariants", ""))
    document = _document(params)
    platform = canonical_platform(params.get("platform", "generic"))
    with lint_slot():  # the matches cost CPU too: built within the same slot as the lint
        report = lint(document.visible.text, platform, ignore=_ignored_codes(params))
        matches = _Matches(document, request.host_url)
        found = [matches.build(f) for f in report.findings]
    language = {"name": name, "code": code, "detectedLanguage": {"name": name, "code": code}}
    return jsonify(
        {
            "software": {
                "name": "smmlint",
                "version": smmlint.__version__,
                "buildDate": "",
                "apiVersion": 1,
                "premium": False,
                "status": "",
            },
            "warnings": {"incompleteResults": False},
            "language": language,
            "matches": found,
        }
    )


def _form() -> dict[str, str]:
    """The form parameters (from the body only: a draft has no place in a URL)."""
    if request.content_length and request.mimetype not in FORM_TYPES:
        raise ApiError(
            415,
            "unsupported_media_type",
            "Send the parameters form-encoded (application/x-www-form-urlencoded).",
        )
    return form_fields()


def _language(value: str | None, preferred: str) -> tuple[str, str]:
    """The (code, name) to answer for the requested language; 400 if not English."""
    if not value:
        raise ApiError(400, "missing_parameter", "'language' is required (en-US, en, auto...).")
    names = {code.lower(): (code, name) for code, name in ENGLISH_VARIANTS}
    wanted = value.lower()
    if wanted == "auto":
        variants = [v.strip().lower() for v in preferred.split(",")]
        wanted = next((v for v in variants if v in names), "en-us")
    if wanted not in names:
        raise ApiError(
            400,
            "unsupported_language",
            f"smmlint checks English; 'language' must be one of: {', '.join(LANGUAGE_CODES)}.",
        )
    return names[wanted]


def _document(params: dict[str, str]) -> Annotated:
    text, data = params.get("text"), params.get("data")
    if (text is None) == (data is None):
        raise ApiError(400, "missing_parameter", "Send exactly one of 'text' or 'data'.")
    if text is not None:
        return from_plain_text(text)
    return from_annotation(parse_json(data, "'data'"))


def _ignored_codes(params: dict[str, str]) -> tuple[str, ...]:
    """The codes of the rules the request switches off, LanguageTool's way."""
    enabled_rules = _rules_named(params.get("enabledRules", ""))
    enabled_categories = _ids(params.get("enabledCategories", ""))
    disabled_rules = _rules_named(params.get("disabledRules", ""))
    disabled_categories = _ids(params.get("disabledCategories", ""))
    only = params.get("enabledOnly", "false").lower()  # LanguageTool ignores the case
    if only not in ("true", "false"):
        raise ApiError(400, "invalid_parameter", "'enabledOnly' must be true or false.")
    if params.get("level", "default") not in ("default", "picky"):
        raise ApiError(400, "invalid_parameter", "'level' must be default or picky.")
    if only == "true":
        if not params.get("enabledRules") and not params.get("enabledCategories"):
            raise ApiError(
                400,
                "invalid_parameter",
                "'enabledOnly' needs 'enabledRules' or 'enabledCategories'.",
            )
        return tuple(
            rule.code
            for rule in smmlint.RULES
            if rule.code not in enabled_rules and category_id(rule) not in enabled_categories
        )
    return tuple(
        rule.code
        for rule in smmlint.RULES
        if rule.code in disabled_rules or category_id(rule) in disabled_categories
    )


def _ids(value: str) -> set[str]:
    return {part.strip().upper() for part in value.split(",") if part.strip()}


def _rules_named(value: str) -> set[str]:
    """Codes of the rules named by code or name (``SMM101``, ``sales-push``, ``SALES_PUSH``)."""
    ids = _ids(value)
    return {
        rule.code
        for rule in smmlint.RULES
        if rule.code in ids
        or rule.name.upper() in ids
        or rule.name.upper().replace("-", "_") in ids
    }


def category_id(rule: smmlint.Rule) -> str:
    """LanguageTool-style category id: ``push`` becomes ``PUSH``."""
    return rule.category.upper().replace("-", "_")


class _Matches:
    """Builds LanguageTool matches for the findings in one document."""

    def __init__(self, document: Annotated, host_url: str) -> None:
        self.document = document
        self.host_url = host_url
        self.utf16 = Utf16Index(document.source)

    def build(self, finding: smmlint.Finding) -> dict[str, Any]:
        rule = _RULES_BY_CODE[finding.code]
        whole = finding.scope == "post"
        start, end = self.document.to_source(finding.start, finding.end, whole)
        offset = self.utf16.at(start)
        return {
            "message": f"{finding.message} {finding.hint}",
            "shortMessage": rule.name.replace("-", " ").capitalize(),
            "replacements": [],
            "offset": offset,
            "length": self.utf16.at(end) - offset,
            "context": context(self.document.source, start, end),
            "sentence": self.document.sentence(finding.start, whole),
            "type": {"typeName": "Hint" if finding.severity.rank == 0 else "Other"},
            "rule": {
                "id": rule.code,
                "description": rule.summary,
                "issueType": ISSUE_TYPES.get(rule.category, "style"),
                "urls": [{"value": f"{self.host_url}v1/rules/{rule.code}"}],
                "category": {
                    "id": category_id(rule),
                    "name": rule.category.replace("_", " ").title(),
                },
            },
            # A finding about the whole post means little while a sentence is half typed.
            "ignoreForIncompleteSentence": whole,
            "contextForSureMatch": -1 if whole else 0,
        }


def context(source: str, start: int, end: int) -> dict[str, Any]:
    """LanguageTool's context: the error with up to ``CONTEXT_SIZE`` characters around it,
    ``...`` where cut, line breaks as spaces; offset and length in UTF-16 units."""
    left, right = max(0, start - CONTEXT_SIZE), min(len(source), end + CONTEXT_SIZE)
    prefix = "..." if left > 0 else ""
    suffix = "..." if right < len(source) else ""
    before, error = source[left:start], source[start:end]
    text = prefix + source[left:right].replace("\n", " ") + suffix
    index = Utf16Index(text)
    offset = index.at(len(prefix) + len(before))
    return {
        "text": text,
        "offset": offset,
        "length": index.at(len(prefix) + len(before) + len(error)) - offset,
    }
