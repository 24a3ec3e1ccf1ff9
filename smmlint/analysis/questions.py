"""What a post asks its readers: question sentences and explicit invitations to reply.

A "?" alone is a poor guide: it sits in links, in quotations and retweets, after rhetorical
formulas ("Who knew?"), after a hook the author answers at once ("Tired of X? Our Y..."), and
is missing from many real questions ("anyone know a good plumber"). So a clause counts as a
question by its form: a wh-word ("what", "how"...), an auxiliary before its subject ("do
you", "is there"), an opening "any..." ("Anyone tried it?"), a tag ("..., right?"), an
alternative ("X or Y?"), a one-word prompt ("Thoughts?"), an indirect question ("I wonder
if..."), or a "¿". A clause that only ends in "?" (intonation: "the owl is lost?") counts
when nothing of the author's follows it; before more text it is a hook, not a question.
Without a "?", only the unmistakable forms count: an inverted auxiliary with "you",
"anyone" or "there" as subject, a wh-question built on one, or an indirect question.

Every cue word lives in ``smmlint/data/questions.txt``; only the author's own prose is read
(``borrowed.own_prose``: no URLs, quotations or retweeted text).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import regex

from smmlint.analysis.acts import credited_quote
from smmlint.analysis.borrowed import own_prose
from smmlint.analysis.clauses import TAG, Clause, author_clauses, split_subclauses
from smmlint.analysis.imperative import gives_order
from smmlint.analysis.lexicon import Lexicon
from smmlint.analysis.wordlists import word_sets
from smmlint.read.memo import by_content
from smmlint.read.post import Post

_CUES = word_sets("questions.txt")
# The first word of each section's cues: a head whose first word is not among them cannot
# open any of them, which spares joining up to six prefixes of it for each lookup.
_FIRST_WORDS = {
    section: frozenset(cue.split(" ")[0] for cue in cues) for section, cues in _CUES.items()
}
_INDIRECT_FIRST_WORDS = _FIRST_WORDS["indirect"]
_INVITATIONS = Lexicon.from_data("invitations.txt")
_ANSWERED = frozenset({"reply", "contact"})  # invitations answered in words
# Openers skipped at most before a question's first word ("So, quick question: who...").
_MAX_DISCOURSE_WORDS = 3
# "?: Exploding the myths...": a headline's question and its subtitle.
_SUBTITLE = regex.compile(r":[ \t]++\p{L}")
# Forms a request for action can take: a yes/no question to "you" ("Can you please...?"),
# or a suggestion to "you" with rising intonation ("Perhaps you could send the source?").
_MAY_REQUEST = frozenset({"yes-no", "marked", "intonation"})
# Words of the next clause read for a plea closing a request: "...? Please and thank you."
_PLEA_AFTER_WORDS = 2
# Longest cue phrase, in words (indirect questions, rhetorical formulas).
_MAX_CUE_WORDS = 6
_MAX_SUPPORT_WORDS = 3  # "looking for help", "need more info"
# A way to get in touch, right after an offer of help ("Need help? Call...", "...? 0800 123
# 456", "...? help@example.com", "...? https://help.example.com"): a contact verb, a phone
# number, an address or a link.
_CONTACT_MEANS = regex.compile(
    r"[ \t]*+(?:[\w.+-]++@[\w-]++\.|\+?+\(?+\d{3,4}+\)?+[ \t.-]?+\d{3}|https?://|www\."
    rf"|(?i:{'|'.join(map(regex.escape, sorted(_CUES['contact-means'])))})(?![\w'’]))"
)


@dataclass(frozen=True)
class Question:
    """A clause of the post that asks its readers something, and the form it asks in."""

    start: int
    end: int
    form: str
    marked: bool  # ends in a question mark (or opens with "¿")


@dataclass(frozen=True)
class Invitation:
    """An explicit invitation: ``reply`` (to answer), ``contact`` or ``social``."""

    start: int
    end: int
    kind: str


def questions(post: Post) -> tuple[Question, ...]:
    """The author's questions to the readers, in text order (memoised): requests for
    information, not requests for action put as a question ("Can you please share this?")."""
    return post.memo("questions", _information_questions)


def requests(post: Post) -> tuple[Question, ...]:
    """Requests for action put as a question, addressed to someone: "Can you please read my
    post?", "Could you get me a copy?" (memoised). They ask the reader to do something, not
    to tell something: not questions, though they ask for an answer all the same."""
    return tuple(q for q in _asked(post) if q.form == "request")


def invitations(post: Post) -> tuple[Invitation, ...]:
    """Explicit invitations to reply, get in touch or come along (memoised)."""
    return post.memo("invitations", _find_invitations)


def hooks(post: Post) -> tuple[tuple[int, int], ...]:
    """The author's clauses that end in "?" yet ask nothing: rhetorical formulas, hooks
    before more text, questions the post answers itself (memoised)."""
    return post.memo("hooks", _find_hooks)


def asks_readers(post: Post) -> bool:
    """Whether the post asks a question or invites a reply or a message ("DM us", "call me")."""
    return bool(_asked(post)) or any(i.kind in _ANSWERED for i in invitations(post))


def _asked(post: Post) -> tuple[Question, ...]:
    """Questions and requests put as questions, in text order (memoised)."""
    return post.memo("asked", _find_questions)


def _information_questions(post: Post) -> tuple[Question, ...]:
    return tuple(q for q in _asked(post) if q.form != "request")


def _find_questions(post: Post) -> tuple[Question, ...]:
    clauses = list(author_clauses(post))
    # Whether the author says anything after clause i: a "?" before more text is a hook.
    more_after = [False] * len(clauses)
    # The first clause after clause i's run of "?" clauses: an announced answer there
    # answers the whole run ("What's the fix? More staff? The answer, sadly, is no.").
    after_run = [len(clauses)] * len(clauses)
    for i in range(len(clauses) - 2, -1, -1):
        more_after[i] = more_after[i + 1] or _has_content(clauses[i + 1].words)
        after_run[i] = after_run[i + 1] if clauses[i + 1].marks else i + 1
    own = own_prose(post)
    found = []
    for i, clause in enumerate(clauses):
        if clause.marks and _SUBTITLE.match(own, clause.end):
            continue  # "Does the ban help?: Exploding the myths": a headline and its subtitle
        following = clauses[i + 1] if i + 1 < len(clauses) else None
        read = clause
        if clause.marks and i and _trails_off_into(own, clauses[i - 1], clause):
            read = clause._replace(words=(*clauses[i - 1].words, "", *clause.words))
        size = len(read.words) + (len(following.words) if following else 0)
        form = (_remembered_form if size <= _MEMO_WORDS else _clause_form)(
            read[_READING], following and following[_READING], more_after[i]
        )
        if form and not (clause.marks and _answered_after_run(clauses, i, after_run[i])):
            marked = bool(clause.marks) or clause.inverted
            found.append(Question(clause.start, clause.end, form, marked))
    quoted = credited_quote(post) if found else None  # read only where something asks
    if quoted is not None:  # "What is the use of you? Ursula K. Le Guin": the quoted author's
        return tuple(q for q in found if q.start < quoted)
    return tuple(found)


def _trails_off_into(own: str, before: Clause, clause: Clause) -> bool:
    """Whether a clause ending in "?" goes on a sentence that trailed off just before it:
    "Maybe because they look like... people?" is one reason, not a one-word question."""
    return (
        not before.marks
        and own[before.start : before.end].rstrip().endswith(("...", "…"))
        and own[clause.start : clause.start + 1].islower()
    )


# A clause's form reads its own words and marks, the next clause's, and whether the author
# says more after it: never its offsets. Remembered by those (a ``Clause`` without its
# offsets), a relint after an edit reads again only the clauses around the edit; clauses
# longer than ``_MEMO_WORDS`` together are read afresh, so the memo stays small.
_READING = slice(2, None)  # a ``Clause``'s fields after ``start`` and ``end``
_MEMO_WORDS = 200


def _clause_form(
    reading: tuple[Any, ...], following: tuple[Any, ...] | None, more_after: bool
) -> str | None:
    """The form a clause asks in ("request" for an action asked as a question), or None."""
    clause = Clause(0, 0, *reading)
    after = Clause(0, 0, *following) if following else None
    form = _asking_form(clause, after, more_after)
    if form in _MAY_REQUEST and _requests_action(clause.words, [after] if after else []):
        return "request"
    return form


_remembered_form = by_content()(_clause_form)


def _requests_action(words: Sequence[str], following: Sequence[Clause]) -> bool:
    """Whether a yes/no question to "you" asks for an action, not for information: a modal
    ("can", "could", "would", "will") before "you" and a plea in the clause or right after it
    ("can you please write about...", "Can you get me the book? Please and thank you"), or
    an action done for the asker ("could you send me one", "will you sign our letter"); or a
    suggestion to "you" with rising intonation ("Perhaps you could cite a source?"). A
    question about what the one asked knows or can tell ("Can you tell me where...?") or
    about an ability ("can you reverse a spell?") asks for information."""
    head = [w for w in _skip_discourse(words, "interjection") if w and w != TAG]
    while head and head[0] in _CUES["request-adverb"]:
        head = head[1:]  # "Perhaps you could..."
    if len(head) < 3:
        return False
    if head[0] in _CUES["second-person"] and head[1] in _CUES["suggestion-modal"]:
        return head[2] not in _CUES["informative"]  # "Perhaps u could provide a source?"
    if head[0] not in _CUES["request-modal"] or head[1] not in _CUES["second-person"]:
        return False
    rest = head[2:]
    while rest and rest[0] in _CUES["request-adverb"]:
        rest = rest[1:]  # "could you please either confirm..."
    if not rest or rest[0] in _CUES["informative"]:
        return False  # "Could you please tell me where...": information asked for
    pleads = any(w in _CUES["polite"] for w in head[2:])
    if not pleads and following:
        pleads = any(w in _CUES["polite"] for w in following[0].words[:_PLEA_AFTER_WORDS])
    return pleads or (len(rest) > 1 and rest[1] in _CUES["beneficiary"])


def _find_hooks(post: Post) -> tuple[tuple[int, int], ...]:
    asked = {q.start for q in _asked(post)}
    return tuple((c.start, c.end) for c in author_clauses(post) if c.marks and c.start not in asked)


def _asking_form(clause: Clause, following: Clause | None, more_after: bool) -> str | None:
    if clause.inverted:
        return "marked"
    if not clause.marks and len(clause.words) < 2:
        return None  # one word typed without "?" ("Ok.") asks nothing
    subclauses = split_subclauses(clause.words)
    if clause.marks:
        form = _marked_form(subclauses, clause.marks, more_after)
    else:
        form = None
        if not clause.ends_in_exclamation:
            form = _unmarked_form(subclauses, clause.subject_before)
    if form and following and _answers(following, form, subclauses):
        return None
    return form


def _marked_form(subclauses: list[list[str]], marks: str, more_after: bool) -> str | None:
    """The form of a clause that ends in "?"; None for a rhetorical one or a hook."""
    words = [w for sub in subclauses for w in sub]
    last = subclauses[-1]
    tag_apart = len(subclauses) > 1 and (_phrase(last) in _CUES["tag"] or _is_auxiliary_tag(last))
    tagged = tag_apart or (len(words) > 2 and _is_auxiliary_tag(words[-2:]))
    rhetorical = False
    for sub in subclauses[:-1] if tag_apart else subclauses:
        head = _skip_discourse(sub)
        if _is_rhetorical(head):
            rhetorical = True  # "Who knew, right?"
        elif form := _head_form(head):
            return form
    if rhetorical or all(w in _CUES["plea"] for w in words):
        return None  # "Who knew, right?", "Pretty please?"
    if _phrase(words[-2:]) in _CUES["closing-wh"]:
        return "wh"  # "...he betrays his friends SO WHY ?!!!": a run-on sentence's own question
    if tagged:
        return "tag"
    if "or" in words[1:]:
        return "alternative"
    if _indirect(words):
        return "indirect"
    content = [w for w in _skip_discourse(words) if w not in {"any", "your", "ur", "some"}]
    if content and content[0] in _CUES["prompt"]:
        return "prompt"
    if any(mark in marks for mark in "!‼⁉"):
        return None  # "So it's a ban!?": incredulity, not a question
    head = _skip_discourse(words)
    if _opens_with(head, "because"):
        return None  # a reason given with rising intonation
    if more_after and not (head and head[0] in _CUES["second-person"]):
        return None  # a hook before more text; "U having lunch alone? I'm bored" still asks
    return "intonation"


def _head_form(head: list[str]) -> str | None:
    """ "wh", "yes-no" or "any" for a clause head that opens a question ending in "?"."""
    if not head:
        return None
    if head[0] in _CUES["wh"]:
        return "wh"
    if head[0] in _CUES["auxiliary"] and len(head) > 1:
        return "yes-no"
    if head[0] in _CUES["indefinite"] or _opens_with(head, "opening"):
        return "any"
    return None


def _unmarked_form(subclauses: list[list[str]], subject_before: bool) -> str | None:
    """A question typed without "?": only forms that cannot be anything else.

    The first subclause may open with "is the...", "what is the..."; a later one only with
    an auxiliary and a pronoun ("..., but would you leave a message"), because after a comma
    "which is the..." or "..., is a writer" continue a statement. "Who" as the subject asks
    only where the sentence opens: after a comma or a name, "who's in town" is a relative.
    """
    for index, sub in enumerate(subclauses):
        head = _skip_discourse(sub, "interjection")
        if len(head) < 2 or _is_rhetorical(head) or _phrase(head[:1]) in _CUES["additive"]:
            continue
        if _opens_with(head, "opening"):
            return "any"
        # "@ann is my favourite": after a leading tag, "is the/my..." has the tag as subject.
        opening = index == 0 and not subject_before
        if _inverted_auxiliary(head, opening=opening):
            return "yes-no"
        if index == 0 and _inverted_after_wh(head):
            return "wh"
        if opening and head[0] in _CUES["wh-subject"]:
            return "wh"  # "Who's coming tonight": the wh-word is the subject, nothing inverts
    words = [w for sub in subclauses for w in sub]
    if len(words) > 2 and _is_auxiliary_tag(words[-2:]):
        return "tag"
    return "indirect" if _indirect(words) else None


def _inverted_auxiliary(head: list[str], opening: bool) -> bool:
    """ "is the shop", "did they": an auxiliary, then its subject."""
    auxiliary, subject = head[0], head[1]
    if auxiliary not in _CUES["auxiliary"] or auxiliary in _CUES["wish-auxiliary"]:
        return False
    if subject in _CUES["subject"]:
        return not (auxiliary in _CUES["order-auxiliary"] and subject == "it")  # "Do it"
    return opening and subject in _CUES["determiner"] and auxiliary not in _CUES["order-auxiliary"]


def _inverted_after_wh(head: list[str]) -> bool:
    """ "where is the", "what drug is this", "how long does it": wh, auxiliary, subject."""
    if head[0] not in _CUES["wh"]:
        return False
    if _phrase(head[:2]) in _CUES["price-question"] and len(head) > 3:
        return head[2] in _CUES["auxiliary"]  # "how much is blackberry bold2 in nigeria"
    reach = 2 if head[0] in _CUES["wh-determiner"] or head[0] == "how" else 1
    if _phrase(head[:2]) in _CUES["wh-determiner"]:
        reach = 3
    if "'" in head[0]:  # "what's", "where's": the auxiliary is attached
        return head[1] in _CUES["subject"] or head[1] in _CUES["determiner"]
    for i in range(1, min(reach + 1, len(head) - 1)):
        if head[i] in _CUES["auxiliary"]:
            following = head[i + 1]
            return following in _CUES["subject"] or following in _CUES["determiner"]
    return False


def _is_rhetorical(head: list[str]) -> bool:
    if _phrase(head) in _CUES["exclamation"]:
        return True
    formulas = _CUES["rhetorical"]
    if not head or head[0] not in _FIRST_WORDS["rhetorical"]:
        return False
    return any(_phrase(head[:n]) in formulas for n in range(2, min(len(head), _MAX_CUE_WORDS) + 1))


def _answers(clause: Clause, form: str, question: list[list[str]]) -> bool:
    """Whether a clause reads as the author answering the question just before it.

    "Because..." or a purpose ("To keep them quiet.") answers a why-question; "No." or
    "Yes," answer any but a wh-question; "The answer is...", "Here's why", "Answer:", the
    "A." of a "Q. ... A. ..." joke answer anything. A clause that asks is never an answer.
    """
    if clause.marks or not clause.words:
        return False
    head = _skip_discourse(clause.words) or list(clause.words)
    if _opens_with(head, "because") or _opens_with(head, "purpose"):
        return any(_skip_discourse(sub)[:1] == ["why"] for sub in question)
    subclauses = split_subclauses(clause.words)
    if _announces_answer(head, subclauses) or _promises_answer(clause.words):
        return True
    return _phrase(subclauses[0]) in _CUES["reply-word"] and form != "wh"


def _announces_answer(head: list[str], subclauses: list[list[str]]) -> bool:
    """ "The answer is...", "Here's why", "Answer:": the author answering what was asked."""
    return _opens_with(head, "answer") or any(
        _phrase(sub) in _CUES["answer-word"] for sub in subclauses
    )


def _promises_answer(words: Sequence[str]) -> bool:
    """ "This calculator will tell you", "Our guide shows you": the author pointing to where
    the answer to the question just before is."""
    first_words = _FIRST_WORDS["answer-promise"]
    return any(
        _phrase(words[i : i + n]) in _CUES["answer-promise"]
        for i, word in enumerate(words)
        if word in first_words
        for n in (2, 3)
    )


def _answered_after_run(clauses: Sequence[Clause], index: int, after: int) -> bool:
    """Whether the author announces an answer at ``after``, the first clause after a run of
    questions that clause ``index`` opens: "What's the fix? More staff? The answer, sadly,
    is no." answers both."""
    if after == index + 1 or after == len(clauses):
        return False  # no run, or nothing after it (the next clause alone: ``_answers``)
    words = clauses[after].words
    return _announces_answer(_skip_discourse(words) or list(words), split_subclauses(words))


