"""Hostility aimed at people: insults, contempt and sarcasm in the author's own words.

A sad or serious subject is not hostility ("travel ban", "cancer", "an outage, sorry"), so
nothing here reads the topic: only words that attack a person, where the author aims them
at one. Three kinds, each read in one sentence of ``own_prose`` (a retweet or a quotation is
someone else's words):

- ``insult``: a noun that only names a person with contempt ("idiot", "liar"), an attack
  word aimed at someone ("you are pathetic", "@brand is a disgrace", "stupid people"), or an
  accusation of bigotry said of someone as a noun ("Maher is a massive Islamophobe");
- ``contempt``: a phrase of contempt at someone ("hate you", "go to hell"), or blame that
  only ever aims at an agent, whoever it names ("shame on these medics", "how dare they");
- ``sarcasm``: thanks or praise for a harm done to the author ("thanks @airline for losing
  my bag").

VADER gives each driving word its valence for the message. Phrases are data
(``smmlint/data/hostility.txt``); the grammar of aiming them is here.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from functools import cache
from typing import Any, NamedTuple

import regex

from smmlint.analysis.borrowed import own_prose
from smmlint.analysis.lexicon import phrase_automaton
from smmlint.analysis.tone import word_valence
from smmlint.analysis.wordlists import word_sets
from smmlint.read.memo import by_content
from smmlint.read.post import Post, Token

_SETS = word_sets("hostility.txt")


def _alternation(*sections: str) -> str:
    """One regex alternative per listed phrase, longest first, spaces and apostrophes loose."""
    phrases = sorted({p for s in sections for p in _SETS[s]}, key=len, reverse=True)
    escaped = (regex.escape(p).replace(r"\ ", r"\s+").replace("'", "['’]") for p in phrases)
    return "(?:" + "|".join(escaped) + ")"


# Who an attack can be aimed at: the reader or an account, and third persons.
_READER = r"(?:you|u|ya|y['’]all|yall|you\s+guys|you\s+people|you\s+lot|you\s+all)"
_YOU = rf"(?:{_READER}|@\w+)"
_TARGET = rf"(?:{_YOU}|him|her|people\s+like\s+(?:you|that))"
_BE = r"(?:\s+(?:are|['’]re|r|were|was|is|['’]s|look|looks|sound|sounds|seem|seems|act|acts))?"
_FILLER = rf"(?:\s+{_alternation('intensifier')}){{0,3}}"
# An attack noun ends its phrase: "you are a joke!", not "a joke book" or "fraud prevention".
_NOUN_END = r"(?=\s*+(?:[.!?,;:)…]|$|and\b|to\b|of\b|lol\b|@|#))"
_ATTACK = rf"(?:{_alternation('attack', 'person insult')}|{_alternation('attack noun')}{_NOUN_END})"
_PEOPLE = r"(?:people|person|man|woman|men|women|guys|folks|fans|idiots|morons|@\w+|you)"
_B, _E = r"(?<![\w@'’-])", r"(?![\w'’-])"

# "you are such a joke", "@brand is a disgrace", "they are pathetic"
# (an account needs the verb: "@ann stupid idea" is about the idea)
_PREDICATE = regex.compile(
    rf"{_B}(?:(?P<target>{_READER}|he|she){_BE}|(?P<target>@\w+){_BE.rstrip('?')}){_FILLER}"
    rf"\s+(?P<word>{_ATTACK}){_E}"
)
# "Maher is a massive Islamophobe", "they are such racists": whoever the subject is but the
# author, an accusation of bigotry said of them as a noun
_ACCUSATION = regex.compile(
    rf"{_B}(?P<target>[@\w]+)\s+(?:is|are|was|were|['’]s|['’]re)(?P<filler>{_FILLER})"
    rf"\s+(?P<word>{_alternation('accusation')}){_NOUN_END}"
)
# A noun, not an adjective: "a racist", "racists" (not "the song is racist").
_ARTICLE = regex.compile(r"\ban?\b")
_AUTHOR_SUBJECTS = frozenset({"i", "we", "me", "us"})
# "pathetic people", "useless @brand"
_ATTRIBUTE = regex.compile(rf"{_B}(?P<word>{_alternation('attack')})\s+(?P<target>{_PEOPLE}){_E}")
_PERSON_INSULT = regex.compile(rf"{_B}(?P<word>{_alternation('person insult')}){_E}")
_CONTEMPT = regex.compile(
    # (not the intensifier "where the fuck you are")
    rf"{_B}(?<!the\s)(?P<word>{_alternation('contempt')})\s+(?P<target>{_TARGET}){_E}"
    rf"|{_B}(?P<word>{_alternation('standalone contempt')}){_E}"
)
# Words that end a noun phrase: "shame on the council for", not "the council for".
_LINK_WORD = r"(?:for|to|and|of|who|that|in|on|at|with|from|is|are|was|were)\b"
# "shame on these medics", "how dare the council": anyone but the author (``self``)
_BLAME = regex.compile(
    rf"{_B}(?<!the\s)(?<!a\s)(?P<word>{_alternation('blame')})\s+(?!{_alternation('self')}{_E})"
    rf"(?P<target>(?:(?:the|those|these|all|this|that|our|your)\s+(?:\w+\s+(?!{_LINK_WORD}))?)?"
    rf"[@#]?\w+){_E}"
)
_HOW = r"(?:just|always|completely|totally|literally|constantly|once\s+again|again|really|kindly)"
# "thanks @airline for losing my bag", "great job guys for cancelling"
_SARCASM = regex.compile(
    rf"{_B}(?P<praise>{_alternation('praise')}){_E}[,!.]?(?:\s+(?:so\s+much|a\s+lot|again|guys|all))?"
    rf"(?:\s+(?P<target>{_YOU}))?\s+for\s+(?:{_HOW}\s+)?(?P<word>{_alternation('harm')}){_E}"
)
# Negation or the author's own self just before an insult: "no idiot", "I'm such an idiot".
_NEGATED = regex.compile(r"(?:\bnot|n['’]t|\bno|\bnever|\bnor)\s+(?:\w+\s+){0,2}$")
_SELF = regex.compile(rf"{_B}{_alternation('self')}{_E}(?:{_BE}|\s+\w+){{0,2}}{_FILLER}\s+$")
# Characters before an attack word where a negation or the author's self is looked for.
LOOK_BACK = 48
_REPLY = regex.compile(r"\s*+(?:\.?@\w+\s*+)+")
_ADDRESSEE = regex.compile(rf"{_B}{_YOU}{_E}")


@dataclass(frozen=True)
class Attack:
    """Words aimed at someone with contempt: ``kind`` is insult, contempt or sarcasm."""

    kind: str
    start: int
    end: int
    words: tuple[Token, ...]
    target: str

    def valence(self) -> float | None:
        """VADER's valence of the driving words (the most negative), if VADER rates them."""
        rated = [v for w in self.words for part in w.text.split() if (v := word_valence(part))]
        return min(rated) if rated else None


