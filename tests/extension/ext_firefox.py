"""Firefox ESR driven over WebDriver BiDi (no geckodriver), with the extension installed.

Firefox gives an extension a random moz-extension:// UUID per profile; the profile pins it so the
tests can open the extension's options page, whose realm has the ``browser.*`` APIs. Opening an
extension page from a test needs the privileged ("chrome") realm: Firefox runs with
``--remote-allow-system-access``, and only this test profile ever does.
"""

from __future__ import annotations

import base64
import contextlib
import json
import re
import subprocess
import threading
import time
from pathlib import Path
from typing import Any

from websockets.sync.client import ClientConnection, connect

FIREFOX = "firefox-esr"
EXTENSION_ID = "smmlint@smmlint.dev"
EXTENSION_UUID = "5a0c7e1e-9d2b-4b4f-a6d3-3c1f0e8b7a21"
STARTUP_TIMEOUT = 60.0
# An extension page whose realm is ready: its document loaded and `browser.*` defined.
EXTENSION_PAGE_READY = "typeof browser === 'object' && document.readyState === 'complete'"
_LISTENING = re.compile(r"WebDriver BiDi listening on (ws://\S+)")
PREFERENCES = {
    "extensions.webextensions.uuids": json.dumps({EXTENSION_ID: EXTENSION_UUID}),
    "browser.shell.checkDefaultBrowser": False,
    "datareporting.policy.dataSubmissionEnabled": False,
    "app.update.auto": False,
    "browser.aboutwelcome.enabled": False,
}


class BiDiError(RuntimeError):
    """A BiDi command failed."""


