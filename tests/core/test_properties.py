"""Property tests: any ``str`` lints under every rule, with exact, grapheme-whole offsets."""

from __future__ import annotations

import pytest
import regex
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import smmlint
from smmlint.core.registry import Rule

_GRAPHEME = regex.compile(r"\X", regex.DOTALL)

# Every code point, lone surrogates (category Cs) included: a Python str may hold them.
ANY_CHAR = st.characters(codec=None, exclude_categories=())
# Pieces that make rules fire, and the characters that break naive offset code.
TRICKY = (
    "BUY NOW", "NASA", "AMAZING", "!!!", "?!?!", "‼️", "🎉", "👨‍👩‍👧", "🇫🇷", "👍🏽", "1️⃣",
    "{{first_name}}", "{name}", "[LINK]", "<insert link>", "%NAME%", "lorem ipsum", "TODO",
    "XX%", "http://x.com/a?b=1", "www.example.com", "#tag", "@user", "Shop now", "Follow us",
    "share this", "Subscribe", "hate", "worst", "disgrace", "synergistic deliverables",
    "\u0301", "\u200d", "\ufe0f", "\ud800", "\udfff", "\ud83d\ude00", "\r\n", "\ufeff",
    "\u202e", "\u2028", "\x00", "İ", "ß", "ǅ", "ﬃ", ". ", "\n", " ", "`",
)  # fmt: skip
DRAFTS = st.one_of(
    st.text(ANY_CHAR),
    st.lists(st.one_of(st.sampled_from(TRICKY), st.text(ANY_CHAR, max_size=4)), max_size=40).map(
        "".join
    ),
    st.lists(st.sampled_from(TRICKY), max_size=40).map(" ".join),
)
PLATFORMS = st.sampled_from(sorted(smmlint.PLATFORMS))
HAS_MEDIA = st.sampled_from([None, True, False])


def utf16_offset(text: str, index: int) -> int:
    """JavaScript's offset of code point ``index``: UTF-16 units before it."""
    return len(text[:index].encode("utf-16-le", "surrogatepass")) // 2


def check_report(text: str, report: smmlint.Report) -> None:
    """Offsets in bounds, ordered, on grapheme boundaries, and right in UTF-16."""
    boundaries = {0, *(m.end() for m in _GRAPHEME.finditer(text))}
    wire = report.to_dict()["findings"]
    for finding, sent in zip(report.findings, wire, strict=True):
        assert 0 <= finding.start <= finding.end <= len(text), finding
        if finding.scope == "post":
            assert (finding.start, finding.end) == (0, len(text)), finding
        assert finding.start in boundaries and finding.end in boundaries, (
            f"{finding.code} splits a grapheme at {finding.start}..{finding.end}"
        )
        assert sent["start_utf16"] == utf16_offset(text, finding.start)
        assert sent["end_utf16"] == utf16_offset(text, finding.end)


@pytest.mark.parametrize("rule", smmlint.RULES, ids=[r.code for r in smmlint.RULES])
@settings(max_examples=1000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=DRAFTS, platform=PLATFORMS, has_media=HAS_MEDIA)
def test_any_text_lints_under_each_rule(
    rule: Rule, text: str, platform: str, has_media: bool | None
) -> None:
    config = smmlint.Config(select=(rule.code,))
    report = smmlint.lint(text, platform, config=config, has_media=has_media)
    assert {f.code for f in report.findings} <= {rule.code}
    check_report(text, report)
    again = smmlint.lint(text, platform, config=config, has_media=has_media)
    assert again.to_dict() == report.to_dict(), f"{rule.code} is not deterministic"


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=DRAFTS, platform=PLATFORMS, has_media=HAS_MEDIA)
def test_any_text_lints_under_all_rules(text: str, platform: str, has_media: bool | None) -> None:
    report = smmlint.lint(text, platform, has_media=has_media)
    check_report(text, report)
    assert 0 <= report.score <= 100
    assert report.findings == tuple(sorted(report.findings, key=lambda f: (f.start, f.end, f.code)))
