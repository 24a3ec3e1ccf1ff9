"""Whether a post opens a conversation, and why not: the one reading both conversation rules
share, so that a post gets one finding for one problem.

- ``asks``: the author asks the readers something (a question of their own, an invitation to
  reply).
- ``addressed``: the post speaks to someone: the reader ("you", an order, an invitation to
  get in touch or come along) or a person (a reply, thanks, a greeting, "cc @ben").
- ``exempt``: the post is not judged: a text that may not be a post at all (on the
  ``generic`` platform with no hashtag, mention, link or team voice: a private message, a
  comment under a video, shop copy; whether it is meant for an audience cannot be told, so
  nothing is said), a website's interface copy on ``generic`` ("By clicking Sign Up...",
  "Items in your cart..."), a post whose only "you" stands in a title or a shouted line ("You Got
  Me", "SEE YOU IN COURT": whom it speaks to cannot be told), an attack on someone
  (``negative-tone``'s), a reply, a bare share (a link, retweet, headline or quote with
  fewer than four words of one's own: the sharing rules report it), a reading app's status
  line ("32% done with Tehanu, by Ursula Le Guin": the app's words), a courtesy (thanks,
  congratulations, condolences, wishes: none of them should end in a question), a tribute
  or an obituary (someone died), a quotation credited at its end ("... ~ Le Guin"), a short
  reaction ("Love this song!!!"), a thread part before the last.

``missing-question`` reads "addressed but asks nothing", ``missing-engagement`` "neither asks
nor addresses anyone" and, since a person's line and a brand's notice often read alike, only
where ``broadcasts(post)`` says the words show a broadcast: a link shared beside a headline or
a report, or, without a link, a team naming what is theirs ("our CEO", "our new app"), an
account reported on (".@acme announces..."), or a credited title; and in either case no
judgement of the author's own (an exclamation, "X is the best thing..."). ``reasons`` says
what the post does instead, for their hints.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

import regex

from smmlint.analysis.acts import (
    MAX_REACTION_WORDS,
    answers_someone,
    continues_earlier,
    courtesies,
    is_credited_quote,
    is_label,
    is_reaction,
    orders,
    stance,
    thread_part,
)
from smmlint.analysis.address import (
    is_reply,
    names_addressee,
    opens_with_subject,
    references,
    serves_reader,
    speaks_to_reader,
    speaks_to_someone,
)
from smmlint.analysis.borrowed import authors_words, borrowed, own_prose
from smmlint.analysis.commentary import commentary
from smmlint.analysis.hostility import attacks
from smmlint.analysis.questions import asks_readers, hooks, invitations
from smmlint.analysis.spans import blank
from smmlint.analysis.title_case import is_title_case
from smmlint.analysis.tone import measure_tone
from smmlint.analysis.wordlists import section_lexicon, word_sets
from smmlint.read.post import Entity, Post

_OFFER_VERBS = word_sets("acts.txt")["offer"]
_EVALUATION = word_sets("acts.txt")["evaluation"]
_NOT_PRAISE = frozenset({"like"})  # "looks like", "please like": rarely praise on a link
_VOICES = word_sets("address.txt")
_SINGULAR = _VOICES["singular"]  # "I", "me"
_PERSON = _SINGULAR | _VOICES["possessive"]
_TEAM = _VOICES["plural"]  # "we", "our": a team or a brand
_WE = _TEAM - {"our", "ours"}  # the pronoun alone: what the side does, not what it owns
# A speaker's pause inside their own line, more words after it ("...because of..."terror
# kites"  Seems straight out of The Onion", "the extremists ranks...as they watch"): a
# share button cuts a headline only at its end, before the link or the source.
_PAUSE = regex.compile(r"(?:(?<!\.)\.{3,}+|…)[ \t\"'“”‘’]*+\p{L}")
_REPORTING = frozenset({"says", "said", "tells", "told", "writes", "wrote"})
_MINE = frozenset({"me", "my", "mine"})  # what an order is for when a person pleads
_PLEASE = frozenset({"please", "pls", "plz"})
_PLEA_REACH = 4  # words after an order: "check out all my", "join me"
_SENTENCE_END = regex.compile(r"[.!?;:]")
# What may stand before a line's first word: blanks, quotation marks, a list's or a
# mention's dot (".@acme announces" opens with the mention, read elsewhere).
_LEADING_MARKS = " \t\n\"'“‘"
# A sentence's end, for a remark closing a report: its mark and the blank after it.
_SENTENCE_SPLIT = regex.compile(r"(?<![\s.]\p{Lu}\.)(?<=[.!?…])[ \t\n]++")
_WORD_RUN = regex.compile(r"[\p{L}\p{N}'’]++")
# A closing remark runs two or three words ("Good stuff", "Pretty typical really").
_REMARK_WORDS = (2, 3)
_NOT_REMARK_OPENERS = word_sets("acts.txt")["not-remark"]  # "he asked...", "by", "via"
# A work's title credited to its author at the end: "Slave of the Demon God, by Ursula Le
# Guin", "Fight for a White Amulet (Book 4 of the Spider King Saga), by R. Donald Le Guin".
_CREDITED_TITLE = regex.compile(
    r"^(?P<title>[^\n]+?),[ \t]++by[ \t]++(?:\p{Lu}[\p{L}.'’-]*+[ \t]*+){1,4}$"
)
_INTERJECTIONS = _VOICES["interjection"]
_CHAT = word_sets("acts.txt")["chat"]
_INTERFACE = section_lexicon("acts.txt", "interface")  # "By clicking Sign Up, you agree..."
_COPULA = word_sets("acts.txt")["copula"]
_COPULA_SKIP = word_sets("acts.txt")["copula-skip"]
_COPULA_REPORT = word_sets("acts.txt")["copula-report"]
_PARTICIPLE_ENDINGS = ("ing", "ed")  # "is considering", "were ignited": a report's copula
# Fewer words than this beside a link are a caption or a reaction ("One of the greats", "from
# Indonesia for Palestine", ":18 seconds in for"), not a headline passed on.
MIN_HEADLINE_WORDS = 5
# A line beside a link closed by a full stop is a sentence of the author's own ("Ursula Le
# Guin put the feminist into fantasy.", "Palestinian nonviolence requires global
# non-silence."): a headline takes none. A report of this many words may (a news excerpt).
REPORT_WORDS = 15
# A phone number, a short code or a price: what an advert in texting shorthand carries.
_CODE = regex.compile(r"\d{4,}|[£$€]\s*+\d")
# The sharing rules' defaults (smmlint/rules/sharing.py): below this many words of one's own
# a shared link, retweet, headline or quote is theirs to report.
MIN_COMMENTARY_WORDS = 4
MIN_QUOTED_WORDS = 2
# VADER's compound score from which a post reads as a feeling rather than plain information
# ("Ursula K. Le Guin was such a legend", "...we need a man to fix all our problems"); "The
# factory will be closed on Monday" scores 0.
EXPRESSIVE = 0.4
# A status line a reading app composes and posts for its user: "32% done with Tehanu, by
# Ursula Le Guin", "On page 158 of 304 of...", "Marked as to-read: ...", "Finished #reading
# ...". The words are the app's template, not the author's, so there is nothing to advise.
_APP_STATUS = regex.compile(
    r"^[ \t]*+(?:\d{1,3}+%[ \t]++done[ \t]++with|on[ \t]++page[ \t]++\d++[ \t]++of[ \t]++\d++"
    r"|marked[ \t]++as[ \t]++to-read:|finished[ \t]++#?reading[ \t])",
    regex.IGNORECASE,
)
# Words that point at what a post shares: "This thread is perfection", "Checking back in on
# this brilliance". A headline names its subject instead.
_DEICTIC = frozenset({"this", "these"})
# Words that follow a full stop typed without its space and happen to be top-level domains
# ("car.so", "tomorrow.call", "message.it"): English function words and order verbs.
_GLUED_WORDS = word_sets("function_words.txt")["english"] | word_sets("acts.txt")["order"]


@dataclass(frozen=True)
class Conversation:
    """What a post does toward a conversation (see the module docs)."""

    own_words: int
    asks: bool
    to_reader: bool  # "you", an invitation, or an order
    talks_to_reader: bool  # "you", "let's" or an invitation: more than orders alone
    calls_on_reader: bool  # an order or an invitation: the reader is surely the one addressed
    serves_reader: bool  # "for you", "facts you need to know": the "you" is the reader served
    to_someone: bool
    # "unknown-kind", "unclear-address", "hostile", "reply", "share", "courtesy",
    # "tribute", "reaction", "thread", "plea" or None
    exempt: str | None
    team_voice: bool  # "we", "our", "my": the author's own side speaking to its readers
    personal: bool  # a person speaking for themselves ("I", "my", an opinion), promoting nothing
    opinion: bool  # swearing, contempt, a stance adverb, "#Tag because...": a rant or a testimony
    reasons: frozenset[str]  # "offer", "orders", "self", "news", "hook", "borrowed-question"


def conversation(post: Post) -> Conversation:
    """The post's conversation reading (memoised)."""
    return post.memo("conversation", _read)


