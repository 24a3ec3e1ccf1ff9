"""A real LanguageTool client library (language_tool_python, from PyPI) talks to smmlint.

In remote mode the client must only reach our server: an audit hook records every socket
connection, name lookup and process it starts while it works.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit

import language_tool_python
import pytest
from server_testing import LiveServer

import smmlint

# A broadcast (a post-wide finding that spans the emoji) with a hard call to action in it.
DRAFT = (
    "Our new app is out today 🎉 It keeps your notes in sync on every device. "
    "Download now, only today."
)

_EVENTS = ("socket.connect", "socket.getaddrinfo", "socket.gethostbyname", "subprocess.Popen")
_recording: list[list[tuple[str, Any]]] = []


def _audit(event: str, args: tuple[Any, ...]) -> None:
    if _recording and event in _EVENTS:
        _recording[-1].append((event, args))


sys.addaudithook(_audit)  # hooks cannot be removed; this one only records while asked to


@pytest.fixture
def network_events() -> Iterator[list[tuple[str, Any]]]:
    events: list[tuple[str, Any]] = []
    _recording.append(events)
    yield events
    _recording.remove(events)


def test_language_tool_python_gets_smmlints_findings(
    live: LiveServer, network_events: list[tuple[str, Any]]
) -> None:
    tool = language_tool_python.LanguageTool("en-US", remote_server=live.url, host="127.0.0.1")
    try:
        matches = tool.check(DRAFT)
        tool.disabled_rules = {"SMM101"}
        without_push = tool.check(DRAFT)
    finally:
        tool.close()

    report = smmlint.lint(DRAFT)
    findings = report.findings
    wire = report.to_dict()["findings"]
    assert [m.rule_id for m in matches] == [f.code for f in findings]
    # The client turns the UTF-16 offset back into a Python one but keeps the length in
    # UTF-16 units, as LanguageTool sends it: the emoji inside a post-wide span counts twice.
    pairs = list(zip(findings, wire, strict=True))
    assert [(m.offset, m.error_length) for m in matches] == [
        (f.start, w["end_utf16"] - w["start_utf16"]) for f, w in pairs
    ]
    assert any(w["end_utf16"] - w["start_utf16"] != f.end - f.start for f, w in pairs)
    assert {m.category for m in matches} == {f.category.upper() for f in findings}
    push = next(m for m in matches if m.rule_id == "SMM101")
    # like LanguageTool's, the context offset counts UTF-16 units (the client leaves it so)
    units = push.context.encode("utf-16-le")
    start = push.offset_in_context * 2
    expected = DRAFT[push.offset : push.offset + push.error_length]
    assert units[start : start + len(expected.encode("utf-16-le"))].decode("utf-16-le") == expected
    assert "SMM101" not in {m.rule_id for m in without_push}

    server = urlsplit(live.url)
    connects = [args[1] for event, args in network_events if event == "socket.connect"]
    assert connects, "the client made no connection at all"
    assert {address[:2] for address in connects} == {(server.hostname, server.port)}
    lookups = {args[0] for event, args in network_events if event != "socket.connect"}
    assert lookups <= {server.hostname}, lookups  # no other host, no Java server started
