"""``scripts/serve.sh``, the README's main job: only what serving needs, installed once.

The script runs in a copy of the repository's layout whose ``.venv/bin/python`` is a stand-in
that logs what it is asked to do, so the test needs no network and no real install.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from cli_support import REPO

FAKE_PYTHON = """#!/usr/bin/env bash
echo "$*" >> "$LOG"
case "$1" in
  -c) exit "${READY:-0}" ;;
  -m) [ "$2" = pip ] && exit "${PIP_RC:-0}"; exit 0 ;;
esac
"""


@pytest.fixture
def layout(tmp_path: Path) -> Path:
    (tmp_path / "scripts").mkdir()
    shutil.copy(REPO / "scripts" / "serve.sh", tmp_path / "scripts" / "serve.sh")
    shutil.copy(REPO / "scripts" / "constraints.txt", tmp_path / "scripts" / "constraints.txt")
    shutil.copy(REPO / "pyproject.toml", tmp_path / "pyproject.toml")
    python = tmp_path / ".venv" / "bin" / "python"
    python.parent.mkdir(parents=True)
    python.write_text(FAKE_PYTHON)
    python.chmod(0o755)
    return tmp_path


def serve(layout: Path, **env: str) -> tuple[subprocess.CompletedProcess[str], list[str]]:
    log = layout / "calls.log"
    log.unlink(missing_ok=True)
    done = subprocess.run(
        ["bash", "scripts/serve.sh", "--port", "0"],
        cwd=layout,
        env={**os.environ, "LOG": str(log), **env},
        capture_output=True,
        text=True,
        timeout=60,
    )
    return done, log.read_text().splitlines() if log.exists() else []


def pip_calls(calls: list[str]) -> list[str]:
    return [call for call in calls if call.startswith("-m pip")]


def test_the_first_start_installs_the_server_extra_only(layout: Path) -> None:
    done, calls = serve(layout)
    assert done.returncode == 0, done.stderr
    [install] = pip_calls(calls)
    assert ".[server]" in install and "dev" not in install
    assert "-c scripts/constraints.txt" in install
    assert calls[-1] == "-m smmlint serve --port 0"


def test_later_starts_run_no_pip_at_all(layout: Path) -> None:
    serve(layout)
    done, calls = serve(layout, PIP_RC="1")  # pip would fail: offline
    assert done.returncode == 0, done.stderr
    assert pip_calls(calls) == []
    assert calls[-1] == "-m smmlint serve --port 0"


def test_offline_with_a_working_venv_still_starts(layout: Path) -> None:
    serve(layout)
    with (layout / "pyproject.toml").open("a") as file:
        file.write("\n# changed\n")
    done, calls = serve(layout, PIP_RC="1")
    assert done.returncode == 0
    assert "starting with what it has" in done.stderr
    assert calls[-1] == "-m smmlint serve --port 0"


def test_a_venv_that_cannot_serve_and_cannot_be_installed_stops_with_a_message(
    layout: Path,
) -> None:
    done, calls = serve(layout, PIP_RC="1", READY="1")
    assert done.returncode == 1
    assert "could not install" in done.stderr
    assert not any(call.startswith("-m smmlint") for call in calls)
