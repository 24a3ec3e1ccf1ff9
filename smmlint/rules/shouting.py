"""Shouting rules: words in capitals, punctuation pile-ups and emoji walls (SMM3xx)."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator, Mapping, Sequence
from enum import Enum
from functools import lru_cache
from itertools import pairwise
from operator import itemgetter
from typing import Any, NamedTuple

import regex

from smmlint.analysis.acts import answers_someone, courtesies, is_reaction, orders, stance
from smmlint.analysis.address import FIRST_PERSON, is_reply
from smmlint.analysis.borrowed import authors_words, own_prose
from smmlint.analysis.calls import asks_for_action
from smmlint.analysis.hostility import attacks
from smmlint.analysis.lexicon import word_list
from smmlint.analysis.readability import is_dictionary_word
from smmlint.analysis.selling import pitches
from smmlint.analysis.spans import SpanSet
from smmlint.analysis.tone import measure_tone, word_valence
from smmlint.core.model import Severity
from smmlint.core.registry import Example, Hit, rule
from smmlint.read.post import Post, Token

_NAMES = word_list("acronyms.txt")
ACRONYMS = frozenset().union(*_NAMES.values())
# Names that are also everyday words ("IT", "US", "WHO"): quiet alone, shouted among capitals.
EVERYDAY_NAMES = _NAMES["everyday words"]
_SHOUTED_WORDS = word_list("shouted.txt")
# Hype words that shout even alone ("LIVE", "WOW", "FREE"), and news labels ("BREAKING:").
HYPE = _SHOUTED_WORDS["hype"]
NEWS_LABELS = _SHOUTED_WORDS["news label"]
# Pleasant words that promise a gain ("FREE", "win"): selling, not delight.
_GAIN = _SHOUTED_WORDS["gain"]
_TITLE_CUES = {cue.lower() for cue in _SHOUTED_WORDS["title cue"]}
# Hype that grades the writer's own experience ("a HUGE influence on me"): stress there.
_INTENSIFIERS = _SHOUTED_WORDS["intensifier"]
# Days and months: beside a number, a date set as a heading ("FRIDAY 11 MAY, 5.30pm:").
_DATES = _SHOUTED_WORDS["date"]
# Stress is one or two words ("science fiction is FAR MORE than that"); three are a phrase.
STRESS_WORDS = 2
# Words that announce news to an audience ("Big news today!!!", "Launch day!!!").
_ANNOUNCING = _SHOUTED_WORDS["announcement"]
# Words that hail the readers ("EVERYONE MUST SEE THIS!!!", "LADIES!!!").
_AUDIENCE = _SHOUTED_WORDS["audience"]
# The author speaking for a group: a brand's or a team's voice ("We did it!!!!").
_WE = frozenset({"we", "we're", "we've", "we'll", "our", "ours"})
# How far before a run of capitals a title cue may stand: "reading Le Guin's THE ..." (the
# possessive itself is a cue: "Chloe Benjamin's THE IMMORTALISTS").
_TITLE_CUE_REACH = 3
_WORDS_BEFORE = regex.compile(r"[\p{L}'’-]++")
# A title credited to its author: "THE WAVE IN THE MIND by Ursula K. Le Guin".
_BY_AUTHOR = regex.compile(r"\s++by\s++\p{Lu}\p{Ll}")
# A cry is short: "NO! NO NO NO NO", "DAMMIT" at news of a death; a longer run in a post
# that mourns someone is an argument shouted. A burst of feeling is as short ("BEST. THREAD.
# EVER", "LOVE THIS SONG"); a longer run is a message typed in capitals.
CRY_WORDS = 6
# A person's name runs to four words at most: "GEORGE R. R. MARTIN".
NAME_WORDS = 4
# A music video's title, "ARTIST - SONG": a few words, the artist's name before a spaced dash.
TITLE_WORDS = 8
_TITLE_DASH = regex.compile(r"\s[-–—]\s")
# Two shouted words next to each other ("BUY NOW", "SO GOOD") are a shouted phrase, even
# when each alone could pass for an acronym.
RUN_WORDS = 2
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
# What may stand between two capitalised words of one span: spaces, "&", "-", "/", "+" (not a
# line break: "TIGHTTTT\n\nI" ends at the line).
_JOINING_GAP = regex.compile(r"(?:[^\S\n]|[&/+\-–])*+")
# A web address spelled out in capitals: "W W W. THE FARRELL REPORT. NET".
_ADDRESS_END = regex.compile(r"\.\s*+(?:COM|NET|ORG|INFO|BIZ|CO|UK)\b")
_ADDRESS_START = regex.compile(r"\bW\s?W\s?W\s*+\.\s*+$")
# Where a sentence ends inside a run of capitals: a title is one phrase.
_SENTENCE_END = regex.compile(r"[!?](?!\S)|[!?]{2}")
# A trademark sign or a year right after a word makes it a name: "NAME®", "PYCON 2024".
_NAME_MARK = regex.compile(r"[®™©℠]|\s*+(?:['’]\d\d|(?:19|20)\d\d)(?!\d)")
# Letters written three or more times: "SOOOO", "DAMNNNN" shout whatever their length.
_STRETCHED = regex.compile(r"(\p{Lu})\1\1")
# A keyword to send by text: "txt: NOKIA to 89545", "reply STOP to 8007".
_SMS_KEYWORD = regex.compile(r"\s++to\s++(?:no:?\s*+)?\d", regex.IGNORECASE)
_KEYWORD_VERB = regex.compile(
    r"\b(?:txt|text|reply|send|sms|e\.?\s?g\.?)(?:\s|:)[^.!?\n]{0,12}+$", regex.IGNORECASE
)
# Hype right after the verb is the word to send: "Text YES for a callback", "reply WIN".
_SENT_WORD = regex.compile(r"\b(?:txt|text|reply|send|sms)\s*+:?\s*+$", regex.IGNORECASE)
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
# Another account's words quoted after its handle and a colon: "@jsmithready: THIS. THIS".
_QUOTED_ACCOUNT = regex.compile(r"@\w++\s*+:\s*+$")
# Hype that presses for time ("reply NOW"): it qualifies the verb, it is never the keyword.
_PRESSURE = frozenset({"NOW", "ASAP", "HURRY", "INSTANT", "URGENT", "TODAY"})
# Without a short code, the keyword ends the message or its sentence, or a code or a number
# follows its first or last word: "reply END OUT", "Reply THEMOB HELP 4 more info", "send
# STOP 8552 SAM".
_KEYWORD_END = regex.compile(r"\s*+(?:$|[.!?\n]|for\b|\S*\d)", regex.IGNORECASE)
# The opening of a news post: a label before a colon ("BREAKING:", after "RT @user:" too) or
# a dateline before a bracket or a dash ("NEW YORK (Reuters) -", "WASHINGTON —").
_OPENING = regex.compile(
    r"\s*+(?:(?:RT|MT)\s*+@\w++:?\s*+)?"
    r"(?P<head>\p{Lu}[\p{Lu}\d.’' -]{0,40}?)\s*+(?P<sep>[:(—–|]|-\s)"
)


class _Kind(Enum):
    LOWER = "has a small letter: ends a run of capitals"
    SHOUT = "a word in capitals"
    EVERYDAY = "a name that is also a word (IT, US): shouts only next to a shouted word"
    NAME = "capitals that name something: an acronym, a code, a numeral, a letter"
    OTHER = "no cased letter: a number, a CJK word; neither shouts nor ends a run"


@rule(
    code="SMM301",
    name="all-caps",
    severity=Severity.SUGGESTION,
    category="shouting",
    message="Words in capitals read as shouting.",
    hint="Write it in sentence case; to stress one point, say why it matters.",
    options={"acronyms": (), "run_words": RUN_WORDS},
    fires=(
        "<marker>BUY NOW</marker> before it's gone",
        "<marker>WOW</marker>, this policy is a disgrace",
        "<marker>HUGE NEWS FROM NASA TODAY</marker>: the launch is on.",
        "Our CEO says <marker>WE ARE HIRING</marker> again",
        "@ana <marker>SO WHY</marker> did you leave?",
        "<marker>BUY 1 GET 1 FREE</marker> this weekend",
        "We're <marker>LIVE</marker> in five minutes, come say hi",
        "<marker>WOW</marker>, what a finish https://example.com/v",
        "This cake is <marker>SOOOO</marker> good, order yours today",
        "<marker>I LOVE IT SO MUCH I CANNOT STOP</marker> watching",
        "Send <marker>LOVE AND LIGHT</marker> to everyone you know",
        "We'll send you a <marker>FREE</marker> wallpaper",
        "@ana <marker>YOU WISH</marker>. That claim is a disgrace.",
        "I'm <marker>LIVE</marker> now, come say hi",
        "I have <marker>HUGE NEWS</marker> for you all",
        "I am <marker>SO ANGRY</marker> with you people",
        "Check out my <marker>SEXY VIDEO</marker>",
        "<marker>SAVE TODAY</marker>: 20% off everything",
        "Prizes every week starting <marker>NOW</marker>, txt DRAW to 87066",
        "Best video <marker>PLEASE VOTE KATY !!!!! PLEASE VOTE</marker>",
        "<marker>HI DARLIN ITS KATE ARE U UP FOR A DRINK TONIGHT</marker>",
    ),
    quiet=(
        ("NASA and the ESA share data with our CEO.", "acronyms from the list"),
        ("Q3 results are in: B2B revenue is up, see the FAQ.", "codes with digits"),
        ("Henry VIII and World War II, a thread.", "roman numerals"),
        ("Loving the talks at #SXSW with @NASA today", "hashtags and mentions are names"),
        ("This is NOT a drill.", "one short word of emphasis"),
        ("I am absolutely LOVING this thread", "one word stressed, X has no italics"),
        ("Txt NOKIA to 89545 for your tone", "a keyword to text"),
        ("To stop these alerts, reply END OUT", "a keyword to send, no short code"),
        ("Thanks NASA. GREAT WORK", "praise in capitals: warmth, not a raised voice"),
        ("HAPPY BIRTHDAY to our founder!", "a wish in capitals"),
        (
            "Send a logo: txt LOVE NAME1 NAME2 MOBNO eg LOVE ADAM EVE 07123456789 to 87077",
            "a keyword template, then an example and the short code",
        ),
        ("Check out LEANDRUS - PLAYTIME, a new track", "a name in capitals: no English word"),
        ("Our HTML and CSS course, now with a PDF.", "initialisms"),
        ("T&Cs apply; write to PO BOX 434, London.", "a post-office box"),
        ("Meet our new CTO, live on BBC at 9 PM GMT.", "acronyms side by side"),
        ("Our CEOs and CEO'S office", "plural and possessive acronyms"),
        ("The ACME team is here.", "an unknown short capitalised name"),
        ("東京 NASA 2024", "words without cased letters"),
        ("Our SNUGGLEWRAP® blankets are back in stock.", "a trademark"),
        ("Talk slides from PYCONUK 2024 are up, and see you at FOSDEM!", "events"),
        ("NEW YORK (Reuters) - Stocks rose on Tuesday.", "a news dateline"),
        ("RT @newsdesk: JUST IN: Parliament passes the budget", "a news label"),
        ("Finally read “THE DISPOSSESSED” and loved it.", "a title in quotes"),
        ("RT @fan: THIS IS THE BEST SHOW EVER", "someone else's words, retweeted"),
        ("Today I'm starting Le Guin's THE LEFT HAND OF DARKNESS", "a title after a cue"),
        ("Words are events. URSULA K. LE GUIN", "a name with an initial, crediting a quote"),
        ("Get the new phones for free. Text YES for a callback", "hype as the word to send"),
        ("@ana I LOVE YOU, you made my day", "affection in a reply: warmth"),
        ("This is AMAZING, thank you all", "a burst of delight in a post otherwise in lower case"),
        ("one of the BEST SONGS in music history", "a fan's cheer"),
        ("LOVE THIS SONG!!!", "a short post of delight"),
        ("@ana BEST. THREAD. EVER. I laughed all day", "a cheer in a reply"),
        ("NO! NO NO NO NO. Our founder died this morning.", "a cry of grief"),
        ("PSY - GANGNAM STYLE (M/V) https://example.com/v", "a music video's title"),
        (
            "Txt ur team to 87077 eg ENGLAND to 87077 Try: WALES, SCOTLAND",
            "keywords to choose from, listed for a short code",
        ),
        ("REMINDER FROM O2: to get free call credit pls reply with your name", "a label"),
        ("FRIDAY 11 MAY, 5.30pm: join the march in the square", "a date as a heading"),
        ("Our first vid THIS IS US is up, tell us what you think", "a title after its kind"),
        (
            "Check out my song called COFFEE LOVA. Type COFFEE LOVA in the search box",
            "a title named again",
        ),
        ("Inspiring! @jsmithready: THIS. THIS. THIS. https://example.com/x", "an account quoted"),
        ("Quiz: D= VIOLET E= TULIP F= LILY, txt D E or F to 84025", "options after their letter"),
        ("Txt TONE CHARITY to 8007 for nokias or POLY CHARITY for polys", "a second keyword"),
        ("Register now! SKY OPT OUT to 88088", "a keyword right before its short code"),
        ("Never share your ATM PIN by email.", "acronyms"),
        ("Check out my tracks on my channel. THANK YOU for your time", "thanks after a plug"),
        ("Le Guin was a HUGE influence on me. This one really hurts.", "the writer's stress"),
        (
            "I think science fiction is FAR MORE than space ships https://example.com/a",
            "two words stressed in the writer's own statement",
        ),
        ("Please see W W W. THE FARRELL REPORT. NET for the full story", "an address"),
    ),
)
def all_caps(post: Post, options: Mapping[str, Any]) -> Iterator[Hit]:
    """Words in ALL CAPS that shout, not acronyms like NASA, CEO, Q3 or FAQ.

    ## What shouts: the standard
    Real-post verdicts for this rule follow one standard, the reading of a seasoned
    social-media manager: capitals shout when a reader hears a raised voice aimed at them.

    - S1. A message typed in capitals: a whole post, or a sentence or clause of three words
      or more, whatever the writer meant (excitement, a phone's habit): the reader cannot hear
      the intent ("DO U WANT 2 MEET UP 2MORRO", "This gif is SO MUCH BETTER IN CONTEXT").
    - S2. Hype, haste or a demand in capitals, even one word: a gain ("FREE", "WIN", "CASH"),
      haste ("NOW", "HURRY", "URGENT"), a grab for attention at the reader ("WOW", "HUGE
      NEWS", "LIVE"), the call itself ("PLEASE SUBSCRIBE", "CHECK OUT"), a question that
      demands an answer ("SO WHY ?!").
    - S3. Two words or more in capitals in a post that argues, attacks or taunts ("SUCH A
      CRY-BABY", "It's a TERRORIST BAN. #MoronicDems").

    Not shouting, because the capitals do another job:

    - N1. Naming: acronyms ("ATM/SMS PIN"), names written in capitals (a bank, a band, a
      product, a person), titles of works (songs, videos, books: X has no italics), a web
      address spelled out.
    - N2. Labelling: an interface label, a heading or a label before a colon ("REMINDER
      FROM O2:", "BREAKING:"), a dateline, a date set as a heading ("FRIDAY 11 MAY").
    - N3. Quoting: someone else's words (a retweet, an account quoted after "@user:", a
      chant in a headline, a song's line).
    - N4. Keywords: the word to send by text, and options listed to choose from.
    - N5. Stress: one or two ordinary words inside a sentence otherwise in lower case, in
      the writer's own statement, with no hype aimed at the reader and no order ("Le Guin was
      a HUGE influence on me", "science fiction is FAR MORE than that").
    - N6. Warmth: thanks, wishes and affection in capitals, unless they hook a pitch.

    Debatable, where fair readers differ: a short cry or cheer whose whole content is the
    feeling ("OMG GOD, NO!!", "FUCK YEAH", "MANY MEMORIES..."), sarcastic capitals around a
    phrase ("PEACEFUL PROTEST?"), a fan echoing a song's hook ("ROAAAARRRR"), names stressed
    in an argument ("Esp. SAUDI ARABIA + PAKISTAN").

    ## What it does
    Finds runs of capitalised words in the author's own words (not a retweet or a quotation)
    and reports each run once, from its first to its last shouted word (names joined to it
    by a space, "&", "-" or "/" are part of the span; a colon or a mention ends it). A run
    shouts when it holds `run_words` (2) or more shouted words ("BUY NOW"), or one hype word
    (`shouted.txt`: "LIVE", "HUGE", "WOW", "NOW", "FREE", "AMAZING", "URGENT") or a stretched
    one ("SOOOO"). The hint names the word to rewrite when there is one, and says why the
    capitals shout here: the whole post is in capitals, they carry hype, or the post
    presses, argues, asks, announces or shares (see below).

    Not shouting (N1-N6 as the words can tell them): acronyms and names from the data list
    `acronyms.txt` (plus the `acronyms` option; it lists events and accreditation bodies
    such as FOSDEM and AACSB), words with a digit (Q3, B2B, 4K), a word followed by a
    trademark sign or a year ("NAME®", "PYCON 2024"), roman numerals (VIII), initialisms
    without a vowel (HTML), single letters (I, A), hashtags and mentions; a web address
    spelled out in capitals ("W W W. THE FARRELL REPORT. NET"); any other lone word in
    capitals, which is a name (NOKIA) or one word stressed where X has no italics ("This is
    NOT a drill", "I am absolutely LOVING this"); a label before a colon that opens the post
    (a news feed's "BREAKING:", "RT @user: JUST IN:", or any other of four words at most
    with no hype, haste, gain or hailed readers: "REMINDER FROM O2:"; "SAVE TODAY:" shouts)
    and a dateline ("NEW YORK (Reuters) -"); a date set in capitals, days or months beside a
    number ("FRIDAY 11 MAY, 5.30pm:"); a title after a cue, a kind of work or a verb of
    reading or watching ("reading Le Guin's THE LEFT HAND OF DARKNESS", "our first vid THIS
    IS US"), or after it its author ("THE WAVE IN THE MIND by Ursula K. Le Guin"), and the
    same title named again further on ("called COFFEE LOVA. Type COFFEE LOVA"); a title is
    one phrase with no hype ("Best video PLEASE VOTE KATY !!!!!" and "starting NOW" shout);
    another account's words quoted after its handle and a colon ("@jsmithready: THIS. THIS.
    THIS"); a keyword to text ("Txt NOKIA to 89545", "reply END OUT": after "txt", "reply" or
    "e.g.", a word that is not hype; with no verb, words right before "to" and a short code:
    "SKY OPT OUT to 88088"), a second keyword offered with "or" ("Txt TONE CHARITY to 8007
    or POLY CHARITY for polys"), and keywords listed in a message that names a short code,
    between commas ("Try: WALES, SCOTLAND") or each after its letter ("D= VIOLET E= TULIP");
    a music video's title opening a line, "ARTIST - SONG" with a name before a spaced dash
    ("PSY - GANGNAM STYLE"), as it is published; thanks, praise or a wish in capitals
    ("THANK YOU for your time", "HAPPY BIRTHDAY"), which is warmth, also after a plug's
    pitch ("Check out my tracks. THANK YOU"), except as the hook of a sales pitch before it
    ("WELL DONE! Your prize awaits"); affection said to someone in a reply ("@author I LOVE
    YOU", "@ana YOU ARE A FABULOUS HUMAN BEING": a sentence of twelve words at most with a
    word VADER rates +1.5 or more, no hype word in the capitals, no word rated -1.5 or less
    in the post, nothing sold or asked for); a person's name with an initial ("URSULA K. LE
    GUIN" crediting a quotation); a cry of six words at most in a post that mourns someone
    ("NO! NO NO NO NO || Le Guin Is Dead at 88"). Listed names that are also everyday words
    (IT, US, WHO) are names on their own and shouted words next to one ("I LOVE IT").

    Stress in the writer's own statement is not shouting (N5): one or two words in a
    sentence in the first person singular that is neither an order, a question nor a pitch,
    holds no word of news and stands among words in lower case, in a post that attacks no
    one, and whose capitals carry no anger themselves (a word VADER rates -1.5 or less: "I
    am SO ANGRY with you people" shouts, S3): "Le Guin was a HUGE influence on me. This one
    really hurts.", "I think science fiction is FAR MORE than space ships <link>". Hype
    counts as stress there only when it grades the writer's experience (`shouted.txt`:
    HUGE, MASSIVE, AMAZING); "I'm LIVE now", "I have HUGE NEWS", "Check out my SEXY VIDEO"
    and "We're LIVE" still shout.

    A burst of the writer's feeling is not shouting either: six capitalised words at most
    ("one of the BEST SONGS in music history", "@ana BEST. THREAD. EVER. I laughed", "This
    is AMAZING, thank you all") in a post that gives no order, calls for no action, sells
    nothing (and holds no word of gain or haste in the capitals: "FREE", "NOW"), attacks
    no one, announces nothing (news, a launch, a brand's "we"), hails no readers, shares
    no link outside a reply, and voices no displeasure (VADER's tone below 0, or a word it
    rates -1.5 or less); the capitals ask no question, and they stand in a post otherwise in
    lower case, or make up a short post of delight ("LOVE THIS SONG!!!": VADER's tone of
    the whole post 0.4 or more, and a sentence of delight). The hint says
    which of these made the capitals shout: a long run, a whole post in capitals, pressure,
    an attack, displeasure, a question, news or a shared link.

    Left alone, because it cannot be told reliably: a title or a name in capitals with no
    cue ("I taught VERY FAR AWAY FROM ANYWHERE ELSE", "We're TWIN MELODY", "LE GUIN
    <link>", a product named in a pop-up: "just bought: CBD VEGAN GUMMIES", an interface
    label with no colon: "RECENTLY VIEWED") is reported as shouting, and so is stress that
    is not the writer's first-person statement ("followers are THE MOST savvy"): the same
    capitals, unnamed, are a raised voice. So are capitals whose feeling the words do not
    tell from a raised voice (the debatable kinds above): a cry of shock with no word of a
    death ("OMG GOD, NO!!", "WHAT?!!? NO!!!!"), a swear word beside delight ("PRETTY DAMN
    CUTE"), sarcasm ("PEACEFUL PROTEST?"); a whole private text or fan reply typed in
    capitals ("IM GONNA MISS U SO MUCH", "@author PLEASE SAY HI TO US") is a message typed in
    capitals (S1) and reported. Words stressed in a friendly private text ("At WHAT TIME
    should i come tomorrow") are quiet with the bursts, whether they are stress or
    impatience. Sarcasm in a reply with no hostile word ("@pol Take refugees only from
    stable countries. SO SMART!") reads as affection and is left quiet. A short name in
    capitals that the dictionary also lists ("BSA FAC Air Rifles") reads as words; add it
    to the `acronyms` option.

    ## Why is this bad?
    Capitals read as shouting, and shouting reads as an advert or as anger. They are also
    harder to read: word shapes disappear, and screen readers may spell short words out
    letter by letter.
    """
    words = authors_words(post)
    if not _may_shout(words):
        return  # most drafts: no word of two capitals or more, so no run to read
    names = _names(tuple(options["acronyms"]))
    opening = _opening_end(post.prose)
    titles: set[str] = set()  # titles named so far: "called COFFEE LOVA ... Type COFFEE LOVA"
    keyword_end = -1  # where the last keyword to text ended: "Txt TONE to 8007 or POLY"
    for run in _caps_runs(words, names, post.prose):
        shouted = [i for i, (_, kind) in enumerate(run) if kind in _SHOUTED]
        if len(shouted) < options["run_words"] and not any(
            run[i][1] is _Kind.SHOUT and _shouts_alone(run[i][0].text) for i in shouted
        ):
            continue
        if not any(_is_word(run[i][0].text) for i in shouted):
            continue  # a name in capitals: "HWANG MINOO", "LEANDRUS"
        first_word, last_word = run[0][0], run[shouted[-1]][0]
        if last_word.end <= opening or _is_date(run, shouted):
            continue  # a label or a dateline ("REMINDER FROM O2:"), a date ("FRIDAY 11 MAY")
        title = " ".join(word.text for word, _ in run)
        if title in titles or _is_title(post.prose, run, shouted):
            titles.add(title)
            continue  # a title where X has no italics, or one named again further on
        if _has_initial(post.prose, run) or _is_spelled_address(post.prose, run):
            continue  # a name: "URSULA K. LE GUIN", "W W W. THE FARRELL REPORT. NET"
        if (
            _is_keyword(post.prose, run, shouted)
            or _is_keyword_list(post, run, shouted)
            or _is_alternative(post.prose, run, keyword_end)
        ):
            keyword_end = run[-1][0].end
            continue  # a keyword to text: "Txt NOKIA to 89545", "reply END OUT"
        if _QUOTED_ACCOUNT.search(post.prose, max(0, first_word.start - 40), first_word.start):
            continue  # "@jsmithready: THIS. THIS. THIS": that account's words, quoted
        if _is_named_title(post.prose, run):
            continue  # "PSY - GANGNAM STYLE": a music video's title, as published
        if _is_courtesy(post, run, shouted) or _is_fond_reply(post, run, shouted):
            continue  # warmth in capitals: "THANK YOU for your time", "@ana I LOVE YOU"
        if _stresses_own_statement(post, run, shouted):
            continue  # "Le Guin was a HUGE influence on me": stress, X has no italics
        if len(run) <= CRY_WORDS and _mourns(post):
            continue  # a cry of grief: "NO! NO NO NO NO" at news that someone died
        voice = _raised_by(post, run, shouted, len(words))
        if voice is None:
            continue  # a burst of the writer's feeling: "one of the BEST SONGS ever"
        first, last = _widen(post.prose, run, shouted[0], shouted[-1])
        message = (
            f"{len(shouted)} words in capitals read as shouting."
            if len(shouted) > 1
            else "A word in capitals reads as shouting."
        )
        hint = _hint(run, shouted, len(words), voice)
        yield Hit(run[first][0].start, run[last][0].end, message=message, hint=hint)


def _is_keyword(prose: str, run: list[tuple[Token, _Kind]], shouted: list[int]) -> bool:
    """Whether the run is a keyword to send by text, after "txt", "reply" or "e.g.".

    The capitals mark the exact word to send. The short code after it settles it ("Txt WIN
    to 83355"); without one, a word of time pressure is shouted ("reply NOW"), other hype is
    the keyword only right after the verb ("Text YES for a callback"; not "send u a FREE
    8Ball wallpaper"), and any word is the keyword when it ends the message or its sentence,
    or "for" or a number follows ("reply END OUT", "e.g. HORO ARIES"; not "Send LOVE AND
    LIGHT to everyone"). Without the verb, words right before "to" and a short code are the
    keyword too, unless they are hype ("SKY OPT OUT to 88088"; not "FREE to 80086").
    """
    first_word, last_word = run[shouted[0]][0], run[shouted[-1]][0]
    if not _KEYWORD_VERB.search(prose, max(0, first_word.start - 20), first_word.start):
        return bool(_TO_SHORT_CODE.match(prose, last_word.end)) and not any(
            run[i][0].text in HYPE or run[i][0].text in _PRESSURE for i in shouted
        )
    if _SMS_KEYWORD.match(prose, last_word.end) or _SHORT_CODE.search(
        prose, last_word.end, last_word.end + _SHORT_CODE_REACH
    ):
        return True
    if any(run[i][0].text in _PRESSURE for i in shouted):
        return False  # "reply NOW": pressure on the verb, not the word to send
    if any(run[i][0].text in HYPE for i in shouted) and not _SENT_WORD.search(
        prose, max(0, first_word.start - 20), first_word.start
    ):
        return False  # "send u a FREE 8Ball wallpaper": hype describing what is sent
    return any(_KEYWORD_END.match(prose, word.end) for word in (first_word, last_word))


def _is_keyword_list(post: Post, run: list[tuple[Token, _Kind]], shouted: list[int]) -> bool:
    """Whether the run lists keywords to choose from in a message that says where to send
    them ("rply TONE TITLE to 8007 ... Titles: GHOST, ADDAMSFA, MUNSTERS", "eg ENGLAND to
    87077 Try: WALES, SCOTLAND", a quiz's "D= VIOLET E= TULIP F= LILY txt D E or F to
    84025"): options between commas or each after its letter, not a raised voice."""
    prose = post.prose
    listed = len(run) > 1 and all("," in prose[a[0].end : b[0].start] for a, b in pairwise(run))
    labelled = all(
        _OPTION_LABEL.search(prose, max(0, run[i][0].start - 4), run[i][0].start) for i in shouted
    )
    return (listed or labelled) and post.memo(
        "all-caps-short-code", lambda p: bool(_SHORT_CODE.search(p.prose))
    )


def _is_alternative(prose: str, run: list[tuple[Token, _Kind]], keyword_end: int) -> bool:
    """Whether the run is another keyword offered with "or" after one just read ("Txt TONE
    CHARITY to 8007 for nokias or POLY CHARITY for polys"), ending as a keyword does."""
    start = run[0][0].start
    return (
        keyword_end >= 0
        and start - keyword_end <= _ALTERNATIVE_REACH
        and not any(word.text in _PRESSURE for word, _ in run)  # "or NOW": pressure
        and bool(_ALTERNATIVE.fullmatch(prose, keyword_end, start))
        and bool(_KEYWORD_END.match(prose, run[-1][0].end))
    )


def _is_named_title(prose: str, run: list[tuple[Token, _Kind]]) -> bool:
    """Whether the run is a music video's "ARTIST - SONG" title opening a line ("PSY -
    GANGNAM STYLE"): a name of one to three words, not an English word, before a spaced
    dash. Titles are written in capitals as published; hype in them still shouts."""
    first = run[0][0]
    line_start = prose.rfind("\n", 0, first.start) + 1
    if len(run) > TITLE_WORDS or prose[line_start : first.start].strip(" \"'“*"):
        return False
    dash = _TITLE_DASH.search(prose, first.start, run[-1][0].end)
    if dash is None:
        return False
    artist = [word.text for word, _ in run if word.end <= dash.start()]
    return (
        0 < len(artist) <= 3
        and not any(_is_word(w) for w in artist)
        and not any(word.text in HYPE for word, _ in run)
    )


def _has_initial(prose: str, run: list[tuple[Token, _Kind]]) -> bool:
    """Whether the run is a person's name with an initial ("URSULA K. LE GUIN", "GEORGE R.
    R. MARTIN"): a few words, one of them a letter and a full stop between two others. A
    shout has no initials; a longer run holding a name still shouts around it."""
    return len(run) <= NAME_WORDS and any(
        len(word.text) == 1 and word.text.isalpha() and prose.startswith(".", word.end)
        for word, _ in run[1:-1]
    )


def _is_spelled_address(prose: str, run: list[tuple[Token, _Kind]]) -> bool:
    """Whether the run is a web address spelled out in capitals, as spam writes it to get
    past link filters ("W W W. THE FARRELL REPORT. NET", "WWW . SITE . COM"): a name."""
    start, end = run[0][0].start, run[-1][0].end
    return bool(
        _ADDRESS_END.search(prose, start, end)
        or _ADDRESS_START.search(prose, max(0, start - 12), start)
    ) and not any(word.text in HYPE for word, _ in run)


def _is_courtesy(post: Post, run: list[tuple[Token, _Kind]], shouted: list[int]) -> bool:
    """Whether every shouted word is inside a courtesy (thanks, congratulations, a wish, a
    greeting, a condolence): warmth, not a raised voice.

    Not before a sales pitch or inside it, where "WELL DONE! Your prize awaits" is the hook;
    thanks that close a plug ("... check out my tracks. THANK YOU for your time") are warmth.
    """
    spans = [token for _, token in courtesies(post)]
    if not spans:
        return False
    pitched = post.memo("all-caps-pitches", _pitch_spans)
    return not pitched.overlaps(run[shouted[0]][0].start, len(post.prose)) and all(
        any(s.start <= run[i][0].start < s.end for s in spans) for i in shouted
    )


def _stresses_own_statement(post: Post, run: list[tuple[Token, _Kind]], shouted: list[int]) -> bool:
    """Whether the run stresses a word or two of the writer's own statement, where X has no
    italics ("Le Guin was a HUGE influence on me", "I hand them science fiction: it is FAR
    MORE than that"): one or two words, hype only if it grades the writer's experience
    (`shouted.txt`: HUGE, MASSIVE, not LIVE, FREE or NOW), in a sentence in the first person
    singular that is neither an order, a question, nor a pitch, holds no word of news and
    stands among more words in lower case, in a post that attacks no one; the capitals carry
    no anger themselves (a word VADER rates -1.5 or less). "I'm LIVE now", "Check out my SEXY
    VIDEO", "I have HUGE news" and "I am SO ANGRY with you people" still shout."""
    if len(shouted) > STRESS_WORDS or any(
        run[i][0].text in HYPE and run[i][0].text not in _INTENSIFIERS for i in shouted
    ):
        return False
    if any(v <= -DELIGHT_VALENCE for v in _valences([word for word, _ in run])):
        return False
    return _own_statement(post, run[0][0].start) > len(run) and not attacks(post)


def _own_statement(post: Post, at: int) -> int:
    """How many words in lower case the sentence holding ``at`` has when it is the writer's
    own statement (first person singular; no order, question, pitch or word of news), else
    0; read once a sentence, so that 6,000 runs in one sentence stay linear."""
    sentence = post.sentence_at(at)
    if sentence is None:
        return 0
    read: dict[int, int] = post.memo("all-caps-statements", lambda _: {})
    if sentence.start not in read:
        read[sentence.start] = _statement_words(post, sentence, at)
    return read[sentence.start]


def _statement_words(post: Post, sentence: Token, at: int) -> int:
    if any(c in _ASKING for c in post.prose[sentence.start : sentence.end]):
        return 0
    words = _sentence_words(post, at)
    folded = {w.text.lower().replace("’", "'") for w in words}
    if not FIRST_PERSON & folded or _ANNOUNCING & folded:
        return 0
    pushed = (
        post.memo("all-caps-orders", _order_spans),
        post.memo("all-caps-pitches", _pitch_spans),
    )
    if any(spans.overlaps(sentence.start, sentence.end) for spans in pushed):
        return 0
    return sum(1 for w in words if not w.text.isupper())


def _order_spans(post: Post) -> SpanSet:
    return SpanSet((t.start, t.end) for t in orders(post))


def _pitch_spans(post: Post) -> SpanSet:
    return SpanSet((p.start, p.end) for p in pitches(post))


def _is_fond_reply(post: Post, run: list[tuple[Token, _Kind]], shouted: list[int]) -> bool:
    """Whether the run is delight said to someone in a reply ("@author I LOVE YOU", "@ana
    YOU ARE A FABULOUS HUMAN BEING"): affection, not a raised voice. Hype ("@ana BEST DEAL
    EVER") and a retort among hostile words ("@ana YOU WISH. You are promoting murder")
    still shout."""
    return (
        is_reply(post)
        and not any(run[i][0].text in HYPE for i in shouted)
        and _voices_delight(post, run[shouted[0]][0].start)
        and not any(v <= -DELIGHT_VALENCE for v in _valences(authors_words(post)))
    )


def _shouts_alone(word: str) -> bool:
    """A lone word in capitals shouts when it is hype ("WOW", "FREE") or stretched ("SOOO").

    Any other lone word is a name (NOKIA, FOSDEM) or stress where X has no italics.
    """
    return word in HYPE or (len(set(word)) > 1 and bool(_STRETCHED.search(word)))  # not "AAA"


def _is_word(word: str) -> bool:
    """An English word (CMU dictionary), hype, or stretched: what a name in capitals is not."""
    return _shouts_alone(word) or is_dictionary_word(_POSSESSIVE.sub("", word))


def _hint(run: list[tuple[Token, _Kind]], shouted: list[int], words: int, voice: str) -> str:
    """What to do about these capitals, and why they shout here: the whole post, hype, or
    the voice the post raises (``voice``, from ``_raised_by``)."""
    why = _VOICES[voice]
    if len(shouted) == 1:
        word = run[shouted[0]][0].text
        return (
            f"Write “{word.capitalize()}”: {why}. If the word needs stress, say why it "
            "matters; a name in capitals can be added to the `acronyms` option."
        )
    if len(run) >= WHOLE_POST_SHARE * words:
        return "Write the whole post in sentence case: all capitals read as one long shout."
    if any(run[i][0].text in HYPE for i in shouted):
        return (
            "Write it in sentence case; hype in capitals reads as an advert, so say what the "
            "reader gets instead."
        )
    return f"Write it in sentence case: {why}. To stress one point, say why it matters."


# Why capitals raise the voice, said in the hint.
_VOICES = {
    "long": "a run this long reads as a raised voice",
    "whole": "a post all in capitals reads as one long shout",
    "presses": "in a post that sells or asks for something, capitals read as pressure",
    "attacks": "aimed at someone, capitals read as a raised voice",
    "argues": "amid displeasure, capitals read as a raised voice",
    "asks": "a question in capitals demands an answer",
    "announces": "capitals over news read as a shouted headline",
    "shares": "capitals over a shared link read as a shouted headline",
}


class _CapsContext(NamedTuple):
    """What the whole post says about its capitals, read once however many runs it holds."""

    pushes: bool  # gives orders, asks for an action or sells
    attacks: bool  # hostility aimed at someone
    announces: bool  # news, a launch, or a brand's "we" outside a conversation
    displeased: bool  # VADER reads the post as negative, or a word at -1.5 or less
    shares: bool  # a link, in a post that is no reply


def _caps_context(post: Post) -> _CapsContext:
    words = authors_words(post)
    displeased = measure_tone(post).compound < 0 or any(
        v <= -DELIGHT_VALENCE for v in _valences(words)
    )
    return _CapsContext(
        pushes=_pushes(post),
        attacks=bool(attacks(post)),
        announces=post.memo("shouting-audience", _audience)[1],
        displeased=displeased,
        shares=bool(post.urls) and not is_reply(post),
    )


def _raised_by(
    post: Post, run: list[tuple[Token, _Kind]], shouted: list[int], words: int
) -> str | None:
    """Why the run raises the voice (a key of ``_VOICES``), or None when it is a burst of
    the writer's feeling.

    A burst is short (``CRY_WORDS``), in a post that neither pushes (orders, calls, selling,
    a word of gain or haste in the capitals), attacks, announces, hails the readers, shares a
    link (outside a reply) nor voices displeasure (VADER's tone below 0, or a word at -1.5 or
    less); it asks nothing, and it is part of a post otherwise in lower case, or, a whole
    post, voices delight ("LOVE THIS SONG!!!"). "one of the BEST SONGS in music history",
    "@ana BEST. THREAD. EVER. I laughed all day" are the writer's tone, not a raised voice.
    """
    first = run[0][0]
    context = post.memo("all-caps-context", _caps_context)
    if len(run) > CRY_WORDS:
        return "whole" if len(run) >= WHOLE_POST_SHARE * words else "long"
    if context.pushes or any(
        run[i][0].text in _PRESSURE or run[i][0].text.lower() in _GAIN for i in shouted
    ):
        return "presses"
    if context.attacks:
        return "attacks"
    hails, asks = _sentence_voice(post, first.start)
    if context.announces or hails:
        return "announces"
    if asks:
        return "asks"
    if context.displeased:
        return "argues"
    if context.shares:
        return "shares"
    if len(run) >= WHOLE_POST_SHARE * words and not (
        _voices_delight(post, first.start) and measure_tone(post).compound >= DELIGHT_TONE
    ):
        return "whole"  # "WHITE FUDGE OREOS ARE IN STORES", "NO, THANKS. I DON'T LIKE SALES"
    return None


def _sentence_voice(post: Post, at: int) -> tuple[bool, bool]:
    """Whether the sentence holding ``at`` hails the readers, and whether it is a question,
    whose capitals demand an answer ("SO WHY ?!!!", "WOT U UP 2 J?"); read once a sentence,
    so that 6,000 runs in one sentence stay linear."""
    sentence = post.sentence_at(at)
    if sentence is None:
        return False, False
    read: dict[int, tuple[bool, bool]] = post.memo("all-caps-sentences", lambda _: {})
    if sentence.start not in read:
        asks = any(c in _ASKING for c in post.prose[sentence.start : sentence.end])
        read[sentence.start] = (_hails(post, at), asks)
    return read[sentence.start]


def _is_title(prose: str, run: list[tuple[Token, _Kind]], shouted: list[int]) -> bool:
    """Whether the run is a title where X has no italics: a cue ("reading", "novel", "our
    first vid", a possessive) just before it, or the author's credit after it ("THE WAVE IN
    THE MIND by Ursula K. Le Guin"). A title holds no hype ("my new video FREE GIFTS" sells)
    and is one phrase, not sentences."""
    if any(run[i][0].text in HYPE for i in shouted) or _SENTENCE_END.search(
        prose, run[0][0].end, run[-1][0].start
    ):
        return False  # hype, or sentences: "Best video PLEASE VOTE KATY !!!!! PLEASE"
    return _BY_AUTHOR.match(prose, run[-1][0].end) is not None or _after_title_cue(
        prose, run[0][0].start
    )


def _after_title_cue(prose: str, start: int) -> bool:
    """Whether a title cue ("reading", "novel", a possessive) stands just before ``start``."""
    before = _WORDS_BEFORE.findall(prose, max(0, start - 40), start)[-_TITLE_CUE_REACH:]
    if not before or before[-1][-1].isupper():
        return False  # inside a run of capitals
    last = before[-1].lower()
    return last.endswith(("'s", "’s")) or any(w.lower() in _TITLE_CUES for w in before)


def _is_date(run: list[tuple[Token, _Kind]], shouted: list[int]) -> bool:
    """Whether the run is a date set in capitals: days and months beside a number."""
    return all(run[i][0].text in _DATES for i in shouted) and any(
        any(c.isdigit() for c in word.text) for word, _ in run
    )


def _opening_end(prose: str) -> int:
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


# A label's colon is followed by a space or nothing: "HAPPY BIRTHDAY KATY :)" is a smile.
_LABEL_END = regex.compile(r"\s|$")


def _is_label(head: str) -> bool:
    """Whether words in capitals before an opening colon label what follows: no hype, haste,
    gain or hailed readers among them."""
    return not any(
        word in HYPE or word in _PRESSURE or word.lower() in _GAIN or word.lower() in _AUDIENCE
        for word in regex.findall(r"[\p{L}'’]++", head)
    )


_SHOUTED = (_Kind.SHOUT, _Kind.EVERYDAY)
_TEXT = itemgetter(2)  # a Token's text


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


def _caps_runs(
    words: Sequence[Token], names: frozenset[str], prose: str
) -> Iterator[list[tuple[Token, _Kind]]]:
    """Stretches of words without a small letter that hold at least one shouted word."""
    run: list[tuple[Token, _Kind]] = []
    for word in words:
        kind = _kind(word.text, names)
        if kind is not _Kind.LOWER:
            if kind is _Kind.SHOUT and _NAME_MARK.match(prose, word.end):
                kind = _Kind.NAME
            run.append((word, kind))
            continue
        if run:  # most words are lower case and end no run
            if any(k is _Kind.SHOUT for _, k in run):
                yield run
            run = []
    if any(k is _Kind.SHOUT for _, k in run):
        yield run


@lru_cache(maxsize=4096)
def _kind(word: str, names: frozenset[str]) -> _Kind:
    if not word.isupper():  # a small letter, or no cased letter at all
        return _Kind.LOWER if word.upper() != word else _Kind.OTHER
    if sum(1 for c in word if c.isupper()) < 2 or any(c.isdigit() for c in word):
        return _Kind.NAME
    if _POSSESSIVE.sub("", word) in EVERYDAY_NAMES:
        return _Kind.EVERYDAY
    if all(_is_name(part, names) for part in word.split("-")):
        return _Kind.NAME
    return _Kind.SHOUT


def _is_name(word: str, names: frozenset[str]) -> bool:
    if word in names or (len(word) < 2 and word.isalpha()):
        return True
    singular = _POSSESSIVE.sub("", word)
    if singular in names or (singular.endswith("S") and singular[:-1] in names):
        return True
    if _ASCII_LETTERS.fullmatch(word) and not _VOWEL.search(word):
        return True
    return len(word) <= 15 and word not in _ROMAN_WORDS and bool(_ROMAN.fullmatch(word))


def _widen(prose: str, run: list[tuple[Token, _Kind]], first: int, last: int) -> tuple[int, int]:
    """Stretch the span over capitalised names next to it in the same sentence."""
    while first > 0 and _joins(prose, run[first - 1], run[first][0]):
        first -= 1
    while last < len(run) - 1 and _joins(prose, run[last + 1], run[last][0]):
        last += 1
    return first, last


def _joins(prose: str, neighbour: tuple[Token, _Kind], word: Token) -> bool:
    """A name joins the span when only spaces or "&", "-", "/" stand between them."""
    token, kind = neighbour
    gap = prose[min(token.end, word.end) : max(token.start, word.start)]
    return kind is _Kind.NAME and bool(_JOINING_GAP.fullmatch(gap))


# Three marks in a row is where emphasis turns into noise. Style guides allow one; "!!" and
# the interrobang "?!" are common in friendly replies ("Congrats!!"), so two pass.
MAX_MARKS = 2
_MARKS = "!?‼⁉⁈？！❗❕❓❔"
_DOUBLE_MARKS = "‼⁉⁈"  # one character, two marks
# A run of marks, each optionally followed by the emoji variation selector. The lookbehinds
# let only the first mark of a run start a match, so a pile of 50,000 is one linear scan.
_PILEUP = regex.compile(rf"(?<![{_MARKS}])(?<![{_MARKS}]\uFE0F)(?:[{_MARKS}]\uFE0F?)++")


@rule(
    code="SMM302",
    name="punctuation-pileup",
    severity=Severity.SUGGESTION,
    category="shouting",
    message="A pile of punctuation reads as shouting.",
    hint="One mark is enough; let the words carry the feeling.",
    options={"max_marks": MAX_MARKS},
    fires=(
        "Big news today<marker>!!!</marker>",
        "WHO does that<marker>?!?!</marker>",
        "This policy is a disgrace<marker>!!!</marker>",
        "Everyone must see this video<marker>!!!</marker>",
        "Launch day <marker>‼️!</marker>",
        "Sale <marker>❗❗❗</marker> ends soon",
        "We did it<marker>!!!!!!!!</marker> Big news<marker>!!!</marker>",
        "@ana WHY would you do that<marker>???</marker>",
        "Thanks guys<marker>!!!</marker> Subscribe to my channel",
        "Love it<marker>!!!!!!!!!!!!!!!!</marker>",
        "Love this song<marker>!!!</marker> Subscribe to my channel",
        "FREE tickets<marker>!!!!</marker>",
        "We love our fans, but this spam is awful and it has to stop<marker>!!!</marker>",
    ),
    quiet=(
        ("Congrats!! So well deserved.", "two marks pass"),
        ("Wait, really?! Tell me more.", "the interrobang ?! is one expressive mark"),
        ("Hmm... not sure about that one?", "an ellipsis is not a pile-up"),
        ("Read it here: https://example.com/#!!!/post?x=1", "marks inside a link"),
        ("¡Hola! ¿Qué tal?", "Spanish opening marks"),
        ("Use !!value in JS to get a boolean.", "code with two marks"),
        ("Really? Yes! Great.", "single marks in separate sentences"),
        ("RT @fan: best gig ever!!!", "someone else's marks, retweeted"),
        ("@ana awesome!!!", "a reply: feeling said to someone"),
        ("Love this song!!!", "a short reaction"),
        ("Congratulations!!! So well deserved.", "a courtesy"),
        ("This song is AWESOME!!!!", "delight, in capitals too: warmth, not a raised voice"),
        ("Happy launch day, team!!! You made it.", "a cheer"),
        ("Our founder died this morning???? We are heartbroken.", "grief"),
        ("What??? No way.", "surprise that neither presses, scolds nor announces"),
        ("2 BILLION!!!", "a cheer in capitals, no hype, no demand"),
        ("@ana look at my new hoodie!!!!", "an order that is talk, in a reply"),
        ("Illuminati confirmed!!! 666 million views", "a joke's mock alarm"),
    ),
)
def punctuation_pileup(post: Post, options: Mapping[str, Any]) -> Iterator[Hit]:
    """Runs of exclamation and question marks: `!!!`, `?!?!`, `???`.

    ## What it does
    Reports each run of more than `max_marks` (2) exclamation or question marks, counting
    `‼` and `⁉` as two and the red ❗/❓ emoji as marks. Two marks pass: `!!` and the
    interrobang `?!` are common in friendly replies. Marks inside links, quotations and a
    retweeted text (someone else's words) are ignored.

    A pile of fewer than ten marks fires only where it raises the voice at the reader: the
    post presses (sells, asks for an action from `cta.txt`, or pleads: "please vote!!!"),
    its sentence scolds (a word VADER rates -1.5 or less and none +1.5 or more: "what an
    idiotic discussion!!!"), the post announces (a word of news or launch, or the author's
    "we" outside a conversation: `shouted.txt`, "Big news today!!!", "We did it!!!!"), its
    sentence hails the readers ("Everyone must see this!!!", "LADIES!!!"), or capitals in its
    sentence demand an answer or promise a gain ("SO WHEN IS IT OUT??????", "FREE CS GO!!!!";
    a cheer in capitals, "YES!!!!!!!", promises none). The hint says which of these it is.
    Ten marks or more are noise whatever they say.

    Quiet otherwise, because the words cannot tell a raised voice from the writer's tone:
    surprise, a fan's cheer or eager question, a joke's mock alarm, a chain text's punchline
    ("What??? No way.", "2 BILLION!!!", "are you in wimbledon????????", "illuminati
    confirmed!!!"). Real-post reviewers call such piles harmless, and a brand's pile is told
    by its news, its "we" or its push, not by the marks. In conversation (a reply, an answer,
    a courtesy, a short reaction that asks for no action) up to five marks are quiet even
    then, unless capitals shout or the sentence scolds beside them; an order that is talk
    ("@ana look at my new hoodie!!!!") does not end a conversation.

    Quiet on delight: a pile of "!" closing a short sentence (12 words at most) of praise,
    love or a cheer ("Love this song!!!", "This Song is AWESOME!!!!", "you are amazing!!!!")
    is warmth, as thanks in capitals are, whether a fan or a brand writes it. Delight is a
    word VADER rates +1.5 or more and none rated -1.5 or less, not counting words that
    promise a gain ("FREE", "win": `shouted.txt`); it is not quiet in a plug (a post that
    gives orders, asks for an action or sells: "Love it!!! Subscribe"). Grief is quiet the
    same way: a pile in a post that mourns someone ("Le guin died????", words of a death
    from `acts.txt`) is the cry, not a raised voice.

    Left alone, because it cannot be told reliably: a cry in capitals with no word of the
    death ("WHAT?!!? NO!!!!"), a question in capitals from a fan ("CAREER OF EVIL????") and
    an order in a chain text ("Enjoy ur crushes..!!!") are reported; a surprised question
    with a scolding word ("am I evil???????") reads as scolding.

    ## Why is this bad?
    A pile of marks raises the voice without adding a reason to care; it reads as hype or
    as anger, and feeds spam filters the signal they look for.
    """
    own = own_prose(post)
    context = None  # read once, only for a pile past the limit
    for m in _PILEUP.finditer(own):
        marks = sum(2 if c in _DOUBLE_MARKS else 1 for c in m.group() if c != "\ufe0f")
        if marks <= options["max_marks"]:
            continue
        if context is None:
            context = _pile_context(post)
        reason = _raised_voice(post, m, marks, context)
        if reason is not None:
            message = f"{marks} marks in a row read as shouting."
            yield Hit(m.start(), m.end(), message=message, hint=_pileup_hint(m.group(), reason))


class _PileContext(NamedTuple):
    """What the whole post says about its piles, read once however many piles it holds."""

    conversational: bool  # a reply, an answer, a courtesy or a short reaction
    presses: bool  # sells, asks for an action, or pleads
    announces: bool  # news, a launch, readers hailed, or a brand's "we"


def _pile_context(post: Post) -> _PileContext:
    conversational, announces = post.memo("shouting-audience", _audience)
    return _PileContext(conversational, _presses(post), announces)


def _audience(post: Post) -> tuple[bool, bool]:
    """Whether the post speaks in conversation, and whether it announces to an audience:
    read once for both shouting rules."""
    conversational = _speaks_in_conversation(post)
    return conversational, _announces(post, conversational)


def _raised_voice(
    post: Post, pile: regex.Match[str], marks: int, context: _PileContext
) -> str | None:
    """Why a pile raises the voice ("noise", "presses", "scolds", "announces", "shouts"), or
    None when it is the writer's feeling.

    Delight (capitals in delight are warmth too: "This Song is AWESOME!!!!") and grief are
    feeling. Otherwise a pile raises the voice when the post presses (sells, asks for an
    action, pleads), its sentence scolds ("this spam is awful!!!"), the post announces or
    the sentence hails the readers ("Big news today!!!", "LADIES!!!"), or capitals in its
    sentence demand an answer or promise a gain; a few marks said to someone in conversation
    are feeling even then, unless capitals shout or the sentence scolds beside them."""
    if marks >= NOISE_MARKS:
        return "noise"
    if _closes_delight(post, pile) or _mourns(post):
        return None
    shouts, scolds = _capitals_near(post, pile.start()), _scolds(post, pile.start())
    if context.conversational and marks <= CONVERSATION_MAX_MARKS and not (shouts or scolds):
        return None
    if scolds:
        return "scolds"
    if context.presses:
        return "presses"
    if context.announces or _hails(post, pile.start()):
        return "announces"
    # Capitals demanding an answer ("SO WHEN IS IT OUT??????") or carrying hype ("FREE CS
    # GO!!!!") raise the voice; an exclamation in capitals is otherwise a cheer, a cry or a
    # joke ("2 BILLION!!!", "NOOOOO!!!"), and a pile without capitals is the writer's tone.
    if shouts and (any(c in _ASKING for c in pile.group()) or _hype_near(post, pile)):
        return "shouts"
    return None


def _presses(post: Post) -> bool:
    """Whether the post presses its readers: it sells, asks for an action from `cta.txt`
    ("subscribe", "check it out") or pleads ("please vote", "plz share"). An order that is
    only talk ("Enjoy ur crushes", "Tell me the answer") presses nobody."""
    return (
        asks_for_action(post)
        or bool(pitches(post))
        or bool(orders(post) and _PLEA.search(own_prose(post)))
    )


_PLEA = regex.compile(r"\b(?:please|pls|plz|plse|pleas)\b", regex.IGNORECASE)


def _hype_near(post: Post, pile: regex.Match[str]) -> bool:
    """Whether a word promising a gain stands in capitals ("FREE", "WIN", "CASH") in the
    sentence a pile closes; a cheer in capitals ("YES!!!", "so AWESOME!!!") promises none."""
    return any(
        w.text.isupper() and w.text.lower() in _GAIN for w in _sentence_words(post, pile.start())
    )


def _scolds(post: Post, at: int) -> bool:
    """Whether the sentence holding ``at`` voices clear displeasure (a word VADER rates -1.5
    or less, and none +1.5 or more): anger or blame, whose pile raises the voice ("WTF is
    wrong with people!!!"). A swear word beside delight intensifies it ("awesome as fuck!!!",
    "Laughing my fucking ass off!!!")."""
    rated = _valences(_sentence_words(post, at))
    return any(v <= -DELIGHT_VALENCE for v in rated) and not any(
        v >= DELIGHT_VALENCE for v in rated
    )


def _announces(post: Post, conversational: bool) -> bool:
    """Whether the post announces something to an audience: a word of news or launch
    (`shouted.txt`: "news", "launch", "sale"), or the author's "we" outside a conversation
    ("We did it!!!!"). A brand's pile over its own news
    is the noise a manager cuts; a fan's cheer or joke ("2 BILLION!!!", "illuminati
    confirmed!!!") is neither."""
    words = {w.text.lower().replace("’", "'") for w in authors_words(post)}
    return bool(words & _ANNOUNCING) or (not conversational and bool(words & _WE))


def _hails(post: Post, at: int) -> bool:
    """Whether the sentence holding ``at`` hails the readers ("EVERYONE MUST SEE THIS!!!",
    "LADIES!!!"); "@ana's followers are the best" speaks of them, in another sentence."""
    return any(w.text.lower().replace("’", "'") in _AUDIENCE for w in _sentence_words(post, at))


def _mourns(post: Post) -> bool:
    """Whether the post mourns someone ("Le guin died????", "NOOOOO!!!" at news of a death):
    grief, whose marks are the cry, not a raised voice; a plug that mourns still pushes."""
    return "tribute" in stance(post) and not _pushes(post)


def _speaks_in_conversation(post: Post) -> bool:
    """A reply, an answer, a courtesy to someone or a short reaction, asking nothing of the
    reader: feeling said to someone. A plug ("Thanks!!! Subscribe!!!") asks for an action; an
    order that is talk ("@ana look at my new hoodie!!!", "@ana come on Spain!!!") does not
    end a conversation."""
    if asks_for_action(post) or pitches(post):
        return False
    personal = len(authors_words(post)) <= COURTESY_MAX_WORDS and any(
        kind not in _BROADCAST_COURTESIES for kind, _ in courtesies(post)
    )
    return bool(is_reply(post) or answers_someone(post) or personal or is_reaction(post))


# "Hey everyone!", "Happy Friday!": a greeting or a wish may be said to a whole audience.
_BROADCAST_COURTESIES = frozenset({"greeting", "wish"})
# A courtesy note is short ("Congratulations on your triumph!!!"); thanks at the end of a
# long plug ("...you won't regret!!! Thank u all") do not make the plug a conversation.
COURTESY_MAX_WORDS = 12
# In conversation a few extra marks are warmth; a longer string is noise to anyone.
CONVERSATION_MAX_MARKS = 5
# Delight runs longer ("LOVE IT!!!!!!!", "wow!!!!!!"): reviewers of real comments call up to
# nine marks of it harmless, and a row of ten or more is noise whatever it says.
NOISE_MARKS = 10


def _capitals_near(post: Post, at: int) -> bool:
    """Whether a word in capitals stands in the sentence a pile of marks closes."""
    return any(len(w.text) > 2 and w.text.isupper() for w in _sentence_words(post, at))


def _closes_delight(post: Post, pile: regex.Match[str]) -> bool:
    """Whether an exclamation pile closes delight ("Love this song!!!", "you are
    amazing!!!"); a question pile is not delight."""
    return not any(c in _ASKING for c in pile.group()) and _voices_delight(post, pile.start())


def _voices_delight(post: Post, at: int) -> bool:
    """Whether the sentence holding ``at`` voices delight: praise, love or a cheer, in a few
    words, in a post that neither sells nor gives orders.

    Delight is a word VADER rates at +1.5 or more in the sentence and none at -1.5 or less
    (anger: "WTF is wrong with people!!!"), not counting words that promise a gain ("FREE").
    """
    words = _sentence_words(post, at)
    if len(words) > DELIGHT_MAX_WORDS or _pushes(post):
        return False
    rated = _valences(words)
    return any(v >= DELIGHT_VALENCE for v in rated) and not any(
        v <= -DELIGHT_VALENCE for v in rated
    )


def _valences(words: Sequence[Token]) -> list[float]:
    """VADER's ratings of the words it rates, leaving out words that promise a gain."""
    return [v for w in words if w.text.lower() not in _GAIN and (v := word_valence(w.text))]


def _pushes(post: Post) -> bool:
    """Whether the post gives orders, asks for an action or sells: a plug, whose delight is
    its hook ("Love this!!! Subscribe to my channel")."""
    return bool(orders(post) or pitches(post)) or asks_for_action(post)


def _sentence_words(post: Post, at: int) -> Sequence[Token]:
    """The author's words in the sentence that holds ``at`` (binary searches, so that a post
    of 6,000 piles stays linear)."""
    sentence = post.sentence_at(at)
    if sentence is None:
        return ()
    words, word_starts = post.memo("shouting-word-starts", _word_starts)
    return words[bisect_left(word_starts, sentence.start) : bisect_left(word_starts, sentence.end)]


def _word_starts(post: Post) -> tuple[Sequence[Token], list[int]]:
    """The author's words and where each starts."""
    words = authors_words(post)
    return words, [w.start for w in words]


# VADER rates words from -4 to +4; from +1.5 up a word voices clear delight ("good" 1.9,
# "love" 3.2), as from -1.5 down one voices clear displeasure (the tone analysis' drivers).
DELIGHT_VALENCE = 1.5
# Delight is said in a few words ("Love this song!!!", "hes an awesome rapper!!!"); a long
# sentence closed by a pile is a plea or a rant, whatever pleasant word it holds.
DELIGHT_MAX_WORDS = 12
_ASKING = "?？❓❔⁉⁈"


# Why the pile is a problem, said first in its hint.
_PILE_REASONS = {
    "noise": "A row this long is noise to any reader.",
    "presses": "In a post that asks for something, piled marks read as pressure.",
    "scolds": "Piled on displeasure, the marks raise the voice.",
    "announces": "Let the news carry itself: piled marks read as hype.",
    "shouts": "With capitals, the pile shouts.",
}


def _pileup_hint(pile: str, reason: str) -> str:
    """Why this pile is a problem, and what one mark would say instead: a question, an
    exclamation, or both."""
    asks = any(c in _ASKING for c in pile)
    exclaims = any(c in "!！❗❕‼⁉⁈" for c in pile)
    if asks and exclaims:
        mark = "Keep one “?!” at most; say in words what surprised you."
    elif asks:
        mark = "One question mark asks just as clearly."
    else:
        mark = "One exclamation mark is enough; let the words carry the feeling."
    return f"{_PILE_REASONS[reason]} {mark}"


# Most social-media style guides (Hootsuite, Sprout Social, Mailchimp's content style guide)
# advise one to three emoji per post. Four or five in a row after a greeting ("Hello Brazil
# 😻✌💓😻👏") read on real comments as warmth on the edge of a wall; six is a wall.
WALL_RUN = 6
# Spread-out emoji become a wall too once they outnumber the words, given enough of them
# that a short reply ("Congrats 🎉🎉") is not judged on a ratio.
DENSITY_MIN_EMOJI = 6


@rule(
    code="SMM303",
    name="emoji-wall",
    severity=Severity.SUGGESTION,
    category="shouting",
    message="A wall of emoji drowns the message.",
    hint="Keep one to three emoji that add meaning; screen readers read every one aloud.",
    options={"wall_run": WALL_RUN, "density_min_emoji": DENSITY_MIN_EMOJI},
    fires=(
        "We did it <marker>🎉🎉🎉🎉🎉🎉</marker>",
        "Weekend mood <marker>🔥 😍 🙌 💯 ✨ 🌞</marker>",
        "Family day <marker>👨‍👩‍👧👨‍👩‍👧👨‍👩‍👧👨‍👩‍👧👨‍👩‍👧👨‍👩‍👧</marker> thanks all",
        "<marker>🇫🇷🇩🇪🇮🇹🇪🇸🇵🇹🇳🇱</marker> Euro tour dates",
        Example("🎉 Big 🎉 news 🎉 from 🎉 our 🎉 team 🎉"),
        "Go team <marker>👍🏽👍🏽👍🏽👍🏽👍🏽👍🏽👍🏽</marker>",
    ),
    quiet=(
        ("Congrats 🎉🎉 so well deserved", "two emoji"),
        ("Family trip 👨‍👩‍👧‍👦 to the coast 🌊 with the dog 🐕", "a ZWJ sequence is one emoji"),
        ("Happy birthday! 🎂🎉🎈🎁", "four in a row is still a greeting"),
        ("Hello Brazil 😻✌💓😻👏", "five after a greeting: warmth on the edge, not a wall"),
        ("Euro trip: 🇫🇷 🇩🇪 🇮🇹 — which city should we add?", "flags are one emoji each"),
        (
            "Sunset 🌅 at the beach 🏖️ with friends 👯 and ice cream 🍦 — best day ☀️ ever 😍",
            "six emoji, more words than emoji",
        ),
        ("Thumbs up 👍🏽👍🏽👍🏽 from all of us", "skin-tone sequences count once"),
        ("Step 1️⃣ plan, 2️⃣ build, 3️⃣ ship.", "keycaps in a list"),
    ),
)
def emoji_wall(post: Post, options: Mapping[str, Any]) -> Iterator[Hit]:
    """Too many emoji: a run of six or more, or more emoji than words.

    ## What it does
    Reports each run of `wall_run` (6) or more emoji with nothing but spaces between them.
    A post without such a run is reported as a whole when it has `density_min_emoji` (6)
    or more emoji and they outnumber its words. A ZWJ family, a flag, a keycap or a
    skin-tone sequence counts as one emoji.

    ## Why is this bad?
    A wall of emoji hides the message, looks like spam, and is read aloud one by one by
    screen readers ("party popper, party popper, party popper..."). One to three emoji that
    add meaning travel further than ten that add noise.
    """
    emoji = post.emoji
    walls = [run for run in _emoji_runs(post.text, emoji) if len(run) >= options["wall_run"]]
    for run in walls:
        message = f"{len(run)} emoji in a row drown the message."
        hint = (
            f"Keep the one to three that add meaning: a screen reader reads all {len(run)} "
            "aloud, one name at a time."
        )
        yield Hit(run[0].start, run[-1].end, message=message, hint=hint)
    if not walls and len(emoji) >= options["density_min_emoji"]:
        words = len(post.own_words)
        if len(emoji) > words:
            message = f"{len(emoji)} emoji for {words} words drown the message."
            hint = "Say it in words, and keep the one to three emoji that add to them."
            yield Hit(0, len(post.text), scope="post", message=message, hint=hint)


def _emoji_runs(text: str, emoji: Sequence[Token]) -> Iterator[list[Token]]:
    """Emoji that follow each other with only spaces between them, on one line."""
    run: list[Token] = []
    for token in emoji:
        gap = text[run[-1].end : token.start] if run else ""
        if run and gap and (not gap.isspace() or "\n" in gap):
            yield run
            run = []
        run.append(token)
    if run:
        yield run
