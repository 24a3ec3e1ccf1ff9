"""Running the app under waitress, with waitress's own errors answered as JSON too.

Waitress refuses some requests before the app sees them (a body past its ceiling, a
malformed request, oversized headers, a Transfer-Encoding other than chunked). Its stock
answer is text/plain; the channel below answers those with the same JSON error shape and
headers as the app, and logs them as the app logs its answers.
"""

from __future__ import annotations

import json
import time
from typing import Any

import waitress
from flask import Flask
from waitress.channel import HTTPChannel
from waitress.server import BaseWSGIServer
from waitress.task import ErrorTask

import smmlint
from server.access_log import log_waitress_error
from server.errors import HTTP_ERRORS
from server.guards import PRIVATE_HEADERS, cors_headers
from server.settings import MIB, Security

# The app answers 413 for a body over MAX_CONTENT_LENGTH (1 MiB) with every header; waitress
# refuses on its own, before reading it, only a body past this ceiling a little above.
WAITRESS_BODY_LIMIT = MIB + 64 * 1024

WARM_UP_DRAFTS = (
    "We are excited to announce our new range! Shop now, 20% off today only 🎉 "
    "What would you pick? Thanks @friend https://example.com #coffee #tea",
    # A cased letter outside ASCII: the phrase lists compile their case-insensitive
    # patterns for the first such draft (smmlint/lexicon.py), here rather than on a request.
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


class JsonErrorChannel(HTTPChannel):
    """An HTTP channel whose protocol-level errors are JSON; ``security`` decides CORS."""

    error_task_class = JsonErrorTask
    security: Security | None = None


def warm_up() -> None:
    """Load the CMU dictionary, VADER and every rule's patterns before the first real request."""
    for platform in smmlint.PLATFORMS:
        for draft in WARM_UP_DRAFTS:
            smmlint.lint(draft, platform, has_media=False)


def create_server(app: Flask, host: str, port: int, threads: int, **adjustments: Any) -> Any:
    """A bound (not yet running) waitress server for ``app``; call ``.run()`` to serve.

    It holds at most ``threads`` connections, so every request it reads has a thread at
    once: nothing waits in waitress's task queue, which has no time limit. The app's own
    bound (a lint slot within ``QUEUE_TIMEOUT``, else 503) is then the only queue.
    Connections past the limit wait in the kernel's listen backlog until one closes.
    """
    sockets: dict[Any, Any] = {}
    server = waitress.create_server(
        app,
        map=sockets,
        host=host,
        port=port,
        threads=threads,
        ident="smmlint",
        max_request_body_size=WAITRESS_BODY_LIMIT,
        **adjustments,
    )
    channel = type(
        "JsonErrorChannel",
        (JsonErrorChannel,),
        {"security": app.extensions["smmlint"].security},
    )
    for listener in sockets.values():
        if isinstance(listener, BaseWSGIServer):
            listener.channel_class = channel
    # Waitress counts every socket in its map against connection_limit: its listeners and
    # their wake-up triggers (all that is in the map now) as well as client connections.
    server.adj.connection_limit = threads + len(sockets)
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
