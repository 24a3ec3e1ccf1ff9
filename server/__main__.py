"""``python -m server`` / ``smmlint serve``: run the server under waitress.

Settings come, in rising precedence, from ``server.toml`` (see ``server/pairing.py``),
``SMMLINT_*`` environment variables, then these flags.
"""

from __future__ import annotations

import argparse
import ipaddress
import logging
import os
import signal
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import smmlint
from server import create_app, pairing
from server.serving import create_server, listening_urls, warm_up
from server.settings import Security, is_loopback, split_list

DEFAULT_HOST, DEFAULT_PORT = "127.0.0.1", 8787
# Waitress threads, and so the connections it holds at once (see server/serving.py): one
# thread per connection, so every request reaches the app at once, where it waits at most
# QUEUE_TIMEOUT for a lint slot. 100 is waitress's own connection limit; an idle thread
# costs next to nothing.
DEFAULT_THREADS = 100


class StartupError(Exception):
    """The server must not start with these settings; the message says why and what to do."""


def build_parser(prog: str = "smmlint serve") -> argparse.ArgumentParser:
    """The command line of ``smmlint serve``."""
    parser = argparse.ArgumentParser(
        prog=prog,
        description="Serve smmlint over HTTP for the browser extension, CMS plugins and "
        "LanguageTool clients. Listens on loopback only unless told otherwise.",
    )
    parser.add_argument(
        "--host", default=DEFAULT_HOST, help="address to bind (default %(default)s)"
    )
    parser.add_argument(
        "--port",
        type=int,
        default=DEFAULT_PORT,
        help="port (default %(default)s; 0 picks a free one)",
    )
    parser.add_argument(
        "--allow-remote",
        action="store_true",
        help="allow a non-loopback --host; needs a token, which every request must then send",
    )
    parser.add_argument(
        "--pair",
        action="store_true",
        help="print the pairing token for the extension's options (created on first use)",
    )
    parser.add_argument(
        "--new-token", action="store_true", help="with --pair: replace the stored token"
    )
    parser.add_argument(
        "--token", help="token every request must send (prefer SMMLINT_TOKEN: flags are visible)"
    )
    parser.add_argument(
        "--require-token", action="store_true", help="require the token from every client"
    )
    parser.add_argument(
        "--allow-origin",
        action="append",
        default=[],
        metavar="ORIGIN",
        help="browser origin allowed to call the API, e.g. chrome-extension://<id> (repeatable)",
    )
    parser.add_argument(
        "--allow-host",
        action="append",
        default=[],
        metavar="NAME",
        help="host name clients may use besides localhost/127.0.0.1/[::1] (repeatable)",
    )
    parser.add_argument(
        "--threads",
        type=int,
        default=DEFAULT_THREADS,
        metavar="N",
        help="waitress threads, which is also the most connections held open at once "
        "(default %(default)s; more wait in the listen backlog)",
    )
    parser.add_argument(
        "--max-concurrent", type=int, metavar="N", help="lint calls at once (default 4)"
    )
    parser.add_argument(
        "--rate-limit",
        type=float,
        metavar="R",
        help="requests/second per client (default 50; 0 = off)",
    )
    parser.add_argument(
        "--rate-burst",
        type=int,
        metavar="N",
        help="requests a client may send at once (default 100)",
    )
    parser.add_argument(
        "--config",
        type=Path,
        metavar="PATH",
        help="settings file (default $XDG_CONFIG_HOME/smmlint/server.toml)",
    )
    parser.add_argument(
        "--log-level", default="INFO", choices=["DEBUG", "INFO", "WARNING", "ERROR"]
    )
    return parser


def main(argv: Sequence[str] | None = None, prog: str = "smmlint serve") -> int:
    """Parse ``argv``, check the settings are safe, warm up and serve until interrupted."""
    args = build_parser(prog).parse_args(argv)
    logging.basicConfig(
        level=args.log_level, stream=sys.stderr, format="%(asctime)s %(levelname)s %(message)s"
    )
    try:
        settings = resolve_settings(args)
        app = create_app(settings)
        warm_up()
        server = create_server(app, args.host, args.port, args.threads)
    except (StartupError, ValueError, OSError) as exc:
        print(f"smmlint serve: {exc}", file=sys.stderr)
        return 2
    security = app.extensions["smmlint"].security
    for url in listening_urls(server):
        print(
            f"smmlint {smmlint.__version__} listening on {url} (waitress, {args.threads} threads)"
        )
    print(describe_access(security), flush=True)
    # waitress shuts its threads down on SystemExit/KeyboardInterrupt; SIGTERM joins them.
    signal.signal(signal.SIGTERM, _exit_on_signal)
    server.run()
    return 0


