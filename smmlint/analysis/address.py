"""Who a post talks to and about: the reader ("you", an order, an invitation), the author
("we", "I", the brand name), and the people it speaks to (a reply, "thanks @ann", "congrats
to the team").

Only the author's own prose counts (``borrowed.own_prose``): "you" in a quotation or a
retweet speaks to someone else's readers. A leading mention is a reply only when it is not
the subject of what follows: ".@acme launches...", "@ana is speaking at..." are broadcasts
about an account, "@ana looks great" and "@ana is it true?" speak to it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from itertools import compress
from operator import itemgetter

import regex

from smmlint.analysis.acts import courtesies, orders
from smmlint.analysis.borrowed import authors_words, own_prose
from smmlint.analysis.lexicon import compile_phrases
from smmlint.analysis.questions import invitations
from smmlint.analysis.spans import SpanSet
from smmlint.analysis.wordlists import section_lexicon, word_sets
from smmlint.platforms.entities import Entity
from smmlint.read.post import Post, Token

_WORDS = word_sets("address.txt")
_SELF = _WORDS["plural"] | _WORDS["possessive"]
_READER_OR_SELF = _WORDS["reader"] | _SELF
_TEXT = itemgetter(2)  # a Token's text
# The writer speaking of themselves ("I", "my", "I've"), lower-cased, straight apostrophes.
FIRST_PERSON = _WORDS["singular"] | _WORDS["possessive"]
_INCLUSIVE = section_lexicon("address.txt", "inclusive")
_SERVES = section_lexicon("address.txt", "serves")
_MISSED_IT = section_lexicon("address.txt", "missed-it")  # "for those that haven't seen"
_ANYONE = section_lexicon("address.txt", "anyone")  # "When u realize...": a "you" that is anyone
_WORD = regex.compile(r"[\p{L}\p{N}\p{M}]++(?:['’][\p{L}\p{N}\p{M}]++)*+")
# Mentions and their joiners after a leading mention ("@ana, @ben & @cy ..."), then the
# two words that decide whether the mention is the subject ("@acme launches", "@ana is live").
_MENTION_RUN = regex.compile(r"(?:[ \t]*+(?:&|and)[ \t]++[@＠]\w++)*+")
# What may stand before an opening mention: blanks, a "." (".@acme launches") and hashtags.
_LEADING_TAGS = regex.compile(r"[\s.]*+(?:[#＃]\w++[\s.]*+)*+")
# "@ana @ben is...", "@ana, @ben launches...": a reply chain; the later mentions may be the
# subject of what follows, but the first is spoken to.
_REPLY_CHAIN = regex.compile(r"[ \t]*+,?[ \t]*+[.]?[@＠]\w")
_NEXT_WORDS = regex.compile(
    r"(?P<possessive>['’]s(?!\w))?[ \t]*+(?P<first>[\p{L}'’]++)?[ \t]*+(?P<second>[\p{L}'’]++)?"
)
# A name spoken to: a tag or one or two capitalised words, opening the post before a comma
# (after an optional "No", "Yes", "Oh", "Dear") or closing a sentence after one.
_NAME = r"(?:[#＃]\w++|\p{Lu}\p{Ll}++(?:[ \t]\p{Lu}\p{Ll}++)?)"
_VOCATIVE = regex.compile(
    rf"^[ \t]*+(?:(?:No|Yes|Oh|Dear|Hey)[ \t]++)?(?P<name>{_NAME})[ \t]*+,"
    rf"|,[ \t]*+(?P<name>{_NAME})[ \t]*+(?:[.!…]++|$)",
    regex.MULTILINE,
)
_NOT_NAMES = _WORDS["not-name"] | _WORDS["reader"] | _WORDS["greeting"] | _WORDS["interjection"]
_TITLE_RUN = 3  # capitalised words in a row that make a title, not a sentence's start
_PROMOTED_REACH = 3  # "our new", "our brand new", then the noun
_MIN_VERB_LENGTH = 4  # "hosts", "slams", "joins"; shorter -s words ("is", "us", "yes") are not
# How far before a mention a greeting may stand and still address it: "thanks so much @ann".
_GREETING_REACH = 3


@dataclass(frozen=True)
class References:
    """Words about the author and words to the reader in the author's own prose."""

    self_words: tuple[Token, ...]
    reader_words: tuple[Token, ...]
    promoted: tuple[Token, ...] = ()  # what "our"/"my" sells: "our new app", "my channel"
    # "you" inside a title or a shouted line ("You Got Me", "SEE YOU IN COURT"): whom it
    # speaks to cannot be told.
    titled_reader_words: tuple[Token, ...] = ()


