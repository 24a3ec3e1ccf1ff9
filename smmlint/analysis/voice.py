"""The writer's voice around capitals and piled marks: delight, displeasure, grief, a push,
news to an audience, readers hailed, feeling said in conversation.

Read once a post (or once a sentence) for `all-caps` and `punctuation-pileup`, which tell
from it whether capitals or a pile of marks raise the voice at the reader or carry the
writer's own feeling. The word lists are `shouted.txt`'s.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Sequence

from smmlint.analysis.acts import answers_someone, courtesies, is_reaction, orders, stance
from smmlint.analysis.address import is_reply
from smmlint.analysis.borrowed import authors_words
from smmlint.analysis.calls import asks_for_action
from smmlint.analysis.lexicon import word_list
from smmlint.analysis.selling import pitches
from smmlint.analysis.tone import word_valence
from smmlint.read.post import Post, Token

_SHOUTED_WORDS = word_list("shouted.txt")
# Hype words that shout even alone ("LIVE", "WOW", "FREE"), and news labels ("BREAKING:").
HYPE_WORDS = _SHOUTED_WORDS["hype"]
NEWS_LABELS = _SHOUTED_WORDS["news label"]
# Pleasant words that promise a gain ("FREE", "win"): selling, not delight.
GAIN = _SHOUTED_WORDS["gain"]
TITLE_CUES = frozenset(cue.lower() for cue in _SHOUTED_WORDS["title cue"])
# A person's role just before capitals makes them a name: "child actor HWANG MINOO".
NAME_CUES = _SHOUTED_WORDS["name cue"]
# Hype that grades the writer's own experience ("a HUGE influence on me"): stress there.
INTENSIFIERS = _SHOUTED_WORDS["intensifier"]
# Days and months: beside a number, a date set as a heading ("FRIDAY 11 MAY, 5.30pm:").
DATES = _SHOUTED_WORDS["date"]
# The function words a name or a title may hold ("DAUGHTERS OF THE AIR"): any other one (a
# pronoun, an auxiliary, "so", "only") makes a run of capitals a sentence or a stress.
NAME_JOINERS = _SHOUTED_WORDS["name joiner"]
# Words that announce news to an audience ("Big news today!!!", "Launch day!!!").
ANNOUNCING = _SHOUTED_WORDS["announcement"]
# Words that hail the readers ("EVERYONE MUST SEE THIS!!!", "LADIES!!!").
AUDIENCE = _SHOUTED_WORDS["audience"]
# Hype that presses for time ("reply NOW", "SAVE TODAY:"): never a keyword or a label.
HASTE_WORDS = frozenset({"NOW", "ASAP", "HURRY", "INSTANT", "URGENT", "TODAY"})
# The author speaking for a group: a brand's or a team's voice ("We did it!!!!").
_WE = frozenset({"we", "we're", "we've", "we'll", "our", "ours"})

# Question marks: a sentence or a pile that holds one asks.
ASKING = "?？❓❔⁉⁈"
# VADER rates words from -4 to +4; from +1.5 up a word voices clear delight ("good" 1.9,
# "love" 3.2), as from -1.5 down one voices clear displeasure (the tone analysis' drivers).
DELIGHT_VALENCE = 1.5
# Delight is said in a few words ("Love this song!!!", "hes an awesome rapper!!!"); a long
# sentence closed by a pile is a plea or a rant, whatever pleasant word it holds.
DELIGHT_MAX_WORDS = 12
# "Hey everyone!", "Happy Friday!": a greeting or a wish may be said to a whole audience.
_BROADCAST_COURTESIES = frozenset({"greeting", "wish"})
# A courtesy note is short ("Congratulations on your triumph!!!"); thanks at the end of a
# long plug ("...you won't regret!!! Thank u all") do not make the plug a conversation.
COURTESY_MAX_WORDS = 12


def fold(word: str) -> str:
    """A word as the lists hold it: lower case, a straight apostrophe."""
    return word.lower().replace("’", "'")


def sentence_words(post: Post, at: int) -> Sequence[Token]:
    """The author's words in the sentence that holds ``at`` (binary searches, so that a post
    of 6,000 piles stays linear)."""
    sentence = post.sentence_at(at)
    if sentence is None:
        return ()
    words, word_starts = post.memo("voice word starts", _word_starts)
    return words[bisect_left(word_starts, sentence.start) : bisect_left(word_starts, sentence.end)]


def _word_starts(post: Post) -> tuple[Sequence[Token], list[int]]:
    """The author's words and where each starts."""
    words = authors_words(post)
    return words, [w.start for w in words]


