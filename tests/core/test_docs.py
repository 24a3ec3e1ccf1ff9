"""The docs' commands and sample outputs, held to the program (issue 12: they had drifted).

Every ``smmlint check | rules | audit | serve`` command in a code block of the README and of
``docs/`` must parse with the program's own argument parser; the server's start-up lines, the
``smmlint rules`` header and every sample finding (its code and severity) must be what the
program prints.
"""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest

import smmlint
from smmlint.cli import build_parser

REPO = Path(__file__).resolve().parents[2]
DOCS = [REPO / "README.md", *sorted((REPO / "docs").glob("*.md"))]
_FENCE = re.compile(r"^ *```[^\n]*\n(.*?)^ *```", re.M | re.S)
_COMMAND = re.compile(r"(?:^|\$ |\| )\s*(smmlint (?:check|rules|audit|serve)(?=\s|$)[^\n]*)")
_PLACEHOLDER = re.compile(r"<[^<>\n]+>")
_SAMPLE_FINDING = re.compile(r":\d+:\d+: (SMM\d{3}) \[(suggestion|warning|error)\]")


def _blocks() -> list[tuple[str, str]]:
    return [
        (doc.relative_to(REPO).as_posix(), block.group(1))
        for doc in DOCS
        for block in _FENCE.finditer(doc.read_text(encoding="utf-8"))
    ]


def _commands() -> list[tuple[str, str]]:
    found = []
    for where, block in _blocks():
        for line in block.splitlines():
            for match in _COMMAND.finditer(line.strip()):
                command = re.split(r"\s+(?:#|\||>|&&|;)", match.group(1))[0]
                found.append((where, _PLACEHOLDER.sub("X", command)))
    return found


COMMANDS = _commands()


def test_the_docs_show_commands_of_every_kind() -> None:
    kinds = {command.split()[1] for _, command in COMMANDS}
    assert kinds == {"check", "rules", "audit", "serve"}


@pytest.mark.parametrize(("where", "command"), COMMANDS, ids=[c for _, c in COMMANDS])
def test_every_documented_command_parses(where: str, command: str) -> None:
    _, subcommand, *args = shlex.split(command)
    try:
        if subcommand == "serve":
            from server.__main__ import build_parser as serve_parser

            serve_parser().parse_args(args)
        else:
            build_parser().parse_args([subcommand, *args])
    except SystemExit as exc:
        pytest.fail(f"{where}: `{command}` is not a valid command line ({exc.code})")


def test_server_start_up_samples_are_what_it_prints() -> None:
    from server import create_app
    from server.__main__ import DEFAULT_HOST, DEFAULT_PORT, DEFAULT_THREADS, describe_access

    listening = (
        f"smmlint {smmlint.__version__} listening on http://{DEFAULT_HOST}:{DEFAULT_PORT} "
        f"(waitress, {DEFAULT_THREADS} threads)"
    )
    access = describe_access(create_app().extensions["smmlint"].security)
    samples = 0
    for where, block in _blocks():
        lines = [line.strip() for line in block.splitlines()]
        for i, line in enumerate(lines):
            if " listening on http" in line and line.startswith("smmlint "):
                samples += 1
                assert line == listening, where
                if i + 1 < len(lines) and lines[i + 1].startswith("allowed browser origins"):
                    assert lines[i + 1] == access, where
    assert samples >= 3


def test_rules_table_sample_has_the_programs_header(capsys: pytest.CaptureFixture[str]) -> None:
    from smmlint.cli import main

    main(["rules"])
    header = capsys.readouterr().out.splitlines()[0]
    for where, block in _blocks():
        for line in block.splitlines():
            if line.startswith("CODE "):
                assert line.split() == header.split(), where


def test_sample_findings_name_real_rules_at_their_severity() -> None:
    rules = {rule.code: rule for rule in smmlint.RULES}
    seen = 0
    for where, block in _blocks():
        for code, severity in _SAMPLE_FINDING.findall(block):
            seen += 1
            assert code in rules, f"{where}: {code} is no rule"
            assert rules[code].severity.value == severity, f"{where}: {code} is not {severity}"
    assert seen
