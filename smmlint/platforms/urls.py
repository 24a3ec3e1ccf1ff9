"""Links in a draft, found the way X finds them (twitter-text's URL extraction), in linear time.

A link is an optional ``http(s)://``, a host whose last label is a known top-level domain,
then an optional port, path and query. Without a protocol only the ASCII part of the host is
a link ("example.comだよね" gives "example.com"), and a host right after ``@``, ``$``, ``#``
or inside a word is none. The rules are twitter-text's and ``tests/platforms`` checks them
against its conformance suite. The scanner is ours: twitter-text's regular expression
backtracks, this one splits each run of host characters at its dots once and decides every
start position from a table built right to left, so a 50,000-character pump string costs
one pass.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from functools import lru_cache
from importlib import resources
from typing import NamedTuple

MAX_URL_LENGTH = 4096  # twitter-text: longer links (with punycode hosts) are not links
MAX_LABEL_LENGTH = 63  # RFC 1035: one label of a host name, punycode-encoded
MAX_TCO_SLUG_LENGTH = 40  # twitter-text: a t.co link with a longer slug is not one

_SPACES = r"\t-\r \x85\xa0\u1680\u180e\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
_INVALID = r"\ufffe\ufeff\uffff"
_DIRECTIONAL = r"\u202a-\u202e\u061c\u200e\u200f\u2066-\u2069"
# ASCII punctuation ends a host, except "_", "-" and "." which join it (twitter-text's list,
# which lets '"' and '`' through).
_NOT_HOST = rf"!'#%&()*+,\\/:;<=>?@\[\]^{{|}}~${_SPACES}{_INVALID}{_DIRECTIONAL}"
# Only a run of host characters with a dot followed by a label can hold a link ("end."
# cannot): ``_dotted_runs`` finds such a dot, then the run around it.
_DOT_LABEL = re.compile(rf"\.[^._\-{_NOT_HOST}]")
_HOST_RUN = re.compile(rf"[^{_NOT_HOST}]*")
_NOT_HOST_CHAR = re.compile(rf"[{_NOT_HOST}]")
_NOT_BEFORE_LINK = frozenset("@＠$#＃\ufffe\ufeff\uffff")
_LABEL_JOINERS = "._-"
_NO_PROTOCOL_AFTER = "-_./"  # "x_example.com", "a/b.com": a fragment, not a link
_PROTOCOLS = ("https://", "http://")

# The standard engine: these are plain classes, on which it is several times faster per call.
_ALNUM = re.compile(r"[A-Za-z0-9]+")
_PUNYCODE_TLD = re.compile(r"xn--[A-Za-z0-9-]+", re.IGNORECASE)
_IDN_DOTS = re.compile("[\u3002\uff0e\uff61]")
LATIN_ACCENTS = (  # twitter-text's latinAccentChars: letters that continue a word
    r"\xc0-\xd6\xd8-\xf6\xf8-\xff\u0100-\u024f\u0253\u0254\u0256\u0257\u0259\u025b\u0263"
    r"\u0268\u026f\u0272\u0289\u028b\u02bb\u0300-\u036f\u1e00-\u1eff"
)
_ASCII_LABEL = re.compile(rf"[A-Za-z0-9\-{LATIN_ACCENTS}]+")
_PLAIN_HOST = re.compile(r"[A-Za-z0-9.-]+")  # already an ASCII host name as a whole
_PORT = re.compile(r":[0-9]+")
_PATH_CHAR = rf"[a-z\u0400-\u04ff0-9!*';:=+,.$/%#\[\]\-\u2013_~@|&{LATIN_ACCENTS}]"
# A path is "/" and path characters, with balanced parentheses nested at most once. Each
# alternative starts with a different character and nothing follows the loop, so it never
# backtracks into earlier iterations.
_PATH = re.compile(
    rf"/(?:{_PATH_CHAR}|\((?:{_PATH_CHAR}+|{_PATH_CHAR}*\({_PATH_CHAR}+\){_PATH_CHAR}*)\))*",
    re.IGNORECASE,
)
_PATH_NOT_LAST = "!*';:,.$%[]\u2013~@|&"  # a path never ends in these ("see x.com/a.")
_QUERY = re.compile(r"\?[a-z0-9!?*'@();:&=+$/%#\[\]\-_.,~|]*", re.IGNORECASE)
_QUERY_NOT_LAST = "!?*'@();:+$%[].,~|"
_TCO = re.compile(r"https?://t\.co/([a-z0-9]+)", re.IGNORECASE)


def _load_tlds() -> tuple[frozenset[str], dict[str, tuple[str, ...]]]:
    data = resources.files("smmlint.data").joinpath("tlds.txt").read_text(encoding="utf-8")
    names = [
        name.lower()
        for line in data.splitlines()
        if not line.startswith(("#", "["))
        for name in line.split()
    ]
    by_first: dict[str, list[str]] = {}
    for name in names:
        if not name.isascii():
            by_first.setdefault(name[0], []).append(name)
    longest_first = {c: tuple(sorted(ns, key=len, reverse=True)) for c, ns in by_first.items()}
    return frozenset(n for n in names if n.isascii()), longest_first


_ASCII_TLDS, _OTHER_TLDS = _load_tlds()


def is_top_level_domain(name: str) -> bool:
    """Whether ``name`` ("com", "social", "みんな") is a known top-level domain."""
    name = name.lower()
    return name in _ASCII_TLDS or name in _OTHER_TLDS.get(name[:1], ())


def find_urls(text: str, bare: bool = True) -> tuple[tuple[int, int], ...]:
    """The code-point spans of the links in ``text``, in order.

    ``bare=False`` keeps only links written with ``http://`` or ``https://`` (Mastodon and
    Bluesky count only those as links). The scan is the same either way, so both come from
    one cached pass.
    """
    links = _all_links(text)
    if bare:
        return links
    return tuple((s, e) for s, e in links if text[s : s + 8].lower().startswith(_PROTOCOLS))


@lru_cache(maxsize=16)  # the post, its metrics and its counter all ask for the same text
def _all_links(text: str) -> tuple[tuple[int, int], ...]:
    return tuple(_Scanner(text).links()) if "." in text else ()


def _tld_end(text: str, start: int, stop: int) -> int | None:
    """Where the top-level domain at ``start`` ends, if one does; ``stop`` ends the text."""
    if start >= stop:
        return None
    first = text[start]
    if first.isascii():
        run = _ALNUM.match(text, start, stop)
        if run and run.group().lower() in _ASCII_TLDS and _may_end_tld(text, run.end(), stop):
            return run.end()
        puny = _PUNYCODE_TLD.match(text, start, stop)
        return puny.end() if puny else None
    for tld in _OTHER_TLDS.get(first.lower(), ()):
        end = start + len(tld)
        if end <= stop and text[start:end].lower() == tld and _may_end_tld(text, end, stop):
            return end
    return None


def _may_end_tld(text: str, end: int, stop: int) -> bool:
    """A top-level domain must not run on into a letter, digit, ``@``, ``+`` or ``-``."""
    if end >= stop:
        return True
    nxt = text[end]
    return not (nxt.isascii() and (nxt.isalnum() or nxt in "@+-"))


def _may_precede(char: str) -> bool:
    """Whether a link may start right after ``char``."""
    return not (char.isascii() and char.isalnum()) and char not in _NOT_BEFORE_LINK


def _is_label_char(char: str) -> bool:
    return char not in _LABEL_JOINERS


def _dotted_runs(text: str) -> Iterator[tuple[int, int]]:
    """The spans of the maximal runs of host characters that hold a dot followed by a label.

    Linear: each run is walked back from its first such dot once, and the next search
    starts at its end.
    """
    pos = 0
    while (dot := _DOT_LABEL.search(text, pos)) is not None:
        start = dot.start()
        while start > pos and not _NOT_HOST_CHAR.match(text, start - 1):
            start -= 1
        stop = _HOST_RUN.match(text, dot.start()).end()
        yield start, stop
        pos = stop


class _HostRun:
    """A run of host characters split at its dots into pieces, with the best domain from each.

    ``best_from[j]`` is the piece holding the top-level domain of the longest domain whose
    first label is the whole of piece ``j`` (None: no domain starts there). twitter-text's
    regular expression takes as many subdomain labels as it can, so longest is what it finds.
    """

    def __init__(self, text: str, start: int, stop: int) -> None:
        self.text = text
        self.starts, self.ends, self.underscores = [], [], []  # last "_" of a piece, or -1
        at = start
        while True:
            dot = text.find(".", at, stop)
            end = stop if dot < 0 else dot
            self.starts.append(at)
            self.ends.append(end)
            self.underscores.append(text.rfind("_", at, end))
            if dot < 0:
                break
            at = dot + 1
        count = len(self.starts)
        self.tld_end = [_tld_end(text, at, len(text)) for at in self.starts]
        self.best_from: list[int | None] = [None] * count
        for j in range(count - 2, -1, -1):
            if not self._is_label(j, self.starts[j]):
                continue
            if self.best_from[j + 1] is not None:
                self.best_from[j] = self.best_from[j + 1]
            elif self.underscores[j] < 0 and self.tld_end[j + 1] is not None:
                self.best_from[j] = j + 1

    def _is_label(self, j: int, start: int) -> bool:
        end, text = self.ends[j], self.text
        return start < end and _is_label_char(text[start]) and _is_label_char(text[end - 1])

    def domain_end(self, j: int, start: int) -> int | None:
        """Where the longest domain ends whose first label is ``start`` to piece ``j``'s end."""
        if j + 1 >= len(self.starts) or not self._is_label(j, start):
            return None
        best = self.best_from[j + 1]
        if best is None and self.underscores[j] < start and self.tld_end[j + 1] is not None:
            best = j + 1
        return None if best is None else self.tld_end[best]

    def may_start_in(self, j: int) -> bool:
        """Whether any domain can start inside piece ``j`` (a cheap filter)."""
        return j + 1 < len(self.starts) and (
            self.best_from[j + 1] is not None or self.tld_end[j + 1] is not None
        )


