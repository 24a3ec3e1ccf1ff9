"""The per-sentence memo: remembers by content, stays bounded, serves threads, and lets a
relint after an edit read again only the sentence edited."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest

import smmlint
from smmlint.analysis import clauses, questions
from smmlint.platforms.profiles import get_platform
from smmlint.read.memo import by_content
from smmlint.read.post import Post


def counted(calls: list[tuple[str, ...]]) -> Callable[..., str]:
    """A function that upper-cases its text and records each call in ``calls``."""

    def compute(text: str, *keys: str) -> str:
        calls.append((text, *keys))
        return text.upper() + "".join(keys)

    return compute


def test_a_text_is_computed_once_per_key() -> None:
    calls: list[tuple[str, ...]] = []
    upper = by_content()(counted(calls))
    answers = [upper("ab"), upper("ab"), upper("ab", "x"), upper("ab", "x")]
    assert answers == ["AB", "AB", "ABx", "ABx"]
    assert calls == [("ab",), ("ab", "x")]


def test_the_memo_is_bounded_least_recently_used_first_out() -> None:
    calls: list[tuple[str, ...]] = []
    upper = by_content(entries=2)(counted(calls))
    for text in ("a", "b", "a", "c", "a", "b"):
        upper(text)
    # "b" left when "c" came ("a" had been used since), so it is computed again.
    assert calls == [("a",), ("b",), ("c",), ("b",)]


def test_a_text_past_the_limit_is_computed_every_time() -> None:
    calls: list[tuple[str, ...]] = []
    upper = by_content(max_chars=3)(counted(calls))
    assert upper("long") == upper("long") == "LONG"
    assert calls == [("long",), ("long",)]


def test_threads_share_one_memo_and_get_their_own_answers() -> None:
    upper = by_content(entries=64)(str.upper)
    texts = [f"sentence {i % 200}" for i in range(4_000)]
    with ThreadPoolExecutor(max_workers=8) as pool:
        answers = list(pool.map(upper, texts))
    assert answers == [text.upper() for text in texts]


def test_a_relint_after_an_edit_reads_only_the_edited_sentence_again(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    read: list[str] = []
    original = clauses._sentence_clauses

    def spy(own: str, prose: str, link_ends: tuple[int, ...]) -> Iterator[tuple[Any, ...]]:
        read.append(own)
        return original(own, prose, link_ends)

    monkeypatch.setattr(clauses, "_sentence_clauses", spy)
    marker = uuid.uuid4().hex  # sentences no other test has linted
    draft = f"New shoes {marker} are in. What do you think of {marker}? Tell us {marker} below!"
    first = smmlint.lint(draft, platform="x")
    assert len(read) == 3
    edited = draft.replace("What do", "What else do")
    second = smmlint.lint(edited, platform="x")
    assert read[3:] == [f"What else do you think of {marker}?"]
    assert [f.rule for f in first.findings] == [f.rule for f in second.findings]


def test_a_relint_reads_again_only_the_question_forms_around_the_edit(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    read: list[tuple[str, ...]] = []
    original = questions._asking_form

    def spy(clause: Any, following: Any, more_after: bool) -> str | None:
        read.append(clause.words)
        return original(clause, following, more_after)

    monkeypatch.setattr(questions, "_asking_form", spy)
    marker = uuid.uuid4().hex
    draft = f"Who made {marker}? We did. Is it good? Try {marker} today."
    first = questions.questions(Post(draft, get_platform("x")))
    assert len(read) == 4
    edited = draft.replace("We did", "We all did")
    second = questions.questions(Post(edited, get_platform("x")))
    # the edited clause, and the question before it, whose answer it may be
    assert read[4:] == [("who", "made", marker), ("we", "all", "did")]
    assert [q.form for q in first] == [q.form for q in second] == ["wh", "yes-no"]
