"""Debian's Chromium with the unpacked extension, driven by Playwright, and what tests read.

Isolated-world state is invisible to ``page.evaluate``: tests read the extension's work through
``CSS.highlights`` and the attributes of its own shadow host (``smmlint-root``), and the
background's counters through its service worker.
"""

from __future__ import annotations

import json
import time
import urllib.request
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from chromium import CHROMIUM, CHROMIUM_ARGS
from ext_editors import Editor
from ext_png import Pixel

ROOT = Path(__file__).resolve().parents[2]
EXTENSION_DIR = ROOT / "extension"
# How long the background may take to answer when the server is up (debounce + round trip).
LINT_TIMEOUT_MS = 8000

# Offsets as the extension maps the editor to text (one "\n" per block boundary), worked out by
# the editor library itself (testEditor.offsetOf); a textarea's mirror holds its value as is.
HIGHLIGHTS_JS = """
(root) => {
  const spans = [];
  for (const [name, highlight] of CSS.highlights) {
    if (!name.startsWith("smmlint-")) continue;
    for (const boundary of highlight) {
      const inMirror = boundary.startContainer.parentNode?.className === "mirror";
      if (!inMirror && !root.contains(boundary.startContainer)) continue;  // another editor's
      const range = new Range();
      range.setStart(boundary.startContainer, boundary.startOffset);
      range.setEnd(boundary.endContainer, boundary.endOffset);
      const offset = (node, at) => (inMirror ? at : testEditor.offsetOf(node, at));
      const box = range.getBoundingClientRect();
      spans.push({
        severity: name.split("-")[1],
        style: name.split("-")[2] ?? "wavy",
        start: offset(boundary.startContainer, boundary.startOffset),
        end: offset(boundary.endContainer, boundary.endOffset),
        text: range.toString(),
        rect: {x: box.x, y: box.y, width: box.width, height: box.height},
        inMirror,
        source: inMirror ? boundary.startContainer.data : null,
      });
    }
  }
  spans.sort((a, b) => a.start - b.start);
  // A finding that wraps is painted as one piece per line, without the spaces at the wrap:
  // a piece that continues an earlier one (same look, only those spaces between, a line lower)
  // says which (`joins`, its index) and holds the spaces (`continues`).
  const editorText = testEditor.text();
  spans.forEach((span, index) => {
    const joins = spans.findLastIndex((other, at) => at < index &&
      other.severity === span.severity && other.style === span.style && other.end < span.start);
    if (joins === -1) return;
    const before = spans[joins];
    const gap = (span.source ?? editorText).slice(before.end, span.start);
    if (/^\\s+$/.test(gap) && span.rect.y > before.rect.y + 1) {
      Object.assign(span, {continues: gap, joins});
    }
  });
  for (const span of spans) delete span.source;
  return spans;
}
"""

HOST_JS = """
() => {
  const host = document.querySelector("smmlint-root");
  return host ? Object.assign({}, host.dataset) : null;
}
"""

# The shown editor is in `state`; "ok" only once the answer is for the editor's current text.
LINTED_JS = """
(state) => {
  const host = document.querySelector("smmlint-root");
  return host && host.dataset.state === state &&
    (state !== "ok" || host.dataset.linted === String(testEditor.text().length));
}
"""


# Snapshots of the host's data-* state, one per change the extension makes (page world).
RECORD_HOST_JS = """
() => {
  const host = document.querySelector("smmlint-root");
  const snapshot = () => window.smmlintHostLog.push(Object.assign({}, host.dataset));
  window.smmlintHostLog = [];
  snapshot();
  new MutationObserver(snapshot).observe(host, {attributes: true});
}
"""


def launch_with_extension(playwright: Any, profile: Path) -> tuple[Any, str]:
    """A persistent Chromium context with the unpacked extension, and the extension's id."""
    context = playwright.chromium.launch_persistent_context(
        str(profile),
        executable_path=CHROMIUM,
        headless=True,
        args=[
            f"--disable-extensions-except={EXTENSION_DIR}",
            f"--load-extension={EXTENSION_DIR}",
            *CHROMIUM_ARGS,
        ],
    )
    worker = (
        context.service_workers[0]
        if context.service_workers
        else context.wait_for_event("serviceworker")
    )
    return context, worker.url.split("/")[2]


