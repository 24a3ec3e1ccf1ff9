"""One log line per request: method, route, status, duration, text length, rule counts.

The route is the URL rule (``/v1/rules/<rule_id>``), not the path the client sent, and
never the query string: a draft pasted into a URL stays out of the log too.
"""

from __future__ import annotations

import logging
import time

from flask import Flask, Response, g, request

logger = logging.getLogger("smmlint.server.access")

_METHODS = frozenset({"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"})


def install_access_log(app: Flask) -> None:
    """Time every request and log its outcome once the response is ready."""

    @app.before_request
    def start_clock() -> None:
        g.started = time.perf_counter()

    @app.after_request
    def log_request(response: Response) -> Response:
        if logger.isEnabledFor(logging.INFO):
            logger.info("%s", access_line(response.status_code))
        return response


def access_line(status: int) -> str:
    """The log line for the current request, built only from numbers and route names."""
    route = request.url_rule.rule if request.url_rule is not None else "<unmatched>"
    elapsed_ms = (time.perf_counter() - g.get("started", time.perf_counter())) * 1000
    line = _line(request.method, route, status, elapsed_ms)
    if "text_length" in g:
        counts = g.get("rule_counts", {})
        rules = ",".join(f"{code}:{n}" for code, n in sorted(counts.items())) or "none"
        line += f" text_length={g.text_length} findings={rules}"
    return line


def log_waitress_error(method: str | None, status: int, elapsed_ms: float) -> None:
    """Log a request waitress answered itself (it never reached the app), as ``<waitress>``."""
    if logger.isEnabledFor(logging.INFO):
        logger.info("%s", _line(method, "<waitress>", status, elapsed_ms))


def _line(method: str | None, route: str, status: int, elapsed_ms: float) -> str:
    method = method if method in _METHODS else "OTHER"
    return f"{method} {route} {status} {elapsed_ms:.2f}ms"
