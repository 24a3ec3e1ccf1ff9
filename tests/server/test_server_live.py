"""The real thing: ``python -m server`` under waitress in a subprocess, over real sockets."""

from __future__ import annotations

import json
import os
import select
import socket
import stat
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import requests
from server_testing import CHROME_ORIGIN, FIREFOX_ORIGIN, REPO, TOKEN, LiveServer, error_of

import smmlint
from server.serving import WAITRESS_BODY_LIMIT
from server.settings import MIB

PUSHY = "BUY NOW!!! 50% off today only 🎉"


def raw_exchange(server: LiveServer, request: bytes) -> tuple[int, dict[str, str], bytes]:
    """Send bytes as they are and read the whole answer (the server closes after errors)."""
    parts = urlsplit(server.url)
    with socket.create_connection((parts.hostname, parts.port), timeout=30) as connection:
        connection.sendall(request)
        chunks = []
        while chunk := connection.recv(65536):
            chunks.append(chunk)
    head, _, body = b"".join(chunks).partition(b"\r\n\r\n")
    status_line, *header_lines = head.decode("latin-1").split("\r\n")
    headers = dict(line.split(": ", 1) for line in header_lines)
    return int(status_line.split()[1]), headers, body


def test_lint_over_http_matches_the_library(live: LiveServer) -> None:
    response = live.post("/v1/lint", json={"text": PUSHY})
    assert response.status_code == 200
    assert response.json() == smmlint.lint(PUSHY).to_dict()
    assert response.headers["Server"] == "smmlint"  # waitress, without its version


def test_chrome_extension_origin_works_over_http(live: LiveServer) -> None:
    response = live.post("/v1/lint", json={"text": PUSHY}, headers={"Origin": CHROME_ORIGIN})
    assert response.status_code == 200
    assert response.headers["Access-Control-Allow-Origin"] == CHROME_ORIGIN


@pytest.mark.parametrize(
    ("body", "content_type", "status", "code"),
    [
        (b'{"text": "unfinished', "application/json", 400, "invalid_json"),
        (b'{"text": "\xed\xa0\x80"}', "application/json", 400, "invalid_json"),
        (b"[" * 100_000 + b"]" * 100_000, "application/json", 400, "invalid_json"),
        (b"[]", "application/json", 422, "invalid_request"),
        (b"null", "application/json", 422, "invalid_request"),
        (b"", "application/json", 400, "empty_body"),
        (b'{"text": 3}', "application/json", 422, "invalid_request"),
        (b'{"text": "hi", "colour": "red"}', "application/json", 422, "invalid_request"),
        (b"text=hi", "text/plain", 415, "unsupported_media_type"),
        (json.dumps({"text": "a" * 65_537}).encode(), "application/json", 422, "text_too_long"),
    ],
)
def test_bad_bodies_over_http(
    live: LiveServer, body: bytes, content_type: str, status: int, code: str
) -> None:
    response = live.post("/v1/lint", data=body, headers={"Content-Type": content_type})
    assert (response.status_code, error_of(response)["code"]) == (status, code)


def test_lone_surrogate_over_http(live: LiveServer) -> None:
    body = b'{"text": "Buy now \\ud800"}'
    response = live.post("/v1/lint", data=body, headers={"Content-Type": "application/json"})
    assert response.status_code == 200
    assert response.json() == smmlint.lint("Buy now \ud800").to_dict()


def _assert_private_json_error(headers: dict[str, str], body: bytes, code: str) -> None:
    assert headers["Content-Type"] == "application/json"
    assert headers["Cache-Control"] == "no-store"
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert json.loads(body)["error"]["code"] == code


def test_the_app_refuses_a_body_over_one_mib_with_every_header(live: LiveServer) -> None:
    body = b'{"text": "' + b"x" * MIB + b'"}'
    head = (
        "POST /v1/lint HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
        f"Origin: {CHROME_ORIGIN}\r\nContent-Length: {len(body)}\r\nConnection: close\r\n\r\n"
    )
    status, headers, answer = raw_exchange(live, head.encode() + body)
    assert status == 413
    _assert_private_json_error(headers, answer, "body_too_large")
    assert headers["Access-Control-Allow-Origin"] == CHROME_ORIGIN  # the extension can read it
    assert "POST /v1/lint 413" in live.stderr_path.read_text()


def test_waitress_refuses_a_larger_body_unread_with_the_same_headers(live: LiveServer) -> None:
    request = (
        "POST /v1/lint HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
        f"Origin: {CHROME_ORIGIN}\r\nContent-Length: {WAITRESS_BODY_LIMIT + 1}\r\n\r\n"
    )
    status, headers, body = raw_exchange(live, request.encode())  # no body sent: not awaited
    assert status == 413
    _assert_private_json_error(headers, body, "body_too_large")
    assert headers["Access-Control-Allow-Origin"] == CHROME_ORIGIN
    assert "POST <waitress> 413" in live.stderr_path.read_text()


