"""Tooltips, the badge's panel, "Ignore" and the explanation link, against the real server with
test-only rules whose messages are HTML: they must show as text, never as markup."""

from __future__ import annotations

from typing import Any

import pytest
from ext_bait import HTML_BAIT, HTML_HINT, HTML_MESSAGE, POST_MESSAGE
from ext_browser import EditorPage
from ext_editors import EDITOR_IDS, EDITORS, Editor

DRAFT = f"Try {HTML_BAIT} and Shop now."
MARKUP_IN_OVERLAY = """() => document.querySelector("smmlint-root").shadowRoot
  .querySelectorAll("img, script, b, i, a[href^='https://']").length"""


def hover(page: EditorPage, text: str) -> Any:
    """Point at the underline over ``text``; returns the visible tooltip."""
    mark = next(h for h in page.highlights() if h["text"] == text)
    rect = mark["rect"]
    page.page.mouse.move(rect["x"] + rect["width"] / 2, rect["y"] + rect["height"] / 2)
    tooltip = page.shadow(".tooltip")
    tooltip.wait_for(state="visible")
    return tooltip


@pytest.mark.parametrize("editor", EDITORS, ids=EDITOR_IDS)
def test_html_in_messages_shows_as_text_and_ignore_hides_one_finding(
    editor: Editor, baited: Any, open_page: Any
) -> None:
    page = open_page(baited.context, editor)
    page.click_editor()
    page.type(DRAFT)
    page.wait_for_state("ok")
    assert [h["text"] for h in page.highlights()] == [HTML_BAIT, "Shop now"]
    caret = page.call("caret")
    with page.untouched("the tooltip, the panel and Ignore were used"):
        read_and_ignore(page)
    assert [h["text"] for h in page.highlights()] == ["Shop now"]
    assert page.text() == DRAFT
    assert page.call("caret") == caret and page.call("focused")

    with baited.context.expect_page() as opened:
        hover(page, "Shop now").locator(".explain").click()
    explanation = opened.value
    explanation.locator("#title", has_text="SMM101 sales-push").wait_for()
    assert "What it does" in explanation.locator("#doc").text_content()
    explanation.close()
    assert page.call("focused")
    assert page.errors == []


def read_and_ignore(page: EditorPage) -> None:
    """Hover the bait's underline, open the panel, close it, ignore the bait's finding."""
    tooltip = hover(page, HTML_BAIT)
    assert tooltip.locator(".message").text_content() == HTML_MESSAGE
    assert tooltip.locator(".hint").text_content() == HTML_HINT
    assert "html-span-bait" in tooltip.locator(".rule").text_content()
    page.shadow(".badge").click()
    panel = page.shadow(".panel")
    panel.wait_for(state="visible")
    assert POST_MESSAGE in panel.text_content()
    assert page.page.evaluate(MARKUP_IN_OVERLAY) == 0
    assert page.page.evaluate("() => [document.title, window.smmlintPwned]") == [
        page.page.title(),
        None,
    ]
    assert "pwned" not in page.page.title()
    page.shadow(".badge").click()  # closes the panel

    hover(page, HTML_BAIT).locator(".ignore").click()
    page.page.wait_for_function("() => CSS.highlights.get('smmlint-warning').size === 1")


@pytest.mark.parametrize("editor", EDITORS, ids=EDITOR_IDS)
def test_ignore_lasts_for_one_draft(editor: Editor, baited: Any, open_page: Any) -> None:
    page = open_page(baited.context, editor)
    page.click_editor()
    page.type(DRAFT)
    page.wait_for_state("ok")
    hover(page, HTML_BAIT).locator(".ignore").click()
    page.page.wait_for_function("() => CSS.highlights.get('smmlint-warning').size === 1")
    page.type(" More.")  # the same draft, edited: still ignored
    page.wait_for_state("ok")
    assert [h["text"] for h in page.highlights()] == ["Shop now"]

    page.page.keyboard.press("Control+a")
    page.page.keyboard.press("Backspace")  # emptied (or posted): the next draft starts afresh
    page.wait_for_state("empty")
    page.type(DRAFT)
    page.wait_for_state("ok")
    assert [h["text"] for h in page.highlights()] == [HTML_BAIT, "Shop now"]
    assert page.errors == []
