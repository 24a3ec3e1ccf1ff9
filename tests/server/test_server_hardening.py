"""What issue 12 found at the app's doors: form encodings, gate reasons, the wrong-token
throttle, the schema of ``data``, and ``/v2/check``'s cost per finding."""

from __future__ import annotations

import time
from collections.abc import Callable

import jsonschema
import pytest
from flask import Flask
from server_testing import TOKEN, error_of

from server.openapi import openapi_document

FORM = "application/x-www-form-urlencoded"


def _v2(client, body: bytes, content_type: str = FORM):  # type: ignore[no-untyped-def]
    return client.post("/v2/check", data=body, content_type=content_type)


def test_a_raw_non_utf8_byte_is_named_not_mistaken_for_a_missing_language(client) -> None:  # type: ignore[no-untyped-def]
    response = _v2(client, b"language=en-US&text=caf\xe9 BUY NOW")
    assert response.status_code == 400
    error = error_of(response)
    assert error["code"] == "bad_request"
    assert "'text'" in error["message"] and "UTF-8" in error["message"].upper()
    assert "language" not in error["message"]


def test_a_percent_escaped_latin1_byte_is_refused_not_linted_as_literal_text(client) -> None:  # type: ignore[no-untyped-def]
    response = _v2(client, b"language=en-US&text=caf%E9+BUY+NOW")
    assert response.status_code == 400
    assert "'text'" in error_of(response)["message"]


def test_a_declared_charset_decodes_the_form(client) -> None:  # type: ignore[no-untyped-def]
    response = _v2(client, b"language=en-US&text=caf%E9+BUY+NOW", f"{FORM}; charset=iso-8859-1")
    assert response.status_code == 200
    contexts = {match["context"]["text"] for match in response.get_json()["matches"]}
    assert contexts == {"café BUY NOW"}


def test_utf8_forms_decode_as_before(client) -> None:  # type: ignore[no-untyped-def]
    response = _v2(client, b"language=en-US&text=caf%C3%A9+BUY+NOW&text=second")
    assert response.status_code == 200
    assert {m["context"]["text"] for m in response.get_json()["matches"]} == {"café BUY NOW"}


def test_check_failing_only_on_min_score_says_why(client) -> None:  # type: ignore[no-untyped-def]
    answer = client.post(
        "/v1/check", json={"text": "A quiet note about our week.", "min_score": 100}
    ).get_json()
    assert answer["pass"] is False and answer["blocking"] == []
    assert answer["reasons"] == [f"The score {answer['score']} is below 'min_score' (100)."]


def test_check_reasons_count_blocking_findings_and_are_empty_on_a_pass(client) -> None:  # type: ignore[no-untyped-def]
    failing = client.post(
        "/v1/check", json={"text": "BUY NOW!!!", "fail_on": "suggestion"}
    ).get_json()
    assert failing["pass"] is False
    assert failing["reasons"][0].startswith(f"{len(failing['blocking'])} finding")
    passing = client.post("/v1/check", json={"text": "What do you think?"}).get_json()
    assert passing["pass"] is True and passing["reasons"] == []


def test_wrong_tokens_are_throttled_per_address_whatever_the_origin(
    make_app: Callable[..., Flask],
) -> None:
    origins = [f"https://cms{i}.example" for i in range(4)]
    client = make_app(
        TOKEN=TOKEN, RATE_LIMIT=0, AUTH_FAILURES=10, ALLOWED_ORIGINS=origins
    ).test_client()
    statuses = [
        client.post(
            "/v1/lint",
            json={"text": "x"},
            headers={"Authorization": f"Bearer guess-{i}", "Origin": origins[i % 4]},
        ).status_code
        for i in range(40)
    ]
    assert statuses.count(401) == 10
    assert statuses.count(429) == 30


@pytest.mark.parametrize("data", ["", "  "])
def test_the_schema_refuses_the_blank_data_the_server_refuses(client, data: str) -> None:  # type: ignore[no-untyped-def]
    document = openapi_document()
    schema = {
        **document["components"]["schemas"]["LanguageToolCheckRequest"],
        "components": document["components"],
    }
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({"language": "en-US", "data": data}, schema)
    response = client.post("/v2/check", data={"language": "en-US", "data": data})
    assert response.status_code == 400


def test_v2_check_costs_about_what_the_lint_costs_however_many_findings(client) -> None:  # type: ignore[no-untyped-def]
    text = "News!!! " * 6000  # 6,000 sentences, a finding (punctuation-pileup) in each
    client.post("/v1/lint", json={"text": "warm up"})
    began = time.process_time()
    lint = client.post("/v1/lint", json={"text": text})
    lint_seconds = time.process_time() - began
    began = time.process_time()
    response = client.post("/v2/check", data={"language": "en-US", "text": text})
    check_seconds = time.process_time() - began
    assert lint.status_code == response.status_code == 200
    assert len(response.get_json()["matches"]) > 5000
    # Was 9x the lint (the sentence list rebuilt per finding); building matches is linear.
    assert check_seconds < 3 * lint_seconds + 0.5, (check_seconds, lint_seconds)
