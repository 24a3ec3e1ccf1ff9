"""The server's CORS headers are flask-cors's own, the ones it remembers per origin included.

A reference app gets flask-cors the usual way (``CORS(app, ...)``, its hook on every
response) with the server's options; both answer the same requests, and every CORS header
must match, except what the server adds on purpose: none on a refused request (403) and
never a private-network allowance.
"""

from __future__ import annotations

import pytest
from flask import Flask, request
from flask_cors import CORS
from server_testing import CHROME_ORIGIN, FIREFOX_ORIGIN

from server import create_app
from server.cors import Cors
from server.settings import BUNDLED_EXTENSION_ORIGIN, MOZ_EXTENSION

TOKEN = "s3cret-token-for-cors-tests"
CMS = "https://cms.example"
ORIGINS = [
    None,
    CHROME_ORIGIN,
    CMS,
    FIREFOX_ORIGIN,
    "https://CMS.example",  # flask-cors matches origins case-blind; the guards do not
    FIREFOX_ORIGIN.upper(),
    "https://evil.example",
    "",
]
REQUESTS = [
    ("GET", "/healthz", {}),
    ("POST", "/v1/lint", {}),
    ("GET", "/v1/no-such-endpoint", {}),
    ("OPTIONS", "/v1/lint", {}),
    ("OPTIONS", "/v1/lint", {"Access-Control-Request-Method": "POST"}),
    (
        "OPTIONS",
        "/v1/lint",
        {
            "Access-Control-Request-Method": "post",
            "Access-Control-Request-Headers": "Content-Type, Authorization, X-Other",
        },
    ),
    ("OPTIONS", "/v1/lint", {"Access-Control-Request-Method": "DELETE"}),
    ("POST", "/v1/lint", {"Access-Control-Request-Private-Network": "true"}),
    (
        "OPTIONS",
        "/v1/lint",
        {"Access-Control-Request-Method": "POST", "Access-Control-Request-Private-Network": "true"},
    ),
]


def reference_app() -> Flask:
    """flask-cors configured as the server configures it, on a plain app."""
    app = Flask("reference")
    CORS(
        app,
        origins=[CHROME_ORIGIN, CMS, BUNDLED_EXTENSION_ORIGIN, MOZ_EXTENSION],
        methods=["GET", "HEAD", "POST", "OPTIONS"],
        allow_headers=["Content-Type", "Authorization"],
        expose_headers=["Retry-After"],
        supports_credentials=False,
        allow_private_network=False,
        send_wildcard=False,
        always_send=False,
        max_age=600,
    )

    @app.route("/healthz")
    def health() -> str:
        return "ok"

    @app.post("/v1/lint")
    def lint() -> str:
        return "ok"

    return app


def cors_headers(headers: object) -> list[tuple[str, str]]:
    return sorted(
        (name.lower(), value)
        for name, value in headers.items()  # type: ignore[attr-defined]
        if name.lower().startswith("access-control-") or name.lower() == "vary"
    )


@pytest.mark.parametrize("origin", ORIGINS)
def test_cors_headers_are_flask_cors_headers(origin: str | None) -> None:
    app = create_app({"TESTING": True, "ALLOWED_ORIGINS": [CHROME_ORIGIN, CMS], "TOKEN": TOKEN})
    server, reference = app.test_client(), reference_app().test_client()
    for method, path, extra in REQUESTS:
        headers = {"Authorization": f"Bearer {TOKEN}", **extra}
        if origin is not None:
            headers["Origin"] = origin
        body = {"text": "What do you think?"} if method == "POST" else None
        for attempt in range(2):  # the second asks what the server remembered
            ours = server.open(path, method=method, headers=headers, json=body)
            theirs = reference.open(path, method=method, headers=headers, json=body)
            expected = [
                (name, value)
                for name, value in cors_headers(theirs.headers)
                if name != "access-control-allow-private-network"
                and (ours.status_code != 403 or not name.startswith("access-control-"))
            ]
            case = f"{method} {path} {extra} from {origin!r}, attempt {attempt + 1}"
            assert cors_headers(ours.headers) == expected, case


def test_the_origins_remembered_are_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("server.cors.MAX_REMEMBERED_ORIGINS", 3)
    app = create_app({"TESTING": True})
    cors = Cors(app, app.extensions["smmlint"].security)
    for n in range(8):
        origin = f"moz-extension://0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f{n}"
        with app.test_request_context("/v1/lint", method="POST", headers={"Origin": origin}):
            answer = dict(cors.headers(request))
        assert answer["Access-Control-Allow-Origin"] == origin
        assert len(cors._by_origin) <= 3
