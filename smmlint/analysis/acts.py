"""What kind of speech act a post is: a courtesy (thanks, congratulation, condolence, wish,
apology, greeting), an order to the reader, a part of a thread.

The conversation rules read these so that a thank-you or a condolence is never told to end
with a question, an order ("Nominate a colleague", "Apply for...") counts as speaking to the
reader, and a thread's middle part is not judged as a post of its own. Phrases are data
(``smmlint/data/acts.txt``); only the author's own prose is read (``borrowed.own_prose``).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from itertools import compress
from typing import Any

import regex

from smmlint.analysis.borrowed import ATTRIBUTION_DASHES, authors_words, borrowed, own_prose
from smmlint.analysis.imperative import ADVICE, gives_order
from smmlint.analysis.lexicon import folded_text, phrase_automaton
from smmlint.analysis.title_case import is_title_case
from smmlint.analysis.wordlists import section_lexicon, word_sets
from smmlint.read.chars import non_ascii
from smmlint.read.memo import by_content
from smmlint.read.post import Post, Token

COURTESIES = ("thanks", "congratulation", "condolence", "wish", "apology", "greeting")
_COURTESY = section_lexicon("acts.txt", *COURTESIES)
_STANCE = section_lexicon("acts.txt", "tribute", "opinion")
# "#YesAllWomen because...", "#YesAllWomen: because...", "Because movies teach us...": a
# campaign's tag, then the author's own reason, or a post that is a reason given: a testimony.
_CAMPAIGN = regex.compile(
    r"(?:^|(?<=\s))[#＃]\w++(?:[ \t]*+[:,–—-])?+[ \t]++(?i:because|bc|cuz)(?!\w)"
)
_CAMPAIGN_OPENING = regex.compile(r"[\s\"'“]*+(?i:because)[ \t]++(?!(?i:of)\b)")
# "...systems/culture and undermines", "And as an adult...", "But we will not stop...".
_CONTINUATION = regex.compile(r"[\s\"'“]*+(?:\.{2,}+|…|(?i:and|but)[ \t,])")
# An exclamation of feeling: "How dehumanizing it must be...", "How quickly we forget", "What
# a mind and what a career" ("How we cut our build time", "What a ban means for..." are
# headlines: a subject or a verb follows at once).
_EXCLAMATIVE = regex.compile(
    r"(?:^|(?<=[.!?…]))[ \t]*+[\"'“]?+(?i:how[ \t]++\p{L}++[ \t]++"
    r"(?:it|that|this|we|they|you|he|she|i)[ \t]"
    r"|what[ \t]++an?+[ \t]++(?:\p{L}++[ \t]++){0,2}\p{L}++(?=[ \t]*+(?:[.!…,]|$|and[ \t]++what)))",
    regex.MULTILINE,
)
# What someone ought to do, argued: "#gifhistory is what the kids should be learning", "The
# SPLC needs to be deported", "feminists shouldn't forget...". Advice to the reader ("you
# should read it", "5 facts you need to know") is a recommendation, not an argument.
_ARGUED = regex.compile(
    r"(?<!(?i:you|u|ya|guys|y'all|yall)[ \t]++)(?<![\w'’])"
    r"(?i:should(?:n't|n’t|[ \t]++not)?+|ought[ \t]++to|needs?+[ \t]++to|must(?:n't|[ \t]++not)?+"
    r"|(?:has|have)[ \t]++to[ \t]++be)"
    r"(?![\w'’])"
)

# What each pattern above cannot match without: a draft whose folded text (``folded_text``,
# where "ſhould" and "SHOULD" stand as "should", as the patterns' (?i) reads them) holds none
# of these is not searched.
_CAMPAIGN_WORDS = ("because", "bc", "cuz")
_EXCLAMATIVE_WORDS = ("how", "what")
_ARGUED_WORDS = ("should", "ought", "need", "must", "to be")
_DROPPED_I_WORDS = (
    "just",
    "looking",
    "wonder",
    "loved",
    "hated",
    "enjoyed",
    "gotta",
    "wanna",
    "seen",
    "wish",
    "hope",
    "think",
)
# What a credit at the end starts with: a dash, or a parenthesis ("( A Wizard of Earthsea,
# Ursula K Le Guin )").
_CREDIT_MARKS = (*ATTRIBUTION_DASHES, "(")
_CREDIT_AFTER_END = regex.compile(r"\p{Ll}[.!?…][\"'”’]?+[ \t]++\p{Lu}")


def _holds_any(folded: str, words: Iterable[str]) -> bool:
    return any(word in folded for word in words)


@cache
def _judgement_starts() -> Any:
    """The first words of the judgements ("legend", "must"), as one automaton: a draft whose
    folded text holds none of them, even inside a word, holds no verdict (``_VERDICT``)."""
    firsts = {phrase.split()[0] for phrase in word_sets("acts.txt")["judgement"]}
    assert all(word.isascii() and word.isalpha() for word in firsts)  # see ``folded_text``
    return phrase_automaton((word, word) for word in firsts)


def _may_hold_verdict(own: str) -> bool:
    """Whether ``own`` holds a judgement's first word, wherever it stands (one pass in C over
    the folded text the shared phrase scan has already made)."""
    return next(_judgement_starts().iter(folded_text(own)), None) is not None


def _alternation(section: str) -> str:
    """The phrases of an ``acts.txt`` section as a regex alternation, longest first, any run
    of blanks between their words."""
    phrases = sorted(word_sets("acts.txt")[section], key=len, reverse=True)
    return "|".join(regex.escape(p).replace("\\ ", r"[ \t]++") for p in phrases)


_JUDGEMENTS = _alternation("judgement")
# A verdict in the author's own voice: a judgement word that closes the predicate ("Ursula K.
# Le Guin is irreplaceable.", "Carl is cute", "She is a legend :-(", "#GifHistory is
# phenomenal..."). Where the word goes on it describes ("is great for families").
_VERDICT = regex.compile(
    r"(?<![\w'’])(?i:is|are|was|were|(?<=\w)['’]s|(?<=\w)['’]re)[ \t]++"
    r"(?:(?i:so|very|truly|really|just|simply|absolutely|too|such|a|an|the|most|pretty|quite"
    r"|utterly|totally|extremely|not|still|always|definitely|literally|true|real)[ \t]++){0,3}+"
    rf"(?i:{_JUDGEMENTS})"
    r"(?=[ \t]*+(?:[.!…,;:)(]|$|[#＃@＠]|https?://|\p{Extended_Pictographic}|(?i:and|but)(?!\w)))",
    regex.MULTILINE,
)
# The post opens by pointing at something it does not name: "She is a legend", "They're very
# good at manipulation", "This is what democracy looks like", "This thread is a national
# resource". A headline or an announcement names its subject; a pronoun with nothing before it
# to stand for is the author reacting to what they share.
_POINTING = regex.compile(
    r"[\s\"'“]*+(?:[#＃]\w++[ \t]++)*+(?:(?i:this|these|that|those|she|he|they)"
    r"(?:['’](?i:s|re)(?!\w)|[ \t]++(?i:was|were)(?!\w))|(?i:this|these|that|those|she|he|they)"
    r"(?:[ \t]++(?i:thread|article|piece|story|video|clip|photo|pic|picture|post|tweet|news"
    r"|book|film|movie|song|interview|speech|essay|hashtag|man|woman|guy))?+"
    r"[ \t]++(?i:is|are|might|must|hits|looks|sounds|seems|feels|says|deserves|needs)(?!\w))"
)
# A person's thought with its "I" dropped, opening a sentence: "Was just wondering about this
# one!", "Wish we were together right now!", "Think the ban needs more meat", "Hope others
# follow suit", "Loved the Lathe of Heaven". "Think about your customers" is an order.
_DROPPED_I = regex.compile(
    r"(?:^|(?<=[.!?…][ \t]))[ \t\"'“]*+(?i:was[ \t]++just|just[ \t]++wondering|wondering|wondered"
    r"|looking[ \t]++for"
    r"|loved|hated|enjoyed|gotta|wanna|seen[ \t]++(?:this|these|that)"
    r"|(?:wish|hope|think)[ \t]++(?:we|i|they|he|she|it|this|that|the|others|everyone|there"
    r"|people|someone)(?!\w))",
    regex.MULTILINE,
)
# "... ~ Ursula Le Guin", "... - Ursula K. Le Guin, The Telling", "...neighbour. -Dorotheus
# of Gaza", or a full name alone after the last sentence ("...who has survived. Ursula K. Le
# Guin"), or a work and its author in parentheses ("...On the empty sky. ( A Wizard of
# Earthsea , Ursula K Le Guin )"): a quotation credited at its end, without quotation marks;
# the words before it are someone else's. A source's name ("- The Guardian", "- BBC News";
# "(Reuters)", "(from @AP)": no work before a comma) credits a pasted headline, not a
# quotation.
_NAME_WORD = r"\p{Lu}[\p{Ll}.'’]*+"
_NAME = (
    rf"(?!(?:The|By|Via|From|Photo|Video)\b){_NAME_WORD}"
    rf"(?:[ \t]++(?:(?:of|de|da|di|del|van|von|le|la)[ \t]++)?+{_NAME_WORD}){{1,3}}"
)
_CREDIT = regex.compile(
    rf"(?:\S[ \t]*+(?:[~―—–]|(?<=[ \t])-|--)[ \t]*+{_NAME}"
    r"(?:[ \t]*+,[ \t]*+[^\n]{0,60}?)?"
    rf"|(?<=\p{{Ll}}[.!?…][\"'”’]?+)[ \t]++{_NAME}"
    rf"|\([ \t]*+[^()\n,]{{1,60}}?[ \t]*+,[ \t]*+{_NAME}[ \t]*+\))"
    r"(?:[ \t]++(?:in|from)[ \t]++\p{Lu}[\p{L}'’]*+"  # "... Le Guin in A Wizard of Earthsea"
    r"(?:[ \t]++(?:\p{Lu}[\p{L}'’]*+|of|the|a|an|and|in|on|to|for))*+)?"
    # The picture's credit after the quotation's: "... Ursula K. Le Guin  Art by James Jean".
    rf"(?:[ \t]++(?:Art|Artwork|Illustration|Image|Painting|Drawing|Photo)[ \t]++by[ \t]++"
    rf"{_NAME_WORD}(?:[ \t]++{_NAME_WORD}){{0,3}})?"
    r"[ \t]*+(?:[#＃@＠]\w++[ \t]*+|https?://\S++[ \t]*+)*+$"
)
_RESPONSES = _alternation("response")
_ANSWERS = _alternation("answer")
# The particle, then a break (punctuation, "..." or the end) or, for laughter, anything; an
# answer word, then a comma.
_RESPONSE = regex.compile(
    rf"[ \t]*+(?i:(?:{_RESPONSES})(?:[ \t]*+[,.!…:;)]|[ \t]*+$)"
    rf"|(?:{_ANSWERS})[ \t]*+,"
    r"|(?:ha){2,}+h?+(?!\w)|lol(?!\w)|lmao(?!\w))"
)
_WORDS = word_sets("acts.txt")
_ORDER_VERBS = _WORDS["order"]
_EVALUATION = _WORDS["evaluation"]
# A reaction is a short line: "Love this song!!!", "This song always gives me chills! :)".
MAX_REACTION_WORDS = 8
MAX_LABEL_WORDS = 6  # a shop's "Sponges, Mitts & Bath Brushes"; titles of posts run longer
_SENTENCE_END = (".", "!", "?", "…")
_NOUN_LIKE_VERBS = _WORDS["order-noun"]
_ORDER_OBJECTS = _WORDS["order-object"]
_ORDER_PARTICLES = _WORDS["order-particle"]
_CAUSATIVE = _WORDS["order-causative"]
# Before a link, only blanks and a colon: "See https://...", "Watch: https://...".
_TO_LINK = regex.compile(r"[ \t]*+:?[ \t]*+")
_DIALLED = frozenset({"call", "text", "txt", "phone", "dial", "ring"})  # "Call 0800 123 456"
# What a dialled verb reaches before its clause ends: a phone number or a short code ("Call AG
# office: (512) 475-4413", "Txt VPOD to 81303").
_DIALLED_NUMBER = regex.compile(
    r"[^.!?…\n]{0,24}?(?<![\w+-])(?:\(?\d{3}\)?[ .-]\d{3}|\d{5,}|(?<=(?i:to|2|on)[ \t:]++)\d{4})"
)  # a year ("Call of Duty: 2019") is no number to dial
# A keyword to send: in capitals ("Reply STOP", "Text JOIN") or, after a verb that is rarely
# a noun in a text, one word and what it does ("Reply yes to confirm", "reply lionm 4 mono").
_KEYWORD = regex.compile(r"[ \t]++\p{Lu}{2,}+(?![\p{L}\p{N}])")
_KEYWORD_VERBS = frozenset({"text", "txt", "reply", "send"})
_KEYWORD_FOR = regex.compile(r"[ \t]++[\p{L}\p{N}]++[ \t]++(?i:to|2|4|for)(?!\w)")
_KEYWORD_ONLY_VERBS = frozenset({"txt", "reply"})
# Verbs that take no object: a name after them is cheered, not an order ("Go @serenawilliams!").
_INTRANSITIVE = frozenset({"go", "come"})
# A clause closed by "please" is a request, and its first word, before a word of
# [order-object], is the verb of the order: "Like my page please...", "Sub my channel pls".
_CLOSING_PLEASE = regex.compile(
    r"(?:^|(?<=[.!?…\n]))[ \t\"'“]*+(?P<verb>\p{L}++)[ \t]++(?P<object>\p{L}++)"
    r"[^.!?…\n]*?(?<=[ \t,])(?i:please|pls|plz)(?=[ \t]*+(?:[.!?…\n]|$))",
    regex.MULTILINE,
)
# An order closing its clause with "now" or "today", whatever word came before ("...fast and
# beauty download now <link>"): a call to act in a comment typed without punctuation.
_CLOSING_NOW = regex.compile(r"[ \t]++(?i:now|today)(?!\w)")
_CLAUSE_END = regex.compile(r"[ \t]*+(?:[!.…\n]|$)")
_BLANKS = regex.compile(r"[ \t]*+")
# Hyphenated words are one ("to-read", "re-read"): their parts are no orders. These are
# ``Post.words`` without combining marks (see _order_words).
_WORD = regex.compile(r"[\p{L}\p{N}]++(?:['’-][\p{L}\p{N}]++)*+")
_MARK = regex.compile(r"\p{M}")
# "I just don't know", "we also share": a subject a word or two before the verb.
_SUBJECTS = frozenset({"i", "we", "you", "they", "he", "she", "it", "people", "who", "that"})
_CHAINS = frozenset({"and", "or", "&"})  # "Sign up and learn": an order only after an order
_CHAIN_REACH = 20
_POLITE = frozenset({"please", "kindly"})  # characters from the last order to the "and"
_PLEAS = ("please", "pls", "plz")
_FUNCTION_WORDS = word_sets("function_words.txt")["english"]
# "Can you please donate... PLEASE!!!": an auxiliary opens a question, not an order.
_QUESTION_OPENERS = word_sets("questions.txt")["auxiliary"] - _ORDER_VERBS
# "Happy #PiDay", "Merry Xmas", "Happy Diwali": "happy" before a name or a tag is a wish;
# "happy to announce", "happy with the result" are not.
_HAPPY_NAMED = regex.compile(r"(?<![\w'’])(?i:happy|merry)[ \t]++(?:[#＃]\w|\p{Lu})")
_HASHTAG_COURTESY = regex.compile(
    r"(?P<condolence>(?i:rip)(?=\p{Lu}|[^\p{L}]|$)|(?i:restinpeace|restinpower))"
    r"|(?P<thanks>(?i:thankyou|thanks))|(?P<congratulation>(?i:congrat))|(?P<wish>(?i:happy|merry))"
)
# "No thanks, I'd rather pay full price": a refusal, not thanks.
_REFUSAL = regex.compile(r"(?<![\w'’])(?i:no)[ \t,]*+$")
# "2/5", "(2/5)", "[3/10]", "1/n", "4/": a thread's numbering, at the start or the end of
# the post (elsewhere "24/7" and "on 2/5" are a time or a date).
_THREAD_NUMBER = regex.compile(
    r"^[\s\p{Extended_Pictographic}\uFE0F]*+[(\[]?(?P<a>\d{1,2})/(?P<b>\d{1,2}|n|)[)\]]?(?=[\s.:]|$)"
    r"|(?:^|(?<=[\s.!?…:)\p{Extended_Pictographic}\uFE0F]))[(\[]?(?P<c>\d{1,2})/(?P<d>\d{1,2}|n|)"
    r"[)\]]?[\s\p{Extended_Pictographic}\uFE0F]*+$",
    regex.IGNORECASE,
)


@dataclass(frozen=True)
class ThreadPart:
    """A post numbered as part of a thread: ``part`` of ``total`` (None when not given)."""

    part: int
    total: int | None

    @property
    def is_last(self) -> bool:
        """Whether this is the thread's known last part, where its question belongs."""
        return self.total is not None and self.part >= self.total


