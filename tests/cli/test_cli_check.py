"""``smmlint check``: formats, the exit-code gate, stdin, configuration and markup.

Every run selects ``sales-push`` so that the tests do not depend on which other rules exist,
and gates on warnings (``--fail-on warning``) so that one finding fails it; the default gate
(only a red post fails) is tested in ``test_exit_code_follows_the_gate`` and
``tests/core/test_gate_defaults.py``.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_support import Run, run_in_process, run_subprocess, sales_report

from smmlint.cli import build_parser
from smmlint.cli.options import lint_settings

SALES = ("--select", "sales-push", "--fail-on", "warning")
PUSHY = "Our spring range is live. Shop now, 20% off!\n"  # pure sales copy: red
OFFER = "Our spring range is live, 20% off. Which colour would you pick?\n"  # amber
CALM = "Our spring range is live. Which colour would you pick?\n"


def check(capsys: pytest.CaptureFixture[str], *argv: str) -> Run:
    return run_in_process(capsys, "check", *SALES, *argv)


@pytest.fixture
def posts(in_tmp: Path) -> Path:
    (in_tmp / "pushy.txt").write_text(PUSHY, encoding="utf-8")
    (in_tmp / "offer.txt").write_text(OFFER, encoding="utf-8")
    (in_tmp / "calm.txt").write_text(CALM, encoding="utf-8")
    return in_tmp


# Formats ------------------------------------------------------------------------------


def test_concise_is_one_line_per_finding_then_the_score(
    posts: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run = check(capsys, "pushy.txt", "calm.txt")
    report = sales_report(PUSHY)
    shop, off = report.findings
    assert (PUSHY[shop.start : shop.end], PUSHY[off.start : off.end]) == ("Shop now", "20% off")
    assert run.out.splitlines() == [
        f"pushy.txt:1:27: SMM101 [warning] {shop.message}",
        f"pushy.txt:1:37: SMM101 [warning] {off.message}",
        f"pushy.txt: score {report.score}/100 ({report.band}), 2 findings",
        f"calm.txt: score {sales_report(CALM).score}/100 (green), 0 findings",
    ]
    assert run.err == (
        "smmlint: pushy.txt: 2 findings at or above warning\n"
        f"smmlint: pushy.txt: score {report.score} is below --min-score 50\n"
    )
    assert run.code == 1


def test_full_marks_the_span_under_the_text_with_the_hint(
    posts: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (posts / "emoji.txt").write_text("🎉🎉 Big day!\n日本 Shop now", encoding="utf-8")
    out = check(capsys, "emoji.txt", "--format", "full").out
    (shop,) = sales_report("🎉🎉 Big day!\n日本 Shop now").findings
    assert (
        f"emoji.txt:2:4: SMM101 [warning] {shop.message}\n"
        "  |\n"
        "2 | 日本 Shop now\n"
        "  |      ^^^^^^^^ sales-push\n"
        f"  = hint: {shop.hint}\n"
    ) in out


def test_json_is_the_wire_report_per_line(posts: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run = check(capsys, "pushy.txt", "calm.txt", "--format", "json")
    first, second = (json.loads(line) for line in run.out.splitlines())
    assert first["path"] == "pushy.txt" and second["path"] == "calm.txt"
    assert [PUSHY[f["start"] : f["end"]] for f in first["findings"]] == ["Shop now", "20% off"]
    assert {"smmlint_version", "platform", "score", "band", "penalties", "metrics"} <= set(first)
    assert second["findings"] == []


def test_github_annotations(posts: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = check(capsys, "pushy.txt", "--format", "github").out
    shop = sales_report(PUSHY).findings[0]
    assert out.startswith(
        "::warning file=pushy.txt,line=1,col=27,endColumn=35,title=SMM101 sales-push::"
        f"{shop.message}%0AHint: "
    )


def test_output_goes_to_a_file(posts: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run = check(capsys, "pushy.txt", "--format", "sarif", "--output", "out.sarif")
    assert run.out == ""
    assert json.loads((posts / "out.sarif").read_text(encoding="utf-8"))["version"] == "2.1.0"


# The gate and its exit codes ----------------------------------------------------------


PUSHY_SCORE = str(sales_report(PUSHY).score)
ABOVE_PUSHY_SCORE = str(sales_report(PUSHY).score + 1)
CALM_SCORE = str(sales_report(CALM).score)
ABOVE_CALM_SCORE = str(sales_report(CALM).score + 1)


@pytest.mark.parametrize(
    ("argv", "code"),
    [
        (("calm.txt",), 0),
        (("pushy.txt",), 1),
        (("pushy.txt", "--fail-on", "error"), 1),  # red: below the default minimum score
        (("pushy.txt", "--fail-on", "error", "--min-score", "0"), 0),
        (("offer.txt", "--fail-on", "error"), 0),  # amber passes the default minimum
        (("pushy.txt", "--fail-on", "suggestion"), 1),
        (("pushy.txt", "--fail-on", "error", "--min-score", PUSHY_SCORE), 0),
        (("pushy.txt", "--fail-on", "error", "--min-score", ABOVE_PUSHY_SCORE), 1),
        (("calm.txt", "--min-score", CALM_SCORE), 0),
        (("calm.txt", "--min-score", ABOVE_CALM_SCORE), 1),
        (("calm.txt", "pushy.txt"), 1),
    ],
)
def test_exit_code_follows_the_gate(
    posts: Path, capsys: pytest.CaptureFixture[str], argv: tuple[str, ...], code: int
) -> None:
    assert check(capsys, *argv).code == code


def test_default_gate_fails_only_red_posts(posts: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Without --fail-on and --min-score, an amber post passes and a red one fails: an offer
    beside a question is amber, sales copy and nothing else is red."""
    assert sales_report(OFFER).band == "amber"
    assert run_in_process(capsys, "check", "--select", "sales-push", "offer.txt").code == 0
    assert sales_report(PUSHY).band == "red"
    assert run_in_process(capsys, "check", "--select", "sales-push", "pushy.txt").code == 1


