"""The OpenAPI 3.1 document served at ``/openapi.json``: every endpoint, body and error."""

from __future__ import annotations

from functools import cache
from typing import Any

import smmlint
from server.languagetool_schemas import LANGUAGE_PATTERN, languagetool_schemas
from server.schemas import Schema, ref, smmlint_schemas

_ERRORS = {
    "400": "The request could not be read: the body is empty or not valid UTF-8 JSON / form "
    "data, a LanguageTool parameter is missing or wrong, or the request is not valid HTTP.",
    "401": "A token is required here, or the one sent is wrong.",
    "403": "The Host header or the Origin is not allowed.",
    "404": "No such rule.",
    "405": "The path does not take this method; Allow lists the ones it takes.",
    "413": "The body is larger than 1 MiB (the app and waitress both refuse it).",
    "415": "The body has the wrong content type.",
    "422": "The body was read but a field is missing, unknown, of the wrong type or too long.",
    "429": "This client sent too many requests, or too many wrong tokens; wait Retry-After "
    "seconds.",
    "431": "The request headers are too large (answered by waitress).",
    "500": "A rule failed (rule_failed) or the server hit an unexpected error "
    "(internal_error); the message never holds the draft.",
    "501": "The request uses a Transfer-Encoding other than chunked (answered by waitress).",
    "503": "Every lint slot is busy; retry after Retry-After seconds.",
}
_HEADERS = {
    "405": {
        "Allow": {
            "schema": {"type": "string"},
            "required": True,
            "description": "The methods the path takes.",
        }
    },
    "429": {"Retry-After": {"schema": {"type": "integer", "minimum": 1}, "required": True}},
    "503": {"Retry-After": {"schema": {"type": "integer", "minimum": 1}, "required": True}},
}
_GUARDED = ("401", "403", "429")
# What any request can get, whatever its operation: unreadable HTTP, a wrong method, a body
# or headers over the limits, an unsupported Transfer-Encoding, a server error.
_ANY = ("400", "405", "413", "431", "500", "501")


def _json(schema: Schema) -> dict[str, Any]:
    return {"content": {"application/json": {"schema": schema}}}


def _responses(ok: Schema, errors: tuple[str, ...], ok_extra: dict[str, Any] | None = None) -> dict:
    responses: dict[str, Any] = {"200": {"description": "OK", **_json(ok)}}
    if ok_extra:
        responses["200"]["content"].update(ok_extra)
    for status in sorted({*errors, *_ANY}):
        responses[status] = {"description": _ERRORS[status], **_json(ref("Error"))}
        if status in _HEADERS:
            responses[status]["headers"] = _HEADERS[status]
    return responses


def _operation(
    summary: str,
    ok: Schema,
    errors: tuple[str, ...],
    body: dict[str, Any] | None = None,
    **extra: Any,
) -> dict[str, Any]:
    operation: dict[str, Any] = {"summary": summary, "responses": _responses(ok, errors), **extra}
    if body is not None:
        operation["requestBody"] = {"required": True, "content": body}
    return operation


def _paths() -> dict[str, Any]:
    json_body = ("415", "422", "503", *_GUARDED)
    return {
        "/v1/lint": {
            "post": _operation(
                "Lint one draft for one platform",
                ref("Report"),
                json_body,
                {"application/json": {"schema": ref("LintRequest")}},
            )
        },
        "/v1/check": {
            "post": _operation(
                "Pre-publish gate: lint for each target platform and say pass or fail",
                ref("CheckResponse"),
                json_body,
                {"application/json": {"schema": ref("CheckRequest")}},
            )
        },
        "/v1/rules": {"get": _operation("Every rule", ref("RuleList"), _GUARDED)},
        "/v1/rules/{rule_id}": {
            "get": {
                "summary": "One rule's documentation (HTML when the client prefers text/html)",
                "parameters": [
                    {
                        "name": "rule_id",
                        "in": "path",
                        "required": True,
                        "description": "A rule code (any case) or name.",
                        "schema": {"type": "string"},
                    }
                ],
                "responses": _responses(
                    ref("RuleDetail"),
                    ("404", *_GUARDED),
                    {"text/html": {"schema": {"type": "string"}}},
                ),
            }
        },
        "/v1/platforms": {
            "get": _operation("Every platform profile", ref("PlatformList"), _GUARDED)
        },
        "/healthz": {"get": _operation("Liveness", ref("Health"), ("403", "429"), security=[{}])},
        "/openapi.json": {
            "get": _operation("This document", {"type": "object"}, ("403", "429"), security=[{}])
        },
        "/v2/check": {
            "post": _operation(
                "LanguageTool-compatible check",
                ref("LanguageToolCheckResponse"),
                ("415", "422", "503", *_GUARDED),
                {"application/x-www-form-urlencoded": {"schema": ref("LanguageToolCheckRequest")}},
                description=(
                    "LanguageTool's /v2/check. `language` must be English or `auto` "
                    f"(pattern {LANGUAGE_PATTERN}). Unknown rule ids are ignored. A token "
                    "may also be sent as LanguageTool's `apiKey` field."
                ),
            )
        },
        "/v2/languages": {
            "get": _operation(
                "LanguageTool-compatible language list", ref("LanguageToolLanguages"), _GUARDED
            )
        },
    }


@cache
def openapi_document() -> dict[str, Any]:
    """The whole document (built once; it only depends on the installed library)."""
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "smmlint",
            "version": smmlint.__version__,
            "description": (
                "Lints social-media drafts for sales push, missing questions and broadcast-only "
                'posts. Every error is application/json {"error": {"code", "message"}}.'
            ),
        },
        "security": [{}, {"bearerAuth": []}],
        "paths": _paths(),
        "components": {
            "schemas": {**smmlint_schemas(), **languagetool_schemas()},
            "securitySchemes": {
                "bearerAuth": {
                    "type": "http",
                    "scheme": "bearer",
                    "description": (
                        "Required when the server is started with a token for every client, "
                        "and for moz-extension:// origins (see `smmlint serve --pair`)."
                    ),
                }
            },
        },
    }