def courtesies(post: Post) -> tuple[tuple[str, Token], ...]:
    """Thanks, congratulations, condolences, wishes, apologies and greetings, as
    ``(kind, span)`` pairs in text order (memoised)."""
    return post.memo("courtesies", _find_courtesies)


def orders(post: Post) -> tuple[Token, ...]:
    """The verbs that open an order to the reader: "Nominate...", "Visit our stand" (memoised)."""
    return post.memo("orders", _find_orders)


def answers_someone(post: Post) -> bool:
    """Whether the post opens with an answer particle ("Haha awesome...", "Ok. I'm in...",
    "Too late."): a reply in a running conversation, whoever it answers."""
    return _RESPONSE.match(own_prose(post)) is not None


def continues_earlier(post: Post) -> bool:
    """Whether the post opens as the rest of something said before: an ellipsis ("...systems
    and culture"), "And..." or "But...": a thread's later part or a turn in a running
    conversation, whose question, if any, may stand elsewhere."""
    return _CONTINUATION.match(own_prose(post)) is not None


def stance(post: Post) -> frozenset[str]:
    """What the author's own words voice besides information: "tribute" (someone died),
    "opinion" (swearing, contempt, a stance adverb, a campaign's "#Tag because...", "Funny
    how...") and "reaction" (a verdict closing a predicate: "Le Guin is irreplaceable.", "Men
    are crazy"; a post that opens pointing at what it shares: "She is a legend", "This is what
    democracy looks like"; a thought with its "I" dropped: "Was just wondering...", "Wish we
    were..."), from ``acts.txt`` (memoised).

    An opinion argues, so its "you" is anyone argued with; a reaction judges what it shares
    and may still recommend it to the reader ("This thread is everything. Know your
    #GifHistory")."""
    return post.memo("stance", _find_stance)


