"""Runs of capitalised words in the author's own words, each read for the job its capitals
do: a shout, or a name, a label, a title, a keyword to text, a quotation, warmth, the
writer's stress, a cry of grief or a burst of the writer's feeling.

Read for `all-caps`, which reports the runs read as ``SHOUTED``; the standard the reading
follows is in that rule's docs. A word is a name when the data list `acronyms.txt` (plus
the rule's `acronyms` option) holds it, when it has a digit, one capital, a trademark sign
or a year after it, or is a roman numeral or an initialism without a vowel.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from enum import Enum
from functools import lru_cache
from operator import itemgetter
from typing import NamedTuple, TypeVar

import regex

from smmlint.analysis.acts import courtesies, orders
from smmlint.analysis.address import FIRST_PERSON, is_reply
from smmlint.analysis.borrowed import authors_words
from smmlint.analysis.capital_names import (
    after_role,
    has_initial,
    is_bare_name,
    is_date,
    is_named_title,
    is_quoted,
    is_spelled_address,
    is_title,
    is_word,
    opening_end,
    shouts_alone,
)
from smmlint.analysis.hostility import attacks
from smmlint.analysis.lexicon import word_list
from smmlint.analysis.selling import pitches
from smmlint.analysis.sms_keywords import is_alternative, is_keyword, is_keyword_list
from smmlint.analysis.spans import SpanSet
from smmlint.analysis.tone import measure_tone, word_valence
from smmlint.analysis.voice import (
    ANNOUNCING,
    ASKING,
    DELIGHT_VALENCE,
    GAIN,
    HASTE_WORDS,
    HYPE_WORDS,
    INTENSIFIERS,
    announces,
    displeased,
    fold,
    hails,
    mourns,
    pushes,
    sentence_words,
    valences,
    voices_delight,
)
from smmlint.read.post import Post, Token

_NAMES = word_list("acronyms.txt")
ACRONYMS = frozenset().union(*_NAMES.values())
# Names that are also everyday words ("IT", "US", "WHO"): quiet alone, shouted among capitals.
EVERYDAY_NAMES = _NAMES["everyday words"]
# Two shouted words next to each other ("BUY NOW", "SO GOOD") are a shouted phrase, even
# when each alone could pass for an acronym.
RUN_WORDS = 2
# Stress is one or two words ("science fiction is FAR MORE than that"); three are a phrase.
STRESS_WORDS = 2
# A cry is short: "NO! NO NO NO NO", "DAMMIT" at news of a death; a longer run in a post
# that mourns someone is an argument shouted. A burst of feeling is as short ("BEST. THREAD.
# EVER", "LOVE THIS SONG"); a longer run is a message typed in capitals.
CRY_WORDS = 6
# A run of capitals holding this share of the author's words is the whole post shouted.
WHOLE_POST_SHARE = 0.8
# A post all in capitals is delight only when VADER reads the whole of it as clearly
# positive (compound 0.4 or more: "LOVE THIS SONG!!!" 0.72), not one pleasant sentence of it
# ("NO, THANKS. I DON'T LIKE DISCOUNTS" 0.20: a refusal that shames).
DELIGHT_TONE = 0.4

# Letter-only initialisms without a vowel cannot be read as a word: HTML, NYPD, CMYK.
_VOWEL = regex.compile(r"[AEIOUY]")
_ASCII_LETTERS = regex.compile(r"[A-Z]++")
# A valid roman numeral (bounded quantifiers, anchored: linear). MIX, DIM and MID are
# numerals too, but in capitals they are shouted words.
_ROMAN = regex.compile(r"(?=[MDCLXVI])M{0,3}(?:C[MD]|D?C{0,3})(?:X[CL]|L?X{0,3})(?:I[XV]|V?I{0,3})")
_ROMAN_WORDS = frozenset({"MIX", "DIM", "MID", "DIV", "CIV", "LIV"})
_POSSESSIVE = regex.compile(r"['’]S$")
_LETTER = regex.compile(r"\p{L}")
_LAST_LETTER = regex.compile(r"(?r)\p{L}")
# What may stand between two capitalised words of one span: spaces, "&", "-", "/", "+" (not a
# line break: "TIGHTTTT\n\nI" ends at the line).
_JOINING_GAP = regex.compile(r"(?:[^\S\n]|[&/+\-–])*+")
# A trademark sign or a year right after a word makes it a name: "NAME®", "PYCON 2024".
_NAME_MARK = regex.compile(r"[®™©℠]|\s*+(?:['’]\d\d|(?:19|20)\d\d)(?!\d)")
_TEXT = itemgetter(2)  # a Token's text
T = TypeVar("T")


class RunKind(Enum):
    """The job a run's capitals do (all-caps reports ``SHOUTED``)."""

    SHOUTED = "a raised voice"
    LONE = "one word, neither hype nor stretched: a name (NOKIA) or stress (NOT a drill)"
    NAME = "a name: no English word, with an initial, after a role, a web address spelled out"
    LABEL = "a label or a dateline opening the post, a date or a countdown beside a number"
    TITLE = "a title after its cue, before its author, named again, or ARTIST - SONG"
    KEYWORD = "a keyword to send by text, or options listed for a short code"
    QUOTED = "another account's words, quoted after its handle"
    WARMTH = "thanks, a wish or affection in a reply"
    STRESS = "a word or two stressed in the writer's own statement"
    CRY = "a cry of grief in a post that mourns someone"
    BURST = "a burst of the writer's feeling"


