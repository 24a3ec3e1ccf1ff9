"""Processes the browser tests run: the real smmlint server and a static server for the pages."""

from __future__ import annotations

import functools
import os
import re
import socket
import subprocess
import sys
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
_LISTENING = re.compile(r"listening on (http://\S+)")
STARTUP_TIMEOUT = 60.0


class RunningServer:
    """A smmlint server process started for the tests; ``url`` is where it listens."""

    def __init__(self, command: list[str], workdir: Path, env: dict[str, str]) -> None:
        self.log = workdir / "server.log"
        env = {**os.environ, **env, "PYTHONPATH": str(ROOT), "PYTHONUNBUFFERED": "1"}
        self.process = subprocess.Popen(
            command,
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=self.log.open("w"),
            text=True,
        )
        self.url = self._wait_for_url()

    def _wait_for_url(self) -> str:
        timer = threading.Timer(STARTUP_TIMEOUT, self.process.kill)
        timer.start()
        try:
            for line in self.process.stdout:
                found = _LISTENING.search(line)
                if found:
                    threading.Thread(target=self.process.stdout.read, daemon=True).start()
                    return found.group(1).rstrip("/")
        finally:
            timer.cancel()
        raise RuntimeError(f"the smmlint server did not start:\n{self.log.read_text()}")

    def stop(self) -> None:
        """Stop the process (SIGTERM, then SIGKILL)."""
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def start_smmlint_server(
    workdir: Path, *flags: str, script: Path | None = None, token: str | None = None
) -> RunningServer:
    """``python -m server`` (or ``script``) on a free loopback port with its own settings file;
    with ``token``, every request must carry it (``SMMLINT_TOKEN``)."""
    entry = [str(script)] if script else ["-m", "server"]
    command = [sys.executable, *entry, "--port", "0", "--config", str(workdir / "server.toml")]
    return RunningServer([*command, *flags], workdir, {"SMMLINT_TOKEN": token} if token else {})


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        """Keep the test output clean."""


def serve_directory(directory: Path) -> tuple[ThreadingHTTPServer, str]:
    """Serve ``directory`` on a free 127.0.0.1 port from a thread: the server and its URL."""
    handler = functools.partial(_QuietHandler, directory=str(directory))
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    return httpd, f"http://127.0.0.1:{httpd.server_address[1]}"


def closed_port() -> int:
    """A loopback port nothing listens on (bound, then released)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]
