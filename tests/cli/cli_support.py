"""Helpers for the command-line tests: run ``smmlint`` in-process and as a subprocess, and
one fixed, hand-built set of results for the golden outputs."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from smmlint.cli import main
from smmlint.core.model import Finding, Penalty, Report, Severity
from smmlint.core.registry import Example, Rule
from smmlint.output import CheckedPost, InputProblem, Results

REPO = Path(__file__).resolve().parents[2]
GOLDEN_VERSION = "0.0.0-golden"


@dataclass(frozen=True)
class Run:
    """What one ``smmlint`` invocation printed and returned."""

    code: int
    out: str
    err: str


def run_in_process(capsys: pytest.CaptureFixture[str], *argv: str) -> Run:
    """``main(argv)`` in this process, with its output captured."""
    code = main(list(argv))
    captured = capsys.readouterr()
    return Run(code, captured.out, captured.err)


def run_subprocess(
    *argv: str, cwd: Path, stdin: bytes | None = None, env: Mapping[str, str] | None = None
) -> Run:
    """``python -m smmlint`` in a fresh interpreter, as a user runs it."""
    environment = {
        **os.environ,
        "PYTHONPATH": str(REPO),
        "PYTHONIOENCODING": "utf-8",
        **(env or {}),
    }
    done = subprocess.run(
        [sys.executable, "-m", "smmlint", *argv],
        cwd=cwd,
        input=stdin if stdin is not None else b"",
        capture_output=True,
        env=environment,
        timeout=120,
        check=False,
    )
    return Run(done.returncode, done.stdout.decode("utf-8"), done.stderr.decode("utf-8"))


# The fixed results behind every golden output ------------------------------------------


def _documented(summary: str) -> Any:
    def check(post: Any, options: Any) -> Iterator[Any]:
        yield from ()

    check.__doc__ = (
        f"{summary}\n\n## What it does\nFinds it.\n\n## Why is this bad?\nReaders leave.\n"
    )
    return check


GOLDEN_RULES = (
    Rule(
        code="SMM101",
        name="sales-push",
        severity=Severity.WARNING,
        category="push",
        message="Sales language pushes readers away.",
        hint="Say what the reader gains.",
        check=_documented("A stretch of sales language."),
        fires=(Example("Our range is live. <marker>Shop now</marker>."),),
        quiet=(Example("I'm not buying that.", reason="'buy' as disbelief"),),
    ),
    Rule(
        code="SMM201",
        name="missing-question",
        severity=Severity.SUGGESTION,
        category="conversation",
        message="The post asks its readers nothing.",
        hint="End with a question.",
        check=_documented("No question for the readers."),
        fires=(Example("We shipped it.", platform="x"),),
        quiet=(Example("Which one would you pick?", reason="a question"),),
    ),
    Rule(
        code="SMM301",
        name="all-caps",
        severity=Severity.ERROR,
        category="shouting",
        message="Words in capitals read as shouting.",
        hint="Write in sentence case.",
        check=_documented("Shouting in capitals."),
        fires=(Example("That is <marker>AMAZING</marker> news", has_media=False),),
        quiet=(Example("NASA launched it.", reason="an acronym"),),
        options={"min_letters": 4},
    ),
)


def _at(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)


def golden_results() -> Results:
    """One fixed set of results, independent of the rules' tuning."""
    text = "Big news 🎉\r\nOnly €19.99 today, shop now!\n日本語 BUY NOW\tok"
    price, shop, caps = _at(text, "€19.99"), _at(text, "shop now"), _at(text, "BUY NOW")
    findings = (
        Finding(
            "missing-question",
            "SMM201",
            Severity.SUGGESTION,
            "The post asks its readers nothing.",
            "End with a question.",
            0,
            len(text),
            "post",
            "conversation",
        ),
        Finding(
            "sales-push",
            "SMM101",
            Severity.WARNING,
            "A price in the post reads as an advert.",
            "Talk about the problem it solves.",
            *price,
            "span",
            "push",
        ),
        Finding(
            "sales-push",
            "SMM101",
            Severity.WARNING,
            "A hard call to action pushes, 100% of the time.",
            "Invite instead: ask what they need.",
            *shop,
            "span",
            "push",
        ),
        Finding(
            "all-caps",
            "SMM301",
            Severity.ERROR,
            "Words in capitals read as shouting.",
            "Write in sentence case.",
            *caps,
            "span",
            "shouting",
        ),
    )
    launch = Report(
        text=text,
        platform="x",
        findings=findings,
        score=27,
        band="red",
        penalties=(
            Penalty("SMM101", "sales-push", 2, 18),
            Penalty("SMM201", "missing-question", 1, 5),
            Penalty("SMM301", "all-caps", 1, 50),
        ),
        metrics={"words": 9, "length": {"code_points": len(text)}},
        version=GOLDEN_VERSION,
    )
    question = Report(
        text="Which would you pick?",
        platform="x",
        findings=(),
        score=100,
        band="green",
        penalties=(),
        metrics={"words": 4},
        version=GOLDEN_VERSION,
    )
    return Results(
        posts=(
            CheckedPost("posts/launch.txt", launch),
            CheckedPost("posts/question café.md", question),
        ),
        problems=(InputProblem("posts/missing.txt", "no such file"),),
        rules=GOLDEN_RULES,
        version=GOLDEN_VERSION,
    )


def sales_report(text: str) -> Report:
    """What the library says about ``text`` with only sales-push, the rule the CLI tests use.

    Tests compare the command's output with it, so that tuning the rule's wording or the
    scoring does not break them while every number still has to come through unchanged.
    """
    import smmlint

    return smmlint.lint(text, config=smmlint.Config(select=("sales-push",)))
