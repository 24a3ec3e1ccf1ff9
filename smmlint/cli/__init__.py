"""The ``smmlint`` command: ``check``, ``rules``, ``audit`` and ``serve``.

``main(argv)`` returns the exit code instead of exiting, so that it can be called and
tested in-process; the console script and ``python -m smmlint`` exit with it.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from smmlint._version import __version__
from smmlint.cli import audit, check, rules, serve
from smmlint.cli.errors import CliError
from smmlint.cli.output import tell_user

USAGE_ERROR = 2
INTERRUPTED = 130  # 128 + SIGINT, as shells report it


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (default: ``sys.argv[1:]``); return the exit code."""
    args = list(sys.argv[1:] if argv is None else argv)
    _survive_narrow_encodings()
    try:
        if args[:1] == ["serve"]:
            return serve.run(args[1:])
        try:
            options = build_parser().parse_args(args)
        except SystemExit as exit_:  # argparse has printed the usage error or the help
            return exit_.code if isinstance(exit_.code, int) else USAGE_ERROR
        return options.run(options)
    except CliError as exc:
        tell_user(str(exc))
        return USAGE_ERROR
    except KeyboardInterrupt:
        return INTERRUPTED
    except BrokenPipeError:  # the reader went away (smmlint ... | head): stop quietly
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1


def _survive_narrow_encodings() -> None:
    """Print what an ASCII or Latin-1 terminal cannot show as escapes instead of failing."""
    for stream in (sys.stdout, sys.stderr):
        encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "")
        if encoding != "utf8" and hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every subcommand."""
    parser = argparse.ArgumentParser(
        prog="smmlint",
        description="Lint social-media posts before they go out: sales push, no question, "
        "nobody addressed, bare links, shouting, and more, at the exact characters.",
        epilog="Run 'smmlint COMMAND --help' for a command's options.",
    )
    parser.add_argument("--version", action="version", version=f"smmlint {__version__}")
    commands = parser.add_subparsers(title="commands", metavar="COMMAND", required=True)
    for command in (check, rules, audit, serve):
        command.add_parser(commands)
    return parser