class CapitalRun(NamedTuple):
    """A run of capitalised words read for its job.

    ``words`` are the run's words (names joined to shouted words included), ``shouted``
    the ones that are neither names nor numbers. ``start`` and ``end`` span a shouted run
    from its first to its last shouted word, widened over names joined to them; any other
    run, its words. ``voice`` says why a shouted run raises the voice (``"long"``,
    ``"whole"``, ``"presses"``, ``"attacks"``, ``"announces"``, ``"asks"``, ``"argues"``,
    ``"shares"``); ``fills_post`` whether it makes up most of the author's words."""

    kind: RunKind
    start: int
    end: int
    words: tuple[Token, ...]
    shouted: tuple[Token, ...]
    voice: str | None = None
    fills_post: bool = False

    @property
    def carries_hype(self) -> bool:
        """Whether a shouted word is hype (`shouted.txt`: "LIVE", "FREE", "WOW")."""
        return any(w.text in HYPE_WORDS for w in self.shouted)


def capital_runs(
    post: Post, acronyms: Sequence[str] = (), run_words: int = RUN_WORDS
) -> tuple[CapitalRun, ...]:
    """Every run of capitals that holds a shouted word, read for its job, in text order.

    ``acronyms`` adds names to `acronyms.txt`; a run shouts with ``run_words`` shouted
    words, or one that shouts alone (hype, or stretched: "SOOOO"). Memoised for the
    defaults; a configured reading is read afresh."""
    if not acronyms and run_words == RUN_WORDS:
        return post.memo("capital runs", _default_runs)
    return tuple(_read_runs(post, _names(tuple(acronyms)), run_words))


def _default_runs(post: Post) -> tuple[CapitalRun, ...]:
    return tuple(_read_runs(post, ACRONYMS, RUN_WORDS))


class _WordKind(Enum):
    LOWER = "has a small letter: ends a run of capitals"
    SHOUT = "a word in capitals"
    EVERYDAY = "a name that is also a word (IT, US): shouts only next to a shouted word"
    NAME = "capitals that name something: an acronym, a code, a numeral, a letter"
    OTHER = "no cased letter: a number, a CJK word; neither shouts nor ends a run"


_SHOUTED = (_WordKind.SHOUT, _WordKind.EVERYDAY)
_Run = list[tuple[Token, _WordKind]]


