"""The same scenarios on every editor, each page built from the real library a site uses.

A typing session runs twice, in Chromium with the extension and without it; the editor's model
text, DOM, mutation records, caret, focus and undo must come out identical, and the underlines
must sit on the characters the real server reported, after emoji and CJK.
"""

from __future__ import annotations

import time
from typing import Any

import pytest
from ext_browser import (
    EditorPage,
    expected_spans,
    is_ink,
    is_warning_underline,
    painted_spans,
    settle,
)
from ext_editors import EDITOR_IDS, EDITORS, Editor
from ext_png import columns, count

CHUNKS = ("Hello 👋🏽 世界! ", "Shop now and save.")
# The underline of "Shop now" is a wavy line some 60 px long: hundreds of pixels.
MIN_UNDERLINE_PIXELS = 40
INK_MARGIN = 5


def lints_as(editor: Editor, server_platforms: set[str]) -> str:
    return editor.platform if editor.platform in server_platforms else "generic"


def snapshot(page: EditorPage) -> dict[str, Any]:
    return {
        "text": page.text(),
        "html": page.call("html"),
        "caret": page.call("caret"),
        "focused": page.call("focused"),
    }


def type_session(page: EditorPage) -> None:
    page.call("startRecording")
    page.click_editor()
    for chunk in CHUNKS:
        page.type(chunk)
        settle()


def undo(page: EditorPage) -> str:
    """Press Ctrl+Z and wait until the editor shows the change (at most 10 s: on a loaded
    machine a fixed half second was sometimes read before the editor had undone)."""
    before = page.text()
    page.page.keyboard.press("Control+z")
    deadline = time.monotonic() + 10
    while (text := page.text()) == before and time.monotonic() < deadline:
        time.sleep(0.05)
    return text


def undo_twice(page: EditorPage) -> list[dict[str, Any]]:
    states = []
    for _ in range(2):
        text = undo(page)
        states.append({"text": text, "html": page.call("html")})
    return states


@pytest.mark.parametrize("editor", EDITORS, ids=EDITOR_IDS)
def test_typing_session_is_identical_with_and_without_the_extension(
    editor: Editor,
    extension: Any,
    control_context: Any,
    open_page: Any,
    smmlint_server: Any,
    server_platforms: set[str],
) -> None:
    page = open_page(extension.context, editor)
    type_session(page)
    host = page.wait_for_state("ok")
    assert host["platform"] == editor.platform

    expected = expected_spans(smmlint_server.url, page.text(), lints_as(editor, server_platforms))
    assert any(span[3] == "Shop now" for span in expected), expected
    highlights = page.highlights()
    assert painted_spans(highlights) == expected
    assert all(h["inMirror"] == editor.textarea for h in highlights)
    shop = next(h for h in highlights if h["text"] == "Shop now")
    # One screenshot per run, same clip: a screenshot fires focus events some editors re-render on.
    underline = count(page.screenshot(shop["rect"], margin=INK_MARGIN), is_warning_underline)
    assert underline >= MIN_UNDERLINE_PIXELS, "the underline is not painted"

    caret = page.call("caret")
    center = (
        shop["rect"]["x"] + shop["rect"]["width"] / 2,
        shop["rect"]["y"] + shop["rect"]["height"] / 2,
    )
    page.page.mouse.move(*center)
    tooltip = page.shadow(".tooltip")
    tooltip.wait_for(state="visible")
    assert "sales-push" in tooltip.locator(".rule").text_content()
    page.shadow(".badge").click()
    page.shadow(".panel").wait_for(state="visible")
    assert page.call("caret") == caret and page.call("focused"), "the overlay moved the caret"
    page.page.mouse.move(0, 0)
    with_extension = {**snapshot(page), "mutations": page.call("stopRecording")}
    with_extension["undo"] = undo_twice(page)
    assert page.errors == []

    control = open_page(control_context, editor)
    type_session(control)
    control.page.mouse.move(*center)
    settle(0.4)
    control.page.mouse.move(0, 0)
    picture = control.screenshot(shop["rect"], margin=INK_MARGIN)
    assert count(picture, is_warning_underline) == 0
    ink = columns(picture, is_ink)
    width = round(shop["rect"]["width"])
    assert INK_MARGIN - 1 <= ink[0] <= INK_MARGIN + 3, "the underline starts off its word"
    assert INK_MARGIN + width - 4 <= ink[-1] <= INK_MARGIN + width + 1, (
        "the underline ends off its word"
    )
    without_extension = {**snapshot(control), "mutations": control.call("stopRecording")}
    without_extension["undo"] = undo_twice(control)
    assert control.errors == []

    assert with_extension == without_extension


# Paragraphs typed with Enter, an empty one among them: an underline in the 2nd and in the 4th.
PARAGRAPHS = (
    "Hello friends 👋🏽",
    "Shop now, everyone.",
    "",
    "Big news from 世界: buy now and save.",
)


