"""Firefox ESR with the same extension folder, driven over WebDriver BiDi: paired with the real
server by token (Firefox's origins are random), underlines on the right characters in every
editor, and the editor's text and DOM as in a tab the extension does not run in."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from ext_browser import (
    EXTENSION_DIR,
    HIGHLIGHTS_JS,
    HOST_JS,
    LINTED_JS,
    expected_spans,
    is_warning_underline,
    painted_spans,
)
from ext_editors import EDITOR_IDS, EDITORS, Editor
from ext_firefox import Firefox
from ext_png import count
from ext_servers import RunningServer, start_smmlint_server

TOKEN = "firefox-pairing-token-0123456789"
DRAFT = "Hello 👋 世界! Shop now and save."  # one code point per key
MIN_UNDERLINE_PIXELS = 40


@pytest.fixture(scope="module")
def paired_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningServer]:
    """The real server with a pairing token, as after ``smmlint serve --pair``."""
    server = start_smmlint_server(tmp_path_factory.mktemp("paired"), token=TOKEN)
    yield server
    server.stop()


@pytest.fixture(scope="module")
def firefox(
    tmp_path_factory: pytest.TempPathFactory, paired_server: RunningServer
) -> Iterator[Firefox]:
    browser = Firefox(tmp_path_factory.mktemp("firefox"), EXTENSION_DIR)
    sites = [
        {"match": e.match(), "profile": e.profile, "platform": "", "enabled": True} for e in EDITORS
    ]
    settings = {"serverUrl": paired_server.url, "token": TOKEN, "customSites": sites}
    browser.extension_eval(f"browser.storage.local.set({json.dumps(settings)})")
    browser.wait_for(
        browser.options,
        "browser.scripting.getRegisteredContentScripts()"
        f".then((scripts) => scripts[0]?.matches.length === {len(EDITORS)})",
    )
    yield browser
    browser.quit()


def test_options_page_shows_the_paired_server(firefox: Firefox) -> None:
    firefox.reload_options()
    status = firefox.wait_for(
        firefox.options,
        "document.querySelector('#server-status[data-state=ok]')?.textContent",
    )
    assert status.startswith("Connected to smmlint ")
    assert firefox.extension_eval("browser.permissions.contains({origins: ['http://127.0.0.1/*']})")


def type_draft(firefox: Firefox, url: str) -> str:
    tab = firefox.new_tab(url)
    firefox.wait_for(tab, "window.testEditorReady === true")
    firefox.click(tab, "testEditor.root()")
    firefox.type(tab, DRAFT)
    return tab


@pytest.mark.parametrize("editor", EDITORS, ids=EDITOR_IDS)
def test_underlines_land_on_the_right_characters_in_firefox(
    editor: Editor,
    firefox: Firefox,
    paired_server: RunningServer,
    pages_url: str,
    server_platforms: set[str],
) -> None:
    tab = type_draft(firefox, f"{pages_url}/{editor.page}.html")
    firefox.wait_for(tab, f'({LINTED_JS})("ok")')
    assert firefox.value(tab, f"({HOST_JS})().platform") == editor.platform
    text = firefox.value(tab, "testEditor.text()")
    platform = editor.platform if editor.platform in server_platforms else "generic"
    expected = expected_spans(paired_server.url, text, platform, TOKEN)
    assert any(span[3] == "Shop now" for span in expected), expected
    highlights = firefox.value(tab, f"({HIGHLIGHTS_JS})(testEditor.root())")
    assert painted_spans(highlights) == expected
    shop = next(h for h in highlights if h["text"] == "Shop now")
    underline = count(firefox.screenshot(tab, shop["rect"], margin=4), is_warning_underline)
    assert underline >= MIN_UNDERLINE_PIXELS, "Firefox does not paint the underline"
    with_extension = firefox.value(tab, "[testEditor.text(), testEditor.html()]")

    # The same typing where the extension does not run (localhost is not a site switched on).
    control = type_draft(
        firefox, f"{pages_url.replace('127.0.0.1', 'localhost')}/{editor.page}.html"
    )
    firefox.wait_for(control, "testEditor.text().length > 0")
    assert firefox.value(control, "document.querySelector('smmlint-root')") is None
    assert firefox.value(control, "[testEditor.text(), testEditor.html()]") == with_extension
    assert firefox.errors_in(tab) == firefox.errors_in(control) == []
    firefox.close_tab(tab)
    firefox.close_tab(control)
