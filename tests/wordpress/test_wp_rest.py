"""The plugin's REST route against the real smmlint server, through WordPress's REST API."""

from __future__ import annotations

from typing import Any

import pytest
import requests
from wp_posts import (
    EMBED_CONTENT,
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


def new_post(author: User, **fields: Any) -> int:
    return wp("post", author=author.id, **fields)


def check(site: str, user: User, post_id: Any, **fields: Any) -> requests.Response:
    return requests.post(
        f"{site}/wp-json/smmlint/v1/check",
        auth=user.auth,
        json={"post_id": post_id, **fields},
        timeout=60,
    )


def verdict(site: str, user: User, post_id: int, **fields: Any) -> dict[str, Any]:
    answer = check(site, user, post_id, **fields)
    assert answer.status_code == 200, answer.text
    return answer.json()


def by_id(result: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {check["id"]: check for check in result["checks"]}


def test_passing_post_passes(site, users, configure):
    configure(on_fail="block")
    post = new_post(users["author"], title=FIXED_TITLE, content=FIXED_CONTENT)
    result = verdict(site, users["author"], post)
    assert (result["status"], result["blocks"], result["locked"]) == ("pass", False, False)
    content = by_id(result)["content"]
    assert content["pass"] is True and content["error"] is None
    [report] = content["reports"]
    assert (report["platform"], report["band"], report["findings"]) == ("generic", "green", [])
    assert result["score"] == report["score"] >= 80


def test_failing_post_is_held_back_with_findings_and_quotes(site, users, configure):
    configure(on_fail="block", fail_on="warning")
    post = new_post(users["author"], title=PUSHY_TITLE, content=PUSHY_CONTENT)
    result = verdict(site, users["author"], post)
    assert (result["status"], result["blocks"], result["locked"]) == ("fail", True, True)
    assert result["can_override"] is False
    assert "fail the check" in result["reason"] and "an editor can" in result["reason"]
    [report] = by_id(result)["content"]["reports"]
    assert report["band"] in ("amber", "red") and report["score"] == result["score"] < 80
    quotes = {f["quote"] for f in report["findings"] if f["code"] == "SMM101"}
    # Quotes are what the reader sees: the <strong> tags of the HTML are gone.
    assert {"Spring sale", "Buy now", "save 50%", "Shop now", "while stocks last"} <= quotes
    assert all(f["hint"] and f["message"] for f in report["findings"])
    # Exactly the findings at or above fail_on count against the gate.
    for finding in report["findings"]:
        assert finding["blocking"] == (finding["severity"] in ("warning", "error")), finding


def test_an_editor_may_override(site, users, configure):
    configure(on_fail="block")
    post = new_post(users["editor"], title=PUSHY_TITLE, content=PUSHY_CONTENT)
    result = verdict(site, users["editor"], post)
    assert (result["locked"], result["can_override"]) == (True, True)
    assert "choose to publish anyway" in result["reason"]


def test_warn_mode_shows_the_failure_without_holding_back(site, users):
    post = new_post(users["author"], title=PUSHY_TITLE, content=PUSHY_CONTENT)
    result = verdict(site, users["author"], post)
    assert (result["status"], result["blocks"], result["locked"]) == ("fail", False, False)
    assert result["reason"].endswith("You can still publish it.")


def test_minimum_score_alone_can_fail_a_post(site, users, configure):
    configure(fail_on="error", min_score=90, on_fail="block")
    post = new_post(users["author"], title=PUSHY_TITLE, content=PUSHY_CONTENT)
    result = verdict(site, users["author"], post)
    assert result["status"] == "fail"
    assert f"The score {result['score']} is under the minimum of 90." in result["reason"]
    assert not any(f["blocking"] for f in by_id(result)["content"]["reports"][0]["findings"])


def test_the_editors_unsaved_text_is_checked_not_the_saved_one(site, users):
    post = new_post(users["author"], title=FIXED_TITLE, content=FIXED_CONTENT)
    assert verdict(site, users["author"], post, content=PUSHY_CONTENT)["status"] == "fail"
    saved = PUSHY_CONTENT
    post = new_post(users["author"], title=PUSHY_TITLE, content=saved)
    edited = verdict(site, users["author"], post, title=FIXED_TITLE, content=FIXED_CONTENT)
    assert edited["status"] == "pass"


@pytest.mark.parametrize("author", ["author", "editor"])
def test_the_check_changes_nothing_in_the_post(site, users, author):
    # The editor's posts may discover embeds from any site (unfiltered_html): the wider case.
    saved = PUSHY_CONTENT + "\n\n" + EMBED_CONTENT
    post = new_post(users[author], title=PUSHY_TITLE, content=saved)
    before = wp("post_state", id=post)
    edited = FIXED_CONTENT + "\n\n" + EMBED_CONTENT.replace("0001", "0002")
    result = verdict(
        site, users[author], post, title=FIXED_TITLE, content=edited, social_message=FIXED_SOCIAL
    )
    assert result["status"] == "pass"
    verdict(site, users[author], post)  # the saved content, embed included
    # No `_oembed_*` cache (nor anything else) was written to the post.
    assert wp("post_state", id=post) == before


def test_the_social_message_is_checked_for_each_network(site, users, networks):
    post = new_post(
        users["author"],
        title=FIXED_TITLE,
        content=FIXED_CONTENT,
        meta={"_smmlint_social_message": PUSHY_SOCIAL},
    )
    result = verdict(site, users["author"], post)
    social = by_id(result)["social"]
    assert (social["source"], social["pass"], result["status"]) == ("social_message", False, "fail")
    assert [report["platform"] for report in social["reports"]] == networks
    for report in social["reports"]:
        assert "Buy now" in {f["quote"] for f in report["findings"] if f["code"] == "SMM101"}
    assert by_id(result)["content"]["pass"] is True


def test_the_excerpt_stands_in_for_a_missing_social_message(site, users):
    post = new_post(users["author"], title=FIXED_TITLE, content=FIXED_CONTENT)
    result = verdict(site, users["author"], post, excerpt=PUSHY_SOCIAL)
    assert by_id(result)["social"]["source"] == "excerpt"
    # The editor's social message field, once written, wins over the excerpt.
    result = verdict(site, users["author"], post, excerpt=PUSHY_SOCIAL, social_message=FIXED_SOCIAL)
    assert (by_id(result)["social"]["source"], result["status"]) == ("social_message", "pass")


def test_without_a_social_message_only_the_post_is_checked(site, users, networks):
    post = new_post(users["author"], title=FIXED_TITLE, content=FIXED_CONTENT)
    result = verdict(site, users["author"], post)
    assert list(by_id(result)) == ["content"]
    assert len(result["networks"]) == len(networks)


def test_an_empty_post_has_nothing_to_check(site, users, configure):
    configure(on_fail="block", on_unavailable="block")
    post = new_post(users["author"], title=FIXED_TITLE)
    result = verdict(site, users["author"], post, title="", content="")
    assert (result["status"], result["locked"], result["checks"]) == ("empty", False, [])


def test_a_stopped_server_warns_by_default(site, users, configure):
    configure(server_url=f"http://127.0.0.1:{free_port()}")
    post = new_post(users["author"], title=PUSHY_TITLE, content=PUSHY_CONTENT)
    result = verdict(site, users["author"], post, social_message=PUSHY_SOCIAL)
    assert (result["status"], result["blocks"], result["locked"]) == ("unavailable", False, False)
    assert "could not be reached" in result["reason"] and "still publish" in result["reason"]
    assert [c["error"]["code"] for c in result["checks"]] == ["smmlint_unreachable"] * 2


def test_a_stopped_server_blocks_when_set_to(site, users, configure):
    configure(server_url=f"http://127.0.0.1:{free_port()}", on_unavailable="block")
    post = new_post(users["author"], title=FIXED_TITLE, content=FIXED_CONTENT)
    result = verdict(site, users["author"], post)
    assert (result["status"], result["locked"]) == ("unavailable", True)
    assert "held back" in result["reason"]


def test_a_hung_server_times_out_once_for_all_checks(site, users, configure, silent_server):
    configure(server_url=f"http://127.0.0.1:{silent_server.port}", timeout=1)
    post = new_post(users["author"], title=PUSHY_TITLE, content=PUSHY_CONTENT)
    result = verdict(site, users["author"], post, social_message=PUSHY_SOCIAL)
    assert result["status"] == "unavailable" and result["locked"] is False
    assert "did not answer within 1 second." in result["reason"]
    # The post and the social message both needed the server; it was waited for once.
    assert len(silent_server.accepted) == 1


def test_a_wrong_token_is_reported_as_refused(site, users, configure):
    configure(token="not-the-servers-token-0123456789")
    post = new_post(users["author"], title=FIXED_TITLE, content=FIXED_CONTENT)
    result = verdict(site, users["author"], post)
    assert result["status"] == "unavailable"
    assert by_id(result)["content"]["error"]["code"] == "smmlint_refused"
    assert "check the token" in result["reason"]


def test_something_that_is_not_smmlint_is_reported(site, users, configure):
    configure(server_url=site)  # WordPress itself: an HTML 404 page for /v1/check
    post = new_post(users["author"], title=FIXED_TITLE, content=FIXED_CONTENT)
    error = by_id(verdict(site, users["author"], post))["content"]["error"]
    assert error == {
        "code": "smmlint_bad_response",
        "message": "The smmlint server answered with an unexpected HTTP status 404.",
    }


def test_text_the_server_cannot_take_is_explained(site, users):
    post = new_post(users["author"], title=FIXED_TITLE)
    result = verdict(site, users["author"], post, content=paragraph("Long walks. " * 7000))
    error = by_id(result)["content"]["error"]
    assert error["code"] == "smmlint_rejected"
    assert "65,536" in error["message"] or "65536" in error["message"]
    assert "Long walks" not in error["message"]


@pytest.mark.parametrize("role", ["other_author", "subscriber", "contributor"])
def test_users_who_cannot_edit_the_post_get_403(site, users, role):
    post = new_post(users["author"], title=FIXED_TITLE, content=FIXED_CONTENT)
    answer = check(site, users[role], post)
    assert answer.status_code == 403
    assert answer.json()["code"] == "rest_forbidden"


def test_a_contributor_may_check_their_own_post(site, users):
    post = new_post(users["contributor"], title=FIXED_TITLE, content=FIXED_CONTENT)
    assert verdict(site, users["contributor"], post)["status"] == "pass"


def test_an_unknown_post_gets_403(site, users):
    assert check(site, users["administrator"], 999_999_999).status_code == 403


def test_anonymous_requests_get_401(site, users):
    post = new_post(users["author"], title=FIXED_TITLE, content=FIXED_CONTENT)
    answer = requests.post(f"{site}/wp-json/smmlint/v1/check", json={"post_id": post}, timeout=30)
    assert answer.status_code == 401


@pytest.mark.parametrize(
    "body",
    [{}, {"post_id": "first"}, {"post_id": 0}, {"post_id": 1, "content": ["a"]}],
    ids=["no-post", "post-id-text", "post-id-zero", "content-list"],
)
def test_bad_requests_get_400(site, users, body):
    answer = requests.post(
        f"{site}/wp-json/smmlint/v1/check", auth=users["author"].auth, json=body, timeout=30
    )
    assert answer.status_code == 400
    assert answer.json()["code"] in ("rest_invalid_param", "rest_missing_callback_param")


def test_cookie_requests_need_the_rest_nonce(site, users):
    post = new_post(users["author"], title=FIXED_TITLE, content=FIXED_CONTENT)
    session = login(site, users["author"])
    url = f"{site}/wp-json/smmlint/v1/check"
    # A cookie alone is not enough: without the nonce WordPress treats the request as anonymous.
    assert session.post(url, json={"post_id": post}, timeout=30).status_code == 401
    bad_nonce = {"X-WP-Nonce": "0123abcd"}
    wrong = session.post(url, json={"post_id": post}, headers=bad_nonce, timeout=30)
    assert (wrong.status_code, wrong.json()["code"]) == (403, "rest_cookie_invalid_nonce")
    nonce = session.get(f"{site}/wp-admin/admin-ajax.php?action=rest-nonce", timeout=30).text
    right = session.post(url, json={"post_id": post}, headers={"X-WP-Nonce": nonce}, timeout=60)
    assert (right.status_code, right.json()["status"]) == (200, "pass")


def override(site: str, user: User, post_id: int) -> requests.Response:
    return requests.post(
        f"{site}/wp-json/smmlint/v1/override", auth=user.auth, json={"post_id": post_id}, timeout=30
    )


def test_override_needs_the_capability(site, users, configure):
    configure(on_fail="block")
    post = new_post(users["author"], title=PUSHY_TITLE, content=PUSHY_CONTENT)
    assert override(site, users["author"], post).status_code == 403
    assert override(site, users["subscriber"], post).status_code == 403
    assert verdict(site, users["author"], post)["locked"] is True

    answer = override(site, users["editor"], post)
    assert answer.status_code == 200 and answer.json()["user"] == users["editor"].id
    assert wp("post_state", id=post)["meta"]["_smmlint_override"]["user"] == users["editor"].id
    result = verdict(site, users["author"], post)
    assert (result["status"], result["locked"], result["overridden"]) == ("fail", False, True)
    assert "Publishing anyway was chosen" in result["reason"]
