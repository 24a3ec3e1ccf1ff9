"""Extraction of URLs, hashtags, mentions and cashtags with their code-point spans."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

import regex

EntityKind = Literal["url", "hashtag", "mention", "cashtag"]

_URL = regex.compile(
    r"(?<![\w@.])(?:https?://[^\s<>\"]++|www\.[^\s<>\"]++"
    r"|[\p{L}\p{N}-]++(?:\.[\p{L}\p{N}-]++)*+\.(?:com|org|net|io|co|app|dev|ly|me|social)\b"
    r"(?:/[^\s<>\"]*+)?)"
)
_URL_TRAILING = ".,;:!?'\")]}"
_HASHTAG = regex.compile(
    r"(?<![\p{L}\p{N}_&#＃])[#＃](?=[\p{L}\p{N}_\p{M}]*+\p{L})[\p{L}\p{N}_\p{M}]++"
)
_MENTION = regex.compile(r"(?<![\p{L}\p{N}_@＠!#$%&*])[@＠][A-Za-z0-9_]{1,15}+(?:@[\w.-]++)?")
_CASHTAG = regex.compile(r"(?<![\p{L}\p{N}_$])\$[A-Za-z]{1,6}+(?:[._][A-Za-z]{1,2})?\b")


@dataclass(frozen=True)
class Entity:
    """A URL, hashtag, mention or cashtag at ``start``..``end`` of the text."""

    kind: EntityKind
    start: int
    end: int
    value: str


def extract_entities(text: str) -> Iterator[Entity]:
    """Yield the entities of ``text`` in order; nothing inside a URL counts twice."""
    found: list[Entity] = []
    for m in _URL.finditer(text):
        value = m.group().rstrip(_URL_TRAILING)
        found.append(Entity("url", m.start(), m.start() + len(value), value))
    taken = [(e.start, e.end) for e in found]
    for kind, pattern in (("hashtag", _HASHTAG), ("mention", _MENTION), ("cashtag", _CASHTAG)):
        for m in pattern.finditer(text):
            if not any(s <= m.start() < e for s, e in taken):
                found.append(Entity(kind, m.start(), m.end(), m.group()))
    yield from sorted(found, key=lambda e: e.start)
