"""``smmlint serve`` hands every argument to the server package, or says which extra to
install when it is missing."""

from __future__ import annotations

import sys
import types

import pytest
from cli_support import run_in_process


@pytest.fixture
def fake_server(monkeypatch: pytest.MonkeyPatch) -> list[list[str]]:
    """A stand-in ``server.__main__`` that records how it was called."""
    calls: list[list[str]] = []

    def main(argv: list[str]) -> int:
        calls.append(argv)
        return 3

    package = types.ModuleType("server")
    module = types.ModuleType("server.__main__")
    module.main = main  # type: ignore[attr-defined]
    package.__path__ = []  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "server", package)
    monkeypatch.setitem(sys.modules, "server.__main__", module)
    return calls


@pytest.mark.parametrize(
    "argv",
    [[], ["--port", "8899", "--host", "127.0.0.1"], ["--help"], ["check", "-x"]],
)
def test_serve_passes_every_argument_to_the_server(
    fake_server: list[list[str]], capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    run = run_in_process(capsys, "serve", *argv)
    assert fake_server == [argv]
    assert run.code == 3


def test_serve_without_the_server_extra_says_how_to_install_it(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # Both entries: the suite's server tests may already have imported the real package.
    monkeypatch.setitem(sys.modules, "server", None)
    monkeypatch.setitem(sys.modules, "server.__main__", None)
    run = run_in_process(capsys, "serve", "--port", "8899")
    assert run.code == 2
    assert run.out == ""
    assert run.err.startswith("smmlint: smmlint serve needs the server extra")
    assert run.err.endswith('pip install "smmlint[server]"\n')


def test_serve_is_listed_in_the_help(capsys: pytest.CaptureFixture[str]) -> None:
    assert "serve     run the HTTP server" in run_in_process(capsys, "--help").out
