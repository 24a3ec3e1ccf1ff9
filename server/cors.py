"""CORS: flask-cors decides every answer's headers, configured once for the app.

flask-cors's own ``after_request`` hook re-evaluates its options for every response (path
pattern, origin patterns, a multi-dict of headers). A request that is not a preflight and
asks nothing of private networks gets headers that depend on its Origin alone, so those are
asked of flask-cors once per origin and remembered; preflights are asked every time.
"""

from __future__ import annotations

from collections.abc import Sequence

from flask import Flask, Request
from flask_cors.core import ACL_RESPONSE_PRIVATE_NETWORK, get_cors_headers, get_cors_options

from server.guards import host_name, origin_allowed
from server.settings import MOZ_EXTENSION, Security

# Response headers a browser page may read besides the simple ones.
EXPOSED_HEADERS = ("Retry-After",)
# Origins remembered at once: the allowed ones, and Firefox installs (a random origin each).
MAX_REMEMBERED_ORIGINS = 1_024
Headers = Sequence[tuple[str, str]]


class Cors:
    """The CORS headers for a request, as flask-cors gives them with the server's options."""

    def __init__(self, app: Flask, security: Security) -> None:
        self._options = get_cors_options(
            app,
            {
                "origins": [*sorted(security.allowed_origins), MOZ_EXTENSION],
                "methods": ["GET", "HEAD", "POST", "OPTIONS"],
                "allow_headers": ["Content-Type", "Authorization"],
                "expose_headers": list(EXPOSED_HEADERS),
                "supports_credentials": False,
                "allow_private_network": False,
                "send_wildcard": False,
                "always_send": False,
                "max_age": 600,
            },
        )
        # Per origin: the headers of an answer, and of a refused one.
        self._by_origin: dict[str, tuple[Headers, Headers]] = {}

    def headers(self, req: Request, refused: bool = False) -> Headers:
        """What to add to the answer to ``req``; nothing for a request without an Origin.

        A ``refused`` answer (403) gets no CORS allowance, though flask-cors matched its
        origin (an allowed origin on a refused Host; an origin it matches case-blind).
        """
        environ = req.environ
        origin = environ.get("HTTP_ORIGIN")
        if not origin:
            return ()
        if req.method == "OPTIONS" or "HTTP_ACCESS_CONTROL_REQUEST_PRIVATE_NETWORK" in environ:
            return _answer(self._evaluate(req), refused)
        known = self._by_origin.get(origin)
        if known is None:
            if len(self._by_origin) >= MAX_REMEMBERED_ORIGINS:
                self._by_origin.clear()
            headers = self._evaluate(req)
            known = self._by_origin[origin] = (headers, _answer(headers, refused=True))
        return known[refused]

    def _evaluate(self, req: Request) -> Headers:
        # flask-cors answers a private-network preflight with "...-Private-Network: false";
        # the server never sends the header at all, so public pages get no opening.
        answer = get_cors_headers(self._options, req.headers, req.method)
        return tuple(
            (name, str(value))
            for name, value in answer.items(multi=True)
            if name != ACL_RESPONSE_PRIVATE_NETWORK
        )


def _answer(headers: Headers, refused: bool) -> Headers:
    """``headers`` as they go on an answer: without the CORS allowance if it is ``refused``."""
    if not refused:
        return headers
    return tuple(
        (name, value) for name, value in headers if not name.lower().startswith("access-control-")
    )


def cors_headers(origin: str | None, host: str, security: Security) -> list[tuple[str, str]]:
    """The CORS headers flask-cors gives an allowed origin, for answers the app never sees."""
    if origin is None or host_name(host) not in security.allowed_hosts:
        return []
    if not origin_allowed(origin, security):
        return []
    return [
        ("Access-Control-Allow-Origin", origin),
        ("Access-Control-Expose-Headers", ", ".join(EXPOSED_HEADERS)),
        ("Vary", "Origin"),
    ]
