"""A one-line progress bar on stderr, drawn only when stderr is a terminal."""

from __future__ import annotations

import sys
import time
from typing import TextIO

WIDTH = 24
REDRAW_EVERY = 0.1  # seconds


class Progress:
    """Posts done, share of the archive read, and speed; silent unless ``stream`` is a TTY."""

    def __init__(self, size: int | None, stream: TextIO | None = None) -> None:
        self.stream = stream or sys.stderr
        self.enabled = self.stream.isatty()
        self.size = size
        self.started = time.monotonic()
        self._drawn_at = 0.0

    def update(self, posts: int, bytes_read: int) -> None:
        """Redraw, at most every ``REDRAW_EVERY`` seconds."""
        now = time.monotonic()
        if not self.enabled or now - self._drawn_at < REDRAW_EVERY:
            return
        self._drawn_at = now
        rate = posts / max(now - self.started, 1e-9)
        line = f"{posts:,} posts  {rate:,.0f}/s"
        if self.size:
            share = min(bytes_read / self.size, 1.0)
            filled = round(share * WIDTH)
            line = f"[{'#' * filled}{'.' * (WIDTH - filled)}] {share:4.0%}  {line}"
        self.stream.write("\r" + line + "\x1b[K")
        self.stream.flush()

    def finish(self) -> None:
        """Clear the bar's line."""
        if self.enabled and self._drawn_at:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