def is_credited_quote(post: Post) -> bool:
    """Whether the post is a quotation credited at its end without quotation marks ("To learn
    a belief without belief is... ~ Ursula Le Guin, The Telling")."""
    return credited_quote(post) is not None


def credited_quote(post: Post) -> int | None:
    """Where the quotation credited at the post's end starts (its line's start), or None: a
    question in it ("What, after all, is the use of you? Ursula K. Le Guin in A Wizard of
    Earthsea") is the quoted author's, not the poster's (memoised)."""
    return post.memo("credited-quote", _find_credited_quote)


def _find_credited_quote(post: Post) -> int | None:
    own = own_prose(post)
    # The credit closes the text, so only its last line is searched, and only when it holds a
    # dash or a sentence's end before a capital, where a credit can start.
    line = own.rfind("\n", 0, len(own) - 1) + 1
    last = own[line:]
    if not (_holds_any(last, _CREDIT_MARKS) or _CREDIT_AFTER_END.search(own, line)):
        return None
    return line if _CREDIT.search(own, line) is not None else None


def is_reaction(post: Post) -> bool:
    """Whether the post is a short reaction: a few words of feeling about something ("Love
    this song!!!", "katy perry is awesome"), with no link or mention and nothing sold."""
    words = authors_words(post)
    if post.urls or post.mentions or len(words) > MAX_REACTION_WORDS:
        return False
    return any(w.text.lower().replace("’", "'") in _EVALUATION for w in words)


