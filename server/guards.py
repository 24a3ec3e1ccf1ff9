"""Checks every request passes before any work: Host, Origin, rate, token.

flask-cors only decorates responses; a disallowed origin's simple POST would still run the
view. So the server refuses it here, before routing to a view, with a JSON 403.

The rate limit counts every request, refused tokens included, and wrong tokens have a
much smaller budget of their own, per address whatever Origin a request claims: guessing
the token soon gets nothing but 429.
"""

from __future__ import annotations

import hmac
import time

from flask import Flask, Response, g, request

from server.errors import HTTP_ERRORS, ApiError
from server.limits import RateLimiter
from server.payload import form_fields
from server.settings import MOZ_EXTENSION, Security, is_loopback

FORM_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data")
# On every answer: answers describe (and LanguageTool's quote) private drafts, so keep them
# out of caches, and let no browser guess a content type.
PRIVATE_HEADERS = {"Cache-Control": "no-store", "X-Content-Type-Options": "nosniff"}
# Response headers a browser page may read besides the simple ones (flask-cors setting).
EXPOSED_HEADERS = ("Retry-After",)
# Health probes and the API description need no token (they carry no draft).
OPEN_PATHS = ("/healthz", "/openapi.json")
_CHALLENGE = {"WWW-Authenticate": 'Bearer realm="smmlint"'}


def install_guards(app: Flask, security: Security) -> None:
    """Run the host, origin, rate and token checks before every request, in that order.

    Call before configuring flask-cors, so the header scrub below runs after it.
    """
    limiter = RateLimiter(security.rate_limit, security.rate_burst)
    failures = RateLimiter(security.auth_failures / 60, security.auth_failures)

    @app.after_request
    def security_headers(response: Response) -> Response:
        # flask-cors answers a private-network preflight with "...-Private-Network: false";
        # the server never sends the header at all, so public pages get no opening.
        response.headers.pop("Access-Control-Allow-Private-Network", None)
        if response.status_code == 403:
            # A refused request gets no CORS allowance, though flask-cors matched its origin
            # (an allowed origin on a refused Host; an origin it matches case-blind).
            names = {name for name, _ in response.headers.items()}
            for name in names:
                if name.lower().startswith("access-control-"):
                    del response.headers[name]
        response.headers.update(PRIVATE_HEADERS)
        return response

    @app.before_request
    def guard() -> None:
        g.arrived = time.monotonic()  # the deadline's start, where the server noted none
        check_host(security)
        origin = request.headers.get("Origin")
        check_origin(origin, security)
        client = client_key(origin)
        wait = limiter.retry_after(client)
        if wait:
            raise _rate_limited("Too many requests from this client", wait)
        check_body_size()
        if request.method != "OPTIONS" and request.path not in OPEN_PATHS:
            # Wrong tokens count per address: an Origin is the client's to choose.
            check_token(origin, security, failures, request.remote_addr or "")


def client_key(origin: str | None) -> str:
    """Who the rate limits count for: the address and the allowed origin it calls from.

    Firefox extensions count as one origin: each install has a random one, and a client
    that is not a browser could send a new one with every guess.
    """
    kind = "moz-extension" if origin is not None and MOZ_EXTENSION.match(origin) else origin
    return f"{request.remote_addr}|{kind or ''}"


def request_host() -> str | None:
    """The host name of the request's Host header."""
    return host_name(request.environ.get("HTTP_HOST", ""))


def host_name(header: str) -> str | None:
    """The host name of a Host header, lower-cased, without port or IPv6 brackets."""
    raw = header.strip().lower()
    if raw.startswith("["):
        end = raw.find("]")
        return raw[1:end] if end > 0 else None
    name, _, port = raw.partition(":")
    if port and not port.isdigit():
        return None
    return name or None


def check_host(security: Security) -> None:
    """403 unless the Host header names this machine or a configured host (DNS rebinding)."""
    if request_host() not in security.allowed_hosts:
        raise ApiError(
            403, "forbidden_host", "This host name is not allowed; configure it with --allow-host."
        )


def check_origin(origin: str | None, security: Security) -> None:
    """403 for a browser origin that is neither allow-listed nor a Firefox extension."""
    if origin is None or origin_allowed(origin, security):
        return
    raise ApiError(
        403, "forbidden_origin", "This origin is not allowed; configure it with --allow-origin."
    )


def origin_allowed(origin: str, security: Security) -> bool:
    """Whether ``origin`` is allow-listed or a Firefox extension (let in on a token)."""
    return origin in security.allowed_origins or bool(MOZ_EXTENSION.match(origin))


def check_body_size() -> None:
    """413 for a body over the limit, whatever the endpoint (waitress has read it already).

    Waitress refuses bodies a little larger on its own; answering here gives the error
    every header, CORS included, so a browser extension can read it, and a log line.
    """
    limit = request.max_content_length
    if limit is not None and (request.content_length or 0) > limit:
        raise ApiError(413, *HTTP_ERRORS[413])


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


def check_token(origin: str | None, security: Security, failures: RateLimiter, client: str) -> None:
    """401 for a wrong token, or a missing one where it is required; 429 for a client that
    sent too many wrong ones (its tokens are then not even compared)."""
    presented = presented_token(security)
    if presented is not None:
        wait = failures.retry_after(client, take=False)
        if wait:
            raise _rate_limited("Too many wrong tokens from this client", wait)
        expected = security.token
        if expected is None or not hmac.compare_digest(presented.encode(), expected.encode()):
            failures.retry_after(client)
            raise ApiError(401, "invalid_token", "The token is not valid.", _CHALLENGE)
        return
    if security.require_token or (origin is not None and MOZ_EXTENSION.match(origin)):
        message = (
            "A token is required: send Authorization: Bearer <token>."
            if security.token
            else "A token is required but none is set up: run `smmlint serve --pair`."
        )
        raise ApiError(401, "token_required", message, _CHALLENGE)
    if not is_loopback(request.remote_addr or ""):
        # `smmlint serve` only listens beyond loopback with a token required; a WSGI server
        # bound to 0.0.0.0 without one serves this machine only, not the network.
        raise ApiError(
            401,
            "token_required",
            "Requests from other machines need a token: set SMMLINT_TOKEN on the server "
            "and send Authorization: Bearer <token>.",
            _CHALLENGE,
        )


def presented_token(security: Security) -> str | None:
    """The bearer token, or LanguageTool's ``apiKey`` form field on ``/v2/check``.

    ``apiKey`` only counts when a token is set up: without one, it is a key the client
    keeps for languagetool.org, not something meant for this server.
    """
    scheme, _, value = request.headers.get("Authorization", "").partition(" ")
    if scheme.lower() == "bearer" and value.strip():
        return value.strip()
    if security.token and request.path == "/v2/check" and request.mimetype in FORM_TYPES:
        return form_fields().get("apiKey") or None
    return None


def _rate_limited(what: str, wait: int) -> ApiError:
    """The 429 for a client over a limit, saying when to retry."""
    return ApiError(
        429, "rate_limited", f"{what}; retry after the given seconds.", {"Retry-After": str(wait)}
    )
