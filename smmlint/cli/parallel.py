"""Linting archive rows on every core: this process lints chunks of rows itself and hands
others to ``jobs - 1`` worker processes, and the results come back in order, with a bounded
number in flight so that memory stays flat on any archive size.

This process reads the archive and writes the results too; it lints a chunk itself only
when the workers have ``QUEUED_PER_WORKER`` chunks each to do, so they have work while it
lints, and no more than ``jobs`` processes compete for the cores (a parent that only handed
out rows would be one more, and one more fork). A chunk it lints costs no pickling.

This process loads every table a draft may reach before the workers fork
(``smmlint.core.warm.load_tables``), so no worker loads one again (Pyphen's patterns alone
cost 130 ms of CPU a worker), and freezes its objects out of garbage collection, so no
worker copies the parent's memory page by page as a collection walks it. It collects no
garbage first: a full collection of a large process costs more than the run saves (0.1 s
in the benchmarks' process). Each worker receives the lint settings once, when it starts;
a task carries only its rows.
"""

from __future__ import annotations

import gc
import json
import multiprocessing
import signal
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from multiprocessing.pool import AsyncResult
from typing import Any

from smmlint.cli.archive import Row, SkippedRow
from smmlint.cli.errors import InputError
from smmlint.cli.options import LintSettings
from smmlint.core.errors import RuleFailed
from smmlint.core.model import Report
from smmlint.core.warm import load_tables

# Chunks read and not yet written, a process, at most: memory stays flat, and the bound is
# far enough that this process does not wait for a worker's chunk while it could lint one.
IN_FLIGHT_PER_JOB = 16
# Chunks a worker has to do (the one it lints included) before this process lints one
# itself: chunks only shrink towards the end, so a worker has work for as long as this
# process takes over its own chunk, and at the end this process waits for at most these.
QUEUED_PER_WORKER = 3
_settings: LintSettings | None = None  # a worker's settings, given when it starts


@dataclass(frozen=True)
class Linted:
    """A row's result: its JSON line, or why it was not linted (skipped when read, or the
    error that stopped its linting)."""

    number: int
    id: Any
    line: str = ""
    score: int = 0
    band: str = ""
    codes: tuple[str, ...] = ()
    error: str = ""


def _linted(row: Row, report: Report | str) -> Linted:
    """A row's result: its JSON line (``row``, ``id`` if any, then the report), or why it
    could not be linted."""
    if isinstance(report, str):
        return Linted(row.number, row.id, error=report)
    head: dict[str, Any] = {"row": row.number}
    if row.id is not None:
        head["id"] = row.id
    line = json.dumps({**head, **report.to_dict()}, ensure_ascii=False)
    codes = tuple(f.code for f in report.findings)
    return Linted(row.number, row.id, line, report.score, report.band, codes)


def lint_or_reason(settings: LintSettings, row: Row) -> Report | str:
    """A row's report, or why it could not be linted (as the audit reports it)."""
    try:
        return settings.lint(row.text, platform=row.platform)
    except InputError as exc:
        return str(exc)
    except RuleFailed as exc:
        return f"{exc}; this is a bug in smmlint"


def lint_chunks(
    chunks: Iterable[list[Row | SkippedRow]], settings: LintSettings, jobs: int
) -> Iterator[list[Linted]]:
    """Each chunk's results, in the order the chunks came, linted by ``jobs`` processes:
    this one and ``jobs - 1`` workers."""
    if jobs <= 1:
        for chunk in chunks:
            yield lint_rows(settings, chunk)
        return
    settings.lint("Warm-up: resolves the rules these settings run, before the workers fork.")
    load_tables()
    gc.freeze()
    workers = jobs - 1
    with multiprocessing.Pool(workers, initializer=_start_worker, initargs=(settings,)) as pool:
        pending: deque[AsyncResult[list[Linted]] | list[Linted]] = deque()
        for chunk in chunks:
            if _queued(pending) < workers * QUEUED_PER_WORKER:
                pending.append(pool.apply_async(_lint_in_worker, (chunk,)))
            else:
                pending.append(lint_rows(settings, chunk))
            # In order: the finished ones, and the oldest past the bound (memory stays flat).
            while pending and (_done(pending[0]) or len(pending) >= jobs * IN_FLIGHT_PER_JOB):
                yield _result(pending.popleft())
        while pending:
            yield _result(pending.popleft())


def _queued(pending: Iterable[AsyncResult[list[Linted]] | list[Linted]]) -> int:
    """Chunks the workers have not finished."""
    return sum(not _done(chunk) for chunk in pending)


def _done(chunk: AsyncResult[list[Linted]] | list[Linted]) -> bool:
    return isinstance(chunk, list) or chunk.ready()


def _result(chunk: AsyncResult[list[Linted]] | list[Linted]) -> list[Linted]:
    return chunk if isinstance(chunk, list) else chunk.get()


def _start_worker(settings: LintSettings) -> None:
    """Keep the run's settings; Ctrl-C stops the audit in the parent, which ends the pool,
    so workers ignore it and print nothing."""
    global _settings
    _settings = settings
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _lint_in_worker(rows: list[Row | SkippedRow]) -> list[Linted]:
    assert _settings is not None, "the pool's initializer gives every worker its settings"
    return lint_rows(_settings, rows)


def lint_rows(settings: LintSettings, rows: list[Row | SkippedRow]) -> list[Linted]:
    """Lint a chunk of rows, then write their lines; a row skipped when it was read keeps
    its reason. Each step runs through the whole chunk with its own code and data warm in
    the processor's caches: a line written right after its lint costs 35-50 us, not 20-25."""
    reports = iter([lint_or_reason(settings, row) for row in rows if isinstance(row, Row)])
    return [
        Linted(row.number, None, error=row.problem)
        if isinstance(row, SkippedRow)
        else _linted(row, next(reports))
        for row in rows
    ]
