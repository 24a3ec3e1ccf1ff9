"""Slow and stalled clients against a real waitress server on loopback (issue 12).

Clients that drip a request a byte at a time, or connect and send nothing, hold a
connection but never a thread, and lose it ``READ_TIMEOUT`` after they started; one address
holds at most ``MAX_CLIENT_CONNECTIONS``; ``/healthz`` is answered on the I/O loop, so it
never waits for a thread busy with lint work. Each test is bounded: it waits for
conditions, with deadlines far above what they take here.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
import requests
from flask import Flask

import smmlint
from server import create_app
from server.serving import create_server, listening_urls

THREADS = 4
READ_TIMEOUT = 1.0
# More slow clients than threads and than the whole connection limit used to be.
DRIPPERS = 3 * THREADS + 30


class Served:
    """A waitress server for ``app`` on a free loopback port, run in a thread."""

    def __init__(self, app: Flask, host: str = "127.0.0.1") -> None:
        self.server = create_server(app, host, 0, THREADS)
        port = int(listening_urls(self.server)[0].rsplit(":", 1)[1])
        self.url = f"http://127.0.0.1:{port}"
        self.address = ("127.0.0.1", port)
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.thread.start()

    def stop(self) -> None:
        """Close every socket from the server's own loop, which then ends."""

        def close_all() -> None:
            for dispatcher in list(self.server._map.values()):
                dispatcher.close()

        self.server.trigger.pull_trigger(close_all)
        self.thread.join(10)
        self.server.task_dispatcher.shutdown(timeout=5)


def _app(**settings: Any) -> Flask:
    return create_app({"RATE_LIMIT": 0, "READ_TIMEOUT": READ_TIMEOUT, **settings})


@pytest.fixture(scope="module", autouse=True)
def _warm() -> None:
    smmlint.lint("Load the dictionaries before any timing.")


@pytest.fixture
def served() -> Iterator[Served]:
    running = Served(_app())
    yield running
    running.stop()


def _open_drippers(address: tuple[str, int], count: int) -> list[socket.socket]:
    connections = []
    for _ in range(count):
        connection = socket.create_connection(address, timeout=10)
        connection.sendall(b"GET /healthz HTTP/1.1\r\n")  # a request line, headers never end
        connections.append(connection)
    return connections


def _closed_by_server(connection: socket.socket, within: float) -> bool:
    """Whether the server closes ``connection`` within ``within`` seconds, while the client
    keeps dripping a header byte every 0.1 s."""
    deadline = time.monotonic() + within
    connection.settimeout(0.1)
    while time.monotonic() < deadline:
        try:
            if connection.recv(4096) == b"":
                return True
        except TimeoutError:
            pass
        except OSError:
            return True
        try:
            connection.sendall(b"X")
        except OSError:
            return True
    return False


def test_dripping_clients_neither_take_the_server_off_the_air_nor_keep_their_connection(
    served: Served,
) -> None:
    drippers = _open_drippers(served.address, DRIPPERS)
    try:
        began = time.monotonic()
        health = requests.get(served.url + "/healthz", timeout=10)
        lint = requests.post(served.url + "/v1/lint", json={"text": "Shop now!"}, timeout=10)
        answered = time.monotonic() - began
        assert health.status_code == 200 and lint.status_code == 200
        assert answered < 3, f"answers took {answered:.1f} s behind {DRIPPERS} slow clients"
        # Dripping resets waitress's own inactivity timer; the read deadline does not.
        assert _closed_by_server(drippers[0], within=READ_TIMEOUT + 10)
        assert all(_closed_by_server(c, within=3) for c in drippers[1:])
    finally:
        for connection in drippers:
            connection.close()


def test_a_client_that_sends_nothing_is_cut_off(served: Served) -> None:
    with socket.create_connection(served.address, timeout=10) as silent:
        silent.settimeout(READ_TIMEOUT + 10)
        assert silent.recv(4096) == b""


def test_one_address_holds_at_most_its_share_of_connections_beyond_loopback() -> None:
    running = Served(_app(MAX_CLIENT_CONNECTIONS=5), host="0.0.0.0")
    try:
        connections = _open_drippers(running.address, 8)
        try:
            cut = [c for c in connections if _closed_by_server(c, within=0.5)]
            assert len(cut) >= 3
        finally:
            for connection in connections:
                connection.close()
    finally:
        running.stop()


@contextmanager
def _every_thread_held(**settings: Any) -> Iterator[tuple[Served, threading.Event]]:
    """A server whose threads are all busy (a route standing for long lint requests), plus
    two more such requests queued, until the event it yields is set or the block ends."""
    app = _app(**settings)
    release = threading.Event()
    busy = threading.Semaphore(0)

    def hold() -> str:
        busy.release()
        release.wait(30)
        return "done"

    app.add_url_rule("/hold", "hold", hold)
    running = Served(app)
    holders = [
        threading.Thread(target=requests.get, args=(running.url + "/hold",), kwargs={"timeout": 60})
        for _ in range(THREADS + 2)
    ]
    try:
        for holder in holders:
            holder.start()
        for _ in range(THREADS):
            assert busy.acquire(timeout=30)
        yield running, release
    finally:
        release.set()
        for holder in holders:
            holder.join(60)
        running.stop()


def test_healthz_never_waits_for_a_thread_busy_with_lint_work() -> None:
    with _every_thread_held() as (running, _):
        began = time.monotonic()
        response = requests.get(running.url + "/healthz", timeout=10)
        assert response.status_code == 200 and response.json()["status"] == "ok"
        assert time.monotonic() - began < 5


def test_a_request_that_waited_past_its_deadline_is_answered_at_once() -> None:
    with _every_thread_held(REQUEST_TIMEOUT=0.5) as (running, release):
        answer: list[requests.Response] = []
        waiting = threading.Thread(
            target=lambda: answer.append(
                requests.post(running.url + "/v1/lint", json={"text": "Hi"}, timeout=60)
            )
        )
        waiting.start()
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and not _queued(running):
            time.sleep(0.02)
        time.sleep(0.6)  # past REQUEST_TIMEOUT while queued: the condition is time itself
        release.set()
        waiting.join(60)
    assert answer[0].status_code == 503
    assert answer[0].json()["error"]["code"] == "overloaded"


def _queued(running: Served) -> bool:
    return bool(running.server.task_dispatcher.queue)
