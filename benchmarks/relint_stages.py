"""Where a lint's CPU goes, analysis by analysis: a cold lint against a relint after an edit.

Usage: python benchmarks/relint_stages.py [--drafts 300] [--platform x]

Every analysis a lint runs is memoised on the ``Post`` (``Post.memo``) or is one of its lazy
attributes (``words``, ``sentences``...). This script charges each its own thread CPU time,
without the analyses it calls in turn (those are charged to themselves), on distinct drafts
joined from real posts (``drafts.py``), draft by draft: a cold lint of the draft, then the
extension's relint of it with one letter typed in its middle (``lint_speed.edited``). An
analysis whose relint costs about what its cold lint does is read again in full after any
edit; one memoised per sentence (``smmlint.read.memo``) costs only the sentence edited.
What no analysis accounts for (the engine, each rule's own code, the score) is printed as
"outside the analyses".

The timers add some cost of their own to each call: compare the two columns with each
other, and take a lint's real cost from ``lint_speed.py``.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from drafts import WRITTEN, drafts
from lint_speed import edited

import smmlint
from smmlint.read.lazy import cached_property
from smmlint.read.post import Post


class StageClock:
    """Charges each analysis its own CPU time, nested analyses apart, to ``spent``."""

    def __init__(self) -> None:
        self.spent: Counter[str] = Counter()
        self._inner = [0]  # CPU of the analyses called by the one running, per level

    def charge(self, name: str, compute: Callable[[], Any]) -> Any:
        self._inner.append(0)
        start = time.thread_time_ns()
        value = compute()
        elapsed = time.thread_time_ns() - start
        self.spent[name] += elapsed - self._inner.pop()
        self._inner[-1] += elapsed
        return value

    def lint(self, text: str, platform: str) -> Counter[str]:
        """CPU ns per analysis of one lint, and of the whole lint (key ``""``)."""
        self.spent = Counter()
        start = time.thread_time_ns()
        smmlint.lint(text, platform=platform)
        self.spent[""] = time.thread_time_ns() - start
        return self.spent


@contextmanager
def timed_analyses(clock: StageClock) -> Iterator[None]:
    """Route ``Post.memo`` and the ``Post``'s lazy attributes through ``clock``."""
    memo, get = Post.memo, cached_property.__get__

    def timed_memo(post: Post, key: str, compute: Callable[[Post], Any]) -> Any:
        if key in post._memo:
            return post._memo[key]
        return clock.charge(key, lambda: memo(post, key, compute))

    def timed_get(prop: cached_property[Any], instance: Any, owner: Any = None) -> Any:
        if instance is None:
            return prop
        return clock.charge(f"Post.{prop.name}", lambda: get(prop, instance, owner))

    Post.memo = timed_memo  # type: ignore[method-assign]
    cached_property.__get__ = timed_get  # type: ignore[method-assign]
    try:
        yield
    finally:
        Post.memo = memo  # type: ignore[method-assign]
        cached_property.__get__ = get  # type: ignore[method-assign]


def stages(texts: list[str], platform: str) -> tuple[Counter[str], Counter[str]]:
    """CPU ns per analysis of cold lints and of relints after an edit, draft by draft."""
    clock, cold, edit = StageClock(), Counter[str](), Counter[str]()
    with timed_analyses(clock):
        for text in texts:
            cold.update(clock.lint(text, platform))
            edit.update(clock.lint(edited(text), platform))
    return cold, edit


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--drafts", type=int, default=300, help="distinct drafts per column")
    parser.add_argument("--platform", default="x")
    args = parser.parse_args()
    for text in WRITTEN:  # imports and lazy tables, outside the measure
        smmlint.lint(text, platform=args.platform)
    count = args.drafts
    cold, edit = stages(drafts(280, count, start=0), args.platform)
    cold_total, edit_total = cold.pop(""), edit.pop("")
    print(
        f"{count} distinct 280-character drafts, mean CPU per lint (timers included): "
        f"cold {cold_total / count / 1e3:.0f} us, relint after an edit "
        f"{edit_total / count / 1e3:.0f} us\n"
    )
    print(f"{'analysis':<30} {'cold us':>8} {'relint us':>10} {'relint/cold':>12}")
    outside = ("outside the analyses", cold_total - sum(cold.values()))
    for name, cold_ns in [*cold.most_common(), outside]:
        edit_ns = edit[name] if name in edit else edit_total - sum(edit.values())
        cold_us, edit_us = cold_ns / count / 1e3, edit_ns / count / 1e3
        print(f"{name:<30} {cold_us:8.1f} {edit_us:10.1f} {edit_ns / cold_ns:12.2f}")


if __name__ == "__main__":
    main()
