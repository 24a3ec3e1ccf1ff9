"""``smmlint audit``: lint an archive of posts (JSON Lines or CSV) on every core, one JSON
line per post on stdout (or ``--output``), a summary on stderr at the end.

Exit codes: 0 every row linted; 1 some rows were skipped (each reported on stderr with its
number); 2 the archive, an option or the configuration is unusable.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterator

from smmlint.cli.archive import Archive, Fields, Row, SkippedRow
from smmlint.cli.audit_summary import AuditSummary
from smmlint.cli.options import add_command, add_lint_options, lint_settings
from smmlint.cli.output import tell_user
from smmlint.cli.parallel import lint_chunks
from smmlint.cli.parquet import OUTPUT_FORMATS, open_results
from smmlint.cli.progress import Progress

# Rows a process lints at once. Far from the archive's end a chunk is large, which amortises
# the cost of sending it (a chunk of 64 costs the parent some 25 us a row more than one of
# 256); towards the end chunks shrink, so that the processes finish together instead of one
# linting a last large chunk alone (a chunk of 256 is 0.25 s of one core; one of 4, 4 ms).
MAX_CHUNK = 256
MIN_CHUNK = 4
SOME_CHUNK = 64  # while the rows' size in bytes is unknown (the first chunk, standard input)
CHUNKS_AHEAD_PER_JOB = 4  # the rows left are cut into at least this many chunks a process

EXAMPLES = """\
  smmlint audit posts.jsonl --text-field text > audit.jsonl
  smmlint audit export.csv --text-field Message --platform-field Network --output audit.jsonl
  smmlint audit posts.jsonl --platform linkedin --jobs 2 --select SMM1
"""


def add_parser(commands: argparse._SubParsersAction) -> None:
    """Register ``audit`` and its options."""
    parser = add_command(
        commands,
        "audit",
        "lint an archive of posts (JSON Lines, CSV or Parquet)",
        "Lint every post of an archive: one JSON line per post (row, id, score,\n"
        "band, findings...) on stdout or --output, and a summary on stderr. A malformed\n"
        "row is reported with its number and skipped. Exit codes:\n"
        "  0  every row was linted\n"
        "  1  some rows were skipped\n"
        "  2  the archive, an option or the configuration is unusable",
        EXAMPLES,
    )
    parser.add_argument(
        "archive", metavar="FILE", help="a .jsonl, .csv or .parquet file (- for stdin)"
    )
    parser.add_argument(
        "--input-format",
        choices=("jsonl", "csv", "parquet"),
        help="the archive's format (default: from its suffix)",
    )
    parser.add_argument(
        "--text-field", default="text", metavar="NAME", help="the post text (default: text)"
    )
    parser.add_argument(
        "--platform-field",
        metavar="NAME",
        help="a field naming each post's platform (empty: --platform)",
    )
    parser.add_argument(
        "--id-field", default="id", metavar="NAME", help="copied to the output (default: id)"
    )
    add_lint_options(parser)
    parser.add_argument("--output", "-o", metavar="PATH", help="write the JSON lines to PATH")
    parser.add_argument(
        "--output-format",
        choices=OUTPUT_FORMATS,
        help="jsonl, or parquet (needs pyarrow; default: parquet for a .parquet --output)",
    )
    parser.add_argument(
        "--jobs",
        "-j",
        type=_jobs,
        default=available_cores(),
        metavar="N",
        help=f"processes that lint: this one and N - 1 workers (default: all "
        f"{available_cores()} cores)",
    )
    parser.set_defaults(run=run)


def run(options: argparse.Namespace) -> int:
    """Lint the archive and return the exit code."""
    settings = lint_settings(options)
    fields = Fields(options.text_field, options.platform_field, options.id_field)
    summary = AuditSummary()
    with (
        Archive(options.archive, options.input_format, fields) as archive,
        open_results(options.output, options.output_format) as out,
    ):
        progress = Progress(archive.size)
        chunks = _chunks(archive, options.jobs)
        try:
            for results in lint_chunks(chunks, settings, options.jobs):
                for linted in results:
                    if linted.error:
                        summary.skip(linted.number)
                        tell_user(f"{options.archive}: row {linted.number}: {linted.error}")
                    else:
                        out.write(linted.line + "\n")
                        summary.add(linted)
                progress.update(len(summary.scores), archive.bytes_read)
        finally:
            progress.finish()
    sys.stderr.write(summary.render())
    return 1 if summary.skipped else 0


def available_cores() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _chunks(archive: Archive, jobs: int) -> Iterator[list[Row | SkippedRow]]:
    """The archive's rows in chunks, skipped ones included: they are reported in their
    place among the results, so the messages come in row order whatever ``--jobs``."""
    chunk: list[Row | SkippedRow] = []
    size = SOME_CHUNK
    for row in archive.rows():
        chunk.append(row)
        if len(chunk) >= size:
            yield chunk
            chunk = []
            size = _chunk_size(archive, row.number, jobs)
    if chunk:
        yield chunk


def _chunk_size(archive: Archive, rows_read: int, jobs: int) -> int:
    """The next chunk's size: the rows left (estimated from the bytes left) shared out in
    ``CHUNKS_AHEAD_PER_JOB`` chunks a worker, within ``MIN_CHUNK``..``MAX_CHUNK``; a
    middle size when the archive's size is unknown (standard input)."""
    if not archive.size or not archive.bytes_read:
        return SOME_CHUNK
    rows_left = (archive.size - archive.bytes_read) * rows_read // archive.bytes_read
    return max(MIN_CHUNK, min(MAX_CHUNK, rows_left // (CHUNKS_AHEAD_PER_JOB * jobs)))


def _jobs(value: str) -> int:
    if not value.isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number of processes (1 or more)")
    return int(value)
