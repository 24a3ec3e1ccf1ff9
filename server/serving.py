"""Running the app under waitress, with waitress's own errors answered as JSON too.

Waitress refuses some requests before the app sees them (a body past its ceiling, a
malformed request, oversized headers, a Transfer-Encoding other than chunked). Its stock
answer is text/plain; the channel below answers those with the same JSON error shape and
headers as the app, and logs them as the app logs its answers.

Slow clients hold a connection, never a thread: waitress reads requests on its I/O loop
and hands a thread only a request read in full. The listener below also gives every
request ``READ_TIMEOUT`` seconds from its first byte (waitress's own timeout restarts on
every byte, so a client dripping one byte a second held a connection forever), holds at
most ``MAX_CLIENT_CONNECTIONS`` connections from one address when it listens beyond
loopback, notes when each request
arrived (the app's deadline starts there) and answers ``GET /healthz`` on a thread of its
own, so a health probe never waits behind lint work for a thread.
"""

from __future__ import annotations

import json
import time
from typing import Any

import waitress
from flask import Flask
from waitress.channel import HTTPChannel
from waitress.parser import HTTPRequestParser
from waitress.server import BaseWSGIServer
from waitress.task import ErrorTask, ThreadedTaskDispatcher, WSGITask

import smmlint
from server.access_log import log_waitress_error
from server.cors import cors_headers
from server.errors import HTTP_ERRORS
from server.guards import PRIVATE_HEADERS
from server.request_state import ARRIVED
from server.settings import MIB, Security, is_loopback

# The app answers 413 for a body over MAX_CONTENT_LENGTH (1 MiB) with every header; waitress
# refuses on its own, before reading it, only a body past this ceiling a little above.
WAITRESS_BODY_LIMIT = MIB + 64 * 1024

WARM_UP_DRAFTS = (
    "We are excited to announce our new range! Shop now, 20% off today only 🎉 "
    "What would you pick? Thanks @friend https://example.com #coffee #tea",
    # A cased letter outside ASCII: the phrase lists compile their case-insensitive
    # patterns for the first such draft (smmlint/analysis/lexicon.py), here, not on a request.
    "Café crème or crêpes? Tell us which you'd pick 👇",
)


class JsonErrorTask(ErrorTask):
    """Waitress's error response, as ``{"error": {"code", "message"}}`` with the app's headers."""

    channel: JsonErrorChannel

    def execute(self) -> None:
        error = self.request.error
        code, message = HTTP_ERRORS.get(
            error.code, (error.reason.lower().replace(" ", "_"), f"{error.reason}.")
        )
        body = json.dumps({"error": {"code": code, "message": message}}).encode()
        self.status = f"{error.code} {error.reason}"
        self.response_headers.append(("Content-Type", "application/json"))
        self.response_headers.extend(PRIVATE_HEADERS.items())
        security = self.channel.security
        if security is not None:
            headers = self.request.headers
            origin, host = headers.get("ORIGIN"), headers.get("HOST", "")
            self.response_headers.extend(cors_headers(origin, host, security))
        self.set_close_on_finish()
        self.content_length = len(body)
        self.write(body)
        elapsed_ms = (time.time() - self.start_time) * 1000
        log_waitress_error(getattr(self.request, "command", None), error.code, elapsed_ms)


class StampedParser(HTTPRequestParser):
    """A request parser that notes (``time.monotonic()``) when its request was read in full."""

    arrived: float | None = None

    def received(self, data: bytes) -> int:
        consumed = super().received(data)
        if self.completed and self.arrived is None:
            self.arrived = time.monotonic()
        return consumed


class StampedTask(WSGITask):
    """A WSGI task that passes its request's arrival time to the app (``ARRIVED``)."""

    request: StampedParser

    def get_environment(self) -> dict[str, Any]:
        environ = super().get_environment()
        if self.request.arrived is not None:
            environ[ARRIVED] = self.request.arrived
        return environ


class JsonErrorChannel(HTTPChannel):
    """An HTTP channel whose protocol-level errors are JSON; ``security`` decides CORS.

    ``reading_since`` is when the request being read started (its first byte, or the
    connection for the first request); ``None`` between requests.
    """

    error_task_class = JsonErrorTask
    task_class = StampedTask
    parser_class = StampedParser
    security: Security | None = None

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.reading_since: float | None = time.monotonic()

    def received(self, data: bytes) -> bool:
        started = time.monotonic()
        result = super().received(data)
        if self.request is None:
            self.reading_since = None
        elif self.reading_since is None:
            self.reading_since = started
        return result


