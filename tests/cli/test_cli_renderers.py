"""One golden output per renderer, all from the same hand-built results.

Run with ``SMMLINT_UPDATE_GOLDEN=1`` to rewrite the golden files after an intended change,
then read the diff.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from smmlint.core.model import Finding, Severity
from smmlint.output import RENDERERS, Results
from smmlint.output.positions import LineIndex, Position
from smmlint.output.snippet import underline

GOLDEN = Path(__file__).parent / "golden"
SUFFIX = {"concise": "txt", "full": "txt", "json": "jsonl", "sarif": "sarif", "github": "txt"}


@pytest.mark.parametrize("name", sorted(RENDERERS))
def test_renderer_matches_its_golden_output(name: str, golden_results: Results) -> None:
    rendered = RENDERERS[name](golden_results)
    golden = GOLDEN / f"results.{name}.{SUFFIX[name]}"
    if os.environ.get("SMMLINT_UPDATE_GOLDEN"):
        golden.write_bytes(rendered.encode("utf-8"))
    assert rendered == golden.read_bytes().decode("utf-8")


def test_every_format_has_a_golden_file() -> None:
    assert {p.name.split(".")[1] for p in GOLDEN.glob("results.*")} == set(RENDERERS)


def test_json_lines_carry_the_wire_report_with_the_path(golden_results: Results) -> None:
    lines = RENDERERS["json"](golden_results).splitlines()
    assert len(lines) == len(golden_results.posts)
    for line, post in zip(lines, golden_results.posts, strict=True):
        record = json.loads(line)
        assert record.pop("path") == post.path
        assert record == post.report.to_dict()


def test_severities_map_once_per_format(golden_results: Results) -> None:
    sarif = json.loads(RENDERERS["sarif"](golden_results))
    levels = {r["ruleId"]: r["level"] for r in sarif["runs"][0]["results"]}
    assert levels == {"SMM101": "warning", "SMM201": "note", "SMM301": "error"}
    github = RENDERERS["github"](golden_results).splitlines()
    commands = {line.split(" ", 1)[0] for line in github}
    assert commands == {"::notice", "::warning", "::error"}


def test_sarif_describes_every_rule_with_its_docs_and_examples(golden_results: Results) -> None:
    driver = json.loads(RENDERERS["sarif"](golden_results))["runs"][0]["tool"]["driver"]
    assert [r["id"] for r in driver["rules"]] == [r.code for r in golden_results.rules]
    shouting = driver["rules"][2]
    assert shouting["shortDescription"]["text"] == "Shouting in capitals."
    assert "## Why is this bad?" in shouting["fullDescription"]["text"]
    assert "    That is AMAZING news\n            ^^^^^^^" in shouting["help"]["markdown"]
    assert shouting["defaultConfiguration"]["level"] == "error"


def test_github_escapes_properties_and_messages(golden_results: Results) -> None:
    github = RENDERERS["github"](golden_results)
    assert "100%25 of the time.%0AHint: " in github
    assert "::error file=posts/missing.txt::no such file" in github


# Line and column from code-point offsets ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "offset", "position"),
    [
        ("abc", 0, Position(1, 1)),
        ("abc", 3, Position(1, 4)),
        ("a\nb", 2, Position(2, 1)),
        ("a\r\nb", 3, Position(2, 1)),
        ("a\rb", 2, Position(2, 1)),
        ("🎉x\n👩‍💻y", 6, Position(2, 4)),
        ("\n\n\n", 3, Position(4, 1)),
        ("", 0, Position(1, 1)),
    ],
)
def test_line_and_column_count_code_points(text: str, offset: int, position: Position) -> None:
    assert LineIndex(text).position(offset) == position


def test_line_text_has_no_line_break() -> None:
    index = LineIndex("one\r\ntwo\rthree\n")
    assert [index.line(n) for n in (1, 2, 3, 4)] == ["one", "two", "three", ""]


def test_region_of_a_finding_spans_lines() -> None:
    text = "Shop\nnow"
    finding = Finding("sales-push", "SMM101", Severity.WARNING, "m", "h", 0, len(text))
    region = LineIndex(text).region(finding)
    assert (region.start, region.end) == (Position(1, 1), Position(2, 4))


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_region_ending_with_a_line_break_ends_on_the_line_it_closes(newline: str) -> None:
    text = f"Buy now!{newline}Last chance.{newline}"
    finding = Finding("missing-question", "SMM201", Severity.SUGGESTION, "m", "h", 0, len(text))
    region = LineIndex(text).region(finding)
    assert (region.start, region.end) == (Position(1, 1), Position(2, 13))


@pytest.mark.parametrize(
    ("line", "span", "shown", "marks"),
    [
        ("Shop now", (0, 4), "Shop now", "^^^^"),
        ("🎉 Shop", (2, 6), "🎉 Shop", "   ^^^^"),
        ("日本 BUY", (3, 6), "日本 BUY", "     ^^^"),
        ("\tBUY", (1, 4), "    BUY", "    ^^^"),
        ("a\u202eb BUY", (4, 7), "a\ufffdb BUY", "    ^^^"),
        ("café!", (3, 5), "café!", "   ^^"),
        ("cafe\u0301!", (3, 5), "cafe\u0301!", "   ^"),
        ("end", (3, 3), "end", "   ^"),
    ],
)
def test_underline_marks_by_display_width(
    line: str, span: tuple[int, int], shown: str, marks: str
) -> None:
    assert underline(line, [span]) == (shown, marks)
