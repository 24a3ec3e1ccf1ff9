"""Schemathesis over /openapi.json: generated valid and invalid requests for every operation.

Checks: no 5xx, every status and content type documented, bodies match their schemas,
schema-valid requests accepted and schema-invalid ones rejected.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import positive_data_acceptance
from server_testing import LiveServer

from server import create_app

# The issue asks for at least 500 examples per operation; operations without inputs
# (GET /healthz) run out of distinct cases long before.
EXAMPLES_IN_PROCESS = 500
EXAMPLES_LIVE = 50

in_process = schemathesis.openapi.from_wsgi(
    "/openapi.json", create_app({"TESTING": True, "RATE_LIMIT": 0})
)


def _excluded_checks(case: schemathesis.Case) -> list[Callable[..., object]]:
    # LanguageTool's `data` is JSON inside a form field: the schema says so
    # (contentMediaType) but generators still produce arbitrary strings for it, which the
    # server rightly refuses. Every other check still runs on those cases.
    if case.path == "/v2/check" and isinstance(case.body, dict) and "data" in case.body:
        return [positive_data_acceptance]
    return []


@in_process.parametrize()
@settings(max_examples=EXAMPLES_IN_PROCESS, deadline=None, suppress_health_check=list(HealthCheck))
def test_app_conforms_to_its_openapi_document(case: schemathesis.Case) -> None:
    case.call_and_validate(excluded_checks=_excluded_checks(case))


@pytest.fixture(scope="module")
def live_schema(start_server: Callable[..., LiveServer]) -> schemathesis.BaseSchema:
    server = start_server("--rate-limit", "0")
    return schemathesis.openapi.from_url(server.url + "/openapi.json")


def test_waitress_server_conforms_to_its_openapi_document(
    live_schema: schemathesis.BaseSchema,
) -> None:
    # Cases are drawn per operation here rather than through `schemathesis.pytest.from_fixture`,
    # whose lazy parametrization reads a private pytest attribute that pytest 9.2 removed.
    operations = [result.ok() for result in live_schema.get_all_operations()]
    assert len(operations) >= 8
    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(
            max_examples=EXAMPLES_LIVE, deadline=None, suppress_health_check=list(HealthCheck)
        )
        def conforms(case: schemathesis.Case) -> None:
            case.call_and_validate(excluded_checks=_excluded_checks(case))

        conforms()
