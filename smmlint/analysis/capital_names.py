"""Capitals that name or label rather than shout, as the text around them tells: a title
after its cue or before its author, a music video's "ARTIST - SONG", a person's name with
an initial, a web address spelled out, a date set as a heading, a label or a dateline that
opens the post, another account's words quoted after its handle, and a name or a title
with no cue: a noun phrase in mixed-case prose that carries no voice.

Read for `all-caps` (`smmlint.analysis.capitals`). Each reader takes the run's words (in
text order) and the post's prose (URLs blanked).
"""

from __future__ import annotations

from collections.abc import Sequence

import regex
from vaderSentiment.vaderSentiment import BOOSTER_DICT, NEGATE

from smmlint.analysis.readability import is_dictionary_word
from smmlint.analysis.tone import word_valence
from smmlint.analysis.voice import (
    ANNOUNCING,
    AUDIENCE,
    DATES,
    GAIN,
    HASTE_WORDS,
    HYPE_WORDS,
    INTENSIFIERS,
    NAME_CUES,
    NAME_JOINERS,
    NEWS_LABELS,
    TITLE_CUES,
    fold,
)
from smmlint.analysis.wordlists import word_sets
from smmlint.read.post import Token

# How far before a run of capitals a title cue may stand: "reading Le Guin's THE ..." (the
# possessive itself is a cue: "Chloe Benjamin's THE IMMORTALISTS").
_TITLE_CUE_REACH = 3
_WORDS_BEFORE = regex.compile(r"[\p{L}'’-]++")
# A title credited to its author: "THE WAVE IN THE MIND by Ursula K. Le Guin".
_BY_AUTHOR = regex.compile(r"\s++by\s++\p{Lu}\p{Ll}")
# Where a sentence ends inside a run of capitals: a title is one phrase.
_SENTENCE_END = regex.compile(r"[!?](?!\S)|[!?]{2}")
# A person's name runs to four words at most: "GEORGE R. R. MARTIN".
NAME_WORDS = 4
# A music video's title, "ARTIST - SONG": a few words, the artist's name before a spaced dash.
TITLE_WORDS = 8
_TITLE_DASH = regex.compile(r"\s[-–—]\s")
# A web address spelled out in capitals: "W W W. THE FARRELL REPORT. NET".
_ADDRESS_END = regex.compile(r"\.\s*+(?:COM|NET|ORG|INFO|BIZ|CO|UK)\b")
_ADDRESS_START = regex.compile(r"\bW\s?W\s?W\s*+\.\s*+$")
# Another account's words quoted after its handle and a colon: "@jsmithready: THIS. THIS".
_QUOTED_ACCOUNT = regex.compile(r"@\w++\s*+:\s*+$")
# The opening of a news post: a label before a colon ("BREAKING:", after "RT @user:" or a
# date stamp too: "2/11/2017: FRONT PAGE:") or a dateline before a bracket or a dash ("NEW
# YORK (Reuters) -", "WASHINGTON —").
_OPENING = regex.compile(
    r"\s*+(?:(?:RT|MT)\s*+@\w++:?\s*+)?(?:\d{1,4}+[/.-]\d{1,2}+[/.-]\d{2,4}+\s*+:?\s*+)?"
    r"(?P<head>\p{Lu}[\p{Lu}\d.’' -]{0,40}?)\s*+(?P<sep>[:(—–|]|-\s)"
)
# A label's colon is followed by a space or nothing: "HAPPY BIRTHDAY KATY :)" is a smile.
_LABEL_END = regex.compile(r"\s|$")
_LABEL_WORD = regex.compile(r"[\p{L}'’]++")
_POSSESSIVE = regex.compile(r"['’]S$")
# Letters written three or more times: "SOOOO", "DAMNNNN" shout whatever their length.
_STRETCHED = regex.compile(r"(\p{Lu})\1\1")
# A name or a title with no cue is short: "DAUGHTERS OF THE AIR", "THE LEFT HAND OF DARKNESS".
BARE_NAME_WORDS = 6
# Words that give a run of capitals a voice, so that it is no bare name: a function word that
# does not join a name's words (a pronoun, an auxiliary, "so", "only"), a person spoken to or
# speaking ("U", "IM"), a negation or an intensifier (VADER's), a verb that gives orders.
_WORDS = word_sets("function_words.txt")["english"] - NAME_JOINERS
_PERSONS = word_sets("address.txt")
_VOICED = (
    _WORDS
    | _PERSONS["reader"]
    | _PERSONS["singular"]
    | _PERSONS["plural"]
    | frozenset(NEGATE)
    | frozenset(BOOSTER_DICT)
    | GAIN
    | ANNOUNCING
    | AUDIENCE
)
_ORDER_VERBS = word_sets("acts.txt")["order"]
# A mark after a run (or between its words) that raises it: "IN HIGH DEMAND!", "PROTEST?".
_RAISED = regex.compile(r"[\s\"'”’)*]*+[!?？！]")


