"""A gunicorn worker whose own error answers are the JSON error shape, never HTML.

gunicorn answers a request it cannot parse (a malformed request line, an oversized header,
a bad chunk) before the app sees it, with an HTML page quoting what the client sent. This
worker answers those as the app answers errors: ``{"error": {"code", "message"}}`` with a
fixed message and the app's private headers.
"""

from __future__ import annotations

import json
import socket

from gunicorn import util
from gunicorn.workers.gthread import ThreadWorker

from server.errors import HTTP_ERRORS
from server.guards import PRIVATE_HEADERS

# gunicorn's statuses that the app's table does not name, as the closest error code.
_OTHER_ERRORS = {
    403: ("bad_request", "The request could not be read."),
    414: ("bad_request", "The request line is longer than the limit."),
    417: ("bad_request", "The request's Expect header cannot be met."),
}


def write_json_error(sock: socket.socket, status: int, reason: str, _detail: str) -> None:
    """Send gunicorn's error ``status`` as JSON (``_detail`` may quote the client: dropped)."""
    code, message = HTTP_ERRORS.get(status) or _OTHER_ERRORS.get(status, HTTP_ERRORS[400])
    body = json.dumps({"error": {"code": code, "message": message}}).encode()
    headers = "".join(f"{name}: {value}\r\n" for name, value in PRIVATE_HEADERS.items())
    head = (
        f"HTTP/1.1 {status} {reason}\r\nConnection: close\r\n"
        f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n{headers}\r\n"
    )
    util.write_nonblock(sock, head.encode("latin-1") + body)


class JsonErrorWorker(ThreadWorker):
    """gunicorn's ``gthread`` worker, answering its own errors as JSON."""

    def init_process(self) -> None:
        util.write_error = write_json_error  # what Worker.handle_error sends its answer with
        super().init_process()
