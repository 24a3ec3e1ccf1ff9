"""``smmlint audit`` reads and writes Parquet: the same rows, the same reasons for rows that
are not posts, and the result schema Spark and Dask write."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from cli_support import run_in_process, run_subprocess

from smmlint.table import RESULT_COLUMNS

POSTS = [
    {"id": 7, "text": "Shop now, 20% off!! 🎉", "network": "x"},
    {"id": 8, "text": "Which colour would you pick? Tell us 👇", "network": "linkedin"},
    {"id": 9, "text": "", "network": "x"},
    {"id": 10, "text": None, "network": "x"},
    {"id": 11, "text": "What did you think of the launch?", "network": "myspace"},
    {"id": 12, "text": "We read every reply. Thank you, @ana!", "network": None},
]
OPTIONS = ("--platform-field", "network", "--jobs", "1")


def write_both(folder: Path) -> None:
    """The posts as Parquet and as the JSON Lines the audit already reads."""
    pq.write_table(pa.Table.from_pylist(POSTS), folder / "posts.parquet")
    lines = (json.dumps(post, ensure_ascii=False) for post in POSTS)
    (folder / "posts.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_parquet_in_gives_what_json_lines_in_gives(
    in_tmp: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_both(in_tmp)
    from_jsonl = run_in_process(capsys, "audit", "posts.jsonl", *OPTIONS)
    from_parquet = run_in_process(capsys, "audit", "posts.parquet", *OPTIONS)
    assert from_parquet.code == from_jsonl.code == 1
    assert from_parquet.out == from_jsonl.out
    assert len(from_parquet.out.splitlines()) == 3
    for row, reason in ((3, "'text' is empty"), (4, "'text' is null, not a string")):
        assert f"posts.parquet: row {row}: {reason}; skipped" in from_parquet.err
    assert "row 5: unknown platform 'myspace'" in from_parquet.err


def test_parquet_out_holds_the_json_lines_in_the_engines_schema(
    in_tmp: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_both(in_tmp)
    lines = run_in_process(capsys, "audit", "posts.jsonl", *OPTIONS).out.splitlines()
    run = run_in_process(capsys, "audit", "posts.jsonl", *OPTIONS, "--output", "out.parquet")
    assert run.code == 1 and run.out == ""
    table = pq.read_table("out.parquet")
    assert table.column_names == ["row", "id", *RESULT_COLUMNS]
    for row, line in zip(table.to_pylist(), lines, strict=True):
        wire = json.loads(line)
        assert (row["row"], row["id"]) == (wire["row"], str(wire["id"]))
        assert (row["score"], row["band"], row["platform"]) == (
            wire["score"],
            wire["band"],
            wire["platform"],
        )
        assert row["findings"] == wire["findings"] and row["error"] is None
        codes = [finding["code"] for finding in wire["findings"]]
        assert dict(row["counts"]) == {code: codes.count(code) for code in codes}


def test_parquet_from_stdin_to_stdout(in_tmp: Path) -> None:
    write_both(in_tmp)
    data = (in_tmp / "posts.parquet").read_bytes()
    argv = ("audit", "-", "--input-format", "parquet", "--output-format", "parquet", *OPTIONS)
    run = subprocess_bytes(in_tmp, data, *argv)
    assert pq.read_table(pa.BufferReader(run)).num_rows == 3


def subprocess_bytes(cwd: Path, data: bytes, *argv: str) -> bytes:
    import subprocess

    done = subprocess.run(
        [sys.executable, "-m", "smmlint", *argv], cwd=cwd, input=data, capture_output=True,
        timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 1, done.stderr
    return done.stdout


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"id,text\n1,hello\n", "posts.parquet: not a Parquet file"),
        (None, "posts.parquet: no column 'text' (columns: id, body)"),
    ],
)
def test_unusable_parquet_is_an_error(in_tmp: Path, content: bytes | None, message: str) -> None:
    path = in_tmp / "posts.parquet"
    if content is None:
        pq.write_table(pa.table({"id": [1], "body": ["hi"]}), path)
    else:
        path.write_bytes(content)
    run = run_subprocess("audit", "posts.parquet", cwd=in_tmp)
    assert run.code == 2 and message in run.err


def test_without_pyarrow_parquet_says_what_to_install(
    in_tmp: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    write_both(in_tmp)
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    monkeypatch.setitem(sys.modules, "pyarrow.parquet", None)
    run = run_in_process(capsys, "audit", "posts.jsonl", "--output", "out.parquet")
    assert run.code == 2
    assert 'Parquet needs pyarrow: pip install "smmlint[parquet]"' in run.err
