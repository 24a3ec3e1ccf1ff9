"""What the server keeps about one request while it runs: its clock, its deadline, whether
it holds a lint slot, and what its lints found (for its log line; never the text)."""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Iterable

from flask import g

import smmlint

# The environ key where the WSGI server notes when a request had arrived in full
# (``time.monotonic()``; see server/serving.py). Without it, the app's first look counts.
ARRIVED = "smmlint.arrived"


class RequestState:
    """One request's clock and deadline, its slot, and its lints' text length and rules."""

    __slots__ = ("counts", "deadline", "holding_slot", "started", "text_length")

    def __init__(self, environ: dict[str, object], timeout: float) -> None:
        self.started = time.monotonic()
        arrived = environ.get(ARRIVED) or self.started
        self.deadline: float = arrived + timeout  # type: ignore[operator]
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


def start_request(environ: dict[str, object], timeout: float) -> RequestState:
    """Start the current request's state: its clock runs from now."""
    state = g.smmlint_request = RequestState(environ, timeout)
    return state


def request_state() -> RequestState | None:
    """The current request's state, if the app has started it."""
    return g.get("smmlint_request")
