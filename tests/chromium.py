"""Debian's Chromium as every browser test launches it (never a downloaded browser)."""

from typing import Any

CHROMIUM = "/usr/bin/chromium"
# Headless as root on a machine with no internet: no sandbox, no GPU, and none of Chromium's
# background connections, which the closed network would refuse many at a time.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def launch_chromium(playwright: Any) -> Any:
    """A headless Chromium without any extension (a Playwright ``Browser``)."""
    return playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