def test_oversized_headers_get_a_json_431(live: LiveServer) -> None:
    parts = urlsplit(live.url)
    with socket.create_connection((parts.hostname, parts.port), timeout=30) as connection:
        connection.sendall(b"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: ")
        # Send until the server answers, as a client would (see the chunked test below).
        for _ in range(40):
            connection.sendall(b"a" * 16384)
            if select.select([connection], [], [], 0.5)[0]:
                break
        answer = _read_until_closed(connection)
    head, _, body = answer.partition(b"\r\n\r\n")
    status_line, *header_lines = head.decode("latin-1").split("\r\n")
    headers = dict(line.split(": ", 1) for line in header_lines)
    assert status_line.split()[1] == "431"
    _assert_private_json_error(headers, body, "headers_too_large")
    assert "GET <waitress> 431" in live.stderr_path.read_text()


def test_a_chunked_body_over_one_mib_is_refused(live: LiveServer) -> None:
    parts = urlsplit(live.url)
    head = (
        b"POST /v1/lint HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
        b"Transfer-Encoding: chunked\r\n\r\n"
    )
    chunk = b"%x\r\n" % 65536 + b"x" * 65536 + b"\r\n"
    with socket.create_connection((parts.hostname, parts.port), timeout=30) as connection:
        connection.sendall(head)
        # Send chunk by chunk and stop as soon as the server answers, as a client would. The
        # wait is generous: data still unsent when the server closes turns into a reset that
        # can swallow its answer on a busy machine.
        for _ in range(32):
            connection.sendall(chunk)
            if select.select([connection], [], [], 0.5)[0]:
                break
        answer = _read_until_closed(connection)
    status_line, _, rest = answer.partition(b"\r\n")
    assert status_line.split()[1] == b"413"
    assert json.loads(rest.partition(b"\r\n\r\n")[2])["error"]["code"] == "body_too_large"


def _read_until_closed(connection: socket.socket) -> bytes:
    """Everything the server sends before it closes: one recv may hold only the headers."""
    answer = b""
    try:
        while chunk := connection.recv(65536):
            answer += chunk
    except ConnectionResetError:  # the unread rest of the body, after the answer
        pass
    return answer


def test_malformed_http_gets_a_json_400(live: LiveServer) -> None:
    status, headers, body = raw_exchange(live, b"POST /v1/lint HTTP/1.1\r\nHost\r\n\r\n")
    assert status == 400
    _assert_private_json_error(headers, body, "bad_request")
    assert set(json.loads(body)["error"]) == {"code", "message"}


def test_method_host_and_path_errors_over_http(live: LiveServer) -> None:
    wrong_method = live.get("/v1/lint")
    assert wrong_method.status_code == 405
    assert "POST" in wrong_method.headers["Allow"]
    error_of(wrong_method)
    assert error_of(live.get("/nowhere"))["code"] == "not_found"
    rebinding = live.get("/healthz", headers={"Host": "attacker.example"})
    assert (rebinding.status_code, error_of(rebinding)["code"]) == (403, "forbidden_host")
    page = live.post("/v1/lint", json={"text": "x"}, headers={"Origin": "https://evil.example"})
    assert (page.status_code, error_of(page)["code"]) == (403, "forbidden_origin")


def _run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "PYTHONPATH": str(REPO), **(env or {})}
    environment = {k: v for k, v in environment.items() if k != "SMMLINT_TOKEN"}
    return subprocess.run(
        [sys.executable, "-m", "server", *args],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=60,
        env=environment,
    )


def test_non_loopback_bind_needs_the_flag_and_a_token(tmp_path: os.PathLike[str]) -> None:
    config = ["--config", os.path.join(tmp_path, "server.toml")]
    refused = _run("--host", "0.0.0.0", "--port", "0", *config)
    assert refused.returncode == 2
    assert "--allow-remote" in refused.stderr
    no_token = _run("--host", "0.0.0.0", "--port", "0", "--allow-remote", *config)
    assert no_token.returncode == 2
    assert "token" in no_token.stderr
    assert "listening" not in refused.stdout + no_token.stdout


def test_remote_mode_requires_the_token_everywhere(start_server: Callable[..., LiveServer]) -> None:
    server = start_server("--host", "0.0.0.0", "--allow-remote", "--token", TOKEN)
    local = server.url.replace("0.0.0.0", "127.0.0.1")
    assert requests.get(local + "/v1/rules", timeout=30).status_code == 401
    authorised = {"Authorization": f"Bearer {TOKEN}"}
    assert requests.get(local + "/v1/rules", headers=authorised, timeout=30).status_code == 200
    assert TOKEN not in server.output()
    assert "--allow-host" in server.stderr_path.read_text()  # no names for other machines


def test_another_loopback_address_answers_under_its_own_name(
    start_server: Callable[..., LiveServer],
) -> None:
    server = start_server("--host", "127.0.0.2")
    assert urlsplit(server.url).hostname == "127.0.0.2"
    response = server.get("/healthz")  # Host: 127.0.0.2:<port>, as every client sends it
    assert response.status_code == 200


