"""What the server costs per ``/v1/lint`` request beyond the lint, measured in-process.

Usage: python benchmarks/server_overhead.py [--drafts 300]

Builds the app as ``smmlint serve`` does (defaults, access log at INFO into the void, the
extension's origin), then calls the WSGI app directly with a ready request environment,
one distinct 280-character draft per request, and charges each call its thread's CPU
time. ``smmlint.lint`` inside the request is timed too, so the difference is exactly what
the server adds: JSON in, guards, CORS, the access log, the report as JSON out. The HTTP
server (waitress parsing and writing the bytes) is not included: ``server_load.py``
measures the whole path over loopback.
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


def overhead(count: int, platform: str = "x") -> dict[str, float]:
    """Median CPU ms per request, of the lint inside it, and of the rest (paired per request)."""
    import smmlint

    app = serve_app()
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

    def call(environ: dict[str, object]) -> int:
        start = time.thread_time_ns()
        body = b"".join(app(environ, start_response))  # type: ignore[operator]
        spent = time.thread_time_ns() - start
        json.loads(body)
        return spent

    texts = list(WRITTEN) + drafts(280, count, start=2_000)
    bodies = [json.dumps({"text": t, "platform": platform}).encode() for t in texts]
    environs = [request_environ(b) for b in bodies]
    smmlint.lint = timed_lint  # type: ignore[assignment]
    try:
        for environ in environs[: len(WRITTEN)]:  # warm-up
            environ["wsgi.input"] = io.BytesIO(environ["wsgi.input"].getvalue())  # type: ignore[union-attr]
            call(environ)
        inside.clear()
        totals = [call(environ) for environ in environs[len(WRITTEN) :]]
    finally:
        smmlint.lint = lint  # type: ignore[assignment]
    rest = [total - lint_ns for total, lint_ns in zip(totals, inside, strict=True)]
    request_ms = statistics.median(totals) / 1e6
    lint_ms = statistics.median(inside) / 1e6
    return {
        "request": request_ms,
        "lint": lint_ms,
        "overhead": statistics.median(rest) / 1e6,
        "lint_share": statistics.median(i / t for i, t in zip(inside, totals, strict=True)),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--drafts", type=int, default=300)
    args = parser.parse_args()
    figures = overhead(args.drafts)
    print(
        f"/v1/lint in-process, {args.drafts} distinct 280-character drafts, median CPU: "
        f"request {figures['request']:.3f} ms, of which the lint {figures['lint']:.3f} ms "
        f"({figures['lint_share']:.0%}); the server's own {figures['overhead']:.3f} ms"
    )


if __name__ == "__main__":
    main()