def is_label(post: Post) -> bool:
    """Whether the post is a title or a label, not a sentence: a few Title Case words on one
    line with no sentence punctuation ("Baby Size Guide", "Sponges, Mitts & Bath Brushes")."""
    words = authors_words(post)
    if not words or len(words) > MAX_LABEL_WORDS:  # most posts: counted, not read
        return False
    own = own_prose(post).strip()
    if "\n" in own or own.endswith(_SENTENCE_END):
        return False
    return is_title_case([w.text for w in words])


def thread_part(post: Post) -> ThreadPart | None:
    """The post's place in a thread when it is numbered like "2/5" or "1/n" (memoised)."""
    return post.memo("thread-part", _find_thread_part)


def _find_courtesies(post: Post) -> tuple[tuple[str, Token], ...]:
    own = own_prose(post)
    found = [
        (m.category, Token(m.start, m.end, own[m.start : m.end]))
        for m in _COURTESY.finditer(own)
        if not (m.category == "thanks" and _REFUSAL.search(own, max(0, m.start - 6), m.start))
    ]
    for match in _HAPPY_NAMED.finditer(own):
        found.append(("wish", Token(match.start(), match.end(), match.group())))
    for tag in post.hashtags:  # "#RIPUrsulaKLeGuin", "#ThankYouNHS", "#HappyDiwali"
        kind = _HASHTAG_COURTESY.match(post.text, tag.start + 1)
        if kind and not own[tag.start].isspace():
            found.append(
                (kind.lastgroup or "", Token(tag.start, tag.end, post.text[tag.start : tag.end]))
            )
    return tuple(sorted(found, key=lambda pair: pair[1].start))


