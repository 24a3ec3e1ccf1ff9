"""The command line shared by the Spark and Dask jobs: where the posts are, which columns
hold what, and the lint options of ``smmlint audit``."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import PurePosixPath
from typing import Any

from smmlint.cli.errors import CliError
from smmlint.cli.options import add_lint_options, lint_settings

FORMATS = ("csv", "jsonl", "parquet")
_BY_SUFFIX = {".csv": "csv", ".jsonl": "jsonl", ".ndjson": "jsonl", ".parquet": "parquet"}


def job_parser(prog: str, description: str, epilog: str) -> argparse.ArgumentParser:
    """The job's options; the engine adds its own (a master, a scheduler)."""
    parser = argparse.ArgumentParser(
        prog=prog,
        description=description,
        epilog=epilog,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("input", help="posts: a file, a directory or a glob the engine reads")
    parser.add_argument("output", help="where to write the results as Parquet (a directory)")
    parser.add_argument("--input-format", choices=FORMATS, help="default: from the suffix")
    parser.add_argument("--text-field", default="text", metavar="NAME", help="default: text")
    parser.add_argument(
        "--platform-field", metavar="NAME", help="a column naming each post's platform"
    )
    parser.add_argument(
        "--key",
        action="append",
        metavar="NAME",
        help="a column to keep beside the results (repeat it; default: every column but the text)",
    )
    parser.add_argument(
        "--rows-per-partition",
        type=int,
        default=2000,
        metavar="N",
        help="rows per task (default: 2000)",
    )
    add_lint_options(parser)
    return parser


def input_format(options: argparse.Namespace) -> str:
    """``--input-format``, or the input's suffix; ``SystemExit`` with a message if neither."""
    if options.input_format:
        return options.input_format
    found = _BY_SUFFIX.get(PurePosixPath(options.input.rstrip("/")).suffix.lower())
    if found is None:
        raise SystemExit(
            f"smmlint: {options.input}: say which format with --input-format ({', '.join(FORMATS)})"
        )
    return found


def lint_options(options: argparse.Namespace) -> dict[str, Any]:
    """The keyword arguments of ``lint_dataframe`` from the command line."""
    settings = lint_settings(options)
    keys: Sequence[str] | None = options.key
    return {
        "text": options.text_field,
        "platform": settings.platform,
        "platform_column": options.platform_field,
        "keys": keys,
        "config": settings.config,
        "markup": settings.markup_for(""),
        "has_media": settings.has_media,
        "rows_per_partition": options.rows_per_partition,
    }


def parse_job(
    parser: argparse.ArgumentParser, argv: list[str] | None
) -> tuple[argparse.Namespace, str, dict[str, Any]]:
    """The options, the input's format and ``lint_dataframe``'s arguments; a bad option or
    configuration exits with 2 and one line on stderr."""
    options = parser.parse_args(argv)
    try:
        return options, input_format(options), lint_options(options)
    except CliError as exc:
        parser.exit(2, f"smmlint: {exc}\n")
