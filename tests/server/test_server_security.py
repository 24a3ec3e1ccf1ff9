"""Host and Origin allow-lists, tokens, CORS headers, rate limit and bounded concurrency."""

from __future__ import annotations

import hmac
from collections.abc import Callable

import pytest
from flask import Flask
from flask.testing import FlaskClient
from server_testing import CHROME_ORIGIN, FIREFOX_ORIGIN, TOKEN, error_of

import smmlint
from server.settings import BUNDLED_EXTENSION_ORIGIN, Security

LINT = {"text": "Buy now"}


@pytest.fixture
def lint_calls(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Record every call into the library, to prove refused requests did no work."""
    calls: list[str] = []
    real = smmlint.lint

    def recording(text: str, *args: object, **kwargs: object) -> smmlint.Report:
        calls.append(text)
        return real(text, *args, **kwargs)

    monkeypatch.setattr(smmlint, "lint", recording)
    return calls


@pytest.mark.parametrize(
    "host", ["localhost", "localhost:8787", "127.0.0.1:8787", "[::1]:8787", "[::1]", "LOCALHOST"]
)
def test_loopback_hosts_are_allowed(client: FlaskClient, host: str) -> None:
    assert client.get("/healthz", headers={"Host": host}).status_code == 200


@pytest.mark.parametrize(
    "host", ["evil.example", "evil.example:8787", "localhost.evil.example", "127.0.0.2", "", "[::1"]
)
def test_other_hosts_are_refused_before_any_work(
    client: FlaskClient, lint_calls: list[str], host: str
) -> None:
    response = client.post("/v1/lint", json=LINT, headers={"Host": host})
    assert response.status_code == 403
    assert error_of(response)["code"] == "forbidden_host"
    # a broken body would be a 400 if the request had got further
    broken = client.post(
        "/v1/lint", data="{", content_type="application/json", headers={"Host": host}
    )
    assert broken.status_code == 403
    assert lint_calls == []


def test_configured_host_is_allowed(make_app: Callable[..., Flask]) -> None:
    client = make_app(ALLOWED_HOSTS="lint.team.example").test_client()
    assert client.get("/healthz", headers={"Host": "lint.team.example:443"}).status_code == 200
    assert client.get("/healthz", headers={"Host": "team.example"}).status_code == 403


@pytest.fixture
def chrome_client(make_app: Callable[..., Flask]) -> FlaskClient:
    return make_app(ALLOWED_ORIGINS=[CHROME_ORIGIN, "https://cms.example"]).test_client()


def test_allowed_origin_gets_exact_cors_headers(chrome_client: FlaskClient) -> None:
    response = chrome_client.post("/v1/lint", json=LINT, headers={"Origin": CHROME_ORIGIN})
    assert response.status_code == 200
    assert response.headers["Access-Control-Allow-Origin"] == CHROME_ORIGIN
    assert "Origin" in response.headers["Vary"]
    assert "Access-Control-Allow-Credentials" not in response.headers
    assert response.headers["Cache-Control"] == "no-store"
    assert response.headers["X-Content-Type-Options"] == "nosniff"


def test_preflight_never_opens_private_network_access(chrome_client: FlaskClient) -> None:
    response = chrome_client.options(
        "/v1/lint",
        headers={
            "Origin": "https://cms.example",
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "content-type, authorization",
            "Access-Control-Request-Private-Network": "true",
        },
    )
    assert response.status_code == 200
    assert response.headers["Access-Control-Allow-Origin"] == "https://cms.example"
    allowed = response.headers["Access-Control-Allow-Headers"].lower()
    assert "authorization" in allowed and "content-type" in allowed
    assert "Access-Control-Allow-Private-Network" not in response.headers
    assert "Access-Control-Allow-Credentials" not in response.headers


@pytest.mark.parametrize(
    "origin",
    [
        "https://evil.example",
        "null",
        "chrome-extension://ponmlkjihgfedcbaponmlkjihgfedcba",
        CHROME_ORIGIN + ".evil.example",
        "https://cms.example:8443",
        "http://cms.example",
        "moz-extension://not-a-uuid",
    ],
)
def test_other_origins_are_refused_before_linting(
    chrome_client: FlaskClient, lint_calls: list[str], origin: str
) -> None:
    response = chrome_client.post("/v1/lint", json=LINT, headers={"Origin": origin})
    assert response.status_code == 403
    assert error_of(response)["code"] == "forbidden_origin"
    assert "Access-Control-Allow-Origin" not in response.headers
    preflight = chrome_client.options("/v1/lint", headers={"Origin": origin})
    assert preflight.status_code == 403
    assert lint_calls == []


@pytest.mark.parametrize(
    ("origin", "host"),
    [
        (CHROME_ORIGIN, "evil.example"),  # an allowed origin, but a rebinding Host
        (CHROME_ORIGIN.upper(), "localhost"),  # flask-cors matches origins case-blind
    ],
)
def test_refused_requests_carry_no_cors_allowance(
    chrome_client: FlaskClient, origin: str, host: str
) -> None:
    headers = {"Origin": origin, "Host": host}
    preflight = {**headers, "Access-Control-Request-Method": "POST"}
    for response in (
        chrome_client.post("/v1/lint", json=LINT, headers=headers),
        chrome_client.options("/v1/lint", headers=preflight),
    ):
        assert response.status_code == 403
        assert not [name for name, _ in response.headers.items() if "Access-Control" in name]


def test_requests_without_origin_pass(chrome_client: FlaskClient) -> None:
    response = chrome_client.post("/v1/lint", json=LINT)
    assert response.status_code == 200
    assert "Access-Control-Allow-Origin" not in response.headers


def test_firefox_needs_a_token_even_when_none_is_set_up(client: FlaskClient) -> None:
    response = client.post("/v1/lint", json=LINT, headers={"Origin": FIREFOX_ORIGIN})
    assert response.status_code == 401
    assert error_of(response)["code"] == "token_required"
    assert "--pair" in error_of(response)["message"]
    assert response.headers["WWW-Authenticate"].startswith("Bearer")


@pytest.fixture
def paired(make_app: Callable[..., Flask]) -> FlaskClient:
    """A loopback server with a paired token: Firefox must send it, others need not."""
    app = make_app(TOKEN=TOKEN, REQUIRE_TOKEN=False, ALLOWED_ORIGINS=CHROME_ORIGIN)
    return app.test_client()


def test_paired_firefox_extension_gets_in_with_the_token(paired: FlaskClient) -> None:
    origin = {"Origin": FIREFOX_ORIGIN}
    assert paired.post("/v1/lint", json=LINT, headers=origin).status_code == 401
    wrong = paired.post("/v1/lint", json=LINT, headers={**origin, "Authorization": "Bearer nope"})
    assert (wrong.status_code, error_of(wrong)["code"]) == (401, "invalid_token")
    right = paired.post(
        "/v1/lint", json=LINT, headers={**origin, "Authorization": f"bearer {TOKEN}"}
    )
    assert right.status_code == 200
    assert right.headers["Access-Control-Allow-Origin"] == FIREFOX_ORIGIN
    # Chrome (allow-listed) and origin-less clients still need no token
    assert paired.post("/v1/lint", json=LINT, headers={"Origin": CHROME_ORIGIN}).status_code == 200
    assert paired.post("/v1/lint", json=LINT).status_code == 200


def test_a_configured_token_guards_every_api_request(make_app: Callable[..., Flask]) -> None:
    client = make_app(TOKEN=TOKEN).test_client()
    for path in ("/v1/rules", "/v1/platforms", "/v2/languages"):
        response = client.get(path)
        assert (response.status_code, error_of(response)["code"]) == (401, "token_required")
        assert client.get(path, headers={"Authorization": f"Bearer {TOKEN}"}).status_code == 200
    assert client.post("/v1/lint", json=LINT).status_code == 401
    assert client.get("/healthz").status_code == 200  # probes need no token
    assert client.get("/openapi.json").status_code == 200


def test_languagetool_clients_may_send_the_token_as_api_key(make_app: Callable[..., Flask]) -> None:
    client = make_app(TOKEN=TOKEN).test_client()
    form = {"text": "Buy now", "language": "en-US"}
    assert client.post("/v2/check", data=form).status_code == 401
    assert client.post("/v2/check", data={**form, "apiKey": "wrong"}).status_code == 401
    assert client.post("/v2/check", data={**form, "apiKey": TOKEN}).status_code == 200


def test_api_key_for_languagetool_org_is_ignored_without_a_token(client: FlaskClient) -> None:
    form = {"text": "Buy now", "language": "en-US", "apiKey": "a-languagetool.org-key"}
    assert client.post("/v2/check", data=form).status_code == 200


def test_token_is_compared_in_constant_time(
    make_app: Callable[..., Flask], monkeypatch: pytest.MonkeyPatch
) -> None:
    compared: list[tuple[bytes, bytes]] = []
    real = hmac.compare_digest

    def spy(a: bytes, b: bytes) -> bool:
        compared.append((a, b))
        return real(a, b)

    monkeypatch.setattr("server.guards.hmac.compare_digest", spy)
    client = make_app(TOKEN=TOKEN).test_client()
    client.get("/v1/rules", headers={"Authorization": "Bearer guess"})
    assert compared == [(b"guess", TOKEN.encode())]


def test_rate_limit_answers_429_with_retry_after(make_app: Callable[..., Flask]) -> None:
    client = make_app(RATE_LIMIT=0.5, RATE_BURST=2).test_client()
    statuses = [client.get("/healthz").status_code for _ in range(3)]
    assert statuses == [200, 200, 429]
    limited = client.get("/healthz")
    assert error_of(limited)["code"] == "rate_limited"
    assert int(limited.headers["Retry-After"]) == 2
    # another client (address) has its own budget
    other = client.get("/healthz", environ_base={"REMOTE_ADDR": "127.0.0.9"})
    assert other.status_code == 200


def test_requests_with_a_wrong_token_count_against_the_rate_limit(
    make_app: Callable[..., Flask],
) -> None:
    client = make_app(TOKEN=TOKEN, RATE_LIMIT=0.5, RATE_BURST=2, AUTH_FAILURES=0).test_client()
    wrong = {"Authorization": "Bearer guess-0000"}
    statuses = [client.get("/v1/rules", headers=wrong).status_code for _ in range(3)]
    assert statuses == [401, 401, 429]


def test_guessing_the_token_soon_gets_only_429(make_app: Callable[..., Flask]) -> None:
    client = make_app(TOKEN=TOKEN).test_client()  # default limits
    firefox = {"Origin": FIREFOX_ORIGIN}
    guesses = [
        client.get("/v1/rules", headers={**firefox, "Authorization": f"Bearer guess-{n:04}"})
        for n in range(12)
    ]
    statuses = [response.status_code for response in guesses]
    assert statuses[:10] == [401] * 10
    assert statuses[10:] == [429, 429]
    assert error_of(guesses[-1])["code"] == "rate_limited"
    assert int(guesses[-1].headers["Retry-After"]) >= 1
    # A guess that happens to be right is not even compared now...
    right = {**firefox, "Authorization": f"Bearer {TOKEN}"}
    assert client.get("/v1/rules", headers=right).status_code == 429
    # ...and another random Firefox origin is the same client, not a fresh budget.
    other = "moz-extension://11111111-2222-3333-4444-555555555555"
    renamed = {"Origin": other, "Authorization": "Bearer guess-9999"}
    assert client.get("/v1/rules", headers=renamed).status_code == 429
    # Other clients, and requests that send no token, are not held up.
    assert client.get("/healthz", headers=firefox).status_code == 200
    elsewhere = client.get("/v1/rules", headers=right, environ_base={"REMOTE_ADDR": "127.0.0.9"})
    assert elsewhere.status_code == 200


def test_full_lint_slots_answer_503_with_retry_after(make_app: Callable[..., Flask]) -> None:
    app = make_app(MAX_CONCURRENT=1, QUEUE_TIMEOUT=0.05)
    client = app.test_client()
    with app.extensions["smmlint"].gate.slot():  # the only slot is busy
        response = client.post("/v1/lint", json=LINT)
        assert response.status_code == 503
        assert error_of(response)["code"] == "overloaded"
        assert response.headers["Retry-After"] == "1"
        assert client.get("/healthz").status_code == 200  # cheap endpoints still answer
    assert client.post("/v1/lint", json=LINT).status_code == 200


def test_check_takes_one_lint_slot_for_all_its_platforms(
    make_app: Callable[..., Flask], monkeypatch: pytest.MonkeyPatch
) -> None:
    # Taking a slot per platform would let a check do most of its work and still get 503.
    app = make_app(MAX_CONCURRENT=1, QUEUE_TIMEOUT=0.05)
    gate = app.extensions["smmlint"].gate
    taken: list[str] = []
    real_slot = gate.slot

    def counting_slot(**kwargs: object) -> object:
        taken.append("slot")
        return real_slot(**kwargs)

    monkeypatch.setattr(gate, "slot", counting_slot)
    body = {"text": "Buy now", "platforms": ["x", "linkedin", "mastodon"]}
    response = app.test_client().post("/v1/check", json=body)
    assert response.status_code == 200
    assert set(response.json["reports"]) == {"x", "linkedin", "mastodon"}
    assert taken == ["slot"]


@pytest.mark.parametrize(
    ("settings", "message"),
    [
        ({"ALLOWED_ORIGINS": "https://cms.example/path"}, "ALLOWED_ORIGINS"),
        ({"ALLOWED_ORIGINS": "*"}, "ALLOWED_ORIGINS"),
        ({"ALLOWED_ORIGINS": "chrome-extension://short"}, "ALLOWED_ORIGINS"),
        ({"ALLOWED_HOSTS": "bad host!"}, "ALLOWED_HOSTS"),
        ({"TOKEN": "short"}, "TOKEN"),
        ({"REQUIRE_TOKEN": True}, "REQUIRE_TOKEN"),
        ({"RATE_LIMIT": -1}, "RATE_LIMIT"),
        ({"AUTH_FAILURES": -1}, "AUTH_FAILURES"),
        ({"MAX_CONCURRENT": 0}, "MAX_CONCURRENT"),
    ],
)
def test_unsafe_or_invalid_settings_are_refused(settings: dict[str, object], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        Security.from_config(
            {
                "RATE_LIMIT": 1,
                "RATE_BURST": 1,
                "AUTH_FAILURES": 1,
                "MAX_CONCURRENT": 1,
                "QUEUE_TIMEOUT": 1,
                **settings,
            }
        )


def test_settings_come_from_the_environment(
    monkeypatch: pytest.MonkeyPatch, make_app: Callable[..., Flask]
) -> None:
    monkeypatch.setenv("SMMLINT_ALLOWED_ORIGINS", f"{CHROME_ORIGIN}, https://cms.example")
    monkeypatch.setenv("SMMLINT_TOKEN", TOKEN)
    security = make_app().extensions["smmlint"].security
    assert security.allowed_origins == {
        CHROME_ORIGIN,
        "https://cms.example",
        BUNDLED_EXTENSION_ORIGIN,
    }
    assert security.token == TOKEN
    assert security.require_token is True


def test_other_machines_need_a_token_whatever_serves_the_app(
    make_app: Callable[..., Flask],
) -> None:
    """``server.wsgi:app`` under gunicorn bound to 0.0.0.0 without a token answered the whole
    network; now a request from another address needs the token."""
    remote = {"REMOTE_ADDR": "192.0.2.7"}
    open_app = make_app().test_client()
    response = open_app.post("/v1/lint", json={"text": "hi"}, environ_base=remote)
    assert (response.status_code, error_of(response)["code"]) == (401, "token_required")
    assert open_app.get("/healthz", environ_base=remote).status_code == 200
    assert open_app.post("/v1/lint", json={"text": "hi"}).status_code == 200  # this machine
    guarded = make_app(TOKEN=TOKEN).test_client()
    authorised = {"Authorization": f"Bearer {TOKEN}"}
    response = guarded.post(
        "/v1/lint", json={"text": "hi"}, headers=authorised, environ_base=remote
    )
    assert response.status_code == 200
