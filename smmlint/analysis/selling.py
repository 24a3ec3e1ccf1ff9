"""Selling, read from the constructions it is made of: offer, pressure, hard call, hype and
self-promotion, each with the span of its whole phrase.

A sales word is not a sale: "$3 million in aid" is news, "you must have met her" is grammar,
"I shall buy one" is a story, and a quotation or a retweet is someone else's. So nothing
here fires on a word. An **offer** is a price with an offer cue ("only £9", "£1.50/min",
"was £60, now £45"), a discount, a free thing someone provides, a named sale or deal, or a
prize; **pressure** is a stock count, a time limit or a countdown; a **hard call** is a buy
or contact verb that orders the reader, completed by the moment, the thing, a phone number
or a keyword; **hype** is an advertising superlative or press-release boilerplate;
**self-promotion** asks readers to visit, subscribe to or follow the author's own channel,
or asks for an audience for the author ("help me get 100 subscribers", "sub back").
Phrases of one kind that touch ("Hurry! Only 2 left in stock") are one span.

The words live in ``smmlint/data/selling.txt``; the constructions are here. Only the
author's own prose is read (``borrowed.message_prose``: a pasted message wholly in quotation
marks is the post's own). Each pattern runs only on the stretches
around the hint words it cannot do without (``_hints``), so a long draft costs the few places
that may sell; every pattern is linear in the stretch it reads.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

import regex

from smmlint.analysis.borrowed import message_prose
from smmlint.analysis.imperative import gives_order
from smmlint.analysis.lexicon import compile_phrases, leftmost_longest, phrase_automaton
from smmlint.analysis.wordlists import section_lexicon, word_sets
from smmlint.read.post import Post

OFFER, PRESSURE, HARD_CALL, HYPE, SELF_PROMOTION = (
    "offer", "pressure", "hard call", "hype", "self-promotion",
)  # fmt: skip
# What a pitch is, where its kind alone would not say why it fired.
PREMIUM, PER_USE, KEYWORD, PRIZE, CHAT_LINE, PHONE_CHARGE, SOCIAL_PROOF, CONFIRMSHAMING = (
    "premium-rate number", "per use", "keyword", "prize", "chat line", "phone charge",
    "social proof", "confirmshaming",
)  # fmt: skip
_PER_USE_UNITS = ("min", "msg", "sms", "txt", "text", "call", "@", "ppm", "tone")
_NUDGE = "nudge"  # pressure that counts only next to another pitch, or alone on its line
_RIDER = "rider"  # an offer's condition ("on all orders over $50"): only next to an offer
# "150ppm" alone: pence per minute in a post that asks for a call, else parts per million
_PER_MINUTE = "per minute"

_WORDS = word_sets("selling.txt")
_PHRASES = section_lexicon(
    "selling.txt",
    "sale", "small print", "prize", "scarcity", "time limit", "hype", "own praise",
    "boilerplate", "nudge",
)  # fmt: skip
_PHRASE_KIND = {
    "sale": OFFER, "small print": OFFER, "prize": OFFER, "scarcity": PRESSURE,
    "time limit": PRESSURE, "hype": HYPE, "own praise": HYPE, "boilerplate": HYPE,
    "nudge": _NUDGE,
}  # fmt: skip


def _compile(pattern: str, flags: int = 0) -> re.Pattern[str] | regex.Pattern[str]:
    """The standard library's engine where the pattern allows (fixed-width lookbehinds): it
    dispatches alternatives on their first character, several times faster on a draft than
    ``regex``, which takes the rest (variable-width lookbehinds, Unicode classes)."""
    try:
        return re.compile(pattern, flags)
    except re.error:
        return regex.compile(pattern, flags)


def _alt(section: str) -> str:
    """A regex alternation of a section's phrases, longest first, spaces as any gap."""
    phrases = sorted(_WORDS[section], key=len, reverse=True)
    escaped = (regex.escape(p).replace(r"\ ", r"[\s\-]+").replace("'", "['’]") for p in phrases)
    return "(?:" + "|".join(escaped) + ")"


_B = r"(?<![\w#@＠＃$'’])"  # a word starts here (not inside a word, tag or cashtag)
_E = r"(?![\w'’])"  # a word ends here
# ``_B`` for a construction whose every branch opens with a letter (or a digit): the
# standard engine then skips ahead to the letters, where it tried every branch at every
# character before (five times faster on a draft). Under IGNORECASE ``[a-z]`` matches every
# character an ASCII letter of a branch does ("K" as the Kelvin sign, "ſ", "ı", "İ").
_B_LETTER = r"(?=[a-z])" + _B
_B_LETTER_OR_DIGIT = r"(?=[a-z\d])" + _B
_NUM = r"(?<![\d.,])\d+(?:[.,]\d+)*+"  # a whole number: matching starts at its first digit
_COUNT = (
    r"(?:\d+(?:[.,]\d+)?%?|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few"
    r"|a\s+couple(?:\s+of)?)"
)
_MONEY = (
    rf"(?:[$€£¥₹]\s?{_NUM}|(?:USD|EUR|GBP|AUD|CAD|INR|Rs\.?)\s?{_NUM}"
    rf"|{_NUM}\s?(?:€|(?:EUR|USD|GBP|pounds?|quid|dollars?|euros?|bucks|pence){_E}|p(?!\w|\.\w))"
    r"|(?<!\d)\d+\s?ppm(?!\w))"
)
# "five pounds per week": a sum in words is a price only with its unit (never "only five
# pounds", which is as often a story).
_SPELLED_MONEY = (
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|hundred)\s+"
    r"(?:pounds|quid|dollars|euros|bucks)"
)
# "$12.4 million", "$13.7m", "£2bn": a sum in the news, never a price.
_MAGNITUDE = _compile(
    r"\s?(?:k|m|mn|mm|bn|b|tn|million|billion|trillion|thousand|lakh|crore)(?![\w])",
    re.IGNORECASE,
)
_UNIT = (
    rf"(?:\s?(?:/|per|a|an|p/)\s?{_alt('price unit')}{_E}|\s+each{_E}"
    rf"|\s+(?:daily|weekly|monthly|nightly){_E}(?!\s+[a-z]))"  # not "£250 weekly draw"
)
_TIME_WORD = (
    r"(?:today|tonight|tomorrow|midnight|soon|sunday|monday|tuesday|wednesday|thursday|friday"
    r"|saturday|this\s+(?:week|weekend|month)|the\s+end\s+of\s+\w+|\d{1,2}(?:[:.]\d{2})?\s?(?:am|pm)"
    r"|\d{1,2}(?:st|nd|rd|th)?\s?\w{3,9}|\w{3,9}\s\d{1,2}(?:st|nd|rd|th)?)"
)
_COUNTDOWN = (
    r"(?:\d{1,2}\s?(?:days?\s?)?:?\s?\d{1,2}(?:\s?:\s?\d{2}){1,3}"
    r"|(?:\d{1,3}\s?(?:days?|hours?|hrs?|minutes?|mins?|seconds?|secs?|d|h|m|s)(?![a-z])\.?[\s:,]*){2,4}"
    r"|\d{1,2}\s?:\s?\d{2}\s*(?=min))"
    r"(?:\s*(?:days?|hrs?|hours?|mins?|minutes?|secs?|seconds?)\.?)*"
)

