"""Template leftovers in a draft: merge fields, bracketed blanks, spin syntax, filler text
and notes to self that a person or a tool forgot to fill in (read for `template-leftover`)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import NamedTuple

import regex

from smmlint.analysis.lexicon import word_list
from smmlint.read.post import Post

_PLACEHOLDERS = word_list("placeholders.txt")


def _alternation(words: Iterable[str]) -> str:
    """A regex alternative of phrases, longest first, any run of spaces between words."""
    ordered = sorted(set(words), key=len, reverse=True)
    return "|".join(r"\s++".join(regex.escape(w) for w in phrase.split()) for phrase in ordered)


_INSTRUCTION = _alternation(_PLACEHOLDERS["instructions"])
_REQUEST = _alternation(_PLACEHOLDERS["requests"])
_NOUN = _alternation(_PLACEHOLDERS["nouns"])
_ANY_NOUN = _alternation(_PLACEHOLDERS["nouns"] | _PLACEHOLDERS["media nouns"])
FIELD_NAMES = frozenset(n.lower() for n in _PLACEHOLDERS["nouns"] if " " not in n)

_NOT_BRACKET = r"[^\[\]<>(){}\n]"
# "[insert anything]" / "[add product link here]": at most four words before the noun keeps
# the match bounded (and linear) and "(add me on LinkedIn)" out. "[link](https://...)" is a
# Markdown link, not a blank.
_INSTRUCTED = (
    rf"(?:{_INSTRUCTION})(?!\w){_NOT_BRACKET}{{0,60}}+"
    rf"|(?:{_REQUEST})\s++(?:[^\[\]<>(){{}}\s]++\s++){{0,4}}(?:{_ANY_NOUN})(?:\s++here)?"
)
# The letter lookahead turns a pile of brackets away before the long alternation is tried.
_BRACKETED = regex.compile(
    rf"\[\s*+(?=\p{{L}})(?:{_INSTRUCTED}|(?:{_NOUN})(?:\s++here)?)\s*+\](?!\()"
    rf"|[<({{]\s*+(?=\p{{L}})(?:{_INSTRUCTED})\s*+[>)}}]",
    regex.IGNORECASE,
)
# Merge fields. Mustache/Jinja/Liquid "{{x}}", "{% x %}", Mailchimp "*|FNAME|*", Salesforce
# "{!Contact.Name}", wiki-style "[[x]]", "<<x>>": unambiguous, so matched anywhere, links
# included. Each opener is followed by a bounded class that excludes the closer: linear.
_MERGE_FIELD = regex.compile(
    r"\{\{\{?\s*+[\p{L}_#/^>!&][^{}\n]{0,60}+\}\}\}?"
    r"|\{%[^{}%\n]{1,60}+%\}"
    r"|\*\|[A-Za-z0-9_:]{1,40}+\|\*"
    r"|\{![A-Za-z_][\w.]{0,60}+\}"
    r"|\[\[\s*+\p{L}[^\[\]\n]{0,60}+\]\]"
    r"|<<\s*+\p{L}[^<>\n]{0,60}+>>"
)
# "{name}", "${name}", "#{name}", "%FIRST_NAME%", "%%name%%": a sigil makes it a field; a bare
# name must look like one (see _is_field_name), so "{braces}" and "100% sure, 50%" pass.
_SIMPLE_FIELD = regex.compile(
    r"(?<![\w\\{$#])(?P<sigil>[$#])?\{(?P<name>[A-Za-z_][\w.\-]{1,40}+)\}"
    r"|(?<![\w%])%%?(?P<name>[A-Za-z][A-Za-z0-9_]{1,40}+)%%?(?![\w%])"
)
# Spin syntax "{Hi|Hello|Hey}" from bulk-posting tools.
_SPINTAX = regex.compile(r"\{[^{}|\n]{1,40}+(?:\|[^{}|\n]{1,40}+)++\}")
# Notes to self, in capitals only ("todo list" and "Todo" are words): TODO, FIXME, TBD, TBC,
# TKTK (the newsroom's "to come"); numbers left as "XX%", "$XX", "XX,XXX". A bare "XXX" is
# not one: in real posts it signs off with kisses or labels adult content far more often than
# it marks a blank, and the words around it cannot tell them apart.
_NOTE = regex.compile(
    r"(?<![\w$€£])(?:TODO|FIXME|TBD|TBC|TKTK"
    r"|[$€£]XX++(?:[.,]XX++)*+|XX++(?:[.,]XX++)*+\s?%|XX++(?:[.,]XX++)++)(?!\w)"
)
_FILLER = regex.compile(r"(?<!\w)(?:lorem\s++ipsum|dolor\s++sit\s++amet)(?!\w)", regex.IGNORECASE)
# What every match of a pattern holds verbatim.
_MERGE_FIELD_NEEDS = ("{", "*|", "[[", "<<")
_NOTE_NEEDS = ("TODO", "FIXME", "TB", "TKTK", "XX")
_FILLER_NEEDS = ("lorem", "dolor")
# Code in backticks shows template syntax on purpose ("`{{ name }}` prints a variable").
_CODE = regex.compile(r"`[^`\n]++`")
_CAMEL = regex.compile(r"[a-z][A-Z]")


class Leftover(NamedTuple):
    """One leftover: its kind ("field", "placeholder", "spintax", "filler" or "note") and
    its span in the draft."""

    kind: str
    start: int
    end: int


def leftovers(post: Post) -> tuple[Leftover, ...]:
    """The template leftovers outside code in backticks, pattern by pattern (memoised)."""
    return post.memo("template leftovers", _outside_code)


def _outside_code(post: Post) -> tuple[Leftover, ...]:
    code = [m.span() for m in _CODE.finditer(post.text)] if "`" in post.text else []
    return tuple(
        Leftover(kind, start, end)
        for start, end, kind in _leftovers(post)
        if not any(s <= start and end <= e for s, e in code)
    )


def _leftovers(post: Post) -> Iterator[tuple[int, int, str]]:
    # Each pattern runs only on a draft holding what every match of it holds: most drafts
    # have no brace, percent sign, "TODO" or "XX" at all.
    text, prose = post.text, post.prose
    if _holds(text, _MERGE_FIELD_NEEDS):
        for m in _MERGE_FIELD.finditer(text):
            yield m.start(), m.end(), "field"
    if _holds(prose, "{%"):
        for m in _SIMPLE_FIELD.finditer(prose):
            if m.group("sigil") or _is_field_name(m.group("name")):
                yield m.start(), m.end(), "field"
    lowered = prose.lower()  # no other letter folds to the filler's ASCII ones
    for pattern, kind, needs, holder in (
        (_BRACKETED, "placeholder", "[<({", prose),
        (_SPINTAX, "spintax", "{", prose),
        (_FILLER, "filler", _FILLER_NEEDS, lowered),
        (_NOTE, "note", _NOTE_NEEDS, prose),
    ):
        if _holds(holder, needs):
            for m in pattern.finditer(prose):
                yield m.start(), m.end(), kind


def _holds(text: str, needles: Iterable[str]) -> bool:
    return any(needle in text for needle in needles)


def _is_field_name(name: str) -> bool:
    """`FIRST_NAME`, `first_name`, `firstName`, `contact.name` or a listed field."""
    return (
        "_" in name
        or "." in name
        or (name.isupper() and len(name) > 2)
        or bool(_CAMEL.search(name))
        or name.lower() in FIELD_NAMES
    )
