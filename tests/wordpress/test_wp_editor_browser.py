"""The plugin in WordPress's block editor, in Debian's Chromium driven by Playwright.

An author writes a pushy post, opens the pre-publish checks, sees the findings and (when the
setting says block) a Publish button held back; fixes the post and publishes it. With the
smmlint server stopped, the panel says so and the post still publishes under the default.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from chromium import launch_chromium
from playwright.sync_api import Browser, Page, expect
from wp_posts import FIXED_BODY, FIXED_TITLE, PUSHY_BODY, PUSHY_SOCIAL, PUSHY_TITLE
from wp_site import SmmlintServer, User, wp

# The first check waits for the typing pause and a round trip through PHP to the server.
VERDICT_TIMEOUT = 30_000
# How long a click gets to send its request before the test says it sent none (ms).
SETTLE_MS = 2_000

pytestmark = pytest.mark.usefixtures("configure")


@pytest.fixture(scope="module")
def browser(playwright: Any) -> Iterator[Browser]:
    browser = launch_chromium(playwright)
    yield browser
    browser.close()


class Editor:
    """The block editor for one new post, as a logged-in user sees it."""

    def __init__(self, page: Page, site: str) -> None:
        self.page = page
        self.site = site
        self.errors: list[str] = []
        page.on("pageerror", lambda error: self.errors.append(str(error)))

    def log_in(self, user: User) -> Editor:
        self.page.goto(f"{self.site}/wp-login.php")
        self.page.fill("#user_login", user.login)
        self.page.fill("#user_pass", user.password)
        self.page.click("#wp-submit")
        # Logged in once WordPress redirects; the dashboard need not finish loading.
        self.page.wait_for_url("**/wp-admin/**", wait_until="commit")
        return self

    def new_post(self) -> Editor:
        self.page.goto(f"{self.site}/wp-admin/post-new.php")
        self.page.wait_for_function("() => window.wp && wp.data && wp.data.select('core/editor')")
        # The welcome guide opens over the editor on a user's first visit.
        self.page.evaluate(
            """() => {
                const editPost = wp.data.select('core/edit-post');
                if (editPost.isFeatureActive('welcomeGuide')) {
                    wp.data.dispatch('core/edit-post').toggleFeature('welcomeGuide');
                }
            }"""
        )
        expect(self.page.get_by_role("textbox", name="Add title")).to_be_visible()
        return self

    @property
    def post_id(self) -> int:
        return self.page.evaluate("() => wp.data.select('core/editor').getCurrentPostId()")

    def write(self, title: str, body: str) -> None:
        """Type a title and one paragraph into an empty post."""
        self.page.get_by_role("textbox", name="Add title").click()
        self.page.keyboard.type(title)
        self.page.keyboard.press("Enter")
        self.page.keyboard.type(body)

    def rewrite(self, title: str, body: str) -> None:
        """Replace the title and the paragraph by typing over them."""
        self.page.get_by_role("textbox", name="Add title").click()
        self.page.keyboard.press("Control+A")
        self.page.keyboard.type(title)
        self.page.get_by_role("document", name="Paragraph block").click()
        self.page.keyboard.press("Control+A")
        self.page.keyboard.type(body)

    def open_publish_panel(self) -> None:
        self.page.locator(".editor-post-publish-panel__toggle").click()
        expect(self.prepublish).to_be_visible()

    def open_sidebar_panel(self) -> Any:
        """smmlint's panel in the post's settings sidebar."""
        # Typing in a paragraph turns the sidebar to the block's settings: back to the post's.
        self.page.locator(".edit-post-sidebar__panel-tab[data-label='Post']").click()
        toggle = self.page.get_by_role("button", name="smmlint", exact=True)
        if toggle.get_attribute("aria-expanded") == "false":  # WordPress remembers open panels
            toggle.click()
        expect(toggle).to_have_attribute("aria-expanded", "true")
        return self.page.locator(".smmlint-document")

    def cancel_publish_panel(self) -> None:
        self.page.get_by_role("button", name="Cancel").click()

    @property
    def prepublish(self) -> Any:
        return self.page.locator(".smmlint-prepublish")

    @property
    def publish_button(self) -> Any:
        return self.page.locator(".editor-post-publish-panel .editor-post-publish-button")

    def wait_for_verdict(self, status: str, panel: str = ".smmlint-prepublish") -> Any:
        """The status line once the verdict about the current text is ``status``."""
        line = self.page.locator(f"{panel} .smmlint-status[data-smmlint-settled='true']")
        expect(line).to_have_attribute("data-smmlint-status", status, timeout=VERDICT_TIMEOUT)
        return line

    def record_publish_requests(self) -> list[str]:
        """From now on, the URL of every request that asks WordPress to publish a post."""
        sent: list[str] = []

        def watch(request: Any) -> None:
            body = request.post_data or ""
            if request.method != "GET" and "wp/v2/posts" in request.url and "publish" in body:
                sent.append(request.url)

        self.page.on("request", watch)
        return sent

    def publish(self) -> None:
        expect(self.publish_button).to_have_attribute("aria-disabled", "false")
        self.publish_button.click()
        expect(self.page.locator(".post-publish-panel__postpublish-header")).to_contain_text(
            "is now live", timeout=VERDICT_TIMEOUT
        )


@pytest.fixture
def editor(browser: Browser, site: str) -> Iterator[Editor]:
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    editor = Editor(context.new_page(), site)
    yield editor
    context.close()
    assert editor.errors == [], "uncaught errors in the editor"


def saved(post_id: int) -> dict[str, Any]:
    return wp("post_state", id=post_id)


def test_a_pushy_post_is_held_back_until_it_is_fixed(editor, users, configure):
    configure(on_fail="block", fail_on="warning")
    editor.log_in(users["author"]).new_post()
    editor.write(PUSHY_TITLE, PUSHY_BODY)
    editor.open_publish_panel()

    status = editor.wait_for_verdict("fail")
    expect(status).to_have_attribute("data-smmlint-locked", "true")
    expect(status).to_contain_text("Publishing is held back")
    report = editor.prepublish.locator(".smmlint-check[data-check='content'] .smmlint-report")
    expect(report.locator(".smmlint-score")).to_have_attribute("data-band", re.compile("amber|red"))
    findings = report.locator(".smmlint-finding[data-code='SMM101']")
    expect(findings.filter(has_text="Buy now").locator(".smmlint-hint")).not_to_be_empty()
    expect(findings.locator(".smmlint-quote")).to_have_text(
        ["Spring sale", "Buy now", "save 50%", "Shop now", "while stocks last"]
    )
    # Publish is locked with the reason on screen; an author gets no override.
    expect(editor.publish_button).to_have_attribute("aria-disabled", "true")
    expect(editor.page.locator(".components-notice.is-warning")).to_contain_text(
        "an editor can choose to publish it anyway"
    )
    expect(editor.prepublish.get_by_role("button", name="Publish anyway")).to_have_count(0)
    # A click on the held-back button sends nothing: no save asks to publish, even a while later.
    publishing = editor.record_publish_requests()
    editor.publish_button.click(force=True)
    editor.page.wait_for_timeout(SETTLE_MS)
    assert publishing == []
    assert saved(editor.post_id)["status"] != "publish"

    editor.cancel_publish_panel()
    editor.rewrite(FIXED_TITLE, FIXED_BODY)
    editor.open_publish_panel()
    status = editor.wait_for_verdict("pass")
    expect(status).to_have_attribute("data-smmlint-locked", "false")
    expect(editor.prepublish.locator(".smmlint-score")).to_have_attribute("data-band", "green")
    expect(editor.page.locator(".components-notice.is-warning")).to_have_count(0)
    editor.publish()

    post = saved(editor.post_id)
    assert (post["status"], post["title"]) == ("publish", FIXED_TITLE)
    assert FIXED_BODY in post["content"] and "Buy now" not in post["content"]


def test_unlocking_publish_in_the_console_does_not_publish(editor, users, configure):
    configure(on_fail="block")
    editor.log_in(users["author"]).new_post()
    editor.write(PUSHY_TITLE, PUSHY_BODY)
    editor.open_publish_panel()
    editor.wait_for_verdict("fail")
    expect(editor.publish_button).to_have_attribute("aria-disabled", "true")

    editor.page.evaluate("() => wp.data.dispatch('core/editor').unlockPostSaving('smmlint')")
    publishing = editor.record_publish_requests()
    editor.publish_button.click()
    # WordPress itself refuses, with smmlint's reason, and the text stays in the editor.
    error = editor.page.locator(".components-notice.is-error")
    expect(error).to_contain_text("smmlint: ", timeout=VERDICT_TIMEOUT)
    expect(error).to_contain_text("under the minimum")  # the gate fails red posts (score < 50)
    assert len(publishing) == 1
    assert saved(editor.post_id)["status"] != "publish"
    title = editor.page.evaluate(
        "() => wp.data.select('core/editor').getEditedPostAttribute('title')"
    )
    assert title == PUSHY_TITLE


def test_an_editor_can_publish_anyway(editor, users, configure):
    configure(on_fail="block")
    editor.log_in(users["editor"]).new_post()
    editor.write(PUSHY_TITLE, PUSHY_BODY)
    editor.open_publish_panel()
    editor.wait_for_verdict("fail")
    expect(editor.publish_button).to_have_attribute("aria-disabled", "true")

    editor.prepublish.get_by_role("button", name="Publish anyway").click()
    expect(editor.publish_button).to_have_attribute("aria-disabled", "false")
    editor.publish()
    post = saved(editor.post_id)
    assert post["status"] == "publish"
    assert post["meta"]["_smmlint_override"]["user"] == users["editor"].id


def test_the_warn_setting_shows_findings_and_lets_the_post_out(editor, users):
    editor.log_in(users["author"]).new_post()
    editor.write(PUSHY_TITLE, PUSHY_BODY)
    editor.open_publish_panel()
    status = editor.wait_for_verdict("fail")
    expect(status).to_contain_text("You can still publish it.")
    expect(status).to_have_attribute("data-smmlint-locked", "false")
    editor.publish()
    assert saved(editor.post_id)["status"] == "publish"


@pytest.fixture
def own_server(tmp_path: Path) -> Iterator[SmmlintServer]:
    """A smmlint server this test may stop."""
    server = SmmlintServer(tmp_path).start()
    yield server
    server.stop()


def test_a_stopped_server_warns_and_the_post_still_publishes(editor, users, configure, own_server):
    configure(server_url=own_server.url, token=own_server.token)
    editor.log_in(users["author"]).new_post()
    editor.write(FIXED_TITLE, FIXED_BODY)
    editor.open_publish_panel()
    editor.wait_for_verdict("pass")
    editor.cancel_publish_panel()

    own_server.stop()
    editor.rewrite(PUSHY_TITLE, PUSHY_BODY)
    editor.open_publish_panel()
    status = editor.wait_for_verdict("unavailable")
    expect(status).to_contain_text("could not be reached")
    expect(status).to_contain_text("You can still publish it.")
    editor.publish()
    post = saved(editor.post_id)
    # Published as written: the outage changed nothing in the text.
    assert (post["status"], post["title"]) == ("publish", PUSHY_TITLE)
    assert PUSHY_BODY in post["content"]


def test_the_social_message_is_checked_per_network_and_saved(editor, users, configure, networks):
    configure(on_fail="block")
    editor.log_in(users["author"]).new_post()
    editor.write(FIXED_TITLE, FIXED_BODY)
    sidebar = editor.open_sidebar_panel()
    expect(sidebar.locator(".smmlint-social-hint")).to_be_visible(timeout=VERDICT_TIMEOUT)

    sidebar.get_by_label("Social message").fill(PUSHY_SOCIAL)
    editor.wait_for_verdict("fail", panel=".smmlint-document")
    reports = sidebar.locator(".smmlint-check[data-check='social'] .smmlint-report")
    expect(reports).to_have_count(len(networks))
    for network in networks:
        report = reports.and_(editor.page.locator(f"[data-platform='{network}']"))
        expect(report.locator(".smmlint-quote", has_text="Buy now")).to_have_count(1)

    # A held-back post can still be saved as a draft: nothing written is lost.
    editor.page.get_by_role("button", name="Save draft").click()
    saved_state = editor.page.locator(".editor-post-saved-state.is-saved")
    expect(saved_state).to_be_visible(timeout=VERDICT_TIMEOUT)
    post = saved(editor.post_id)
    assert post["status"] == "draft"
    assert post["meta"]["_smmlint_social_message"] == PUSHY_SOCIAL


def test_the_settings_page_saves_and_never_shows_the_token(
    editor, users, configure, smmlint_server, networks
):
    editor.log_in(users["administrator"])
    editor.page.goto(f"{editor.site}/wp-admin/options-general.php?page=smmlint")
    expect(editor.page.locator(".smmlint-server-status")).to_contain_text("Connected to smmlint")
    token_field = editor.page.locator("#smmlint-token")
    expect(token_field).to_have_value("")
    assert smmlint_server.token not in editor.page.content()

    editor.page.get_by_label("Block: hold back Publish until the post passes").check()
    editor.page.fill("#smmlint-min_score", "70")
    editor.page.select_option("#smmlint-fail_on", "error")
    editor.page.get_by_role("button", name="Save Changes").click()
    expect(editor.page.locator("#setting-error-settings_updated")).to_be_visible()

    settings = wp("state")["option"]
    assert (settings["on_fail"], settings["min_score"], settings["fail_on"]) == (
        "block",
        70,
        "error",
    )
    assert settings["token"] == smmlint_server.token  # kept, though the field was left blank
    assert settings["networks"] == networks

    configure(token="not-the-servers-token-0123456789")
    editor.page.reload()
    expect(editor.page.locator(".smmlint-server-status")).to_contain_text("check the token")