def _find_stance(post: Post) -> frozenset[str]:
    own = own_prose(post)
    found = {m.category for m in _STANCE.finditer(own)}  # a phrase may run over a line break
    folded = folded_text(own)
    # Which patterns may match: each needs one of its words somewhere in the draft.
    needs = (
        _holds_any(folded, _CAMPAIGN_WORDS),
        _holds_any(folded, _EXCLAMATIVE_WORDS),
        _holds_any(folded, _ARGUED_WORDS),
        _may_hold_verdict(own),
        _holds_any(folded, _DROPPED_I_WORDS),
    )
    if needs[0] and _CAMPAIGN_OPENING.match(own):
        found.add("opinion")  # "Because movies teach us...": the post's opening, over blank lines
    if _POINTING.match(own):
        found.add("reaction")  # a reaction to what is shared
    if any(needs):
        for line in own.split("\n") if "\n" in own else (own,):
            if line:
                found.update(_line_stance(line, *needs))
    return frozenset(found)


# The other patterns read one line each (no blank they cross or look behind is a line break):
# remembered by the line's text, a relint after an edit reads again only the line edited.
@by_content()
def _line_stance(
    line: str, campaign: bool, exclamative: bool, argued: bool, verdict: bool, dropped_i: bool
) -> tuple[str, ...]:
    """ "opinion" and "reaction" as one line voices them, each pattern only where ``_find_stance``
    found the words it needs."""
    found: tuple[str, ...] = ()
    if (
        (campaign and _CAMPAIGN.search(line))
        or (exclamative and _EXCLAMATIVE.search(line))
        or (argued and _ARGUED.search(line))
    ):
        found += ("opinion",)
    if (verdict and _VERDICT.search(line)) or (dropped_i and _DROPPED_I.search(line)):
        found += ("reaction",)  # a verdict, a thought of one's own
    return found


