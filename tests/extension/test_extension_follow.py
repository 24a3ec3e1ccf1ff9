"""Underlines follow the text: typing before them, the app rewriting its content, re-renders; the
page changes not at all while the answers are drawn."""

from __future__ import annotations

from typing import Any

import pytest
from ext_browser import EditorPage, expected_spans, painted_spans, settle
from ext_editors import EDITOR_IDS, EDITORS, Editor

GREETING = "Hi 👋🏽 世界 "
SHIFT = len(GREETING.encode("utf-16-le")) // 2  # JavaScript string units


def assert_as_server_says(page: EditorPage, server_url: str, platform: str) -> None:
    expected = expected_spans(server_url, page.text(), platform)
    assert any(span[3] == "Shop now" for span in expected), expected
    assert painted_spans(page.highlights()) == expected


@pytest.mark.parametrize("editor", EDITORS, ids=EDITOR_IDS)
def test_underlines_follow_edits_and_rewrites(
    editor: Editor, extension: Any, open_page: Any, smmlint_server: Any, server_platforms: set[str]
) -> None:
    platform = editor.platform if editor.platform in server_platforms else "generic"
    page = open_page(extension.context, editor)
    page.click_editor()
    page.type("Shop now, friends.")
    with page.untouched("the answer was drawn"):
        page.wait_for_state("ok")
    assert_as_server_says(page, smmlint_server.url, platform)

    # Typing before an underline moves it along on the next frame, before any new answer. The
    # greeting goes in as one edit, so that frame comes long before the 200 ms pause is over.
    answers = page.host()["answers"]
    page.page.keyboard.press("Home")
    page.page.keyboard.insert_text(GREETING)
    view = page.next_frame()
    assert view["host"]["answers"] == answers, "an answer came before the next frame"
    shop = [h for h in view["highlights"] if h["text"] == "Shop now"]
    assert [(h["start"], h["end"]) for h in shop] == [(SHIFT, SHIFT + 8)], view["highlights"]
    with page.untouched("the answer was drawn"):
        page.wait_for_state("ok")
    assert page.text().startswith(GREETING + "Shop now")
    assert_as_server_says(page, smmlint_server.url, platform)

    # The app rewrites its content: new text, new nodes.
    page.call("rewrite", "Big news: " + page.text())
    with page.untouched("the answer for the rewritten text was drawn"):
        page.wait_for_state("ok")
    assert page.text().startswith("Big news: ")
    assert_as_server_says(page, smmlint_server.url, platform)

    # The app re-renders the same text: the underlines stay, nothing is asked again.
    answers = page.host()["answers"]
    page.call("startRecording")
    page.call("rewrite", page.text())
    settle(0.6)
    replaced = page.call("stopRecording")
    assert editor.textarea or replaced, "the rewrite should have replaced the editor's nodes"
    assert_as_server_says(page, smmlint_server.url, platform)
    assert page.host()["answers"] == answers
    assert page.errors == []
