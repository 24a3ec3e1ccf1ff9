"""gunicorn settings for smmlint: ``gunicorn -c python:server.gunicorn_conf server.wsgi:app``.

Each setting can still be overridden on the command line (``--bind``, ``--workers``...).
What they give, as ``smmlint serve`` gives under waitress:

- ``serve``'s bind rule: a non-loopback bind without ``SMMLINT_TOKEN`` refuses to start;
- every error gunicorn answers itself (a malformed request, an oversized request line or
  header) in the JSON error shape, through ``JsonErrorWorker``;
- a bounded request: gunicorn's own limits on the request line and headers, a worker
  timeout past the app's own ``REQUEST_TIMEOUT``, and threads so a slow client holds one
  thread, not the worker.
"""

from __future__ import annotations

import sys
from typing import Any

from server.settings import DEFAULTS, is_loopback

bind = ["127.0.0.1:8787"]
worker_class = "server.gunicorn_worker.JsonErrorWorker"  # gthread, errors as JSON
workers = 2
threads = 8
preload_app = True  # server.wsgi warms the library up once, before the workers fork
timeout = int(DEFAULTS["REQUEST_TIMEOUT"]) * 3  # a worker stuck past this is restarted
graceful_timeout = 10
keepalive = 5
limit_request_line = 8190
limit_request_fields = 100
limit_request_field_size = 8190


def on_starting(server: Any) -> None:
    """Refuse a non-loopback bind unless every request must send a token (``serve``'s rule)."""
    from server import create_app

    security = create_app().extensions["smmlint"].security
    for address in server.cfg.address:
        host = address[0] if isinstance(address, tuple) else None
        if host is not None and not is_loopback(host) and not security.require_token:
            print(
                f"smmlint: refusing to listen on {host}, which is not a loopback address, "
                "without a token: set SMMLINT_TOKEN (every request must then send it) to "
                "serve other machines",
                file=sys.stderr,
            )
            sys.exit(2)
