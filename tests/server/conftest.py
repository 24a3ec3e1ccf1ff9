"""Fixtures for the server tests: the app and its test client (after flaskr), and real
waitress servers started as ``python -m server`` subprocesses on free ports."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient
from server_testing import CHROME_ORIGIN, LiveServer

from server import create_app


@pytest.fixture
def make_app() -> Callable[..., Flask]:
    """Build an app with extra settings on top of the test defaults."""

    def make(**settings: Any) -> Flask:
        return create_app({"TESTING": True, **settings})

    return make


@pytest.fixture
def app(make_app: Callable[..., Flask]) -> Flask:
    return make_app()


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    return app.test_client()


@pytest.fixture(scope="session")
def start_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Callable[..., LiveServer]]:
    """Start live servers with given flags; all are stopped at the end of the session."""
    started: list[LiveServer] = []

    def start(*args: str, command: tuple[str, ...] = ()) -> LiveServer:
        server = LiveServer(tmp_path_factory.mktemp("live"), args, command)
        started.append(server)
        return server

    yield start
    for server in started:
        server.stop()


@pytest.fixture(scope="session")
def live(start_server: Callable[..., LiveServer]) -> LiveServer:
    """One waitress server with default settings plus an allowed Chrome extension origin."""
    return start_server("--allow-origin", CHROME_ORIGIN)
