"""twitter-text's own conformance suites, read from tests/conformance/twitter-text/.

Every case of the weighted-length sections of ``validate.yml`` and of the extraction sections
of ``extract.yml`` runs, but for ``replies``: whether a post is a reply is not an entity,
and smmlint does not decide it. The other ``validate.yml`` sections test whole-string
validators (``isValidUsername``...) and the retired v2 weighting, which smmlint does not offer.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from smmlint.platforms import extract_entities
from smmlint.platforms.twitter_text import parse, weighted_length
from smmlint.platforms.urls import find_urls
from smmlint.read.offsets import utf16_length

SUITE = Path(__file__).parent.parent / "conformance" / "twitter-text"
LENGTH_SECTIONS = (
    "WeightedTweetsWithDiscountedEmojiCounterTest",
    "UnicodeDirectionalMarkerCounterTest",
)
SKIPPED_EXTRACT_SECTIONS = {"replies"}


def _load(name: str) -> dict[str, list[dict[str, Any]]]:
    return yaml.safe_load((SUITE / name).read_text(encoding="utf-8"))["tests"]


VALIDATE = _load("validate.yml")
EXTRACT = _load("extract.yml")


def _cases(suite: dict[str, list[dict[str, Any]]], sections: list[str]) -> list[Any]:
    return [
        pytest.param(section, case, id=f"{section}-{i}")
        for section in sections
        for i, case in enumerate(suite[section])
    ]


@pytest.mark.parametrize(("section", "case"), _cases(VALIDATE, list(LENGTH_SECTIONS)))
def test_weighted_length_matches_twitter_text(section: str, case: dict[str, Any]) -> None:
    text, expected = case["text"], case["expected"]
    parsed = parse(text)
    got = {
        "weightedLength": parsed.weighted_length,
        "valid": parsed.valid,
        "permillage": parsed.permillage,
        # twitter-text's ranges are inclusive UTF-16 indices
        "displayRangeStart": 0,
        "displayRangeEnd": max(utf16_length(text) - 1, 0),
        "validRangeStart": 0,
        "validRangeEnd": max(utf16_length(text[: parsed.valid_end]) - 1, 0),
    }
    assert {k: got[k] for k in expected} == expected, case["description"]
    assert weighted_length(text) == expected["weightedLength"], case["description"]


def test_length_sections_are_all_present() -> None:
    assert set(LENGTH_SECTIONS) <= set(VALIDATE)
    assert sum(len(VALIDATE[s]) for s in LENGTH_SECTIONS) == 24


def _extracted(section: str, text: str) -> list[Any]:
    """What twitter-text's extractor for ``section`` returns, from our entities."""
    kind = "url" if section.startswith(("urls", "tco")) else section.split("s_")[0].rstrip("s")
    entities = [e for e in extract_entities(text) if e.kind == kind]
    if section == "mentions":
        return [e.value[1:] for e in entities if "/" not in e.value]
    if section == "mentions_with_indices":
        return [{"screen_name": e.value[1:], "indices": [e.start, e.end]} for e in entities]
    if section == "mentions_or_lists_with_indices":
        result = []
        for e in entities:
            name, slash, slug = e.value[1:].partition("/")
            result.append(
                {"screen_name": name, "list_slug": slash + slug, "indices": [e.start, e.end]}
            )
        return result
    if section.endswith("with_indices") or section == "urls_with_directional_markers":
        key = {"hashtag": "hashtag", "cashtag": "cashtag", "url": "url"}[kind]
        return [
            {key: e.value if kind == "url" else e.value[1:], "indices": [e.start, e.end]}
            for e in entities
        ]
    return [e.value if kind == "url" else e.value[1:] for e in entities]


EXTRACT_SECTIONS = [s for s in EXTRACT if s not in SKIPPED_EXTRACT_SECTIONS]


@pytest.mark.parametrize(("section", "case"), _cases(EXTRACT, EXTRACT_SECTIONS))
def test_extraction_matches_twitter_text(section: str, case: dict[str, Any]) -> None:
    assert _extracted(section, case["text"]) == case["expected"], case["description"]


@pytest.mark.parametrize(("section", "case"), _cases(EXTRACT, ["urls", "urls_with_indices"]))
def test_find_urls_alone_matches_twitter_text(section: str, case: dict[str, Any]) -> None:
    text, expected = case["text"], case["expected"]
    urls = [text[start:end] for start, end in find_urls(text)]
    assert urls == [e["url"] if isinstance(e, dict) else e for e in expected]


def test_every_extract_section_is_run_or_listed_as_skipped() -> None:
    known = {
        "mentions", "mentions_with_indices", "mentions_or_lists_with_indices", "urls",
        "urls_with_indices", "urls_with_directional_markers", "tco_urls_with_params",
        "hashtags", "hashtags_from_astral", "hashtags_with_indices", "cashtags",
        "cashtags_with_indices",
    }  # fmt: skip
    assert set(EXTRACT) == known | SKIPPED_EXTRACT_SECTIONS