def _read(post: Post) -> Conversation:
    found = commentary(post)
    own_words = len(found.words) if found.share == "headline" else len(authors_words(post))
    part = thread_part(post)
    exempt = None
    if not is_post_for_audience(post) or _interface_copy(post):
        exempt = "unknown-kind"
    elif references(post).titled_reader_words and not references(post).reader_words:
        exempt = "unclear-address"  # "you" only in a title or a shouted line
    elif attacks(post):
        exempt = "hostile"  # an attack needs no question: negative-tone reports it
    elif is_reply(post) or answers_someone(post) or _you_is_named(post):
        exempt = "reply"
    elif _bare_share(post) or _APP_STATUS.match(post.prose):
        exempt = "share"  # a bare share, or a reading app's status line
    elif courtesies(post):
        exempt = "courtesy"
    elif "tribute" in stance(post):
        exempt = "tribute"  # someone died: a tribute or an obituary is told nothing
    elif is_credited_quote(post):
        exempt = "share"  # "... ~ Ursula Le Guin": a quotation posts on its own
    elif (is_reaction(post) or is_label(post)) and not references(post).promoted:
        exempt = "reaction"  # "Love this song!!!", or a label such as "Baby Size Guide"
    elif (part is not None and not part.is_last) or continues_earlier(post):
        exempt = "thread"
    elif _pleads_for_own(post):
        exempt = "plea"  # "please subscribe to my channel": self-promotion, the push rules
    return Conversation(
        own_words=own_words,
        asks=asks_readers(post),
        to_reader=speaks_to_reader(post),
        talks_to_reader=_talks_to_reader(post),
        calls_on_reader=calls_on_reader(post),
        serves_reader=serves_reader(post),
        to_someone=speaks_to_someone(post),
        exempt=exempt,
        team_voice=bool(references(post).self_words),
        personal=_personal(post),
        opinion="opinion" in stance(post),
        reasons=_reasons(post),
    )


