"""Sentences: where the shared splitter ends one (every sentence-reading rule relies on it)."""

from __future__ import annotations

import pytest

from smmlint.platforms import get_platform
from smmlint.read.post import Post


def _sentences(text: str) -> list[str]:
    return [s.text for s in Post(text, get_platform("generic")).sentences]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Big news. We launch today! Ready?", ["Big news.", "We launch today!", "Ready?"]),
        ("One line\nanother line", ["One line", "another line"]),
        (
            "Aid, U.S. security assistance and more.",
            ["Aid, U.S. security assistance and more."],
        ),
        ("Hotels etc... but then it rained.", ["Hotels etc... but then it rained."]),
        ("Tools, e.g. hammers, are here.", ["Tools, e.g. hammers, are here."]),
        ("Made in the U.S. Then shipped.", ["Made in the U.S.", "Then shipped."]),
        ("Bread, milk, etc. Then home.", ["Bread, milk, etc.", "Then home."]),
        ("I went home. then slept", ["I went home.", "then slept"]),
    ],
)
def test_sentence_ends(text: str, expected: list[str]) -> None:
    assert _sentences(text) == expected


def test_dots_after_an_abbreviation_are_linear() -> None:
    text = "U.S. a " * 20_000
    assert len(_sentences(text)) == 1
