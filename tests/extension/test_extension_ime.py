"""IME composition: while a composition is open the extension neither asks nor redraws, and the
committed text comes out exactly as without the extension."""

from __future__ import annotations

from typing import Any

import pytest
from ext_browser import settle
from ext_editors import EDITOR_IDS, EDITORS, Editor


@pytest.mark.parametrize("editor", EDITORS, ids=EDITOR_IDS)
def test_composition_is_left_alone(
    editor: Editor, extension: Any, control_context: Any, open_page: Any
) -> None:
    page = open_page(extension.context, editor)
    page.click_editor()
    page.type("Shop now ")
    before = page.wait_for_state("ok")
    marks = page.highlights()
    page.call("startRecording")
    cdp = extension.context.new_cdp_session(page.page)
    cdp.send("Input.imeSetComposition", {"text": "にほん", "selectionStart": 3, "selectionEnd": 3})
    settle(0.6)
    assert page.host()["requests"] == before["requests"], "asked the server mid-composition"
    assert page.highlights() == marks, "redrew mid-composition"
    cdp.send("Input.insertText", {"text": "日本"})
    page.page.wait_for_function("() => testEditor.text().includes('日本')")
    after = page.wait_for_state("ok")
    assert int(after["requests"]) > int(before["requests"])
    assert [h["text"] for h in page.highlights()] == ["Shop now"]
    with_extension = {
        "text": page.text(),
        "html": page.call("html"),
        "mutations": page.call("stopRecording"),
    }

    control = open_page(control_context, editor)
    control.click_editor()
    control.type("Shop now ")
    settle()
    control.call("startRecording")
    cdp = control_context.new_cdp_session(control.page)
    cdp.send("Input.imeSetComposition", {"text": "にほん", "selectionStart": 3, "selectionEnd": 3})
    settle(0.6)
    cdp.send("Input.insertText", {"text": "日本"})
    settle()
    without = {
        "text": control.text(),
        "html": control.call("html"),
        "mutations": control.call("stopRecording"),
    }
    assert with_extension == without
    assert page.errors == control.errors == []
