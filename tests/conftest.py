"""Fixtures shared by every part's tests."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest


@pytest.fixture(scope="session")
def playwright() -> Iterator[Any]:
    """One Playwright driver for the whole run: its sync API allows only one per thread, so the
    extension's and the WordPress plugin's browser tests share it."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as driver:
        yield driver
