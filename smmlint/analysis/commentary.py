"""What the author says about what they share: their own words beside a link, a retweet,
a quotation or a pasted headline, without pointers ("check this out") and credits.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from smmlint.analysis.address import speaks_to_addressee
from smmlint.analysis.borrowed import (
    NAME_WORD,
    authors_words,
    borrowed,
    line_attributions,
    own_prose,
    retweet_marker,
)
from smmlint.analysis.spans import SpanSet, blank
from smmlint.analysis.title_case import TITLE_CASE_MIN_WORDS, is_title_case
from smmlint.analysis.wordlists import section_lexicon, word_sets
from smmlint.read.post import Post, Token

_POINTERS = section_lexicon("sharing.txt", "pointer")
_VOICE = word_sets("address.txt")
# "via @x", "h/t @y", "(by @z)": a credit names where the share came from.
_CREDIT = regex.compile(
    r"(?<![\w/])(?:via|h/t|ht|hat[ -]tip|by|from|cc)\s*+:?\s*+[@＠]\w{1,15}+", regex.IGNORECASE
)
# "Title | Site", "Title - The Site Name" at the end: how share buttons compose a post.
_SITE_SUFFIX = regex.compile(
    r"\s(?:\||-|–|—|::|»)\s++\p{Lu}[\p{L}\p{N}.&'’-]*+(?:[ \t]++[\p{L}\p{N}.&'’-]++){0,4}+\s*+$"
)
# A name written as names are ("Ursula", "K."), not a shouted phrase ("THANK U SO MUCH").
_CASED_NAME = r"\p{Lu}(?:\.|\p{Ll}[\p{L}'’-]*+)"
# "— Maya Angelou", "- Steve Jobs", "~Rumi", "(Seneca)" right after a quotation ('"No Time
# to Spare" by Ursula Le Guin' credits a title, not a quotation).
_ATTRIBUTION_AFTER = regex.compile(
    r"[ \t]{0,3}+[,.]?[ \t]{0,3}+(?:(?:[—–~―-]|\()[ \t]{0,3}+"
    rf"{NAME_WORD}(?:[ \t]++{NAME_WORD}){{0,4}}+\)?"
    # or a full name alone closing the line: '"...put at risk." Ursula Le Guin.'
    rf"|{_CASED_NAME}(?:[ \t]++{_CASED_NAME}){{1,4}}+\.?+(?=[ \t]*+(?:[#＃@＠][\w.]++[ \t]*+)*+$))"
)
# "Maya Angelou once said:" right before a quotation.
_ATTRIBUTION_BEFORE = regex.compile(
    rf"{NAME_WORD}(?:[ \t]++{NAME_WORD}){{0,4}}+[ \t]++(?:once[ \t]++)?"
    r"(?:said|says|wrote|put it)\s*+[:,]?\s*+$"
)
_ATTRIBUTION_REACH = 80  # characters before a quotation searched for "X said:"
_REACTION = section_lexicon("sharing.txt", "reaction")
_RUN_OF_ONE_LETTER = regex.compile(r"(\p{L})\1+")  # "FUUUCK", "noooo", "goddammit"


def _once(word: str) -> str:
    """A word with each run of one letter read once: "FUUUCK" and "fuck" are one cry."""
    return _RUN_OF_ONE_LETTER.sub(r"\1", word.lower())


_CRIES = frozenset(_once(word) for word in word_sets("sharing.txt")["cry"])

# A headline's opening in sentence or lower case: a wh-word (not "what a..."), a number
# ("10 ways to..."), "how to", after an optional "Source:" or "OPINION:" label.
_HEADLINE_OPENING = regex.compile(
    r"(?:[\p{L}][\p{L} .'’-]{1,30}+:[ \t]++)?+"
    r"(?:(?i:how|why|what|when|where|who|which)(?![\w'’])(?![ \t]++(?i:a|an)(?!\w))"
    r"|\d{1,3}+[ \t]++\p{L})"
)
_HEADLINE_MIN_WORDS = 5


@dataclass(frozen=True)
class Commentary:
    """The author's own words about what the post shares, and what kind of share it is."""

    words: tuple[Token, ...]
    share: str | None  # "retweet", "headline" or None
    quoted_words: int  # words inside quotations
    attributed: bool  # a quotation names its author ("— Maya Angelou", "Seneca said:")
    said: tuple[Token, ...]  # the author's words as written, pointers kept, credits left out
    cry: bool  # they are a cry and nothing else ("Fuck", "Oh, no"; not "Oh, this this this")


