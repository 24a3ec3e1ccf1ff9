"""User configuration: which rules run, how severe they are, their thresholds, per platform.

Read from ``[tool.smmlint]`` in ``pyproject.toml`` or from ``smmlint.toml`` (top level)::

    select = ["SMM1", "missing-question"]   # codes, code prefixes or names; empty = all
    ignore = ["emoji-wall"]
    allow = ["Sale Street"]                 # phrases never flagged (brand names...)

    [rules.sales-push]                      # per rule, by code or name
    severity = "error"
    extra_phrases = ["grab yours"]

    [platforms.mastodon]                    # per platform
    max_length = 1000                       # this instance's limit
    ignore = ["hashtag-stuffing"]
    [platforms.x.rules.sales-push]
    severity = "suggestion"
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, NamedTuple

from smmlint.core.model import Severity
from smmlint.core.registry import Rule, registered_rules

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

CONFIG_FILES = ("smmlint.toml", "pyproject.toml")
_PLATFORM_FIELDS = {"max_length": int, "fold_at": int, "hashtag_norm": int, "hashtag_limit": int}
# The largest count an option or platform number may hold: past any draft's length.
MAX_COUNT = 1_000_000


class ConfigError(ValueError):
    """Invalid configuration; the message names the key and the file."""


@dataclass(frozen=True)
class RuleSettings:
    """One rule's configured severity and option values."""

    severity: Severity | None = None
    options: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class PlatformSettings:
    """Overrides that apply on one platform only."""

    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    limits: Mapping[str, int] = field(default_factory=dict)
    rules: Mapping[str, RuleSettings] = field(default_factory=dict)


class PlannedRule(NamedTuple):
    """A rule as one platform runs it: its resolved severity and option values."""

    rule: Rule
    severity: Severity
    options: Mapping[str, Any]


@dataclass(frozen=True)
class Config:
    """Which rules run and how; the default runs every rule with its own defaults."""

    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    allow: tuple[str, ...] = ()
    rules: Mapping[str, RuleSettings] = field(default_factory=dict)
    platforms: Mapping[str, PlatformSettings] = field(default_factory=dict)
    source: str = "<config>"

    def __post_init__(self) -> None:
        for selector in (*self.select, *self.ignore):
            if not any(_matches(selector, r) for r in registered_rules()):
                raise ConfigError(f"{self.source}: unknown rule selector {selector!r}")

    # Loading -----------------------------------------------------------------------------

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], source: str = "<config>") -> Config:
        """Build a config from parsed TOML; ``ConfigError`` names the offending key."""
        _check_keys(data, {"select", "ignore", "allow", "rules", "platforms"}, "", source)
        platforms = {}
        for name, table in _table(data, "platforms", source).items():
            platforms[_platform_name(name, source)] = _platform_settings(table, name, source)
        return cls(
            select=_strings(data, "select", "", source),
            ignore=_strings(data, "ignore", "", source),
            allow=_strings(data, "allow", "", source),
            rules=_rule_table(_table(data, "rules", source), "rules.", source),
            platforms=platforms,
            source=source,
        )

    @classmethod
    def load(cls, path: str | Path) -> Config:
        """Read ``smmlint.toml`` or the ``[tool.smmlint]`` table of a ``pyproject.toml``."""
        path = Path(path)
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError) as exc:
            raise ConfigError(
                f"{path}: cannot read configuration ({exc.__class__.__name__})"
            ) from None
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"{path}: invalid TOML: {exc}") from None
        if path.name == "pyproject.toml":
            data = data.get("tool", {}).get("smmlint", {})
        return cls.from_dict(data, source=str(path))

    @classmethod
    def discover(cls, start: str | Path = ".") -> Config:
        """Search ``start`` and its parents for a configuration; the default if none."""
        found = find_config_file(start)
        return cls.load(found) if found else cls()

    # Resolution --------------------------------------------------------------------------

    def plan(self, platform: str) -> tuple[PlannedRule, ...]:
        """The rules to run on ``platform`` with their resolved severity and options.

        Resolved once per config and platform: ``lint`` runs on every keystroke.
        """
        cache: dict[str, tuple[PlannedRule, ...]] = self.__dict__.setdefault("_plans", {})
        if platform not in cache:
            cache[platform] = tuple(
                PlannedRule(
                    r,
                    self.severity_for(r, platform),
                    {**r.options, **self.options_for(r, platform)},
                )
                for r in self.active_rules(platform)
            )
        return cache[platform]

    def active_rules(self, platform: str) -> tuple[Rule, ...]:
        """The rules that run on ``platform`` after select and ignore."""
        scoped = self.platforms.get(platform, PlatformSettings())
        select = scoped.select or self.select
        ignore = (*self.ignore, *scoped.ignore)
        return tuple(
            r
            for r in registered_rules()
            if (not select or any(_matches(s, r) for s in select))
            and not any(_matches(s, r) for s in ignore)
        )

    def severity_for(self, rule: Rule, platform: str) -> Severity:
        """The rule's severity after global and per-platform overrides."""
        severity = rule.severity
        for settings in self._settings_for(rule, platform):
            severity = settings.severity or severity
        return severity

    def options_for(self, rule: Rule, platform: str) -> dict[str, Any]:
        """The rule's option values after global and per-platform overrides."""
        merged: dict[str, Any] = {}
        for settings in self._settings_for(rule, platform):
            merged.update(settings.options)
        return merged

    def platform_limits(self, platform: str) -> Mapping[str, int]:
        """Overridden platform numbers (``max_length``, ``fold_at``...)."""
        scoped = self.platforms.get(platform)  # asked on every lint: no default built
        return scoped.limits if scoped is not None else {}

    def _settings_for(self, rule: Rule, platform: str) -> Iterable[RuleSettings]:
        scoped = self.platforms.get(platform, PlatformSettings())
        for table in (self.rules, scoped.rules):
            for key in (rule.name, rule.code):
                if key in table:
                    yield table[key]


