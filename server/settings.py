"""The server's settings: defaults, and the normalised form the guards read.

Every key can be set from the environment with the ``SMMLINT_`` prefix
(``SMMLINT_ALLOWED_ORIGINS="chrome-extension://abc…,https://cms.example"``), from a
mapping passed to ``create_app``, or by ``smmlint serve`` flags.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

MIB = 1024 * 1024

DEFAULTS: dict[str, Any] = {
    # Bodies past this size are refused with 413 (under waitress, which refuses a body a
    # little larger on its own: see server/serving.py).
    "MAX_CONTENT_LENGTH": MIB,
    "MAX_FORM_MEMORY_SIZE": MIB,
    # A bearer token; required on every request when REQUIRE_TOKEN is true (the default
    # whenever a token is set this way), and always for moz-extension:// origins.
    "TOKEN": None,
    "REQUIRE_TOKEN": None,
    # Exact origins allowed to call the API from a browser: chrome-extension://<id>,
    # https://cms.example... Requests without an Origin header (CLI, CMS back ends) pass.
    "ALLOWED_ORIGINS": (),
    # Host names (besides localhost, 127.0.0.1 and [::1]) the server answers to.
    "ALLOWED_HOSTS": (),
    # Per client (address and origin): a sustained rate in requests per second and a burst.
    # Typing with a 300 ms debounce sends about 3 a second; 0 switches the limit off.
    "RATE_LIMIT": 50.0,
    "RATE_BURST": 100,
    # Wrong tokens a client may send per minute (at once, then one every 60/N seconds)
    # before every token it sends is refused with 429 unchecked; 0 switches this off.
    # A paired token is 256 random bits; this keeps a weak --token from being guessed.
    "AUTH_FAILURES": 10,
    # Lint calls running at once, and how long a request may wait for a free slot before
    # it is answered 503. Linting is CPU-bound: more slots than cores only queue.
    "MAX_CONCURRENT": 4,
    "QUEUE_TIMEOUT": 1.0,
    # Seconds from a request's arrival to its answer: past it, a request still waiting (for
    # a thread or a slot) or between two platforms' lints is answered 503 at once.
    "REQUEST_TIMEOUT": 10.0,
    # Under waitress: seconds a client has to send a whole request (headers and body) from
    # its first byte, or from connecting; a client dripping bytes is cut off when it is up.
    "READ_TIMEOUT": 10.0,
    # Under waitress: connections held open at once, and, when it listens on a non-loopback
    # address, at most this many from one client address. Slow or idle clients hold a
    # connection, never a thread.
    "MAX_CONNECTIONS": 500,
    "MAX_CLIENT_CONNECTIONS": 50,
}

LOOPBACK_HOSTS = ("localhost", "127.0.0.1", "::1")
# The origin of the bundled extension in Chrome/Chromium. The public key in
# extension/manifest.json fixes its id, so `smmlint serve` with its defaults is ready for it;
# a test checks the two agree.
BUNDLED_EXTENSION_ORIGIN = "chrome-extension://cgfdbkmkhoiankpcppgmmjdabbaehjaf"
_ORIGIN = re.compile(
    r"^(?:https?://(?:[a-z0-9.-]+|\[[0-9a-f:]+\])(?::\d{1,5})?|chrome-extension://[a-p]{32})$"
)
_LABEL = r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?"
_HOST = re.compile(rf"^{_LABEL}(?:\.{_LABEL})*\.?$|^[0-9a-f:.]+$")
# Firefox gives every install a random UUID origin, so these are let in on a token only.
MOZ_EXTENSION = re.compile(r"^moz-extension://[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}$")


@dataclass(frozen=True)
class Security:
    """What the request guards enforce, read once from the app's config."""

    token: str | None
    require_token: bool
    allowed_origins: frozenset[str]
    allowed_hosts: frozenset[str]
    rate_limit: float
    rate_burst: int
    auth_failures: int
    max_concurrent: int
    queue_timeout: float
    request_timeout: float
    read_timeout: float
    max_connections: int
    max_client_connections: int

    @classmethod
    def from_config(cls, config: Mapping[str, Any]) -> Security:
        """Validate and normalise the settings; ``ValueError`` names the bad one."""
        token = config.get("TOKEN") or None
        if isinstance(token, int) and not isinstance(token, bool):
            token = str(
                token
            )  # SMMLINT_* values are read as JSON: an all-digit token becomes a number
        if token is not None and (not isinstance(token, str) or len(token) < 16):
            raise ValueError("TOKEN must be a string of at least 16 characters")
        require = config.get("REQUIRE_TOKEN")
        require = token is not None if require is None else _boolean(require, "REQUIRE_TOKEN")
        if require and token is None:
            raise ValueError("REQUIRE_TOKEN is set but no TOKEN is configured")
        return cls(
            token=token,
            require_token=require,
            allowed_origins=frozenset(
                (BUNDLED_EXTENSION_ORIGIN, *_origins(config.get("ALLOWED_ORIGINS")))
            ),
            allowed_hosts=frozenset((*LOOPBACK_HOSTS, *_hosts(config.get("ALLOWED_HOSTS")))),
            rate_limit=_number(config.get("RATE_LIMIT"), "RATE_LIMIT", minimum=0),
            rate_burst=int(_number(config.get("RATE_BURST"), "RATE_BURST", minimum=1)),
            auth_failures=int(_number(config.get("AUTH_FAILURES"), "AUTH_FAILURES", minimum=0)),
            max_concurrent=int(_number(config.get("MAX_CONCURRENT"), "MAX_CONCURRENT", minimum=1)),
            queue_timeout=_number(config.get("QUEUE_TIMEOUT"), "QUEUE_TIMEOUT", minimum=0),
            request_timeout=_number(config.get("REQUEST_TIMEOUT"), "REQUEST_TIMEOUT", minimum=0.1),
            read_timeout=_number(config.get("READ_TIMEOUT"), "READ_TIMEOUT", minimum=0.1),
            max_connections=int(
                _number(config.get("MAX_CONNECTIONS"), "MAX_CONNECTIONS", minimum=1)
            ),
            max_client_connections=int(
                _number(config.get("MAX_CLIENT_CONNECTIONS"), "MAX_CLIENT_CONNECTIONS", minimum=1)
            ),
        )