def _read_runs(post: Post, names: frozenset[str], run_words: int) -> Iterator[CapitalRun]:
    words = authors_words(post)
    if not _may_shout(words):
        return  # most drafts: no word of two capitals or more, so no run to read
    prose = post.prose
    opening = opening_end(prose)
    titles: set[str] = set()  # titles named so far: "called COFFEE LOVA ... Type COFFEE LOVA"
    keyword_end = -1  # where the last keyword to text ended: "Txt TONE to 8007 or POLY"
    for run in _caps_runs(words, names, prose):
        tokens = tuple(word for word, _ in run)
        shouted_at = [i for i, (_, kind) in enumerate(run) if kind in _SHOUTED]
        shouted = tuple(tokens[i] for i in shouted_at)
        voice = None
        if len(shouted) < run_words and not any(
            run[i][1] is _WordKind.SHOUT and shouts_alone(run[i][0].text) for i in shouted_at
        ):
            kind = RunKind.LONE
        elif not any(is_word(w.text) for w in shouted):
            kind = RunKind.NAME  # a name in capitals: "HWANG MINOO", "LEANDRUS"
        elif shouted[-1].end <= opening or is_date(tokens, shouted):
            kind = RunKind.LABEL  # "REMINDER FROM O2:", a dateline, "FRIDAY 11 MAY"
        elif _is_title(prose, tokens, shouted, titles):
            kind = RunKind.TITLE  # where X has no italics, or one named again
        elif (
            has_initial(prose, tokens)
            or after_role(prose, tokens)
            or is_spelled_address(prose, tokens)
        ):
            kind = RunKind.NAME  # "URSULA K. LE GUIN", "actor HWANG MINOO", "W W W. X. NET"
        elif (
            is_keyword(prose, shouted)
            or is_keyword_list(post, tokens, shouted)
            or is_alternative(prose, tokens, keyword_end)
        ):
            kind, keyword_end = RunKind.KEYWORD, tokens[-1].end  # "Txt NOKIA to 89545"
        elif is_quoted(prose, tokens):
            kind = RunKind.QUOTED  # "@jsmithready: THIS. THIS. THIS"
        elif is_named_title(prose, tokens):
            kind = RunKind.TITLE  # "PSY - GANGNAM STYLE", as published
        elif _is_courtesy(post, shouted) or _is_fond_reply(post, shouted):
            kind = RunKind.WARMTH  # "THANK YOU for your time", "@ana I LOVE YOU"
        elif _stresses_own_statement(post, tokens, shouted):
            kind = RunKind.STRESS  # "Le Guin was a HUGE influence on me"
        elif len(tokens) <= CRY_WORDS and mourns(post):
            kind = RunKind.CRY  # "NO! NO NO NO NO" at news that someone died
        elif _names_bare(post, tokens, shouted):
            kind = RunKind.NAME  # "DAUGHTERS OF THE AIR Compared to Le Guin": no voice
        else:
            voice = _raised_by(post, tokens, shouted, len(words))
            kind = RunKind.BURST if voice is None else RunKind.SHOUTED
        if kind is not RunKind.SHOUTED:
            yield CapitalRun(kind, tokens[0].start, tokens[-1].end, tokens, shouted)
            continue
        first, last = _widen(prose, run, shouted_at[0], shouted_at[-1])
        fills = len(tokens) >= WHOLE_POST_SHARE * len(words)
        yield CapitalRun(kind, tokens[first].start, tokens[last].end, tokens, shouted, voice, fills)


def _is_title(
    prose: str, run: tuple[Token, ...], shouted: tuple[Token, ...], titles: set[str]
) -> bool:
    """Whether the run is a title after its cue or before its author, or one already named
    ("called COFFEE LOVA. Type COFFEE LOVA"); ``titles`` remembers the titles read."""
    title = " ".join(word.text for word in run)
    if title in titles or is_title(prose, run, shouted):
        titles.add(title)
        return True
    return False


def _is_courtesy(post: Post, shouted: tuple[Token, ...]) -> bool:
    """Whether every shouted word is inside a courtesy (thanks, congratulations, a wish, a
    greeting, a condolence): warmth, not a raised voice.

    The last word may be the one the courtesy is said to, right after it ("HAPPY BIRTHDAY
    KATY", "THANK YOU JO"), unless it is hype, haste or a gain ("THANK YOU SALE"). Not
    before a sales pitch or inside it, where "WELL DONE! Your prize awaits" is the hook;
    thanks that close a plug ("... check out my tracks. THANK YOU for your time") are warmth.
    """
    spans = [token for _, token in courtesies(post)]
    if not spans:
        return False
    pitched = post.memo("capitals pitch spans", _pitch_spans)
    if pitched.overlaps(shouted[0].start, len(post.prose)):
        return False
    inside = [any(s.start <= w.start < s.end for s in spans) for w in shouted]
    if any(inside) and all(i or _warm(w.text) for i, w in zip(inside, shouted, strict=True)):
        return True  # the courtesy and words of affection beside it: "XOXO THANKS"
    return len(shouted) > 1 and all(inside[:-1]) and _addressed(post.prose, shouted, spans)


def _warm(word: str) -> bool:
    """Whether a word beside a courtesy is affection (VADER +1.5 or more: "XOXO", "LOVE",
    "HUGS"), not hype, haste or a gain ("THANK YOU, AMAZING DEAL")."""
    return (
        word not in HYPE_WORDS
        and word not in HASTE_WORDS
        and word.lower() not in GAIN
        and (word_valence(word) or 0) >= DELIGHT_VALENCE
    )


