"""The author's clauses: sentences cut again after every "?" run, as lower-cased words.

The question detector reads these: a clause knows its words (hashtags and mentions as
``TAG``, a "" where a comma, colon or dash splits it), the "?" run that closes it, and
whether a quotation or a tag stands before its first word.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from typing import Any, NamedTuple

import regex

from smmlint.analysis.borrowed import own_prose
from smmlint.read.memo import by_content
from smmlint.read.post import Post

# A run of "?"/"!" holding at least one question mark; the lookbehind starts a run only at
# its first mark, so a pile of 50,000 marks is scanned once.
_QUESTION_MARKS = "?？؟⁉‽"  # a run holds one of these
_MARK_RUN = regex.compile(rf"(?<![?？؟!‼⁉‽])[!‼]*+[{_QUESTION_MARKS}][?？؟!‼⁉‽]*+")
# A word, a tag (@name, #tag, $TAG) or a dotted abbreviation ("R.I.P.", "U.S."), one token.
_TOKEN = regex.compile(
    r"(?:\p{L}\.){2,}+|[@#＠＃$]?[\p{L}\p{N}\p{M}_]++(?:['’][\p{L}\p{N}\p{M}]++)*+"
)
_LETTER = regex.compile(r"[\p{L}\p{N}]")
_QUERY = regex.compile(r"\w++=")  # "?v=yUTTX04": a link's query string
_SUBCLAUSE_BREAK = r"[,;:()\[\]–—…]|\.\.++|\s-\s"
_TOKEN_OR_BREAK = regex.compile(rf"(?:{_SUBCLAUSE_BREAK})|({_TOKEN.pattern})")  # a break: ""
# The same on an ASCII text, on the standard engine (2.4x faster on plain classes): ``regex``'s
# ``\s`` is Unicode's White_Space, which in ASCII is these six (``re``'s adds \x1c-\x1f).
# Greedy runs where ``_TOKEN`` has possessive ones (Python 3.10's ``re`` has none): nothing
# follows them in a match, so they take the same spans.
_ASCII_SPACE = r"[\t\n\x0b\x0c\r ]"
_ASCII_TOKEN_OR_BREAK = re.compile(
    rf"(?:[,;:()\[\]]|\.\.+|{_ASCII_SPACE}-{_ASCII_SPACE})"
    r"|((?:[A-Za-z]\.){2,}|[@#$]?[A-Za-z0-9_]+(?:'[A-Za-z0-9]+)*)"
)
_INVERTED_MARK = "¿"
_TAG_MARKS = "@#＠＃$"  # what a tag opens with
TAG = "#"  # stands for a mention, hashtag or cashtag among a clause's words


class Clause(NamedTuple):
    """A sentence of the author's, or the part of one up to and including a "?" run (a named
    tuple: a draft of 12,000 one-word sentences builds 12,000 of them)."""

    start: int
    end: int
    words: tuple[str, ...]  # lower-cased; TAG for a mention or hashtag, "" at a comma or dash
    marks: str  # the "?" run closing the clause, "" for none
    inverted: bool  # holds a "¿"
    subject_before: bool  # a tag or quotation opens it ("@ann is...", '"Hi" is...')
    ends_in_exclamation: bool


def author_clauses(post: Post) -> tuple[Clause, ...]:
    """The author's clauses: sentences, cut again after every "?" run (memoised)."""
    return post.memo("clauses", lambda post: tuple(_author_clauses(post)))


def _author_clauses(post: Post) -> Iterator[Clause]:
    own, prose = own_prose(post), post.prose
    # A "?" glued to the end of a link ("...passes at 88: https://t.co/x?") is debris of the
    # link, not the author's question mark.
    link_ends = [url.end for url in post.urls]
    for sentence in post.sentences:
        start, end = sentence.start, sentence.end
        ends = link_ends[bisect_left(link_ends, start) : bisect_right(link_ends, end)]
        text = own[start:end]
        read = _remembered_clauses(text, prose[start:end], tuple(e - start for e in ends))
        for first, last, *rest in read:
            yield Clause(first + start, last + start, *rest)


# A sentence's clauses depend on its own text alone: a memo keyed by that text lets a relint
# after a one-letter edit (the extension's path) read again only the sentence edited.
@by_content()
def _remembered_clauses(
    own: str, prose: str, link_ends: tuple[int, ...]
) -> tuple[tuple[Any, ...], ...]:
    return tuple(_sentence_clauses(own, prose, link_ends))


def _sentence_clauses(own: str, prose: str, link_ends: Sequence[int]) -> Iterator[tuple[Any, ...]]:
    """One sentence's clauses, as ``Clause`` fields with offsets into the sentence."""
    start = 0
    runs = _MARK_RUN.finditer(own) if any(mark in own for mark in _QUESTION_MARKS) else ()
    for run in runs:
        if run.start() in link_ends or _QUERY.match(own, run.end()):
            continue  # "...t.co/x?" or "/watch?v=...": a link's debris, not a question
        yield from _clause(own, prose, start, run.end(), run.group())
        start = run.end()
    if start < len(own):
        yield from _clause(own, prose, start, len(own), "")


def _clause(own: str, prose: str, start: int, end: int, marks: str) -> Iterator[tuple[Any, ...]]:
    text = own[start:end]
    opening = text.lstrip()  # no space is a letter or a digit
    if opening[:1].isascii() and opening[:1].isalnum():  # most clauses open with a letter
        letter_start = len(text) - len(opening)
    elif letter := _LETTER.search(text):
        letter_start = letter.start()
    else:
        return
    words = _words(text)
    lead = 0
    while lead < len(words) and words[lead] in ("", TAG):
        lead += 1
    if lead == len(words):
        return
    # A quotation or a tag right before the first word may be its subject:
    # '"I have a boyfriend" is the easiest way...', "@ann is my favourite".
    quoted_lead = prose[start : start + letter_start].strip() != text[:letter_start].strip()
    indent = len(text) - len(text.lstrip())
    yield (
        start + indent,
        end,
        tuple(words[lead:]),
        marks,
        _INVERTED_MARK in text,  # inverted
        quoted_lead or TAG in words[:lead],  # subject_before
        not marks and text.rstrip().endswith(("!", "‼")),  # ends_in_exclamation
    )


def _words(text: str) -> list[str]:
    """Lower-cased words; "" where a comma or dash splits the clause, TAG for a tag."""
    # One scan finds the words and the breaks between them (a break never holds a word
    # character, so the words are those ``_TOKEN`` finds alone); a break before the first
    # word or after the last splits nothing, and several in one gap split once.
    if text.isascii():  # lowering the clause lowers each word alike: no ’, no final sigma
        found = _ASCII_TOKEN_OR_BREAK.findall(text.lower())
    else:
        found = [word.lower().replace("’", "'") for word in _TOKEN_OR_BREAK.findall(text)]
    if "" not in found and not any(mark in text for mark in _TAG_MARKS):
        return found  # no break and no tag: the words as found (most clauses)
    words: list[str] = []
    split = False
    for word in found:
        if not word:
            split = bool(words)
            continue
        if split:
            words.append("")
            split = False
        words.append(TAG if word[0] in _TAG_MARKS else word)
    return words


def split_subclauses(words: Sequence[str]) -> list[list[str]]:
    """Words split at the "," / ":" / dash boundaries recorded as empty strings."""
    parts: list[list[str]] = [[]]
    for word in words:
        if word:
            parts[-1].append(word)
        elif parts[-1]:
            parts.append([])
    return [p for p in parts if p] or [[]]
