"""Where the command line writes: results to stdout or ``--output``, problems to stderr."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TextIO

from smmlint.cli.errors import CliError


@contextmanager
def open_output(path: str | None) -> Iterator[TextIO]:
    """The file at ``path`` opened for writing as UTF-8, or stdout when there is none."""
    if path is None:
        yield sys.stdout
        sys.stdout.flush()
        return
    try:
        file = open(path, "w", encoding="utf-8")  # noqa: SIM115 (closed by the with below)
    except OSError as exc:
        raise CliError(f"{path}: cannot write: {exc.strerror or exc}") from None
    with file:
        yield file


def write_output(text: str, path: str | None = None) -> None:
    """Write ``text`` to ``path``, or to stdout."""
    with open_output(path) as out:
        out.write(text)


def tell_user(message: str) -> None:
    """One line on stderr, prefixed with the program's name."""
    print(f"smmlint: {message}", file=sys.stderr)
