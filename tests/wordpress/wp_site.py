"""Helpers for the WordPress tests: the site's paths, processes, the PHP helper, users."""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import signal
import socket
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import requests

REPO = Path(__file__).resolve().parents[2]
PLUGIN = REPO / "integrations" / "wordpress" / "smmlint"
ROUTER = REPO / "integrations" / "wordpress" / "site" / "router.php"
HELPER = Path(__file__).with_name("wp_helper.php")
WORDPRESS = Path("/usr/share/wordpress")
SITE_CONFIG = Path("/etc/wordpress/config-127.0.0.1.php")
PLUGIN_LINK = Path("/var/lib/wordpress/wp-content/plugins/smmlint")
SETUP = "scripts/setup.d/40-wordpress.sh"


def free_port() -> int:
    """A TCP port nothing listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class StartupFailed(RuntimeError):
    """A process the tests need did not come up."""


def wait_until(ready: Any, what: str, timeout: float = 30) -> None:
    """Poll ``ready()`` until it is true; fail naming ``what`` after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while not ready():
        if time.monotonic() > deadline:
            raise StartupFailed(f"{what} did not come up within {timeout} s")
        time.sleep(0.1)


def answers_http(process: subprocess.Popen[bytes], url: str, what: str) -> bool:
    """Whether ``url`` answers 200 yet; raises if ``process`` (serving it) has exited."""
    if process.poll() is not None:
        raise StartupFailed(f"{what} exited with status {process.returncode}")
    try:
        return requests.get(url, timeout=2).status_code == 200
    except requests.ConnectionError:
        return False


def stop(process: subprocess.Popen[bytes]) -> None:
    """Stop a process we started in its own session, with everything it forked.

    PHP's built-in server forks its PHP_CLI_SERVER_WORKERS: signalling the parent alone
    would leave them running.
    """
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGKILL)  # workers outliving their parent


def wp(command: str, **arguments: Any) -> Any:
    """Run a command of tests/wordpress/wp_helper.php inside the site; its JSON result."""
    done = subprocess.run(
        ["php", str(HELPER)],
        input=json.dumps({"command": command, **arguments}),
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode:
        raise AssertionError(f"wp_helper {command} failed: {done.stderr.strip() or done.stdout}")
    return json.loads(done.stdout)


class SmmlintServer:
    """``python -m server`` from this checkout, with a token, on a free port."""

    def __init__(self, workdir: Path, *flags: str) -> None:
        self.workdir = workdir
        self.flags = flags
        self.token = secrets.token_urlsafe(24)
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> SmmlintServer:
        log = (self.workdir / f"smmlint-server-{self.port}.log").open("wb")
        config = self.workdir / "server.toml"  # never the user's own settings file
        command = [
            sys.executable,
            "-m",
            "server",
            "--port",
            str(self.port),
            "--config",
            str(config),
        ]
        self.process = subprocess.Popen(
            [*command, *self.flags],
            cwd=REPO,
            env={**os.environ, "SMMLINT_TOKEN": self.token},
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        process = self.process
        server = "the smmlint server"
        wait_until(lambda: answers_http(process, f"{self.url}/healthz", server), server)
        return self

    def stop(self) -> None:
        if self.process is not None:
            stop(self.process)

    def platforms(self) -> list[str]:
        answer = requests.get(
            f"{self.url}/v1/platforms", headers={"Authorization": f"Bearer {self.token}"}, timeout=5
        )
        return [platform["name"] for platform in answer.json()["platforms"]]


class WordPressSite:
    """The local WordPress served by ``php -S`` with the site's router, on a free port."""

    def __init__(self, log: Path) -> None:
        self.log = log
        self.url = f"http://127.0.0.1:{free_port()}"
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> WordPressSite:
        self.process = subprocess.Popen(
            ["php", "-S", self.url.removeprefix("http://"), "-t", str(WORDPRESS), str(ROUTER)],
            # The block editor sends several requests at once.
            env={**os.environ, "PHP_CLI_SERVER_WORKERS": "4"},
            stdout=self.log.open("wb"),
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        process = self.process
        wait_until(
            lambda: answers_http(process, f"{self.url}/wp-login.php", "WordPress"), "WordPress"
        )
        return self

    def stop(self) -> None:
        if self.process is not None:
            stop(self.process)


def mariadb_up() -> bool:
    """Whether MariaDB answers."""
    ping = ["mysqladmin", "--silent", "ping"]
    return subprocess.run(ping, capture_output=True, check=False).returncode == 0


def start_mariadb() -> bool:
    """Start MariaDB unless it runs; whether it was started (and so should be stopped)."""
    if mariadb_up():
        return False
    subprocess.run(["service", "mariadb", "start"], check=True, capture_output=True)
    wait_until(mariadb_up, "MariaDB")
    return True


def stop_mariadb() -> None:
    subprocess.run(["service", "mariadb", "stop"], check=True, capture_output=True)


@dataclass
class User:
    login: str
    password: str
    id: int
    app_password: str

    @property
    def auth(self) -> tuple[str, str]:
        """Basic auth with the user's application password, for the REST API."""
        return (self.login, self.app_password)


def login(site: str, user: User) -> requests.Session:
    """A browser-like session: logged in with the cookie form."""
    session = requests.Session()
    session.get(f"{site}/wp-login.php", timeout=30)  # sets the test cookie
    answer = session.post(
        f"{site}/wp-login.php",
        data={"log": user.login, "pwd": user.password, "testcookie": "1"},
        timeout=30,
    )
    assert any(c.name.startswith("wordpress_logged_in_") for c in session.cookies), answer.text
    return session


class SilentServer:
    """Accepts connections and never answers: a hung smmlint server."""

    def __init__(self) -> None:
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self.accepted: list[socket.socket] = []
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                self.accepted.append(self.listener.accept()[0])
            except OSError:
                return

    def close(self) -> None:
        self.listener.close()
        for connection in self.accepted:
            connection.close()