def commentary(post: Post) -> Commentary:
    """The author's commentary and the kind of share (memoised)."""
    return post.memo("commentary", _commentary)


def _commentary(post: Post) -> Commentary:
    own = own_prose(post)
    credits = _credits(own)
    attributions = _attributions(post, own)
    named = SpanSet(credits + attributions)
    pointers = SpanSet([(m.start, m.end) for m in _POINTERS.finditer(own)])
    share = _share_kind(post, own, credits)
    said = authors_words(post)
    if named:
        said = tuple(w for w in said if w.start not in named)
    words = tuple(w for w in said if w.start not in pointers) if pointers else said
    if share == "headline":
        words = ()  # the words beside the link are the page's title, not the author's
    quotes = SpanSet((b.start, b.end) for b in borrowed(post) if b.kind == "quote")
    names = SpanSet(line_attributions(post.prose)) if quotes else SpanSet(())
    quoted = (
        sum(1 for w in post.own_words if w.start in quotes and w.start not in names)
        if quotes
        else 0
    )
    attributed = bool(quotes) and bool(names or attributions)
    return Commentary(words, share, quoted, attributed, said, _is_cry(said))


def _is_cry(words: tuple[Token, ...]) -> bool:
    """Whether every word is an interjection or an oath (``sharing.txt``, ``[cry]``)."""
    return bool(words) and all(_once(w.text) in _CRIES for w in words)


def _share_kind(post: Post, own: str, credits: list[tuple[int, int]]) -> str | None:
    if retweet_marker(post):
        return "retweet"
    if post.urls and _is_pasted_headline(post, own, credits):
        return "headline"
    return None


def _is_pasted_headline(post: Post, own: str, credits: list[tuple[int, int]]) -> bool:
    """Whether the words beside the link are a page title, as a share button pastes it
    (``credits``: the spans of ``_credits(own)``)."""
    tags = [(e.start, e.end) for e in post.entities if e.kind != "url"]
    text = blank(own, credits + tags)
    title = " ".join(text.split())
    if not title or "\n" in text.strip():
        return False
    words = regex.findall(r"[\p{L}\p{N}'’]++", title)
    if _SITE_SUFFIX.search(title) and len(words) >= TITLE_CASE_MIN_WORDS:
        return True
    if is_title_case(words):
        return not _has_voice(post, title, words)
    # In sentence or lower case a title needs a credit ("... via @site") or a headline's
    # shape ("how remote teams stay in sync", "OPINION: Why...", "10 ways to..."), and no
    # word of someone reacting to it ("Here are two brilliant pieces on...").
    shaped = bool(credits) or (
        len(words) >= _HEADLINE_MIN_WORDS
        and _HEADLINE_OPENING.match(title) is not None
        and not title.endswith((".", "?", "…"))
    )
    return shaped and not _has_voice(post, title, words) and not _reacts(title)


def _reacts(title: str) -> bool:
    """Pointing or judging words ("here", "this thread", "brilliant"): someone reacting."""
    return next(_REACTION.finditer(title), None) is not None


def _has_voice(post: Post, title: str, words: list[str]) -> bool:
    """First person, "!", an emoji, or "you" said to someone the post speaks to: someone
    speaking, not a page title ("you" alone is common in titles: "What You Need to Know",
    "Should you sign a prenup?")."""
    personal = _VOICE["singular"] | _VOICE["possessive"] | _VOICE["plural"]
    if any(w.lower().replace("’", "'") in personal for w in words) or "!" in title:
        return True
    if regex.search(r"\p{Extended_Pictographic}", title):
        return True
    return speaks_to_addressee(post)


def _credits(own: str) -> list[tuple[int, int]]:
    """The spans of "via @x", "h/t @y"... (each names an account: no "@", no credit)."""
    if "@" not in own and "＠" not in own:
        return []
    return [m.span() for m in _CREDIT.finditer(own)]


def _attributions(post: Post, own: str) -> list[tuple[int, int]]:
    """Spans naming the author of a quotation: "— Maya Angelou", "Seneca once said:"."""
    spans = []
    for quote in borrowed(post):
        if quote.kind != "quote":
            continue
        after = _ATTRIBUTION_AFTER.match(own, quote.end)
        if after:
            spans.append(after.span())
        window_start = max(0, quote.start - _ATTRIBUTION_REACH)
        before = _ATTRIBUTION_BEFORE.search(own, window_start, quote.start)
        if before:
            spans.append(before.span())
    return spans