class _Match(NamedTuple):
    """What twitter-text's URL expression matched: ``text[start:end]``, host at ``host``."""

    start: int
    end: int
    host: tuple[int, int]
    protocol: str
    has_path: bool


class _Scanner:
    """Finds links the way twitter-text's global regular expression walks a text."""

    def __init__(self, text: str) -> None:
        self.text = text

    def links(self) -> Iterator[tuple[int, int]]:
        text, pos = self.text, 0  # pos: where the expression resumes after its last match
        for start, stop in _dotted_runs(text):
            if stop <= pos:
                continue
            host = _HostRun(text, start, stop)
            while pos < stop and (match := self._next_match(host, start, pos)) is not None:
                pos = match.end
                yield from self._accept(match)

    # Finding the next match ------------------------------------------------------------

    def _next_match(self, host: _HostRun, run_start: int, pos: int) -> _Match | None:
        with_protocol = self._match_with_protocol(host, run_start, pos)
        if with_protocol is not None:
            return with_protocol
        for j in range(max(bisect_right(host.starts, pos) - 1, 0), len(host.starts)):
            if host.ends[j] <= pos or not host.may_start_in(j):
                continue
            for start in self._label_starts(host.starts[j], host.ends[j], pos):
                end = host.domain_end(j, start)
                if end is not None:
                    return self._complete(start, (start, end), "")
        return None

    def _match_with_protocol(self, host: _HostRun, run_start: int, pos: int) -> _Match | None:
        text = self.text
        for protocol in _PROTOCOLS:
            begin = run_start - len(protocol)
            if begin >= 0 and text[begin:run_start].lower() == protocol:
                break
        else:
            return None
        if not ((begin == 0 and pos == 0) or (begin - 1 >= pos and _may_precede(text[begin - 1]))):
            return None
        end = host.domain_end(0, run_start)
        return None if end is None else self._complete(begin, (run_start, end), protocol)

    def _label_starts(self, start: int, end: int, pos: int) -> Iterator[int]:
        """Where a link may start in ``text[start:end]`` after ``pos``, in the regex's order."""
        text = self.text
        first = max(start, pos + 1)
        if start == 0 and pos == 0:
            # At the very start the expression first tries the first character as the one
            # before the link, then the start of the text itself.
            if end > 1 and _may_precede(text[0]) and _is_label_char(text[1]):
                yield 1
            if _is_label_char(text[0]):
                yield 0
            first = 2
        for start in range(first, end):
            if _is_label_char(text[start]) and _may_precede(text[start - 1]):
                yield start

    def _complete(self, start: int, host: tuple[int, int], protocol: str) -> _Match:
        """Add the optional port, path and query after the host."""
        text, end = self.text, host[1]
        port = _PORT.match(text, end)
        if port:
            end = port.end()
        path = _PATH.match(text, end)
        if path:
            end += len(path.group().rstrip(_PATH_NOT_LAST))
        return _Match(start, _query_end(text, end, len(text)), host, protocol, bool(path))

    # Accepting a match -----------------------------------------------------------------

    def _accept(self, match: _Match) -> Iterator[tuple[int, int]]:
        text = self.text
        host = text[match.host[0] : match.host[1]]
        if not _fits(match, host):
            return
        if match.protocol:
            yield from _trim_tco(text, match.start, match.end)
            return
        before = text[match.start - 1] if match.start else ""
        if before and before in _NO_PROTOCOL_AFTER:
            return
        found = list(_ascii_domains(text, *match.host))
        if match.has_path and found:
            found[-1] = (found[-1][0], match.end)
        yield from found