def split_list(value: Any) -> list[str]:
    """A list setting given as a list, or as one string separated by commas or spaces."""
    if value is None:
        return []
    if isinstance(value, str):
        return [part for part in re.split(r"[,\s]+", value) if part]
    if isinstance(value, Iterable):
        return [str(part).strip() for part in value if str(part).strip()]
    raise ValueError(f"expected a list of strings, not {type(value).__name__}")


def _origins(value: Any) -> list[str]:
    origins = [origin.rstrip("/").lower() for origin in split_list(value)]
    for origin in origins:
        if not _ORIGIN.match(origin):
            raise ValueError(
                f"ALLOWED_ORIGINS: {origin!r} is not an origin; use scheme://host[:port] "
                "or chrome-extension://<32-letter id>"
            )
    return origins


def _hosts(value: Any) -> list[str]:
    hosts = [host.lower().strip("[]") for host in split_list(value)]
    for host in hosts:
        if not _HOST.match(host):
            raise ValueError(f"ALLOWED_HOSTS: {host!r} is not a host name or address")
    return hosts


def _number(value: Any, name: str, minimum: float) -> float:
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise ValueError(f"{name} must be a number") from None
    if not number >= minimum:
        raise ValueError(f"{name} must be at least {minimum}")
    return number


def _boolean(value: Any, name: str) -> bool:
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in ("1", "true", "yes", "on"):
        return True
    if text in ("0", "false", "no", "off"):
        return False
    raise ValueError(f"{name} must be true or false")


@lru_cache(maxsize=1_024)
def is_loopback(host: str) -> bool:
    """Whether ``host`` only reaches this machine (``localhost`` or a loopback address).

    Remembered per host: every request's client address is asked."""
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False
