"""The gate enforced by WordPress itself: publishing over the REST API, Quick Edit, XML-RPC and
wp_insert_post() is held back as in the block editor, and an override holds for its text only."""

from __future__ import annotations

import re
import xmlrpc.client
from datetime import datetime, timedelta, timezone
from typing import Any

import pytest
import requests
from wp_posts import (
    FIXED_CONTENT,
    FIXED_SOCIAL,
    FIXED_TITLE,
    PUSHY_CONTENT,
    PUSHY_SOCIAL,
    PUSHY_TITLE,
    paragraph,
)
from wp_site import User, free_port, login, wp

pytestmark = pytest.mark.usefixtures("configure")

# The REST error a held-back publish gets, and the notice other ways of saving leave.
HELD_BACK = "smmlint_held_back"
NOTICE = "The post was saved but not published. smmlint:"


def new_post(author: User, **fields: Any) -> int:
    return wp("post", author=author.id, **fields)


def status(post_id: int) -> str:
    return wp("post_state", id=post_id)["status"]


def rest_save(site: str, user: User, post_id: int | None = None, **fields: Any):
    """Create (no id) or update a post through WordPress's own REST API, as API clients do."""
    url = f"{site}/wp-json/wp/v2/posts" + (f"/{post_id}" if post_id else "")
    return requests.post(url, auth=user.auth, json=fields, timeout=60)


def held_back(answer: requests.Response) -> dict[str, Any]:
    assert answer.status_code == 409, answer.text
    error = answer.json()
    assert error["code"] == HELD_BACK and error["message"].startswith("smmlint: ")
    return error


def override(site: str, user: User, post_id: int, **texts: Any) -> requests.Response:
    return requests.post(
        f"{site}/wp-json/smmlint/v1/override",
        auth=user.auth,
        json={"post_id": post_id, **texts},
        timeout=60,
    )


def check(site: str, user: User, post_id: int, **texts: Any) -> dict[str, Any]:
    answer = requests.post(
        f"{site}/wp-json/smmlint/v1/check",
        auth=user.auth,
        json={"post_id": post_id, **texts},
        timeout=60,
    )
    assert answer.status_code == 200, answer.text
    return answer.json()


def test_publishing_a_failing_post_over_rest_is_refused(site, users, configure):
    configure(on_fail="block")
    post = new_post(users["author"], title=PUSHY_TITLE, content=PUSHY_CONTENT)
    error = held_back(rest_save(site, users["author"], post, status="publish"))
    # The same reason the editor shows, with the verdict for API clients.
    assert "under the minimum" in error["message"] and "an editor can" in error["message"]
    assert error["data"]["smmlint"]["status"] == "fail"
    assert error["data"]["smmlint"]["score"] < 80
    assert status(post) == "draft"


def test_scheduling_a_failing_post_is_refused(site, users, configure):
    configure(on_fail="block")
    post = new_post(users["author"], title=PUSHY_TITLE, content=PUSHY_CONTENT)
    tomorrow = (datetime.now(timezone.utc) + timedelta(days=1)).strftime("%Y-%m-%dT%H:%M:%S")
    held_back(rest_save(site, users["author"], post, status="future", date_gmt=tomorrow))
    held_back(rest_save(site, users["author"], post, status="publish", date_gmt=tomorrow))
    assert status(post) == "draft"


def test_a_failing_new_post_is_not_created(site, users, configure):
    configure(on_fail="block")
    title = f"Flash sale {free_port()}"
    answer = rest_save(site, users["author"], title=title, content=PUSHY_CONTENT, status="publish")
    held_back(answer)
    assert wp("titled", title=title) == []


