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
"outside the analyses", and measured alone, without timers, as the relint's floor: a lint
whose every analysis is answered from memory (``remembered_analyses``). A relint costs the
floor plus what its analyses read again; the gap between the two is what a finer memo can
still take off.

Each charge costs CPU of its own, some inside the analysis's measure and some on its
caller; both parts are measured on empty charges and taken off (without this, about a third
of a 280-character lint was the timers', most of it printed as "outside the analyses"). A
memo hit is not charged; its wrapper's small cost stays with the caller. Take a lint's real
cost from ``lint_speed.py``.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from drafts import WRITTEN, drafts, pool
from lint_speed import edited

import smmlint
from smmlint.read.lazy import cached_property
from smmlint.read.post import Post


class StageClock:
    """Charges each analysis its own CPU time, nested analyses apart, to ``spent``.

    A charge costs CPU of its own (two clock reads, a closure, the bookkeeping): part of it
    falls inside the analysis's measure, the rest on whatever called it. ``calibrate``
    measures both parts on empty charges and ``corrected`` takes them off again, so that
    "outside the analyses" is not the timers' own cost.
    """

    def __init__(self) -> None:
        self.spent: Counter[str] = Counter()
        self.calls: Counter[str] = Counter()  # charges of each analysis
        self.children: Counter[str] = Counter()  # charges made while each one ran
        self._inner = [0]  # CPU of the analyses called by the one running, per level
        self._running = [""]  # the analyses running, outermost first ("": the lint)
        self.inside_ns = self.outside_ns = 0.0  # a charge's own cost, in and out of it

    def charge(self, name: str, compute: Callable[[], Any]) -> Any:
        self.calls[name] += 1
        self.children[self._running[-1]] += 1
        self._running.append(name)
        self._inner.append(0)
        start = time.thread_time_ns()
        value = compute()
        elapsed = time.thread_time_ns() - start
        self.spent[name] += elapsed - self._inner.pop()
        self._inner[-1] += elapsed
        self._running.pop()
        return value

    def calibrate(self, count: int = 20_000) -> None:
        """Measure what an empty charge costs inside its measure and outside it."""
        self.spent, self.calls = Counter(), Counter()
        start = time.thread_time_ns()
        for _ in range(count):
            self.charge("", lambda: None)
        total = (time.thread_time_ns() - start) / count
        self.inside_ns = self.spent[""] / count
        self.outside_ns = total - self.inside_ns

    def corrected(
        self, spent: Counter[str], calls: Counter[str], children: Counter[str]
    ) -> dict[str, float]:
        """``spent`` without the charges' own cost; key ``""``: the whole lint."""
        own = {
            name: ns - calls[name] * self.inside_ns - children[name] * self.outside_ns
            for name, ns in spent.items()
            if name
        }
        timers = sum(calls.values()) * (self.inside_ns + self.outside_ns)
        own[""] = spent[""] - timers
        return own

    def lint(self, text: str, platform: str) -> tuple[Counter[str], Counter[str], Counter[str]]:
        """CPU ns per analysis of one lint (the whole lint under key ``""``), charges of each
        analysis, and charges made while each ran."""
        self.spent, self.calls, self.children = Counter(), Counter(), Counter()
        start = time.thread_time_ns()
        smmlint.lint(text, platform=platform)
        self.spent[""] = time.thread_time_ns() - start
        return self.spent, self.calls, self.children


# ``Post.memo`` and the lazy attributes' ``__get__`` as the package defines them.
_MEMO, _GET = Post.memo, cached_property.__get__


@contextmanager
def routed(memo: Callable[..., Any], get: Callable[..., Any]) -> Iterator[None]:
    """Replace ``Post.memo`` and the lazy attributes' ``__get__`` while the block runs."""
    Post.memo = memo  # type: ignore[method-assign]
    cached_property.__get__ = get  # type: ignore[method-assign]
    try:
        yield
    finally:
        Post.memo = _MEMO  # type: ignore[method-assign]
        cached_property.__get__ = _GET  # type: ignore[method-assign]


def timed_analyses(clock: StageClock) -> AbstractContextManager[None]:
    """Route ``Post.memo`` and the ``Post``'s lazy attributes through ``clock``."""

    def timed_memo(post: Post, key: str, compute: Callable[[Post], Any]) -> Any:
        if key in post._memo:
            return post._memo[key]
        return clock.charge(key, lambda: _MEMO(post, key, compute))

    def timed_get(prop: cached_property[Any], instance: Any, owner: Any = None) -> Any:
        if instance is None:
            return prop
        return clock.charge(f"Post.{prop.name}", lambda: _GET(prop, instance, owner))

    return routed(timed_memo, timed_get)


def stages(texts: list[str], platform: str) -> tuple[dict[str, float], dict[str, float]]:
    """CPU ns per analysis of cold lints and of relints after an edit, draft by draft, the
    timers' own cost taken off."""
    clock = StageClock()
    clock.calibrate()
    cold: list[Counter[str]] = [Counter(), Counter(), Counter()]
    edit: list[Counter[str]] = [Counter(), Counter(), Counter()]
    with timed_analyses(clock):
        for text in texts:
            for sums, draft in ((cold, text), (edit, edited(text))):
                for total, part in zip(sums, clock.lint(draft, platform), strict=True):
                    total.update(part)
    return clock.corrected(*cold), clock.corrected(*edit)


def remembered_analyses() -> AbstractContextManager[None]:
    """Answer ``Post.memo`` and the ``Post``'s lazy attributes from one table keyed by the
    draft's text, as a perfect memo would: what a lint then costs is the rules', the
    engine's and the score's own work."""
    table: dict[tuple[str, str], Any] = {}

    def table_memo(post: Post, key: str, compute: Callable[[Post], Any]) -> Any:
        found = table.get((post.text, key), table)
        if found is table:
            found = table[post.text, key] = _MEMO(post, key, compute)
        return found

    def table_get(prop: cached_property[Any], instance: Any, owner: Any = None) -> Any:
        if not isinstance(instance, Post):
            return _GET(prop, instance, owner)
        found = table.get((instance.text, prop.name), table)
        if found is table:
            found = table[instance.text, prop.name] = _GET(prop, instance, owner)
        instance.__dict__[prop.name] = found
        return found

    return routed(table_memo, table_get)


def floor_cpu_ns(texts: list[str], platform: str) -> tuple[float, float]:
    """Median CPU ns of a cold lint of each of ``texts`` and of its lint with every analysis
    remembered (the same draft linted once before to fill the table), draft by draft."""
    cold, floor = [], []
    for text in texts:
        start = time.thread_time_ns()
        smmlint.lint(text, platform=platform)
        cold.append(time.thread_time_ns() - start)
        with remembered_analyses():
            smmlint.lint(text, platform=platform)
            start = time.thread_time_ns()
            smmlint.lint(text, platform=platform)
            floor.append(time.thread_time_ns() - start)
    return statistics.median(cold), statistics.median(floor)


def mean_cpu_ns(texts: list[str], platform: str) -> float:
    """Mean CPU ns of a cold lint of each of ``texts``, untimed inside."""
    spent = 0
    for text in texts:
        start = time.thread_time_ns()
        smmlint.lint(text, platform=platform)
        spent += time.thread_time_ns() - start
    return spent / len(texts)


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
    untimed = mean_cpu_ns(drafts(280, count, start=len(pool()) // 2), args.platform)
    print(
        f"{count} distinct 280-character drafts, mean CPU per lint (timers taken off): "
        f"cold {cold_total / count / 1e3:.0f} us, relint after an edit "
        f"{edit_total / count / 1e3:.0f} us\n"
        f"{count} other distinct drafts linted without timers: {untimed / 1e3:.0f} us (what "
        f"the cold lint exceeds it by is the timers' effect left, mostly outside the analyses)\n"
    )
    cold_median, floor = floor_cpu_ns(drafts(280, count, start=len(pool()) // 4), args.platform)
    print(
        f"floor of a relint (every analysis remembered: the rules', engine's and score's own "
        f"work), median of {count} other drafts: {floor / 1e3:.0f} us = "
        f"{floor / cold_median:.2f} of their cold lint ({cold_median / 1e3:.0f} us)\n"
    )
    print(f"{'analysis':<30} {'cold us':>8} {'relint us':>10} {'relint/cold':>12}")
    outside = ("outside the analyses", cold_total - sum(cold.values()))
    for name, cold_ns in [*sorted(cold.items(), key=lambda item: -item[1]), outside]:
        edit_ns = edit[name] if name in edit else edit_total - sum(edit.values())
        cold_us, edit_us = cold_ns / count / 1e3, edit_ns / count / 1e3
        print(f"{name:<30} {cold_us:8.1f} {edit_us:10.1f} {edit_ns / cold_ns:12.2f}")


if __name__ == "__main__":
    main()
