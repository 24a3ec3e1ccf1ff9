"""IME composition: while a composition is open the extension neither asks nor redraws (not even
for an answer that arrives meanwhile), catches up when it ends, and the committed text comes out
exactly as without the extension."""

from __future__ import annotations

from typing import Any

import pytest
from ext_bait import LAG_BAIT, LAG_SECONDS
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


def compose(context: Any, page: Any, text: str) -> Any:
    """Open (or, with "", cancel) an IME composition in the focused editor; the CDP session."""
    cdp = context.new_cdp_session(page.page)
    cdp.send(
        "Input.imeSetComposition",
        {"text": text, "selectionStart": len(text), "selectionEnd": len(text)},
    )
    return cdp


@pytest.mark.parametrize("editor", EDITORS, ids=EDITOR_IDS)
def test_an_answer_arriving_mid_composition_is_not_drawn(
    editor: Editor, baited: Any, open_page: Any
) -> None:
    page = open_page(baited.context, editor)
    page.click_editor()
    page.type(f"{LAG_BAIT}. Shop now ")
    page.wait_for_host('data.inflight === "1"')
    cdp = compose(baited.context, page, "にほん")  # while the answer is on its way
    page.wait_for_host('data.inflight === "0"', timeout=(LAG_SECONDS + 4) * 1000)
    page.next_frames()
    assert page.highlights() == [], "an answer was drawn mid-composition"
    assert page.host()["answers"] == "0"

    cdp.send("Input.insertText", {"text": "日本"})
    page.page.wait_for_function("() => testEditor.text().includes('日本')")
    host = page.wait_for_state("ok", timeout=(LAG_SECONDS + 4) * 1000)
    assert (host["requests"], host["answers"]) == ("2", "1")
    assert [h["text"] for h in page.highlights()] == ["Shop now"]
    assert page.errors == []


@pytest.mark.parametrize("editor", EDITORS, ids=EDITOR_IDS)
def test_a_cancelled_composition_still_sends_the_pending_lint(
    editor: Editor, extension: Any, open_page: Any
) -> None:
    page = open_page(extension.context, editor)
    page.click_editor()
    page.type("Shop now")
    page.next_frames()  # the extension has read "Shop now"; its lint waits for a pause
    compose(extension.context, page, "にほん")
    host = page.host()
    assert (host["textLength"], host["requests"]) == ("8", "0"), "no lint was pending"
    compose(extension.context, page, "")  # cancelled: the text is as it was
    assert page.text() == "Shop now"
    page.wait_for_state("ok")
    assert [h["text"] for h in page.highlights()] == ["Shop now"]
    assert page.errors == []


@pytest.mark.parametrize("editor", EDITORS, ids=EDITOR_IDS)
def test_a_settings_change_mid_composition_waits_for_its_end(
    editor: Editor, extension: Any, open_page: Any
) -> None:
    page = open_page(extension.context, editor)
    page.click_editor()
    page.type("Shop now ")
    page.wait_for_state("ok")
    marks = page.highlights()
    assert [h["text"] for h in marks] == ["Shop now"]
    cdp = compose(extension.context, page, "にほん")
    extension.settings(disabledRules=["SMM101"])  # sales-push off: its underline must go...
    settle(0.6)
    assert page.highlights() == marks, "redrew mid-composition"
    cdp.send("Input.insertText", {"text": "日本"})
    page.page.wait_for_function("() => testEditor.text().includes('日本')")
    page.wait_for_state("ok")
    assert page.highlights() == []  # ...once the composition has ended
    assert page.errors == []
