"""Fixtures for the extension's browser tests: the pages built from real editor libraries, the
real smmlint server, and Debian's Chromium with and without the extension."""

from __future__ import annotations

import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from chromium import launch_chromium
from ext_browser import EditorPage, ExtensionBrowser, launch_with_extension
from ext_editors import EDITORS, Editor
from ext_servers import RunningServer, serve_directory, start_smmlint_server

HERE = Path(__file__).parent
PAGES = HERE / "pages"


@pytest.fixture(scope="session")
def pages_url() -> Iterator[str]:
    """The test pages, rebuilt from src/ with esbuild, served from 127.0.0.1."""
    if not (PAGES / "node_modules" / ".bin" / "esbuild").exists():
        pytest.fail("the test pages' npm packages are missing: run scripts/setup.d/20-browser.sh")
    subprocess.run(["node", "build.mjs"], cwd=PAGES, check=True)
    httpd, url = serve_directory(PAGES / "dist")
    yield url
    httpd.shutdown()


@pytest.fixture(scope="session")
def extension_browser(
    playwright: Any, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[ExtensionBrowser]:
    """Chromium with the unpacked extension, every test page switched on as a user site."""
    context, extension_id = launch_with_extension(playwright, tmp_path_factory.mktemp("profile"))
    browser = ExtensionBrowser(context, extension_id)
    browser.enable_pages(EDITORS)
    yield browser
    context.close()


@pytest.fixture(scope="session")
def control_context(playwright: Any) -> Iterator[Any]:
    """Chromium without the extension, for the differential runs."""
    browser = launch_chromium(playwright)
    context = browser.new_context()
    yield context
    browser.close()


@pytest.fixture(scope="session")
def smmlint_server(
    extension_browser: ExtensionBrowser, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[RunningServer]:
    """The real server (``python -m server``), allowing this extension's origin."""
    server = start_smmlint_server(
        tmp_path_factory.mktemp("server"), "--allow-origin", extension_browser.origin
    )
    yield server
    server.stop()


BAIT_TOKEN = "bait-server-token-0123456789abcdef"


@pytest.fixture(scope="session")
def bait_server(
    extension_browser: ExtensionBrowser, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[RunningServer]:
    """The real server plus the test-only bait rules (HTML messages, a crash, a stall), requiring
    a token from every client as after ``smmlint serve --pair`` on a shared machine."""
    server = start_smmlint_server(
        tmp_path_factory.mktemp("bait"),
        "--allow-origin",
        extension_browser.origin,
        script=HERE / "bait_server.py",
        token=BAIT_TOKEN,
    )
    yield server
    server.stop()


@pytest.fixture
def baited(extension_browser: ExtensionBrowser, bait_server: RunningServer) -> ExtensionBrowser:
    """The extension paired with the bait server."""
    extension_browser.settings(
        serverUrl=bait_server.url, token=BAIT_TOKEN, disabledRules=[], sites={}
    )
    return extension_browser


@pytest.fixture
def extension(
    extension_browser: ExtensionBrowser, smmlint_server: RunningServer
) -> ExtensionBrowser:
    """The extension pointed at the real server with default settings."""
    extension_browser.settings(serverUrl=smmlint_server.url, token="", disabledRules=[], sites={})
    return extension_browser


@pytest.fixture
def open_page(pages_url: str) -> Iterator[Callable[[Any, Editor], EditorPage]]:
    """Opens an editor's test page in a browser context; closes it after the test."""
    opened: list[EditorPage] = []

    def open_in(context: Any, editor: Editor, query: str = "") -> EditorPage:
        page = EditorPage(context, pages_url, editor, query)
        opened.append(page)
        return page

    yield open_in
    for page in opened:
        page.close()


@pytest.fixture(scope="session")
def server_platforms(smmlint_server: RunningServer) -> set[str]:
    """The platform names (and aliases) the real server knows."""
    import json
    import urllib.request

    with urllib.request.urlopen(f"{smmlint_server.url}/v1/platforms", timeout=10) as response:
        platforms = json.load(response)["platforms"]
    return {name for p in platforms for name in (p["name"], *p["aliases"])}
