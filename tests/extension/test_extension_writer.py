"""The extension as a writer sees it, on every site's compose box in its light and dark theme:
the badge outside the text and clear of the box's controls, following it as it grows; the panel
and the tooltip inside the viewport, clear of Post and the toolbar, flipping above, closing on
Escape and a click outside and giving focus back without moving the caret; overlapping
findings paged ("1 of 2") and neighbours underlined in different styles; colours from the
page's background at WCAG AA contrast; the score labelled in its band's colour; plain words
first; what the post does well; the keyboard; no stray squiggle at a wrap. Throughout, the
page records no mutation and no long task while only the extension acts."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from ext_browser import EditorPage, post_json
from ext_editors import EDITORS, Editor
from ext_servers import closed_port

SITES = [editor for editor in EDITORS if editor.profile != "any"]
THEMES = ("light", "dark")
CASES = [(editor, theme) for editor in SITES for theme in THEMES]
CASE_IDS = [f"{editor.id}-{theme}" for editor, theme in CASES]

# "BUY NOW" carries two findings (sales-push, all-caps) and touches "!!!" (punctuation-pileup).
DRAFT = "BUY NOW!!! Our spring range is here."
GOOD_DRAFT = "Which trail did you love most this summer? Tell us and we will map it next."
AA_TEXT = 4.5
AA_GRAPHICS = 3.0
# Where the screenshots for docs/extension.md go (unset: not kept).
SHOTS = os.environ.get("SMMLINT_SCREENSHOTS")

COLOUR_JS = """
const parse = (c) => { const m = /rgba?\\(([^)]+)\\)/.exec(c) ?? [0, "0,0,0,0"];
  const p = m[1].split(/[\\s,\\/]+/).filter(Boolean).map(Number);
  return [p[0], p[1], p[2], p[3] ?? 1]; };