def _query_end(text: str, end: int, stop: int) -> int:
    query = _QUERY.match(text, end, stop)
    if query:
        kept = query.group().rstrip(_QUERY_NOT_LAST)
        if len(kept) > 1:
            return end + len(kept)
    return end


def _fits(match: _Match, host: str) -> bool:
    """twitter-text's length check: every label short enough, the whole link too."""
    encoded = _ascii_host_length(host)
    if encoded is None:
        return False
    # As in twitter-text, a link written with its protocol counts the protocol twice.
    length = len(match.protocol or "https://") + match.end - match.start
    return length + encoded - len(host) <= MAX_URL_LENGTH


def _ascii_host_length(host: str) -> int | None:
    """The length of ``host`` once punycode-encoded; None if a label is empty or too long."""
    if host.isascii():
        fits = all(1 <= len(label) <= MAX_LABEL_LENGTH for label in host.split("."))
        return len(host) if fits else None
    if host[:4] == "xn--" and next(_ascii_domains(host, 0, len(host)), None) is None:
        return None
    total = -1
    for label in host.split("."):
        parts = _IDN_DOTS.split(label)
        try:
            encoded = [p if p.isascii() else "xn--" + p.encode("punycode").decode() for p in parts]
        except UnicodeError:
            return None
        size = sum(map(len, encoded)) + len(parts) - 1
        if not 1 <= size <= MAX_LABEL_LENGTH:
            return None
        total += size + 1
    return total