def _find_orders(post: Post) -> tuple[Token, ...]:
    own = own_prose(post)
    words, lowered = _order_words(post, own)
    folded = lowered if "’" not in own else [w.replace("’", "'") for w in lowered]
    # A link ends what came before it: "...goes viral https://... Please watch and retweet."
    link_ends = sorted(url.end for url in post.urls)
    link_starts = [url.start for url in post.urls]
    # A courtesy in the imperative ("Have a nice evening", "Take care", "Enjoy your weekend",
    # "See you soon") wishes the reader well and asks nothing of them: its verb is no order,
    # though an order may follow it ("Enjoy your weekend and shop the sale").
    courteous = {span.start: span.end for _, span in courtesies(post)}
    found: list[Token] = []
    imperative_end = -_CHAIN_REACH - 1  # where the last order or courtesy in the imperative ended
    for i in compress(range(len(folded)), map(_ORDER_VERBS.__contains__, folded)):
        word, verb = words[i], folded[i]
        after_link = i > 0 and _follows_link(own, words[i - 1].end, word.start, link_ends)
        opens = (
            after_link
            or gives_order(own, word.start)
            or _after_gap(post.prose, words, i)
            or _dials_in_capitals(own, word, verb)
        )
        if not (opens or _closes_now(own, word, link_starts)):
            continue
        before = lowered[max(0, i - 2) : i]
        advised = " ".join(before).replace("’", "'") in ADVICE  # "You should check out..."
        if _SUBJECTS.intersection(before) and not (advised or _clause_starts(own, words, i)):
            continue  # "I just don't know"
        if word.start in courteous:
            imperative_end = courteous[word.start]
            continue
        chained = words[i - 1].start - imperative_end <= _CHAIN_REACH
        if before and before[-1] in _CHAINS and not chained:
            continue  # "for those who haven't seen or read": no order before "or"
        if verb in _POLITE and not _asks_for(own, words, lowered, i):
            continue  # "chile, please!": an exclamation; "Please share" gives an order
        if verb in _NOUN_LIKE_VERBS and not (
            _takes_object(own, words, lowered, i) or _points_at_link(own, word.end, link_starts)
        ):
            continue  # "Watch party tonight", "Support for the plan" ("Book 1 of the saga")
        found.append(word)
        imperative_end = word.end
    if _holds_any(folded_text(own), _PLEAS):
        found.extend(_requests(own, {order.start for order in found}))
        found.sort(key=lambda order: order.start)
    return tuple(found)