class ExtensionBrowser:
    """The extension's browser context, its background and its settings."""

    def __init__(self, context: Any, extension_id: str) -> None:
        self.context = context
        self.id = extension_id
        self.origin = f"chrome-extension://{extension_id}"

    def background(self, script: str, arg: Any = None) -> Any:
        """Evaluate in the background service worker (chrome.* APIs available)."""
        workers = self.context.service_workers
        worker = workers[-1] if workers else self.context.wait_for_event("serviceworker")
        return worker.evaluate(script, arg)

    def settings(self, **values: Any) -> None:
        """Store settings exactly as the options page does."""
        self.background("(values) => chrome.storage.local.set(values)", values)

    def enable_pages(self, editors: Iterable[Editor]) -> None:
        """Switch the test pages on as user-enabled sites (platform: automatic, from the
        profile) and wait for the content scripts to be registered."""
        sites = [
            {"match": e.match(), "profile": e.profile, "platform": "", "enabled": True}
            for e in editors
        ]
        self.settings(customSites=sites)
        self.background("() => globalThis.smmlint.userSitesSynced()")
        registered = self.background("() => chrome.scripting.getRegisteredContentScripts()")
        matches = {m for script in registered for m in script["matches"]}
        assert matches == {site["match"] for site in sites}, registered

    def fetches(self) -> int:
        """How many HTTP requests the background has sent to any server."""
        return self.background("() => globalThis.smmlint.stats.fetches")


class EditorPage:
    """One test page with its editor, collecting page errors."""

    def __init__(self, context: Any, base_url: str, editor: Editor, query: str = "") -> None:
        self.editor = editor
        self.page = context.new_page()
        self.errors: list[str] = []
        self.page.on("pageerror", lambda error: self.errors.append(f"pageerror: {error}"))
        self.page.on("console", self._console)
        self.page.goto(f"{base_url}/{editor.page}.html{query}")
        self.page.wait_for_function("window.testEditorReady === true")

    def _console(self, message: Any) -> None:
        if message.type == "error" and not message.location.get("url", "").endswith("favicon.ico"):
            self.errors.append(f"console: {message.text}")

    def close(self) -> None:
        self.page.close()

    def call(self, method: str, *args: Any) -> Any:
        """Call testEditor.<method>(...) in the page."""
        return self.page.evaluate(f"(args) => testEditor.{method}(...args)", list(args))

    def click_editor(self) -> None:
        self.page.evaluate_handle("testEditor.root()").as_element().click()

    def type(self, text: str) -> None:
        self.page.keyboard.type(text)

    def text(self) -> str:
        return self.call("text")

    def host(self) -> dict[str, str] | None:
        """The data-* attributes of the extension's shadow host (None: not attached)."""
        return self.page.evaluate(HOST_JS)

    def wait_for_state(self, state: str, timeout: float = LINT_TIMEOUT_MS) -> dict[str, str]:
        """Wait until the shown editor is in ``state`` ("ok": for the editor's current text)."""
        self.page.wait_for_function(LINTED_JS, arg=state, timeout=timeout)
        return self.host()

    def wait_for_host(self, condition: str, timeout: float = LINT_TIMEOUT_MS) -> dict[str, str]:
        """Wait until ``condition`` holds for the host's data-* attributes (a JS expression
        over ``data``), e.g. ``data.inflight === "1"``."""
        self.page.wait_for_function(
            f"""() => {{
              const data = document.querySelector("smmlint-root")?.dataset;
              return data !== undefined && ({condition});
            }}""",
            timeout=timeout,
        )
        return self.host()

    def record_host(self) -> None:
        """Start keeping a snapshot of the host's state at each change (the editor is attached)."""
        self.page.evaluate(RECORD_HOST_JS)

    def host_log(self) -> list[dict[str, str]]:
        """The host's states since ``record_host``, in order."""
        return self.page.evaluate("() => window.smmlintHostLog")

    def next_frames(self) -> None:
        """Let two frames pass (the extension reads and redraws on a frame)."""
        self.page.evaluate(
            "() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))"
        )

    @contextmanager
    def untouched(self, while_: str) -> Iterator[None]:
        """Asserts that nothing on the page changes (editor, wrappers, LinkedIn's shadow root;
        the extension's own host aside) while the block runs: only the extension acts then."""
        self.next_frames()  # the editor has rendered the last keys
        self.call("startRecording")
        yield
        self.next_frames()
        mutations = self.call("stopRecording")
        assert mutations == [], f"the page changed while {while_}: {mutations}"

    def highlights(self) -> list[dict[str, Any]]:
        """Every smmlint highlight range, as offsets into the editor's text."""
        return self.page.evaluate(HIGHLIGHTS_JS, self.page.evaluate_handle("testEditor.root()"))

    def next_frame(self) -> dict[str, Any]:
        """Highlights and host state two frames from now (the extension redraws on a frame)."""
        return self.page.evaluate(
            f"""async () => {{
              await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
              return {{highlights: ({HIGHLIGHTS_JS})(testEditor.root()), host: ({HOST_JS})()}};
            }}"""
        )

    def screenshot(self, rect: dict[str, float], margin: float = 0) -> bytes:
        clip = {
            "x": rect["x"] - margin,
            "y": rect["y"],
            "width": rect["width"] + 2 * margin,
            "height": rect["height"] + 4,
        }
        return self.page.screenshot(clip=clip)

    def shadow(self, selector: str) -> Any:
        """A locator inside the extension's (open) shadow root."""
        return self.page.locator(f"smmlint-root {selector}")


