"""A rule's documentation as a small HTML page, for the extension's "explain" link."""

from __future__ import annotations

import re

from markupsafe import Markup, escape

import smmlint

_CODE_SPAN = re.compile(r"`([^`]+)`")
_STYLE = (
    "body{font:16px/1.5 system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem}"
    "code{background:#f2f2f2;padding:0 .2em}mark{background:#ffe08a}"
    ".quiet{color:#555}"
)
# The page is static text: no script may run on it, and it loads nothing.
CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'"


def render_rule_page(rule: smmlint.Rule) -> str:
    """The rule's docs, message, hint and tested examples as a self-contained page."""
    title = escape(f"{rule.code} {rule.name}")
    parts = [
        f"<!doctype html><html lang='en'><meta charset='utf-8'><title>{title}</title>",
        f"<style>{_STYLE}</style><h1>{title}</h1>",
        f"<p><strong>{escape(rule.severity.value)}</strong> · {escape(rule.category)}</p>",
        _markdown(rule.doc),
        f"<h2>Message</h2><p>{escape(rule.message)}</p><h2>Hint</h2><p>{escape(rule.hint)}</p>",
        "<h2>Fires on</h2><ul>",
        *(f"<li>{_marked(e.plain, e.spans)}</li>" for e in rule.fires),
        "</ul><h2>Stays quiet on</h2><ul class='quiet'>",
        *(f"<li>{escape(e.plain)} <em>{escape(e.reason)}</em></li>" for e in rule.quiet),
        "</ul></html>",
    ]
    return "".join(str(part) for part in parts)


def _markdown(doc: str) -> Markup:
    """The subset of Markdown rule docs use: ``##`` headings, paragraphs, code spans."""
    html = []
    for block in re.split(r"\n\s*\n", doc):
        block = block.strip()
        if not block:
            continue
        if block.startswith("#"):
            heading, _, rest = block.partition("\n")
            html.append(f"<h2>{_inline(heading.lstrip('#').strip())}</h2>")
            block = rest.strip()
        if block:
            html.append(f"<p>{_inline(block)}</p>")
    return Markup("".join(html))


def _inline(text: str) -> str:
    return _CODE_SPAN.sub(r"<code>\1</code>", str(escape(text)))


def _marked(text: str, spans: tuple[tuple[int, int], ...]) -> str:
    out, last = [], 0
    for start, end in spans:
        out += [str(escape(text[last:start])), f"<mark>{escape(text[start:end])}</mark>"]
        last = end
    out.append(str(escape(text[last:])))
    return "".join(out)
