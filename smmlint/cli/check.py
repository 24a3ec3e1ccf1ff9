"""``smmlint check``: lint post files or standard input, print them in a chosen format,
and gate publishing with the exit code (0 passed, 1 failed the gate, 2 could not check)."""

from __future__ import annotations

import argparse
import sys

from smmlint.cli.errors import InputError
from smmlint.cli.inputs import STDIN, read_post
from smmlint.cli.options import LintSettings, add_command, add_lint_options, lint_settings
from smmlint.cli.output import tell_user, write_output
from smmlint.core.errors import RuleFailed, TextTooLong
from smmlint.core.model import Report, Severity
from smmlint.output import RENDERERS, STDIN_NAME, CheckedPost, InputProblem, Results
from smmlint.output.wording import counted
from smmlint.rules import RULES
from smmlint.score.gate import DEFAULT_FAIL_ON, DEFAULT_MIN_SCORE

PASSED, FAILED, NOT_CHECKED = 0, 1, 2

EXAMPLES = """\
  smmlint check post.txt --platform linkedin
  echo "BUY NOW!!!" | smmlint check --platform x
  smmlint check posts/*.md --format github --fail-on error
  smmlint check draft.html --format sarif --output smmlint.sarif
"""


def add_parser(commands: argparse._SubParsersAction) -> None:
    """Register ``check`` and its options."""
    parser = add_command(
        commands,
        "check",
        "lint post files or standard input",
        "Lint posts (one post per file, or standard input). Exit codes:\n"
        "  0  every post passed\n"
        "  1  a finding at or above --fail-on, or a score below --min-score\n"
        "  2  an input, option or configuration is wrong (the others are still checked)",
        EXAMPLES,
    )
    parser.add_argument("paths", nargs="*", metavar="PATH", help="post files; - or none: stdin")
    add_lint_options(parser)
    parser.add_argument(
        "--format",
        choices=tuple(RENDERERS),
        default="concise",
        help="concise: one line per finding; full: the text with the findings marked; json: "
        "one report per line; sarif: SARIF 2.1.0; github: Actions annotations "
        "(default: concise)",
    )
    parser.add_argument(
        "--fail-on",
        choices=[s.value for s in Severity],
        default=DEFAULT_FAIL_ON.value,
        help="fail (exit 1) on a finding this severe or worse "
        f"(default: {DEFAULT_FAIL_ON.value}, what the network refuses)",
    )
    parser.add_argument(
        "--min-score",
        type=_score,
        metavar="N",
        default=DEFAULT_MIN_SCORE,
        help=f"fail (exit 1) when a post scores below N, 0-100 (default: {DEFAULT_MIN_SCORE}, "
        "where the red band ends)",
    )
    parser.add_argument("--output", "-o", metavar="PATH", help="write to PATH, not stdout")
    parser.add_argument(
        "--stdin-filename",
        metavar="NAME",
        help="the name to report for standard input (its suffix picks --markup auto)",
    )
    parser.set_defaults(run=run)


def run(options: argparse.Namespace) -> int:
    """Check every input, print the results, and return the exit code."""
    settings = lint_settings(options)
    posts, problems = [], []
    for path in options.paths or [STDIN]:
        name = (options.stdin_filename or STDIN_NAME) if path == STDIN else path
        if path == STDIN and sys.stdin.isatty():
            tell_user("reading a post from the terminal; end it with Ctrl-D")
        try:
            posts.append(CheckedPost(name, _check(settings, path, name)))
        except InputError as exc:
            problems.append(InputProblem(name, str(exc)))
    results = Results(tuple(posts), tuple(problems), RULES)
    write_output(RENDERERS[options.format](results), options.output)
    reasons = gate(results, Severity(options.fail_on), options.min_score)
    for message in [*map(str, problems), *reasons]:
        tell_user(message)
    if problems:
        return NOT_CHECKED
    return FAILED if reasons else PASSED


def gate(results: Results, fail_on: Severity, min_score: int) -> list[str]:
    """Why the posts must not go out as they are; empty when they pass."""
    reasons = []
    for post in results.posts:
        blocking = post.report.at_or_above(fail_on)
        if blocking:
            findings = counted(len(blocking), "finding")
            reasons.append(f"{post.path}: {findings} at or above {fail_on}")
        if post.report.score < min_score:
            reasons.append(
                f"{post.path}: score {post.report.score} is below --min-score {min_score}"
            )
    return reasons


def _check(settings: LintSettings, path: str, name: str) -> Report:
    text = read_post(path)
    try:
        return settings.lint(text, name)
    except TextTooLong as exc:
        raise InputError(str(exc)) from None
    except RuleFailed as exc:
        raise InputError(f"{exc}; this is a bug in smmlint, please report it") from None


def _score(value: str) -> int:
    try:
        score = int(value)
    except ValueError:
        score = -1
    if not 0 <= score <= 100:
        raise argparse.ArgumentTypeError(f"{value!r} is not a score from 0 to 100")
    return score