# Each construction: its kind and a pattern; checks in code decide the doubtful ones.
_PRICE = _compile(
    r"(?=[a-z\d$€£¥₹-])(?:(?<=@)|" + _B + r")(?:"  # a price opens with one of these
    rf"(?P<was_now>(?:was|were|regular(?:ly)?|usually|normally|rrp)\s*:?\s*{_MONEY}[,;.]?\s*"
    rf"(?:now|only|just|today)\s*:?\s*{_MONEY})"
    rf"|(?P<n_for>(?<![\d/.,:-])\d+\s+for\s+(?:only\s+|just\s+)?{_MONEY}(?:\s+each)?)"
    rf"|(?P<off>(?:(?:up\s+to|save|get|take|enjoy|extra|an\s+extra|additional)\s+)?(?:-\s?)?"
    rf"(?:{_NUM}\s?(?:%|percent|per\s?cent)|{_MONEY})\s*(?:off|discount|savings?){_E}"
    r"(?:\s+(?:sitewide|storewide|everything|all\s+orders|your\s+(?:first\s+)?order))?)"
    r"|(?P<deal>(?:\d|two|three)-for-(?:\d|one|two)|\d-4-\d(?=\s+(?:offers?|deals?|special)\b))"
    rf"|(?P<save>save\s+(?:up\s+to\s+)?(?:{_NUM}\s?(?:%|percent)|{_MONEY}))"
    rf"|(?P<cued>(?:(?:for\s+)?(?:only|just)|from|starting\s+(?:at|from)|starts?\s+at"
    rf"|as\s+low\s+as|now\s+only|prices?\s+(?:from|at)|priced\s+at|pay\s+(?:only|just))\s*"
    rf"{_MONEY}{_UNIT}?)"
    rf"|(?P<per>(?:{_MONEY}|{_SPELLED_MONEY}){_UNIT}|(?:msgs?|messages?|texts?|txts?|sms|calls?|mins?)\s?@\s?{_MONEY})"
    r"|(?P<ppm>(?<![\d.,])\d{1,3}(?:\.\d+)?\s?ppm(?!\w))"
    r")",
    re.IGNORECASE,
)
_FREE = _compile(
    _B_LETTER_OR_DIGIT + r"(?:"
    r"(?:\d+[\s-]?(?:day|week|month)s?[\s-]+|\d+\s+|(?:1st|first|your)\s+)?"
    r"free\s+(?:\d+[\s-]?(?:day|week|month)s?\s+)?"
    rf"(?:{_alt('card brand')}\s+)?(?:[$£€]\s?\d+\s+)?{_alt('free thing')}{_E}"
    rf"|(?:1st|first|one|\d+)[\s-]?(?:day|week|wk|month|hrs?|hours?|{_alt('free thing')})s?"
    r"\s+(?:is\s+|are\s+)?(?:for\s+)?free"
    r"|free\s+for\s+(?:the\s+)?(?:1st|first|\d+|one|two|three)\s+(?:day|week|wk|month)s?"
    rf"|free\s+[\w'’-]+\s+(?:to|2|for|4)\s+(?:all|every)\s+{_alt('free taker')}"
    r"|(?:get|claim|download|try|win|receive|collect|grab|sign\s+up|join|register)"
    r"(?:\s+[\w'’]+(?:[.,]\d+)?){0,3}?\s+(?:for\s+)?free"
    rf"(?!\s+(?:of|from|time|speech|will|kick|agent|\w+ing))(?:\s+{_alt('free thing')})?"
    r")" + _E,
    re.IGNORECASE,
)
_WIN = regex.compile(
    _B + r"(?:(?:a\s+)?chances?\s+(?:to|2)\s+)?win\s+(?:a\s+|an\s+|the\s+|your\s+|one\s+of\s+)?"
    r"(?:free|cash|£|\$|€|\d|prizes?|tickets?|vouchers?|gift|holiday|trip|signed|copy|pair"
    r"|iphone|ipad|ipod|xbox|playstation|ps[345]|nintendo|laptop|tablet|console)"
    r"(?:[\w£$€]|[.,](?=\d))*+",
    re.IGNORECASE,
)
_ENTITLED = regex.compile(
    _B + r"(?:you|u)\s+(?:are|r)\s+entitled\s+to\s+(?:a\s+|an\s+|the\s+)?"
    r"(?:update|upgrade|free|claim|receive|new|£|\$|€|\d)\w*",
    re.IGNORECASE,
)
# A prize to claim: "to claim ur med holiday", "claim your £5000 prize", "call ... to claim
# £5000 prize"; the reader's own (your, ur) or a sum, never "Kenya claim the award".
_CLAIM = _compile(
    _B_LETTER + r"(?:claim|collect)\s+(?:(?:your|ur)\s+(?:[\w£$€.,'’-]+\s+){0,3}?"
    rf"|(?:a\s+)?(?:{_MONEY}|\d+)\s+(?:[\w'’-]+\s+){{0,2}}?){_alt('prize noun')}" + _E,
    re.IGNORECASE,
)
# A paid chat or dating line's lure: strangers "waiting for you to text them" or "waiting
# to chat"; not friends "waiting for u at the pub", nor "the girls are waiting for the bus".
_LURE = _compile(
    rf"(?<![\w'’]){_alt('lure noun')}(?:\s+in\s+your\s+area)?\s+(?:are\s+|r\s+)?waiting\s+"
    r"(?:for\s+(?:you|u)\s+to\s+(?:call|text|txt|chat|ring)|to\s+(?:chat|text|meet\s+(?:you|u)\b)"
    r"(?:\s+now)?)" + _E,
    re.IGNORECASE,
)
# A charge a paid text service puts on the reader's phone: "your mobile will be charged
# £4.50", "you have been billed 150p", "£2.50 will be added to your next bill". Only a phone
# bill: "you were charged £50 twice" is a complaint, "a £10 fee will be charged" a policy.
_CHARGE = _compile(
    _B + r"(?:"
    rf"(?:your\s+{_alt('phone bill')}\s+(?:will|has|shall|is\s+going\s+to)\s+(?:be|been)\s+"
    r"(?:charged|billed)|(?:you|u)\s+(?:have|'ve|’ve|hav)\s+been\s+billed)\s+(?:at\s+)?"
    rf"(?:{_MONEY}|\d+[.,]\d{{2}}(?!\d|[.,]\d))"
    rf"|{_MONEY}\s+(?:will\s+be|has\s+been|is|was)\s+(?:added|charged)\s+to\s+your\s+"
    r"(?:next\s+|phone\s+|mobile\s+|monthly\s+){0,2}bill"
    r")" + _E,
    re.IGNORECASE,
)
_STOCK = _compile(
    _B_LETTER_OR_DIGIT + r"(?:"
    rf"in\s+stock[\s,:!.-]*(?:only\s+|just\s+)?{_COUNT}\s+(?:[\w()]+\s+)?left"
    rf"|(?:(?P<cue>only(?:\s+have)?|just|less\s+than|fewer\s+than|under|last):?\s+)?{_COUNT}"
    r"\s+(?P<noun>(?:[\w()]+\s+){1,3}?)?(?P<left>left|remaining|available)"
    r"(?P<where>\s+in\s+(?:online\s+)?stock(?:\s+now)?|\s+at\s+this\s+price"
    r"|\s+in\s+(?:this|that|your|the)\s+(?:size|colou?r|style|store|shade)|\s+in\s+size\s+\w+)?"
    rf"|(?P<cue2>only:?\s+|just\s+)?\d+\s+(?:{_alt('stock noun')}\s+)?(?:left\s+)?in\s+stock"
    r"(?:\s+now)?"
    r"|\d{1,3}\s?%\s+(?:\w+\s+)?(?:claimed|sold|gone)"
    rf"|(?P<time>(?:only|just)\s+\d+\s+{_alt('time unit')}\s+(?:left|to\s+go))"
    r")" + _E,
    re.IGNORECASE,
)
# "Items in your cart are selling fast", "This style is in high demand".
_DEMAND = _compile(
    _B_LETTER
    + r"(?:items?|products?|styles?|this\s+\w+|it|they|these(?:\s+\w+)?)(?:\s+[\w'’]+){0,3}?"
    r"\s+(?:is|are|'s|’s)\s+(?:in\s+(?:very\s+)?(?:high\s+|great\s+)?demand|selling\s+(?:out\s+)?"
    r"(?:fast|quickly)|going\s+fast|almost\s+gone|nearly\s+gone|almost\s+sold\s+out)" + _E,
    re.IGNORECASE,
)
# Social proof: a shop's live count of who else looks or buys, told to hurry the reader
# ("3 people are viewing this right now", "71 people have purchased this item", "7 sold in
# the last 24 hours", "135 people have this in their cart"). The count needs what they look
# at or buy ("this"), a moment ("right now", "in the last 5 hours") or a cart, or it ends
# its line ("3 PEOPLE VIEWING"): "400 people bought tickets" and "2 million people viewed
# it" (a magnitude) are news.
_PROOF_WHEN = (
    r"(?:right\s+now|now|today|recently|this\s+(?:hour|week|month)|per\s+hour|an\s+hour"
    r"|(?:in|during|over|within)\s+(?:the\s+)?(?:last|past)\s+(?:\d+\s?|few\s+|couple\s+(?:of\s+)?)?"
    r"(?:hours?|hrs?|days?|minutes?|mins?|weeks?))"
)
_PROOF_CART = r"(?:in\s+(?:their|other|your)\s+|to\s+(?:their\s+)?)(?:carts?|baskets?|bags?)"
_PROOF_OBJECT = (
    r"(?:this|it|these)(?:\s+(?:item|items|product|products|deal|offer|page|style|part|room"
    r"|property|hotel|one|ones))?"
)
_PROOF_VERB = (
    r"(?:viewing|looking(?!\s+(?:for|to|forward|into|after|like))(?:\s+at)?|looked\s+at"
    r"|considering|seeing|viewed|bought|purchased|ordered|booked|buying|added)"
)
# What a count did, told with no one named: "21 bought in the last 7 days", "3642 BOUGHT"
_PROOF_DONE = r"(?:(?:just|recently)\s+)?(?:bought|purchased|ordered|sold|booked)"
_SOCIAL_PROOF = _compile(
    # the count and who: "71 people", "6 people other than you", "2 others"
    r"(?<![\w$£€.,])\d[\d,]*\+?\s+(?:"
    r"(?:other\s+)?(?:people|persons|customers|shoppers|buyers|users|visitors|others|guests"
    r"|travell?ers)(?:\s+other\s+than\s+you)?\s+"
    r"(?:(?:are|is|have|has|were|had)\s+)?(?:(?:currently|just|already|recently|also)\s+)?"
    # "... have purchased this item", "... viewing right now", "... have this in their cart"
    rf"(?:{_PROOF_VERB}(?:\s+{_PROOF_OBJECT}(?:\s+{_PROOF_WHEN}|\s+{_PROOF_CART})?"
    rf"|\s+{_PROOF_WHEN}|\s+{_PROOF_CART}|(?=\s*+(?:[.!]|$)))"
    rf"|{_PROOF_OBJECT}\s+{_PROOF_CART})"
    # "7 sold in the last 24 hours", "14 added to bag today", "39 recently purchased it"
    rf"|(?:items?\s+)?(?:{_PROOF_DONE}|added\s+to\s+(?:cart|basket|bag))"
    rf"(?:\s+{_PROOF_OBJECT})?(?:\s+{_PROOF_WHEN}|(?=\s*+(?:[.!]|$))))"
    # "Purchased 6 times this week", "viewed 480 times in the last 48 hours"
    rf"|(?<![\w'’])(?:{_PROOF_DONE}|viewed)\s+\d[\d,]*\+?\s+times\s+{_PROOF_WHEN}" + _E,
    re.IGNORECASE | re.MULTILINE,
)
# Confirmshaming: a shop's decline button that puts a refusal of the offer's gain in the
# reader's mouth ("No thanks, I'd rather pay full price", "No, I don't like discounts"), to
# shame them out of declining. The whole line is the button: a decline, a first-person
# refusal or preference, the gain within a few words, and at most a few words after it
# ("I love free gifts" and "no thanks, I'd rather walk" are not one).
_OFFER_GAIN = (
    r"(?:full\s+price|pay(?:ing)?\s+(?:more|the\s+full\s+price|for\s+shipping)|sav(?:e|ing)"
    r"|discounts?|deals?|coupons?|free\s+(?:stuff|gifts?|things|shipping)|free|offers?"
    r"|win(?:ning)?|lucky|gifts?|exclusive\s+offers)"
)
_CONFIRMSHAMING = _compile(
    r"^[^\w\n]*+(?:no|nope)(?:[,.!]*\s*(?:thanks|thank\s+you))?[,.!]*\s+"
    r"i\s*(?:(?:['’´]m|\s+am)\s+not\s+interested(?:\s+in)?|(?:['’´]d|\s+would)\s+rather"
    r"|(?:don['’´]?t|do\s+not)\s+(?:like|want|need|feel)|hate|despise|['’´]ll|\s+will"
    r"|\s+prefer|\s+like|\s+love|\s+want)"
    r"(?:\s+[\w'’´]+){0,4}?\s+" + _OFFER_GAIN + r"(?:\s+[\w'’´]+){0,3}(?=[\s.!?…]*$)",
    re.IGNORECASE | re.MULTILINE,
)
# "Anna in Leeds, UK just bought ...", "Someone from Portland (US) purchased ...": a shop's
# notice of who bought what where (names and places as capitalised words).
_BOUGHT_NOTICE = _compile(
    r"(?<![\w@#])(?:[Ss]ome(?:one|body)|[Aa]\s+(?:customer|shopper)|[Aa]nother\s+[a-z]+"
    r"|[A-Z][A-Za-z]+(?:\s+[A-Z][A-Za-z]*\.?)?)\s+(?i:in|from|near)\s+"
    r"(?:[A-Z][\w.'’-]*,?\s+|\([A-Z]+\)\s+){1,6}?"
    r"(?i:(?:just\s+|recently\s+)?(?:purchased|bought|ordered|made\s+a\s+purchase))" + _E
)
# A countdown on its own ("00:15:07:45", "0 Days 2 Hours 57 Minutes"): pressure beside an
# offer or alone on its line; a race time in a sentence is not.
_CLOCK = regex.compile(
    r"(?<![\w:])(?:\d{1,3}\s?days?[\s,:]*)?\d{1,2}(?:\s?:\s?\d{2}){2,3}(?![\w:])"
    r"|(?<!\w)(?:\d{1,3}\s?(?:days?|hours?|hrs?|minutes?|mins?|seconds?|secs?)(?![a-z])\.?[\s:,]*)"
    r"{3,4}",
    re.IGNORECASE,
)
_RIDERS = _compile(
    _B + r"(?:(?:on|for)\s+(?:all\s+|any\s+|your\s+(?:first\s+)?|select\s+|eligible\s+)?"
    rf"(?:orders?|purchases?|items?|models|styles)(?:\s+(?:over|above|of|from)\s+{_MONEY}\+?)?"
    rf"|orders?\s+{_MONEY}\+|no\s+minimum(?:\s+(?:required|spend|order))?|at\s+checkout"
    r"|(?:for\s+)?new\s+customers(?:\s+only)?|(?:with|use|using)\s+(?:promo\s+)?code:?\s+[A-Z0-9]{3,}"
    r"|sitewide|storewide|(?:to|in)\s+select\s+\w+|(?:this|the)\s+item|your\s+(?:entire\s+)?order)"
    + _E,
    re.IGNORECASE,
)
_ENDS = _compile(
    _B_LETTER
    + r"(?:(?:offer|sale|deal|promo|promotion|discount|price|prices|pre-?sale|voucher|code"
    r"|coupon|competition|giveaway|entry|entries|early\s+bird|it|this|delivery|shipping|event"
    r"|offers|sales|deals)\s+"
    r"(?:ends?|ending|expires?|expiring|closes?|finishes|valid\s+(?:until|till|through))"
    rf"\s+(?:on|at|in|by)?\s*:?\s*(?:{_COUNTDOWN}|{_TIME_WORD})"
    r"|(?:offer|sale|deal|promo|promotion|discount)\s+(?:ends|expires)(?:\s+in)?\s*:?(?=\s*[.!]|\s*$)"
    r"|(?:(?:your\s+)?(?:cart|order|basket|items?)(?:\s+in\s+your\s+cart)?\s+(?:will\s+)?"
    r"(?:be\s+|is\s+|are\s+)?)?(?:reserved|held|prioriti[sz]ed|saved)(?:\s+in\s+your\s+cart)?"
    r"\s+for\s+\d{1,2}\s?:\s?\d{2}(?:\s*(?:minutes|mins|min))?"
    r"|(?:(?:your\s+)?(?:cart|order|basket|reservation)\s+(?:will\s+)?)?"
    rf"(?:ends?|ending|expires?|closes?|left|within|until|in|remaining)\s*:?\s*{_COUNTDOWN}"
    r"|(?:time\s+)?(?:remaining|left)\s*:\s*\d{1,2}\s?:\s?\d{2}(?::\d{2})?"
    rf"|(?:order|book|buy|shop|register|sign\s+up|enrol|apply|claim|redeem|enter)(?:\s+now)?"
    rf"\s+(?:by|before|within|in|until)\s+(?:{_COUNTDOWN}|{_TIME_WORD})"
    r"|(?:days?|hours?)\s+left\s+(?:until|till|before)\s+the\s+(?:offer|sale|deal)\s+ends"
    r")" + _E,
    re.IGNORECASE,
)
_BUY_CALL = regex.compile(
    rf"{_B}(?P<verb>{_alt('buy verb')})(?:\s+(?!now\b)[\w'’-]+){{0,3}}?\s+"
    rf"(?:{_alt('buy completion')}|(?:at|from|on|via)\s+(?:all\s+good\s+|your\s+local\s+)?"
    r"(?:bookshops?|bookstores?|stores?|shops?|retailers?|outlets?|amazon|www\.|\S+\.com))"
    + _E
    + rf"|{_B}(?P<verb2>{_alt('buy verb')})\s+{_alt('buy completion')}{_E}"
    + rf"|{_B}(?:claim|redeem|collect)\s+(?:your|ur)\s+[\w'’-]+(?:\s+[\w'’-]+){{0,2}}?"
    + r"(?=\s*(?:[.,!:;]|$|now|today|here|by|before|at|with|when|call|txt|text))",
    re.IGNORECASE,
)
_PHONE = r"(?P<number>\+?\(?\d[\d \-()]{3,14}\d)"
_CONTACT = _alt("contact verb")
# "Text WIN to 80000", "reply DATE": a keyword in capitals, maybe a short code.
_TEXT_CALL = _compile(
    _B_LETTER + r"(?:(?:text|txt|reply|rply|send)(?P<ing>ing)?:?\s+(?:back\s+)?"
    r"(?P<named>(?:the\s+)?(?:key)?word:?\s+)?"
    r"(?:with:?\s+)?"
    r"(?P<keyword>(?-i:[A-Z][A-Z0-9#]+)(?:-\d+)?(?:\s+(?-i:[A-Z0-9][A-Z0-9#]*))*)"
    r"(?P<code>\s+(?:to|on):?\s*(?:no\.?:?\s*)?\d{4,6})?"
    + _E
    + "|"
    + _B
    + r"(?:text|txt|reply|rply|send)(?:\s+[\w'’,]+){1,4}?\s+"
    r"(?P<code2>(?:to|on):?\s*(?:no\.?:?\s*)?\d{4,6})"
    + _E
    + rf"|{_CONTACT}\s+us\s+(?:today\s+|now\s+)?for\s+{_alt('enquiry')}{_E})",
    re.IGNORECASE,
)
_PHONE_CALL = _compile(
    rf"{_B_LETTER}{_CONTACT}(?P<whom>(?:\s+(?!{_CONTACT}{_E})[\w'’&]+){{0,5}}?)\s*(?:on|to|at|:)?\s*"
    rf"{_PHONE}{_E}",
    re.IGNORECASE,
)
# A premium-rate number standing on its own, as paid text services print it: a helpline
# ("Customer Care: 08718726270"), a price line ("stopCost 150p 08712400603"), often glued to
# the word before it and to the price after it ("Help08700621170150p a msg"). Whoever dials
# it pays by the minute, so it sells with no verb to order the call (``_is_premium`` says
# which numbers charge).
_NUMBER_GAP = re.compile(r"[ \-]")
_PHONE_DIGITS = 11  # UK numbers with their 0, US ones with their 1
_BARE_NUMBER = _compile(r"(?<![\d+])\+?\d+(?:[ \-]\d{3,})*(?:p(?![a-z]))?", re.IGNORECASE)
_AVAILABLE = regex.compile(
    _B + r"(?:available|out)\s+now\s+(?:at|in|on|from)\s+(?:all\s+good\s+|your\s+local\s+)?"
    r"[\w'’-]+(?:\s+(?:stores?|shops?|bookshops?|bookstores?|retailers?))?"
    r"|(?:available|now\s+available)\s+(?:to\s+(?:buy|order|pre-?order)|for\s+pre-?order)"
    r"|(?:in|at)\s+(?:stores|shops)\s+now|pre-?order\s+(?:now|today)\s+(?:at|from|on)\s+[\w.]+",
    re.IGNORECASE,
)
_LINK_IN_BIO = regex.compile(_B + r"link\s+in\s+(?:my\s+|our\s+|the\s+)?(?:bio|profile)" + _E,
                             re.IGNORECASE)  # fmt: skip
