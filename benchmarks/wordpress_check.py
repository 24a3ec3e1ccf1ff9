"""How long WordPress's pre-publish check takes, end to end, and what WordPress adds.

    python benchmarks/wordpress_check.py [--rounds 50]

Needs the local site from scripts/setup.d/40-wordpress.sh (run as root). Starts MariaDB if it
is down, WordPress under `php -S` and `python -m server` from this checkout on free ports, as the
tests do, and stops them again. For a short and a long post (with a social message), it times
`POST /wp-json/smmlint/v1/check` (the editor's request: WordPress renders the post and calls the
server twice) against the same two `POST /v1/check` calls sent straight to the server.
"""

from __future__ import annotations

import argparse
import secrets
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import requests

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "wordpress"))

from wp_site import (  # the tests' site helpers (tests/ is not a package)
    SmmlintServer,
    WordPressSite,
    start_mariadb,
    stop_mariadb,
    wp,
)

PARAGRAPH = (
    "We rebuilt the export so a year of orders comes out in seconds. Here is what changed, "
    "what it cost us, and what we would do differently next time. Which report should we "
    "speed up next?"
)
SOCIAL = "Exports now take seconds. Which report should we speed up next?"
SIZES = {"short post (1 paragraph)": 1, "long post (25 paragraphs)": 25}


def block_markup(paragraphs: int) -> str:
    return "\n\n".join(
        f"<!-- wp:paragraph -->\n<p>{PARAGRAPH}</p>\n<!-- /wp:paragraph -->"
        for _ in range(paragraphs)
    )


def timings(call: Callable[[], None], rounds: int) -> list[float]:
    call()  # warm: PHP's opcache, the server's first request
    out = []
    for _ in range(rounds):
        start = time.perf_counter()
        call()
        out.append((time.perf_counter() - start) * 1000)
    return out


def describe(name: str, values: list[float]) -> str:
    p95 = statistics.quantiles(values, n=20)[-1]
    return f"  {name:<34} median {statistics.median(values):7.1f} ms   p95 {p95:7.1f} ms"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=50)
    rounds = parser.parse_args().rounds
    started_mariadb = start_mariadb()
    with tempfile.TemporaryDirectory() as workdir:
        # Back-to-back requests from one client: the per-client rate limit would answer 429.
        server = SmmlintServer(Path(workdir), "--rate-limit", "0").start()
        site = WordPressSite(Path(workdir) / "php-server.log").start()
        try:
            run(site.url, server, rounds)
        finally:
            site.stop()
            server.stop()
            if started_mariadb:
                stop_mariadb()
    return 0


def run(site: str, server: SmmlintServer, rounds: int) -> None:
    wp(
        "settings",
        settings={"server_url": server.url, "token": server.token, "networks": ["generic"]},
    )
    password = secrets.token_urlsafe(16)
    author = wp("user", login="smmlint_benchmark", role="author", password=password)
    auth = ("smmlint_benchmark", author["app_password"])
    headers = {"Authorization": f"Bearer {server.token}"}
    print(f"{rounds} rounds each; the WordPress route makes both server calls itself\n")
    for label, paragraphs in SIZES.items():
        content = block_markup(paragraphs)
        post = wp("post", author=author["id"], title="Faster exports", content=content)
        body = {"post_id": post, "content": content, "social_message": SOCIAL}
        html = "<h1>Faster exports</h1>\n" + "\n".join(
            f"<p>{PARAGRAPH}</p>" for _ in range(paragraphs)
        )

        def through_wordpress(body: dict = body) -> None:
            answer = requests.post(
                f"{site}/wp-json/smmlint/v1/check", auth=auth, json=body, timeout=30
            )
            answer.raise_for_status()
            errors = [check["error"] for check in answer.json()["checks"] if check["error"]]
            assert not errors, errors

        def straight_to_server(html: str = html) -> None:
            for text, markup in ((html, "html"), (SOCIAL, "text")):
                answer = requests.post(
                    f"{server.url}/v1/check",
                    headers=headers,
                    json={"text": text, "markup": markup, "platforms": ["generic"]},
                    timeout=30,
                )
                answer.raise_for_status()

        print(f"{label}, {len(html):,} characters of HTML")
        print(describe("WordPress route (editor's request)", timings(through_wordpress, rounds)))
        print(describe("the two server calls alone", timings(straight_to_server, rounds)))


if __name__ == "__main__":
    sys.exit(main())