def _indirect(words: Sequence[str]) -> bool:
    cues = _CUES["indirect"]
    return any(
        _phrase(words[i : i + n]) in cues
        for i, word in enumerate(words)
        if word in _INDIRECT_FIRST_WORDS
        for n in range(2, min(_MAX_CUE_WORDS, len(words) - i) + 1)
    )


def _opens_with(head: list[str], section: str) -> bool:
    cues = _CUES[section]
    if not head or head[0] not in _FIRST_WORDS[section]:
        return False
    return any(_phrase(head[:n]) in cues for n in range(1, min(len(head), _MAX_CUE_WORDS) + 1))


def _is_auxiliary_tag(words: list[str]) -> bool:
    """ ", isn't it", ", don't you": a negative auxiliary and a pronoun."""
    return (
        len(words) == 2 and words[0] in _CUES["negative-auxiliary"] and words[1] in _CUES["pronoun"]
    )


def _skip_discourse(words: Sequence[str], section: str = "discourse") -> list[str]:
    skip = 0
    while skip < min(len(words), _MAX_DISCOURSE_WORDS) and words[skip] in _CUES[section]:
        skip += 1
    return list(words[skip:])


def _has_content(words: Sequence[str]) -> bool:
    return any(w not in _CUES["discourse"] for w in words)