_SUB = r"(?:subscribe|suscribe|subcribe|sub)"
_SUB_WHOM = r"(?:\s+(?:to|for)\s+(?:me|us|my\s+channel|our\s+channel))?" + _E
# "Subscribe!", "subscribe and like": a bare call at the start of a clause (checked in code).
_BARE_SUB = re.compile(
    r"(?<![\w'’])(?:subscribe|suscribe|subcribe|sub)"
    + _SUB_WHOM
    + r"(?=\s*(?:$|[.!,:;)(]|and\b|&|please\b|pls\b|plz\b|if\b|now\b|for\s+more\b))",
    re.IGNORECASE,
)
# The author's own channel or work, named by a possessive or a first-person maker.
_OWN_WORK = (
    r"(?:channel|chanel|videos?|vids|vidz|vidios|covers?|music|songs?|remix(?:es)?|raps?|mixtape"
    r"|tracks?|beats?|podcast|vlogs?|stream|parody|freestyles?|clips?|page|blog)"
)
# Asking for an audience for oneself: "help me get 100 subscribers", "if I reach 500 subs
# I'll...", "I'll subscribe back", "sub4sub", "like and subscribe", "become my first
# subscriber"; and YouTube's share text pasted as a comment ("Check out this video on
# YouTube:"), a pointer away from the conversation.
_AUDIENCE_NOUN = r"(?:subscribers?|subscribes|subs|followers|views|likes|thumbs\s+up)"
_AUDIENCE = _compile(
    _B_LETTER + r"(?:"
    r"(?:help\s+(?:me|us)|can\s+(?:i|we)|i\s+need|we\s+need|trying\s+to|i\s+want\s+to)\s+"
    r"(?:to\s+)?(?:get|getting|reach|reaching|hit|gain|make\s+it\s+to)\s+(?:to\s+)?"
    rf"(?:(?:\d[\d,.]*k?\+?|more|some|my\s+first|a\s+few|a\s+lot\s+of)\s+)?(?:new\s+)?"
    rf"{_AUDIENCE_NOUN}"
    r"|(?:if|when|once|at)\s+(?:(?:i|we|this\s+(?:comment|channel|video|post))\s+(?:can\s+)?"
    r"(?:get|gets|reach|reaches|hit|hits|got)\s+)?(?:to\s+)?\d[\d,.]*k?\+?\s+"
    rf"{_AUDIENCE_NOUN}(?=[\s,]+(?:i|we)\b|[\s,]+by\b)"
    r"|(?:i'?ll|i\s+will|ill|will)\s+(?:sub|subscribe|follow|like|add)\s+(?:to\s+)?(?:you\s+|u\s+)?back"
    r"|(?:sub|follow|like)\s*(?:4|for)\s*(?:sub|follow|like)|f4f|l4l"
    r"|become\s+my\s+(?:first|\d+\w*|next)\s+(?:subscriber|follower)"
    r"|(?:if|hope|wish)\s+(?:you|u|y['’]?all)\s+(?:guys\s+)?(?:could|would|can|will)\s+"
    r"(?:please\s+|just\s+)?(?:subscribe|sub)"
    r"|(?:check\s+out|watch|listen\s+to|look\s+at|have\s+a\s+look\s+at)\s+(?:this|a|the)\s+"
    rf"(?:[\w'’-]+\s+){{0,2}}?{_OWN_WORK}\s+(?:that\s+)?(?:i|we)(?:\s+just)?\s+"
    r"(?:made|wrote|did|recorded|produced|created|sing|sang|uploaded|posted|shot)"
    r"|(?:subscribe|suscribe|subcribe)\s+(?:to\s+|2\s+)?(?:my|mi|our)(?:\s+[\w'’]+)?"
    r"|(?:like|watch|view|share|comment|rate|click)(?:(?:\s*(?:,|&|and|\+)\s*|\s+)"
    r"(?:like|share|comment|rate))*(?:\s*(?:,|&|and|\+)\s*|\s+)"
    r"(?:subscribe|subscrib|suscribe|subcribe|subscrible)"
    r"|subscribe(?:(?:\s*(?:,|&|and|\+)\s*|\s+)(?:like|share|comment|rate)){1,3}"
    r"|(?:check\s+out|take\s+a\s+look\s+at|watch)\s+this\s+(?:video|playlist)\s+on\s+youtu\w*"
    # "help me out by checking me out", "if you wouldnt mind chacking out my rap"
    r"|(?:help\s+(?:me|us)(?:\s+out)?\s+(?:by\s+)?|(?:wouldn['’]?t|would\s+not|don['’]?t|do\s+not)"
    r"\s+mind\s+)(?:checking|chacking|watching|viewing|visiting|listening\s+to|subscribing\s+to)"
    rf"\s+(?:out\s+)?(?:(?:me|us)(?:\s+out)?|(?:my|our)\s+(?:[\w'’-]+\s+){{0,2}}?{_OWN_WORK})"
    r")" + _E,
    re.IGNORECASE,
)
# "Check it out", "watch them" pointing back at the author's own channel or work named just
# before ("I did a cover if u want to check it out", "My videos are decent, check them out").
_POINT_BACK = _compile(
    _B + r"(?:(?:check|watch|listen\s+to|have\s+a\s+look\s+at|look\s+at|view)\s+"
    r"(?:it|them|['’]?em)(?:\s+out)?"
    r"|(?:take|have)\s+a\s+(?:listen|look|watch)(?!\s+(?:at|to|around|inside)\b)"
    r"|give\s+(?:it|them|['’]?em)\s+a\s+(?:listen|look|watch|view|try))" + _E,
    re.IGNORECASE,
)
_OWN_MENTION = _compile(
    r"\b(?:my|our)\s+(?:[\w'’-]+\s+){0,2}?" + _OWN_WORK + r"\b"
    r"|\b(?:i|we)(?:['’]ve|\s+have)?(?:\s+just)?\s+(?:made|make|did|do|started|uploaded|upload"
    r"|record|recorded|created|post|posted)\s+(?:a\s+|an\s+|some\s+|my\s+|our\s+)?"
    r"(?:[\w'’-]+\s+){0,2}?" + _OWN_WORK + r"\b",
    re.IGNORECASE,
)
# The audience asks that open with their verb; the others ("if I reach 100 subs", "help me
# get", "I'll sub back") carry their own subject.
_ASK_VERBS = frozenset(
    {"like", "watch", "view", "share", "comment", "rate", "click", "subscribe", "check"}
    | {"listen", "look", "have", "take"}
)
_LINK_GAP = 12  # characters of arrows and spaces between "follow me" and its link
_POINT_BACK_REACH = 200  # characters before "check it out" where the author names the work
# An offer of income: "make money online", "earn cash from home", "get paid $25 an hour",
# "I am making over $3,000 per month"; not "we make money on ads" (no offer to the reader).
_INCOME = _compile(
    _B_LETTER + r"(?:"
    r"(?:make|making|earn|earning|get|getting|win|winning)\s+(?:extra\s+|real\s+|free\s+|"
    r"lots\s+of\s+|a\s+lot\s+of\s+|some\s+|easy\s+|big\s+|more\s+|serious\s+)?"
    r"(?:money|cash|income)\s+"
    r"(?:online|on\s+the\s+internet|from\s+(?:home|your\s+\w+)|fast|easily|easy|quickly|daily"
    r"|(?:on|from|by)\s+(?:the\s+|a\s+|this\s+)?(?:internet|web|social\s+media|facebook|youtube"
    r"|instagram|twitter)"
    r"|with\s*out\s+(?:any\s+)?(?:\w+\s+)?(?:investment|risk|effort)|while\s+you\s+sleep"
    r"|for\s+(?:being|sharing|watching|liking|commenting|playing|browsing|doing)\w*"
    r"|with\s+(?:your|this|our|my)\s+\w+|by\s+(?:sharing|watching|liking|commenting|playing)\w*)"
    r"|(?:make|making|earn|earning)\s+free\s+(?:money|cash)"
    r"|(?:make|making|earn|earning|earns)\s+(?:more\s+than\s+|over\s+|up\s+to\s+)?"
    r"(?:\$\s?\d[\d,.]*|\d[\d,.]*\s*(?:dollars|bucks))\+?\s+(?:(?:per|a|every|each)\s+)?"
    r"(?:month|week|day|hour|monthly|weekly|daily)"
    r"|get\s+paid\s+(?:up\s?to\s+)?\$\s?\d[\d,.]*(?:\s+to\s+\$\s?\d[\d,.]*)?(?:\s+(?:an|a|per)\s+\w+)?"
    r"|(?:get|getting)\s+paid\s+(?:to|for)\s+(?:share|sharing|like|liking|comment|commenting|watch"
    r"|watching|mess\s+around|surveys?|taking\s+surveys|post|posting|brows\w*)"
    r"|(?:i\s+am|i'?m|im)\s+(?:now\s+)?(?:making|earning)\s+(?:over\s+|more\s+than\s+|up\s+to\s+)?"
    r"(?:\$\s?\d[\d,.]*\+?|\d[\d,.]*\+?\s+(?:dollars|bucks))\s+(?:per|a|every|each)\s+(?:month|week|day|hour)"
    r")" + _E,
    re.IGNORECASE,
)
# One word-start test shared by every alternative: about twice as fast as one each.
_PROMO = regex.compile(
    _B + rf"(?:(?P<verb>{_alt('promo verb')})\s+(?:out\s+)?"
    r"(?:and\s+(?:share|like|subscribe(?:\s+to)?)\s+)?(?:to\s+|for\s+|on\s+|in\s+|(?:some|one|any)\s+of\s+)?"
    r"(?:(?P<me>me|my\s+self|myself|us)(?:\s+(?:out|for\s+more|on\s+\w+|back\s+for\s+more|[@+＠]\w+))?"
    r"|(?P<my>my|our)(?:\s+[\w'’&-]+){0,3}?\s+(?P<what>"
    + _alt("own channel")
    + "))"
    + _E
    # "check out the covers on my channel"
    + rf"|(?P<verb2>{_alt('promo verb')})(?:\s+[\w'’\"-]+){{0,5}}?\s+(?:on|in|at)\s+(?:my|our)\s+"
    r"(?:youtube\s+)?(?:channel|page|profile|blog|account)"
    + _E
    # "please subscribe", "come subscribe to us"
    + r"|(?:please|pls|plz|pleas|come|go|forget\s+to|sure\s+to)\s+(?:and\s+)?"
    + _SUB
    + _SUB_WHOM
    + r"|sub\s*4\s*sub)",
    re.IGNORECASE,
)
# What a brand may say "our" about and still promote itself: a channel, not a product.
_OUR_CHANNEL = frozenset(
    {"channel", "chanel", "page", "profile", "account", "youtube channel", "youtube", "band"}
    | {"music", "songs", "song", "videos", "new video", "new song", "new channel"}
    | {"soundcloud", "instagram", "podcast", "cover", "covers", "parody", "remix", "vids", "vlog"}
    | {"music video", "musicvideo", "stream", "video"}
)
_SENTENCE_WORD = _compile(r"[\w'’&]+")
_PARTICIPLE = _compile(r"\s+(?:\w+ed|been|known|made|met|seen|done|gone|had|got|taken|"
                            r"given|heard|felt|thought|left|said|told|come|become|run)\b",
                            re.IGNORECASE)  # fmt: skip
