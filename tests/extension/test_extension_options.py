"""The options page: server status, pairing errors, rules on/off, sites on/off, added, and given
another platform; a built-in site is served at its real address (x.com, routed to the test page)
so the manifest's own content scripts run there."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from ext_browser import EditorPage, expected_spans, painted_spans, settle
from ext_editors import BY_PAGE, EDITORS
from ext_servers import closed_port

DIST = Path(__file__).parent / "pages" / "dist"
X_COM = "https://x.com"
# Long enough for X's 280-character limit, not for LinkedIn's: the platform shows in the spans.
LONG_DRAFT = "Big news from our team today, friends. " * 8 + "Shop now."


@pytest.fixture
def options(extension: Any) -> Iterator[Any]:
    page = extension.context.new_page()
    page.goto(f"{extension.origin}/options/options.html")
    yield page
    page.close()


def registered_matches(extension: Any) -> set[str]:
    extension.background("() => globalThis.smmlint.userSitesSynced()")
    scripts = extension.background("() => chrome.scripting.getRegisteredContentScripts()")
    return {match for script in scripts for match in script["matches"]}


def test_status_says_connected_and_a_rule_can_be_turned_off(
    extension: Any, options: Any, open_page: Any
) -> None:
    status = options.locator('#server-status[data-state="ok"]')
    status.wait_for()
    assert status.text_content().startswith("Connected to smmlint ")
    sales_push = options.locator("#rule-list label", has_text="SMM101").locator("input")
    sales_push.uncheck()
    options.wait_for_function(
        "() => chrome.storage.local.get('disabledRules')"
        ".then((stored) => stored.disabledRules[0] === 'SMM101')"
    )

    page = open_page(extension.context, BY_PAGE["x"])
    page.click_editor()
    page.type("Shop now and save.")
    page.wait_for_state("ok")
    assert page.highlights() == []

    sales_push.check()  # the open page asks again with the rule back on
    page.page.wait_for_function("() => CSS.highlights.get('smmlint-warning').size === 1")
    assert [h["text"] for h in page.highlights()] == ["Shop now"]


def test_status_explains_a_missing_server_and_a_refused_token(
    extension: Any, smmlint_server: Any, open_page: Any
) -> None:
    extension.settings(serverUrl=f"http://127.0.0.1:{closed_port()}")
    options = extension.context.new_page()
    options.goto(f"{extension.origin}/options/options.html")
    status = options.locator('#server-status[data-state="error"]')
    status.wait_for()
    assert "No smmlint server answers" in status.text_content()

    extension.settings(serverUrl=smmlint_server.url, token="not-the-token-0123456789")
    options.reload()
    status.wait_for()
    assert "refuses this extension" in status.text_content()
    options.close()

    page = open_page(extension.context, BY_PAGE["mastodon"])
    page.click_editor()
    page.type("Shop now")
    page.wait_for_state("unauthorized")
    assert "Pair the extension" in page.shadow(".badge").get_attribute("title")
    assert page.errors == []


def test_sites_can_be_switched_off_and_added(
    extension: Any, options: Any, open_page: Any, pages_url: str
) -> None:
    textarea = BY_PAGE["textarea"]
    try:
        entry = options.locator("#custom-sites li", has_text=textarea.match())
        entry.locator("input").uncheck()
        options.wait_for_function(
            "(match) => chrome.storage.local.get('customSites')"
            ".then((s) => s.customSites.some((site) => site.match === match && !site.enabled))",
            arg=textarea.match(),
        )
        assert textarea.match() not in registered_matches(extension)
        page = open_page(extension.context, textarea)
        page.click_editor()
        page.type("Shop now")
        settle(1)
        assert page.host() is None, "the extension ran on a site switched off"

        options.fill("#site-origin", pages_url)
        options.select_option("#site-profile", "any")
        options.click("#add-site button[type=submit]")
        options.locator('#site-status[data-state="ok"]').wait_for()
        assert "http://127.0.0.1/*" in registered_matches(extension)
        page = open_page(extension.context, textarea)
        page.click_editor()
        page.type("Shop now")
        assert page.wait_for_state("ok")["platform"] == "generic"
    finally:
        extension.enable_pages(EDITORS)


@pytest.fixture
def x_com(extension: Any) -> Iterator[str]:
    """The Draft.js test page served at https://x.com (Playwright answers for the network)."""

    def serve(route: Any) -> None:
        route.fulfill(path=DIST / urlsplit(route.request.url).path.lstrip("/"))

    extension.context.route(f"{X_COM}/**", serve)
    yield X_COM
    extension.context.unroute(f"{X_COM}/**")


def test_a_built_in_site_gets_another_platform_and_is_switched_off(
    extension: Any, options: Any, x_com: str, smmlint_server: Any, server_platforms: set[str]
) -> None:
    assert {"x", "linkedin"} <= server_platforms
    page = EditorPage(extension.context, x_com, BY_PAGE["x"])
    try:
        page.click_editor()
        page.page.keyboard.insert_text(LONG_DRAFT)
        assert page.wait_for_state("ok")["platform"] == "x"
        on_x = expected_spans(smmlint_server.url, page.text(), "x")
        on_linkedin = expected_spans(smmlint_server.url, page.text(), "linkedin")
        assert on_x != on_linkedin
        assert painted_spans(page.highlights()) == on_x

        row = options.locator("#site-table tr", has_text="X (x.com, twitter.com)")
        row.locator("select").select_option("linkedin")  # the open page asks again
        page.wait_for_host('data.platform === "linkedin"')
        page.wait_for_state("ok")
        assert painted_spans(page.highlights()) == on_linkedin

        row.locator("input[type=checkbox]").uncheck()
        page.wait_for_host('data.editors === "0"')
        assert page.highlights() == []
        page.page.reload()
        page.page.wait_for_function("window.testEditorReady === true")
        page.click_editor()
        page.type(" More.")
        settle(1)
        assert page.host() is None, "the extension ran on a site switched off"
        assert page.errors == []
    finally:
        page.close()


def test_a_user_added_site_gets_another_platform(
    extension: Any, options: Any, open_page: Any
) -> None:
    textarea = BY_PAGE["textarea"]
    page = open_page(extension.context, textarea)
    page.click_editor()
    page.type("Shop now")
    assert page.wait_for_state("ok")["platform"] == "generic"
    try:
        entry = options.locator("#custom-sites li", has_text=textarea.match())
        entry.locator("select").select_option("mastodon")
        page.wait_for_host('data.platform === "mastodon"')
        assert page.wait_for_state("ok")["platform"] == "mastodon"
        options.reload()
        entry.locator("select").wait_for()
        assert entry.locator("select").input_value() == "mastodon"
    finally:
        extension.enable_pages(EDITORS)


NO_STATUS_ANSWER_JS = """() => {
  const send = chrome.runtime.sendMessage.bind(chrome.runtime);
  chrome.runtime.sendMessage = (message) =>
    message.kind === "status" ? Promise.resolve(undefined) : send(message);
}"""


def test_status_copes_with_no_answer_from_the_background(options: Any) -> None:
    errors: list[str] = []
    options.on("pageerror", lambda error: errors.append(str(error)))
    options.locator('#server-status[data-state="ok"]').wait_for()
    options.evaluate(NO_STATUS_ANSWER_JS)  # as when the background fails to answer
    options.click("#server-form button[type=submit]")
    status = options.locator('#server-status[data-state="error"]')
    status.wait_for()
    assert "did not answer" in status.text_content()
    assert errors == []