def _addressed(prose: str, shouted: tuple[Token, ...], spans: list[Token]) -> bool:
    """Whether the last shouted word names whom the courtesy before it is said to: it
    follows the courtesy with only a space or a comma between, and is no hype, haste or
    gain."""
    last = shouted[-1]
    if last.text in HYPE_WORDS or last.text in HASTE_WORDS or last.text.lower() in GAIN:
        return False
    return any(not prose[s.end : last.start].strip(" ,") for s in spans)


def _is_fond_reply(post: Post, shouted: tuple[Token, ...]) -> bool:
    """Whether the run is delight said to someone in a reply ("@author I LOVE YOU", "@ana
    YOU ARE A FABULOUS HUMAN BEING"): affection, not a raised voice. Hype ("@ana BEST DEAL
    EVER") and a retort among hostile words ("@ana YOU WISH. You are promoting murder")
    still shout."""
    return (
        is_reply(post)
        and not any(w.text in HYPE_WORDS for w in shouted)
        and voices_delight(post, shouted[0].start)
        and not displeased(valences(authors_words(post)))
    )


def _stresses_own_statement(post: Post, run: tuple[Token, ...], shouted: tuple[Token, ...]) -> bool:
    """Whether the run stresses a word or two of the writer's own statement, where X has no
    italics ("Le Guin was a HUGE influence on me", "I hand them science fiction: it is FAR
    MORE than that"): one or two words, hype only if it grades the writer's experience
    (`shouted.txt`: HUGE, MASSIVE, not LIVE, FREE or NOW), in a sentence in the first person
    singular that is neither an order, a question, nor a pitch, holds no word of news and
    stands among more words in lower case, in a post that attacks no one; the capitals carry
    no anger themselves (a word VADER rates -1.5 or less). "I'm LIVE now", "Check out my SEXY
    VIDEO", "I have HUGE news" and "I am SO ANGRY with you people" still shout."""
    if len(shouted) > STRESS_WORDS or any(
        w.text in HYPE_WORDS and w.text not in INTENSIFIERS for w in shouted
    ):
        return False
    if displeased(valences(run)):
        return False
    return _own_statement(post, run[0].start) > len(run) and not attacks(post)


def _own_statement(post: Post, at: int) -> int:
    """How many words in lower case the sentence holding ``at`` has when it is the writer's
    own statement (first person singular; no order, question, pitch or word of news), else
    0."""
    return _once_a_sentence(post, at, "capitals own statements", _statement_words, 0)


def _once_a_sentence(
    post: Post, at: int, name: str, read: Callable[[Post, Token], T], default: T
) -> T:
    """``read`` of the sentence holding ``at`` (``default`` outside any), read once a
    sentence and remembered under ``name``, so that 6,000 runs in one sentence stay
    linear."""
    sentence = post.sentence_at(at)
    if sentence is None:
        return default
    known: dict[int, T] = post.memo(name, lambda _: {})
    if sentence.start not in known:
        known[sentence.start] = read(post, sentence)
    return known[sentence.start]


def _statement_words(post: Post, sentence: Token) -> int:
    if any(c in ASKING for c in post.prose[sentence.start : sentence.end]):
        return 0
    words = sentence_words(post, sentence.start)
    folded = {fold(w.text) for w in words}
    if not FIRST_PERSON & folded or ANNOUNCING & folded:
        return 0
    pushed = (
        post.memo("capitals order spans", _order_spans),
        post.memo("capitals pitch spans", _pitch_spans),
    )
    if any(spans.overlaps(sentence.start, sentence.end) for spans in pushed):
        return 0
    return sum(1 for w in words if not w.text.isupper())


def _order_spans(post: Post) -> SpanSet:
    return SpanSet((t.start, t.end) for t in orders(post))


def _pitch_spans(post: Post) -> SpanSet:
    return SpanSet((p.start, p.end) for p in pitches(post))


class _CapsContext(NamedTuple):
    """What the whole post says about its capitals, read once however many runs it holds."""

    pushes: bool  # gives orders, asks for an action or sells
    attacks: bool  # hostility aimed at someone
    announces: bool  # news, a launch, or a brand's "we" outside a conversation
    displeased: bool  # VADER reads the post as negative, or a word at -1.5 or less
    shares: bool  # a link, in a post that is no reply