def asking(post: Post) -> Literal["asks", "addresses", "tells"]:
    """What the post does toward a conversation, for the score: it "asks" its readers
    something (a question or an invitation of the author's own), "addresses" someone (a
    reply, "you", "let's", thanks, a greeting), or only "tells".

    The score reads it for every post, so it reads only the analyses its three parts need
    (as ``conversation`` does), not the whole conversation reading."""
    if asks_readers(post):
        return "asks"
    return "addresses" if _talks_to_reader(post) or speaks_to_someone(post) else "tells"


def calls_on_reader(post: Post) -> bool:
    """Whether the post gives its readers an order or an invitation."""
    return bool(orders(post) or invitations(post))


def offers(post: Post) -> bool:
    """Whether the post's orders offer something: "Buy", "Shop", "Hurry" (``acts.txt``)."""
    return bool({o.text.lower() for o in orders(post)} & _OFFER_VERBS)


def pleads(post: Post) -> bool:
    """Whether a person asks readers to act for something of their own ("follow me", "join
    me on <site>", "please subscribe to my channel"): begging, for the score."""
    return _pleads_for_own(post)


def _talks_to_reader(post: Post) -> bool:
    """Whether the post says "you" or "let's" to its readers, or invites them."""
    return bool(references(post).reader_words or invitations(post))


