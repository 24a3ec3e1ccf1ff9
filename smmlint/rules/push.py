"""Push rules: sales language and more than one call to action (SMM1xx)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

import regex

from smmlint.lexicon import Lexicon, compile_phrases
from smmlint.model import Severity
from smmlint.post import Post
from smmlint.registry import Hit, rule

SALES = Lexicon.from_data("sales.txt")

# "€19.99", "$5", "19,99 €", "USD 20", "£3.50/month"; "20% off", "save 30%", "up to 50% off".
_PRICE = regex.compile(
    r"(?<![\w.,])(?:[$€£¥₹]\s?\d[\d.,]*+|\d[\d.,]*+\s?(?:€|EUR|USD|GBP)(?!\w)"
    r"|(?:USD|EUR|GBP)\s?\d[\d.,]*+)(?:\s?/\s?(?:mo|month|year|yr))?",
)
_PERCENT_OFF = regex.compile(
    r"(?<!\w)(?:(?:up to|save|get|take|enjoy|extra)\s+)?\d{1,3}\s?%\s?(?:off|discount)(?!\w)"
    r"|(?<!\w)save\s+(?:up to\s+)?\d{1,3}\s?%",
    regex.IGNORECASE,
)

_MESSAGES = {
    "hard-cta": (
        "A hard call to action pushes the reader to buy.",
        "Invite instead: ask what they need, or say who it helps and let them come.",
    ),
    "urgency": (
        "Urgency and scarcity pressure the reader.",
        "Drop the countdown; give a reason to care that still holds tomorrow.",
    ),
    "discount": (
        "Discount talk turns the post into an advert.",
        "Lead with what the reader gains; put the offer on the landing page.",
    ),
    "price": (
        "A price in the post reads as an advert.",
        "Talk about the problem it solves; let people ask about the price.",
    ),
    "hype": (
        "Hype claims are words readers have learned to skip.",
        "Show it instead: one concrete detail, number or customer story.",
    ),
    "press-release": (
        "Press-release boilerplate speaks at people, not with them.",
        "Say it as you would to a customer: what changes for them?",
    ),
}


@rule(
    code="SMM101",
    name="sales-push",
    severity=Severity.WARNING,
    category="push",
    message="Sales language pushes readers away.",
    hint="Help, don't hype: say what the reader gains and invite a reply.",
    options={"extra_phrases": ()},
    fires=(
        "Our spring range is live. <marker>Shop now</marker>.",
        "<marker>Last chance</marker>: <marker>20% off</marker> everything.",
        "<marker>We are excited to announce</marker> our new app.",
        "Only <marker>€19.99</marker> for the starter kit.",
        "The <marker>world-class</marker> team behind it.",
        "<marker>Use code</marker> SPRING at checkout, <marker>free shipping</marker>.",
    ),
    quiet=(
        ("I'm not buying that explanation.", "'buy' as disbelief"),
        ("Finally some free time this weekend.", "'free' without a product"),
        ("Free speech matters here too.", "'free' without a product"),
        ("It's no big deal, honestly.", "'deal' as an idiom"),
        ("Here's how we deal with feedback.", "'deal' as a verb"),
        ("We changed the form in order to make it shorter.", "'order' in 'in order to'"),
        ("Our local coffee shop opens at seven.", "'shop' as a place"),
        ("Join the workshop on Friday?", "'shop' inside another word"),
        ("Don't discount their feedback.", "'discount' as a verb of judgement"),
        ("There is limited evidence for that claim.", "'limited' without stock"),
        ("All the best for your exam!", "'best' as a wish"),
        ("Happy to offer help if you need it.", "'offer' as helping"),
    ),
)
def sales_push(post: Post, options: Mapping[str, Any]) -> Iterator[Hit]:
    """A stretch of sales language: hard calls to action, urgency, discounts, prices, hype.

    ## What it does
    Marks each sales phrase: hard calls to action ("buy now", "add to cart"), urgency and
    scarcity ("last chance", "selling fast"), discounts and prices ("20% off", "coupon",
    "€19.99"), hype superlatives ("world-class") and press-release boilerplate ("we are
    excited to announce"). Extra phrases can be added with the ``extra_phrases`` option;
    brand names that look like sales words go in ``allow``.

    ## Why is this bad?
    People come to social networks to talk, not to be sold to. Posts that push get scrolled
    past and teach the network's ranking that the account is an advert. Pull works better:
    help, show, ask.
    """
    text = post.prose
    for match in SALES.finditer(text):
        message, hint = _MESSAGES[match.category]
        yield Hit(match.start, match.end, message=message, hint=hint)
    for pattern, kind in ((_PRICE, "price"), (_PERCENT_OFF, "discount")):
        message, hint = _MESSAGES[kind]
        for m in pattern.finditer(text):
            yield Hit(m.start(), m.end(), message=message, hint=hint)
    extra = compile_phrases(tuple(options["extra_phrases"]))
    if extra is not None:
        for m in extra.finditer(text):
            yield Hit(m.start(), m.end())
