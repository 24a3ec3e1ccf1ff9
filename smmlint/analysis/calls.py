"""Calls to action in the author's own words: buy, sign up, subscribe, follow, share, like...

Phrases are data (``smmlint/data/cta.txt``, one section per action); a phrase counts only
where it is an imperative, at the start of a sentence, line or clause or after a lead-in
("please share", "and follow us", "don't forget to subscribe"). ``multiple-ctas`` counts the
different actions; the shouting rules read a call as the sign of a plug, whose capitals and
marks are pressure rather than delight.
"""

from __future__ import annotations

from typing import NamedTuple

import regex

from smmlint.analysis.borrowed import own_prose
from smmlint.analysis.lexicon import Lexicon
from smmlint.analysis.spans import SpanSet
from smmlint.read.post import Post

CTAS = Lexicon.from_data("cta.txt")
BARE_VERBS = Lexicon.from_data("cta_verbs.txt")
NETWORKS = Lexicon.from_data("networks.txt")
# Sections of cta.txt that never count: where to click is the route to another action, and
# the shadow list holds idioms, instructions and reply invitations.
ROUTE, NOT_A_CTA, READ, CODE = "link", "not a call to action", "read", "code"
# An imperative has no subject before its verb: a call to action starts a sentence, a line
# or a clause, or follows one of these words ("please share", "and follow us"); "&" joins
# calls as "and" does ("Tweet & Follow me").
_CLAUSE_START = set('.!?:;,—–-•|\n("“&')
_LEAD_WORDS = frozenset({"please", "pls", "plz", "and", "or", "then", "so", "just", "also", "now"})
_LEAD_PAIRS = frozenset({"forget to", "sure to", "remember to", "free to", "you can", "why not"})
# "All you have to do is just download the app": after a copula, "just"/"simply" describes
# the steps of one procedure; it does not open an order.
_DESCRIBING = frozenset({"is", "was", "are", "be"})
_HEDGES = frozenset({"just", "simply"})
# How far back the lead-in is read; anything longer is a clause start of its own.
_LOOKBACK = 40
# Spaces, emoji and arrows between the lead-in and the call ("Done? 👉 Subscribe").
_DECORATION = regex.compile(
    r"[^\S\n]|[\p{Extended_Pictographic}\p{Emoji_Modifier}\uFE0F\u200D→⇒➡▶>*]"
)
_LEAD_IN = regex.compile(r"(?:([\w'’]++)\s++)?([\w'’]++)$")
# A reply's opening mentions name the reader: what follows them opens a clause ("@ana please
# retweet"), as it would after a comma.
_VOCATIVE = regex.compile(r"(?:^|\n)[^\S\n]*+(?:@\w++[^\S\n,:]*+[,:]?[^\S\n]*+)++$")
# A bare verb joined to a call ("follow and message me", "subscribe and share", "SUBSCRIBE &
# Share"): the joint between them; after a call, the verb ends its clause (it has no object).
_JOINT = r"(?:[^\S\n]*+[,&+/][^\S\n]*+|[^\S\n]++and[^\S\n]++)"
_JOINT_AFTER = regex.compile(_JOINT, regex.IGNORECASE)
_JOINT_BEFORE = regex.compile(_JOINT + "$", regex.IGNORECASE)
_JOINT_REACH = 8
_CLAUSE_END = regex.compile(
    r"[^\S\n]*+(?:[^\w\s'’]|\n|$|(?:and|or|please|pls|plz|thanks|thank|thx|because|if|so|too)\b)",
    regex.IGNORECASE,
)
# "follow us on Instagram": the preposition that sends a call to another network.
_TOWARD = regex.compile(r"[^\S\n]++(?:on|in|at|via)[^\S\n]++", regex.IGNORECASE)


class Call(NamedTuple):
    """A call to action: its ``cta.txt`` section, its span in the author's prose, and the
    network it sends the reader to, as written ("follow us on Instagram"), or ``""``."""

    action: str
    start: int
    end: int
    network: str = ""

    @property
    def elsewhere(self) -> bool:
        """Whether the call sends the reader to another network."""
        return bool(self.network)


