"""HTML and Markdown sources: the linter reads the visible words and underlines the source."""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

import smmlint
from smmlint.core.errors import MAX_TEXT_LENGTH
from smmlint.read.markup import visible_text
from smmlint.read.markup.html import html_to_visible
from smmlint.read.markup.markdown import markdown_to_visible

SALES_ONLY = smmlint.Config(select=("sales-push",))


def flagged(source: str, markup: str) -> list[str]:
    """The source characters sales-push underlines."""
    report = smmlint.lint(source, markup=markup, config=SALES_ONLY)
    return [source[f.start : f.end] for f in report.findings]


# HTML ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("source", "visible"),
    [
        ("<p>Hello <b>world</b></p>", "Hello world"),
        ("<p>One</p><p>Two</p>", "One\n\nTwo"),
        ("Line one<br>Line two<br/><br />Line three", "Line one\nLine two\n\nLine three"),
        ("<ul>\n  <li>first</li>\n  <li>second</li>\n</ul>", "first\nsecond"),
        ("AT&amp;T &lt;3 &copy 2024 &#x1F600; &#233;t&eacute;", "AT&T <3 © 2024 😀 été"),
        ("<a href='https://x.example/?a=1&b=2'>our guide</a>", "our guide"),
        ("a<script>var x = '<b>buy now</b>';</script>b<style>p{}</style>c", "abc"),
        ("<!-- draft: buy now --><!doctype html>Hi", "Hi"),
        ("word   spread\n  over\tlines", "word spread over lines"),
        ("<pre>keep\n  this</pre>after", "keep\n  this\nafter"),
        ("5 < 6 & 7 > 3", "5 < 6 & 7 > 3"),
        ("<img src=a.png alt='BUY NOW'>Caption", "Caption"),
        ("<td>a</td><td>b</td>", "a b"),
        ("", ""),
    ],
)
def test_html_visible_text(source: str, visible: str) -> None:
    assert html_to_visible(source).text == visible


def test_html_findings_land_on_the_source_characters() -> None:
    source = (
        "<h2>Spring 🌷 news</h2>\n<p>Our range is <em>live</em> &amp; ready. "
        "<strong>Shop&nbsp;now</strong>, <a href='https://shop.example/buy-now'>"
        "20% off</a> 🎉 with <b>free</b> <b>shipping</b>!</p>"
    )
    assert flagged(source, "html") == ["Shop&nbsp;now", "20% off", "free</b> <b>shipping"]


def test_html_entity_at_the_edge_of_a_finding_is_covered_whole() -> None:
    source = "<p>Only 19.99&#8364; today</p>"
    assert flagged(source, "html") == ["Only 19.99&#8364;"]


def test_html_span_end_stops_before_the_closing_tag() -> None:
    visible = html_to_visible("<b>Shop now</b>!!!")
    assert visible.text == "Shop now!!!"
    assert visible.span_to_source(0, 8) == (3, 11)
    assert visible.span_to_source(8, 11) == (15, 18)


def test_html_tag_attributes_and_hidden_text_never_fire() -> None:
    source = "<a title='Buy now, 50% off'>our notes</a><script>buy('now')</script>"
    assert flagged(source, "html") == []


def assert_not_quadratic(convert: Callable[[str], object], pump: Callable[[int], str]) -> None:
    """The longest text the library takes converts in well under the seconds a quadratic
    scan would need (the standard library's html.parser took 23 s on 48,000 characters).

    A guard against catastrophic input, not a speed measurement (benchmarks measure
    speed): the bound is generous, and the best of two runs counts on a busy machine.
    """
    text = pump(MAX_TEXT_LENGTH)[:MAX_TEXT_LENGTH]
    times = []
    for _ in range(2):
        started = time.perf_counter()
        convert(text)
        times.append(time.perf_counter() - started)
    assert min(times) < 3.0, f"{min(times):.2f}s for {len(text):,} characters"


HTML_PUMPS: dict[str, Callable[[int], str]] = {
    "unclosed-tags": lambda n: "<a " * n,
    "angles": lambda n: "<" * n,
    "end-tag-opens": lambda n: "</" * n,
    "comment-opens": lambda n: "<!--" * n,
    "open-quotes": lambda n: '<a "' * n,
    "reference-opens": lambda n: "&#" * n,
    "script-opens": lambda n: "<script>" * n,
}


@pytest.mark.parametrize("pump", HTML_PUMPS.values(), ids=HTML_PUMPS.keys())
def test_html_is_not_quadratic_on_adversarial_input(pump: Callable[[int], str]) -> None:
    assert_not_quadratic(html_to_visible, pump)


# Markdown -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("source", "visible"),
    [
        ("We *finally* **launched** it", "We finally launched it"),
        ("snake_case_name and 5 * 3", "snake_case_name and 5 * 3"),
        ("# Big news ##\nText", "Big news\nText"),
        ("#launchday is here", "#launchday is here"),
        ("one line\nsame paragraph\n\nnext", "one line same paragraph\n\nnext"),
        ("hard break  \nnext line", "hard break\nnext line"),
        ("- first\n- [x] second\n1. third", "first\nsecond\n1. third"),
        ("> quoted *words*\n> go on", "quoted words go on"),
        ("Read [our guide](https://x.example/a_(b) 'Title') now", "Read our guide now"),
        ("See [the docs][d].\n\n[d]: https://x.example", "See the docs."),
        ("Fill in [LINK] here", "Fill in [LINK] here"),
        ("![photo](a.png) Caption", "Caption"),
        ("Run `pip *install*` now", "Run pip *install* now"),
        ("Code:\n\n```\nBUY_NOW = 1\n```\nAfter", "Code:\n\nAfter"),
        ("\\*not emphasis\\* &amp; ~~struck~~", "*not emphasis* & struck"),
        ("<https://x.example> and <b>bold</b><br>next", "https://x.example and bold\nnext"),
        ("---\ntitle: Post\n---\nBody text", "Body text"),
        ("Title\n=====\nBody", "Title\nBody"),
        ("", ""),
    ],
)
def test_markdown_visible_text(source: str, visible: str) -> None:
    assert markdown_to_visible(source).text == visible


