"""Back-pressure: a per-client rate limit and a bound on lint calls running at once."""

from __future__ import annotations

import math
import queue
import threading
import time
from collections import OrderedDict
from collections.abc import Callable

# Clients remembered by the rate limiter; the least recently seen is forgotten first, so
# a flood of new addresses cannot grow memory without bound.
MAX_TRACKED_CLIENTS = 10_000


class RateLimiter:
    """A token bucket per client: ``rate`` requests a second on average, ``burst`` at once."""

    def __init__(
        self, rate: float, burst: int, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.rate = rate
        self.burst = burst
        self._clock = clock
        self._buckets: OrderedDict[str, tuple[float, float]] = OrderedDict()
        self._lock = threading.Lock()

    def retry_after(self, client: str, take: bool = True) -> int:
        """0 if ``client`` has a token left (taken unless ``take`` is false), else whole
        seconds until it will have one."""
        if self.rate <= 0:
            return 0
        now = self._clock()
        with self._lock:
            tokens, seen = self._buckets.pop(client, (float(self.burst), now))
            tokens = min(self.burst, tokens + (now - seen) * self.rate)
            allowed = tokens >= 1
            if allowed and take:
                tokens -= 1
            self._buckets[client] = (tokens, now)
            if len(self._buckets) > MAX_TRACKED_CLIENTS:
                self._buckets.popitem(last=False)
        return 0 if allowed else max(1, math.ceil((1 - tokens) / self.rate))


class Overloaded(Exception):
    """Every lint slot stayed busy for the whole queue timeout, or the request's deadline
    passed."""


class Gate:
    """At most ``slots`` callers inside at once; others wait up to ``timeout`` seconds.

    The slots are tokens in a ``queue.SimpleQueue`` (waiting in C, not in the Python code
    of ``threading.Semaphore``)."""

    def __init__(self, slots: int, timeout: float) -> None:
        self._slots: queue.SimpleQueue[None] = queue.SimpleQueue()
        for _ in range(slots):
            self._slots.put(None)
        self._timeout = timeout

    def slot(self, within: float | None = None) -> Slot:
        """A slot held for the duration of a ``with`` block: ``Overloaded`` if none frees up
        within the queue timeout (or ``within`` seconds, if sooner)."""
        if within is None:
            return Slot(self._slots, self._timeout)
        if within <= 0:
            raise Overloaded
        return Slot(self._slots, min(self._timeout, within))


class Slot:
    """One hold on a ``Gate``'s slot (a class, not a generator: every lint request takes one)."""

    __slots__ = ("_slots", "_wait")

    def __init__(self, slots: queue.SimpleQueue[None], wait: float) -> None:
        self._slots = slots
        self._wait = wait

    def __enter__(self) -> None:
        try:
            self._slots.get(timeout=self._wait)
        except queue.Empty:
            raise Overloaded from None

    def __exit__(self, *exc_info: object) -> None:
        self._slots.put(None)
