"""Options shared by ``check`` and ``audit``: platform, configuration, rule selection,
markup and media, resolved once into ``LintSettings``."""

from __future__ import annotations

import argparse
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from smmlint.cli.errors import CliError, InputError
from smmlint.core.config import Config, ConfigError
from smmlint.core.engine import lint
from smmlint.core.model import Report
from smmlint.platforms import PLATFORMS, get_platform
from smmlint.read.markup import MARKUPS, visible_text

AUTO = "auto"
_MARKUP_NAMES = {"html": "HTML", "markdown": "Markdown"}
# File suffixes that say how a post is written, for ``--markup auto``.
MARKUP_BY_SUFFIX = {
    ".md": "markdown",
    ".markdown": "markdown",
    ".mdown": "markdown",
    ".mkd": "markdown",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
}


@dataclass(frozen=True)
class LintSettings:
    """How every post of one run is linted."""

    platform: str
    config: Config
    markup: str = AUTO
    has_media: bool | None = None

    def markup_for(self, name: str) -> str:
        """The markup of a post called ``name`` (its suffix decides under ``auto``)."""
        if self.markup != AUTO:
            return self.markup
        if not name:  # an archive's row: plain text, without building a path per row
            return "text"
        return MARKUP_BY_SUFFIX.get(Path(name).suffix.lower(), "text")

    def lint(self, text: str, name: str = "", platform: str | None = None) -> Report:
        """Lint one post with these settings (``platform`` overrides the default).

        ``InputError`` when HTML or Markdown shows a reader nothing: an empty post must not
        pass a gate just because its markup is not empty.
        """
        markup = self.markup_for(name)
        if markup != "text" and not visible_text(text, markup).text.strip():
            raise InputError(f"empty: the {_MARKUP_NAMES[markup]} shows a reader no text")
        return lint(
            text,
            platform or self.platform,
            config=self.config,
            has_media=self.has_media,
            markup=markup,
        )


def add_command(
    commands: argparse._SubParsersAction, name: str, summary: str, description: str, examples: str
) -> argparse.ArgumentParser:
    """A subcommand whose description and examples keep their line breaks in ``--help``."""
    return commands.add_parser(
        name,
        help=summary,
        description=description,
        epilog="examples:\n" + examples,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )


def add_platform_option(parser: argparse.ArgumentParser, purpose: str) -> None:
    """``--platform NAME`` (default generic); ``purpose`` completes "the network ..."."""
    names = ", ".join(sorted(PLATFORMS))
    parser.add_argument(
        "--platform",
        default="generic",
        metavar="NAME",
        help=f"the network {purpose}: {names} (default: generic)",
    )


def chosen_platform(options: argparse.Namespace) -> str:
    """The canonical name of ``--platform``; ``CliError`` listing the valid ones."""
    try:
        return get_platform(options.platform).name
    except ValueError as exc:
        raise CliError(str(exc)) from None


def add_lint_options(parser: argparse.ArgumentParser) -> None:
    """The options that say how posts are linted."""
    add_platform_option(parser, "the post is for")
    parser.add_argument(
        "--config",
        metavar="PATH",
        help="a smmlint.toml or pyproject.toml ([tool.smmlint]); by default the nearest "
        "one in the current directory or its parents",
    )
    parser.add_argument(
        "--select",
        action="append",
        default=[],
        metavar="RULES",
        help="run only these rules: codes, code prefixes or names, comma-separated "
        "(replaces the configuration's select)",
    )
    parser.add_argument(
        "--ignore",
        action="append",
        default=[],
        metavar="RULES",
        help="do not run these rules (adds to the configuration's ignore)",
    )
    parser.add_argument(
        "--markup",
        choices=(AUTO, *MARKUPS),
        default=AUTO,
        help="how posts are written; auto: .md as markdown, .html as html, else text. "
        "Markup is stripped and findings point into the source (default: auto)",
    )
    media = parser.add_mutually_exclusive_group()
    media.add_argument(
        "--has-media",
        dest="has_media",
        action="store_const",
        const=True,
        default=None,
        help="the post goes out with an image or video",
    )
    media.add_argument(
        "--no-media",
        dest="has_media",
        action="store_const",
        const=False,
        help="the post has no image or video (enables the no-visual suggestion)",
    )


def lint_settings(options: argparse.Namespace) -> LintSettings:
    """Resolve the lint options; ``CliError`` for a bad platform or configuration."""
    platform = chosen_platform(options)
    return LintSettings(platform, load_config(options), options.markup, options.has_media)


def load_config(options: argparse.Namespace) -> Config:
    """The configuration from ``--config`` or discovery, with ``--select``/``--ignore``."""
    try:
        config = Config.load(options.config) if options.config else Config.discover(Path.cwd())
        select = _selectors(getattr(options, "select", []))
        ignore = _selectors(getattr(options, "ignore", []))
        if select or ignore:
            config = replace(
                config,
                select=select or config.select,
                ignore=(*config.ignore, *ignore),
                source="command line (--select/--ignore)",
            )
    except ConfigError as exc:
        raise CliError(str(exc)) from None
    return config


def _selectors(values: list[Any]) -> tuple[str, ...]:
    return tuple(part.strip() for value in values for part in value.split(",") if part.strip())