def _phrase(words: Sequence[str]) -> str:
    return " ".join(words)


def _find_invitations(post: Post) -> tuple[Invitation, ...]:
    own = own_prose(post)
    found = []
    for match in _INVITATIONS.finditer(own):
        kind, _, imperative = match.category.partition("-")
        if imperative and not gives_order(own, match.start):
            continue
        found.append(Invitation(match.start, match.end, kind))
    if "?" in own:
        found.extend(_support_offers(post, own, author_clauses(post)))
        found.sort(key=lambda invitation: invitation.start)
    return tuple(found)


def _support_offers(post: Post, own: str, clauses: Sequence[Clause]) -> list[Invitation]:
    """Clauses that name nothing but the reader's need and end in "?", right before a way to
    get in touch ("Need help? Call 0800...", "Questions? support@example.com", "Club>> Need
    help? Email us"): an offer of help that invites the reader to write or call, as
    "contact us" does. The need opens the clause or follows a mark the words do not show
    (">>", ":", "|", "-"); "I need help?" is the author's own need, and "Need help? Our
    accountants sort it" a hook the post answers with its offer."""
    found = []
    for clause in clauses:
        if not clause.marks or not _CONTACT_MEANS.match(post.text, clause.end):
            continue
        words = [w for w in clause.words if w]
        for size in range(min(_MAX_SUPPORT_WORDS, len(words)), 0, -1):
            if _phrase(words[-size:]) not in _CUES["support"]:
                continue
            text = own[clause.start : clause.end].lower()
            at = text.rfind(words[-size])
            before = text[:at].rstrip()
            if not _skip_discourse(words[:-size]) or (
                at > 0 and before and not (before[-1].isalnum() or before[-1] in ",'’")
            ):
                found.append(Invitation(clause.start + max(at, 0), clause.end, "contact"))
            break
    return found
