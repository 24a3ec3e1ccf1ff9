"""What every request goes through around its view, in one hook before and one after.

Before: start the request's clock and deadline, then the guards (host, origin, rate, token).
After: the CORS headers, the private headers, then the access line. One hook each way
rather than one per concern: Flask's per-hook cost is a fair share of a lint request's.
"""

from __future__ import annotations

from flask import Flask, Response, request

from server.access_log import log_access
from server.cors import Cors
from server.guards import PRIVATE_HEADERS, Guards
from server.limits import Gate
from server.request_state import request_state, start_request
from server.settings import Security


def install_request_cycle(app: Flask, security: Security, gate: Gate) -> None:
    """Register the hooks that run before and after every view of ``app``, whose lints pass
    ``gate``."""
    guards = Guards(security, app.config)
    cors = Cors(app, security)
    timeout = security.request_timeout

    @app.before_request
    def before() -> None:
        req = request._get_current_object()  # type: ignore[attr-defined]
        start_request(req.environ, timeout, gate)
        guards.check(req)

    @app.after_request
    def after(response: Response) -> Response:
        req = request._get_current_object()  # type: ignore[attr-defined]
        status = response.status_code
        add = response.headers.add
        for name, value in cors.headers(req, refused=status == 403):
            add(name, value)
        # Added, not set: no view sets them (a test checks every kind of answer has one).
        for name, value in PRIVATE_HEADERS.items():
            add(name, value)
        log_access(req, status, request_state(req.environ))
        return response
