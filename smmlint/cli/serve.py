"""``smmlint serve``: the HTTP server, which lives in the ``server`` package (installed
with the ``server`` extra). Every argument after ``serve`` goes to it unchanged."""

from __future__ import annotations

import argparse
from collections.abc import Sequence

from smmlint.cli.errors import CliError

INSTALL_HINT = 'pip install "smmlint[server]"'


def add_parser(commands: argparse._SubParsersAction) -> None:
    """List ``serve`` in the help; its arguments are parsed by the server itself."""
    commands.add_parser(
        "serve",
        help="run the HTTP server for the browser extension and CMS plugins "
        "(smmlint serve --help for its options)",
        add_help=False,
    )


def run(argv: Sequence[str]) -> int:
    """Hand ``argv`` to ``server.__main__.main``."""
    try:
        from server.__main__ import main as serve_main
    except ModuleNotFoundError as exc:
        raise CliError(
            f"smmlint serve needs the server extra (module {exc.name!r} is missing): {INSTALL_HINT}"
        ) from None
    return int(serve_main(list(argv)) or 0)