class Firefox:
    """One headless Firefox with the extension; ``extension_eval`` runs in its options page."""

    def __init__(self, profile: Path, extension: Path) -> None:
        profile.mkdir(parents=True, exist_ok=True)
        (profile / "user.js").write_text(
            "".join(
                f"user_pref({json.dumps(k)}, {json.dumps(v)});\n" for k, v in PREFERENCES.items()
            )
        )
        self.process = subprocess.Popen(
            [
                FIREFOX,
                "--headless",
                "--no-remote",
                "--profile",
                str(profile),
                "--remote-debugging-port",
                "0",
                "--remote-allow-system-access",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        self.connection = contextlib.ExitStack()
        self.socket: ClientConnection = self.connection.enter_context(
            connect(f"{self._wait_for_url()}/session", max_size=None)
        )
        self.last_id = 0
        self.errors: list[dict[str, Any]] = []
        self.command("session.new", {"capabilities": {}})
        self.command("session.subscribe", {"events": ["log.entryAdded"]})
        self.command(
            "webExtension.install", {"extensionData": {"type": "path", "path": str(extension)}}
        )
        self.options = self._open_options_page()

    def _wait_for_url(self) -> str:
        timer = threading.Timer(STARTUP_TIMEOUT, self.process.kill)
        timer.start()
        try:
            for line in self.process.stderr:
                found = _LISTENING.search(line)
                if found:
                    threading.Thread(target=self.process.stderr.read, daemon=True).start()
                    return found.group(1)
        finally:
            timer.cancel()
        raise RuntimeError("Firefox did not start its WebDriver BiDi server")

    def command(self, method: str, params: dict[str, Any]) -> dict[str, Any]:
        self.last_id += 1
        self.socket.send(json.dumps({"id": self.last_id, "method": method, "params": params}))
        while True:
            message = json.loads(self.socket.recv())
            if message.get("method") == "log.entryAdded" and message["params"]["level"] == "error":
                self.errors.append(message["params"])
            if message.get("id") == self.last_id:
                if message.get("type") == "error":
                    raise BiDiError(f"{method}: {message['error']}: {message['message']}")
                return message["result"]

    def contexts(self) -> list[dict[str, Any]]:
        return self.command("browsingContext.getTree", {})["contexts"]

    def _open_options_page(self) -> str:
        url = f"moz-extension://{EXTENSION_UUID}/options/options.html"
        [window] = self.command("browsingContext.getTree", {"moz:scope": "chrome"})["contexts"][:1]
        self.evaluate(
            window["context"],
            f"gBrowser.addTab({json.dumps(url)}, "
            "{triggeringPrincipal: Services.scriptSecurityManager.getSystemPrincipal()}); true",
        )
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            for context in self.contexts():
                if context["url"] == url:
                    self.wait_for(context["context"], EXTENSION_PAGE_READY)
                    return context["context"]
            time.sleep(0.1)
        raise RuntimeError("the extension's options page did not open")

    def reload_options(self) -> None:
        """Reload the options page and wait until its new document can reach ``browser.*``."""
        self.command("browsingContext.reload", {"context": self.options, "wait": "complete"})
        self.wait_for(self.options, EXTENSION_PAGE_READY)

    def evaluate(self, context: str, expression: str) -> Any:
        """Evaluate in a browsing context; promises are awaited; returns the BiDi remote value."""
        result = self.command(
            "script.evaluate",
            {"expression": expression, "target": {"context": context}, "awaitPromise": True},
        )
        if result["type"] == "exception":
            raise BiDiError(result["exceptionDetails"]["text"])
        return result["result"]

    def value(self, context: str, expression: str) -> Any:
        """Evaluate and return a JSON value (the expression's JSON.stringify)."""
        remote = self.evaluate(context, f"Promise.resolve({expression}).then(JSON.stringify)")
        return json.loads(remote["value"]) if "value" in remote else None

    def extension_eval(self, expression: str) -> Any:
        """A JSON value computed in the extension's options page (``browser.*`` available)."""
        return self.value(self.options, expression)

    def new_tab(self, url: str) -> str:
        context = self.command("browsingContext.create", {"type": "tab"})["context"]
        self.command(
            "browsingContext.navigate", {"context": context, "url": url, "wait": "complete"}
        )
        return context

    def errors_in(self, context: str) -> list[str]:
        """Script errors and console.error messages logged in a tab so far."""
        return [e["text"] for e in self.errors if e["source"].get("context") == context]

    def close_tab(self, context: str) -> None:
        self.command("browsingContext.close", {"context": context})

    def wait_for(self, context: str, expression: str, timeout: float = 10.0) -> Any:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with contextlib.suppress(BiDiError):  # e.g. the page is still loading
                found = self.value(context, expression)
                if found:
                    return found
            time.sleep(0.1)
        raise TimeoutError(f"waited {timeout} s for: {expression}")

    def click(self, context: str, expression: str) -> None:
        """Click the element an expression evaluates to (with a real pointer)."""
        element = self.evaluate(context, expression)
        self.command(
            "input.performActions",
            {
                "context": context,
                "actions": [
                    {
                        "type": "pointer",
                        "id": "mouse",
                        "actions": [
                            {
                                "type": "pointerMove",
                                "x": 0,
                                "y": 0,
                                "origin": {
                                    "type": "element",
                                    "element": {"sharedId": element["sharedId"]},
                                },
                            },
                            {"type": "pointerDown", "button": 0},
                            {"type": "pointerUp", "button": 0},
                        ],
                    }
                ],
            },
        )

    def type(self, context: str, text: str) -> None:
        """Press and release a key per character (a single code point each)."""
        keys = []
        for char in text:
            keys += [{"type": "keyDown", "value": char}, {"type": "keyUp", "value": char}]
        self.command(
            "input.performActions",
            {"context": context, "actions": [{"type": "key", "id": "keyboard", "actions": keys}]},
        )

    def screenshot(self, context: str, rect: dict[str, float], margin: float = 0) -> bytes:
        """A PNG of the viewport area ``rect`` (x, y, width, height), widened by ``margin``."""
        clip = {
            "type": "box",
            "x": rect["x"] - margin,
            "y": rect["y"],
            "width": rect["width"] + 2 * margin,
            "height": rect["height"] + 4,
        }
        shot = self.command("browsingContext.captureScreenshot", {"context": context, "clip": clip})
        return base64.b64decode(shot["data"])

    def quit(self) -> None:
        with contextlib.suppress(Exception):  # the connection drops as Firefox exits
            self.command("browser.close", {})
        self.connection.close()
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