def _caps_context(post: Post) -> _CapsContext:
    return _CapsContext(
        pushes=pushes(post),
        attacks=bool(attacks(post)),
        announces=announces(post),
        displeased=measure_tone(post).compound < 0 or _scolds(post),
        shares=bool(post.urls) and not is_reply(post),
    )


def _scolds(post: Post) -> bool:
    """Whether a sentence voices displeasure: a word VADER rates -1.5 or less, in a sentence
    whose rated words lean negative ("WOW, this policy is a disgrace", "tell men NOT TO
    FUCKING RAPE PEOPLE"). A sad word inside delight is not displeasure ("I LOVE YOU!!! u
    make me smile when im sad you cheer me up"), and hype in capitals ("WOW", "EPIC") is
    the shout being judged, not the mood around it."""
    for sentence in post.sentences:
        words = sentence_words(post, sentence.start)
        rated = valences(w for w in words if w.text not in HYPE_WORDS)
        if displeased(rated) and sum(rated) < 0:
            return True
    return False


def _raised_by(
    post: Post, run: tuple[Token, ...], shouted: tuple[Token, ...], words: int
) -> str | None:
    """Why the run raises the voice (see ``CapitalRun.voice``), or None when it is a burst
    of the writer's feeling.

    A burst is short (``CRY_WORDS``), in a post that neither pushes (orders, calls, selling,
    a word of gain or haste in the capitals), attacks, announces, hails the readers, shares a
    link (outside a reply) nor voices displeasure (VADER's tone below 0, or a word at -1.5 or
    less); it asks nothing, and it is part of a post otherwise in lower case, or, a whole
    post, voices delight ("LOVE THIS SONG!!!"). "one of the BEST SONGS in music history",
    "@ana BEST. THREAD. EVER. I laughed all day" are the writer's tone, not a raised voice.
    """
    first = run[0]
    context = post.memo("capitals context", _caps_context)
    if len(run) > CRY_WORDS:
        return "whole" if len(run) >= WHOLE_POST_SHARE * words else "long"
    if context.pushes or any(w.text in HASTE_WORDS or w.text.lower() in GAIN for w in shouted):
        return "presses"
    if context.attacks:
        return "attacks"
    hailed, asks = _sentence_voice(post, first.start)
    if context.announces or hailed:
        return "announces"
    if asks:
        return "asks"
    if context.displeased:
        return "argues"
    if context.shares:
        return "shares"
    if len(run) >= WHOLE_POST_SHARE * words and not (
        voices_delight(post, first.start) and measure_tone(post).compound >= DELIGHT_TONE
    ):
        return "whole"  # "WHITE FUDGE OREOS ARE IN STORES", "NO, THANKS. I DON'T LIKE SALES"
    return None


def _sentence_voice(post: Post, at: int) -> tuple[bool, bool]:
    """Whether the sentence holding ``at`` hails the readers, and whether it is a question,
    whose capitals demand an answer ("SO WHY ?!!!", "WOT U UP 2 J?")."""
    return _once_a_sentence(post, at, "capitals sentence voice", _voice_of, (False, False))


def _voice_of(post: Post, sentence: Token) -> tuple[bool, bool]:
    asks = any(c in ASKING for c in post.prose[sentence.start : sentence.end])
    return hails(post, sentence.start), asks


def _names_bare(post: Post, run: tuple[Token, ...], shouted: tuple[Token, ...]) -> bool:
    """Whether the run is a name or a title with no cue (`is_bare_name`: a few words with no
    voice) standing inside a sentence of mixed-case prose, or making up the whole post ("LE
    GUIN <link>", "CUSTOMER SERVICE"), its shouted words outside a sales pitch ("RECENTLY
    VIEWED 2 others viewed this": the label heads the pitch). A sentence of its own in
    capitals among mixed-case prose is a message typed in capitals ("IRAN ENCIRCLES ISRAEL.
    Hezbollah took power"); a post that only names something says nothing to shout. In a
    pitch, or a post that promises a gain, the thing offered, set in capitals, is the
    advert's hype ("awarded a FREE mini DIGITAL CAMERA", "HALF PRICE Rental")."""
    start, end = run[0].start, run[-1].end
    letters = _sentence_letters(post, start)
    mixed = post.memo("capitals mixed words", _mixed_words)
    if letters is None or (mixed and letters[0] >= start and letters[1] <= end):
        return False  # a sentence of its own among mixed-case prose
    if post.memo("capitals gain", _offers_gain) or post.memo(
        "capitals pitch spans", _pitch_spans
    ).overlaps(shouted[0].start, shouted[-1].end):
        return False
    return is_bare_name(post.prose, run, mixed)