def references(post: Post, names: Iterable[str] = ()) -> References:
    """Words about the author ("we", "our", "my", brand names) and to the reader ("you").

    "I" and "me" are a person speaking, not self-promotion, and are not counted; the
    result without ``names`` is memoised.
    """
    base = post.memo("references", _references)
    extra = _name_mentions(post, tuple(names))
    if not extra:
        return base
    merged = tuple(sorted({*base.self_words, *extra}, key=lambda t: t.start))
    return References(
        merged, base.reader_words, base.promoted + tuple(extra), base.titled_reader_words
    )


def first_person_words(post: Post) -> tuple[Token, ...]:
    """The author's words in which the writer speaks of themselves ("I", "my", "I've"), in
    text order (memoised)."""
    return post.memo("first-person words", _first_person_words)


def _first_person_words(post: Post) -> tuple[Token, ...]:
    return tuple(w for w in authors_words(post) if w.text.lower().replace("’", "'") in FIRST_PERSON)


def speaks_to_someone(post: Post) -> bool:
    """Whether the post is a reply, a courtesy (thanks, congratulations, condolences, wishes,
    apologies, greetings), or addresses a mention ("cc @ben")."""
    return post.memo("speaks-to-someone", _speaks_to_someone)


def serves_reader(post: Post) -> bool:
    """Whether a "you" of the author's stands where the post serves the reader: "for you",
    "5 facts you need to know", "you'll like it", "your favourite gifs", "If you're in
    London" (``address.txt``, ``[serves]``)."""
    return post.memo("serves-reader", _serves_reader)


def _serves_reader(post: Post) -> bool:
    reader = {token.start for token in references(post).reader_words}
    return any(
        any(start in reader for start in range(m.start, m.end))
        for m in _SERVES.finditer(own_prose(post))
    )


def speaks_to_reader(post: Post) -> bool:
    """Whether the post addresses its reader: "you", "let's", an order, an invitation, or
    the readers it shares for, named ("for those that haven't seen", ``[missed-it]``)."""
    if references(post).reader_words or orders(post) or invitations(post):
        return True
    return next(_MISSED_IT.finditer(own_prose(post)), None) is not None


def is_reply(post: Post) -> bool:
    """Whether the post opens with a mention it speaks to: a reply to that account.

    ".@acme launches...", "@ana is speaking at..." and "@ana's new book" open with the
    account they talk about, not to: those are broadcasts.
    """
    return post.memo("is-reply", _is_reply)


def opens_with_subject(post: Post) -> bool:
    """Whether the post opens with an account it talks about, not to: ".@acme launches...",
    "@CityHall hosts a panel...": a report about that account."""
    return _opening_mention(post) is not None and not is_reply(post)


def _opening_mention(post: Post) -> Entity | None:
    """The mention the author's words open with (past a leading "." and leading hashtags, a
    topic's label: "#GifHistory @ann Find this one"), if they open with one; not the mention
    of a retweet marker (blanked in the author's prose)."""
    own = own_prose(post)
    first = next((e for e in post.entities if e.kind == "mention"), None)
    if first is None or own[first.start].isspace():
        return None
    return first if _LEADING_TAGS.fullmatch(own, 0, first.start) else None


def _is_reply(post: Post) -> bool:
    first = _opening_mention(post)
    if first is None:
        return False  # no mention first, a hashtag first, or a retweet marker's mention
    own = own_prose(post)
    if _REPLY_CHAIN.match(own, first.end):
        return True
    return not _mention_is_subject(own, _MENTION_RUN.match(own, first.end).end())


def _mention_is_subject(own: str, end: int) -> bool:
    """Whether the words after the leading mentions make them the subject of a statement."""
    words = _NEXT_WORDS.match(own, end)
    if words.group("possessive"):
        return True  # "@ana's new book is out"
    first = (words.group("first") or "").replace("’", "'")
    second = (words.group("second") or "").lower().replace("’", "'")
    lowered = first.lower()
    if lowered in _WORDS["subject-auxiliary"]:
        return second in _WORDS["subject-complement"] or second.endswith(("ing", "ed"))
    return (
        len(first) >= _MIN_VERB_LENGTH
        and first[0].islower()
        and first.isalpha()
        and first.endswith("s")
        and not first.endswith("ss")
        and lowered not in _WORDS["reply-opener"]
    )  # "@acme launches", ".@ana slams"; "@ana Looks great" speaks to @ana