def valences(words: Iterable[Token]) -> list[float]:
    """VADER's ratings of the words it rates, leaving out words that promise a gain."""
    return [v for w in words if w.text.lower() not in GAIN and (v := word_valence(w.text))]


def displeased(rated: Sequence[float]) -> bool:
    """Whether any rating voices clear displeasure (-1.5 or less)."""
    return any(v <= -DELIGHT_VALENCE for v in rated)


def pleased(rated: Sequence[float]) -> bool:
    """Whether ratings voice delight: one +1.5 or more and none -1.5 or less."""
    return any(v >= DELIGHT_VALENCE for v in rated) and not displeased(rated)


def scolding(rated: Sequence[float]) -> bool:
    """Whether ratings voice displeasure unmixed: one -1.5 or less and none +1.5 or more (a
    swear word beside delight intensifies it: "awesome as fuck!!!")."""
    return displeased(rated) and not any(v >= DELIGHT_VALENCE for v in rated)


def pushes(post: Post) -> bool:
    """Whether the post gives orders, asks for an action or sells: a plug, whose delight is
    its hook ("Love this!!! Subscribe to my channel")."""
    return bool(orders(post) or pitches(post)) or asks_for_action(post)


def voices_delight(post: Post, at: int) -> bool:
    """Whether the sentence holding ``at`` voices delight: praise, love or a cheer, in a few
    words, in a post that neither sells nor gives orders.

    Delight is a word VADER rates at +1.5 or more in the sentence and none at -1.5 or less
    (anger: "WTF is wrong with people!!!"), not counting words that promise a gain ("FREE").
    """
    words = sentence_words(post, at)
    if len(words) > DELIGHT_MAX_WORDS or pushes(post):
        return False
    return pleased(valences(words))


def mourns(post: Post) -> bool:
    """Whether the post mourns someone ("Le guin died????", "NOOOOO!!!" at news of a death):
    grief, whose marks and capitals are the cry, not a raised voice; a plug that mourns
    still pushes."""
    return "tribute" in stance(post) and not pushes(post)


def hails(post: Post, at: int) -> bool:
    """Whether the sentence holding ``at`` hails the readers ("EVERYONE MUST SEE THIS!!!",
    "LADIES!!!"); "@ana's followers are the best" speaks of them, in another sentence."""
    return any(fold(w.text) in AUDIENCE for w in sentence_words(post, at))


def conversational(post: Post) -> bool:
    """Whether the post speaks in conversation: a reply, an answer, a courtesy to someone or
    a short reaction, asking nothing of the reader (memoised)."""
    return post.memo("voice audience", _audience)[0]


def announces(post: Post) -> bool:
    """Whether the post announces something to an audience: a word of news or launch
    (`shouted.txt`: "news", "launch", "sale"), or the author's "we" outside a conversation
    ("We did it!!!!"). A brand's pile over its own news is the noise a manager cuts; a fan's
    cheer or joke ("2 BILLION!!!", "illuminati confirmed!!!") is neither (memoised)."""
    return post.memo("voice audience", _audience)[1]


def _audience(post: Post) -> tuple[bool, bool]:
    """Whether the post speaks in conversation, and whether it announces to an audience."""
    talk = _speaks_in_conversation(post)
    words = {fold(w.text) for w in authors_words(post)}
    return talk, bool(words & ANNOUNCING) or (not talk and bool(words & _WE))


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