def _trim_tco(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """A t.co link stops after its slug and query; one with an over-long slug is dropped."""
    tco = _TCO.match(text, start, end)
    if tco is None:
        yield start, end
        return
    if len(tco.group(1)) > MAX_TCO_SLUG_LENGTH:
        return
    yield start, _query_end(text, tco.end(), end)


def _ascii_domains(text: str, start: int, stop: int) -> Iterator[tuple[int, int]]:
    """The ASCII host names inside ``text[start:stop]`` (twitter-text's ``validAsciiDomain``)."""
    if _PLAIN_HOST.fullmatch(text, start, stop):
        yield start, stop
        return
    labels = [(m.start(), m.end()) for m in _ASCII_LABEL.finditer(text, start, stop)]
    # tld_end[i]: where the longest name whose first label ends where labels[i] ends stops;
    # a name goes on while the next label follows a single dot, and ends in a known TLD.
    tld_end: list[int | None] = [None] * len(labels)
    for i in range(len(labels) - 1, -1, -1):
        end = labels[i][1]
        if end >= stop or text[end] != ".":
            continue
        follows = i + 1 < len(labels) and labels[i + 1][0] == end + 1
        tld_end[i] = (follows and tld_end[i + 1]) or _tld_end(text, end + 1, stop)
    pos = start
    for (label_start, label_end), found in zip(labels, tld_end, strict=True):
        if found is not None and label_end > pos:
            yield max(label_start, pos), found
            pos = found
