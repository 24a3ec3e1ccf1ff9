"""``smmlint audit``: archives in, one JSON line per post out, in order, on every core;
malformed rows are reported with their number and skipped."""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import re
import signal
import statistics
import subprocess
import sys
import time
from pathlib import Path

import pytest
from cli_support import REPO, run_in_process, run_subprocess, sales_report

from smmlint.cli.progress import Progress

SALES = ("--select", "sales-push")
PUSHY = "Our spring range is live. Shop now, 20% off!"
CALM = "Our spring range is live. Which colour would you pick?"


def audit(capsys: pytest.CaptureFixture[str], *argv: str):
    return run_in_process(capsys, "audit", *SALES, *argv)


def write_jsonl(path: Path, records: list[object]) -> None:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")


def test_jsonl_one_line_per_post_in_order(in_tmp: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write_jsonl(in_tmp / "posts.jsonl", [{"id": "a", "text": PUSHY}, {"text": CALM}])
    run = audit(capsys, "posts.jsonl", "--jobs", "1")
    first, second = (json.loads(line) for line in run.out.splitlines())
    pushy = sales_report(PUSHY)
    assert (first["row"], first["id"], first["score"]) == (1, "a", pushy.score)
    assert first["band"] == pushy.band
    assert [PUSHY[f["start"] : f["end"]] for f in first["findings"]] == ["Shop now", "20% off"]
    assert second["row"] == 2 and "id" not in second and second["findings"] == []
    assert run.code == 0


def test_summary_goes_to_stderr(in_tmp: Path, capsys: pytest.CaptureFixture[str]) -> None:
    heavy = f"{PUSHY} Last chance, buy now, 50% off!"
    texts = [PUSHY if n % 3 else CALM for n in range(30)]
    texts[7] = heavy
    write_jsonl(in_tmp / "posts.jsonl", [{"id": n, "text": t} for n, t in enumerate(texts)])
    err = audit(capsys, "posts.jsonl", "--jobs", "1").err
    reports = [sales_report(text) for text in texts]
    scores = [report.score for report in reports]
    bands = [report.band for report in reports]
    assert err.startswith("smmlint audit: 30 posts linted\n")
    assert (
        f"scores: mean {statistics.fmean(scores):.1f}, median {statistics.median(scores):g}; "
        in err
    )
    assert f"green {bands.count('green')} ({bands.count('green') / 30:.0%})" in err
    assert f"   90-100 {sum(s >= 90 for s in scores):>8,}  #" in err
    findings = sum(len(report.findings) for report in reports)
    assert re.search(rf"\n  SMM101 sales-push +20 posts +{findings} findings\n", err)
    heavy_report = reports[7]
    assert heavy_report.score < reports[1].score  # the heaviest push is the worst post
    worst = f"row 8 (id 7): score {heavy_report.score}: SMM101 x{len(heavy_report.findings)}"
    assert f"worst posts:\n  {worst}\n" in err


def test_malformed_rows_are_reported_and_skipped(
    in_tmp: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = [
        json.dumps({"id": 1, "text": CALM}),
        "{not json",
        json.dumps([1, 2]),
        json.dumps({"id": 4}),
        json.dumps({"id": 5, "text": 42}),
        json.dumps({"id": 6, "text": "  "}),
        json.dumps({"id": 7, "text": "x" * 70_000}),
        json.dumps({"id": 8, "text": CALM, "network": "myspace"}),
        "",
        json.dumps({"id": 10, "text": PUSHY, "network": "generic"}),
    ]
    data = (
        "\n".join(lines).encode()
        + b'\n{"id": 11, "text": "caf\xe9"}\n'
        + json.dumps({"id": 12, "text": CALM}).encode()
    )
    (in_tmp / "posts.jsonl").write_bytes(data)
    run = audit(capsys, "posts.jsonl", "--platform-field", "network", "--jobs", "1")
    assert [json.loads(line)["row"] for line in run.out.splitlines()] == [1, 10, 12]
    problems = [line for line in run.err.splitlines() if line.startswith("smmlint: posts.jsonl")]
    reasons = [
        "row 2: not valid JSON (Expecting property name",
        "row 3: not a JSON object but an array",
        "row 4: no 'text' field",
        "row 5: 'text' is a number, not a string",
        "row 6: 'text' is empty",
        "row 7: too long: the limit is 65,536 characters",
        "row 8: unknown platform 'myspace'; valid platforms: ",
        "row 11: not valid UTF-8",
    ]
    assert len(problems) == len(reasons)
    for problem, reason in zip(problems, reasons, strict=True):
        assert problem.startswith(f"smmlint: posts.jsonl: {reason}") and problem.endswith(
            "; skipped"
        )
    assert "3 posts linted, 8 rows skipped (rows 2, 3, 4, 5, 6, 7, 8, 11)\n" in run.err
    assert run.code == 1


def test_rows_that_break_the_json_reader_are_skipped_not_fatal(
    in_tmp: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = [
        json.dumps({"id": 1, "text": CALM}),
        "[" * 100_000,
        '{"a":' * 2_000 + "1" + "}" * 2_000,
        '{"id": NaN, "text": "x"}',
        '{"id": 1e400, "text": "' + CALM + '"}',
        '{"id": ' + "9" * 5_000 + ', "text": "' + CALM + '"}',
        json.dumps({"id": 7, "text": None}),
        json.dumps({"id": 8, "text": PUSHY}),
    ]
    (in_tmp / "posts.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    run = audit(capsys, "posts.jsonl", "--jobs", "1")
    records = [json.loads(line) for line in run.out.splitlines()]  # strict JSON every line
    assert [(r["row"], r["id"]) for r in records] == [
        (1, 1),
        (5, "1e400"),
        (6, "9" * 5_000),
        (8, 8),
    ]
    assert "NaN" not in run.out and "Infinity" not in run.out
    for reason in (
        "row 2: not valid JSON (nested too deeply)",
        "row 3: not valid JSON (nested too deeply)",
        "row 4: not valid JSON (NaN is not a JSON value)",
        "row 7: 'text' is null, not a string",
    ):
        assert f"smmlint: posts.jsonl: {reason}; skipped" in run.err
    assert "Traceback" not in run.err


def test_csv_quote_errors_are_reported_not_swallowed(
    in_tmp: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (in_tmp / "posts.csv").write_text(
        f'id,text\n1,{CALM}\n2,"a"b\n3,{CALM}\n4,"never closed\n5,{CALM}\n', encoding="utf-8"
    )
    run = audit(capsys, "posts.csv", "--jobs", "1")
    assert [json.loads(line)["row"] for line in run.out.splitlines()] == [2, 4, 6]
    assert "row 3: not valid CSV (',' expected after '\"'); skipped" in run.err
    assert (
        "row 5: not valid CSV (a quote opened in this row is never closed; "
        "the 1 line it took in is read again); skipped"
    ) in run.err


def test_an_unclosed_quote_never_swallows_the_rows_after_it(
    in_tmp: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = [f"{n},{CALM} {n}" for n in range(1, 2001)]
    rows[1] = '2,"an unclosed quote in the second row'
    (in_tmp / "posts.csv").write_text("id,text\n" + "\n".join(rows) + "\n", encoding="utf-8")
    run = audit(capsys, "posts.csv", "--jobs", "1")
    linted = [json.loads(line)["id"] for line in run.out.splitlines()]
    assert linted == [str(n) for n in range(1, 2001) if n != 2]
    assert "the 1,998 lines it took in are read again" in run.err
    assert "1,999 posts linted, 1 row skipped (row 3)" in run.err


def test_a_record_past_the_limits_is_skipped_and_the_rest_read(
    in_tmp: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # A quoted field of 1.1 MB over many lines: past the csv module's field limit and ours.
    filler = "\n".join(["x" * 1000] * 1100)
    (in_tmp / "posts.csv").write_text(
        f'id,text\n1,{CALM}\n2,"{filler}\n3,{CALM}\n', encoding="utf-8"
    )
    run = audit(capsys, "posts.csv", "--jobs", "1")
    rows = [json.loads(line) for line in run.out.splitlines()]
    assert rows[0]["id"] == "1" and rows[-1]["id"] == "3"
    assert re.search(r"row 3: not valid CSV \(.*lines it took in are read again\)", run.err)


def test_a_huge_jsonl_line_is_skipped_in_bounded_memory(in_tmp: Path) -> None:
    path = in_tmp / "posts.jsonl"
    with path.open("w", encoding="utf-8") as file:
        file.write(json.dumps({"text": CALM}) + "\n")
        file.write('{"text": "' + "a" * (64 << 20) + '"}\n')  # 64 MB on one line
        file.write(json.dumps({"text": PUSHY}) + "\n")
    # VmHWM: this process's peak resident memory in kB (ru_maxrss can carry the parent's
    # peak across exec).
    script = (
        "import re, sys\n"
        "from smmlint.cli import main\n"
        "code = main(['audit', 'posts.jsonl', '-j', '1', '-o', 'out.jsonl'])\n"
        "status = open('/proc/self/status').read()\n"
        "print(re.search(r'VmHWM:\\s+(\\d+)', status).group(1))\n"
        "sys.exit(code)\n"
    )
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=in_tmp, env=env, capture_output=True, timeout=300
    )
    assert done.returncode == 1, done.stderr
    assert b"row 2: longer than 1 MiB; skipped" in done.stderr
    assert len((in_tmp / "out.jsonl").read_text().splitlines()) == 2
    peak_mib = int(done.stdout.split()[-1]) / 1024
    assert peak_mib < 200, f"peak {peak_mib:.0f} MiB for a 64 MB line"


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le"])
def test_a_utf16_csv_is_named_and_its_bytes_never_printed_raw(
    in_tmp: Path, capsys: pytest.CaptureFixture[str], encoding: str
) -> None:
    (in_tmp / "posts.csv").write_bytes(f"id,text\n1,{CALM}\n".encode(encoding))
    run = audit(capsys, "posts.csv")
    assert run.code == 2
    assert "\x00" not in run.err and "\x1b" not in run.err
    assert "UTF-16" in run.err or "\\x00" in run.err


def test_control_characters_in_messages_are_escaped(
    in_tmp: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (in_tmp / "posts.jsonl").write_text(
        json.dumps({"text": CALM, "platform": "\x1b[31mred\x00"}) + "\n", encoding="utf-8"
    )
    run = run_in_process(capsys, "audit", "posts.jsonl", "--platform-field", "platform")
    assert run.code == 1
    assert "\x1b" not in run.err and "\x00" not in run.err
    assert "\\x1b[31mred\\x00" in run.err


def test_markup_rows_with_no_visible_text_are_skipped(
    in_tmp: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_jsonl(in_tmp / "posts.jsonl", [{"text": "<p>Shop now</p>"}, {"text": "<p> </p>"}])
    run = audit(capsys, "posts.jsonl", "--markup", "html", "--jobs", "1")
    assert [json.loads(line)["row"] for line in run.out.splitlines()] == [1]
    assert "smmlint: posts.jsonl: row 2: empty: the HTML shows a reader no text" in run.err


def test_csv_with_header_platform_and_multiline_text(
    in_tmp: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerows(
        [
            ["post_id", "network", "message"],
            ["1", "generic", f"First line\n{PUSHY}"],
            ["2", "", CALM],
            ["3", "generic"],
            ["4", "generic", CALM],
        ]
    )
    (in_tmp / "export.csv").write_bytes(b"\xef\xbb\xbf" + buffer.getvalue().encode("utf-8"))
    run = audit(
        capsys, "export.csv", "--text-field", "message", "--platform-field", "network",
        "--id-field", "post_id", "--jobs", "1",
    )  # fmt: skip
    records = [json.loads(line) for line in run.out.splitlines()]
    assert [(r["row"], r["id"], r["platform"]) for r in records] == [
        (2, "1", "generic"),
        (3, "2", "generic"),
        (5, "4", "generic"),
    ]
    text = f"First line\n{PUSHY}"
    assert [text[f["start"] : f["end"]] for f in records[0]["findings"]] == ["Shop now", "20% off"]
    assert "smmlint: export.csv: row 4: 2 fields where the header has 3; skipped" in run.err


def test_jobs_keep_the_order_and_the_results(
    in_tmp: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    texts = [PUSHY, CALM, "Last chance! 🎉 Buy now", "Tell us: what would you build?"]
    write_jsonl(in_tmp / "posts.jsonl", [{"id": n, "text": texts[n % 4]} for n in range(1_100)])
    serial = audit(capsys, "posts.jsonl", "--jobs", "1")
    parallel = audit(capsys, "posts.jsonl", "--jobs", "2")
    assert parallel.out == serial.out
    assert [json.loads(line)["id"] for line in parallel.out.splitlines()] == list(range(1_100))
    assert parallel.err == serial.err


def test_rows_skipped_reading_or_linting_are_reported_in_row_order_whatever_the_jobs(
    in_tmp: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A row that is not JSON is found when it is read, a markup row with no text when it
    is linted, perhaps in a worker: both are reported in their place."""
    lines = []
    for n in range(1, 601):
        record = {"id": n, "text": f"<p>{CALM} {n}</p>"}
        lines.append("{not json" if n % 97 == 0 else json.dumps(record))
        if n % 89 == 0:
            lines[-1] = json.dumps({"id": n, "text": "<p> </p>"})
    (in_tmp / "posts.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    serial = audit(capsys, "posts.jsonl", "--markup", "html", "--jobs", "1")
    parallel = audit(capsys, "posts.jsonl", "--markup", "html", "--jobs", "2")
    assert (parallel.out, parallel.err) == (serial.out, serial.err)
    told = [int(n) for n in re.findall(r"^smmlint: posts\.jsonl: row (\d+): ", serial.err, re.M)]
    bad = sorted([*range(89, 601, 89), *range(97, 601, 97)])
    assert told == bad
    assert f"rows skipped (rows {', '.join(map(str, bad[:10]))}, ...)" in serial.err


def test_jobs_2_lint_in_this_process_and_one_worker(monkeypatch: pytest.MonkeyPatch) -> None:
    """``--jobs N`` is N processes linting: this one takes a chunk itself whenever the N - 1
    workers have enough to do, instead of a parent that only hands out rows."""
    import multiprocessing

    from smmlint.cli import parallel
    from smmlint.cli.archive import Row
    from smmlint.cli.options import LintSettings
    from smmlint.core.config import Config

    chunks = [[Row(40 * n + i, f"{CALM} ({n}, {i})") for i in range(40)] for n in range(30)]
    linted_here = []
    lint_rows = parallel.lint_rows

    def lint_and_count(settings: LintSettings, rows: list[Row]) -> list[parallel.Linted]:
        linted_here.append(len(rows))  # in a worker, appends to the worker's own copy
        return lint_rows(settings, rows)

    monkeypatch.setattr(parallel, "lint_rows", lint_and_count)
    workers, numbers = set(), []
    for results in parallel.lint_chunks(chunks, LintSettings("generic", Config()), 2):
        workers.update(child.pid for child in multiprocessing.active_children())
        numbers += [linted.number for linted in results]
    assert numbers == list(range(1_200))
    assert len(workers) == 1
    # The first chunks go to the worker, which takes milliseconds a chunk; then this
    # process lints the chunks the worker has no room for.
    assert 0 < len(linted_here) < len(chunks)


def test_chunks_are_large_in_the_middle_and_small_at_the_end(in_tmp: Path) -> None:
    """Far from the archive's end a worker gets many rows at once (sending a chunk costs);
    near it, few, so that no worker lints a last large chunk while the others wait."""
    from smmlint.cli.archive import Archive, Fields
    from smmlint.cli.audit import MAX_CHUNK, MIN_CHUNK, _chunks

    write_jsonl(in_tmp / "posts.jsonl", [{"id": n, "text": CALM} for n in range(20_000)])
    with Archive(str(in_tmp / "posts.jsonl"), None, Fields()) as archive:
        sizes, ids = [], []
        for chunk in _chunks(archive, 2):
            sizes.append(len(chunk))
            ids += [row.id for row in chunk]
    assert ids == list(range(20_000))
    assert max(sizes) == MAX_CHUNK and sizes.count(MAX_CHUNK) > len(sizes) / 2
    assert sizes[-2] == MIN_CHUNK and sizes[-1] <= MIN_CHUNK
    assert sizes[sizes.index(MAX_CHUNK) :] == sorted(sizes[sizes.index(MAX_CHUNK) :], reverse=True)


def test_output_file_and_standard_input(in_tmp: Path) -> None:
    archive = "".join(json.dumps({"text": t}) + "\n" for t in (PUSHY, CALM)).encode()
    run = run_subprocess(
        "audit", "-", "--input-format", "jsonl", *SALES, "--output", "out.jsonl",
        cwd=in_tmp, stdin=archive,
    )  # fmt: skip
    assert run.code == 0 and run.out == ""
    assert "\r" not in run.err  # no progress bar when stderr is not a terminal
    lines = (in_tmp / "out.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["score"] for line in lines] == [
        sales_report(PUSHY).score,
        sales_report(CALM).score,
    ]


@pytest.mark.parametrize(
    ("setup", "argv", "message"),
    [
        (None, ("missing.jsonl",), "missing.jsonl: cannot read: No such file or directory"),
        ("posts.json", ("posts.json",), "posts.json: unknown archive format"),
        ("posts.csv", ("posts.csv",), "posts.csv: no column 'text' (columns: id, body)"),
        ("posts.jsonl", ("posts.jsonl", "--jobs", "0"), "'0' is not a number of processes"),
        ("posts.jsonl", ("posts.jsonl", "--platform", "myspace"), "unknown platform 'myspace'"),
        (None, (".",), ".: is a directory, not an archive"),
        (None, ("dir.csv",), "dir.csv: is a directory, not an archive"),
    ],
)
def test_unusable_archive_or_option_exits_2(
    in_tmp: Path, capsys: pytest.CaptureFixture[str], setup: str | None, argv: tuple, message: str
) -> None:
    if setup:
        (in_tmp / setup).write_text("id,body\n1,hello\n", encoding="utf-8")
    (in_tmp / "dir.csv").mkdir()
    run = audit(capsys, *argv)
    assert run.code == 2
    assert message in run.err


def test_progress_is_drawn_on_a_terminal_only() -> None:
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    terminal, pipe = Terminal(), io.StringIO()
    for stream in (terminal, pipe):
        progress = Progress(size=1_000, stream=stream)
        progress.update(posts=250, bytes_read=500)
        progress.finish()
    assert pipe.getvalue() == ""
    drawn = terminal.getvalue()
    assert drawn.startswith("\r[############............]  50%  250 posts  ")
    assert drawn.endswith("\r\x1b[K")


def test_summary_counts_in_words(in_tmp: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (in_tmp / "posts.jsonl").write_text(json.dumps({"text": CALM}) + "\n{}\n", encoding="utf-8")
    err = audit(capsys, "posts.jsonl", "--jobs", "1").err
    assert "smmlint audit: 1 post linted, 1 row skipped (row 2)\n" in err
    assert "\nno findings\n" in err


def test_ctrl_c_stops_a_parallel_audit_quietly(in_tmp: Path) -> None:
    # The archive comes through a pipe the test holds open: the audit cannot finish before
    # the Ctrl-C, however busy the machine (reading a file, it sometimes did).
    command = [sys.executable, "-m", "smmlint", "audit", "-", "--input-format", "jsonl",
               "-j", "2", "-o", "out.jsonl"]  # fmt: skip
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    audit_run = subprocess.Popen(command, cwd=in_tmp, env=env, stdin=subprocess.PIPE,
                                 stderr=subprocess.PIPE, start_new_session=True)  # fmt: skip
    assert audit_run.stdin is not None
    rows = "".join(json.dumps({"text": f"{PUSHY} {n}"}) + "\n" for n in range(3_000))
    # Three pipes' worth (64 KiB each): once written, the audit has read and started them.
    audit_run.stdin.write(rows.encode())
    audit_run.stdin.flush()
    output = in_tmp / "out.jsonl"
    deadline = time.monotonic() + 120
    while (not output.exists() or output.stat().st_size == 0) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert output.stat().st_size > 0, "no row was written"
    os.killpg(audit_run.pid, signal.SIGINT)  # as Ctrl-C does: the whole process group
    with contextlib.suppress(BrokenPipeError):
        audit_run.stdin.close()
    err = audit_run.stderr.read() if audit_run.stderr else b""
    audit_run.wait(timeout=60)
    assert audit_run.returncode == 130
    assert b"Traceback" not in err