_TAGS = _compile(r"[@#＠＃][\w.]+")
_REFUSAL = _compile(
    r"(?:don'?t|do\s+not|never|rather\s+not|no\s+thanks|not\s+interested)"
    r"(?:\s+[\w'’]+){0,4}?\s+(?:want|like|need|care|hear|get|receive|use|about)\b"
    r"|\b(?:despise|hate)\b",
    re.IGNORECASE,
)
# The words every refusal starts with (a superset of where ``_REFUSAL`` may match).
_REFUSAL_CUE = _compile(
    r"don'?t|do\s+not|never|rather\s+not|no\s+thanks|not\s+interested|despise|hate", re.IGNORECASE
)
_SOLD_BY = _compile(r"\s+(?:by|of)\s", re.IGNORECASE)
_LAST_CHANCE_FOR = _compile(r"\s+(?:to|for)\s+([\w'’-]+)", re.IGNORECASE)
_SHOPPING_WORDS = _WORDS["buy verb"] | {
    "save",
    "get",
    "enter",
    "win",
    "shop",
    "see",
    "catch",
    "register",
    "sign",
    "apply",
    "the",
    "our",
    "this",
    "free",
    "early",
    "tickets",
    "a",
    "your",
}
# Between two phrases of one kind that make one span: spaces and punctuation, no words.
_JOINER = _compile(r"[\s\p{P}\p{S}]{0,4}")
_MONEY_NEWS = _WORDS["money news"]
_STOCK_NOUNS = _WORDS["stock noun"]
_TIME_UNITS = _WORDS["time unit"]
_OWN_PURCHASE = _WORDS["own purchase"]
_PAST_PRICE = _WORDS["past price"]
_CIVIC = _WORDS["civic contact"]
_OPT_OUT = _WORDS["opt out"]
_PREMIUM_PREFIXES = tuple(sorted(_WORDS["premium prefix"]))
# How an opt-out keyword starts ("STOPCS", "unsubscribe"), or the word before an opt-out
# call ends ("T&Cs/stop SMS 0871...", "Cncl send ...").
_OPT_OUT_STEMS = ("stop", "unsub", "cancel", "cncl", "optout")
# "(a scam text) tells u 2 call 0906...": someone else's order, reported.
_REPORTED = _compile(
    r"\b(?:tells?|told|asks?|asked|wants?|wanted)\s+(?:u|you|me|us|people)\s+(?:2|to)\s+$",
    re.IGNORECASE,
)
_REPORT_REACH = 20
_NEXT_CALL = _compile(r"[\s,]+(?:send|text|txt|reply|rply|call)\b", re.IGNORECASE)
_OPT_OUT_REACH = 30  # characters around a text call where "to stop" makes it an opt-out
_OPT_OUT_PURPOSE = _compile(
    r"(?:^|\b)(?:to|2)\s+(?:be\s+)?(?:stop|unsubscribe|unsub|cancel|opt\s*-?\s*out|removed?|end|pause"
    r"|skip)\b",
    re.IGNORECASE,
)
_CIVIC_OFFICES = _CIVIC - {"your", "ur"}
_SUBJECTS = frozenset(
    {"i", "i'll", "i'd", "i'm", "im", "ive", "i've", "we", "we'll", "we'd", "he", "she", "they"}
    | {"it", "who", "he'll", "she'll", "they'll", "people", "il", "ill", "many", "few", "nobody"}
)
_SUBJECT_REACH = 6  # words back to the subject of a promotion verb
# Words between the subject and the verb that make it ask the reader: "I make covers, please
# have a look at my channel", "could you guys check out my channel".
_ASKING = frozenset(
    {"you", "u", "ya", "y'all", "yall", "everyone", "anyone", "guys", "please", "pls", "plz"}
)
# Words that make the verb after them a report, not a request.
_TOLD = frozenset({"didn't", "didnt", "did", "never", "already", "haven't", "havent", "hasn't"})
_CLAUSE_END = _compile(r"[.!?;:,\n]")
_CLAUSE_BREAK = _compile(r":\s")
_REACH = 200  # characters read around a phrase for its sentence, clause or line
_STORY_REACH = 6  # words before a price or a free thing where "I"/"my" makes it a story
# Words in capitals after "text"/"reply" that are not a keyword: "TXT ME", "TEXT BACK".
_NOT_KEYWORDS = frozenset(
    {"me", "us", "back", "it", "this", "them", "him", "her", "you", "u"}
    | {"on", "to", "in", "at", "now", "asap", "pin", "and", "or", "if"}
)
# "To claim, call ...", "2 find out who it is call ...": a purpose clause, then the order.
_PURPOSE = _compile(
    r"(?:(?<=[.!?\n]\s{0,10})|(?<![\s\S]))(?:to|2)\s+[\w'’]+(?:\s+[\w'’]+){0,6}?\s*,?\s*$",
    re.IGNORECASE,
)
_FOR_ME = _compile(r"(?:\s+[\w'’]+){0,2}?\s+for\s+(?:me|us|my)\b", re.IGNORECASE)
_OWNERS = _WORDS["owner"]


