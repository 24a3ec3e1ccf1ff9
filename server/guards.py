"""Checks every request passes before any work: Host, Origin, rate, token.

flask-cors only decorates responses; a disallowed origin's simple POST would still run the
view. So the server refuses it here, before routing to a view, with a JSON 403.

The rate limit counts every request, refused tokens included, and wrong tokens have a
much smaller budget of their own, per address whatever Origin a request claims: guessing
the token soon gets nothing but 429.
"""

from __future__ import annotations

import hmac
from collections.abc import Mapping
from typing import Any

from flask import Request

from server.errors import HTTP_ERRORS, ApiError
from server.limits import RateLimiter
from server.payload import form_fields
from server.settings import MOZ_EXTENSION, Security, is_loopback

FORM_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data")
# On every answer: answers describe (and LanguageTool's quote) private drafts, so keep them
# out of caches, and let no browser guess a content type.
PRIVATE_HEADERS = {"Cache-Control": "no-store", "X-Content-Type-Options": "nosniff"}
# Health probes and the API description need no token (they carry no draft).
OPEN_PATHS = ("/healthz", "/openapi.json")
_CHALLENGE = {"WWW-Authenticate": 'Bearer realm="smmlint"'}


class Guards:
    """The host, origin, rate and token checks every request passes, in that order, before
    any view runs; each raises the ``ApiError`` that answers a request that fails it."""

    def __init__(self, security: Security, config: Mapping[str, Any]) -> None:
        self.security = security
        self._config = config  # the app's, read as the request comes: MAX_CONTENT_LENGTH
        self._limiter = RateLimiter(security.rate_limit, security.rate_burst)
        self._failures = RateLimiter(security.auth_failures / 60, security.auth_failures)

    def check(self, req: Request) -> None:
        """Let ``req`` through, or raise the error that refuses it."""
        security = self.security
        environ = req.environ
        if host_name(environ.get("HTTP_HOST", "")) not in security.allowed_hosts:
            raise ApiError(
                403,
                "forbidden_host",
                "This host name is not allowed; configure it with --allow-host.",
            )
        origin = environ.get("HTTP_ORIGIN")
        check_origin(origin, security)
        wait = self._limiter.retry_after(client_key(req.remote_addr, origin))
        if wait:
            raise _rate_limited("Too many requests from this client", wait)
        check_body_size(req, self._config["MAX_CONTENT_LENGTH"])
        if req.method != "OPTIONS" and req.path not in OPEN_PATHS:
            # Wrong tokens count per address: an Origin is the client's to choose.
            check_token(req, origin, security, self._failures)


def client_key(address: str | None, origin: str | None) -> str:
    """Who the rate limits count for: the address and the allowed origin it calls from.

    Firefox extensions count as one origin: each install has a random one, and a client
    that is not a browser could send a new one with every guess.
    """
    kind = "moz-extension" if origin is not None and MOZ_EXTENSION.match(origin) else origin
    return f"{address}|{kind or ''}"


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


def check_body_size(req: Request, limit: int | None) -> None:
    """413 for a body over ``limit`` bytes, whatever the endpoint (waitress has read it already).

    Waitress refuses bodies a little larger on its own; answering here gives the error
    every header, CORS included, so a browser extension can read it, and a log line.
    """
    if limit is not None and (req.content_length or 0) > limit:
        raise ApiError(413, *HTTP_ERRORS[413])


def check_token(
    req: Request, origin: str | None, security: Security, failures: RateLimiter
) -> None:
    """401 for a wrong token, or a missing one where it is required; 429 for a client that
    sent too many wrong ones (its tokens are then not even compared)."""
    client = req.remote_addr or ""
    presented = presented_token(req, security)
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
    if not is_loopback(client):
        # `smmlint serve` only listens beyond loopback with a token required; a WSGI server
        # bound to 0.0.0.0 without one serves this machine only, not the network.
        raise ApiError(
            401,
            "token_required",
            "Requests from other machines need a token: set SMMLINT_TOKEN on the server "
            "and send Authorization: Bearer <token>.",
            _CHALLENGE,
        )


def presented_token(req: Request, security: Security) -> str | None:
    """The bearer token, or LanguageTool's ``apiKey`` form field on ``/v2/check``.

    ``apiKey`` only counts when a token is set up: without one, it is a key the client
    keeps for languagetool.org, not something meant for this server.
    """
    scheme, _, value = req.environ.get("HTTP_AUTHORIZATION", "").partition(" ")
    if scheme.lower() == "bearer" and value.strip():
        return value.strip()
    if security.token and req.path == "/v2/check" and req.mimetype in FORM_TYPES:
        return form_fields().get("apiKey") or None
    return None


def _rate_limited(what: str, wait: int) -> ApiError:
    """The 429 for a client over a limit, saying when to retry."""
    return ApiError(
        429, "rate_limited", f"{what}; retry after the given seconds.", {"Retry-After": str(wait)}
    )
