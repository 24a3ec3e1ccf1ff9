"""What a read of the plugin found (issue 12): the server URL cannot reach internal
addresses, a token bound for a plain-http remote server is flagged, and one user cannot
flood the shared server for everyone."""

from __future__ import annotations

import secrets
from typing import Any

import pytest
import requests
from wp_posts import PUSHY_CONTENT, PUSHY_TITLE
from wp_site import User, wp

pytestmark = pytest.mark.usefixtures("mariadb", "configure")


def client(server_url: str, **extra: Any) -> dict[str, Any]:
    return wp("client", settings={"server_url": server_url, "timeout": 2}, **extra)


@pytest.mark.parametrize(
    "url",
    [
        "http://10.0.0.5:8787",
        "http://192.168.1.1",
        "http://172.16.0.1:8080",
        "http://169.254.169.254",  # cloud metadata
        "http://0.0.0.0:8787",
    ],
)
def test_an_internal_server_url_is_never_called(url: str) -> None:
    result = client(url)
    assert result == {"answer": "smmlint_unsafe_url", "fetched": []}


def test_the_loopback_server_is_called_on_any_port(smmlint_server) -> None:  # type: ignore[no-untyped-def]
    result = client(smmlint_server.url)
    assert result["answer"]["status"] == "ok"
    port = smmlint_server.url.rsplit(":", 1)[1]
    assert client(f"http://localhost:{port}")["answer"]["status"] == "ok"


def test_an_internal_host_can_be_allowed_explicitly() -> None:
    result = client("http://10.0.0.5:8787", allowed_hosts=["10.0.0.5"])
    assert result["answer"] != "smmlint_unsafe_url"
    assert result["fetched"] == ["http://10.0.0.5:8787/healthz"]
    metadata = client("http://169.254.169.254", allowed_hosts=["169.254.169.254"])
    assert metadata["answer"] == "smmlint_unsafe_url"


@pytest.mark.parametrize(
    ("url", "token", "warned"),
    [
        ("http://lint.team.example:8787", "s3cret-token-for-tests-0123456789", True),
        ("https://lint.team.example", "s3cret-token-for-tests-0123456789", False),
        ("http://127.0.0.1:8787", "s3cret-token-for-tests-0123456789", False),
        ("http://localhost:8787", "s3cret-token-for-tests-0123456789", False),
        ("http://lint.team.example:8787", "", False),
    ],
)
def test_a_token_sent_in_clear_text_across_the_network_is_flagged(
    url: str, token: str, warned: bool
) -> None:
    warning = wp("token_warning", settings={"server_url": url, "token": token})
    assert bool(warning) is warned
    if warned:
        assert "https://" in warning


def _fresh_author() -> User:
    login = f"smmlint_flood_{secrets.token_hex(4)}"
    password = secrets.token_urlsafe(16)
    made = wp("user", login=login, role="author", password=password)
    return User(login, password, made["id"], made["app_password"])


def test_one_user_cannot_flood_the_server_for_everyone(site: str, configure) -> None:  # type: ignore[no-untyped-def]
    configure(user_checks=2)
    flooder, other = _fresh_author(), _fresh_author()

    def check(user: User) -> requests.Response:
        post = wp("post", author=user.id, title=PUSHY_TITLE, content=PUSHY_CONTENT)
        return requests.post(
            f"{site}/wp-json/smmlint/v1/check", auth=user.auth, json={"post_id": post}, timeout=60
        )

    statuses = [check(flooder).status_code for _ in range(3)]
    assert statuses == [200, 200, 429]
    refused = check(flooder).json()
    assert refused["code"] == "smmlint_rate_limited"
    assert "checks this minute" in refused["message"]
    assert check(other).status_code == 200  # everyone else still gets their check


def test_the_per_user_limit_is_a_bounded_setting() -> None:
    previous = wp("settings", settings={})
    for given, kept in [("0", 1), ("5000", 600), ("45", 45), ("many", previous["user_checks"])]:
        assert (
            wp("sanitize", input={"user_checks": given}, previous=previous)["user_checks"] == kept
        )
