"""UTF-16 offsets and grapheme boundaries."""

from __future__ import annotations

import pytest

from smmlint.read.offsets import GraphemeBoundaries, Utf16Index, utf16_length

TEXTS = ["", "plain", "🎉x", "a👨‍👩‍👧b", "\ud800lone", "e\u0301\u0301", "🇫🇷🇩🇪", "中文😀"]


@pytest.mark.parametrize("text", TEXTS)
def test_utf16_offsets_match_javascript_counting(text: str) -> None:
    index = Utf16Index(text)
    for i in range(len(text) + 1):
        assert index.at(i) == len(text[:i].encode("utf-16-le", "surrogatepass")) // 2
    assert utf16_length(text) == index.at(len(text))


def test_snap_widens_to_whole_clusters() -> None:
    text = "ab👨‍👩‍👧cd"
    boundaries = GraphemeBoundaries(text)
    assert boundaries.count() == 5
    assert boundaries.snap(3, 4) == (2, 7)
    assert boundaries.snap(0, 2) == (0, 2)
    assert boundaries.snap(len(text), len(text)) == (len(text), len(text))
    combining = "e\u0301x"
    assert GraphemeBoundaries(combining).snap(0, 1) == (0, 2)