def calls(post: Post) -> tuple[Call, ...]:
    """Every listed call in the author's own prose that is an imperative, routes ("link in
    bio") and shadow phrases included, in text order (memoised)."""
    return post.memo("calls", _find_calls)


def asks_for_action(post: Post) -> bool:
    """Whether the post asks the reader to do something: a plug ("subscribe", "share this")."""
    return any(call.action not in (ROUTE, NOT_A_CTA) for call in calls(post))


def _find_calls(post: Post) -> tuple[Call, ...]:
    prose = own_prose(post)
    matches = list(CTAS.finditer(prose))
    found = []
    networks = None
    for m in matches:
        if is_imperative(prose, m.start):
            if networks is None:
                networks = {n.start: n.end for n in NETWORKS.finditer(prose)}
            found.append(Call(m.category, m.start, m.end, _sends_to(prose, m.end, networks)))
    if found:
        found = _with_joined_verbs(prose, found, SpanSet((m.start, m.end) for m in matches))
    return tuple(found)


def _with_joined_verbs(prose: str, found: list[Call], listed: SpanSet) -> list[Call]:
    """The calls plus the bare verbs joined to one of them, whose object they share: "follow
    and message me", "please subscribe and share!" each ask for two things."""
    verbs = [verb for verb in BARE_VERBS.finditer(prose) if verb.start not in listed]
    if not verbs:
        return found
    starts, ends = {call.start for call in found}, {call.end for call in found}
    joined = []
    for verb in reversed(verbs):  # from the last, so "like, share and follow us" chains
        joint = _JOINT_AFTER.match(prose, verb.end)
        if joint is not None and joint.end() in starts and is_imperative(prose, verb.start):
            joined.append(Call(verb.category, verb.start, verb.end))
            starts.add(verb.start)
    for verb in verbs:
        if verb.start in starts or not _CLAUSE_END.match(prose, verb.end):
            continue  # joined already, or a verb with an object of its own ("share pics")
        joint = _JOINT_BEFORE.search(prose, max(0, verb.start - _JOINT_REACH), verb.start)
        if joint is not None and joint.start() in ends:
            joined.append(Call(verb.category, verb.start, verb.end))
            ends.add(verb.end)
    return sorted([*found, *joined], key=lambda call: call.start) if joined else found


def is_imperative(text: str, start: int) -> bool:
    """Whether the phrase at `start` opens a clause or follows a lead-in like "please"."""
    lead = text[max(0, start - _LOOKBACK) : start]
    end = len(lead)
    while end and _DECORATION.match(lead, end - 1):
        end -= 1
    if not end or lead[end - 1] in _CLAUSE_START or _VOCATIVE.search(lead, 0, end):
        return True
    if _runs_on(text, start, lead[end - 1]):
        return True
    words = _LEAD_IN.search(lead, 0, end)
    if words is None:
        return False
    last, before = words.group(2).lower(), (words.group(1) or "").lower()
    if before in _DESCRIBING and last in _HEDGES:
        return False  # "all you have to do is just sign up": a step described, not asked
    return last in _LEAD_WORDS or f"{before} {last}" in _LEAD_PAIRS


def _sends_to(text: str, end: int, networks: dict[int, int]) -> str:
    """The network the call ending at `end` names ("follow us on Instagram"), or ``""``."""
    toward = _TOWARD.match(text, end, end + 12)
    if toward is None or toward.end() not in networks:
        return ""
    return text[toward.end() : networks[toward.end()]]


def _runs_on(text: str, start: int, before: str) -> bool:
    """Whether a capitalised call follows a lower-case word or a number with no stop between
    ("…watch?v=x1 Like this comment"): a new sentence whose full stop was left out. Shouted
    or title-cased text ("Click Here To Follow Us") tells nothing, and neither does "I"."""
    first, second = text[start], text[start + 1 : start + 2]
    return first.isupper() and second.islower() and (before.islower() or before.isdigit())