const over = (top, bottom) => [0, 1, 2].map((i) => top[i] * top[3] + bottom[i] * (1 - top[3]));
const lum = (rgb) => { const [r, g, b] = rgb.map((v) => { v /= 255;
  return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
const ratio = (a, b) => { const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05); };
const up = (n) => n.parentNode instanceof ShadowRoot ? n.parentNode.host : n.parentElement;
const behind = (el) => { const layers = [];
  for (let n = el; n; n = up(n)) { const c = parse(getComputedStyle(n).backgroundColor);
    if (c[3] > 0) { layers.push(c); if (c[3] === 1) break; } }
  return layers.reduceRight((below, layer) => over(layer, below), [255, 255, 255]); };
"""

# Rects (viewport) of the extension's boxes and of the page's own controls and editors.
SCENE_JS = """() => {
  const shadow = document.querySelector("smmlint-root").shadowRoot;
  const box = (el) => { if (!el || el.hidden) return null; const r = el.getBoundingClientRect();
    return {left: r.left, top: r.top, right: r.right, bottom: r.bottom}; };
  const visible = (sel) => [...shadow.querySelectorAll(sel)].find((el) => !el.hidden) ?? null;
  // The page's controls, and its labels next to the editor (a counter, the dialog's title).
  const seen = "button, [role=button], .counter, .compose-head > span";
  const deep = (root) => [...root.querySelectorAll(seen)];
  const outlet = document.getElementById("interop-outlet");
  const controls = [...deep(document), ...(outlet ? deep(outlet.shadowRoot) : [])]
    .map(box).filter((r) => r && r.right > r.left);
  return {
    badge: box(visible(".badge")), panel: box(visible(".panel")),
    tooltip: box(visible(".tooltip")), editor: box(testEditor.root()),
    editors: testEditors.map((e) => box(e.root())), controls,
    dialog: box(document.querySelector("[role=dialog]")),
    viewport: {left: 0, top: 0, right: document.documentElement.clientWidth,
               bottom: document.documentElement.clientHeight},
  };
}"""

# Contrast ratios of what the writer reads, on the backgrounds it is painted on.
CONTRAST_JS = (
    "() => {"
    + COLOUR_JS
    + """
  const shadow = document.querySelector("smmlint-root").shadowRoot;
  const out = {};
  const text = (name, el) => { if (!el) return;
    out[name] = ratio(over(parse(getComputedStyle(el).color), behind(el)), behind(el)); };
  const badge = [...shadow.querySelectorAll(".badge")].find((el) => !el.hidden);
  text("badge text", badge);
  out["badge on page"] = ratio(behind(badge), behind(testEditor.root()));
  for (const sel of [".message", ".hint", ".quote", ".details-toggle", ".position"]) {
    text(`tooltip ${sel}`, shadow.querySelector(`.tooltip ${sel}`));
  }
  for (const sel of [".heading", ".verdict", ".section > .title", ".good", ".keys", ".close"]) {
    const shown = [...shadow.querySelectorAll(`.panel ${sel}`)].find((el) => el.offsetParent);
    text(`panel ${sel}`, shown);
  }
  const rules = [...document.adoptedStyleSheets].flatMap((sheet) => [...sheet.cssRules]);
  const editorBackground = behind(testEditor.root());
  for (const severity of ["suggestion", "warning", "error"]) {
    const rule = rules.find((r) => r.selectorText === `::highlight(smmlint-${severity})`);
    out[`${severity} line`] = ratio(parse(rule.style.textDecorationColor), editorBackground);
  }
  out.pageIsDark = lum(editorBackground) < 0.2;
  return out;
}"""
)

# Long animation frames (Chromium's LoAF) while only the extension acts. A page script's own
# work is attributed to it (Lexical takes 50 ms now and then on a busy machine); what no page
# script accounts for is the extension's handlers and the style and layout they cause. The
# 50 ms budget for the extension's own calls is measured on a quiet machine by
# benchmarks/extension_latency.py; here, on a 2-core machine that may be shared many times
# over, a frame stretches with the wait for a core, so only a frame three times that long
# fails (a handler that blocks for 200 ms does).
LONG_TASKS_JS = """() => { window.smmlintLongTasks = [];
  new PerformanceObserver((list) => { for (const frame of list.getEntries()) {
    const pages = frame.scripts.reduce((sum, script) => sum + script.duration, 0);
    if (frame.duration - pages >= 150) window.smmlintLongTasks.push(
      {duration: frame.duration, pageScripts: pages});
  } }).observe({type: "long-animation-frame"}); }"""

# Puts a line wrap between "Shop" and "now" (one-letter words in front) and returns how many
# words that took (0: never wrapped there). A textarea is measured on the extension's mirror.
WRAP_JS = """async () => {
  const frame = () => new Promise((done) => requestAnimationFrame(done));
  const root = testEditor.root();
  const mirror = () => document.querySelector("smmlint-root").shadowRoot.querySelector(".mirror");
  const texts = function* (n) {
    for (const c of n.childNodes) { if (c.nodeType === 3) yield c; else yield* texts(c); } };
  for (let words = 20; words < 160; words += 1) {
    const text = "a ".repeat(words) + "is it. Shop now and save.";
    testEditor.rewrite(text);
    // The mirror of a textarea follows within 0.5 s; a rich editor (Draft.js) shows the text
    // once React has rendered it: wait for what is on screen, not for a number of frames.
    const shown = () => (root instanceof HTMLTextAreaElement
      ? mirror().firstChild.data === text : root.textContent.includes(text));
    for (let waited = 0; waited < 120 && !shown(); waited += 1) await frame();
    const node = [...texts(root instanceof HTMLTextAreaElement ? mirror() : root)]
      .find((t) => t.data.includes("Shop now"));
    const at = node.data.indexOf("Shop now");
    const shop = new Range(); shop.setStart(node, at); shop.setEnd(node, at + 4);
    const now = new Range(); now.setStart(node, at + 5); now.setEnd(node, at + 8);
    if (now.getBoundingClientRect().top > shop.getBoundingClientRect().bottom - 1) return words;
  }
  return 0;
}"""


def overlap(a: dict[str, float], b: dict[str, float]) -> float:
    width = min(a["right"], b["right"]) - max(a["left"], b["left"])
    height = min(a["bottom"], b["bottom"]) - max(a["top"], b["top"])
    return max(0.0, width) * max(0.0, height)


def inside(a: dict[str, float], frame: dict[str, float]) -> bool:
    return (
        a["left"] >= frame["left"] - 0.5
        and a["top"] >= frame["top"] - 0.5
        and a["right"] <= frame["right"] + 0.5
        and a["bottom"] <= frame["bottom"] + 0.5
    )


def assert_clear(page: EditorPage, what: str) -> dict[str, Any]:
    """The box `what` (badge, panel, tooltip) is in the viewport and covers no page control or
    label; the badge also covers no editor."""
    scene = page.page.evaluate(SCENE_JS)
    rect = scene[what]
    assert rect is not None, f"the {what} is not shown"
    assert inside(rect, scene["viewport"]), f"the {what} leaves the viewport: {rect}"
    covered = [c for c in scene["controls"] if overlap(rect, c) > 0]
    assert covered == [], f"the {what} covers the page's controls {covered}"
    if what == "badge":
        for editor in scene["editors"]:
            assert overlap(rect, editor) == 0, f"the badge covers the text: {rect} {editor}"
    return scene


def shot(page: EditorPage, name: str, tmp_path: Path) -> None:
    """A screenshot a person can look at (kept for the docs when SMMLINT_SCREENSHOTS is set)."""
    folder = Path(SHOTS) if SHOTS else tmp_path
    page.page.screenshot(path=str(folder / f"{name}.png"))


def caret_and_focus(page: EditorPage) -> tuple[Any, bool]:
    return page.call("caret"), page.call("focused")


def hover(page: EditorPage, text: str) -> None:
    mark = next(h for h in page.highlights() if h["text"] == text)
    rect = mark["rect"]
    page.page.mouse.move(rect["x"] + rect["width"] / 2, rect["y"] + rect["height"] / 2)
    page.shadow(".tooltip").wait_for(state="visible")


@pytest.mark.parametrize(("editor", "theme"), CASES, ids=CASE_IDS)
def test_the_writer_sees_clear_readable_help(
    editor: Editor, theme: str, extension: Any, smmlint_server: Any, open_page: Any, tmp_path: Path
) -> None:
    page = open_page(extension.context, editor, f"?theme={theme}")
    page.click_editor()
    page.type(DRAFT)
    host = page.wait_for_state("ok")

    # Overlapping and touching findings: three underline styles, each finding its own.
    marks = sorted(page.highlights(), key=lambda h: (h["start"], -h["end"]))
    buy = [m for m in marks if m["text"] == "BUY NOW"]
    bang = next(m for m in marks if m["text"] == "!!!")
    assert len(buy) == 2, marks
    assert len({m["style"] for m in [*buy, bang]}) == 3, "overlapping or touching marks look alike"

    # The badge: outside the text, clear of Post and the toolbar, labelled, in the band's colour.
    report = post_json(
        f"{smmlint_server.url}/v1/lint", {"text": DRAFT, "platform": editor.platform}
    )
    badge = page.shadow(".badge")
    assert badge.text_content() == f"{report['score']}/100" == f"{host['score']}/100"
    assert badge.get_attribute("data-band") == report["band"]
    assert f"score {report['score']} out of 100" in badge.get_attribute("aria-label")
    assert_clear(page, "badge")

    caret = caret_and_focus(page)
    page.page.evaluate(LONG_TASKS_JS)
    with page.untouched("the writer used the tooltip, the panel and the keyboard"):
        # Tooltip: plain words first, codes on demand, "1 of 2" over BUY NOW.
        hover(page, "BUY NOW")
        tooltip = page.shadow(".tooltip")
        assert tooltip.locator(".position").text_content() == "1 of 2"
        first = tooltip.locator(".message").text_content()
        assert tooltip.locator(".card").inner_text().strip().splitlines()[0] == first
        assert not tooltip.locator(".rule").is_visible()
        tooltip.locator(".details-toggle").click()
        assert tooltip.locator(".rule").is_visible()
        assert " · SMM" in tooltip.locator(".rule").text_content()
        assert_clear(page, "tooltip")
        tooltip.locator(".next").click()
        assert tooltip.locator(".position").text_content() == "2 of 2"
        assert tooltip.locator(".message").text_content() != first
        contrast = page.page.evaluate(CONTRAST_JS)
        page.page.keyboard.press("Escape")
        tooltip.wait_for(state="hidden")
        assert caret_and_focus(page) == caret

        # The panel: opened by the badge, placed clear, closed by Escape and a click outside.
        badge.click()
        panel = page.shadow(".panel")
        panel.wait_for(state="visible")
        assert panel.get_attribute("role") == "dialog"
        assert badge.get_attribute("aria-expanded") == "true"
        scene = assert_clear(page, "panel")
        if scene["dialog"] and scene["panel"]["bottom"] <= scene["dialog"]["bottom"]:
            assert inside(scene["panel"], scene["dialog"])
        contrast.update(page.page.evaluate(CONTRAST_JS))
        page.page.keyboard.press("Escape")
        panel.wait_for(state="hidden")
        assert caret_and_focus(page) == caret
        badge.click()
        panel.wait_for(state="visible")
    long_tasks = page.page.evaluate("() => window.smmlintLongTasks")
    shot(page, f"{editor.page}-{theme}-panel", tmp_path)  # (a screenshot may re-render Draft.js)
    page.page.mouse.click(5, 5)  # outside, on the page (the editor loses focus: it may re-render)
    panel.wait_for(state="hidden")
    hover(page, "BUY NOW")
    shot(page, f"{editor.page}-{theme}-tooltip", tmp_path)

    # Colours follow the page, at WCAG AA: 4.5:1 for text, 3:1 for lines and the badge.
    assert contrast.pop("pageIsDark") == (theme == "dark")
    low = {
        name: round(value, 2)
        for name, value in contrast.items()
        if value < (AA_GRAPHICS if "line" in name or name == "badge on page" else AA_TEXT)
    }
    assert low == {}, f"below WCAG AA: {low} (all: {contrast})"
    assert long_tasks == [], "a long frame not from the page's scripts while the extension acted"
    assert page.errors == []


@pytest.mark.parametrize(("editor", "theme"), CASES, ids=CASE_IDS)
def test_keyboard_flip_growth_wrap_and_praise(
    editor: Editor, theme: str, extension: Any, open_page: Any, tmp_path: Path
) -> None:
    page = open_page(extension.context, editor, f"?theme={theme}")
    page.click_editor()
    page.type(DRAFT)
    page.wait_for_state("ok")
    caret = caret_and_focus(page)

    # Keyboard: Alt+Shift+L opens the panel; Tab walks its buttons; "Show in text" opens the
    # tooltip on its underline; arrows page; Escape closes. Focus and caret never leave the text.
    current = """(box) => document.querySelector("smmlint-root").shadowRoot
      .querySelector(`.${box} [data-current]`)?.className ?? null"""
    with page.untouched("the writer used the keyboard"):
        page.page.keyboard.press("Alt+Shift+L")
        page.shadow(".panel").wait_for(state="visible")
        assert page.page.evaluate(current, "panel") == "close"
        for _ in range(12):
            page.page.keyboard.press("Tab")
            if page.page.evaluate(current, "panel") == "show":
                break
        assert page.page.evaluate(current, "panel") == "show"
        assert page.text() == DRAFT and caret_and_focus(page) == caret
        page.page.keyboard.press("Escape")
        page.shadow(".panel").wait_for(state="hidden")
        page.page.keyboard.press("Alt+Shift+L")
        page.shadow(".panel").wait_for(state="visible")
        page.page.keyboard.press("Shift+Tab")  # from the close button back round to the last
        while page.page.evaluate(current, "panel") != "show":
            page.page.keyboard.press("Shift+Tab")
        page.page.keyboard.press("Enter")
        tooltip = page.shadow(".tooltip")
        tooltip.wait_for(state="visible")
        page.shadow(".panel").wait_for(state="hidden")
        assert tooltip.get_attribute("data-count") in ("1", "2")
        page.page.keyboard.press("Escape")
        tooltip.wait_for(state="hidden")
        assert page.text() == DRAFT and caret_and_focus(page) == caret

    # No room below: the panel flips above, still clear of the controls.
    scene = page.page.evaluate(SCENE_JS)
    size = page.page.viewport_size
    page.page.set_viewport_size(
        {"width": size["width"], "height": int(scene["badge"]["bottom"]) + 40}
    )
    page.shadow(".badge").click()
    page.shadow(".panel").wait_for(state="visible")
    assert page.shadow(".panel").get_attribute("data-side") == "above"
    assert_clear(page, "panel")
    page.page.keyboard.press("Escape")
    page.page.set_viewport_size(size)

    # The box grows with the text: the badge follows, never over the last line.
    page.page.keyboard.press("End")
    for line in ("Second line.", "Third line.", "Fourth line.", "Fifth line, the last."):
        page.page.keyboard.press("Enter")
        page.type(line)
    page.wait_for_state("ok")
    page.next_frames()
    scene = assert_clear(page, "badge")
    assert scene["badge"]["top"] >= scene["editor"]["bottom"] - 1 or (
        scene["badge"]["left"] >= scene["editor"]["right"]
    )
    shot(page, f"{editor.page}-{theme}-grown", tmp_path)

    # A phrase wrapped at its space: no underline under the space left at the line's end.
    assert page.page.evaluate(WRAP_JS) > 0, "could not wrap the line between Shop and now"
    page.wait_for_state("ok")
    shop = [h["text"] for h in page.highlights() if h["text"] in ("Shop", "now", "Shop now")]
    assert shop == ["Shop", "now"], page.highlights()

    # A draft that does well: the panel says what works.
    page.call("rewrite", GOOD_DRAFT)
    page.wait_for_state("ok")
    page.shadow(".badge").click()
    strengths = page.shadow(".panel .strengths")
    strengths.wait_for(state="visible")
    assert "invites a conversation" in strengths.text_content()
    assert_clear(page, "panel")
    shot(page, f"{editor.page}-{theme}-good", tmp_path)
    assert page.errors == []


IDLE_CONTRAST_JS = (
    "() => {"
    + COLOUR_JS
    + """
  const badge = document.querySelector("smmlint-root").shadowRoot.querySelector(".badge");
  const style = getComputedStyle(badge);
  const page = behind(testEditor.root());
  const fill = over(parse(style.backgroundColor), page);
  return {text: ratio(over(parse(style.color), fill), fill), dashed: style.borderTopStyle,
          edge: ratio(over(parse(style.borderTopColor), page), page)};
}"""
)


@pytest.mark.parametrize(("editor", "theme"), CASES, ids=CASE_IDS)
def test_not_connected_badge_is_readable(
    editor: Editor, theme: str, extension: Any, open_page: Any
) -> None:
    extension.settings(serverUrl=f"http://127.0.0.1:{closed_port()}")
    page = open_page(extension.context, editor, f"?theme={theme}")
    page.click_editor()
    page.type("Shop now")
    page.wait_for_state("not-connected", timeout=10_000)
    assert page.shadow(".badge").text_content() == "–"
    assert "not connected" in page.shadow(".badge").get_attribute("aria-label")
    contrast = page.page.evaluate(IDLE_CONTRAST_JS)
    assert contrast["dashed"] == "dashed"
    assert contrast["text"] >= AA_TEXT, contrast
    assert contrast["edge"] >= AA_GRAPHICS, contrast
    assert_clear(page, "badge")
    assert page.errors == []