def _sentence_letters(post: Post, at: int) -> tuple[int, int] | None:
    """Where the first letter of the sentence holding ``at`` starts and its last one ends."""
    return _once_a_sentence(post, at, "capitals sentence letters", _letters_of, None)


def _letters_of(post: Post, sentence: Token) -> tuple[int, int]:
    first = _LETTER.search(post.prose, sentence.start, sentence.end)
    last = _LAST_LETTER.search(post.prose, sentence.start, sentence.end)
    return (first.start(), last.end()) if first and last else (sentence.end, sentence.start)


def _offers_gain(post: Post) -> bool:
    """Whether the author's words promise a gain (`shouted.txt`: "free", "prize", "won")."""
    return any(fold(word.text) in GAIN for word in authors_words(post))


def _mixed_words(post: Post) -> int:
    """How many of the author's words hold a small letter: the mixed-case prose around a
    run of capitals."""
    return sum(1 for word in authors_words(post) if word.text.upper() != word.text)


def _may_shout(words: Sequence[Token]) -> bool:
    """Whether a word could shout: a shouted word (``_kind``) is in capitals and holds two
    of them, so it is longer than one character. The capital words are found in C."""
    return any(len(word) > 1 for word in filter(str.isupper, map(_TEXT, words)))


@lru_cache(maxsize=64)
def _names(extra: tuple[str, ...]) -> frozenset[str]:
    """The listed names plus configured ones, one object per configuration.

    `_kind` is cached on (word, names): the same object makes each lookup an identity
    check instead of comparing two sets of 400 names.
    """
    return ACRONYMS | frozenset(extra) if extra else ACRONYMS


def _caps_runs(words: Sequence[Token], names: frozenset[str], prose: str) -> Iterator[_Run]:
    """Stretches of words without a small letter that hold at least one shouted word."""
    run: _Run = []
    for word in words:
        kind = _kind(word.text, names)
        if kind is not _WordKind.LOWER:
            if kind is _WordKind.SHOUT and _NAME_MARK.match(prose, word.end):
                kind = _WordKind.NAME
            run.append((word, kind))
            continue
        if run:  # most words are lower case and end no run
            if any(k is _WordKind.SHOUT for _, k in run):
                yield run
            run = []
    if any(k is _WordKind.SHOUT for _, k in run):
        yield run


@lru_cache(maxsize=4096)
def _kind(word: str, names: frozenset[str]) -> _WordKind:
    if not word.isupper():  # a small letter, or no cased letter at all
        return _WordKind.LOWER if word.upper() != word else _WordKind.OTHER
    if sum(1 for c in word if c.isupper()) < 2 or any(c.isdigit() for c in word):
        return _WordKind.NAME
    if _POSSESSIVE.sub("", word) in EVERYDAY_NAMES:
        return _WordKind.EVERYDAY
    if all(_is_name(part, names) for part in word.split("-")):
        return _WordKind.NAME
    return _WordKind.SHOUT


def _is_name(word: str, names: frozenset[str]) -> bool:
    if word in names or (len(word) < 2 and word.isalpha()):
        return True
    singular = _POSSESSIVE.sub("", word)
    if singular in names or (singular.endswith("S") and singular[:-1] in names):
        return True
    if _ASCII_LETTERS.fullmatch(word) and not _VOWEL.search(word):
        return True
    return len(word) <= 15 and word not in _ROMAN_WORDS and bool(_ROMAN.fullmatch(word))


def _widen(prose: str, run: _Run, first: int, last: int) -> tuple[int, int]:
    """Stretch the span over capitalised names next to it in the same sentence."""
    while first > 0 and _joins(prose, run[first - 1], run[first][0]):
        first -= 1
    while last < len(run) - 1 and _joins(prose, run[last + 1], run[last][0]):
        last += 1
    return first, last


def _joins(prose: str, neighbour: tuple[Token, _WordKind], word: Token) -> bool:
    """A name joins the span when only spaces or "&", "-", "/" stand between them."""
    token, kind = neighbour
    gap = prose[min(token.end, word.end) : max(token.start, word.start)]
    return kind is _WordKind.NAME and bool(_JOINING_GAP.fullmatch(gap))