def test_the_texts_in_the_request_are_what_is_checked(site, users, configure):
    configure(on_fail="block")
    saved_fixed = new_post(users["author"], title=FIXED_TITLE, content=FIXED_CONTENT)
    held_back(
        rest_save(site, users["author"], saved_fixed, content=PUSHY_CONTENT, status="publish")
    )
    assert wp("post_state", id=saved_fixed)["content"] == FIXED_CONTENT
    social = {"_smmlint_social_message": PUSHY_SOCIAL}
    held_back(rest_save(site, users["author"], saved_fixed, meta=social, status="publish"))

    saved_pushy = new_post(users["author"], title=PUSHY_TITLE, content=PUSHY_CONTENT)
    fixed = {"title": FIXED_TITLE, "content": FIXED_CONTENT}
    answer = rest_save(site, users["author"], saved_pushy, **fixed, status="publish")
    assert (answer.status_code, status(saved_pushy)) == (200, "publish"), answer.text


def test_the_warn_setting_lets_a_failing_post_out(site, users):
    post = new_post(users["author"], title=PUSHY_TITLE, content=PUSHY_CONTENT)
    answer = rest_save(site, users["author"], post, status="publish")
    assert (answer.status_code, status(post)) == (200, "publish"), answer.text


@pytest.mark.parametrize(("on_unavailable", "published"), [("warn", True), ("block", False)])
def test_a_stopped_server_follows_its_setting(site, users, configure, on_unavailable, published):
    down = f"http://127.0.0.1:{free_port()}"
    configure(server_url=down, on_fail="block", on_unavailable=on_unavailable)
    post = new_post(users["author"], title=PUSHY_TITLE, content=PUSHY_CONTENT)
    answer = rest_save(site, users["author"], post, status="publish")
    if published:
        assert (answer.status_code, status(post)) == (200, "publish"), answer.text
    else:
        assert "could not be reached" in held_back(answer)["message"]
        assert status(post) == "draft"


def test_a_rest_save_is_checked_once(site, users, configure, silent_server):
    # A hung server: each check waits for the timeout, and the server counts the connections.
    configure(server_url=silent_server.url, timeout=1, on_fail="block")
    post = new_post(users["author"], title=FIXED_TITLE, content=FIXED_CONTENT)
    answer = rest_save(site, users["author"], post, status="publish")
    assert (answer.status_code, status(post)) == (200, "publish"), answer.text
    assert len(silent_server.accepted) == 1


def test_updates_to_a_published_post_are_not_held_back(site, users, configure):
    configure(on_fail="block")
    post = new_post(users["author"], title=FIXED_TITLE, content=FIXED_CONTENT, status="publish")
    assert status(post) == "publish"
    answer = rest_save(site, users["author"], post, content=PUSHY_CONTENT)
    assert (answer.status_code, status(post)) == (200, "publish"), answer.text


def test_an_override_holds_for_the_text_it_was_chosen_for(site, users, configure):
    configure(on_fail="block")
    editor = users["editor"]
    post = new_post(editor, title=PUSHY_TITLE, content=PUSHY_CONTENT)
    assert override(site, editor, post).status_code == 200
    assert check(site, editor, post)["overridden"] is True
    # Edited after the override: the gate applies again, in the editor and at publish.
    edited = PUSHY_CONTENT + "\n\n" + paragraph("Today only!")
    assert check(site, editor, post, content=edited)["locked"] is True
    held_back(rest_save(site, editor, post, content=edited, status="publish"))
    # The text it was chosen for publishes.
    answer = rest_save(site, editor, post, status="publish")
    assert (answer.status_code, status(post)) == (200, "publish"), answer.text


def test_an_override_of_the_editors_unsaved_text_publishes_that_text(site, users, configure):
    configure(on_fail="block")
    editor = users["editor"]
    post = new_post(editor, title=FIXED_TITLE, content=FIXED_CONTENT)
    texts = {"title": PUSHY_TITLE, "content": PUSHY_CONTENT, "social_message": PUSHY_SOCIAL}
    assert override(site, editor, post, **texts).status_code == 200
    meta = {"_smmlint_social_message": PUSHY_SOCIAL}
    request = {"title": PUSHY_TITLE, "content": PUSHY_CONTENT, "meta": meta}
    answer = rest_save(site, editor, post, **request, status="publish")
    assert (answer.status_code, status(post)) == (200, "publish"), answer.text