def _order_words(post: Post, own: str) -> tuple[Sequence[Token], Sequence[str]]:
    """The words of the author's prose and their lower forms: ``post.words`` as they are.

    An order's word is a post's word save in two ways: a combining mark joins no order's
    word, and a word the author did not write (blanked in ``own``) is none, while a word cut
    by a borrowed stretch keeps what is left. A draft holding either (a mark, a quotation or
    a retweet) is scanned on its own.
    """
    text = post.text
    if borrowed(post) or (not text.isascii() and _MARK.search("".join(non_ascii(text)))):
        found = [tuple.__new__(Token, (m.start(), m.end(), m.group())) for m in _WORD.finditer(own)]
        return found, [word.text.lower() for word in found]
    return post.words, post.lower_words


def _requests(own: str, ordered: set[int]) -> list[Token]:
    """The verbs of the clauses closed by "please" that hold no order yet ("Like my page
    please...")."""
    found = []
    for match in _CLOSING_PLEASE.finditer(own):
        verb, start = match.group("verb"), match.start("verb")
        if (
            start not in ordered
            and verb.lower() not in _SUBJECTS | _POLITE | _QUESTION_OPENERS
            and match.group("object").lower() in _ORDER_OBJECTS
        ):
            found.append(Token(start, match.end("verb"), verb))
    return found


def _asks_for(own: str, words: Sequence[Token], lowered: Sequence[str], i: int) -> bool:
    """Whether the "please" of word ``i`` asks for something: an order after it ("Please
    share") or, right after it, any verb ("please like my page", "please sub"), told from a
    word that is no function word ("chile, please! It's...", "Please no mean comments")."""
    if i + 1 == len(words):
        return False
    following = lowered[i + 1]
    if following in _ORDER_VERBS:
        return True
    gap = own[words[i].end : words[i + 1].start]
    return gap in {" ", "\t"} and following not in _FUNCTION_WORDS


