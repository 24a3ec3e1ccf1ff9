"""What the server costs per ``/v1/lint`` request beyond the lint, measured in-process.

Usage: python benchmarks/server_overhead.py [--drafts 300]

Builds the app as ``smmlint serve`` does (defaults, access log at INFO into the void, the
extension's origin), then calls the WSGI app directly with a ready request environment,
one distinct 280-character draft per request, and charges each call its thread's CPU
time. ``smmlint.lint`` inside the request is timed too, so the difference is exactly what
the server adds: JSON in, guards, CORS, the access log, the report as JSON out. The HTTP
server (waitress parsing and writing the bytes) is not included: ``server_load.py``
measures the whole path over loopback.

Interleaved with it, draft by draft, runs the floor: a bare Flask route that decodes the
same body, calls the same ``smmlint.lint`` and answers a fixed JSON. On a machine shared
with other work the lint evicts the server's code and data from the CPU caches between
requests, which makes every part of a request dearer than a warm loop suggests; the floor
shows how much of the figure is Flask's own.
"""

from __future__ import annotations

import argparse
import io
import json
import logging
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from drafts import WRITTEN, drafts


def request_environ(body: bytes) -> dict[str, object]:
    """A WSGI environment for ``POST /v1/lint`` from the extension, as waitress builds it."""
    from werkzeug.test import EnvironBuilder

    from server.settings import BUNDLED_EXTENSION_ORIGIN

    builder = EnvironBuilder(
        path="/v1/lint",
        method="POST",
        data=body,
        content_type="application/json",
        headers={"Origin": BUNDLED_EXTENSION_ORIGIN, "Host": "127.0.0.1:8787"},
        environ_base={"REMOTE_ADDR": "127.0.0.1"},
    )
    try:
        return builder.get_environ()
    finally:
        builder.close()


def serve_app() -> Callable[..., object]:
    """The app with ``smmlint serve``'s settings, logging its access lines to /dev/null."""
    from server import create_app

    sink = logging.StreamHandler(open(os.devnull, "w"))  # noqa: SIM115 (lives as long as the run)
    sink.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    logging.basicConfig(level=logging.INFO, handlers=[sink], force=True)
    # The rate limiter runs as usual, with room for a benchmark's pace from one address.
    return create_app({"RATE_LIMIT": 1e9, "RATE_BURST": 10**9})


def bare_app() -> Callable[..., object]:
    """The floor: a Flask route that reads the JSON body, lints and answers a fixed JSON."""
    from flask import Flask, Response, request

    import smmlint

    app = Flask("floor")

    @app.post("/v1/lint")
    def lint_draft() -> Response:
        data = json.loads(request.get_data())
        smmlint.lint(data["text"], data["platform"])
        return Response(b'{"ok":true}\n', mimetype="application/json")

    return app


def overhead(count: int, platform: str = "x") -> dict[str, float]:
    """Median CPU ms per request, of the lint inside it, and of the rest (paired per request),
    for the server and for the floor, interleaved draft by draft."""
    import smmlint

    apps = {"server": serve_app(), "floor": bare_app()}
    lint = smmlint.lint
    inside: list[int] = []

    def timed_lint(*args: object, **kwargs: object) -> object:
        start = time.thread_time_ns()
        try:
            return lint(*args, **kwargs)
        finally:
            inside.append(time.thread_time_ns() - start)

    def start_response(status: str, headers: list[tuple[str, str]], exc_info: object = None):
        if not status.startswith("200"):
            raise RuntimeError(f"/v1/lint answered {status}")
        return lambda data: None

    def call(app: Callable[..., object], environ: dict[str, object]) -> tuple[int, int]:
        """The request's CPU time and the lint's within it."""
        environ["wsgi.input"] = io.BytesIO(environ["wsgi.input"].getvalue())  # type: ignore[union-attr]
        start = time.thread_time_ns()
        body = b"".join(app(environ, start_response))  # type: ignore[operator]
        spent = time.thread_time_ns() - start
        json.loads(body)
        return spent, inside.pop()

    # Each app gets its own distinct drafts (the library's per-sentence memo must not make
    # the second app's lint a repeat), and the two take turns going first.
    texts = drafts(280, 2 * count, start=2_000)
    environs = [
        request_environ(json.dumps({"text": t, "platform": platform}).encode())
        for t in [*WRITTEN, *WRITTEN, *texts]
    ]
    warm_up = 2 * len(WRITTEN)
    timings: dict[str, list[tuple[int, int]]] = {name: [] for name in apps}
    smmlint.lint = timed_lint  # type: ignore[assignment]
    try:
        for index in range(0, len(environs), 2):
            turn = list(apps.items()) if index % 4 == 0 else list(apps.items())[::-1]
            for (name, app), environ in zip(turn, environs[index : index + 2], strict=True):
                timing = call(app, environ)
                if index >= warm_up:
                    timings[name].append(timing)
    finally:
        smmlint.lint = lint  # type: ignore[assignment]
    figures: dict[str, float] = {}
    for name, pairs in timings.items():
        prefix = "" if name == "server" else f"{name}_"  # the server's keep their plain names
        figures[f"{prefix}request"] = statistics.median(total for total, _ in pairs) / 1e6
        figures[f"{prefix}lint"] = statistics.median(lint_ns for _, lint_ns in pairs) / 1e6
        figures[f"{prefix}overhead"] = statistics.median(t - i for t, i in pairs) / 1e6
    figures["lint_share"] = statistics.median(i / t for t, i in timings["server"])
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--drafts", type=int, default=300)
    args = parser.parse_args()
    figures = overhead(args.drafts)
    print(
        f"/v1/lint in-process, {args.drafts} distinct 280-character drafts, median CPU: "
        f"request {figures['request']:.3f} ms, of which the lint "
        f"{figures['lint']:.3f} ms ({figures['lint_share']:.0%}); the server's own "
        f"{figures['overhead']:.3f} ms"
    )
    print(
        f"floor, a bare Flask route with the same lint, interleaved: its own "
        f"{figures['floor_overhead']:.3f} ms (lint {figures['floor_lint']:.3f} ms); the server "
        f"adds {figures['overhead'] - figures['floor_overhead']:.3f} ms to it, "
        f"{figures['overhead'] / figures['floor_overhead']:.2f}x the floor"
    )


if __name__ == "__main__":
    main()