# What a construction cannot do without: a draft lacking all of its words (lower case) skips
# its pattern. Substring tests cost nanoseconds; a pattern scan costs tens of microseconds,
# and most drafts sell nothing.
_HINTS = {
    "price": (
        "$",
        "€",
        "£",
        "¥",
        "₹",
        "%",
        "usd",
        "eur",
        "gbp",
        "pound",
        "dollar",
        "quid",
        "buck",
        "pence",
        "percent",
        "per cent",
        "ppm",
    ),
    "stock": ("left", "remaining", "available", "stock", "claimed", "sold", "gone", "to go"),
    "free": ("free", "entitled", "win", "claim", "collect"),
    "ends": (
        "ends",
        " end ",
        "ending",
        "expir",
        "closes",
        "closing",
        "finish",
        "valid",
        "reserved",
        "priorit",
        " held ",
        "remaining",
        " by ",
        "before",
        "within",
        "until",
    ),
    "demand": ("demand", "selling", "going", "gone", "sold"),
    "shaming": (
        "price",
        "pay",
        "sav",
        "discount",
        "deal",
        "coupon",
        "free",
        "offer",
        "win",
        "lucky",
        "gift",
    ),
    "proof": (
        "viewing",
        "looking",
        "looked at",
        "considering",
        "seeing",
        "viewed",
        "bought",
        "buying",
        "purchase",
        "ordered",
        "booked",
        "added",
        "sold",
        "cart",
        "basket",
    ),
    "lure": ("waiting",),
    "charge": ("charged", "billed", " bill"),
    "available": ("available", "out now", "now at", "stores now", "shops now", "order"),
    "buy": (
        "buy",
        "order",
        "shop",
        "purchase",
        "book",
        "reserve",
        "grab",
        "claim",
        "redeem",
        "checkout",
        "collect",
        "download",
        "install",
    ),
    "text": ("text", "txt", "reply", "rply", "send", "us "),
    "promo": (
        "check",
        "chack",
        "visit",
        "subscri",
        "suscri",
        "sub ",
        "sub4",
        "follow",
        "watch",
        "listen",
        "look at",
        "a look at",  # longer than point back's "a look", so it owns both
        "go to",
        "come to",
        "come on",
        "view",
        "see our",
        "see my",
        "read my",
        "read our",
        "like my",
        "like our",
        "support my",
        "spread",
        "throw",
    ),
    "bio": ("link",),
    "audience": (
        "subscri",
        "suscri",
        "subcri",
        "subs",
        "sub4",
        "views",
        "likes",
        "follow",
        "f4f",
        "l4l",
        "youtu",
        " back",
        "made",
        "wrote",
        "recorded",
        "produced",
        "uploaded",
        "checking",
        "chacking",
        "watching",
        "viewing",
        "visiting",
        "listening",
    ),
    "income": ("money", "cash", "paid", "income", "earn"),
    "point back": (
        "check it",
        "check them",
        "check 'em",
        "check em",
        "watch it",
        "watch them",
        "listen to it",
        "listen to them",
        "look at it",
        "look at them",
        "a listen",
        "a look",
        "a watch",
        "a view",
        "a try",
    ),
}
# Hints with a digit: a clock or countdown, a price in pence or "2 for $5" (no symbol), a
# phone number. A digit starts each (one character class first: the engine skips to digits).
_DIGIT_HINTS = re.compile(
    r"\d(?:(?P<clock>\s?:\s?\d|\s?(?:d|h|m|s|days?|hours?|hrs?|mins?|minutes?|secs?)\b)"
    r"|(?P<pence>p\b|\s+for\s)|(?P<phone>(?=[\d \-()]{3,14}\d)))"
)
_DIGIT_HINT_OWNERS = {"clock": ("clock", "ends"), "pence": ("price",), "phone": ("phone",)}
_NEEDS_DIGIT = frozenset({"price", "clock", "phone", "charge"})
_DIGIT = re.compile(r"\d")
_OWNER_HINT = re.compile(r"\b(?:my|our|me|us|myself)\b|sub")