class GuardedListener(BaseWSGIServer):
    """A listener that cuts off slow and crowding clients and answers health probes itself.

    Mixed into waitress's listener class by ``create_server``.
    """

    read_timeout: float = 10.0
    max_client_connections: int | None = None  # None: no cap (a loopback listener)
    health_dispatcher: ThreadedTaskDispatcher

    def maintenance(self, now: float) -> None:
        super().maintenance(now)
        cutoff = time.monotonic() - self.read_timeout
        for channel in list(self.active_channels.values()):
            since = getattr(channel, "reading_since", None)
            if since is not None and since < cutoff and not channel.requests:
                channel.will_close = True

    def handle_accept(self) -> None:
        known = set(self.active_channels)
        super().handle_accept()
        for fileno, channel in list(self.active_channels.items()):
            if fileno not in known and self.max_client_connections and self._crowding(channel):
                channel.handle_close()

    def add_task(self, task: Any) -> None:
        if _is_health_probe(task):
            self.health_dispatcher.add_task(task)  # its own thread: never behind a lint
        else:
            super().add_task(task)

    def _crowding(self, channel: Any) -> bool:
        """Whether ``channel``'s address already holds its share of the connections."""
        address = channel.addr[0] if channel.addr else None
        same = sum(1 for c in self.active_channels.values() if c.addr and c.addr[0] == address)
        return same > (self.max_client_connections or same)


def _is_health_probe(channel: Any) -> bool:
    requests = getattr(channel, "requests", None)
    if not requests:
        return False
    request = requests[0]
    return (
        not request.error
        and request.command in ("GET", "HEAD")
        and request.path == "/healthz"
        and not request.query
    )


def warm_up() -> None:
    """Load the CMU dictionary, VADER and every rule's patterns before the first real request."""
    for platform in smmlint.PLATFORMS:
        for draft in WARM_UP_DRAFTS:
            smmlint.lint(draft, platform, has_media=False)


def create_server(app: Flask, host: str, port: int, threads: int, **adjustments: Any) -> Any:
    """A bound (not yet running) waitress server for ``app``; call ``.run()`` to serve.

    It holds at most ``MAX_CONNECTIONS`` connections (``MAX_CLIENT_CONNECTIONS`` from one
    address unless ``host`` is loopback), each given ``READ_TIMEOUT`` seconds per request;
    ``threads`` run the app.
    A request read in full waits for a thread in waitress's queue, and its deadline
    (``REQUEST_TIMEOUT``) runs from its arrival: one that waited past it is answered 503
    at once. Connections past the limit wait in the kernel's listen backlog.
    """
    security: Security = app.extensions["smmlint"].security
    sockets: dict[Any, Any] = {}
    server = waitress.create_server(
        app,
        map=sockets,
        host=host,
        port=port,
        threads=threads,
        ident="smmlint",
        max_request_body_size=WAITRESS_BODY_LIMIT,
        # Idle keep-alive connections close after this; maintenance runs every second.
        channel_timeout=max(security.read_timeout, 30),
        cleanup_interval=1,
        **adjustments,
    )
    channel = type("JsonErrorChannel", (JsonErrorChannel,), {"security": security})
    health = ThreadedTaskDispatcher()
    health.set_thread_count(1)
    for listener in sockets.values():
        if isinstance(listener, BaseWSGIServer):
            listener.channel_class = channel
            listener.__class__ = type(
                f"Guarded{type(listener).__name__}",
                (GuardedListener, type(listener)),
                {
                    "read_timeout": security.read_timeout,
                    # On loopback every client shares one address: the cap is for remote mode.
                    "max_client_connections": None
                    if is_loopback(host)
                    else security.max_client_connections,
                    "health_dispatcher": health,
                },
            )
    # Waitress counts every socket in its map against connection_limit: its listeners and
    # their wake-up triggers (all that is in the map now) as well as client connections.
    server.adj.connection_limit = security.max_connections + len(sockets)
    return server


def listening_urls(server: Any) -> list[str]:
    """``http://host:port`` for every socket the server listens on."""
    listen = getattr(server, "effective_listen", None) or [
        (server.effective_host, server.effective_port)
    ]
    return [
        f"http://[{host}]:{port}" if ":" in str(host) else f"http://{host}:{port}"
        for host, port in listen
    ]