def is_post_for_audience(post: Post) -> bool:
    """Whether the text can be told to be a social post written for an audience.

    A draft for a named network is one (a reply to an account is told apart later). On the
    ``generic`` platform the text may as well be a private message ("Great. I'm in church
    now"), a comment under a video or a shop's label, and a private text is never told to
    "start a conversation". What marks it as written for an audience: a hashtag, a mention,
    a link, or a team or brand speaking ("we", "our new app"). Without any of them the
    rules stay silent. A "we" beside an "I" is a person and their friends or family ("We
    took the dog for a walk and i fell over"), not a brand, and "my class" with no order to
    the reader is a person's life ("I will go to teach my class"): private texts too. So is a
    "we" in texting shorthand with nothing offered ("We juz meet in mrt station then ü dun haf
    to come out").
    """
    if post.platform.name != "generic":
        return True
    if post.hashtags or post.mentions or any(not glued_words(post, url) for url in post.urls):
        return True
    person = _person_speaks(post)
    if references(post).promoted and (orders(post) or not person):
        return True  # "our new app", "check out my channel"; not "I teach my class at 9"
    return _team_speaks(post) and not person and not _friends_chat(post)


def glued_words(post: Post, url: Entity) -> bool:
    """Whether a "link" is two words a missing space glued at a sentence's end: no protocol,
    "www." or path, one dot, a lower-case word before it and a common English word after it
    ("by tomorrow.call 6744", "drop in car.so no problem", "message.it k da"). A host a
    network would link ("booking.com", "adf.ly") is kept."""
    text = post.text[url.start : url.end]
    name, dot, ending = text.partition(".")
    if not dot or "." in ending or "/" in text or not name.isalpha() or not name.islower():
        return False
    return ending.lower() in _GLUED_WORDS


def _interface_copy(post: Post) -> bool:
    """Whether a ``generic`` text is a website's or a service's interface copy: how to operate
    it, what it stores, the state of an order ("By clicking Sign Up, you agree...", "Items in
    your cart are in high demand", "text stop to 61610 to unsubscribe"; ``acts.txt``,
    ``[interface]``). It is not a post, and telling it to ask its readers would not help."""
    if post.platform.name != "generic":
        return False
    return next(_INTERFACE.finditer(own_prose(post)), None) is not None


def _friends_chat(post: Post) -> bool:
    """Whether a "we" is friends making plans in a text message: written in texting shorthand
    ("We juz meet in mrt station then ü dun haf...", "Dear we are going...") with nothing
    offered: no order, no phone number or code (adverts in shorthand carry them)."""
    if orders(post) or _CODE.search(post.prose):
        return False
    return any(w.text.lower() in _CHAT for w in authors_words(post))


def _team_speaks(post: Post) -> bool:
    """Whether a team or a brand speaks: "we", "us", "our" among the author's words ("US"
    in capitals is the country: "US terrorism", "the US press")."""
    return any(w.text.lower() in _TEAM and w.text != "US" for w in references(post).self_words)


def _person_speaks(post: Post) -> bool:
    """Whether a person speaks: "I", "me", "my" among the author's words."""
    return any(w.text.lower().replace("’", "'") in _PERSON for w in authors_words(post))


def _tells_own_story(post: Post) -> bool:
    """Whether "my course", "my students" stand in a person's story ("I once had Le Guin
    visit one of my classes"): an "I", and no link or order that would promote them."""
    words = {w.text.lower().replace("’", "'") for w in authors_words(post)}
    return bool(words & _SINGULAR) and not (post.urls or orders(post))


def _pleads_for_own(post: Post) -> bool:
    """Whether a person asks readers to act for something of their own ("please subscribe
    to my channel", "Check out my dance videos!!", "join me on tsū", "add/follow me"):
    self-promotion or a plea, which ``sales-push`` and ``self-centred`` report. A question
    is not what such a plea lacks, and a second finding would repeat theirs. A team's "our
    new app, try it" is a brand's offer and is still judged."""
    if not orders(post):
        return False
    begs = _begs(post)
    if _team_speaks(post) and not begs:
        return False
    own = bool(references(post).promoted) and (begs or _person_speaks(post))
    return own or _orders_for_author(post)


