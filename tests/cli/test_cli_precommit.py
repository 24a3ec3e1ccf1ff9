"""The pre-commit hook: a valid manifest, the post file types, and an entry that gates."""

from __future__ import annotations

import shlex
from pathlib import Path

import pytest
from cli_support import REPO, run_subprocess
from identify.identify import tags_from_path
from pre_commit.clientlib import load_manifest

HOOKS = REPO / ".pre-commit-hooks.yaml"


@pytest.fixture(scope="module")
def hook() -> dict:
    (only,) = load_manifest(str(HOOKS))  # pre-commit's own validation of the manifest
    return only


def test_the_hook_runs_smmlint_check_from_the_python_package(hook: dict) -> None:
    assert hook["id"] == "smmlint"
    assert hook["language"] == "python"
    assert shlex.split(hook["entry"]) == ["smmlint", "check"]
    assert hook["pass_filenames"] is True


@pytest.mark.parametrize(
    ("name", "picked"),
    [("post.txt", True), ("post.md", True), ("post.html", True), ("script.py", False),
     ("data.json", False)],
)  # fmt: skip
def test_the_hook_picks_post_files(hook: dict, tmp_path: Path, name: str, picked: bool) -> None:
    path = tmp_path / name
    path.write_text("x", encoding="utf-8")
    assert bool(tags_from_path(str(path)) & set(hook["types_or"])) is picked


def test_the_entry_blocks_a_pushy_post_and_passes_a_calm_one(hook: dict, in_tmp: Path) -> None:
    (in_tmp / "pushy.md").write_text("Our range is **live**. Shop now!\n", encoding="utf-8")
    (in_tmp / "calm.md").write_text("Which colour would *you* pick?\n", encoding="utf-8")
    command = shlex.split(hook["entry"])[1:]  # what pre-commit runs, with the files appended
    gate = ("--select", "sales-push", "--fail-on", "warning")  # the hook's `args`
    assert run_subprocess(*command, *gate, "calm.md", cwd=in_tmp).code == 0
    blocked = run_subprocess(*command, *gate, "pushy.md", "calm.md", cwd=in_tmp)
    assert blocked.code == 1
    assert "pushy.md:1:24: SMM101 [warning]" in blocked.out
