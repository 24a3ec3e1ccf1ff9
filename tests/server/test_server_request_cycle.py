"""What the hooks around every view add, whatever the answer: each private header once, CORS
as remembered per origin, the body limit as configured, and a lint slot given back."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from flask import Flask
from server_testing import CHROME_ORIGIN, FIREFOX_ORIGIN, error_of

from server.guards import PRIVATE_HEADERS

LINT = {"text": "Buy now"}
PREFLIGHT = {"Origin": CHROME_ORIGIN, "Access-Control-Request-Method": "POST"}
# (settings, method, path, request arguments, expected status): one of every kind of answer.
ANSWERS: list[tuple[dict[str, Any], str, str, dict[str, Any], int]] = [
    ({}, "POST", "/v1/lint", {"json": LINT, "headers": {"Origin": CHROME_ORIGIN}}, 200),
    ({}, "POST", "/v1/check", {"json": LINT}, 200),
    ({}, "POST", "/v2/check", {"data": {"text": "hi", "language": "en-US"}}, 200),
    ({}, "GET", "/v1/rules/SMM101", {"headers": {"Accept": "text/html"}}, 200),
    ({}, "OPTIONS", "/v1/lint", {"headers": PREFLIGHT}, 200),
    ({}, "POST", "/v1/lint", {"data": "{", "content_type": "application/json"}, 400),
    ({}, "POST", "/v1/lint", {"json": LINT, "headers": {"Origin": FIREFOX_ORIGIN}}, 401),
    ({}, "POST", "/v1/lint", {"json": LINT, "headers": {"Origin": "https://evil.example"}}, 403),
    ({}, "GET", "/v1/nothing-here", {}, 404),
    ({}, "DELETE", "/v1/lint", {}, 405),
    ({}, "POST", "/v1/lint", {"data": b"x" * (1024 * 1024 + 1)}, 413),
    ({}, "POST", "/v1/lint", {"data": "{}", "content_type": "text/plain"}, 415),
    ({}, "POST", "/v1/lint", {"json": {"text": 5}}, 422),
    ({"RATE_LIMIT": 0.001, "RATE_BURST": 1}, "GET", "/healthz", {}, 429),
]


@pytest.mark.parametrize(("settings", "method", "path", "kwargs", "status"), ANSWERS)
def test_every_answer_has_each_private_header_once(
    make_app: Callable[..., Flask],
    settings: dict[str, Any],
    method: str,
    path: str,
    kwargs: dict[str, Any],
    status: int,
) -> None:
    client = make_app(ALLOWED_ORIGINS=CHROME_ORIGIN, **settings).test_client()
    for _ in range(2):  # the second asks what the server remembered (and trips the rate limit)
        response = client.open(path, method=method, **kwargs)
    assert response.status_code == status
    for name, value in PRIVATE_HEADERS.items():
        assert response.headers.getlist(name) == [value], name


def test_an_origin_refused_once_keeps_its_allowance_elsewhere(
    make_app: Callable[..., Flask],
) -> None:
    client = make_app(ALLOWED_ORIGINS=CHROME_ORIGIN).test_client()
    allowed = {"Origin": CHROME_ORIGIN}
    refused = {"Origin": CHROME_ORIGIN, "Host": "evil.example"}  # a rebinding Host
    for headers, status, allowance in [
        (allowed, 200, [CHROME_ORIGIN]),
        (refused, 403, []),
        (allowed, 200, [CHROME_ORIGIN]),
        (refused, 403, []),
    ]:
        response = client.post("/v1/lint", json=LINT, headers=headers)
        assert response.status_code == status
        assert response.headers.getlist("Access-Control-Allow-Origin") == allowance
        assert response.headers.getlist("Vary") == ["Origin"]


def test_the_body_limit_is_the_one_configured_when_the_request_comes(
    make_app: Callable[..., Flask],
) -> None:
    app = make_app()
    client = app.test_client()
    assert client.post("/v1/lint", json={"text": "x" * 300}).status_code == 200
    app.config["MAX_CONTENT_LENGTH"] = 200
    response = client.post("/v1/lint", json={"text": "x" * 300})
    assert (response.status_code, error_of(response)["code"]) == (413, "body_too_large")


@pytest.mark.parametrize(
    "failing",
    [
        {"text": "x" * 200_000},  # too long for the library: raised inside the slot
        {"text": "Buy now", "select": ["NOPE"]},  # refused before the slot is taken
    ],
)
def test_a_request_that_fails_gives_its_lint_slot_back(
    make_app: Callable[..., Flask], failing: dict[str, Any]
) -> None:
    client = make_app(MAX_CONCURRENT=1, QUEUE_TIMEOUT=0.05).test_client()
    assert client.post("/v1/lint", json=failing).status_code == 422
    assert client.post("/v1/lint", json=LINT).status_code == 200
    assert client.post("/v1/check", json=failing).status_code == 422
    assert client.post("/v1/check", json=LINT).status_code == 200
