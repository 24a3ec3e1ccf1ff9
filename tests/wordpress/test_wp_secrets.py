"""The smmlint server's token and the credentials in its URL stay on the WordPress server: not in
the block editor's page, the plugin's REST answers (success or error), nor /wp/v2/settings."""

from __future__ import annotations

import secrets
from typing import Any

import pytest
import requests
from wp_posts import FIXED_CONTENT, FIXED_TITLE, PUSHY_CONTENT, PUSHY_SOCIAL, PUSHY_TITLE
from wp_site import User, free_port, login, wp

pytestmark = pytest.mark.usefixtures("configure")


def new_post(author: User, **fields: Any) -> int:
    return wp("post", author=author.id, **fields)


def plugin_answers(site: str, user: User) -> list[requests.Response]:
    """One answer of each kind from the plugin's routes and the publish guard."""
    passing = new_post(user, title=FIXED_TITLE, content=FIXED_CONTENT)
    failing = new_post(user, title=PUSHY_TITLE, content=PUSHY_CONTENT)
    page = new_post(user, title=FIXED_TITLE, content=FIXED_CONTENT, type="page")

    def call(route: str, post_id: int, **texts: str) -> requests.Response:
        url = f"{site}/wp-json/smmlint/v1/{route}"
        return requests.post(url, auth=user.auth, json={"post_id": post_id, **texts}, timeout=60)

    return [
        call("check", passing),
        call("check", failing, social_message=PUSHY_SOCIAL),
        call("check", page),  # 400: a post type smmlint does not check
        call("check", 999_999_999),  # 403
        call("override", passing),  # 409: nothing to override
        call("override", failing),
        requests.post(  # the publish guard's 409
            f"{site}/wp-json/wp/v2/posts",
            auth=user.auth,
            json={"title": PUSHY_TITLE, "content": PUSHY_CONTENT, "status": "publish"},
            timeout=60,
        ),
    ]


def assert_nowhere(secret: str, answers: list[requests.Response]) -> None:
    for answer in answers:
        seen = answer.text + repr(dict(answer.headers))
        assert secret not in seen, f"{answer.request.method} {answer.url} ({answer.status_code})"


def test_the_token_never_leaves_wordpress(site, users, configure, smmlint_server):
    configure(on_fail="block")
    admin = users["administrator"]
    answers = plugin_answers(site, admin)
    assert [answer.status_code for answer in answers] == [200, 200, 400, 403, 409, 200, 409]

    session = login(site, admin)
    post = new_post(admin, title=FIXED_TITLE, content=FIXED_CONTENT)
    pages = [
        session.get(f"{site}/wp-admin/post-new.php", timeout=60),
        session.get(f"{site}/wp-admin/post.php?post={post}&action=edit", timeout=60),
    ]
    assert all("smmlint-editor-store-js" in page.text for page in pages)  # the plugin's scripts
    settings = [
        requests.get(f"{site}/wp-json/wp/v2/settings", auth=admin.auth, timeout=60),
        requests.get(f"{site}/wp-json/wp/v2/settings?context=edit", auth=admin.auth, timeout=60),
    ]
    assert all(answer.status_code == 200 for answer in settings)
    assert_nowhere(smmlint_server.token, answers + pages + settings)


def test_credentials_in_the_server_url_are_never_shown(site, users, configure):
    password, key = secrets.token_hex(8), secrets.token_hex(8)
    port = free_port()
    url = f"http://smmlint:{password}@127.0.0.1:{port}/?key={key}"
    assert configure(server_url=url, on_fail="block", on_unavailable="block")["server_url"] == url
    answers = plugin_answers(site, users["editor"])
    reason = answers[1].json()["reason"]
    # Credentials in the URL are refused before any request (wp_safe_remote_request would):
    # the message names the address without them.
    shown = f"The smmlint server address http://127.0.0.1:{port}/ holds a user name or password"
    assert shown in reason
    assert "holds a user name or password" in answers[-1].json()["message"]
    assert_nowhere(password, answers)
    assert_nowhere(key, answers)