@pytest.mark.parametrize("editor", EDITORS, ids=EDITOR_IDS)
def test_underlines_land_on_the_right_paragraph(
    editor: Editor,
    extension: Any,
    open_page: Any,
    smmlint_server: Any,
    server_platforms: set[str],
) -> None:
    page = open_page(extension.context, editor)
    page.click_editor()
    for index, paragraph in enumerate(PARAGRAPHS):
        if index:
            page.page.keyboard.press("Enter")
        page.type(paragraph)
    page.wait_for_state("ok")
    # The library's own text, one "\n" per block boundary, is what the extension sent.
    assert page.text() == "\n".join(PARAGRAPHS)

    expected = expected_spans(smmlint_server.url, page.text(), lints_as(editor, server_platforms))
    assert [span[3] for span in expected] == ["Shop now", "buy now"], expected
    highlights = page.highlights()
    assert painted_spans(highlights) == expected
    shop, buy = highlights
    assert buy["rect"]["y"] >= shop["rect"]["y"] + 2 * shop["rect"]["height"], "not two lines down"
    underline = count(page.screenshot(buy["rect"], margin=INK_MARGIN), is_warning_underline)
    assert underline >= MIN_UNDERLINE_PIXELS, "the underline on the last paragraph is not painted"
    assert page.errors == []


# Bursts typed with the badge's panel open and the tooltip showing: each answer changes what
# the panel lists, and the pointer moves the tooltip from one underline to another.
BURSTS = ("Hi all. ", "Shop now at our store. ", "Buy now! ", "Thanks")


def point_at(page: EditorPage, point: tuple[float, float]) -> None:
    page.page.mouse.move(*point)
    settle(0.4)


def center_of(page: EditorPage, text: str) -> tuple[float, float]:
    rect = next(h["rect"] for h in page.highlights() if h["text"] == text)
    return rect["x"] + rect["width"] / 2, rect["y"] + rect["height"] / 2


def undo_steps(page: EditorPage, steps: int = 3) -> list[str]:
    return [undo(page) for _ in range(steps)]


@pytest.mark.parametrize("editor", EDITORS, ids=EDITOR_IDS)
def test_undo_is_the_same_with_the_panel_and_tooltip_open_while_typing(
    editor: Editor, extension: Any, control_context: Any, open_page: Any
) -> None:
    page = open_page(extension.context, editor)
    page.click_editor()
    # Pauses as long as the control's: the editors' own undo steps split on time.
    page.type(BURSTS[0])
    settle()
    page.wait_for_state("ok")
    page.shadow(".badge").click()
    page.shadow(".panel").wait_for(state="visible")
    page.type(BURSTS[1])
    settle()
    page.wait_for_state("ok")
    shop = center_of(page, "Shop now")
    point_at(page, shop)
    page.shadow(".tooltip").wait_for(state="visible")
    page.type(BURSTS[2])
    settle()
    page.wait_for_state("ok")
    buy = center_of(page, "Buy now")
    point_at(page, buy)
    assert "Buy now" in page.shadow(".tooltip").inner_text()
    assert "Buy now" in page.shadow(".panel").inner_text()
    page.type(BURSTS[3])
    settle()
    with_extension = {"text": page.text(), "html": page.call("html"), "undo": undo_steps(page)}
    assert page.errors == []

    control = open_page(control_context, editor)
    control.click_editor()
    for burst, point in zip(BURSTS, (None, shop, buy, None), strict=True):
        control.type(burst)
        settle()
        if point:
            point_at(control, point)
    without_extension = {
        "text": control.text(),
        "html": control.call("html"),
        "undo": undo_steps(control),
    }
    assert control.errors == []
    assert with_extension == without_extension


TEXTAREAS = [editor for editor in EDITORS if editor.textarea]
RESTYLE_JS = """() => Object.assign(testEditor.root().style,
  {fontSize: "22px", paddingLeft: "40px", letterSpacing: "1px"})"""


@pytest.mark.parametrize("editor", TEXTAREAS, ids=[editor.id for editor in TEXTAREAS])
def test_the_mirror_follows_a_textarea_the_page_restyles(
    editor: Editor, extension: Any, open_page: Any
) -> None:
    page = open_page(extension.context, editor)
    page.click_editor()
    page.type("Shop now and save.")
    page.wait_for_state("ok")
    page.page.evaluate(RESTYLE_JS)  # a bigger font, more padding: the text moves
    settle()  # the extension re-places its overlay at least every 0.5 s
    shop = next(h for h in page.highlights() if h["text"] == "Shop now")
    picture = page.screenshot(shop["rect"], margin=INK_MARGIN)
    assert count(picture, is_warning_underline) >= MIN_UNDERLINE_PIXELS
    ink = columns(picture, is_ink)
    width = round(shop["rect"]["width"])
    assert INK_MARGIN - 1 <= ink[0] <= INK_MARGIN + 3, "the underline starts off its word"
    assert INK_MARGIN + width - 4 <= ink[-1] <= INK_MARGIN + width + 1, (
        "the underline ends off its word"
    )
    assert page.errors == []