def _hint_words(low: str) -> Iterator[tuple[int, int, str]]:
    """The hint words of ``low`` with their spans, as a left-to-right scan takes them: the
    longest at each place, none overlapping another."""
    return leftmost_longest((last + 1 - len(w), last + 1, w) for last, w in _HINT_SCAN.iter(low))


# One scan of the lower-cased draft finds the hint words; a word stands for every
# construction whose hint it holds ("checkout" holds "check").
_HINT_SCAN = phrase_automaton((w, w) for words in _HINTS.values() for w in words)
_HINT_OWNERS = {
    word: tuple(name for name, words in _HINTS.items() if any(w in word for w in words))
    for words in _HINTS.values()
    for word in words
}
# How far a construction reaches around its hint word: a pattern runs only on the stretch
# of text around the hints it needs, so a long draft costs the few places that may sell,
# not one scan of every pattern over all of it.
_WINDOW = 120
_SPACE = re.compile(r"\s")


def _hints(text: str) -> dict[str, list[tuple[int, int]]]:
    """Where each construction may be (``_HINTS``): the merged stretches of ``text`` around
    its hint words, by construction name."""
    low = text.lower()
    if len(low) != len(text):  # lower-casing moved offsets: every construction, everywhere
        return {key: [(0, len(text))] for key in (*_HINTS, *_NEEDS_DIGIT)}
    spots: dict[str, list[tuple[int, int]]] = {}
    for start, end, word in _hint_words(low):
        for name in _HINT_OWNERS[word]:
            spots.setdefault(name, []).append((start, end))
    if "promo" in spots and not _OWNER_HINT.search(low):
        del spots["promo"]  # a promotion names the author's own channel, or "subscribe"
    if not _DIGIT.search(text):
        for name in _NEEDS_DIGIT:
            spots.pop(name, None)
    else:
        for match in _DIGIT_HINTS.finditer(low):
            for name in _DIGIT_HINT_OWNERS[match.lastgroup or "phone"]:
                spots.setdefault(name, []).append(match.span())
    return {name: _merged(text, sorted(found)) for name, found in spots.items()}