def test_pairing_prints_and_stores_a_private_token(start_server: Callable[..., LiveServer]) -> None:
    server = start_server("--pair")
    token = server.stdout_path.read_text().split("extension's options:", 1)[1].split()[0]
    mode = stat.S_IMODE(server.config_path.stat().st_mode)
    assert mode == 0o600
    assert f'token = "{token}"' in server.config_path.read_text()
    firefox = {"Origin": FIREFOX_ORIGIN}
    assert server.post("/v1/lint", json={"text": "hi"}, headers=firefox).status_code == 401
    paired = {**firefox, "Authorization": f"Bearer {token}"}
    assert server.post("/v1/lint", json={"text": "hi"}, headers=paired).status_code == 200
    assert server.post("/v1/lint", json={"text": "hi"}).status_code == 200  # CLI, CMS back end
    assert server.stderr_path.read_text().count(token) == 0


def test_gunicorn_serves_the_wsgi_app(tmp_path: os.PathLike[str]) -> None:
    log = os.path.join(tmp_path, "gunicorn.log")
    environment = {**os.environ, "PYTHONPATH": str(REPO), "SMMLINT_TOKEN": TOKEN}
    command = [
        sys.executable, "-m", "gunicorn", "server.wsgi:app", "--bind", "127.0.0.1:0",
        "--worker-class", "gthread", "--workers", "1", "--threads", "2", "--error-logfile", log,
    ]  # fmt: skip
    process = subprocess.Popen(command, cwd=REPO, env=environment)
    try:
        url = _wait_for_gunicorn(log, process)
        authorised = {"Authorization": f"Bearer {TOKEN}"}
        response = requests.post(url + "/v1/lint", json={"text": PUSHY}, headers=authorised)
        assert response.status_code == 200
        assert response.json() == smmlint.lint(PUSHY).to_dict()
        assert requests.post(url + "/v1/lint", json={"text": PUSHY}).status_code == 401
    finally:
        process.terminate()
        process.wait(timeout=30)
    assert "POST /v1/lint 200" in Path(log).read_text()  # the server's own access line


def _wait_for_gunicorn(log: str, process: subprocess.Popen[bytes]) -> str:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if os.path.exists(log):
            for line in Path(log).read_text().splitlines():
                if "Listening at: " in line:
                    return line.split("Listening at: ", 1)[1].split()[0]
        assert process.poll() is None, "gunicorn exited"
        time.sleep(0.1)
    raise AssertionError("gunicorn did not start")


def _gunicorn(tmp_path: os.PathLike[str], *args: str, env: dict[str, str] | None = None):  # type: ignore[no-untyped-def]
    log = os.path.join(tmp_path, "gunicorn.log")
    environment = {k: v for k, v in os.environ.items() if not k.startswith("SMMLINT_")}
    environment.update({"PYTHONPATH": str(REPO), **(env or {})})
    command = [sys.executable, "-m", "gunicorn", "-c", "python:server.gunicorn_conf",
               "--workers", "1", "--error-logfile", log, *args, "server.wsgi:app"]  # fmt: skip
    return log, subprocess.Popen(command, cwd=REPO, env=environment, stderr=subprocess.PIPE)


def test_gunicorn_with_the_shipped_settings_answers_its_own_errors_as_json(
    tmp_path: os.PathLike[str],
) -> None:
    log, process = _gunicorn(tmp_path, "--bind", "127.0.0.1:0")
    try:
        url = _wait_for_gunicorn(log, process)
        parts = urlsplit(url)
        assert requests.post(url + "/v1/lint", json={"text": PUSHY}).status_code == 200
        for request, status, code in [
            (b"GARBAGE\r\n\r\n", 400, "bad_request"),
            (b"GET /" + b"a" * 9000 + b" HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n", 414, "bad_request"),
            (b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX: " + b"b" * 9000 + b"\r\n\r\n", 431, None),
        ]:
            with socket.create_connection((parts.hostname, parts.port), timeout=30) as connection:
                connection.sendall(request)
                answer = _read_until_closed(connection)
            head, _, body = answer.partition(b"\r\n\r\n")
            assert head.split()[1] == str(status).encode(), head
            assert b"Content-Type: application/json" in head and b"<html" not in answer
            error = json.loads(body)["error"]
            assert set(error) == {"code", "message"}
            assert code is None or error["code"] == code
            assert b"aaaa" not in body and b"bbbb" not in body  # never quotes the client
    finally:
        process.terminate()
        process.wait(timeout=30)


def test_gunicorn_with_the_shipped_settings_refuses_a_network_bind_without_a_token(
    tmp_path: os.PathLike[str],
) -> None:
    _, process = _gunicorn(tmp_path, "--bind", "0.0.0.0:0")
    _, err = process.communicate(timeout=120)
    assert process.returncode != 0
    assert b"refusing to listen on 0.0.0.0" in err
    _, process = _gunicorn(tmp_path, "--bind", "0.0.0.0:0", env={"SMMLINT_TOKEN": TOKEN})
    try:
        _wait_for_gunicorn(os.path.join(tmp_path, "gunicorn.log"), process)
    finally:
        process.terminate()
        process.wait(timeout=30)
