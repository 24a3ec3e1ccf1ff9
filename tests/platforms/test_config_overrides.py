"""Platform numbers set in configuration (an instance's limit, X Premium) drive the rules."""

from __future__ import annotations

from pathlib import Path

import pytest

import smmlint
from smmlint import Config, ConfigError

QUESTION_LATE = "Notes from the garden. " * 20 + "What would you plant?"  # 481 characters


def _codes(text: str, platform: str, config: Config) -> list[tuple[str, int, int]]:
    report = smmlint.lint(text, platform, config=config)
    return [(f.code, f.start, f.end) for f in report.findings]


def _config(platforms: dict, select: tuple[str, ...] = ("SMM4",)) -> Config:
    return Config.from_dict({"select": list(select), "platforms": platforms}, source="test.toml")


def test_a_mastodon_instance_limit_replaces_the_default() -> None:
    draft = "word " * 160  # 800 characters
    default = _config({})
    assert _codes(draft, "mastodon", default) == [("SMM401", 500, 799)]
    roomy = _config({"mastodon": {"max_length": 1000}})
    assert _codes(draft, "mastodon", roomy) == []
    assert _codes(draft * 2, "mastodon", roomy) == [("SMM401", 1000, 1599)]
    report = smmlint.lint(draft, "mastodon", config=roomy)
    assert report.metrics["length"]["limit"] == 1000


def test_x_premium_length_keeps_the_fold() -> None:
    premium = _config({"x": {"max_length": 25000}})
    codes = _codes(QUESTION_LATE, "x", premium)
    assert [c for c, _, _ in codes] == ["SMM402"]
    assert _codes(QUESTION_LATE, "twitter", premium) == codes  # the alias shares the setting
    assert [c for c, _, _ in _codes(QUESTION_LATE, "x", _config({}))] == ["SMM401"]


def test_fold_and_hashtag_numbers_can_be_set() -> None:
    post = "A question for you all, what do you think? " + "More words here. " * 8
    mobile = _config({"linkedin": {"fold_at": 20}})
    assert [c for c, _, _ in _codes(post, "linkedin", mobile)] == ["SMM402"]
    assert _codes(post, "linkedin", _config({})) == []
    tags = " ".join(f"#t{chr(97 + i)}" for i in range(8))
    caption = f"A long walk along the harbour in the morning light today. {tags}"
    old_cap = _config({"instagram": {"hashtag_limit": 30, "hashtag_norm": 10}})
    assert _codes(caption, "instagram", old_cap) == []
    assert smmlint.lint(caption, "instagram", config=_config({})).findings


def test_settings_load_from_a_file(tmp_path: Path) -> None:
    (tmp_path / "smmlint.toml").write_text(
        'select = ["SMM401"]\n[platforms.mastodon]\nmax_length = 1000\n', encoding="utf-8"
    )
    config = Config.discover(tmp_path)
    assert _codes("word " * 160, "mastodon", config) == []


@pytest.mark.parametrize("value", [0, -5, "500", 1.5, True])
def test_invalid_limits_name_the_key_and_file(value: object) -> None:
    with pytest.raises(ConfigError, match=r"test\.toml: platforms\.mastodon\.max_length"):
        _config({"mastodon": {"max_length": value}})