def _begs(post: Post) -> bool:
    """Whether the author says "please" ("pls", "plz"): a request begs for what it asks."""
    return any(w.text.lower() in _PLEASE for w in authors_words(post))


def _orders_for_author(post: Post) -> bool:
    """Whether an order is for the author: "me", "my" within ``_PLEA_REACH`` words after it
    in the same sentence ("join me", "Check out my dance videos", "help me give my son a
    grave"; not "Tell your team. My boss asked...")."""
    own = own_prose(post)
    words = authors_words(post)
    ordered = {order.start for order in orders(post)}
    for i, word in enumerate(words):
        if word.start not in ordered:
            continue
        for later in words[i + 1 : i + 1 + _PLEA_REACH]:
            if _SENTENCE_END.search(own, word.end, later.start):
                break
            if later.text.lower() in _MINE:
                return True
    return False


def _you_is_named(post: Post) -> bool:
    """Whether the post's "you" is someone it calls by name ("Nice one, Donald... look what
    you've done"): it talks to them, as a reply does, not to its readers."""
    return bool(references(post).reader_words) and names_addressee(post)


def _personal(post: Post) -> bool:
    """Whether the author speaks as a person ("I", "me", "my", opens with an interjection:
    "Wow, ...", "DAMMIT!!!", voices an opinion: "Absolute bollocks", "not surprisingly",
    "#YesAllWomen because...", or reacts: "Carl is cute", "This is what democracy looks like",
    "Was just wondering..."), with nothing of theirs promoted ("my channel", "our new
    app") and no team speaking ("we", "our"): a testimony, a memory, an opinion, a rant.
    With no link, no account and no team, a post whose tone is clearly positive or
    negative (VADER, ``EXPRESSIVE``) voices a feeling too ("Le Guin was such a legend")."""
    if references(post).promoted and not _tells_own_story(post):
        return False
    team = _team_speaks(post)
    voiced = {"opinion", "reaction"} & stance(post)
    if voiced and not (team and (post.urls or references(post).reader_words)):
        # "We need to stop assuming...", "#YesAllWomen because our daughters deserve...":
        # sharing nothing and telling no reader, an argued "we" is people in general. "She is
        # a legend", "Ursula K. Le Guin is irreplaceable.": a verdict of one's own.
        return True
    compound = measure_tone(post).compound
    if not (team or post.urls or post.mentions) and abs(compound) >= EXPRESSIVE:
        return True  # no link, no account, no team: a feeling voiced, not news passed on
    words = [w.text.lower().replace("’", "'") for w in authors_words(post)]
    if post.urls and not team and _cheers(words, compound):
        return True  # "Best twitter thread ever.": a fan's cheer on what it shares
    return bool(words) and (words[0] in _INTERJECTIONS or any(w in _PERSON for w in words))


def _cheers(words: list[str], compound: float) -> bool:
    """Whether the author's words on a link are a cheer: clearly positive and pointing at
    what they share ("This thread is an awesome idea"), or a few positive words built on
    praise or pointing at it ("Fantastic idea. Incredible execution.", "Best twitter thread
    ever.", "Important history lesson in this thread")."""
    praised = any(_praises(word) for word in words)
    if compound >= EXPRESSIVE and _DEICTIC.intersection(words):
        return True
    if compound >= EXPRESSIVE and praised and len(words) < REPORT_WORDS:
        return True  # "The greatest practitioner of the lyrical...": short of a news excerpt
    praise = praised or bool(_DEICTIC.intersection(words))
    return compound > 0 and len(words) <= MAX_REACTION_WORDS and praise


def _praises(word: str) -> bool:
    """Whether a word praises or damns: an evaluation word (``acts.txt``) or its superlative
    ("greatest", "nicest", "coolest": "One of the greatest threads of all time")."""
    if word in _NOT_PRAISE:
        return False
    if word in _EVALUATION:
        return True
    return word.endswith("est") and (word[:-2] in _EVALUATION or word[:-3] in _EVALUATION)


