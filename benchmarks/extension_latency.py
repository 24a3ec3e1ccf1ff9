"""How fast the extension is in a real browser, on the test pages built from real editors.

    python benchmarks/extension_latency.py [--editors x,facebook,...] [--trials 20] [--json F]

Needs what the browser tests need (scripts/setup.d/20-browser.sh). Starts the real smmlint
server and Debian's Chromium with the extension, and the same Chromium without it, then per
editor:

- hint latency: a person types a sentence ending in "Shop now" (60 ms between keys); time from
  the last keydown to the frame that paints the underline for the final text (p50/p95/max);
- typing latency: 500 characters typed in sentences (30 ms between keys, a 400 ms pause after
  each sentence so hints are fetched and drawn mid-session); per key, keydown to the end of the
  next frame, with and without the extension (p95 difference);
- long tasks: the page's longtask entries in both runs, and the longest single call into the
  extension's content scripts (from a Chromium trace, attributed by script URL).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "tests"), str(ROOT / "tests" / "extension")]

from chromium import launch_chromium  # noqa: E402 (the test helpers live beside the tests)
from ext_browser import (  # noqa: E402
    EditorPage,
    ExtensionBrowser,
    launch_with_extension,
)
from ext_editors import BY_PAGE, EDITORS  # noqa: E402
from ext_servers import serve_directory, start_smmlint_server  # noqa: E402

HINT_PHRASE = "Our spring range is out today. Shop now"
SENTENCES = (
    "We spent the winter rebuilding the app from scratch. ",
    "Which feature would you try first? ",
    "The new editor keeps drafts offline and syncs later. ",
    "Shop now and save twenty percent this week only! ",
    "Tell us what broke for you in the old version. ",
    "Our team reads every reply, so do not be shy. ",
    "Limited offer for early birds, grab yours today. ",
    "Thanks to everyone who sent feedback in beta. ",
    "What should we build next spring? ",
    "See you in the comments. ",
)
TYPING_TEXT = "".join(SENTENCES)[:500]
HINT_KEY_DELAY_MS = 60
TYPING_KEY_DELAY_MS = 30
SENTENCE_PAUSE_S = 0.4

INSTRUMENT_JS = """() => {
  const bench = window.bench = {lastKeydown: 0, frames: [], longTasks: []};
  document.addEventListener("keydown", (event) => {
    bench.lastKeydown = event.timeStamp;
    const pressed = event.timeStamp;
    requestAnimationFrame(() => setTimeout(() => bench.frames.push(performance.now() - pressed)));
  }, true);
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) bench.longTasks.push(entry.duration);
  }).observe({type: "longtask"});
}"""

WAIT_FOR_HINT_JS = """(length) => new Promise((resolve) => {
  setTimeout(() => resolve(null), 10000);
  const host = document.querySelector("smmlint-root");
  const done = () => host.dataset.state === "ok" && host.dataset.linted === String(length);
  const finish = () => requestAnimationFrame(() => resolve(performance.now() - bench.lastKeydown));
  if (done()) return finish();
  const watch = new MutationObserver(() => { if (done()) { watch.disconnect(); finish(); } });
  watch.observe(host, {attributes: true});
})"""


def utf16_length(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def summary(values: list[float]) -> dict[str, float]:
    return {
        "n": len(values),
        "p50": round(statistics.median(values), 1),
        "p95": round(percentile(values, 0.95), 1),
        "max": round(max(values), 1),
    }


def hint_latencies(page: EditorPage, trials: int) -> list[float]:
    page.page.evaluate(INSTRUMENT_JS)
    page.click_editor()
    latencies = []
    for _ in range(trials):
        page.page.keyboard.press("Control+a")
        page.page.keyboard.press("Backspace")
        time.sleep(0.4)
        page.page.keyboard.type(HINT_PHRASE, delay=HINT_KEY_DELAY_MS)
        latency = page.page.evaluate(WAIT_FOR_HINT_JS, utf16_length(HINT_PHRASE))
        if latency is None:
            raise RuntimeError(f"no hint within 10 s: {page.host()} {page.text()!r}")
        latencies.append(latency)
    return latencies


def type_sentences(page: EditorPage) -> None:
    page.click_editor()
    typed = 0
    for sentence in SENTENCES:
        chunk = sentence[: len(TYPING_TEXT) - typed]
        page.page.keyboard.type(chunk, delay=TYPING_KEY_DELAY_MS)
        typed += len(chunk)
        time.sleep(SENTENCE_PAUSE_S)


def extension_calls(page: Any, context: Any, run: Any) -> list[float]:
    """Durations (ms) of every call into the extension's scripts while ``run()`` types."""
    cdp = context.new_cdp_session(page)
    chunks: list[dict[str, Any]] = []
    cdp.on("Tracing.dataCollected", lambda event: chunks.extend(event["value"]))
    finished: list[bool] = []
    cdp.on("Tracing.tracingComplete", lambda _: finished.append(True))
    cdp.send("Tracing.start", {"categories": "devtools.timeline", "transferMode": "ReportEvents"})
    run()
    cdp.send("Tracing.end")
    while not finished:
        page.wait_for_timeout(100)
    return [
        event["dur"] / 1000
        for event in chunks
        if event.get("name") == "FunctionCall"
        and event.get("dur")
        and event.get("args", {}).get("data", {}).get("url", "").startswith("chrome-extension://")
    ]


