"""What the server keeps about one request while it runs: its clock, its deadline, the gate
its lints pass and whether it holds a slot, and what its lints found (for its log line;
never the text)."""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Iterable

import smmlint
from server.limits import Gate

# The environ key where the WSGI server notes when a request had arrived in full
# (``time.monotonic()``; see server/serving.py). Without it, the app's first look counts.
ARRIVED = "smmlint.arrived"
# The environ key of the request's state: the hooks hold the request and read it there
# without going through Flask's context-local proxies (``g``), a fair share of a request.
STATE = "smmlint.request"


class RequestState:
    """One request's clock and deadline, its lint slot, and its lints' text length and rules."""

    __slots__ = ("counts", "deadline", "gate", "holding_slot", "started", "text_length")

    def __init__(self, environ: dict[str, object], timeout: float, gate: Gate) -> None:
        self.started = time.monotonic()
        arrived = environ.get(ARRIVED) or self.started
        self.deadline: float = arrived + timeout  # type: ignore[operator]
        self.gate = gate
        self.holding_slot = False
        self.text_length = 0
        self.counts: Counter[str] | None = None

    def seconds_left(self) -> float:
        """Seconds until the request's deadline."""
        return self.deadline - time.monotonic()

    def record(self, text: str, findings: Iterable[smmlint.Finding]) -> None:
        """Note a linted text's length and its findings' rule codes."""
        self.text_length += len(text)
        if self.counts is None:
            self.counts = Counter()
        self.counts.update(f.code for f in findings)


def start_request(environ: dict[str, object], timeout: float, gate: Gate) -> RequestState:
    """Start the state of the request with this WSGI environment: its clock runs from now,
    its lints wait at ``gate``."""
    state = environ[STATE] = RequestState(environ, timeout, gate)
    return state


def request_state(environ: dict[str, object]) -> RequestState | None:
    """The state of the request with this WSGI environment, if the app has started it."""
    return environ.get(STATE)  # type: ignore[return-value]