def broadcasts(post: Post) -> bool:
    """Whether the words show a broadcast: news passed on, an announcement (memoised; read
    only by ``missing-engagement``, after its cheaper checks).

    With a link or without: a team naming what is theirs ("our CEO", "our new app"; a bare
    "we" is as often friends making plans or people at large), an account the post reports
    on (".@acme announces..."), or a work's title credited to its author ("Slave of the Demon
    God, by Ursula Le Guin"). Otherwise a link beside at least ``MIN_HEADLINE_WORDS`` words
    in the form of a headline or a report (a short line closed by a full stop is a sentence
    of one's own). A tag does not make a broadcast: "#YesAllWomen because..." is a testimony
    as often as a campaign's line. Never when the author judges (``_judges``).
    """
    return post.memo("broadcasts", _broadcasts)


def _broadcasts(post: Post) -> bool:
    if _judges(post):
        return False
    if references(post).promoted or _credits_title(post):
        return True  # with a link or without: "Our new office opens today. https://..."
    if _remarks_at_end(post):
        return False  # "@host spends all day... Fear mongers": the author's verdict on a report
    if opens_with_subject(post):
        return True  # ".@acme announces...", with a link or without
    if not post.urls or _comment_with_link(post):
        return False
    if _speaks_as_we(post) or _pauses(own_prose(post)):
        return False  # "we will win...", "ranks...as they watch": a person's line, no headline
    if _opens_lower_case(post):
        return False  # "it won't be a slam dunk until...": typed by a person, not pasted
    words = len(authors_words(post))
    closed = words < REPORT_WORDS and _closes_sentence(post)
    return words >= MIN_HEADLINE_WORDS and not closed


def _comment_with_link(post: Post) -> bool:
    """Whether a ``generic`` text shows nothing of a post but a link: a comment under a video
    or a text message carries one as often ("PSY - GANGNAM STYLE M/V: http://...", "Free
    itunes giftcard codes: http://..."), and whether it broadcasts to an audience cannot be
    told. A hashtag or a mention marks a post; a team naming its own is read before this."""
    return post.platform.name == "generic" and not (post.hashtags or post.mentions)


def _speaks_as_we(post: Post) -> bool:
    """Whether the author's line says "we" or "us" in its own voice ("we will win [unless...]",
    "First we get the Muslim Ban and now we see...", "#YesAllWomen because we..."): people at
    large or the author's side arguing, which a headline never does. A headline's "we" is a
    quotation, in Title Case ("Human Rights Don't Apply To Us Because We Are At War") or
    reported ("We will win that battle, President Trump says"); a team shows itself by what
    it names as its own ("our new report"), read before this."""
    tokens = authors_words(post)
    words = [t.text.lower().replace("’", "'") for t in tokens]
    we = next((i for i, w in enumerate(words) if w in _WE and tokens[i].text != "US"), None)
    if we is None or _REPORTING.intersection(words[we:]):
        return False
    return not is_title_case([t.text for t in tokens])


def _opens_lower_case(post: Post) -> bool:
    """Whether the author's line opens with a lower-case word ("it won't be a slam dunk
    until...", "one of the great coincidences of the 20th C: ..."): a person typing. A
    headline, and a news account or a brand passing one on, capitalises its first word; a
    brand's styled lower case ("our new app is live") names its own and is read before this,
    and a name in camel case ("iPhone 16 sales slow...") is no lower-case word. A brand that
    writes its whole name in lower case ("adidas launches...") is read as a person."""
    first = _WORD_RUN.match(own_prose(post).lstrip(_LEADING_MARKS))
    return first is not None and first.group().islower()  # "iPhone 15 launches" is a name