def find_config_file(start: str | Path = ".") -> Path | None:
    """The nearest ``smmlint.toml``, or ``pyproject.toml`` with ``[tool.smmlint]``."""
    here = Path(start).resolve()
    for folder in (here, *here.parents):
        for name in CONFIG_FILES:
            candidate = folder / name
            if candidate.is_file() and (name != "pyproject.toml" or _has_tool_table(candidate)):
                return candidate
    return None


def with_platform_limits(platform: Any, limits: Mapping[str, int]) -> Any:
    """A copy of a platform profile with configured numbers replacing the published ones."""
    return replace(platform, **limits) if limits else platform


def _has_tool_table(path: Path) -> bool:
    try:
        return "smmlint" in tomllib.loads(path.read_text(encoding="utf-8")).get("tool", {})
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return False


def _matches(selector: str, rule: Rule) -> bool:
    selector = selector.strip()
    return selector == rule.name or (
        selector.upper().startswith("SMM") and rule.code.startswith(selector.upper())
    )


def _find_rule(key: str, source: str, where: str) -> Rule:
    for r in registered_rules():
        if key in (r.code, r.name):
            return r
    raise ConfigError(f"{source}: unknown rule '{where}{key}'")


def _rule_table(table: Mapping[str, Any], where: str, source: str) -> dict[str, RuleSettings]:
    settings = {}
    for key, values in table.items():
        r = _find_rule(key, source, where)
        path = f"{where}{key}"
        if not isinstance(values, Mapping):
            raise ConfigError(f"{source}: {path} must be a table")
        _check_keys(values, {"severity", *r.options}, path + ".", source)
        severity = None
        if "severity" in values:
            try:
                severity = Severity.parse(values["severity"])
            except ValueError as exc:
                raise ConfigError(f"{source}: {path}.severity: {exc}") from None
        options = {}
        for name, value in values.items():
            if name != "severity":
                options[name] = _typed_option(value, r.options[name], f"{path}.{name}", source)
        settings[key] = RuleSettings(severity, options)
    return settings


def _typed_option(value: Any, default: Any, path: str, source: str) -> Any:
    """``value`` checked against the option's default: its type, and its range."""
    name = path.rsplit(".", 1)[-1]
    if isinstance(default, bool):
        ok = isinstance(value, bool)
    elif isinstance(default, int) and name not in _OPTION_RANGES:  # a count: a whole number
        ok = isinstance(value, int) and not isinstance(value, bool)
    elif isinstance(default, (int, float)):
        ok = isinstance(value, (int, float)) and not isinstance(value, bool)
    elif isinstance(default, (list, tuple)):
        ok = isinstance(value, list) and all(isinstance(v, str) for v in value)
        value = tuple(value) if ok else value
    else:
        ok = isinstance(value, type(default))
    if not ok:
        kind = "a whole number" if type(default) is int else f"of type {type(default).__name__}"
        raise ConfigError(f"{source}: {path} must be {kind}")
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        low, high = _OPTION_RANGES.get(name, (0, MAX_COUNT))
        if not (low <= value <= high):
            raise ConfigError(f"{source}: {path} must be between {low} and {high}")
    return value


# Option ranges by name, where they are not "a whole count from 0 to MAX_COUNT": a share of
# the words, a VADER compound score, a Flesch reading ease (these take fractions too).
_OPTION_RANGES: dict[str, tuple[float, float]] = {
    "min_share": (0.0, 1.0),
    "min_reading_ease": (-100, 121),
}


def _platform_settings(table: Any, name: str, source: str) -> PlatformSettings:
    where = f"platforms.{name}"
    if not isinstance(table, Mapping):
        raise ConfigError(f"{source}: {where} must be a table")
    _check_keys(table, {"select", "ignore", "rules", *_PLATFORM_FIELDS}, where + ".", source)
    limits = {}
    for key in _PLATFORM_FIELDS:
        if key in table:
            value = table[key]
            if not isinstance(value, int) or isinstance(value, bool) or not 0 < value <= MAX_COUNT:
                raise ConfigError(
                    f"{source}: {where}.{key} must be a whole number from 1 to {MAX_COUNT:,}"
                )
            limits[key] = value
    return PlatformSettings(
        select=_strings(table, "select", where + ".", source),
        ignore=_strings(table, "ignore", where + ".", source),
        limits=limits,
        rules=_rule_table(_table(table, "rules", source, where + "."), where + ".rules.", source),
    )


def _platform_name(name: str, source: str) -> str:
    from smmlint.platforms import get_platform

    try:
        return get_platform(name).name
    except ValueError as exc:
        raise ConfigError(f"{source}: platforms.{name}: {exc}") from None


def _check_keys(data: Mapping[str, Any], allowed: set[str], where: str, source: str) -> None:
    for key in data:
        if key not in allowed:
            valid = ", ".join(sorted(allowed))
            raise ConfigError(f"{source}: unknown key '{where}{key}' (valid: {valid})")


def _table(data: Mapping[str, Any], key: str, source: str, where: str = "") -> Mapping[str, Any]:
    value = data.get(key, {})
    if not isinstance(value, Mapping):
        raise ConfigError(f"{source}: {where}{key} must be a table")
    return value


def _strings(data: Mapping[str, Any], key: str, where: str, source: str) -> tuple[str, ...]:
    value = data.get(key, [])
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{source}: {where}{key} must be a list of strings")
    return tuple(value)
