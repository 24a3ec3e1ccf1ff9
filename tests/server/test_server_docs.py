"""The OpenAPI document and docs/server.md describe the errors the server really sends."""

from __future__ import annotations

import re

from server_testing import REPO

from server.errors import ERROR_CODES
from server.openapi import openapi_document

DOCS = (REPO / "docs" / "server.md").read_text(encoding="utf-8")


def _documented_error_codes() -> set[str]:
    table = DOCS.split("| Status | `code` | When |", 1)[1].split("\n\n", 1)[0]
    rows = [line.split("|") for line in table.splitlines() if re.match(r"\| [45]\d\d \|", line)]
    return {code for row in rows for code in re.findall(r"`([a-z_]+)`", row[2])}


def test_the_error_table_names_every_code_and_no_other() -> None:
    assert _documented_error_codes() == set(ERROR_CODES)


def test_the_openapi_document_lists_every_error_code() -> None:
    schema = openapi_document()["components"]["schemas"]["Error"]
    assert schema["properties"]["error"]["properties"]["code"]["enum"] == list(ERROR_CODES)


def test_every_operation_documents_what_any_request_can_get() -> None:
    for path, operations in openapi_document()["paths"].items():
        for method, operation in operations.items():
            responses = operation["responses"]
            for status in ("400", "405", "413", "431", "500", "501"):
                assert status in responses, f"{method.upper()} {path} lacks {status}"
            assert responses["405"]["headers"]["Allow"]["required"] is True
            for status in ("429", "503"):
                if status in responses:
                    assert "Retry-After" in responses[status]["headers"]


def test_lint_operations_document_overload_and_their_bodies_errors() -> None:
    paths = openapi_document()["paths"]
    for path in ("/v1/lint", "/v1/check", "/v2/check"):
        assert {"415", "422", "503"} <= set(paths[path]["post"]["responses"]), path
