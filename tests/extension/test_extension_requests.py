"""Requests to the server: one per pause in typing, at most one in flight per editor, and an
answer for text that has changed since is never drawn (the request rules of the issue)."""

from __future__ import annotations

from itertools import pairwise
from typing import Any

import pytest
from ext_bait import LAG_BAIT, LAG_SECONDS
from ext_editors import EDITOR_IDS, EDITORS, Editor

BURST = "Our spring range is here. Shop now and save."
KEY_DELAY_MS = 40  # a quick typist; the extension waits for a 200 ms pause
PAUSE_MS = 150  # a gap this long between two keys may count as a pause (timer slack)
INPUT_TIMES_JS = """() => {
  window.inputTimes = [];
  document.addEventListener("input", (event) => inputTimes.push(event.timeStamp), true);
}"""
# The answer for the first text is late; a second burst is typed while it is on its way.
FIRST = f"{LAG_BAIT}. Shop now"
MORE = ", friends. Shop now!"
ANSWER_TIMEOUT_MS = (2 * LAG_SECONDS + 4) * 1000


@pytest.mark.parametrize("editor", EDITORS, ids=EDITOR_IDS)
def test_a_burst_of_typing_sends_one_request(
    editor: Editor, extension: Any, open_page: Any
) -> None:
    page = open_page(extension.context, editor)
    page.page.evaluate(INPUT_TIMES_JS)
    page.click_editor()
    page.page.keyboard.type(BURST, delay=KEY_DELAY_MS)
    page.wait_for_state("ok")
    page.next_frames()
    times = page.page.evaluate("() => inputTimes")
    assert len(times) >= len(BURST) - 1
    # A machine too busy to type steadily makes pauses of its own: each may cost a request.
    pauses = sum(1 for a, b in pairwise(times) if b - a > PAUSE_MS)
    assert int(page.host()["requests"]) <= 1 + pauses, f"{pauses} pauses while typing"
    assert page.errors == []


@pytest.mark.parametrize("editor", EDITORS, ids=EDITOR_IDS)
def test_one_request_in_flight_and_no_answer_for_old_text_is_drawn(
    editor: Editor, baited: Any, open_page: Any
) -> None:
    page = open_page(baited.context, editor)
    page.click_editor()
    page.record_host()
    page.type(FIRST)
    page.wait_for_host('data.inflight === "1"')
    page.type(MORE)  # while the first answer is on its way
    final = page.wait_for_state("ok", timeout=ANSWER_TIMEOUT_MS)
    log = page.host_log()

    assert any(
        state["inflight"] == "1" and int(state["textLength"]) > len(FIRST) for state in log
    ), "the second burst was not typed while a request was in flight"
    for before, after in pairwise(log):
        if int(after["requests"]) > int(before["requests"]):
            assert before["inflight"] == "0", f"a second request in flight: {before} → {after}"
    assert (final["requests"], final["answers"]) == ("2", "1")
    drawn = {state.get("linted") for state in log}
    assert drawn <= {None, "", final["textLength"]}, "an answer for the old text was drawn"
    assert [h["text"] for h in page.highlights()] == ["Shop now", "Shop now"]
    assert page.errors == []


SEND_JS = """async ([first, second, other]) => {
  const send = (message) => chrome.runtime.sendMessage({kind: "lint", platform: "x", ...message});
  const pending = [send(first), send(other)];
  await new Promise((done) => setTimeout(done, 300));
  pending.push(send(second));
  return (await Promise.all(pending)).map((answer) => answer.state);
}"""


def test_the_background_keeps_one_request_in_flight_per_editor(baited: Any) -> None:
    """A newer request for the same editor replaces one on its way; other editors' stay."""
    options = baited.context.new_page()
    options.goto(f"{baited.origin}/options/options.html")
    states = options.evaluate(
        SEND_JS,
        [
            {"editor": "e1", "text": f"{LAG_BAIT}: the first draft"},
            {"editor": "e1", "text": "The draft as it is now."},
            {"editor": "e2", "text": f"{LAG_BAIT}: another editor"},
        ],
    )
    options.close()
    assert states == ["superseded", "ok", "ok"]