# Whom an attack is aimed at while matching: a span of the post, or a description.
Target = tuple[int, int] | str


class _Found(NamedTuple):
    kind: str
    start: int
    end: int
    words: tuple[Token, ...]
    target: Target


def attacks(post: Post) -> tuple[Attack, ...]:
    """Every insult, contempt or sarcasm aimed at someone in the author's own words (memoised)."""
    return post.memo("attacks", _find_attacks)


def _find_attacks(post: Post) -> tuple[Attack, ...]:
    own = own_prose(post).lower()
    needed = _attack_word_ends(own)
    if not needed:
        return ()
    found: list[_Found] = []
    is_reply = bool(_REPLY.match(post.text))
    for sentence in post.sentences:
        at = bisect_left(needed, sentence.start)
        if at < len(needed) and needed[at] < sentence.end:  # it holds a word attacks need
            found += _attacks_in(own, sentence.start, sentence.end, is_reply)
    found.sort(key=lambda f: f.start)
    kept: list[Attack] = []
    for kind, start, end, words, target in found:
        if kept and start < kept[-1].end:
            continue  # one finding for words two patterns both matched
        # matched in lower case; named as the author wrote them
        written = tuple(w._replace(text=post.text[w.start : w.end]) for w in words)
        kept.append(Attack(kind, start, end, written, _target(post, target)))
    return tuple(kept)


def _attack_word_ends(own: str) -> list[int]:
    """Where in ``own`` the words attacks need end, in order: every pattern matches one phrase
    of ``_WORD_SECTIONS``, so it holds that phrase's longest stretch without a space or an
    apostrophe verbatim. One scan of the draft spares five patterns per sentence in the
    sentences that hold none (in three drafts of four, all of them)."""
    return [last for last, _ in _attack_words().iter(own)]


# Each pattern needs a phrase of one of these sections (``_SARCASM`` the harm done).
_WORD_SECTIONS = (
    "attack",
    "person insult",
    "attack noun",
    "accusation",
    "blame",
    "contempt",
    "standalone contempt",
    "harm",
)