def _merged(text: str, spots: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The stretches ``_WINDOW`` characters around each spot (in text order), merged, each
    ending at a space so no word is cut (a pattern takes the cut for the end of the text)."""
    windows: list[list[int]] = []
    for start, end in spots:
        low, high = max(0, start - _WINDOW), end + _WINDOW
        if windows and low <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], high)
        else:
            windows.append([low, high])
    return [(low, _word_end(text, high)) for low, high in windows]


def _word_end(text: str, at: int) -> int:
    """The first space at or after ``at`` (at most ``_WINDOW`` further), or the text's end."""
    space = _SPACE.search(text, min(at, len(text)), at + _WINDOW)
    return space.start() if space else min(len(text), at + _WINDOW)


def _scan(pattern: Any, windows: Iterable[tuple[int, int]], text: str) -> Iterator[Any]:
    """``pattern``'s matches inside ``windows`` (lookbehinds still see the text before)."""
    for low, high in windows:
        yield from pattern.finditer(text, low, high)


@dataclass(frozen=True)
class Pitch:
    """A selling phrase at ``start``..``end`` of the draft, and its kind."""

    kind: str
    start: int
    end: int
    what: str = ""  # the construction, when it says more than the kind: PREMIUM, PRIZE...


def pitches(post: Post) -> tuple[Pitch, ...]:
    """The selling phrases of the author's own prose, in text order (memoised)."""
    return post.memo("selling", _read)


def extra_pitches(post: Post, phrases: tuple[str, ...]) -> tuple[tuple[int, int], ...]:
    """Where the user's own sales phrases (``sales-push``'s ``extra_phrases``, ``{a|b}``
    choices allowed) stand in the post's prose as whole words, in any case: ``(start, end)``."""
    pattern = compile_phrases(phrases)
    return () if pattern is None else tuple(m.span() for m in pattern.finditer(post.prose))


def _read(post: Post) -> tuple[Pitch, ...]:
    text = message_prose(post)
    hints = _hints(text)
    found = list(_phrases(text))
    if "price" in hints:
        found += _prices(post, text, hints["price"])
    if "clock" in hints:
        found += [Pitch(_NUDGE, *m.span()) for m in _scan(_CLOCK, hints["clock"], text)]
    if "stock" in hints:
        found += [
            _stock_pitch(m) for m in _scan(_STOCK, hints["stock"], text) if _is_stock_count(text, m)
        ]
    if "free" in hints:
        free = hints["free"]
        found += [Pitch(OFFER, *m.span()) for m in _scan(_FREE, free, text)
                  if not _money_news(post, text, m.start())]  # fmt: skip
        found += [Pitch(OFFER, *m.span()) for m in _scan(_ENTITLED, free, text)]
        found += [Pitch(OFFER, *m.span()) for m in _scan(_WIN, free, text) if _is_contest(text, m)]
        found += [Pitch(OFFER, *m.span(), PRIZE) for m in _scan(_CLAIM, free, text)]
    if "ends" in hints:
        found += [Pitch(PRESSURE, *m.span()) for m in _scan(_ENDS, hints["ends"], text)]
    if "lure" in hints:
        found += [Pitch(OFFER, *m.span(), CHAT_LINE) for m in _scan(_LURE, hints["lure"], text)]
    if "charge" in hints:
        charges = _scan(_CHARGE, hints["charge"], text)
        found += [Pitch(OFFER, *m.span(), PHONE_CHARGE) for m in charges]
    if "demand" in hints:
        found += [Pitch(PRESSURE, *m.span()) for m in _scan(_DEMAND, hints["demand"], text)]
    if "shaming" in hints:
        found += [
            Pitch(PRESSURE, *m.span(), CONFIRMSHAMING)
            for m in _scan(_CONFIRMSHAMING, hints["shaming"], text)
        ]
    if "proof" in hints:
        proof = hints["proof"]
        found += [
            Pitch(PRESSURE, *m.span(), SOCIAL_PROOF)
            for pattern in (_SOCIAL_PROOF, _BOUGHT_NOTICE)
            for m in _scan(pattern, proof, text)
        ]
    if "available" in hints:
        found += [Pitch(OFFER, *m.span()) for m in _scan(_AVAILABLE, hints["available"], text)]
    found += _calls(post, text, hints)
    if "promo" in hints:
        found += _promotions(post, text, hints["promo"])
    if "audience" in hints:
        audience = _scan(_AUDIENCE, hints["audience"], text)
        found += [
            Pitch(SELF_PROMOTION, *m.span())
            for m in audience
            # "so I can like and subscribe": a verb first may have a subject before it
            if not (_first_word(m.group()) in _ASK_VERBS and _told_by_subject(text, m.start()))
        ]
    if "point back" in hints:
        found += _points_back(text, hints["point back"])
    if "income" in hints:
        found += [Pitch(OFFER, *m.span()) for m in _scan(_INCOME, hints["income"], text)]
    offers = [(p.start, p.end) for p in found if _takes_riders(p)]
    if offers:  # an offer's conditions only next to an offer
        near = _merged(text, sorted(offers))
        found += [Pitch(_RIDER, *m.span()) for m in _scan(_RIDERS, near, text)]
    found = [
        p
        for p in found
        if p.kind != OFFER or (not _is_reaction(text, p) and not _refused(post, text, p))
    ]
    found.sort(key=lambda p: (p.start, -p.end))
    found = _own_praise_and_nudges(text, found)
    if found and "bio" in hints:  # "link in bio" sells only after an offer or a call
        bio = [Pitch(HARD_CALL, *m.span()) for m in _scan(_LINK_IN_BIO, hints["bio"], text)]
        found = sorted(found + bio, key=lambda p: (p.start, -p.end))
    return tuple(_joined(text, found))


def _clause_start(text: str, at: int) -> int:
    """Where the clause holding ``at`` starts, looked for at most ``_REACH`` characters back."""
    low = max(0, at - _REACH)
    return max(max(text.rfind(mark, low, at) for mark in ".!?\n") + 1, low)


def _refused(post: Post, text: str, pitch: Pitch) -> bool:
    """An offer the words turn down: "No thanks, I don't want great deals". A refusal starts
    with one of its cue words: the search starts at the first cue in the clause, if any."""
    clause_start = _clause_start(text, pitch.start)
    cues = post.memo(
        "selling-refusal-cues", lambda _: [m.start() for m in _REFUSAL_CUE.finditer(text)]
    )
    i = bisect_left(cues, clause_start)
    if i == len(cues) or cues[i] >= pitch.start:
        return False
    return bool(_REFUSAL.search(text, cues[i], pitch.start))


def _is_reaction(text: str, pitch: Pitch) -> bool:
    """A selling phrase asked back as a clause of its own ("2-for-1? That's cold!") is a
    reaction to someone's words, not an offer."""
    after = text[pitch.end : pitch.end + 3].lstrip()
    if not after.startswith("?"):
        return False
    clause_start = _clause_start(text, pitch.start)
    before = _TAGS.sub("", text[clause_start : pitch.start])
    return not any(char.isalpha() for char in before)


def _phrases(text: str) -> Iterator[Pitch]:
    for match in _PHRASES.finditer(text):
        kind = _PHRASE_KIND[match.category]
        phrase = text[match.start : match.end].lower()
        if match.category == "own praise":
            if phrase.startswith("must") and not _is_must_have_noun(text, match.start, match.end):
                continue
            if "ground" in phrase and text[match.end : match.end + 10].lower().strip().startswith(
                ("ceremony", "ceremonies")
            ):
                continue
            kind = f"{HYPE}?"  # kept only where the thing praised is the author's own
        elif match.category == "prize" and text[match.end : match.end + 1] in "'’":
            continue  # "you won't", not "you won"
        elif match.category == "sale" and _SOLD_BY.match(text, match.end):
            continue  # "on sale by its biggest shareholder": shares sold, not an offer
        elif phrase.endswith(("chance", "call", "day", "hours")) and not _is_last_call(
            text, match.end
        ):
            continue
        yield Pitch(kind, match.start, match.end)


def _is_must_have_noun(text: str, start: int, end: int) -> bool:
    """ "a must-have", "the must have bag"; not "must have met" (a modal and a participle)."""
    if "-" in text[start:end]:
        return True
    before = _SENTENCE_WORD.findall(text[max(0, start - 20) : start])
    return bool(before) and before[-1].lower() in {"a", "the", "this", "our", "your", "my", "new"}


def _is_last_call(text: str, end: int) -> bool:
    """ "Last chance!", "last chance to save"; not "last chance to say goodbye"."""
    follow = _LAST_CHANCE_FOR.match(text, end)
    return follow is None or follow.group(1).lower() in _SHOPPING_WORDS


def _prices(post: Post, text: str, windows: list[tuple[int, int]]) -> list[Pitch]:
    found = []
    for match in _scan(_PRICE, windows, text):
        if _MAGNITUDE.match(text, match.end()):
            continue  # "$3 million", "$13.7m"
        kind = match.lastgroup
        if kind != "was_now" and _money_news(post, text, match.start()):
            continue
        if kind == "cued" and _word_before(text, match.start()) in _PAST_PRICE:
            continue  # "it was only £5": what it cost, told
        if kind == "ppm":
            found.append(Pitch(_PER_MINUTE, *match.span(), PER_USE))
        else:  # "150p/msg", "£1.50/min": the reader pays for each message or minute
            per_use = kind == "per" and any(u in match.group().lower() for u in _PER_USE_UNITS)
            found.append(Pitch(OFFER, *match.span(), PER_USE if per_use else ""))
    return found


def _word_before(text: str, at: int) -> str:
    """The word just before ``at``, lower case ("" at a sentence's start)."""
    words = _SENTENCE_WORD.findall(text[max(0, at - 20) : at])
    return words[-1].lower().replace("’", "'") if words else ""


def _money_news(post: Post, text: str, at: int) -> bool:
    """Whether the sentence around ``at`` reports money (aid, a fine, pay) or tells of the
    author's own purchase ("I paid £5 for one")."""
    sentence = post.sentence_at(at)
    if sentence is None:
        return False
    start = max(sentence.start, at - _REACH)
    end = min(sentence.end, at + _REACH)
    words = post.memo("selling-words", lambda _: _words(text))
    first = bisect_right(words.starts, start - 1)
    last = bisect_right(words.ends, end)  # the words wholly inside start..end
    if any(words.news[first:last]):
        return True
    before = bisect_right(words.ends, at)  # the words that end before the price
    return any(words.own[max(first, before - _STORY_REACH) : before])


@dataclass(frozen=True)
class _Words:
    """The words of the own prose, each with whether it is money news or "I"/"my": one
    scan per draft, so a thousand prices in one sentence look up their neighbours by
    bisection instead of re-reading the sentence each."""

    starts: list[int]
    ends: list[int]
    news: list[bool]
    own: list[bool]


def _words(text: str) -> _Words:
    found = [(m.start(), m.end(), m.group().lower().replace("’", "'"))
             for m in _SENTENCE_WORD.finditer(text)]  # fmt: skip
    return _Words(
        [start for start, _, _ in found],
        [end for _, end, _ in found],
        [word in _MONEY_NEWS for _, _, word in found],
        [word in _OWN_PURCHASE for _, _, word in found],
    )


def _stock_pitch(match: regex.Match[str]) -> Pitch:
    """A stock count is pressure; "only 5 days left" is pressure only beside an offer
    ("only 5 months left" may be a life)."""
    noun = {w.lower() for w in (match.group("noun") or "").split()}
    kind = _NUDGE if match.group("time") or noun & _TIME_UNITS else PRESSURE
    return Pitch(kind, match.start(), match.end())


def _is_stock_count(text: str, match: regex.Match[str]) -> bool:
    """ "Only 3 left", "4 seats left", "2 in stock", "5 LEFT" on its own line; not "2 left
    the room" or "3 left" in a score."""
    if match.group("left") is None:
        return True
    noun = (match.group("noun") or "").split()
    if match.group("cue") or match.group("where"):
        return True
    if noun:
        return len(noun) == 1 and noun[0].lower() in _STOCK_NOUNS
    return _alone_on_line(text, match.start(), match.end())


def _is_contest(text: str, match: regex.Match[str]) -> bool:
    """ "Win a £100 voucher", "chance to win cash"; not "we win the cup"."""
    return match.group().lower().startswith(("chance", "a chance")) or gives_order(
        text, match.start()
    )


def _calls(post: Post, text: str, hints: dict[str, list[tuple[int, int]]]) -> list[Pitch]:
    """Orders to buy, to text a keyword, or to call a number; not a question ("U wan 2 go
    buy tickets?"), an errand ("buy one for me") or a civic call ("call your senator")."""
    found = []
    for match in _scan(_BUY_CALL, hints.get("buy", ()), text):
        if _is_free_download(match.group()):
            continue
        if _orders(post, text, match.start()) and not _FOR_ME.match(text, match.end()):
            found.append(Pitch(HARD_CALL, *match.span()))
    for match in _scan(_TEXT_CALL, hints.get("text", ()), text):
        short_code = match.group("code") or match.group("code2")
        if _is_opt_out(text, match) or not _is_keyword(match):
            continue
        if match.group("ing"):  # "by texting DONATE to 864233": how the reader does it
            if _word_before(text, match.start()) == "by":
                found.append(Pitch(HARD_CALL, *match.span(), KEYWORD))
            continue
        if short_code or match.group("named") or _orders(post, text, match.start()):
            found.append(Pitch(HARD_CALL, *match.span(), KEYWORD))
    called = set()  # the numbers a contact verb introduces: that reading decides them
    for match in _scan(_PHONE_CALL, hints.get("phone", ()), text):
        called.add(match.start("number"))
        if _is_civic(match.group("whom")) or _is_opt_out(text, match):
            continue
        if _is_premium(match.group("number")) and not _DIGIT.search(match.group("whom")):
            if not _REPORTED.search(text, max(0, match.start() - _REPORT_REACH), match.start()):
                found.append(Pitch(HARD_CALL, *match.span(), PREMIUM))  # any mood: it charges
        elif not _money_news(post, text, match.start()) and _orders(post, text, match.start()):
            found.append(Pitch(HARD_CALL, *match.span()))
    for match in _scan(_BARE_NUMBER, hints.get("phone", ()), text):
        if (
            _is_premium(match.group(), alone=True)
            and match.start() not in called
            and not _is_opt_out(text, match)
        ):
            found.append(Pitch(HARD_CALL, *match.span(), PREMIUM))
    return found


def _is_premium(number: str, *, alone: bool = False) -> bool:
    """ "09061 701461", "+44 871 2025050", "1-900-555-0100": a line that charges the caller
    (``premium prefix`` in ``selling.txt``), with enough digits to be a whole number. A
    number ``alone`` (no verb before it) written in groups must have a phone number's 11
    digits: "1900 2000 3000" is a row of figures."""
    digits = "".join(char for char in number if char.isdigit())
    if number.lstrip().startswith("+44"):
        digits = "0" + digits[2:]
    if alone and _NUMBER_GAP.search(number) and len(digits) != _PHONE_DIGITS:
        return False
    return len(digits) >= 10 and digits.startswith(_PREMIUM_PREFIXES)


def _after_other_script(text: str, at: int) -> bool:
    """ "日本 Shop now": a word in another script is no English subject before the verb."""
    before = _SENTENCE_WORD.findall(text[max(0, at - 20) : at])
    word = before[-1] if before else ""
    return any(c.isalpha() for c in word) and not any("a" <= c.lower() <= "z" for c in word)


def _is_civic(whom: str) -> bool:
    """ "call your senator", "call AG office"; not "call from your mobile"."""
    words = [w.lower() for w in _SENTENCE_WORD.findall(whom)]
    return bool(words) and (words[0] in _CIVIC or any(w in _CIVIC_OFFICES for w in words))


def _is_free_download(call: str) -> bool:
    """ "Download the report here" points to a download; "Download now" presses for one."""
    words = call.lower().split()
    return words[0] in ("download", "install") and words[-1] not in ("now", "today", "tonight")


def _orders(post: Post, text: str, at: int) -> bool:
    """Whether the verb at ``at`` orders the reader: an imperative outside a question, not
    an opt-out ("To stop texts, call ...")."""
    purpose = _PURPOSE.search(text, max(0, at - 60), at)
    if purpose and {w.lower() for w in _SENTENCE_WORD.findall(purpose.group())} & _OPT_OUT:
        return False
    if not (gives_order(text, at) or purpose or _after_other_script(text, at)):
        return False
    sentence = post.sentence_at(at)
    if sentence is None or not sentence.text.rstrip().endswith("?"):
        return True
    # "Reply YES-165 See her: www.SMS.ac/u/natalie STOP?": a colon or a link between the
    # verb and the "?" starts another clause, whose question is not the verb's.
    if _CLAUSE_BREAK.search(text, at, sentence.end):
        return True
    return any(at < url.start < sentence.end for url in post.urls)


def _is_opt_out(text: str, match: regex.Match[str]) -> bool:
    """ "Reply STOP", "To unsubscribe, txt STOP to 80062", "text stop to 61610 to cancel":
    how to stop the messages, not a call to buy."""
    groups = match.groupdict()
    keyword = (groups.get("keyword") or groups.get("whom") or "").split()
    first = keyword[0].lower() if keyword else ""
    if first in _OPT_OUT | {"help", "out"} or first.startswith(_OPT_OUT_STEMS):
        return True  # "reply STOP", "send STOPCS 0871...", "text stop to stopCost 150p..."
    before = text[max(0, match.start() - _OPT_OUT_REACH) : match.start()]
    if before.rstrip().lower().endswith(_OPT_OUT_STEMS):
        return True  # "T&Cs/stop SMS 0871...", "Cncl send ..."
    after = text[match.end() : match.end() + _OPT_OUT_REACH].lstrip()
    purpose = _OPT_OUT_PURPOSE.match(after)
    if purpose and _NEXT_CALL.match(after, purpose.end()):
        purpose = None  # "text HORNY to 89070 to cancel send STOP": the next call's purpose
    return bool(_OPT_OUT_PURPOSE.search(before) or purpose)


def _is_keyword(match: regex.Match[str]) -> bool:
    """ "Text WIN to 80000", "reply STOP"; in a shouted message ("TXT ME BACK") a keyword
    needs its short code."""
    if match.group("code") or match.group("code2") or match.group("keyword") is None:
        return True
    keyword = match.group("keyword").split()
    return keyword[0].lower() not in _NOT_KEYWORDS and len(keyword) == 1


def _promotions(post: Post, text: str, windows: list[tuple[int, int]]) -> list[Pitch]:
    found = []
    for match in _scan(_PROMO, windows, text):
        if match.group("me") and not (_follows_me(match) or _points_to_link(post, match)):
            continue
        owner = (match.group("my") or "").lower()
        if owner == "our" and match.group("what").lower() not in _OUR_CHANNEL:
            continue
        if _told_by_subject(text, match.start()):
            continue
        found.append(Pitch(SELF_PROMOTION, *match.span()))
    for match in _scan(_BARE_SUB, windows, text):
        before = text[max(0, match.start() - _REACH) : match.start()].rstrip()
        if not before or before[-1] in ".!?:\n":
            found.append(Pitch(SELF_PROMOTION, *match.span()))
    return found


def _points_back(text: str, windows: list[tuple[int, int]]) -> list[Pitch]:
    """ "Check it out" after the author names their own channel or work."""
    found = []
    for match in _scan(_POINT_BACK, windows, text):
        before = text[max(0, match.start() - _POINT_BACK_REACH) : match.start()]
        if _OWN_MENTION.search(before) and not _told_by_subject(text, match.start()):
            found.append(Pitch(SELF_PROMOTION, *match.span()))
    return found


def _first_word(phrase: str) -> str:
    return phrase.split(None, 1)[0].lower() if phrase.strip() else ""


def _told_by_subject(text: str, start: int) -> bool:
    """Whether someone other than the reader does the verb: "I want to check my email",
    "she visits my page"; "could you guys check out my channel" still asks the reader."""
    clause = _CLAUSE_END.split(text[max(0, start - 60) : start])[-1]
    for word in reversed(_SENTENCE_WORD.findall(clause)[-_SUBJECT_REACH:]):
        word = word.lower().replace("’", "'")
        if word in _TOLD:
            return True  # "you didn't see my facebook?"
        if word in _ASKING:
            return False
        if word in _SUBJECTS:
            return True
    return False


def _points_to_link(post: Post, match: regex.Match[str]) -> bool:
    """ "Follow me ---> <link>", "follow us: <link>": the account to follow is linked."""
    if (match.group("verb") or "").lower() != "follow" or match.end("me") != match.end():
        return False
    gap = next((u.start for u in post.urls if u.start >= match.end()), None)
    return (
        gap is not None
        and not any(c.isalnum() for c in post.text[match.end() : gap])
        and gap - match.end() <= _LINK_GAP
    )


def _follows_me(match: regex.Match[str]) -> bool:
    """ "Subscribe to me", "follow me for more", "follow us on Instagram", "check us out";
    not a fan's "follow me please" to a star, nor "like me"."""
    verb = (match.group("verb") or "").lower()
    if verb.startswith("sub"):
        return True
    more = match.group()[match.end("me") - match.start() :].strip().lower()
    if verb in ("check", "check out", "checkout", "visit"):
        return more == "out"
    return verb == "follow" and bool(more) and more != "out"


def _own_praise_and_nudges(text: str, found: list[Pitch]) -> list[Pitch]:
    """Keep praise only of the author's own thing, nudges only next to a pitch or where they
    fill their line together ("Hurry up! Time is running out"), and an offer's conditions
    only next to it."""
    firm = [p for p in found if p.kind not in (_NUDGE, _RIDER, _PER_MINUTE, f"{HYPE}?")]
    offers = [p for p in firm if _takes_riders(p)]
    firm_starts, offer_starts = [p.start for p in firm], [p.start for p in offers]
    runs = _nudge_runs(text, [p for p in found if p.kind == _NUDGE])
    kept = []
    for pitch in found:
        if pitch.kind == f"{HYPE}?":
            words = _SENTENCE_WORD.findall(text[max(0, pitch.start - 30) : pitch.start])
            if firm or any(w.lower() in _OWNERS for w in words[-3:]):
                kept.append(Pitch(HYPE, pitch.start, pitch.end))
        elif pitch.kind == _NUDGE:
            if _touches_any(text, pitch, firm, firm_starts) or _alone_on_line(
                text, *runs[pitch.start]
            ):
                kept.append(Pitch(PRESSURE, pitch.start, pitch.end))
        elif pitch.kind == _RIDER:
            if _touches_any(text, pitch, offers, offer_starts):
                kept.append(Pitch(OFFER, pitch.start, pitch.end))
        elif pitch.kind == _PER_MINUTE:
            if any(p.kind == HARD_CALL for p in firm):
                kept.append(Pitch(OFFER, pitch.start, pitch.end, PER_USE))
        else:
            kept.append(pitch)
    return kept


def _nudge_runs(text: str, nudges: list[Pitch]) -> dict[int, tuple[int, int]]:
    """The span of the run of touching nudges each nudge stands in, keyed by its start: a
    line that is nothing but nudges ("Hurry up! Time is running out") is pressure said
    outright, where one nudge in a sentence of other words is everyday talk ("hurry up,
    we're late")."""
    runs: dict[int, tuple[int, int]] = {}
    run: list[Pitch] = []
    for nudge in [*nudges, None]:
        if run and (nudge is None or not _touch(text, run[-1], nudge)):
            span = (run[0].start, max(p.end for p in run))
            runs.update((p.start, span) for p in run)
            run = []
        if nudge is not None:
            run.append(nudge)
    return runs


def _takes_riders(pitch: Pitch) -> bool:
    """An offer, whose conditions ("for your order") join it; a charge on the reader's bill
    has none ("Thanks for your order. Your mobile will be charged £4.50")."""
    return pitch.kind == OFFER and pitch.what != PHONE_CHARGE


def _touches_any(text: str, pitch: Pitch, others: list[Pitch], starts: list[int]) -> bool:
    """Whether ``pitch`` touches one of ``others`` (sorted, ``starts`` their starts): only
    the neighbours around its position are looked at, so thousands of pitches stay linear."""
    i = bisect_right(starts, pitch.start)
    return any(_touch(text, pitch, p) for p in others[max(0, i - 2) : i + 2])


def _touch(text: str, a: Pitch, b: Pitch) -> bool:
    first, second = (a, b) if a.start <= b.start else (b, a)
    if second.start <= first.end:
        return True
    gap = _JOINER.fullmatch(text, first.end, second.start)
    return gap is not None


def _alone_on_line(text: str, start: int, end: int) -> bool:
    """Whether nothing but punctuation, symbols and spaces shares the line with
    ``text[start:end]`` (read at most ``_REACH`` characters each way: linear time)."""
    low, high = max(0, start - _REACH), min(len(text), end + _REACH)
    line_start = text.rfind("\n", low, start) + 1 or low
    line_end = text.find("\n", end, high)
    if line_end < 0:
        line_end = high
    if (line_start == low and low > 0) or (line_end == high and high < len(text)):
        return False  # a longer line than that holds words
    return not any(char.isalnum() for char in text[line_start:start] + text[end:line_end])


def _joined(text: str, found: list[Pitch]) -> Iterator[Pitch]:
    """Overlapping pitches, and touching pitches of one kind, as one span."""
    current: Pitch | None = None
    for pitch in found:
        if current is None:
            current = pitch
        elif pitch.start < current.end or (
            pitch.kind == current.kind and _touch(text, current, pitch)
        ):
            what = current.what or pitch.what
            current = Pitch(current.kind, current.start, max(current.end, pitch.end), what)
        else:
            yield current
            current = pitch
    if current is not None:
        yield current
