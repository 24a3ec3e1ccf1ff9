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
from server.request_state import request_state, start_request
from server.settings import Security


def install_request_cycle(app: Flask, security: Security) -> None:
    """Register the hooks that run before and after every view of ``app``."""
    guards = Guards(security, app.config)
    cors = Cors(app, security)
    timeout = security.request_timeout

    @app.before_request
    def before() -> None:
        req = request._get_current_object()  # type: ignore[attr-defined]
        start_request(req.environ, timeout)
        guards.check(req)

    @app.after_request
    def after(response: Response) -> Response:
        req = request._get_current_object()  # type: ignore[attr-defined]
        status = response.status_code
        headers = response.headers
        for name, value in cors.headers(req):
            # A refused request gets no CORS allowance, though flask-cors matched its origin
            # (an allowed origin on a refused Host; an origin it matches case-blind).
            if status != 403 or not name.lower().startswith("access-control-"):
                headers.add(name, value)
        headers.update(PRIVATE_HEADERS)
        log_access(req, status, request_state(req.environ))
        return response
