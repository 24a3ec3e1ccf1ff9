"""Words the author did not write: a retweeted tweet and quotations.

A question inside a quotation or a retweet is someone else's, and "you" inside it speaks to
someone else's readers, so the conversation rules read ``own_prose``: the prose with those
stretches blanked out (same length, offsets unchanged).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

import regex

from smmlint.analysis.spans import SpanSet, blank
from smmlint.read.post import Post, Token, tokens_outside

# "RT @user:" / "MT @user" (modified tweet): everything after it is the other account's text.
# The old manual quote-tweet, '"@user: text"', shares the same way.
_RETWEET = regex.compile(
    r"(?<![\w@＠])(?:RT|MT)\s*+[@＠]\w{1,15}+:?|(?<![\w@＠])[\"“][ \t]*+[@＠]\w{1,15}+:",
    regex.IGNORECASE,
)
# One word of a person's name: "Ursula", "K.", "Le", "O'Neil" (a dot only after an initial,
# so "— Steve Jobs. We..." ends the name at "Jobs").
NAME_WORD = r"\p{Lu}(?:\.|[\p{L}'’-]*+)"
# "... in the dark? ~ Ursula K. Le Guin": a line that ends in an attribution to a full name
# (two to five capitalised words, then only tags) is a quotation even without quote marks.
# A single first name after a dash is left alone: that is how people sign a post ("- Sam").
ATTRIBUTION_DASHES = "~―—–-"  # what opens "~ Author Name"
_ATTRIBUTION = regex.compile(
    rf"(?<=[.?!…\"”’]\s{{0,3}})[{ATTRIBUTION_DASHES}]\s?+"
    rf"{NAME_WORD}(?:[ \t]++{NAME_WORD}){{1,4}}+\.?+"
    r"(?=[ \t]*+(?:[#＃@＠][\w.]++[ \t]*+)*+$)",
    regex.MULTILINE,
)
# "My manager asked: which one...?", "people say, Did you always...?": a question reported
# after a verb of saying, without quotation marks, up to its "?" on the same line. The
# author's own "I ask you: ..." / "So I say, who's in?" stays theirs (present tense, first
# person: see _reported_questions).
_REPORTED = regex.compile(
    r"(?<![\w'’])(?P<verb>asked|asks|ask|said|says|say|wondered|wonders|wanted[ \t]++to[ \t]++know"
    r"|wants[ \t]++to[ \t]++know|tweeted|wrote|texted|messaged)"
    r"(?:[ \t]++(?:me|us|him|her|them|everyone))?[ \t]*+[:,][ \t]*+"
    r"(?P<question>[^?？\n]{1,280}?[?？]++)",
    regex.IGNORECASE,
)
# Verbs that stay the author's own with a first-person subject: "I ask you: ...?", "I always
# wondered, how...?"; "I asked my boss: ...?" still reports.
_OWN_SAYING = frozenset({"ask", "say", "wondered", "wonders", "wants to know", "wanted to know"})
_FIRST_PERSON = regex.compile(
    r"(?:^|\W)(?:i|we|let[ \t]++me)(?:[ \t]++\w++)?+[ \t]*+$", regex.IGNORECASE
)
# Paired quotation marks; the straight and single ones are told from apostrophes and inch
# marks by what stands around them (see _opens and _closes).
_PAIRS = {
    "“": "”", "„": "“”", "«": "»", "‹": "›", "「": "」", "『": "』", '"': '"', "‘": "’", "'": "'",
}  # fmt: skip
_APOSTROPHES = "'’"
# Plain character sets, on the standard engine (twice as fast as ``regex`` on them).
_MARK = re.compile("[" + re.escape("".join(_PAIRS) + "".join(_PAIRS.values())) + "]")
_LINE_BREAK = re.compile(r"\n")
# The first line up to a sentence's end closed by a quotation mark that opens nothing, with
# more of the author's words after it (see headless_quotation).
_CLOSERS = "”’\"'»"
_ALL_MARKS = re.escape("".join(_PAIRS) + _CLOSERS)
# A headless quotation's closing mark is the text's first quotation mark (before any line
# break), after a sentence's end at least 16 characters in, and the author's words follow.
_FIRST_MARK = re.compile(rf"[\n{_ALL_MARKS}]")
_WORDS_FOLLOW = regex.compile(r"[ \t]++\S")
_HEADLESS_MIN = 16


@dataclass(frozen=True)
class Borrowed:
    """A stretch of the post written by someone else: ``retweet``, ``quote`` or ``reported``
    (a question reported without quotation marks: "My manager asked: which...?")."""

    kind: str
    start: int
    end: int


def retweet_marker(post: Post) -> tuple[int, int] | None:
    """The span of the first "RT @user:" marker, if the post shares a tweet that way
    (memoised)."""
    return post.memo("retweet-marker", _find_retweet_marker)


def _find_retweet_marker(post: Post) -> tuple[int, int] | None:
    prose = post.prose
    if "@" not in prose and "＠" not in prose:  # every marker names an account
        return None
    match = _RETWEET.search(prose)
    return match.span() if match else None


def borrowed(post: Post) -> tuple[Borrowed, ...]:
    """Retweeted and quoted stretches, in text order (memoised)."""
    return post.memo("borrowed", _find_borrowed)


def own_prose(post: Post) -> str:
    """The prose with borrowed stretches replaced by spaces (memoised)."""
    return post.memo("own-prose", _blank_borrowed)


def message_prose(post: Post) -> str:
    """What the post says to its readers: ``own_prose``, except that a post written wholly
    inside one pair of quotation marks, with no attribution, comment or speaker around it,
    is a pasted message, not someone else's words set off from the author's: its words are
    the post's message, read as prose. (Whose words they were is for the conversation rules
    to weigh, and ``bare-quote`` fires only on a quotation with its author.)"""
    found = borrowed(post)
    if len(found) == 1 and found[0].kind == "quote":
        prose, (start, end) = post.prose, (found[0].start, found[0].end)
        if prose[start] in _PAIRS and not prose[:start].strip() and not prose[end:].strip():
            return prose
    return own_prose(post)


def authors_words(post: Post) -> tuple[Token, ...]:
    """The words the author wrote: ``post.own_words`` outside borrowed stretches (memoised)."""
    return post.memo("authors-words", _authors_words)


def _authors_words(post: Post) -> tuple[Token, ...]:
    found = borrowed(post)
    if not found:
        return post.own_words  # nothing blanked: no word starts on a blank
    return tuple(tokens_outside(post.own_words, SpanSet((b.start, b.end) for b in found).spans()))


def _find_borrowed(post: Post) -> tuple[Borrowed, ...]:
    prose = post.prose
    marker = retweet_marker(post)
    limit = marker[0] if marker else len(prose)
    found = [Borrowed("quote", s, e) for s, e in quotations(prose[:limit])]
    found += [Borrowed("quote", s, e) for s, e in headless_quotation(prose[:limit], found)]
    found += [Borrowed("quote", s, e) for s, e in attributed_quotations(prose[:limit])]
    found += [Borrowed("reported", s, e) for s, e in reported_questions(prose[:limit])]
    found.sort(key=lambda b: b.start)
    if marker:
        found.append(Borrowed("retweet", marker[0], len(prose)))
    return tuple(found)


def _blank_borrowed(post: Post) -> str:
    return blank(post.prose, [(b.start, b.end) for b in borrowed(post)])


def quotations(text: str) -> list[tuple[int, int]]:
    """Spans of quoted passages, marks included; a quotation never crosses a line break.

    Linear up to a log factor: the next closing mark and the next line break are looked up
    in precomputed position lists, so a text of 50,000 unmatched marks stays fast.
    """
    marks = [m.start() for m in _MARK.finditer(text)]
    if len(marks) < 2:  # a quotation opens and closes
        return []
    closers: dict[str, list[int]] = {mark: [] for mark in "".join(_PAIRS.values())}
    for i in marks:
        if text[i] in closers and _closes(text, i):
            closers[text[i]].append(i)
    breaks = [m.start() for m in _LINE_BREAK.finditer(text)] + [len(text)]
    spans, after = [], 0
    for i in marks:
        if i < after or not _opens(text, i):
            continue
        close = _closing_for(text, i, closers, breaks)
        if close is not None:
            spans.append((i, close + 1))
            after = close + 1
    return spans


def headless_quotation(text: str, quoted: list[Borrowed]) -> list[tuple[int, int]]:
    """A quotation whose opening mark was cut off: the first line closes a sentence with a
    quotation mark that opens nothing, and the author's words follow ("So what I hope for
    you is that you live... as natives.' This speech by Ursula K. Le Guin...", "Why do
    Muslims flee?' Katie Hopkins on..."). Text with nothing after the mark is the author's
    own with a stray mark ("Does that cause prob for u?\"")."""
    mark = _FIRST_MARK.search(text)  # one scan in C: a pump of 50,000 "." stays cheap
    if mark is None or mark.group() not in _CLOSERS:
        return []
    end = mark.end()
    if (
        end <= _HEADLESS_MIN
        or text[end - 2] not in ".?!…"
        or not _WORDS_FOLLOW.match(text, end)
        or any(b.start < end for b in quoted)
    ):
        return []
    return [(0, end)]


def reported_questions(text: str) -> list[tuple[int, int]]:
    """Questions someone else asked, reported after "asked:" / "said," without quote marks."""
    if "?" not in text and "？" not in text:  # a reported question ends in one
        return []
    spans = []
    for match in _REPORTED.finditer(text):
        verb = " ".join(match.group("verb").lower().split())
        before = text[max(0, match.start() - 20) : match.start()]
        if verb in _OWN_SAYING and _FIRST_PERSON.search(before):
            continue  # "I ask you: what would you do?" is the author asking
        spans.append(match.span("question"))
    return spans


def attributed_quotations(text: str) -> list[tuple[int, int]]:
    """Lines that end in "~ Author Name": the words before the dash, and the attribution."""
    spans = []
    for start, end in line_attributions(text):
        spans.append((text.rfind("\n", 0, start) + 1, end))
    return spans


def line_attributions(text: str) -> list[tuple[int, int]]:
    """The "~ Author Name" that ends a quoted line, without the quotation before it."""
    if not any(dash in text for dash in ATTRIBUTION_DASHES):  # an attribution opens with one
        return []
    return [match.span() for match in _ATTRIBUTION.finditer(text)]


def _closing_for(text: str, i: int, closers: dict[str, list[int]], breaks: list[int]) -> int | None:
    line_end = breaks[bisect_left(breaks, i)]
    candidates = []
    for mark in _PAIRS[text[i]]:
        positions = closers[mark]
        k = bisect_left(positions, i + 1)
        if k < len(positions) and positions[k] < line_end:
            candidates.append(positions[k])
    return min(candidates, default=None)


def _opens(text: str, i: int) -> bool:
    char = text[i]
    if char not in _PAIRS:
        return False
    if char not in _APOSTROPHES:
        return True
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in "([{") and after.isalnum()


def _closes(text: str, i: int) -> bool:
    if text[i] not in _APOSTROPHES:
        return True
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not before.isspace() and not after.isalnum()