def _remarks_at_end(post: Post) -> bool:
    """Whether the author closes a report with a remark of their own: a last sentence of a
    few words with no subject, no figure and no name, after a longer one ("Piers says...
    before he can get another word out.  Pretty typical really", "...neither do his
    "guests". Fear mongers", "The history of GIFs..... #GIFHistory Good stuff"). A headline
    or a news excerpt ends on its report ("It went horribly wrong", "He never came back."); a
    kicker stands first ("Turning toys into weapons. Palestinians send..."); a credit at the
    end is a name or a source ("...by Ursula K. Le Guin", "via @AP", "His Youtube Channel:")."""
    own = blank(own_prose(post), ((e.start, e.end) for e in post.entities))
    sentences = [s for s in _SENTENCE_SPLIT.split(own) if _WORD_RUN.search(s)]
    if len(sentences) < 2 or len(_WORD_RUN.findall(sentences[-2])) < MIN_COMMENTARY_WORDS:
        return False
    last = sentences[-1].strip()
    words = _WORD_RUN.findall(last)
    if not _REMARK_WORDS[0] <= len(words) <= _REMARK_WORDS[1] or last.endswith((":", "-")):
        return False
    if any(not w.isalpha() for w in words) or words[0].lower() in _NOT_REMARK_OPENERS:
        return False  # "says about 60,000", "he asked...", "by Le Guin", "via"
    return any(w.islower() for w in words[1:]) and not is_title_case(words)


def _pauses(own: str) -> bool:
    """Whether the author's line pauses mid-way, more words after an ellipsis (``_PAUSE``)."""
    return ("..." in own or "…" in own) and _PAUSE.search(own) is not None


def _credits_title(post: Post) -> bool:
    """Whether the post is a work's title credited to its author ("Slave of the Demon God, by
    Ursula Le Guin"): a book or a record passed on, as a shop or a publisher posts it."""
    found = _CREDITED_TITLE.match(own_prose(post).strip())
    return found is not None and is_title_case(regex.findall(r"[\p{L}\p{N}'’]++", found["title"]))


def _judges(post: Post) -> bool:
    """Whether the author's words judge rather than report: an exclamation ("With travel ban
    few will come!") or a copula with a description of their own ("#GifHistory is the best
    thing...", "is rough news", "is a euphemism"). "there were", a copula before a
    participle ("is considering", "were ignited") and one before a place, a time or a state
    ("is from a rap battle", "is now in Arabic") report (``acts.txt``, ``[copula]``)."""
    if "!" in own_prose(post):
        return True
    words = [w.text.lower().replace("’", "'") for w in authors_words(post)]
    for i, word in enumerate(words):
        if word not in _COPULA or (i and words[i - 1] == "there"):
            continue
        after = next((w for w in words[i + 1 :] if w not in _COPULA_SKIP), "")
        if not (after.endswith(_PARTICIPLE_ENDINGS) or after in _COPULA_REPORT):
            return True
    return False


def _closes_sentence(post: Post) -> bool:
    """Whether the author's words end with a full stop, past any tags, mentions and links
    ("... into fantasy. #LeGuin https://..."); an ellipsis is a cut, not a stop."""
    text = blank(own_prose(post), ((e.start, e.end) for e in post.entities)).rstrip()
    return text.endswith(".") and not text.endswith("..")


def _bare_share(post: Post) -> bool:
    """Whether the post shares a link, a retweet, a headline or a quote with (almost) nothing
    of its own: one of the sharing rules says so, and a second finding would repeat it."""
    found = commentary(post)
    shares = post.urls or found.share or found.quoted_words >= MIN_QUOTED_WORDS
    return bool(shares) and len(found.words) < MIN_COMMENTARY_WORDS


def _reasons(post: Post) -> frozenset[str]:
    reasons = set()
    if offers(post):
        reasons.add("offer")
    elif orders(post):
        reasons.add("orders")
    if references(post).promoted:
        reasons.add("self")  # "our new app", not a personal "my friends" or an inclusive "we"
    if post.urls:
        reasons.add("news")
    if hooks(post):
        reasons.add("hook")
    headline_question = commentary(post).share == "headline" and "?" in post.prose
    if headline_question or any("?" in post.prose[b.start : b.end] for b in borrowed(post)):
        reasons.add("borrowed-question")
    return frozenset(reasons)
