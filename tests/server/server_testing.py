"""Helpers shared by the server tests: a live waitress subprocess and error-shape checks."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import requests

REPO = Path(__file__).resolve().parents[2]
CHROME_ORIGIN = "chrome-extension://abcdefghijklmnopabcdefghijklmnop"
FIREFOX_ORIGIN = "moz-extension://0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0"
TOKEN = "s3cret-token-for-tests-0123456789"
STARTUP_SECONDS = 60


class LiveServer:
    """``python -m server`` in a subprocess, its output captured in files."""

    def __init__(self, workdir: Path, args: tuple[str, ...] = (), command: tuple[str, ...] = ()):
        workdir.mkdir(parents=True, exist_ok=True)
        self.stdout_path = workdir / "stdout.txt"
        self.stderr_path = workdir / "stderr.txt"
        self.config_path = workdir / "server.toml"
        env = {
            **os.environ,
            "XDG_CONFIG_HOME": str(workdir / "config"),
            "PYTHONPATH": str(REPO),
            "PYTHONUNBUFFERED": "1",
        }
        env = {k: v for k, v in env.items() if not k.startswith("SMMLINT_")}
        command = command or (sys.executable, "-m", "server")
        with self.stdout_path.open("w") as out, self.stderr_path.open("w") as err:
            self.process = subprocess.Popen(
                [*command, "--port", "0", "--config", str(self.config_path), *args],
                cwd=REPO,
                stdout=out,
                stderr=err,
                env=env,
            )
        self.url = self._wait_for_url()

    def _wait_for_url(self) -> str:
        deadline = time.monotonic() + STARTUP_SECONDS
        while time.monotonic() < deadline:
            for line in self.stdout_path.read_text().splitlines():
                if " listening on " in line:
                    return line.split(" listening on ", 1)[1].split()[0]
            if self.process.poll() is not None:
                raise RuntimeError(f"server exited early:\n{self.output()}")
            time.sleep(0.05)
        self.stop()
        raise RuntimeError(f"server did not start:\n{self.output()}")

    def get(self, path: str, **kwargs: Any) -> requests.Response:
        return requests.get(self.url + path, timeout=30, **kwargs)

    def post(self, path: str, **kwargs: Any) -> requests.Response:
        return requests.post(self.url + path, timeout=30, **kwargs)

    def output(self) -> str:
        """Everything the server wrote to stdout and stderr so far."""
        return self.stdout_path.read_text() + self.stderr_path.read_text()

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def error_of(response: Any) -> Mapping[str, str]:
    """The ``error`` object of a JSON error response, checking its shape and content type."""
    content_type = response.headers["Content-Type"]
    assert content_type.startswith("application/json"), content_type
    body = response.json() if callable(response.json) else response.json
    assert set(body) == {"error"}
    assert set(body["error"]) == {"code", "message"}
    return body["error"]
