"""Automation rules: template leftovers that show a machine wrote the post (SMM5xx)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from smmlint.analysis.leftovers import leftovers
from smmlint.core.model import Severity
from smmlint.core.registry import Hit, rule
from smmlint.read.post import Post

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
    for leftover in leftovers(post):
        yield Hit(leftover.start, leftover.end, message=_MESSAGES[leftover.kind])
