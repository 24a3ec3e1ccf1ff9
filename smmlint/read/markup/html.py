"""The words a reader sees in HTML: tags stripped, entities decoded, blocks as line breaks.

A small tokenizer after the HTML standard's rules for tags, comments, raw-text elements and
character references, linear in the source. (The standard library's ``html.parser`` takes
quadratic time on unclosed tags before Python 3.13.4: 48,000 characters of ``<a <a <a``
took 23 s.) Every visible character keeps its way back to the source offset it came from
(see ``smmlint.read.markup.builder.Visible``).
"""

from __future__ import annotations

import html

import regex

from smmlint.read.markup.builder import LINE_BREAK, PARAGRAPH_BREAK, SPACE, Visible, VisibleBuilder

# Elements whose content a reader never sees.
HIDDEN = frozenset({"script", "style", "template", "noscript", "title"})
# Elements whose content is not markup: it runs to their end tag.
RAW_TEXT = frozenset({"script", "style", "noscript", "title", "textarea", "xmp"})
# Elements that start on a new line (HTML's block-level and list/table structure).
BLOCKS = frozenset(
    {
        *("address", "article", "aside", "blockquote", "dd", "details", "dialog", "div", "dl"),
        *("dt", "fieldset", "figcaption", "figure", "footer", "form", "header", "hgroup", "hr"),
        *("h1", "h2", "h3", "h4", "h5", "h6", "li", "main", "nav", "ol", "p", "pre", "section"),
        *("summary", "table", "tbody", "thead", "tfoot", "tr", "ul"),
    }
)
# Elements laid out beside their neighbours, as if a space separated them.
CELLS = frozenset({"td", "th", "img", "input", "button", "select", "option"})
PREFORMATTED = frozenset({"pre", "textarea", "listing"})

# One token at a time; every alternative consumes what it starts, so scanning is linear.
_TOKEN = regex.compile(
    r"(?P<comment><!--.*?(?:-->|\Z)|<[!?][^>]*+(?:>|\Z))"
    r"|<(?P<close>/?)(?P<name>[A-Za-z][^\s/>]*+)"  # a tag runs to the first > outside quotes
    r"(?:[^>\"']++|\"[^\"]*+(?:\"|\Z)|'[^']*+(?:'|\Z))*+(?:>|\Z)"
    r"|(?P<reference>&(?:#[0-9]{1,8};?|#[xX][0-9a-fA-F]{1,8};?|[A-Za-z][A-Za-z0-9]{0,31};?))"
    r"|(?P<space>[ \t\n\r\f]++)"
    r"|(?P<text>(?:[^<&\s]|<(?!/?[A-Za-z!?])|&(?!#[0-9xX]|[A-Za-z]))++|[<&\s])",
    regex.DOTALL,
)


def html_to_visible(source: str) -> Visible:
    """The visible text of an HTML document or fragment, mapped back to ``source``."""
    builder = VisibleBuilder(source)
    hidden: list[str] = []  # open elements whose content is hidden
    preformatted = 0
    position = 0
    while position < len(source):
        token = _TOKEN.match(source, position)
        start, position = token.span()
        if token.group("name"):
            name = token.group("name").lower()
            if token.group("close"):
                if name in hidden:
                    del hidden[hidden.index(name) :]
                elif not hidden:
                    _separate_for(builder, name, start)
                    if name in PREFORMATTED:
                        preformatted = max(preformatted - 1, 0)
            else:
                position = _start_tag(builder, name, token, hidden)
                if name in PREFORMATTED and not hidden:
                    preformatted += 1
        elif hidden or token.group("comment"):
            continue
        elif token.group("reference"):
            _add_reference(builder, start, position, token.group())
        elif token.group("space") and not preformatted:
            builder.separate(SPACE, start)
        else:
            builder.copy(start, position)
    return builder.build()


def _start_tag(
    builder: VisibleBuilder, name: str, token: regex.Match[str], hidden: list[str]
) -> int:
    """Handle a start tag; return where scanning goes on (after a raw-text element's text)."""
    source, end = token.string, token.end()
    self_closing = token.group().endswith("/>")
    if name in HIDDEN or hidden:
        if not self_closing:
            hidden.append(name)
    else:
        _separate_for(builder, name, token.start())
    if name not in RAW_TEXT or self_closing:
        return end
    closing = regex.compile(r"</" + regex.escape(name) + r"(?![^\s/>])", regex.IGNORECASE)
    found = closing.search(source, end)
    text_end = found.start() if found else len(source)
    if not hidden:  # a visible raw-text element (textarea): its text as it is
        builder.copy(end, text_end)
    return text_end


def _add_reference(builder: VisibleBuilder, start: int, end: int, raw: str) -> None:
    decoded = html.unescape(raw)
    if decoded == raw:
        builder.copy(start, end)
    else:
        builder.replace(start, end, decoded)


def _separate_for(builder: VisibleBuilder, tag: str, at: int) -> None:
    if tag == "br":
        builder.separate(LINE_BREAK, at, add=True)
    elif tag in BLOCKS:
        builder.separate(PARAGRAPH_BREAK if tag == "p" else LINE_BREAK, at)
    elif tag in CELLS:
        builder.separate(SPACE, at)