def measure_editor(
    name: str, extension: ExtensionBrowser, control: Any, url: str, trials: int
) -> dict[str, Any]:
    editor = BY_PAGE[name]
    page = EditorPage(extension.context, url, editor)
    hints = hint_latencies(page, trials)
    page.close()

    page = EditorPage(extension.context, url, editor)
    page.page.evaluate(INSTRUMENT_JS)
    calls = extension_calls(page.page, extension.context, lambda: type_sentences(page))
    with_extension = page.page.evaluate("() => bench")
    assert page.text() == TYPING_TEXT.rstrip() or page.text() == TYPING_TEXT, "text mangled"
    page.close()

    plain = EditorPage(control, url, editor)
    plain.page.evaluate(INSTRUMENT_JS)
    type_sentences(plain)
    without = plain.page.evaluate("() => bench")
    plain.close()

    typing_with = summary(with_extension["frames"])
    typing_without = summary(without["frames"])
    return {
        "editor": editor.id,
        "hint_latency_ms": summary(hints),
        "typing_latency_ms": {
            "with": typing_with,
            "without": typing_without,
            "p95_difference": round(typing_with["p95"] - typing_without["p95"], 1),
        },
        "long_tasks_ms": {
            "with": sorted(with_extension["longTasks"]),
            "without": sorted(without["longTasks"]),
        },
        "extension_calls_ms": {
            "count": len(calls),
            "max": round(max(calls, default=0), 2),
            "total": round(sum(calls), 1),
        },
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--editors", default=",".join(e.page for e in EDITORS))
    parser.add_argument("--trials", type=int, default=20)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()

    from playwright.sync_api import sync_playwright

    workdir = Path(tempfile.mkdtemp(prefix="smmlint-bench-"))
    httpd, url = serve_directory(ROOT / "tests" / "extension" / "pages" / "dist")
    with sync_playwright() as driver:
        context, extension_id = launch_with_extension(driver, workdir / "profile")
        extension = ExtensionBrowser(context, extension_id)
        server = start_smmlint_server(workdir, "--allow-origin", extension.origin)
        try:
            extension.enable_pages(EDITORS)
            extension.settings(serverUrl=server.url)
            browser = launch_chromium(driver)
            control = browser.new_context()
            results = [
                measure_editor(name, extension, control, url, args.trials)
                for name in args.editors.split(",")
            ]
            browser.close()
        finally:
            server.stop()
            context.close()
            httpd.shutdown()
    for result in results:
        hint, typing = result["hint_latency_ms"], result["typing_latency_ms"]
        calls = result["extension_calls_ms"]
        print(
            f"{result['editor']:26} hint p50 {hint['p50']:6.1f} p95 {hint['p95']:6.1f} ms | "
            f"typing p95 {typing['with']['p95']:5.1f} vs {typing['without']['p95']:5.1f} ms "
            f"({typing['p95_difference']:+.1f}) | long tasks {len(result['long_tasks_ms']['with'])}"
            f" vs {len(result['long_tasks_ms']['without'])} | longest extension call "
            f"{calls['max']:.2f} ms"
        )
    if args.json:
        args.json.write_text(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