def _exit_on_signal(signum: int, _frame: Any) -> None:
    raise SystemExit(128 + signum)


def resolve_settings(args: argparse.Namespace) -> dict[str, Any]:
    """The app settings from the settings file, the environment and the flags."""
    path = args.config or pairing.default_path()
    stored = pairing.load(path)
    if pairing.readable_by_others(path):
        print(f"warning: {path} is readable by others; run: chmod 600 {path}", file=sys.stderr)
    settings: dict[str, Any] = {
        "ALLOWED_ORIGINS": [
            *split_list(stored.get("ALLOWED_ORIGINS")),
            *split_list(os.environ.get("SMMLINT_ALLOWED_ORIGINS")),
            *args.allow_origin,
        ],
        "ALLOWED_HOSTS": [
            *split_list(stored.get("ALLOWED_HOSTS")),
            *split_list(os.environ.get("SMMLINT_ALLOWED_HOSTS")),
            *args.allow_host,
        ],
    }
    for flag, key in (
        ("max_concurrent", "MAX_CONCURRENT"),
        ("rate_limit", "RATE_LIMIT"),
        ("rate_burst", "RATE_BURST"),
    ):
        if getattr(args, flag) is not None:
            settings[key] = getattr(args, flag)

    explicit = args.token or os.environ.get("SMMLINT_TOKEN")
    paired = stored.get("TOKEN")
    if args.pair:
        if explicit:
            raise StartupError("--pair shows the stored token; drop --token/SMMLINT_TOKEN to pair")
        paired = pair(path, None if args.new_token else paired)
    token = explicit or paired
    settings["TOKEN"] = token
    # A token given for this run guards every request; a paired token guards the clients
    # that need one (Firefox extensions) and lets the others in as before.
    settings["REQUIRE_TOKEN"] = bool(explicit) or args.require_token
    if not is_loopback(args.host):
        if not args.allow_remote:
            raise StartupError(
                f"refusing to listen on {args.host}, which is not a loopback address: "
                "pass --allow-remote (and set a token) to serve other machines"
            )
        if not token:
            raise StartupError("--allow-remote needs a token: set SMMLINT_TOKEN or run with --pair")
        settings["REQUIRE_TOKEN"] = True
        if not _named(args.host) and not settings["ALLOWED_HOSTS"]:
            # Not an error: a container publishing the port to the host's loopback is
            # reached as localhost. But other machines would get 403 forbidden_host.
            print(
                f"warning: listening on every address ({args.host}), but only requests for "
                "localhost, 127.0.0.1 or [::1] are answered: name the host other machines "
                "use with --allow-host (or SMMLINT_ALLOWED_HOSTS, or allowed_hosts in the "
                "settings file)",
                file=sys.stderr,
            )
    # Clients name the server by the address it listens on (127.0.0.2, a team host name).
    settings["ALLOWED_HOSTS"] += _named(args.host)
    return settings


def _named(host: str) -> list[str]:
    """The bound host as clients will name it; none for a wildcard address."""
    try:
        return [] if ipaddress.ip_address(host.strip("[]")).is_unspecified else [host]
    except ValueError:
        return [host]


def pair(path: Path, existing: str | None) -> str:
    """Show the stored token (creating and saving one if needed) for the extension's options."""
    token = existing or pairing.new_token()
    if token != existing:
        pairing.save_token(path, token)
    print(
        "Pairing token — paste it into the smmlint extension's options:\n\n"
        f"    {token}\n\nStored in {path} (readable only by you).",
        flush=True,
    )
    return token


def describe_access(security: Security) -> str:
    """One line on who may call the server (never the token itself)."""
    origins = ", ".join(sorted(security.allowed_origins))
    if security.require_token:
        token = "required on every request"
    elif security.token:
        token = "paired (required for moz-extension:// origins)"
    else:
        token = "none (run --pair for Firefox)"
    return f"allowed browser origins: {origins}; token: {token}"


if __name__ == "__main__":
    sys.exit(main(prog="python -m server"))
