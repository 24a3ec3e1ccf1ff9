"""Every error is ``application/json`` ``{"error": {"code", "message"}}``, never HTML.

Messages are fixed texts or name a field; they never repeat what the client sent, so a
draft cannot come back in an error or reach a log through one.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping

from flask import Flask, Response, jsonify
from werkzeug.exceptions import HTTPException

from server.limits import Overloaded
from smmlint import RuleFailed

logger = logging.getLogger("smmlint.server")

# Every code an error can carry. The OpenAPI document lists them (so schemathesis fails on
# a new one nobody documented) and a test checks docs/server.md's table names the same.
ERROR_CODES = (
    "bad_request",
    "invalid_json",
    "empty_body",
    "missing_parameter",
    "unsupported_language",
    "invalid_data",
    "invalid_parameter",
    "token_required",
    "invalid_token",
    "forbidden_host",
    "forbidden_origin",
    "not_found",
    "unknown_rule",
    "method_not_allowed",
    "body_too_large",
    "unsupported_media_type",
    "invalid_request",
    "text_too_long",
    "unsupported_markup",
    "rate_limited",
    "headers_too_large",
    "rule_failed",
    "internal_error",
    "not_implemented",
    "overloaded",
)

# Messages for the errors Flask, Werkzeug and waitress raise themselves.
HTTP_ERRORS = {
    400: ("bad_request", "The request could not be read."),
    404: ("not_found", "There is no such endpoint; the API is described at /openapi.json."),
    405: ("method_not_allowed", "This endpoint does not take that method; see the Allow header."),
    413: ("body_too_large", "The request body is larger than the limit of 1 MiB."),
    415: (
        "unsupported_media_type",
        "The request body has a content type this endpoint does not take.",
    ),
    431: ("headers_too_large", "The request headers are larger than the limit."),
    500: ("internal_error", "The server hit an unexpected error."),
    501: ("not_implemented", "The request uses a Transfer-Encoding other than chunked."),
}


class ApiError(Exception):
    """An error answered as JSON with ``status``; ``code`` is a stable machine name."""

    def __init__(
        self, status: int, code: str, message: str, headers: Mapping[str, str] | None = None
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.headers = dict(headers or {})


def error_response(
    status: int, code: str, message: str, headers: Mapping[str, str] | None = None
) -> Response:
    """The JSON response for one error."""
    response = jsonify({"error": {"code": code, "message": message}})
    response.status_code = status
    response.headers.update(headers or {})
    return response


def register_error_handlers(app: Flask) -> None:
    """Answer every error, including unexpected ones, with the JSON error shape."""

    @app.errorhandler(ApiError)
    def api_error(error: ApiError) -> Response:
        return error_response(error.status, error.code, error.message, error.headers)

    @app.errorhandler(HTTPException)
    def http_error(error: HTTPException) -> Response:
        status = error.code or 500
        code, message = HTTP_ERRORS.get(
            status, ((error.name or "error").lower().replace(" ", "_"), error.name or "Error")
        )
        headers = {k: v for k, v in error.get_headers() if k.lower() not in ("content-type",)}
        return error_response(status, code, message, headers)

    @app.errorhandler(Overloaded)
    def overloaded(_: Overloaded) -> Response:
        return error_response(
            503,
            "overloaded",
            "The server is busy with other drafts; retry shortly.",
            {"Retry-After": "1"},
        )

    @app.errorhandler(RuleFailed)
    def rule_failed(error: RuleFailed) -> Response:
        # The rule's own exception may hold draft text: log only the rule and its class.
        logger.error("rule %s failed with %s", error.code, type(error.__cause__).__name__)
        return error_response(500, "rule_failed", f"Rule {error.code} failed; please report it.")

    @app.errorhandler(Exception)
    def unexpected(error: Exception) -> Response:
        logger.error("unexpected %s while handling a request", type(error).__name__)
        return error_response(500, "internal_error", "The server hit an unexpected error.")