def test_markdown_findings_land_on_the_source_characters() -> None:
    source = (
        "---\nplatform: x\n---\n# Spring 🌷 news\n\nOur range is *live* &amp; ready. "
        "**Shop now**, [20% off](https://shop.example/buy-now) 🎉 with *free* shipping!"
    )
    assert flagged(source, "markdown") == ["Shop now", "20% off", "free* shipping"]


def test_markdown_link_destination_never_fires() -> None:
    assert flagged("Our [notes](https://x.example/buy-now-50-off) are up", "markdown") == []


MARKDOWN_PUMPS: dict[str, Callable[[int], str]] = {
    "backticks": lambda n: "` " * n,
    "emphasis": lambda n: "*a " * n,
    "underscores": lambda n: "_a" * n,
    "mixed-delimiters": lambda n: "*a_ " * n,
    "tildes": lambda n: "~a~~ " * n,
    "link-opens": lambda n: "[a](" * n,
    "heading-spaces": lambda n: "# x" + " " * n + "y",
    "hard-break-spaces": lambda n: "x" + " " * n + "y",
    "list-items": lambda n: "- a\n" * n,
    "quotes": lambda n: ">" * n,
    "backtick-runs": lambda n: "".join("`" * (i % 50 + 1) + " " for i in range(n // 20)),
    "comment-opens": lambda n: "<!--" * n,
}


@pytest.mark.parametrize("pump", MARKDOWN_PUMPS.values(), ids=MARKDOWN_PUMPS.keys())
def test_markdown_is_not_quadratic_on_adversarial_input(pump: Callable[[int], str]) -> None:
    assert_not_quadratic(markdown_to_visible, pump)


# Both ---------------------------------------------------------------------------------

_HTML_PIECES = st.sampled_from(
    [
        "<b>",
        "</b>",
        "<p>",
        "</p>",
        "<br>",
        "&amp;",
        "&#x1F600;",
        "&nbsp;",
        "🎉",
        "👩‍💻",
        " ",
        "\n",
        "word",
        "Shop",
        "now",
        "<script>x y</script>",
        "<!-- c -->",
        "<a href='u'>",
        "</a>",
        "<",
        "&",
        "é",
    ]
)
_MARKDOWN_PIECES = st.sampled_from(
    [
        "*",
        "**",
        "_",
        "`",
        "[",
        "](u)",
        "# ",
        "- ",
        "> ",
        "\n",
        "\n\n",
        " ",
        "  \n",
        "word",
        "Shop",
        "now",
        "&amp;",
        "🎉",
        "👩‍💻",
        "\\*",
        "~~",
        "<b>",
        "é",
    ]
)
_WORD = regex.compile(r"\w+")


def _check_words_map_back(source: str, markup: str) -> None:
    """Each visible word starts and ends on its own first and last source character; in
    HTML, where markup never depends on what surrounds it, the source slice reads as the
    word again."""
    visible = visible_text(source, markup)
    for word in _WORD.finditer(visible.text):
        start, end = visible.span_to_source(*word.span())
        piece = source[start:end]
        assert piece[:1] == word.group()[0] and piece[-1:] == word.group()[-1], (
            f"{markup}: {word.group()!r} maps to {piece!r}"
        )
        if markup == "html":
            assert visible_text(piece, markup).text == word.group(), (word.group(), piece)


@settings(max_examples=300, deadline=None)
@given(st.lists(_HTML_PIECES, max_size=30).map("".join))
def test_every_visible_html_word_maps_back_to_exactly_its_source(source: str) -> None:
    _check_words_map_back(source, "html")


@settings(max_examples=300, deadline=None)
@given(st.lists(_MARKDOWN_PIECES, max_size=30).map("".join))
def test_every_visible_markdown_word_maps_back_to_exactly_its_source(source: str) -> None:
    _check_words_map_back(source, "markdown")


@settings(max_examples=300, deadline=None)
@given(st.text(), st.sampled_from(["html", "markdown"]))
def test_any_text_converts_with_offsets_inside_the_source(source: str, markup: str) -> None:
    visible = visible_text(source, markup)
    for offset in range(len(visible.text) + 1):
        assert 0 <= visible.to_source(offset) <= len(source)
        assert 0 <= visible.to_source_end(offset) <= len(source)


def test_lint_reports_source_offsets_for_markup_with_utf16_on_the_wire() -> None:
    source = "<p>😀 <b>Shop now</b></p>"
    finding = smmlint.lint(source, markup="html", config=SALES_ONLY).to_dict()["findings"][0]
    assert source[finding["start"] : finding["end"]] == "Shop now"
    assert (finding["start_utf16"], finding["end_utf16"]) == (
        finding["start"] + 1,
        finding["end"] + 1,
    )
