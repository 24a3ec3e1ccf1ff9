"""Server down, slow or failing: the page stays error-free and untouched (no mutation while the
extension waits and retries), the badge says "not connected" quietly, and the background backs
off instead of retrying in a storm."""

from __future__ import annotations

from typing import Any

import pytest
from ext_bait import CRASH_BAIT, SLOW_BAIT
from ext_browser import settle
from ext_editors import EDITOR_IDS, EDITORS, Editor
from ext_servers import closed_port

# Typing for ~5 s against a dead server: first try (platforms + rules), then retries after
# 1 s, 2 s, 4 s... A client without backoff sends one request per pause plus one per second.
MAX_FETCHES = 6
MORE_TYPING = (" and", " then", " more.")


@pytest.mark.parametrize("editor", EDITORS, ids=EDITOR_IDS)
@pytest.mark.parametrize("failure", ["down", "error-500", "slow"])
def test_server_trouble_leaves_the_page_alone(
    editor: Editor, failure: str, baited: Any, bait_server: Any, open_page: Any
) -> None:
    # localhost vs 127.0.0.1: a URL change resets the background's backoff between cases.
    url, draft = {
        "down": (f"http://127.0.0.1:{closed_port()}", "Shop now"),
        "error-500": (bait_server.url.replace("127.0.0.1", "localhost"), f"{CRASH_BAIT} Shop now"),
        "slow": (bait_server.url, f"{SLOW_BAIT} Shop now"),
    }[failure]
    baited.settings(serverUrl=url)
    page = open_page(baited.context, editor)
    fetches = baited.fetches()
    page.click_editor()
    page.type(draft)
    with page.untouched("the extension waited for the server"):
        host = page.wait_for_state("not-connected", timeout=10_000)
    assert host["score"] == ""
    assert page.shadow(".badge").text_content() == "–"
    assert page.highlights() == []
    for chunk in MORE_TYPING:
        page.type(chunk)
        settle(0.5)
    with page.untouched("the extension retried and backed off"):
        settle(3)
    assert baited.fetches() - fetches <= MAX_FETCHES
    assert page.host()["state"] == "not-connected"
    assert page.text() == draft + "".join(MORE_TYPING)
    assert page.call("focused")
    assert page.errors == []
