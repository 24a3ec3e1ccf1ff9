"""Every bad request gets a JSON error with the right status, and never the draft back."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient
from server_testing import CHROME_ORIGIN, error_of

import smmlint

SECRET = "my-unpublished-draft-7b1e"
JSON = "application/json"


def _raw(body: bytes | str, content_type: str = JSON) -> dict[str, Any]:
    return {"data": body, "content_type": content_type}


def _nested(depth: int) -> bytes:
    return ("[" * depth + "]" * depth).encode()


BAD_BODIES = [
    ("invalid JSON", _raw('{"text": "' + SECRET), 400, "invalid_json"),
    ("bytes that are not UTF-8", _raw(b'{"text": "\xff\xfe\xfa"}'), 400, "invalid_json"),
    ("an encoded lone surrogate", _raw(b'{"text": "\xed\xa0\x80"}'), 400, "invalid_json"),
    ("a UTF-16 body", _raw(json.dumps({"text": SECRET}).encode("utf-16")), 400, "invalid_json"),
    ("NaN is not JSON", _raw('{"text": NaN}'), 400, "invalid_json"),
    ("wrong content type", _raw(SECRET, "text/plain"), 415, "unsupported_media_type"),
    (
        "form instead of JSON",
        _raw("text=" + SECRET, "application/x-www-form-urlencoded"),
        415,
        "unsupported_media_type",
    ),
    ("no content type", {"data": json.dumps({"text": SECRET})}, 415, "unsupported_media_type"),
    ("empty body", _raw(""), 400, "empty_body"),
    ("whitespace body", _raw("  \n "), 400, "empty_body"),
    ("array body", _raw(json.dumps([SECRET])), 422, "invalid_request"),
    ("number body", _raw("42"), 422, "invalid_request"),
    ("null body", _raw("null"), 422, "invalid_request"),
    ("string body", _raw(json.dumps(SECRET)), 422, "invalid_request"),
    ("text missing", _raw(json.dumps({"platform": "generic"})), 422, "invalid_request"),
    ("text a number", _raw(json.dumps({"text": 5})), 422, "invalid_request"),
    ("text null", _raw(json.dumps({"text": None})), 422, "invalid_request"),
    ("text a list", _raw(json.dumps({"text": [SECRET]})), 422, "invalid_request"),
    ("unknown key", _raw(json.dumps({"text": "hi", SECRET: 1})), 422, "invalid_request"),
    (
        "unknown platform",
        _raw(json.dumps({"text": "hi", "platform": SECRET})),
        422,
        "invalid_request",
    ),
    (
        "platform in capitals",
        _raw(json.dumps({"text": "hi", "platform": "GENERIC"})),
        422,
        "invalid_request",
    ),
    (
        "unknown markup",
        _raw(json.dumps({"text": "hi", "markup": SECRET})),
        422,
        "unsupported_markup",
    ),
    ("rst markup", _raw(json.dumps({"text": "hi", "markup": "rst"})), 422, "unsupported_markup"),
    (
        "unknown selector",
        _raw(json.dumps({"text": "hi", "select": [SECRET]})),
        422,
        "invalid_request",
    ),
    (
        "selector not a string",
        _raw(json.dumps({"text": "hi", "ignore": [1]})),
        422,
        "invalid_request",
    ),
    (
        "has_media a string",
        _raw(json.dumps({"text": "hi", "has_media": SECRET})),
        422,
        "invalid_request",
    ),
    ("nesting 1,000 deep", _raw(_nested(1_000)), None, None),
    ("nesting 100,000 deep", _raw(_nested(100_000)), 400, "invalid_json"),
    ("nesting inside text", _raw(b'{"text": ' + _nested(100_000) + b"}"), 400, "invalid_json"),
    ("text over the limit", _raw(json.dumps({"text": SECRET * 10_000})), 422, "text_too_long"),
    ("body over 1 MiB", _raw(json.dumps({"text": "x" * (1024 * 1024)})), 413, "body_too_large"),
]


@pytest.mark.parametrize(
    ("case", "request_kwargs", "status", "code"), BAD_BODIES, ids=[case[0] for case in BAD_BODIES]
)
@pytest.mark.parametrize("path", ["/v1/lint", "/v1/check"])
def test_bad_bodies_get_json_errors(
    client: FlaskClient,
    path: str,
    case: str,
    request_kwargs: dict[str, Any],
    status: int | None,
    code: str | None,
) -> None:
    response = client.post(path, **request_kwargs)
    error = error_of(response)
    if status is None:  # 1,000 levels parse (an array, 422) or are too deep (400): never 5xx
        assert (response.status_code, error["code"]) in {
            (422, "invalid_request"),
            (400, "invalid_json"),
        }
    else:
        assert (response.status_code, error["code"]) == (status, code), error
    assert SECRET not in response.get_data(as_text=True)


def test_text_too_long_names_the_limit(client: FlaskClient) -> None:
    text = "a" * (smmlint.MAX_TEXT_LENGTH + 1)
    error = error_of(client.post("/v1/lint", json={"text": text}))
    assert str(smmlint.MAX_TEXT_LENGTH) in error["message"]
    assert str(smmlint.MAX_TEXT_LENGTH + 1) in error["message"]


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"text": "hi", "platforms": []}, "platforms"),
        ({"text": "hi", "platforms": "generic"}, "platforms"),
        ({"text": "hi", "platforms": ["generic", SECRET]}, "platforms[1]"),
        ({"text": "hi", "fail_on": "fatal"}, "fail_on"),
        ({"text": "hi", "min_score": 101}, "min_score"),
        ({"text": "hi", "min_score": True}, "min_score"),
        ({"text": "hi", "min_score": 5.5}, "min_score"),
    ],
)
def test_check_fields_are_validated(client: FlaskClient, body: dict[str, Any], field: str) -> None:
    response = client.post("/v1/check", json=body)
    error = error_of(response)
    assert response.status_code == 422
    assert f"'{field}'" in error["message"]
    assert SECRET not in error["message"]


@pytest.mark.parametrize(
    ("method", "path", "allowed"),
    [
        ("GET", "/v1/lint", {"POST", "OPTIONS"}),
        ("PUT", "/v1/check", {"POST", "OPTIONS"}),
        ("DELETE", "/v1/rules", {"GET", "HEAD", "OPTIONS"}),
        ("POST", "/healthz", {"GET", "HEAD", "OPTIONS"}),
        ("GET", "/v2/check", {"POST", "OPTIONS"}),
    ],
)
def test_wrong_method_is_405_with_allow(
    client: FlaskClient, method: str, path: str, allowed: set[str]
) -> None:
    response = client.open(path, method=method)
    assert response.status_code == 405
    assert error_of(response)["code"] == "method_not_allowed"
    assert set(response.headers["Allow"].replace(" ", "").split(",")) == allowed


@pytest.mark.parametrize("path", ["/", "/v1", "/v1/lints", f"/v1/{SECRET}", "/v1/rules/SMM999"])
def test_unknown_paths_are_json_404s(client: FlaskClient, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 404
    assert error_of(response)["code"] in ("not_found", "unknown_rule")
    assert SECRET not in response.get_data(as_text=True)


def test_any_body_over_the_limit_is_refused_with_every_header(
    make_app: Callable[..., Flask],
) -> None:
    client = make_app(ALLOWED_ORIGINS=CHROME_ORIGIN).test_client()
    response = client.get(
        "/healthz", data=b"x" * (1024 * 1024 + 1), headers={"Origin": CHROME_ORIGIN}
    )
    assert (response.status_code, error_of(response)["code"]) == (413, "body_too_large")
    assert response.headers["Access-Control-Allow-Origin"] == CHROME_ORIGIN
    assert response.headers["Cache-Control"] == "no-store"
    assert response.headers["X-Content-Type-Options"] == "nosniff"
