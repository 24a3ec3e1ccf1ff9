"""Answers are byte for byte what Flask's default JSON provider gave the wire contract:
compact, keys in contract order, non-ASCII escaped (lone surrogates included), a newline."""

from __future__ import annotations

import json

import pytest
from flask import Flask
from flask.json.provider import DefaultJSONProvider

import smmlint
from server.wire_json import compact_encoder

DRAFTS = [
    "Only 2 left, sale ends Sunday! Buy now 👉 https://shop.example",
    'What do you think, @ana? 🇵🇹 Olá, café ☕ — \u2028 "quoted" \\ back',
    "lone \ud83d surrogate and 𝒰𝓃𝒾𝒸ℴ𝒹ℯ letters",
    "",
]


def flask_default(value: object) -> bytes:
    """What Flask's own provider answered with the settings the server had before."""
    app = Flask("reference")
    provider = DefaultJSONProvider(app)
    provider.sort_keys = False
    provider.ensure_ascii = True
    with app.app_context():
        return provider.response(value).get_data()


@pytest.mark.parametrize("text", DRAFTS)
def test_a_lint_answer_is_flask_s_bytes(text: str) -> None:
    from server import create_app

    client = create_app({"TESTING": True}).test_client()
    body = json.dumps({"text": text, "platform": "x"})
    response = client.post("/v1/lint", data=body, content_type="application/json")
    assert response.status_code == 200
    expected = flask_default(smmlint.lint(text, "x").to_dict())
    assert response.get_data() == expected
    assert response.headers["Content-Type"] == "application/json"


def test_the_fast_encoder_matches_the_standard_one() -> None:
    encode = compact_encoder(DefaultJSONProvider.default)
    standard = json.JSONEncoder(ensure_ascii=True, separators=(",", ":")).encode
    for text in DRAFTS:
        report = smmlint.lint(text, "linkedin").to_dict()
        assert encode(report) == standard(report)
    values = [1.0 / 3, 1e-7, 2**70, -0.0, float("inf"), {"k": [None, False, ()]}, "\x00\x1f"]
    for value in values:
        assert encode(value) == standard(value)