@pytest.mark.parametrize("case", ["passing post", "warn setting"])
def test_there_is_nothing_to_override_unless_the_gate_holds_back(site, users, configure, case):
    configure(on_fail="warn" if case == "warn setting" else "block")
    content = FIXED_CONTENT if case == "passing post" else PUSHY_CONTENT
    post = new_post(users["editor"], title=FIXED_TITLE, content=content)
    answer = override(site, users["editor"], post)
    assert (answer.status_code, answer.json()["code"]) == (409, "smmlint_nothing_to_override")
    assert "_smmlint_override" not in wp("post_state", id=post)["meta"]


def test_an_override_recorded_without_its_text_counts_for_nothing(site, users, configure):
    configure(on_fail="block")
    old_record = {"_smmlint_override": {"user": users["editor"].id, "time": 1700000000}}
    post = new_post(users["author"], title=PUSHY_TITLE, content=PUSHY_CONTENT, meta=old_record)
    assert check(site, users["author"], post)["locked"] is True
    held_back(rest_save(site, users["author"], post, status="publish"))


def admin_page(session: requests.Session, site: str, path: str) -> str:
    answer = session.get(f"{site}/wp-admin/{path}", timeout=60)
    assert answer.status_code == 200
    return answer.text


def test_quick_edit_keeps_a_failing_post_a_draft_and_says_why(site, users, configure):
    configure(on_fail="block")
    author = users["author"]
    post = new_post(author, title=PUSHY_TITLE, content=PUSHY_CONTENT)
    session = login(site, author)
    listing = admin_page(session, site, "edit.php")
    nonce = re.search(r'id="_inline_edit" name="_inline_edit" value="([0-9a-f]+)"', listing)[1]
    answer = session.post(
        f"{site}/wp-admin/admin-ajax.php",
        data={
            "action": "inline-save",
            "_inline_edit": nonce,
            "post_ID": post,
            "post_type": "post",
            "screen": "edit-post",
            "post_title": PUSHY_TITLE,
            "_status": "publish",
        },
        timeout=60,
    )
    assert answer.status_code == 200
    assert status(post) == "draft"
    # The reason is shown once, on the author's next admin screen.
    assert NOTICE in admin_page(session, site, "index.php")
    assert NOTICE not in admin_page(session, site, "index.php")


def test_xmlrpc_keeps_a_failing_pending_post_pending(site, users, configure):
    configure(on_fail="block")
    post = new_post(users["author"], title=PUSHY_TITLE, content=PUSHY_CONTENT, status="pending")
    editor = users["editor"]
    xmlrpc_api = xmlrpc.client.ServerProxy(f"{site}/xmlrpc.php")
    assert xmlrpc_api.wp.editPost(
        1, editor.login, editor.password, post, {"post_status": "publish"}
    )
    assert status(post) == "pending"


def test_wp_insert_post_saves_a_failing_post_as_a_draft(users, configure):
    configure(on_fail="block")
    held = new_post(users["author"], title=PUSHY_TITLE, content=PUSHY_CONTENT, status="publish")
    assert status(held) == "draft"
    passing = new_post(users["author"], title=FIXED_TITLE, content=FIXED_CONTENT, status="publish")
    assert status(passing) == "publish"


def test_post_types_smmlint_does_not_check_are_left_alone(site, users, configure):
    configure(on_fail="block")
    editor = users["editor"]
    page = new_post(editor, title=PUSHY_TITLE, content=PUSHY_CONTENT, type="page")
    for route in ("check", "override"):
        answer = requests.post(
            f"{site}/wp-json/smmlint/v1/{route}",
            auth=editor.auth,
            json={"post_id": page, "social_message": FIXED_SOCIAL},
            timeout=60,
        )
        assert (answer.status_code, answer.json()["code"]) == (400, "smmlint_unchecked_post_type")
    answer = requests.post(
        f"{site}/wp-json/wp/v2/pages/{page}",
        auth=editor.auth,
        json={"status": "publish"},
        timeout=60,
    )
    assert (answer.status_code, status(page)) == (200, "publish"), answer.text