def shouts_alone(word: str) -> bool:
    """A lone word in capitals shouts when it is hype ("WOW", "FREE") or stretched ("SOOO").

    Any other lone word is a name (NOKIA, FOSDEM) or stress where X has no italics.
    """
    return word in HYPE_WORDS or (len(set(word)) > 1 and bool(_STRETCHED.search(word)))  # not "AAA"


def is_word(word: str) -> bool:
    """An English word (CMU dictionary), hype, or stretched: what a name in capitals is not."""
    return shouts_alone(word) or is_dictionary_word(_POSSESSIVE.sub("", word))


def is_title(prose: str, run: Sequence[Token], shouted: Sequence[Token]) -> bool:
    """Whether the run is a title where X has no italics: a cue ("reading", "novel", "our
    first vid", a possessive) just before it, or the author's credit after it ("THE WAVE IN
    THE MIND by Ursula K. Le Guin"). A title holds no hype ("my new video FREE GIFTS" sells)
    and is one phrase, not sentences."""
    if any(w.text in HYPE_WORDS for w in shouted) or _SENTENCE_END.search(
        prose, run[0].end, run[-1].start
    ):
        return False  # hype, or sentences: "Best video PLEASE VOTE KATY !!!!! PLEASE"
    return _BY_AUTHOR.match(prose, run[-1].end) is not None or _after_title_cue(prose, run[0].start)


def _after_title_cue(prose: str, start: int) -> bool:
    """Whether a title cue ("reading", "novel", a possessive) stands just before ``start``."""
    before = _WORDS_BEFORE.findall(prose, max(0, start - 40), start)[-_TITLE_CUE_REACH:]
    if not before or before[-1][-1].isupper():
        return False  # inside a run of capitals
    last = before[-1].lower()
    return last.endswith(("'s", "’s")) or any(w.lower() in TITLE_CUES for w in before)


def is_named_title(prose: str, run: Sequence[Token]) -> bool:
    """Whether the run is a music video's "ARTIST - SONG" title opening a line ("PSY -
    GANGNAM STYLE"): a name of one to three words, not an English word, before a spaced
    dash. Titles are written in capitals as published; hype in them still shouts."""
    first = run[0]
    line_start = prose.rfind("\n", 0, first.start) + 1
    if len(run) > TITLE_WORDS or prose[line_start : first.start].strip(" \"'“*"):
        return False
    dash = _TITLE_DASH.search(prose, first.start, run[-1].end)
    if dash is None:
        return False
    artist = [word.text for word in run if word.end <= dash.start()]
    return (
        0 < len(artist) <= 3
        and not any(is_word(w) for w in artist)
        and not any(word.text in HYPE_WORDS for word in run)
    )


def has_initial(prose: str, run: Sequence[Token]) -> bool:
    """Whether the run is a person's name with an initial ("URSULA K. LE GUIN", "GEORGE R.
    R. MARTIN"): a few words, one of them a letter and a full stop between two others. A
    shout has no initials; a longer run holding a name still shouts around it."""
    return len(run) <= NAME_WORDS and any(
        len(word.text) == 1 and word.text.isalpha() and prose.startswith(".", word.end)
        for word in run[1:-1]
    )


def after_role(prose: str, run: Sequence[Token]) -> bool:
    """Whether the run is a person's name after their role ("child actor HWANG MINOO", "the
    rapper EMINEM"): a few words with no hype, right after a role noun (`shouted.txt`)."""
    if len(run) > NAME_WORDS or any(word.text in HYPE_WORDS for word in run):
        return False
    before = _WORDS_BEFORE.findall(prose, max(0, run[0].start - 20), run[0].start)
    return bool(before) and before[-1].lower() in NAME_CUES