def test_min_score_failure_names_the_post_and_the_score(
    posts: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run = check(capsys, "pushy.txt", "--fail-on", "error", "--min-score", ABOVE_PUSHY_SCORE)
    expected = f"score {PUSHY_SCORE} is below --min-score {ABOVE_PUSHY_SCORE}"
    assert run.err == f"smmlint: pushy.txt: {expected}\n"


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (("--platform", "myspace", "calm.txt"), "unknown platform 'myspace'"),
        (("--select", "no-such-rule", "calm.txt"), "unknown rule selector 'no-such-rule'"),
        (("--ignore", "SMM999", "calm.txt"), "unknown rule selector 'SMM999'"),
        (("--min-score", "101", "calm.txt"), "'101' is not a score from 0 to 100"),
        (("--fail-on", "fatal", "calm.txt"), "invalid choice: 'fatal'"),
        (("--format", "xml", "calm.txt"), "invalid choice: 'xml'"),
        (("--markup", "rtf", "calm.txt"), "invalid choice: 'rtf'"),
        (("--config", "nowhere.toml", "calm.txt"), "nowhere.toml: cannot read configuration"),
        (("--no-such-option",), "unrecognized arguments: --no-such-option"),
    ],
)
def test_usage_errors_exit_2_with_a_message(
    posts: Path, capsys: pytest.CaptureFixture[str], argv: tuple[str, ...], message: str
) -> None:
    run = check(capsys, *argv)
    assert run.code == 2
    assert message in run.err
    assert run.out == ""


def test_no_command_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    run = run_in_process(capsys)
    assert run.code == 2
    assert "required: COMMAND" in run.err


def test_help_and_version_exit_0(capsys: pytest.CaptureFixture[str]) -> None:
    assert run_in_process(capsys, "--help").code == 0
    assert run_in_process(capsys, "check", "--help").code == 0
    version = run_in_process(capsys, "--version")
    assert version.code == 0 and version.out.startswith("smmlint ")


# Standard input -----------------------------------------------------------------------


@pytest.mark.parametrize("path", [(), ("-",)])
def test_reads_standard_input_with_dash_or_no_path(in_tmp: Path, path: tuple[str, ...]) -> None:
    run = run_subprocess("check", *SALES, *path, cwd=in_tmp, stdin=PUSHY.encode())
    assert run.out.splitlines()[0].startswith("<stdin>:1:27: SMM101 [warning]")
    assert run.code == 1


def test_stdin_filename_names_it_and_picks_the_markup(in_tmp: Path) -> None:
    source = "Our range is **live**. _Shop now_!"
    run = run_subprocess(
        "check", *SALES, "--stdin-filename", "post.md", "--format", "json",
        cwd=in_tmp, stdin=source.encode(),
    )  # fmt: skip
    report = json.loads(run.out)
    assert report["path"] == "post.md"
    assert [source[f["start"] : f["end"]] for f in report["findings"]] == ["Shop now"]


def test_python_dash_m_smmlint_works_like_smmlint(posts: Path) -> None:
    run = run_subprocess("check", *SALES, "calm.txt", "pushy.txt", cwd=posts)
    assert run.code == 1
    assert "pushy.txt:1:27: SMM101" in run.out