@cache
def _attack_words() -> Any:
    """An Aho-Corasick automaton of the longest literal stretch of each needed phrase."""
    phrases = {p for section in _WORD_SECTIONS for p in _SETS[section]}
    return phrase_automaton((max(regex.split(r"[\s'’]", p), key=len), None) for p in phrases)


# The patterns look back at most this many characters before a sentence ("the " in
# ``(?<!the\s)``); the memo's key holds them with the sentence.
_LOOK_BEHIND = 4


def _attacks_in(own: str, start: int, end: int, is_reply: bool) -> list[_Found]:
    """The attacks in ``own[start:end]`` (one sentence), read from the memo by the sentence's
    text and the few characters before it: a relint reads again only the sentence edited."""
    before = max(0, start - _LOOK_BEHIND)
    read = _remembered_attacks(own[before:end], start - before, is_reply)
    if not before:
        return list(read)
    return [_shifted(found, before) for found in read]


@by_content()
def _remembered_attacks(own: str, start: int, is_reply: bool) -> tuple[_Found, ...]:
    return tuple(_sentence_attacks(own, start, len(own), is_reply))


def _shifted(found: _Found, by: int) -> _Found:
    target = found.target
    if not isinstance(target, str):
        target = (target[0] + by, target[1] + by)
    words = tuple(Token(w.start + by, w.end + by, w.text) for w in found.words)
    return _Found(found.kind, found.start + by, found.end + by, words, target)


def _sentence_attacks(own: str, start: int, end: int, is_reply: bool) -> list[_Found]:
    found = []
    for m in _SARCASM.finditer(own, start, end):
        target = _span(m, "target") or _addressee(own, start, end, is_reply)
        if target:
            found.append(_attack("sarcasm", m, own, ("praise", "word"), target))
    for m in _BLAME.finditer(own, start, end):
        found.append(_attack("contempt", m, own, ("word",), _span(m, "target")))
    for m in _CONTEMPT.finditer(own, start, end):
        if not _NEGATED.search(own, _reach(start, m.start()), m.start()):
            found.append(_attack("contempt", m, own, ("word",), _span(m, "target")))
    for m in _ACCUSATION.finditer(own, start, end):
        before = own[_reach(start, m.start("word")) : m.start("word")]
        noun = m.group("word").endswith("s") or _ARTICLE.search(m.group("filler"))
        if noun and m.group("target") not in _AUTHOR_SUBJECTS and not _NEGATED.search(before):
            found.append(_attack("insult", m, own, ("word",), _span(m, "target")))
    for pattern in (_PREDICATE, _ATTRIBUTE):
        for m in pattern.finditer(own, start, end):
            if not _NEGATED.search(own, _reach(start, m.start("word")), m.start("word")):
                found.append(_attack("insult", m, own, ("word",), _span(m, "target")))
    for m in _PERSON_INSULT.finditer(own, start, end):
        before = own[_reach(start, m.start()) : m.start()]
        if not _NEGATED.search(before) and not _SELF.search(before):
            # a reply may call a third party names: the target is not guessed
            found.append(_attack("insult", m, own, ("word",), None))
    return found


def _reach(start: int, at: int) -> int:
    """Where the look back from ``at`` for a negation or the author's self begins.

    Both stand a few words before the insult ("not such an", "I felt like an"); a bounded
    look back keeps a sentence of 10,000 insults linear.
    """
    return max(start, at - LOOK_BACK)


def _addressee(own: str, start: int, end: int, is_reply: bool) -> Target | None:
    """The account or reader a sentence speaks to, if any: its span, or a description."""
    m = _ADDRESSEE.search(own, start, end)
    if m:
        return m.span()
    return "the account replied to" if is_reply else None


def _target(post: Post, target: Target) -> str:
    """Whom an attack is aimed at, as written: "@Airline", "you", "someone"."""
    if isinstance(target, str):
        return target
    return " ".join(post.text[target[0] : target[1]].split())


def _span(m: regex.Match[str], group: str) -> tuple[int, int] | None:
    return m.span(group) if m.group(group) else None


def _attack(
    kind: str, m: regex.Match[str], own: str, groups: tuple[str, ...], target: Target | None
) -> _Found:
    words = tuple(Token(m.start(g), m.end(g), own[m.start(g) : m.end(g)]) for g in groups)
    return _Found(kind, m.start(), m.end(), words, target or "someone")
