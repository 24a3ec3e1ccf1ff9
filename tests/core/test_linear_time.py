"""Inputs that once took seconds of CPU, each held to a budget far below what they took.

The budgets are CPU time of this process (other jobs on the machine do not count), three
times the robustness promise of 1 s per 65,536-code-point text: the quadratic versions
took 7-14 s, the linear ones take 0.1-0.5 s. ``benchmarks/adversarial.py --platforms``
times every platform x markup x pump family.
"""

from __future__ import annotations

import time

import pytest

import smmlint

CPU_BUDGET_S = 3.0


@pytest.mark.parametrize(
    ("text", "platform", "markup"),
    [
        pytest.param("\n[" * 32768, "generic", "markdown", id="markdown-definition-labels"),
        pytest.param("\n[" * 32768, "x", "markdown", id="markdown-labels-on-x"),
        pytest.param("🇫🇷" * 32768, "bluesky", "text", id="bluesky-flags"),
        pytest.param("\U0001f1e6" * 65536, "mastodon", "text", id="mastodon-flag-letters"),
        pytest.param("🇫🇷" * 32768, "mastodon", "html", id="mastodon-flags-in-html"),
        # Each pile reads its own sentence's words: a scan of them all per pile took 20 s.
        pytest.param("Wow!!! " * 9000, "generic", "text", id="delight-piles"),
        pytest.param("@ana I LOVE YOU " * 4000, "x", "text", id="capitals-in-a-reply"),
        # Each run of capitals asks whether its sentence hails or asks: read once a sentence.
        pytest.param("WOW nice " * 7000, "generic", "text", id="capitals-in-one-sentence"),
    ],
)
def test_worst_cases_lint_in_linear_time(text: str, platform: str, markup: str) -> None:
    smmlint.lint("warm up", platform, markup=markup)
    start = time.process_time()
    report = smmlint.lint(text, platform, markup=markup)
    took = time.process_time() - start
    assert report.metrics["length"]["code_points"] <= len(text)
    assert took < CPU_BUDGET_S, f"{took:.1f} s of CPU"


@pytest.mark.parametrize("platform", ["mastodon", "bluesky"])
def test_grapheme_counts_agree_with_unicode_on_flag_runs(platform: str) -> None:
    profile = smmlint.PLATFORMS[platform]
    # 3 flags and a lone flag letter: 4 user-perceived characters.
    assert profile.length("🇫🇷🇩🇪🇬🇧🇦") == 4
    assert profile.length("\U0001f1e6" * 7) == 4


@pytest.mark.parametrize(
    ("source", "markup"),
    [("<b>\u0301BUY NOW</b>", "html"), ("**\u0301BUY NOW**", "markdown")],
)
def test_markup_spans_never_split_a_grapheme_of_the_source(source: str, markup: str) -> None:
    import regex

    stops = {0, *(m.end() for m in regex.finditer(r"\X", source, regex.DOTALL))}
    report = smmlint.lint(source, markup=markup)
    assert report.findings
    for finding in report.findings:
        assert finding.start in stops and finding.end in stops, finding


# The selling constructions that read a run of words between their cue and their end: a
# phone-bill charge, a gerund ask, a keyword told by gerund, a "?" after a colon, a message
# wholly in quotation marks. Each pumped to 50,000 code points.
@pytest.mark.parametrize(
    "piece",
    [
        "your mobile will be charged ",
        "£2.50 will be added to your next ",
        "help me out by checking my ",
        "wouldnt mind checking out my new ",
        "my song take a ",
        "by texting DONATE ",
        "Reply YES-1 See her: ",
        '"U have WON call now ',
    ],
)
def test_selling_pumps_lint_in_linear_time(piece: str) -> None:
    text = (piece * (50_000 // len(piece) + 1))[:50_000] + '?"'
    smmlint.lint("warm up")
    start = time.process_time()
    smmlint.lint(text)
    took = time.process_time() - start
    assert took < CPU_BUDGET_S, f"{took:.1f} s of CPU"