def post_json(url: str, body: dict[str, Any], token: str | None = None) -> dict[str, Any]:
    """POST JSON without an Origin header (as a CLI would) and return the answer."""
    headers = {"Content-Type": "application/json"}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    request = urllib.request.Request(url, data=json.dumps(body).encode(), headers=headers)
    with urllib.request.urlopen(request, timeout=10) as response:
        return json.load(response)


def expected_spans(
    server_url: str, text: str, platform: str, token: str | None = None
) -> list[tuple[int, int, str, str]]:
    """(start, end, severity, marked text) of the server's span findings, in UTF-16 offsets."""
    report = post_json(f"{server_url}/v1/lint", {"text": text, "platform": platform}, token)
    units = text.encode("utf-16-le")
    return [
        (
            f["start_utf16"],
            f["end_utf16"],
            f["severity"],
            units[2 * f["start_utf16"] : 2 * f["end_utf16"]].decode("utf-16-le"),
        )
        for f in report["findings"]
        if f["scope"] == "span"
    ]


def painted_spans(highlights: list[dict[str, Any]]) -> list[tuple[int, int, str, str]]:
    """(start, end, severity, marked text) per finding: the pieces of a wrapped one joined."""
    spans: dict[int, tuple[int, int, str, str]] = {}
    head: dict[int, int] = {}  # piece index → the index of its finding's first piece
    for index, h in enumerate(highlights):
        if "joins" in h:
            first = head[index] = head[h["joins"]]
            start, _, severity, text = spans[first]
            spans[first] = (start, h["end"], severity, text + h["continues"] + h["text"])
        else:
            head[index] = index
            spans[index] = (h["start"], h["end"], h["severity"], h["text"])
    return list(spans.values())


def is_warning_underline(pixel: Pixel) -> bool:
    """The warning underline's orange (#e37400), anti-aliased against white."""
    red, green, blue = pixel
    return red > 170 and red - blue > 90 and red - green > 40


def is_ink(pixel: Pixel) -> bool:
    """Dark text."""
    return max(pixel) < 110


def settle(seconds: float = 0.8) -> None:
    """A pause as a person makes between bursts of typing (longer than the debounce)."""
    time.sleep(seconds)