# Configuration ------------------------------------------------------------------------


def test_configuration_is_discovered_upward(
    posts: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (posts / "smmlint.toml").write_text('allow = ["Shop now"]\n', encoding="utf-8")
    sub = posts / "drafts"
    sub.mkdir()
    (sub / "post.txt").write_text(PUSHY, encoding="utf-8")
    run = check(capsys, "drafts/post.txt", "--format", "json")
    findings = json.loads(run.out)["findings"]
    assert [PUSHY[f["start"] : f["end"]] for f in findings] == ["20% off"]


def test_pyproject_tool_table_is_read(posts: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (posts / "pyproject.toml").write_text(
        '[project]\nname = "x"\n\n[tool.smmlint.rules.sales-push]\nseverity = "error"\n',
        encoding="utf-8",
    )
    assert "SMM101 [error]" in check(capsys, "pushy.txt").out


def test_explicit_config_wins_over_discovery(
    posts: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (posts / "smmlint.toml").write_text('select = ["SMM201"]\n', encoding="utf-8")
    strict_toml = 'select = ["sales-push"]\n[rules.sales-push]\nseverity = "error"\n'
    (posts / "strict.toml").write_text(strict_toml, encoding="utf-8")
    discovered = run_in_process(capsys, "check", "pushy.txt", "--fail-on", "error")
    assert "SMM101" not in discovered.out and discovered.code == 0
    strict = run_in_process(capsys, "check", "pushy.txt", "--config", "strict.toml")
    assert "SMM101 [error]" in strict.out and strict.code == 1


def test_command_line_select_replaces_the_configured_one(
    posts: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (posts / "smmlint.toml").write_text('ignore = ["sales-push"]\n', encoding="utf-8")
    assert check(capsys, "pushy.txt").code == 0  # ignore still applies to the selection
    assert check(capsys, "pushy.txt", "--ignore", "SMM1").out.count("SMM101") == 0


def test_invalid_configuration_names_the_key_and_the_file(
    posts: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (posts / "smmlint.toml").write_text('[rules.sales-push]\nseverity = "loud"\n', encoding="utf-8")
    run = check(capsys, "calm.txt")
    assert run.code == 2
    assert "smmlint.toml" in run.err and "rules.sales-push.severity" in run.err


# Markup ---------------------------------------------------------------------------------


def test_markup_follows_the_file_suffix(in_tmp: Path, capsys: pytest.CaptureFixture[str]) -> None:
    html = "<p>Our range is <b>live</b>. <em>Shop&nbsp;now</em>!</p>"
    markdown = "Our range is **live**. [Shop now](https://shop.example/buy-now)!"
    (in_tmp / "post.html").write_text(html, encoding="utf-8")
    (in_tmp / "post.md").write_text(markdown, encoding="utf-8")
    run = check(capsys, "post.html", "post.md", "--format", "json")
    html_report, markdown_report = (json.loads(line) for line in run.out.splitlines())
    assert [html[f["start"] : f["end"]] for f in html_report["findings"]] == ["Shop&nbsp;now"]
    assert [markdown[f["start"] : f["end"]] for f in markdown_report["findings"]] == ["Shop now"]


def test_markup_option_overrides_the_suffix(
    in_tmp: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Unquoted: sales-push leaves quoted words alone as someone else's.
    (in_tmp / "post.txt").write_text("<a title=Buy now>our notes</a>", encoding="utf-8")
    assert "post.txt:1:10: SMM101" in check(capsys, "post.txt").out
    assert check(capsys, "post.txt", "--markup", "html").code == 0


def test_a_terminal_that_cannot_show_emoji_gets_escapes(in_tmp: Path) -> None:
    (in_tmp / "post.txt").write_text("🎉 Shop now", encoding="utf-8")
    env = {"PYTHONIOENCODING": "ascii"}
    run = run_subprocess("check", *SALES, "post.txt", "--format", "full", cwd=in_tmp, env=env)
    assert run.code == 1
    assert "1 | \\U0001f389 Shop now" in run.out


@pytest.mark.parametrize(
    ("argv", "has_media"), [((), None), (("--has-media",), True), (("--no-media",), False)]
)
def test_media_options_reach_the_linter(
    in_tmp: Path, argv: tuple[str, ...], has_media: bool | None
) -> None:
    options = build_parser().parse_args(["check", *argv])
    assert lint_settings(options).has_media is has_media


def test_media_options_exclude_each_other(in_tmp: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run = check(capsys, "--has-media", "--no-media")
    assert run.code == 2 and "not allowed with argument" in run.err
