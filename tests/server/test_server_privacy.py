"""A unique canary string sent through every path never reaches a log, stdout or stderr.

Paths: success (every lint endpoint), every kind of error, and an exception raised inside
a rule whose message carries the draft. Checked in-process (logging, stdout, stderr) and
against a real waitress server in a subprocess (everything it wrote).
"""

from __future__ import annotations

import json
import logging
import sys
import uuid
from collections.abc import Callable, Iterator
from typing import Any

import pytest
import requests
from flask.testing import FlaskClient
from server_testing import LiveServer

import smmlint

CANARY = f"CANARY{uuid.uuid4().hex}"
DRAFT = f"Buy now! {CANARY} 50% off today only 🎉"
JSON = {"Content-Type": "application/json"}
FORM = {"Content-Type": "application/x-www-form-urlencoded"}


def canary_requests() -> Iterator[tuple[str, str, dict[str, Any]]]:
    """(method, path, requests-style keyword arguments) for every path a draft can take."""
    yield "POST", "/v1/lint", {"json": {"text": DRAFT}}
    yield "POST", "/v1/check", {"json": {"text": DRAFT, "platforms": ["generic"]}}
    yield "POST", "/v2/check", {"data": {"text": DRAFT, "language": "en-US"}}
    annotation = {"annotation": [{"text": DRAFT}, {"markup": f"<i>{CANARY}</i>"}]}
    yield "POST", "/v2/check", {"data": {"data": json.dumps(annotation), "language": "en-US"}}
    yield "POST", "/v1/lint", {"data": '{"text": "' + DRAFT, "headers": JSON}
    yield "POST", "/v1/lint", {"data": DRAFT, "headers": {"Content-Type": "text/plain"}}
    yield "POST", "/v1/lint", {"data": f"text={CANARY}", "headers": FORM}
    yield "POST", "/v1/lint", {"json": [DRAFT]}
    yield "POST", "/v1/lint", {"json": {"text": DRAFT, CANARY: True}}
    yield "POST", "/v1/lint", {"json": {"text": DRAFT, "platform": CANARY}}
    yield "POST", "/v1/lint", {"json": {"text": DRAFT, "markup": CANARY}}
    yield "POST", "/v1/lint", {"json": {"text": DRAFT, "select": [CANARY]}}
    yield "POST", "/v1/lint", {"json": {"text": DRAFT, "has_media": CANARY}}
    yield "POST", "/v1/lint", {"json": {"text": DRAFT * 2_000}}
    yield "POST", "/v1/lint", {"json": {"text": DRAFT * 20_000}}
    nested = "[" * 50_000 + json.dumps(DRAFT) + "]" * 50_000
    yield "POST", "/v1/lint", {"data": nested, "headers": JSON}
    yield "POST", "/v1/check", {"json": {"text": DRAFT, "platforms": [CANARY]}}
    yield "POST", "/v1/check", {"json": {"text": DRAFT, "fail_on": CANARY}}
    yield "POST", f"/v1/{CANARY}", {"json": {"text": DRAFT}}
    yield "GET", f"/v1/rules/{CANARY}", {}
    yield "GET", f"/v1/lint?text={CANARY}", {}
    yield "POST", f"/v1/lint?text={CANARY}", {"json": {"text": DRAFT}}
    yield (
        "POST",
        "/v1/lint",
        {"json": {"text": DRAFT}, "headers": {"Origin": f"https://{CANARY}.example"}},
    )
    yield "POST", "/v1/lint", {"json": {"text": DRAFT}, "headers": {"Host": f"{CANARY}.example"}}
    yield (
        "POST",
        "/v1/lint",
        {"json": {"text": DRAFT}, "headers": {"Authorization": f"Bearer {CANARY}"}},
    )
    yield "POST", "/v2/check", {"data": {"text": DRAFT, "language": CANARY}}
    yield "POST", "/v2/check", {"data": {"data": "{" + CANARY, "language": "en-US"}}
    yield "POST", "/v2/check", {"data": {"text": DRAFT, "language": "en-US", "level": CANARY}}
    yield "POST", "/v2/check", {"json": {"text": DRAFT}}


def failing_check(post: Any, options: Any) -> Iterator[Any]:
    """A rule bug whose exception message holds the draft."""
    raise ValueError(f"rule crashed on {post.text!r}")
    yield  # pragma: no cover - makes this a generator like real checks


def test_canary_stays_out_of_logs_and_output_in_process(
    client: FlaskClient,
    caplog: pytest.LogCaptureFixture,
    capfd: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    caplog.set_level(logging.DEBUG)
    statuses = []
    for method, path, kwargs in canary_requests():
        response = client.open(path, method=method, **kwargs)
        statuses.append(response.status_code)
        if response.status_code >= 400:  # errors never echo what was sent
            assert CANARY not in response.get_data(as_text=True), (method, path)
    assert 200 in statuses and {400, 403, 404, 405, 413, 415, 422} <= set(statuses)

    rule = smmlint.RULES[0]
    monkeypatch.setitem(vars(rule), "check", failing_check)
    crashed = client.post("/v1/lint", json={"text": DRAFT})
    assert crashed.status_code == 500
    assert crashed.json["error"]["code"] == "rule_failed"
    assert CANARY not in crashed.get_data(as_text=True)

    out, err = capfd.readouterr()
    logged = caplog.text + "".join(str(r.args) for r in caplog.records)
    assert "rule SMM" in logged  # the crash was logged, by rule code only
    assert "POST /v1/lint 200" in logged  # and the access log ran
    for captured in (logged, out, err):
        assert CANARY not in captured


PATCHED_SERVER = """
import sys
import smmlint

def failing_check(post, options):
    if "CANARY" in post.text:
        raise ValueError("rule crashed on " + post.text)
    yield from ()

object.__setattr__(smmlint.RULES[0], "check", failing_check)
from server.__main__ import main
sys.exit(main(sys.argv[1:]))
"""


def _send_all(base_url: str) -> list[int]:
    statuses = []
    for method, path, kwargs in canary_requests():
        response = requests.request(method, base_url + path, timeout=30, **kwargs)
        statuses.append(response.status_code)
        if response.status_code >= 400:
            assert CANARY not in response.text, (method, path)
    return statuses


def test_canary_stays_out_of_a_real_servers_output(live: LiveServer) -> None:
    statuses = _send_all(live.url)
    assert 200 in statuses and 413 in statuses
    huge = requests.post(live.url + "/v1/lint", data=DRAFT * 40_000, headers=JSON, timeout=30)
    assert huge.status_code == 413
    output = live.output()
    assert "POST /v1/lint 200" in output
    assert CANARY not in output


def test_canary_from_a_crashing_rule_stays_out_of_a_real_servers_output(
    start_server: Callable[..., LiveServer],
) -> None:
    server = start_server(command=(sys.executable, "-c", PATCHED_SERVER))
    response = server.post("/v1/lint", json={"text": DRAFT})
    assert (response.status_code, response.json()["error"]["code"]) == (500, "rule_failed")
    assert CANARY not in response.text
    assert server.post("/v1/lint", json={"text": "no bird here"}).status_code == 200
    server.stop()
    output = server.output()
    assert "rule SMM" in output
    assert CANARY not in output
