"""Bad input never crashes ``smmlint check``: each bad input gets one line on stderr, the
exit code is 2, and every other input is still checked."""

from __future__ import annotations

import socket
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from cli_support import run_in_process, run_subprocess, sales_report

CALM = "Our spring range is live. Which colour would you pick?\n"
CALM_LINE = f"calm.txt: score {sales_report(CALM).score}/100 (green), 0 findings"


def _write(data: bytes, name: str = "bad.txt") -> Callable[[Path], str]:
    def make(folder: Path) -> str:
        (folder / name).write_bytes(data)
        return name

    return make


def _directory(folder: Path) -> str:
    (folder / "posts").mkdir()
    return "posts"


def _missing(folder: Path) -> str:
    return "missing.txt"


@pytest.fixture
def unix_socket(in_tmp: Path) -> Iterator[str]:
    """A path that exists but cannot be opened for reading, even by root."""
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(in_tmp / "post.sock"))
    yield "post.sock"
    server.close()


BAD_INPUTS = {
    "binary": (_write(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), "binary file"),
    "invalid-utf8": (
        _write(b"Caf\xe9 au lait\nShop now"),
        "not valid UTF-8 (byte 0xe9 at offset 3, line 1)",
    ),
    "utf16": (_write("Shop now".encode("utf-16")), "UTF-16 or UTF-32 text; save it as UTF-8"),
    "empty": (_write(b""), "empty: there is no text to check"),
    "blank": (_write(b" \n\t\r\n"), "empty: there is no text to check"),
    "too-long": (_write(b"ab " * 30_000), "too long: the limit is 65,536 characters"),
    "huge": (_write(b"x" * 1_000_000), "too long: the limit is 65,536 characters"),
    "html-shows-nothing": (
        _write(b"<p></p><script>var shop = 'now';</script>", "bad.html"),
        "empty: the HTML shows a reader no text",
    ),
    "markdown-shows-nothing": (
        _write(b"<!-- draft -->\n", "bad.md"),
        "empty: the Markdown shows a reader no text",
    ),
    "missing": (_missing, "no such file"),
    "directory": (_directory, "is a directory; pass the post files in it"),
    "device": (lambda folder: "/dev/zero", "too long"),
    "unreadable-memory": (lambda folder: "/proc/self/mem", "cannot read: Input/output error"),
}


@pytest.mark.parametrize("case", sorted(BAD_INPUTS))
def test_bad_input_is_one_line_and_the_other_files_are_checked(
    in_tmp: Path, capsys: pytest.CaptureFixture[str], case: str
) -> None:
    make, message = BAD_INPUTS[case]
    bad = make(in_tmp)
    (in_tmp / "calm.txt").write_text(CALM, encoding="utf-8")
    run = run_in_process(capsys, "check", "--select", "sales-push", bad, "calm.txt")
    assert run.code == 2
    assert run.err.count("\n") == 1, run.err
    assert run.err.startswith(f"smmlint: {bad}: {message}")
    assert run.out == CALM_LINE + "\n"


def test_unreadable_socket_file(
    in_tmp: Path, unix_socket: str, capsys: pytest.CaptureFixture[str]
) -> None:
    run = run_in_process(capsys, "check", unix_socket)
    assert run.code == 2
    assert run.err == f"smmlint: {unix_socket}: cannot read: No such device or address\n"


def test_every_bad_input_at_once_in_a_fresh_process(in_tmp: Path) -> None:
    """As a user would run it: no traceback, one line each, the good post still reported."""
    (in_tmp / "calm.txt").write_text(CALM, encoding="utf-8")
    paths = []
    for name, (make, _) in sorted(BAD_INPUTS.items()):
        folder = in_tmp / name
        folder.mkdir()
        made = make(folder)
        paths.append(made if made.startswith("/") else f"{name}/{made}")
    run = run_subprocess("check", "--select", "sales-push", *paths, "calm.txt", cwd=in_tmp)
    assert run.code == 2
    assert "Traceback" not in run.err
    assert len(run.err.splitlines()) == len(paths)
    assert CALM_LINE in run.out


def test_bad_standard_input(in_tmp: Path) -> None:
    run = run_subprocess("check", cwd=in_tmp, stdin=b"\xff\xfe\x00S\x00h")
    assert (run.code, run.err) == (2, "smmlint: <stdin>: UTF-16 or UTF-32 text; save it as UTF-8\n")


def test_a_byte_order_mark_is_not_part_of_the_post(
    in_tmp: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (in_tmp / "bom.txt").write_bytes(b"\xef\xbb\xbfShop now")
    run = run_in_process(capsys, "check", "--select", "sales-push", "bom.txt")
    assert run.out.startswith("bom.txt:1:1: SMM101")


def test_unwritable_output_is_an_error(in_tmp: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (in_tmp / "calm.txt").write_text(CALM, encoding="utf-8")
    run = run_in_process(capsys, "check", "calm.txt", "--output", "no/such/dir/out.txt")
    assert run.code == 2
    assert run.err == "smmlint: no/such/dir/out.txt: cannot write: No such file or directory\n"


def test_input_errors_win_over_failed_posts_and_both_are_told(
    in_tmp: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (in_tmp / "pushy.txt").write_text("Shop now!", encoding="utf-8")
    run = run_in_process(
        capsys,
        "check",
        "--select",
        "sales-push",
        "--fail-on",
        "warning",
        "--min-score",
        "0",  # only the finding fails it ("Shop now!" alone is red too)
        "missing.txt",
        "pushy.txt",
    )
    assert run.code == 2
    assert run.err == (
        "smmlint: missing.txt: no such file\nsmmlint: pushy.txt: 1 finding at or above warning\n"
    )
    assert run.out.startswith("pushy.txt:1:1: SMM101")