def is_spelled_address(prose: str, run: Sequence[Token]) -> bool:
    """Whether the run is a web address spelled out in capitals, as spam writes it to get
    past link filters ("W W W. THE FARRELL REPORT. NET", "WWW . SITE . COM"): a name."""
    start, end = run[0].start, run[-1].end
    return bool(
        _ADDRESS_END.search(prose, start, end)
        or _ADDRESS_START.search(prose, max(0, start - 12), start)
    ) and not any(word.text in HYPE_WORDS for word in run)


def is_quoted(prose: str, run: Sequence[Token]) -> bool:
    """Whether the run follows another account's handle and a colon ("@jsmithready: THIS.
    THIS. THIS"): that account's words, quoted."""
    start = run[0].start
    return bool(_QUOTED_ACCOUNT.search(prose, max(0, start - 40), start))


def is_date(run: Sequence[Token], shouted: Sequence[Token]) -> bool:
    """Whether the run is a date set in capitals: days and months beside a number."""
    return all(w.text in DATES for w in shouted) and any(
        any(c.isdigit() for c in word.text) for word in run
    )


def opening_end(prose: str) -> int:
    """Where a label ("BREAKING:", "REMINDER:", "TWITTER HIVEMIND:") or a dateline ("NEW
    YORK (Reuters) -") that opens the post ends, or 0. A label before a colon names what
    follows; one that carries hype, haste or a gain ("SAVE TODAY:", "ON SALE:") or hails the
    readers ("EVERYONE:") is the shout itself, unless it is a news feed's ("EXCLUSIVE:")."""
    m = _OPENING.match(prose)
    if not m:
        return 0
    head = " ".join(m.group("head").split())
    if m.group("sep") != ":":
        if any(c.isdigit() for c in head):
            return 0  # "ONLY 3 LEFT - shop now" is no dateline
    elif head not in NEWS_LABELS and not (_is_label(head) and _LABEL_END.match(prose, m.end())):
        return 0
    if m.group("sep") in "|" or len(head.split()) > 4:
        return 0
    return m.end("head")


def _is_label(head: str) -> bool:
    """Whether words in capitals before an opening colon label what follows: no hype, haste,
    gain or hailed readers among them."""
    return not any(
        word in HYPE_WORDS
        or word in HASTE_WORDS
        or word.lower() in GAIN
        or word.lower() in AUDIENCE
        for word in _LABEL_WORD.findall(head)
    )


def is_bare_name(prose: str, run: Sequence[Token], mixed_words: int) -> bool:
    """Whether the run is a name or a title set in capitals with no cue ("DAUGHTERS OF THE
    AIR Compared to Le Guin", "The TREU DETECTIVE alternate ending", or a whole post: "LE
    GUIN <link>", "SHAKIRA SONG WAKA WAKA"): a few words that carry no voice, standing in
    mixed-case prose (``mixed_words``, the author's words with a small letter, at least as
    many as the run's) or with no prose around them at all (none: the post only names).

    No voice: no word VADER rates or reads as a negation or an intensifier, no hype, haste,
    gain, news or hailed readers (`shouted.txt`), no stretched word ("SOOOO"), no function
    word but those that join a name's words ("OF", "THE", "IN"), no contraction, no person
    ("YOU", "WE", "U"), no verb that gives orders ("READ THE BLOG", "WAYS TO MAKE MONEY"),
    and no "!" or "?" after or inside it ("IN HIGH DEMAND!", "PEACEFUL PROTEST?"). A post
    mostly in capitals with a word or two in lower case is neither: its capitals are the
    message."""
    if len(run) > BARE_NAME_WORDS or 0 < mixed_words < len(run):
        return False
    if _RAISED.match(prose, run[-1].end) or any(_RAISED.match(prose, w.end) for w in run[:-1]):
        return False
    return not any(_voiced(word.text) for word in run)


def _voiced(word: str) -> bool:
    """Whether one word in capitals gives its run a voice (see ``is_bare_name``)."""
    if shouts_alone(word) or word in HASTE_WORDS or word in INTENSIFIERS:
        return True
    bare = _POSSESSIVE.sub("", word)
    folded = fold(bare)
    return "'" in folded or folded in _VOICED or folded in _ORDER_VERBS or bool(word_valence(bare))
