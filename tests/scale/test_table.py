"""The engine-neutral part: the result schema is a projection of the wire shape, rows that
are not posts get the audit's reasons, and ``import smmlint`` stays light."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections import Counter

import pyarrow as pa
import pytest

import smmlint
from smmlint.table import RESULT_COLUMNS, TableJob, explode_table, lint_values, text_values

PUSHY = "BUY NOW!!! 50% off 🎉 shop now"


def test_a_result_row_is_the_wire_shape_projected() -> None:
    job = TableJob.make(platform="x")
    [row] = lint_values(job, [PUSHY]).to_pylist()
    wire = smmlint.lint(PUSHY, "x").to_dict()
    assert row["findings"] == wire["findings"]
    assert (row["score"], row["band"], row["platform"]) == (wire["score"], wire["band"], "x")
    assert dict(row["counts"]) == Counter(f["code"] for f in wire["findings"])
    emoji_shifted = [f for f in row["findings"] if f["end_utf16"] != f["end"]]
    assert emoji_shifted, "the emoji makes UTF-16 offsets differ from code points"


def test_rows_that_are_not_posts_get_the_audits_reasons() -> None:
    job = TableJob(TableJob.make().settings, "body", "network")
    texts = [None, "", " \n", 5, "x" * 70_000, "Hello, how are you?", "Hi there?"]
    platforms = ["x", "x", "x", "x", "x", "myspace", None]
    rows = lint_values(job, texts, platforms, [None] * 6 + ["not valid JSON"]).to_pylist()
    assert [row["error"] for row in rows] == [
        "'body' is null, not a string",
        "'body' is empty",
        "'body' is empty",
        "'body' is a number, not a string",
        "too long: the limit is 65,536 characters",
        "unknown platform 'myspace'; valid platforms: bluesky, facebook, generic, instagram, "
        "linkedin, mastodon, threads, x",
        "not valid JSON",
    ]
    assert all(row[name] is None for row in rows for name in RESULT_COLUMNS if name != "error")


def test_bytes_that_are_not_utf8_are_a_row_error_not_a_failed_batch() -> None:
    column = pa.array([b"fine?", b"caf\xe9"], pa.binary())
    rows = lint_values(TableJob.make(), text_values(column)).to_pylist()
    assert rows[0]["error"] is None and rows[1]["error"] == "not valid UTF-8"


def test_markup_that_shows_no_text_is_empty_as_the_audit_says() -> None:
    [row] = lint_values(TableJob.make(markup="html"), ["<p> </p><!-- x -->"]).to_pylist()
    assert row["error"] == "empty: the HTML shows a reader no text"


@pytest.mark.parametrize(
    ("columns", "keys", "message"),
    [
        (["id"], None, "no column 'text' (columns: id)"),
        (["id", "text"], ["ref"], "no key column 'ref'"),
        (["score", "text"], None, "key column 'score' has the name of a result column"),
    ],
)
def test_columns_are_checked_before_any_work(
    columns: list[str], keys: list[str] | None, message: str
) -> None:
    with pytest.raises(ValueError, match=re.escape(message)):
        TableJob.make().keys(columns, keys)


def test_a_platform_column_called_platform_is_replaced_not_kept() -> None:
    job = TableJob.make(platform_column="platform")
    assert job.keys(["id", "text", "platform"], None) == ["id"]


def test_explode_gives_one_row_per_finding_with_its_keys() -> None:
    results = pa.Table.from_batches([lint_values(TableJob.make(), [PUSHY, None, "How are you?"])])
    table = results.add_column(0, "id", pa.array([1, 2, 3]))
    exploded = explode_table(table, ["id"]).to_pylist()
    assert len(exploded) == len(results.column("findings")[0])
    assert {row["id"] for row in exploded} == {1}


def test_import_smmlint_loads_no_engine() -> None:
    program = (
        "import sys, smmlint; smmlint.lint('Hello?'); "
        "print(sorted(m for m in ('pyspark', 'dask', 'pandas', 'pyarrow') if m in sys.modules))"
    )
    run = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True)
    assert run.returncode == 0 and run.stdout.strip() == "[]", run.stderr


def test_a_warm_worker_leaves_its_word_lists_out_of_garbage_collection() -> None:
    """Spark's Python worker collects garbage after every task: a collection must not walk
    the word lists again each time (0.12 CPU-s a task when it did). An engine's worker has
    pandas and pyarrow loaded before its first batch, as here."""
    program = (
        "import gc, pandas, pyarrow; from smmlint.table import TableJob, lint_values; "
        "lint_values(TableJob.make(), ['Hello there, how are you?']); "
        "print(gc.get_freeze_count(), len(gc.get_objects()))"
    )
    run = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    frozen, collected = map(int, run.stdout.split())
    assert frozen > 10 * collected, (frozen, collected)


def test_the_spark_daemon_warms_up_with_no_thread_and_no_arrow() -> None:
    """``smmlint.spark_daemon`` forks Spark's Python workers from a warm process: warming up
    must start no thread (a process with threads must not fork), so it loads neither pyarrow
    nor pandas, which start threads; a forked child freezes what it loads since."""
    program = (
        "import gc, json, os, sys; import smmlint.spark_daemon\n"
        "from smmlint.core.warm import warm_up\n"
        "warm_up(); engines = [m for m in ('pyarrow', 'pandas') if m in sys.modules]\n"
        "print(json.dumps([len(os.listdir('/proc/self/task')), engines, gc.get_freeze_count()]))\n"
        "if os.fork() == 0:\n"
        "    import pyarrow; warm_up(); print(gc.get_freeze_count(), len(gc.get_objects()))\n"
        "    os._exit(0)\n"
        "os.wait()"
    )
    run = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    parent, child = run.stdout.splitlines()
    threads, engines, frozen = json.loads(parent)
    assert (threads, engines) == (1, []), parent
    frozen_in_child, collected = map(int, child.split())
    assert frozen_in_child > frozen and collected < frozen // 10, (parent, child)
