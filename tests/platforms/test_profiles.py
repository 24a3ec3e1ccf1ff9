"""The platform profiles: the networks' published numbers and how they are looked up."""

from __future__ import annotations

import json

import pytest

import smmlint
from smmlint.platforms import Platform, get_platform

NETWORKS = ("generic", "x", "linkedin", "facebook", "instagram", "mastodon", "bluesky", "threads")


def test_every_network_has_a_profile() -> None:
    assert tuple(smmlint.PLATFORMS) == NETWORKS
    assert all(isinstance(p, Platform) for p in smmlint.PLATFORMS.values())


@pytest.mark.parametrize(
    ("name", "max_length", "unit", "fold_at", "hashtag_norm", "hashtag_limit"),
    [
        ("generic", None, "characters", None, 3, None),
        ("x", 280, "weighted characters", 280, 2, None),
        ("linkedin", 3000, "characters", 210, 3, None),
        ("facebook", 63206, "characters", 477, 3, None),
        ("instagram", 2200, "characters", 125, 5, 5),
        ("mastodon", 500, "characters", None, 5, None),
        ("bluesky", 300, "graphemes", None, 3, None),
        ("threads", 500, "characters", None, 1, 1),
    ],
)
def test_published_numbers(
    name: str,
    max_length: int | None,
    unit: str,
    fold_at: int | None,
    hashtag_norm: int,
    hashtag_limit: int | None,
) -> None:
    p = get_platform(name)
    assert (p.max_length, p.length_unit, p.fold_at) == (max_length, unit, fold_at)
    assert (p.hashtag_norm, p.hashtag_limit) == (hashtag_norm, hashtag_limit)
    assert p.counter.unit == p.length_unit


def test_link_rules() -> None:
    assert get_platform("threads").link_limit == 5
    assert get_platform("x").link_limit is None
    assert [p.name for p in smmlint.PLATFORMS.values() if not p.clickable_links] == ["instagram"]


@pytest.mark.parametrize("name", ["twitter", "Twitter", " X ", "x"])
def test_twitter_is_an_alias_of_x(name: str) -> None:
    assert get_platform(name) is get_platform("x")


def test_unknown_platform_lists_the_valid_ones() -> None:
    with pytest.raises(ValueError, match="unknown platform 'myspace'") as error:
        get_platform("myspace")
    for name in NETWORKS:
        assert name in str(error.value)
    with pytest.raises(ValueError, match="valid platforms"):
        smmlint.lint("hello", platform="tiktok")


def test_a_profile_is_returned_as_is() -> None:
    custom = Platform(name="intranet", label="Intranet", max_length=140)
    assert get_platform(custom) is custom
    assert smmlint.lint("x" * 150, platform=custom).findings[0].rule == "over-length"


def test_profiles_describe_themselves_as_json() -> None:
    described = [p.to_dict() for p in smmlint.PLATFORMS.values()]
    assert json.loads(json.dumps(described)) == described
    x = get_platform("x").to_dict()
    assert x["aliases"] == ["twitter"] and "23" in x["links"]
    assert "5" in get_platform("instagram").to_dict()["hashtags"]


def test_report_metrics_use_the_platforms_count() -> None:
    length = smmlint.lint("日本語 https://example.com/a/long/path", platform="x").metrics["length"]
    assert length["platform"] == 6 + 1 + 23
    assert (length["limit"], length["unit"]) == (280, "weighted characters")
