"""Automation rules: template leftovers that show a machine wrote the post (SMM5xx)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import Any

import regex

from smmlint.analysis.lexicon import word_list
from smmlint.core.model import Severity
from smmlint.core.registry import Hit, rule
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

_MESSAGES = {
    "field": "A merge field was never filled in.",
    "placeholder": "A placeholder was never replaced.",
    "spintax": "Spin syntax from a bulk-posting tool is still in the post.",
    "filler": "Filler text (lorem ipsum) is still in the post.",
    "note": "A note to self is still in the post.",
}


@rule(
    code="SMM501",
    name="template-leftover",
    severity=Severity.ERROR,
    category="automation",
    message="A template placeholder was left in the post.",
    hint="Fill it in or delete it before posting: a leftover tells readers a machine wrote it.",
    fires=(
        "Hi <marker>{{first_name}}</marker>, our spring range is here!",
        "Hello <marker>%FIRST_NAME%</marker>, thanks for joining.",
        "Thanks <marker>{name}</marker> for the kind words!",
        "Read the full story: <marker>[LINK]</marker>",
        "New post is up <marker>[insert link]</marker> — what do you think?",
        "Meet our new product <marker><insert witty caption></marker>",
        "<marker>Lorem ipsum</marker> dolor for the launch",
        "<marker>TODO</marker>: add hashtags before posting",
        "We grew <marker>XX%</marker> this year, details <marker>TBD</marker>.",
        "<marker>{Hi|Hello|Hey}</marker> everyone, happy Friday",
        "Dear <marker>*|FNAME|*</marker>, see you there",
        "Tickets at https://shop.example.com/<marker>{{event_slug}}</marker>",
        "Join us on <marker>[date]</marker> at <marker>(add location here)</marker>",
    ),
    quiet=(
        ("The quote is accurate [sic] and worth reading.", "[sic] is an editorial mark"),
        ("Source: the 2023 survey [1].", "a reference number"),
        ("Love you all <3", "a heart"),
        ("Making my todo list for the week.", "'todo' as a word"),
        ("A closure in JS: const f = (x) => { return x; }", "code braces"),
        ("[VIDEO] Our CEO explains the plan.", "a media label"),
        ("Add me on LinkedIn (add me there too)!", "a request without a placeholder noun"),
        ("`{{ name }}` is how Jinja prints a variable.", "template syntax in code"),
        ("We are 100% sure, and 50% done.", "percent signs"),
        ("Use {braces} sparingly in prose.", "a word in braces that is not a field"),
        ("Speakers TBA soon, stay tuned.", "TBA announces on purpose"),
        ("See you soon xxx", "kisses, in lower case"),
        ("Love you lots, Anna XXX", "kisses, in capitals"),
        ("Size XXL is back.", "a clothing size"),
        ("Slides are here: [link](https://example.com/slides)", "a Markdown link"),
    ),
)
def template_leftover(post: Post, options: Mapping[str, Any]) -> Iterator[Hit]:
    """Template placeholders left in a post: `{{first_name}}`, `[LINK]`, lorem ipsum, TODO.

    ## What it does
    Finds the automation showing through:

    - merge fields: `{{first_name}}`, `{% if %}`, `*|FNAME|*`, `{!Contact.Name}`,
      `[[name]]`, `<<name>>` (also inside links), and `{name}`, `${name}`,
      `%FIRST_NAME%` when the name looks like a field (capitals, an underscore, camelCase,
      or a listed field such as `name` or `link`);
    - bracketed blanks: `[LINK]`, `[your name]`, `[insert link]`,
      `<insert witty caption>`, `(add photo here)`, from `placeholders.txt`;
    - spin syntax `{Hi|Hello}`, filler text (lorem ipsum), notes to self in capitals
      (TODO, FIXME, TBD, TBC, TKTK) and numbers left as `XX%` or `$XX`. A bare `XXX` is
      left alone: kisses and adult labels use it far more often than drafts do, and the
      words around it cannot tell them apart.

    Editorial marks ([sic], [1]), media labels ([VIDEO]), hearts (<3), code braces, template
    syntax in backticks, "todo list" and "TBA" stay quiet.

    ## Why is this bad?
    One slip like "Hi {{first_name}}" tells every reader that nobody wrote to them, and it
    is screenshotted and shared. The human touch wins over the automated route; a leftover
    placeholder is the automated route made visible.
    """
    code = [m.span() for m in _CODE.finditer(post.text)] if "`" in post.text else []
    for start, end, kind in _leftovers(post):
        if not any(s <= start and end <= e for s, e in code):
            yield Hit(start, end, message=_MESSAGES[kind])


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
