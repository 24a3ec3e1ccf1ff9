"""Keywords to send by text message, which are written in capitals to mark the exact word
to send: "Txt NOKIA to 89545", "reply END OUT", "SKY OPT OUT to 88088", options listed for
a short code ("Try: WALES, SCOTLAND", "D= VIOLET E= TULIP") and a second keyword offered
with "or". Read for `all-caps` (`smmlint.analysis.capitals`), where they name, not shout.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

import regex

from smmlint.analysis.voice import HASTE_WORDS, HYPE_WORDS
from smmlint.read.post import Post, Token

# A keyword to send by text: "txt: NOKIA to 89545", "reply STOP to 8007".
_SMS_KEYWORD = regex.compile(r"\s++to\s++(?:no:?\s*+)?\d", regex.IGNORECASE)
_KEYWORD_VERB = regex.compile(
    r"\b(?:txt|text|reply|send|sms|e\.?\s?g\.?)(?:\s|:)[^.!?\n]{0,12}+$", regex.IGNORECASE
)
# The verbs that ask for a keyword; set in capitals with it ("TEXT YES"), the keyword is a
# word or two.
_TEXTING_VERBS = frozenset({"txt", "text", "reply", "send", "sms"})
KEYWORD_WORDS = 2
# Hype right after the verb is the word to send: "Text YES for a callback", "reply WIN",
# "reply with YES", "send the word WIN".
_SENT_WORD = regex.compile(
    r"\b(?:txt|text|reply|send|sms)(?:\s++with|\s++the\s++word)?+\s*+:?\s*+$", regex.IGNORECASE
)
# A template of keywords, then an example and the short code further on: "Txt LOVE NAME1
# NAME2 MOBNO eg LOVE ADAM EVE 07123456789 to 87077".
_SHORT_CODE = regex.compile(r"\bto\s++(?:no:?\s*+)?\d{4,6}+\b", regex.IGNORECASE)
_SHORT_CODE_REACH = 60
# A keyword right before its short code, with no verb: "register now! SKY OPT OUT to 88088".
_TO_SHORT_CODE = regex.compile(r"\s++to\s++\d{4,6}+\b")
# An option's label before a keyword: "D= VIOLET", "1) GHOST", "B. LILY".
_OPTION_LABEL = regex.compile(r"(?:^|\s)[A-Z0-9][=).:]\s*+$")
# A second keyword offered with "or" in the same sentence, a few words after the first.
_ALTERNATIVE = regex.compile(r"[^.!?\n]*\bor\s+", regex.IGNORECASE)
_ALTERNATIVE_REACH = 40
# Without a short code, the keyword ends the message or its sentence, "for" or "to this
# message" follows it, or a code or a number follows its first or last word: "reply END
# OUT", "Reply THEMOB HELP 4 more info", "send STOP 8552 SAM", "reply with YES to this msg".
_KEYWORD_END = regex.compile(
    r"\s*+(?:$|[.!?\n]|for\b|to\s++this\s++(?:msg|message|text)\b|\S*\d)", regex.IGNORECASE
)


def is_keyword(prose: str, shouted: Sequence[Token]) -> bool:
    """Whether the shouted words of a run are a keyword to send by text, after "txt",
    "reply" or "e.g.".

    The capitals mark the exact word to send. The short code after it settles it ("Txt WIN
    to 83355"); without one, a word of time pressure is shouted ("reply NOW"), other hype is
    the keyword only right after the verb ("Text YES for a callback"; not "send u a FREE
    8Ball wallpaper"), and any word is the keyword when it ends the message or its sentence,
    or "for" or a number follows ("reply END OUT", "e.g. HORO ARIES"; not "Send LOVE AND
    LIGHT to everyone"). Without the verb, words right before "to" and a short code are the
    keyword too, unless they are hype ("SKY OPT OUT to 88088"; not "FREE to 80086"). The
    verb may be set in capitals with a keyword of a word or two ("TEXT YES for callback").
    """
    if 1 < len(shouted) <= KEYWORD_WORDS + 1 and shouted[0].text.lower() in _TEXTING_VERBS:
        shouted = shouted[1:]  # "TEXT YES": the verb, then the keyword
    first_word, last_word = shouted[0], shouted[-1]
    if not _KEYWORD_VERB.search(prose, max(0, first_word.start - 20), first_word.start):
        return bool(_TO_SHORT_CODE.match(prose, last_word.end)) and not any(
            w.text in HYPE_WORDS or w.text in HASTE_WORDS for w in shouted
        )
    if _SMS_KEYWORD.match(prose, last_word.end) or _SHORT_CODE.search(
        prose, last_word.end, last_word.end + _SHORT_CODE_REACH
    ):
        return True
    if any(w.text in HASTE_WORDS for w in shouted):
        return False  # "reply NOW": pressure on the verb, not the word to send
    if any(w.text in HYPE_WORDS for w in shouted) and not _SENT_WORD.search(
        prose, max(0, first_word.start - 20), first_word.start
    ):
        return False  # "send u a FREE 8Ball wallpaper": hype describing what is sent
    return any(_KEYWORD_END.match(prose, word.end) for word in (first_word, last_word))


def is_keyword_list(post: Post, run: Sequence[Token], shouted: Sequence[Token]) -> bool:
    """Whether the run lists keywords to choose from in a message that says where to send
    them ("rply TONE TITLE to 8007 ... Titles: GHOST, ADDAMSFA, MUNSTERS", "eg ENGLAND to
    87077 Try: WALES, SCOTLAND", a quiz's "D= VIOLET E= TULIP F= LILY txt D E or F to
    84025"): options between commas or each after its letter, not a raised voice."""
    prose = post.prose
    listed = len(run) > 1 and all("," in prose[a.end : b.start] for a, b in pairwise(run))
    labelled = all(_OPTION_LABEL.search(prose, max(0, w.start - 4), w.start) for w in shouted)
    return (listed or labelled) and post.memo(
        "sms short code", lambda p: bool(_SHORT_CODE.search(p.prose))
    )


def is_alternative(prose: str, run: Sequence[Token], keyword_end: int) -> bool:
    """Whether the run is another keyword offered with "or" after one just read ("Txt TONE
    CHARITY to 8007 for nokias or POLY CHARITY for polys"), ending as a keyword does."""
    start = run[0].start
    return (
        keyword_end >= 0
        and start - keyword_end <= _ALTERNATIVE_REACH
        and not any(word.text in HASTE_WORDS for word in run)  # "or NOW": pressure
        and bool(_ALTERNATIVE.fullmatch(prose, keyword_end, start))
        and bool(_KEYWORD_END.match(prose, run[-1].end))
    )
