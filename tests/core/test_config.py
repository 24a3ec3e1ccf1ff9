"""Configuration: select/ignore, severities, options, allow-lists, files and their errors."""

from __future__ import annotations

from pathlib import Path

import pytest

import smmlint
from smmlint import Config, ConfigError

BRAND = "Visit Sale Street this weekend. Shop now."


def _rules(report: smmlint.Report) -> set[str]:
    return {f.rule for f in report.findings}


def test_select_by_code_prefix_and_name() -> None:
    for selector in ("SMM101", "SMM1", "sales-push", "smm10"):
        assert _rules(smmlint.lint(BRAND, config=Config(select=(selector,)))) == {"sales-push"}


def test_ignore_wins_over_select() -> None:
    config = Config(select=("SMM1",), ignore=("sales-push",))
    assert not smmlint.lint(BRAND, config=config).findings


def test_unknown_selector_is_an_error_naming_it() -> None:
    with pytest.raises(ConfigError, match="SMM999"):
        Config(select=("SMM999",))


def test_allowed_brand_name_does_not_trip_sales_push() -> None:
    config = Config.from_dict({"select": ["sales-push"], "allow": ["Visit Sale Street"]})
    spans = [BRAND[f.start : f.end] for f in smmlint.lint(BRAND, config=config).findings]
    assert spans == ["Shop now"]


def test_extra_phrases_and_severity_override() -> None:
    config = Config.from_dict(
        {
            "select": ["SMM101"],
            "rules": {"sales-push": {"severity": "error", "extra_phrases": ["grab {yours|one}"]}},
        }
    )
    report = smmlint.lint("Grab one before Friday.", config=config)
    assert [(f.start, f.end, f.severity) for f in report.findings] == [(0, 8, "error")]


def test_per_platform_override_applies_only_there() -> None:
    config = Config.from_dict(
        {
            "select": ["SMM101"],
            "platforms": {"twitter": {"rules": {"SMM101": {"severity": "error"}}}},
        }
    )
    assert smmlint.lint(BRAND, "x", config=config).findings[0].severity == "error"
    assert smmlint.lint(BRAND, "generic", config=config).findings[0].severity == "warning"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"selct": ["SMM1"]}, "unknown key 'selct'"),
        ({"select": "SMM1", "ignore": [3]}, "ignore must be a list of strings"),
        ({"rules": {"sales-push": {"severity": "loud"}}}, r"rules\.sales-push\.severity"),
        ({"rules": {"sales-push": {"extra_phrases": "grab"}}}, r"rules\.sales-push\.extra_phrases"),
        ({"rules": {"sales-push": {"colour": 1}}}, "unknown key 'rules.sales-push.colour'"),
        ({"rules": {"no-such-rule": {}}}, "unknown rule 'rules.no-such-rule'"),
        ({"platforms": {"myspace": {}}}, "platforms.myspace"),
        ({"platforms": {"x": {"max_length": -5}}}, "max_length must be a whole number from 1"),
        ({"platforms": {"x": {"fold_at": 10**12}}}, "fold_at must be a whole number from 1"),
        # Issue 12: a float count crashed SMM103 at lint time; a negative one was accepted.
        ({"rules": {"multiple-ctas": {"max_actions": 1.5}}}, "max_actions must be a whole number"),
        ({"rules": {"multiple-ctas": {"max_actions": -5}}}, "max_actions must be between 0 and"),
        ({"rules": {"SMM201": {"min_words": True}}}, "min_words must be a whole number"),
        ({"rules": {"self-centred": {"min_share": 1.5}}}, "min_share must be between 0.0 and 1.0"),
        ({"rules": {"hard-to-read": {"min_reading_ease": -200}}}, "min_reading_ease must be betw"),
        ({"rules": {"hard-to-read": {"min_reading_ease": float("nan")}}}, "min_reading_ease must"),
        ({"platforms": {"x": {"rules": {"emoji-wall": {"wall_run": -1}}}}}, "wall_run must be"),
    ],
)
def test_invalid_config_names_key_and_file(data: dict, message: str) -> None:
    with pytest.raises(ConfigError, match=message) as info:
        Config.from_dict(data, source="team.toml")
    assert str(info.value).startswith("team.toml:")


def test_every_valid_option_value_loads_and_lints() -> None:
    """Each rule's own default passes validation, and so does a fraction where one fits."""
    rules = {
        rule.name: {k: list(v) if isinstance(v, tuple) else v for k, v in rule.options.items()}
        for rule in smmlint.RULES
        if rule.options
    }
    config = Config.from_dict(
        {"rules": {**rules, "hard-to-read": {"min_reading_ease": 45.5}}}, source="team.toml"
    )
    assert smmlint.lint("Shop now and follow us! Share this, subscribe.", config=config)


def test_pyproject_tool_table_is_discovered_upward(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[project]\nname = "posts"\n[tool.smmlint]\nignore = ["sales-push"]\n', encoding="utf-8"
    )
    nested = tmp_path / "drafts" / "2026"
    nested.mkdir(parents=True)
    config = Config.discover(nested)
    assert config.ignore == ("sales-push",)
    assert config.source == str(tmp_path / "pyproject.toml")


def test_smmlint_toml_takes_precedence_and_bad_toml_names_file(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.smmlint]\nignore = ["SMM1"]\n')
    (tmp_path / "smmlint.toml").write_text('select = ["sales-push"\n')
    with pytest.raises(ConfigError, match=r"smmlint\.toml: invalid TOML"):
        Config.discover(tmp_path)


def test_pyproject_without_tool_table_is_skipped(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\n')
    assert Config.discover(tmp_path).source != str(tmp_path / "pyproject.toml")
