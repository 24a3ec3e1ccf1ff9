"""``smmlint rules``: the table of every rule, and ``--explain`` for one rule's docs with
its tested examples."""

from __future__ import annotations

import argparse
import difflib
import json
import shutil
import sys
from typing import Any

from smmlint.cli.errors import CliError
from smmlint.cli.options import add_command, add_platform_option, chosen_platform, load_config
from smmlint.cli.output import write_output
from smmlint.core.config import Config
from smmlint.core.registry import Rule
from smmlint.output.explain import explain
from smmlint.platforms import PLATFORMS
from smmlint.rules import RULES

COLUMNS = ("code", "name", "severity", "platforms", "summary")


def add_parser(commands: argparse._SubParsersAction) -> None:
    """Register ``rules`` and its options."""
    parser = add_command(
        commands,
        "rules",
        "list the rules, or explain one",
        "List every rule (severity and platforms as configured), or print one\n"
        "rule's documentation with the examples it is tested on.",
        "  smmlint rules\n  smmlint rules --platform x --config smmlint.toml\n"
        "  smmlint rules --explain SMM101\n  smmlint rules --explain sales-push",
    )
    parser.add_argument("--explain", metavar="RULE", help="a rule's code or name")
    parser.add_argument(
        "--format", choices=("table", "json"), default="table", help="(default: table)"
    )
    parser.add_argument("--config", metavar="PATH", help="the configuration to apply")
    add_platform_option(parser, "whose configured severities to show")
    parser.set_defaults(run=run)


def run(options: argparse.Namespace) -> int:
    """Print the table, or the explanation of one rule."""
    config, platform = load_config(options), chosen_platform(options)
    if options.explain:
        rule = find_rule(options.explain)
        if options.format == "json":
            row = _row(rule, config, platform)
            write_output(json.dumps(row | {"docs": explain(rule)}) + "\n")
        else:
            write_output(explain(rule))
        return 0
    rows = [_row(rule, config, platform) for rule in RULES]
    if options.format == "json":
        write_output(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
    else:
        write_output(table(rows, _terminal_width()))
    return 0


def find_rule(key: str) -> Rule:
    """The rule with code or name ``key``; ``CliError`` suggesting close matches."""
    for rule in RULES:
        if key.strip().upper() == rule.code or key.strip().lower() == rule.name:
            return rule
    names = [r.name for r in RULES] + [r.code for r in RULES]
    close = difflib.get_close_matches(key, names, n=3)
    hint = f"; did you mean {' or '.join(close)}?" if close else ""
    raise CliError(f"unknown rule {key!r}{hint} (smmlint rules lists them all)")


def table(rows: list[dict[str, Any]], width: int | None = None) -> str:
    """Rows as aligned columns; with ``width``, summaries are cut to fit it.

    The PLATFORMS column shows only when the configuration turns a rule off somewhere:
    otherwise it would say ``all`` on every row.
    """
    scoped = any(len(row["platforms"]) != len(PLATFORMS) for row in rows)
    columns = COLUMNS if scoped else tuple(c for c in COLUMNS if c != "platforms")
    header = {column: column.upper() for column in columns}
    cells = [header, *({**row, "platforms": _platforms_cell(row["platforms"])} for row in rows)]
    widths = {c: max(len(row[c]) for row in cells) for c in columns[:-1]}
    lines = []
    for row in cells:
        line = "  ".join(row[c].ljust(widths[c]) for c in columns[:-1]) + "  " + row["summary"]
        if width and len(line) > width:
            line = line[: width - 1] + "…"
        lines.append(line.rstrip())
    return "".join(line + "\n" for line in lines)


def _row(rule: Rule, config: Config, platform: str) -> dict[str, Any]:
    return {
        "code": rule.code,
        "name": rule.name,
        "severity": config.severity_for(rule, platform).value,
        "category": rule.category,
        "platforms": [p for p in PLATFORMS if rule in config.active_rules(p)],
        "summary": rule.summary,
    }


def _platforms_cell(platforms: list[str]) -> str:
    """``all``, or the platforms where the configuration leaves the rule on."""
    return "all" if len(platforms) == len(PLATFORMS) else ",".join(platforms) or "none"


def _terminal_width() -> int | None:
    return shutil.get_terminal_size().columns if sys.stdout.isatty() else None