def _references(post: Post) -> References:
    own = own_prose(post)
    inclusive = SpanSet((m.start, m.end) for m in _INCLUSIVE.finditer(own))
    generic = list(_ANYONE.finditer(own))
    anyone = SpanSet((m.start, m.end) for m in generic)
    # A meme opens with its formula ("When u realize that ur project is due..."): every
    # "you" in it is anyone.
    meme = bool(generic) and not own[: generic[0].start].strip(" \t\n.\"'“")
    words = authors_words(post)
    titled = None  # read only for a draft that names its reader
    self_words, reader_words, promoted, titled_reader = [], [], [], []
    reader, possessive = _WORDS["reader"], _WORDS["self-possessive"]
    lowered = list(map(str.lower, map(_TEXT, words)))
    if "’" in own:
        lowered = [word.replace("’", "'") for word in lowered]
    # Only the words for the reader or the author matter: they are sifted out in C.
    for i in compress(range(len(lowered)), map(_READER_OR_SELF.__contains__, lowered)):
        token, word = words[i], lowered[i]
        if word in reader:
            if word == "u" and own[token.end : token.end + 1] == ".":
                continue  # "U.S.", "U.K.": an abbreviation
            if not meme and token.start not in anyone:
                if titled is None:
                    titled = _capitalised_runs(own, words)
                (titled_reader if i in titled else reader_words).append(token)
        elif word in _SELF and token.start not in inclusive:
            self_words.append(token)
            if word in possessive:
                promoted += _promoted_after(words, i)
    return References(tuple(self_words), tuple(reader_words), tuple(promoted), tuple(titled_reader))


def _capitalised_runs(own: str, words: tuple[Token, ...]) -> set[int]:
    """Indexes of words inside a run of at least ``_TITLE_RUN`` capitalised words joined by
    spaces: a title ("You Got Me", "You Need To Rise"), a headline or a shouted quotation
    ("Trump Tweets SEE YOU IN COURT"). Whose "you" that is cannot be told, so it is no
    address to the reader."""
    inside: set[int] = set()
    run: list[int] = []
    for i, token in enumerate(words):
        joined = bool(run) and own[words[run[-1]].end : token.start] in (" ", "")
        if token.text[:1].isupper() and (joined or not run):
            run.append(i)
            continue
        if len(run) >= _TITLE_RUN:
            inside.update(run)
        run = [i] if token.text[:1].isupper() else []
    if len(run) >= _TITLE_RUN:
        inside.update(run)
    return inside


def _promoted_after(words: tuple[Token, ...], i: int) -> list[Token]:
    """The promoted noun after "our"/"my", past up to two describing words: "our new app"."""
    for token in words[i + 1 : i + 1 + _PROMOTED_REACH]:
        word = token.text.lower()
        if word in _WORDS["promoted"]:
            return [token]
        if word not in _WORDS["describing"]:
            break
    return []


def _name_mentions(post: Post, names: tuple[str, ...]) -> list[Token]:
    pattern = compile_phrases(names) if names else None
    if pattern is None:
        return []
    own = own_prose(post)
    return [Token(m.start(), m.end(), m.group()) for m in pattern.finditer(own)]


def _speaks_to_someone(post: Post) -> bool:
    if is_reply(post) or courtesies(post):
        return True
    own = own_prose(post)
    return any(_greeted(own, mention.start) for mention in post.mentions)


def speaks_to_addressee(post: Post) -> bool:
    """Whether the author turns to someone the post speaks to (a reply's account, a greeted
    mention, a name set off by a comma) in the second person: "@JK_Rowling #HarryPotter
    would help these guys... Will YOU?", "@ana your tweet was quoted by @bb". A page title
    names people but never speaks to them, and its "you" serves a reader ("What you need to
    know", ``[serves]``), which stays a title's even after a tag."""
    if not references(post).reader_words or serves_reader(post):
        return False
    return speaks_to_someone(post) or names_addressee(post)


def names_addressee(post: Post) -> bool:
    """Whether the post calls someone by name, set off by a comma: "#Israel, at some
    point...", "No Piers Morgan, he hasn't...", "Nice one, Donald...". Like a reply, it
    talks to that person, and its "you" is them, not the reader. Words that open sentences
    ("Wow,", "Yes,") and words for the readers ("Guys,", "Everyone,") are no names."""
    for match in _VOCATIVE.finditer(own_prose(post)):
        name = match.group("name")
        if name.lower().replace("’", "'") not in _NOT_NAMES:
            return True
    return False


def _greeted(own: str, start: int) -> bool:
    """Whether a greeting ("thanks", "hi", "cc", "congrats to") stands just before a mention."""
    if own[start : start + 1].isspace():
        return False  # the mention is inside a retweet or a quotation
    words = [w.lower().replace("’", "'") for w in _WORD.findall(own[max(0, start - 60) : start])]
    tail = words[-_GREETING_REACH - 2 :]
    greetings = _WORDS["greeting"]
    return any(
        " ".join(tail[i : i + n]) in greetings
        for n in (1, 2, 3)
        for i in range(len(tail) - n + 1)
        if len(tail) - (i + n) < _GREETING_REACH
    )
