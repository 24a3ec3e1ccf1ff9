"""Artefacts of how a data set stored a post, told apart from what its author wrote.

Each data set stores posts its own way: escaped Unicode in a CSV, HTML entities and tags in
scraped comments, a byte-order mark left behind, Windows-1252 bytes read as Latin-1, redaction
placeholders. Those are *format* artefacts: ``clean`` decodes or removes them, because the
author never typed them, and tags the post with what it did. Other marks are *real* parts of
what was posted and stay in the text, tagged so the report can count them: a retweet prefix
(smmlint reads a retweet as someone else's words, see ``smmlint/analysis/borrowed.py``), and a
preview cut off with "…" by the platform.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

# What each tag means, in the order the report lists them. "decoded"/"removed"/"replaced"
# tags changed the text; "kept" tags only describe it.
ARTEFACTS: dict[str, str] = {
    "escaped-unicode": r"decoded: `\uXXXX` and `\xNN` escapes written out as text by the exporter",
    "html-entity": "decoded: `&amp;`, `&lt;`, `&#39;`… written by the scraper",
    "html-tag": "removed: HTML tags (`<br />` became a line break, `<a>` kept its text)",
    "byte-order-mark": "removed: stray U+FEFF (zero-width no-break space)",
    "cp1252-control": "decoded: Windows-1252 bytes read as C1 controls (`\\x92` became `’`)",
    "redaction": "replaced: the SMS collection's anonymising `<#>`, `<DECIMAL>`, `<TIME>`, "
    "`<URL>`, `<EMAIL>` by a plain value of that kind",
    "retweet": "kept: `RT @user:` shares another account's words (smmlint reads them as borrowed)",
    "truncated": "kept: the platform cut the text off with `…` (a retweet over 140 characters)",
    "truncated-link": "kept: a link cut off by that `…`, which no longer resolves",
}

_ESCAPED = re.compile(r"\\u([0-9a-fA-F]{4})|\\x([0-9a-fA-F]{2})")
_ENTITY = re.compile(r"&(?:#\d{1,7}|#x[0-9a-fA-F]{1,6}|[A-Za-z]{2,8});")
_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)
_TAG = re.compile(r"</?[A-Za-z][^<>]{0,2000}>")
_C1 = re.compile("[\x80-\x9f]")
# The SMS Spam Collection replaced numbers, times, links and addresses by these markers; each
# is put back as an ordinary value of its kind, so no rule reads a "<#>" the sender never wrote.
_REDACTIONS = {
    "<#>": "3",
    "<DECIMAL>": "2.5",
    "<TIME>": "10:30",
    "<URL>": "example.com",
    "<EMAIL>": "name@example.com",
}
_REDACTION = re.compile("|".join(re.escape(marker) for marker in _REDACTIONS))
_RETWEET = re.compile(r"^\W{0,3}(?:RT|MT)\s*@\w{1,15}:?")
_TRUNCATED_LINK = re.compile(r"https?://\S*…$")


@dataclass(frozen=True)
class Cleaned:
    """A post's text as its author wrote it, and the artefact tags found on the way."""

    text: str
    artefacts: tuple[str, ...]


def _decode_escape(match: re.Match[str]) -> str:
    char = chr(int(match.group(1) or match.group(2), 16))
    # An escaped surrogate half cannot stand alone; keep the escape rather than invent a char.
    return match.group(0) if 0xD800 <= ord(char) <= 0xDFFF else char


def _cp1252(match: re.Match[str]) -> str:
    try:
        return bytes([ord(match.group(0))]).decode("cp1252")
    except UnicodeDecodeError:  # 0x81, 0x8d, 0x8f, 0x90, 0x9d: undefined in cp1252
        return ""


def clean(
    raw: str,
    *,
    escapes: bool = False,
    markup: bool = False,
    redactions: bool = False,
) -> Cleaned:
    """Decode and strip the format artefacts of one stored post and tag what was there.

    ``escapes`` decodes ``\\uXXXX`` written as text; ``markup`` strips HTML tags (``<br>`` as a
    line break); ``redactions`` fills the SMS collection's placeholders. HTML entities, U+FEFF
    and C1 controls are always handled. Retweet and truncation marks are tagged, never removed.
    """
    tags: list[str] = []
    text = raw

    def step(tag: str, pattern: re.Pattern[str], replace: object) -> None:
        nonlocal text
        new = pattern.sub(replace, text)  # type: ignore[arg-type]
        if new != text:
            tags.append(tag)
            text = new

    if escapes:
        step("escaped-unicode", _ESCAPED, _decode_escape)
    if markup:
        text_before = text
        text = _TAG.sub("", _BREAK.sub("\n", text))
        if text != text_before:
            tags.append("html-tag")
    step("html-entity", _ENTITY, lambda m: html.unescape(m.group(0)))
    if redactions:
        step("redaction", _REDACTION, lambda m: _REDACTIONS[m.group(0)])
    step("byte-order-mark", re.compile("\ufeff"), "")
    step("cp1252-control", _C1, _cp1252)
    text = text.strip()
    if _RETWEET.match(text):
        tags.append("retweet")
    if text.endswith("…") and _RETWEET.match(text):
        tags.append("truncated")
        if _TRUNCATED_LINK.search(text):
            tags.append("truncated-link")
    return Cleaned(text, tuple(sorted(tags, key=list(ARTEFACTS).index)))
