"""The options page: server status, pairing errors, rules on/off, sites on/off and added."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from ext_browser import settle
from ext_editors import BY_PAGE, EDITORS
from ext_servers import closed_port


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
