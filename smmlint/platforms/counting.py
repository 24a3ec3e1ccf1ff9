"""How each network counts a post's length, and where a limit falls in the text.

A counter is called on a text for its length, and ``fit(text, limit)`` gives the code-point
offset where the longest prefix within ``limit`` ends, so a rule can underline exactly what
does not fit. Counting is done in units (a code point, a grapheme, a link, an emoji) that are
never split. A Windows line break (CR LF) counts once everywhere: composers post it as one
line feed.
"""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import quote, urlsplit

from smmlint.platforms import twitter_text
from smmlint.platforms.emoji import find_emoji
from smmlint.platforms.entities import extract_entities
from smmlint.platforms.urls import find_urls
from smmlint.read.offsets import GraphemeBoundaries, grapheme_ends

Segment = tuple[int, int]  # (end offset of a unit, its weight)
Substitution = tuple[int, int, int]  # (start, end, weight): a stretch counted as a whole
_DEFAULT_PORTS = {"http": 80, "https": 443}
_PATH_SAFE = "/%:@!$&'()*+,;=-._~"  # what a browser leaves unescaped in a URL path


class LengthCounter:
    """Counts one code point at a time; subclasses count other units."""

    unit = "characters"

    def __call__(self, text: str) -> int:
        return len(text) - text.count("\r\n")

    def fit(self, text: str, limit: int) -> int:
        """The end of the longest prefix of ``text`` whose length is at most ``limit``."""
        total, fitting = 0, 0
        for end, weight in self.segments(text):
            total += weight
            if total > limit:
                break
            fitting = end
        return fitting

    def segments(self, text: str, start: int = 0, end: int | None = None) -> Iterator[Segment]:
        """Each unit of ``text[start:end]`` in order."""
        yield from _code_points(text, start, len(text) if end is None else end)


class GraphemeCounter(LengthCounter):
    """Counts user-perceived characters (extended grapheme clusters, Unicode UAX #29)."""

    unit = "graphemes"

    def __call__(self, text: str) -> int:
        return _grapheme_count(text)

    def segments(self, text: str, start: int = 0, end: int | None = None) -> Iterator[Segment]:
        for cluster_end in grapheme_ends(text, start, end):
            yield cluster_end, 1


CODE_POINTS = LengthCounter()
GRAPHEMES = GraphemeCounter()


class XCounter(LengthCounter):
    """X's weighted length (twitter-text configuration v3)."""

    unit = "weighted characters"

    def __call__(self, text: str) -> int:
        return twitter_text.weighted_length(text)

    def fit(self, text: str, limit: int) -> int:
        return twitter_text.fit(text, limit)

    def segments(self, text: str, start: int = 0, end: int | None = None) -> Iterator[Segment]:
        """Each unit of the whole of ``text`` (links and emoji need the whole text)."""
        for unit_end, weight, _ in twitter_text.units(text):
            yield unit_end, weight


class _SubstitutingCounter(LengthCounter):
    """Counts ``base`` units, except stretches (links, emoji...) that weigh a fixed amount."""

    base: LengthCounter = CODE_POINTS

    def substitutions(self, text: str) -> list[Substitution]:
        raise NotImplementedError

    def __call__(self, text: str) -> int:
        total, at = 0, 0
        for start, end, weight in self.substitutions(text):
            total += self.base(text[at:start]) + weight
            at = end
        return total + self.base(text[at:])

    def segments(self, text: str, start: int = 0, end: int | None = None) -> Iterator[Segment]:
        """Each unit of the whole of ``text`` (substitutions need the whole text)."""
        at = 0
        for sub_start, sub_end, weight in self.substitutions(text):
            yield from self.base.segments(text, at, sub_start)
            yield sub_end, weight
            at = sub_end
        yield from self.base.segments(text, at)


class MastodonCounter(_SubstitutingCounter):
    """Mastodon's StatusLengthValidator: graphemes, every link 23, ``@name@server`` as ``@name``."""

    unit = "characters"
    base = GRAPHEMES
    url_weight = 23  # StatusLengthValidator::URL_PLACEHOLDER_CHARS

    def substitutions(self, text: str) -> list[Substitution]:
        found = [(start, end, self.url_weight) for start, end in find_urls(text, bare=False)]
        for entity in extract_entities(text, "fediverse"):
            server_at = entity.value.find("@", 1)
            if entity.kind == "mention" and server_at > 0:
                name = entity.value[:server_at]
                found.append((entity.start, entity.end, _grapheme_count(name)))
        return _without_overlaps(found)


class BlueskyCounter(_SubstitutingCounter):
    """Bluesky's composer: graphemes, with each link counted as the short form it displays."""

    unit = "graphemes"
    base = GRAPHEMES

    def substitutions(self, text: str) -> list[Substitution]:
        return [
            (start, end, _grapheme_count(bluesky_short_url(text[start:end])))
            for start, end in find_urls(text, bare=False)
        ]


class ThreadsCounter(_SubstitutingCounter):
    """Threads' API: characters, but an emoji counts as many as its UTF-8 bytes."""

    unit = "characters"

    def substitutions(self, text: str) -> list[Substitution]:
        return [(s, e, len(text[s:e].encode("utf-8"))) for s, e in find_emoji(text)]


def bluesky_short_url(url: str) -> str:
    """The link text Bluesky shows and counts: host and at most 13 characters of the path.

    Mirrors ``toShortUrl`` of bluesky-social/social-app (src/lib/strings/url-helpers.ts).
    """
    try:
        parts = urlsplit(url)
        scheme, host, port = parts.scheme.lower(), parts.hostname or "", parts.port
        host = host.encode("idna").decode("ascii")  # the browser's URL shows punycode
        path = "" if parts.path in ("", "/") else quote(parts.path, safe=_PATH_SAFE)
    except (ValueError, UnicodeError):
        return url
    if scheme not in _DEFAULT_PORTS or not host:
        return url
    if port is not None and port != _DEFAULT_PORTS[scheme]:
        host = f"{host}:{port}"
    if parts.query:
        path += "?" + parts.query
    if parts.fragment:
        path += "#" + parts.fragment
    return host + (path[:13] + "..." if len(path) > 15 else path)


def _code_points(text: str, start: int, end: int) -> Iterator[Segment]:
    at = start
    while at < end:
        step = 2 if text.startswith("\r\n", at, end) else 1
        at += step
        yield at, 1


def _grapheme_count(text: str) -> int:
    """User-perceived characters, in linear time even for a run of flag letters."""
    return GraphemeBoundaries(text).count()


def _without_overlaps(found: list[Substitution]) -> list[Substitution]:
    kept: list[Substitution] = []
    for item in sorted(found):
        if not kept or item[0] >= kept[-1][1]:
            kept.append(item)
    return kept


X_WEIGHTED = XCounter()
MASTODON = MastodonCounter()
BLUESKY = BlueskyCounter()
THREADS = ThreadsCounter()
