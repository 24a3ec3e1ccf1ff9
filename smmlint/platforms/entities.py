"""Links, hashtags, mentions and cashtags with their code-point spans, as the networks see them.

The patterns are twitter-text's (``tests/platforms`` runs them against its ``extract.yml``):
a hashtag needs a letter and a boundary before its ``#``, a mention is ``@`` and up to 20
letters, digits or underscores (with an optional ``/list``), a cashtag is ``$`` and one to
six letters after a space. ``handles`` adds the longer handles other networks use:
``"fediverse"`` reads ``@name@server.social`` as one mention (Mastodon), ``"atproto"`` reads
``@name.bsky.social`` as one (Bluesky), ``"instagram"`` reads ``@first.last`` (up to 30
letters, digits, dots and underscores; Instagram and Threads). Where two entities overlap,
the one that starts first wins, as in twitter-text. Every pattern is linear: possessive or
bounded quantifiers only.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

import regex

from smmlint.platforms.urls import LATIN_ACCENTS, find_urls, is_top_level_domain

EntityKind = Literal["url", "hashtag", "mention", "cashtag"]
HandleStyle = Literal["x", "fediverse", "atproto", "instagram"]

_TAG_SPECIAL = (  # joiners, marks and iteration signs that hashtags keep (twitter-text's list)
    "_\u200c\u200d\ua67e\u05be\u05f3\u05f4\uff5e\u301c\u309b\u309c\u30a0\u30fb\u3003\u0f0b\u0f0c\xb7"
)
_TAG_CHAR = rf"[\p{{L}}\p{{M}}\p{{Nd}}{_TAG_SPECIAL}]"
_HASHTAG = regex.compile(
    rf"(?:(?<=[\ufe0e\ufe0f])|(?<![\p{{L}}\p{{M}}\p{{Nd}}{_TAG_SPECIAL}&]))"
    r"[#＃](?![\ufe0f\u20e3])"  # "#️⃣" is a keycap emoji
    rf"(?=[\p{{Nd}}{_TAG_SPECIAL}]*+[\p{{L}}\p{{M}}]){_TAG_CHAR}++"  # at least one letter
    r"(?![#＃]|://)"
)
_MENTION = regex.compile(
    r"(?:(?<=^|[^a-zA-Z0-9_!#$%&*@＠])|(?<=(?:^|[^a-zA-Z0-9_+~.-])(?:rt|RT|rT|Rt):?))"
    r"[@＠](?>[a-zA-Z0-9_]{1,20}(?:/[a-zA-Z][a-zA-Z0-9_-]{0,24})?)"  # name and optional /list
    rf"(?![@＠{LATIN_ACCENTS}]|://)"  # not an e-mail address, a longer word or a link
)
# Mastodon's MENTION_RE: @name@server, the server a dotted host.
_FEDIVERSE_MENTION = regex.compile(
    r"(?<![=/\w@＠])[@＠][a-zA-Z0-9_]++(?:[.-][a-zA-Z0-9_]++)*+@[\w-]++(?:\.[\w-]++)++"
)
# A Bluesky handle is a domain name: @name.bsky.social, @someone.example.com.
_ATPROTO_MENTION = regex.compile(
    r"(?<![\w@＠])[@＠][a-zA-Z0-9][a-zA-Z0-9-]*+(?:\.[a-zA-Z0-9][a-zA-Z0-9-]*+)++"
)
# Instagram and Threads usernames: up to 30 letters, digits, "_" and ".", not ending in ".".
_INSTAGRAM_MENTION = regex.compile(
    r"(?<![\w@＠.])[@＠](?>[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?)(?![\w@＠])"
)
_SPACES = r"\t-\r \x85\xa0\u1680\u180e\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
_CASHTAG = regex.compile(
    rf"(?<=^|[{_SPACES}])\$[a-zA-Z]{{1,6}}(?:[._][a-zA-Z]{{1,2}})?"
    r"(?=$|\s|[!'#%&()*+,\\\-./:;<=>?@\[\]^_{|}~$])"
)


@dataclass(frozen=True)
class Entity:
    """A URL, hashtag, mention or cashtag at ``start``..``end`` of the text."""

    kind: EntityKind
    start: int
    end: int
    value: str


def extract_entities(text: str, handles: HandleStyle = "x") -> Iterator[Entity]:
    """Yield the entities of ``text`` in order, none overlapping another."""
    yield from _entities(text, handles)


@lru_cache(maxsize=16)  # a post and its network's counter ask for the same text
def _entities(text: str, handles: HandleStyle) -> tuple[Entity, ...]:
    found = sorted(_candidates(text, handles), key=lambda e: (e.start, -e.end))
    kept, reach = [], 0
    for entity in found:
        if entity.start >= reach:
            kept.append(entity)
            reach = entity.end
    return tuple(kept)


def _candidates(text: str, handles: HandleStyle) -> Iterator[Entity]:
    for start, end in find_urls(text):
        yield Entity("url", start, end, text[start:end])
    if "#" in text or "＃" in text:
        yield from _matches("hashtag", _HASHTAG, text)
    if "@" in text or "＠" in text:
        if handles == "instagram":  # every X-style name is an Instagram one too
            yield from _matches("mention", _INSTAGRAM_MENTION, text)
        else:
            yield from _matches("mention", _MENTION, text)
        if handles == "fediverse":
            yield from _matches("mention", _FEDIVERSE_MENTION, text)
        elif handles == "atproto":
            for mention in _matches("mention", _ATPROTO_MENTION, text):
                if is_top_level_domain(mention.value.rsplit(".", 1)[1]):
                    yield mention
    if "$" in text:
        yield from _matches("cashtag", _CASHTAG, text)


def _matches(kind: EntityKind, pattern: regex.Pattern[str], text: str) -> Iterator[Entity]:
    for match in pattern.finditer(text):
        yield Entity(kind, match.start(), match.end(), match.group())
