"""One log line per request: method, route, status, duration, text length, rule counts.

The route is the URL rule (``/v1/rules/<rule_id>``), not the path the client sent, and
never the query string: a draft pasted into a URL stays out of the log too.
"""

from __future__ import annotations

import logging
import time

from flask import Request

from server.request_state import RequestState

logger = logging.getLogger("smmlint.server.access")

_METHODS = frozenset({"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"})


def log_access(req: Request, status: int, state: RequestState | None) -> None:
    """Log the line for a request the app answered with ``status``."""
    if logger.isEnabledFor(logging.INFO):
        _emit(access_line(req, status, state))


def access_line(req: Request, status: int, state: RequestState | None) -> str:
    """The log line for a request, built only from numbers and route names."""
    rule = req.url_rule
    route = rule.rule if rule is not None else "<unmatched>"
    elapsed_ms = 0.0 if state is None else (time.monotonic() - state.started) * 1000
    line = _line(req.method, route, status, elapsed_ms)
    if state is not None and state.counts is not None:
        rules = ",".join(f"{code}:{n}" for code, n in sorted(state.counts.items())) or "none"
        line += f" text_length={state.text_length} findings={rules}"
    return line


def log_waitress_error(method: str | None, status: int, elapsed_ms: float) -> None:
    """Log a request waitress answered itself (it never reached the app), as ``<waitress>``."""
    if logger.isEnabledFor(logging.INFO):
        _emit(_line(method, "<waitress>", status, elapsed_ms))


def _line(method: str | None, route: str, status: int, elapsed_ms: float) -> str:
    method = method if method in _METHODS else "OTHER"
    return f"{method} {route} {status} {elapsed_ms:.2f}ms"


def _emit(line: str) -> None:
    """Hand ``line`` to the handlers at INFO as ``logger.info`` does, from this function's
    place: ``logger.info`` walks the stack to find its caller, a fair share of the cost."""
    record = logger.makeRecord(
        logger.name, logging.INFO, __file__, _EMIT_LINE, "%s", (line,), None, "_emit"
    )
    logger.handle(record)


_EMIT_LINE = _emit.__code__.co_firstlineno