def _takes_object(own: str, words: Sequence[Token], lowered: Sequence[str], i: int) -> bool:
    """Whether the verb of word ``i``, often a noun, has what makes it an order: a word of
    [order-object] or another order after it ("Order now", "Come check it out"), a tag or a
    mention ("check #CIVICUSMonitor", "follow @ann"; "Go @serenawilliams!" cheers), or for a
    dialled verb a number or a keyword ("Call AG office: (512) 475-4413", "Txt VPOD to 81303",
    "Reply STOP"), or someone made to act ("get GWAR to play...": [order-causative])."""
    word = words[i]
    verb = lowered[i].replace("’", "'")
    if _dials(own, word, verb):
        return True
    if verb in _KEYWORD_VERBS and _KEYWORD.match(own, word.end):
        return True
    if verb in _KEYWORD_ONLY_VERBS and _KEYWORD_FOR.match(own, word.end):
        return True
    if i + 1 == len(words):
        return False
    following = words[i + 1]
    gap = own[word.end : following.start].strip()
    if gap in {"#", "＃", "@", "＠"}:
        return verb not in _INTRANSITIVE
    next_word = lowered[i + 1]
    if verb in _CAUSATIVE and i + 2 < len(words) and lowered[i + 2] == "to":
        # "get GWAR to play...": someone made to act; "Help Desk to close at 5" is a headline's
        # compound noun, two words in title case.
        return not gap and not (word.text.istitle() and following.text.istitle())
    return not gap and (
        next_word in _ORDER_OBJECTS
        or next_word in _ORDER_VERBS
        or f"{verb} {next_word}" in _ORDER_PARTICLES
        or (verb in _DIALLED and next_word[0].isdigit())
    )


def _points_at_link(own: str, end: int, link_starts: list[int]) -> bool:
    """Whether a link is what the verb ending at ``end`` is about: "See https://...",
    "Watch: https://..." (a noun would name the link's content instead)."""
    k = bisect_right(link_starts, end)
    if k == len(link_starts):
        return False
    start = link_starts[k]  # links are blanked in ``own``: read only what stands before it
    return start > end and _TO_LINK.fullmatch(own, end, start) is not None


def _closes_now(own: str, word: Token, link_starts: list[int]) -> bool:
    """Whether the order ``word`` closes its clause with "now" or "today", before a
    sentence's end, a line's, the text's or a link ("download now <link>")."""
    closing = _CLOSING_NOW.match(own, word.end)
    if closing is None:
        return False
    end = _CLAUSE_END.match(own, closing.end())
    if end is not None:
        return True
    after = _BLANKS.match(own, closing.end()).end()  # a link is blanked to spaces
    return any(closing.end() <= start <= after for start in link_starts)


def _dials_in_capitals(own: str, word: Token, verb: str) -> bool:
    """Whether a capitalised dialled verb reaches a number: a text message's next sentence,
    typed without a full stop ("Knock Knock Txt whose there to 80082")."""
    return word.text[0].isupper() and _dials(own, word, verb)


def _dials(own: str, word: Token, verb: str) -> bool:
    """Whether the dialled verb ``word`` reaches a number or a short code."""
    return verb in _DIALLED and _DIALLED_NUMBER.match(own, word.end) is not None


def _after_gap(prose: str, words: Sequence[Token], i: int) -> bool:
    """Whether a run of blanks, as a comment typed without punctuation sets its items apart,
    stands before word ``i`` ("Ipad 4   $200  visit the site")."""
    return i > 0 and "  " in prose[words[i - 1].end : words[i].start]


def _follows_link(own: str, previous_end: int, start: int, link_ends: list[int]) -> bool:
    """Whether a link (blanked in the author's prose) stands between the word ending at
    ``previous_end`` and the one at ``start`` (``link_ends`` sorted)."""
    if not link_ends or own[previous_end:start].strip():
        return False
    i = bisect_right(link_ends, previous_end)
    return i < len(link_ends) and link_ends[i] <= start


def _clause_starts(own: str, words: Sequence[Token], i: int) -> bool:
    """Whether punctuation stands between word ``i`` and the word before it."""
    return i == 0 or bool(own[words[i - 1].end : words[i].start].strip())


def _find_thread_part(post: Post) -> ThreadPart | None:
    if "/" not in post.prose:
        return None  # every numbering has its slash ("2/5", "3/n")
    match = _THREAD_NUMBER.search(post.prose)
    if match is None:
        return None
    part = int(match.group("a") or match.group("c"))
    total_text = (match.group("b") if match.group("a") else match.group("d")) or ""
    total = int(total_text) if total_text.isdigit() else None
    if part == 0 or (total is not None and part > total):
        return None  # "24/7", "0/10": not a thread's numbering
    return ThreadPart(part, total)
