"""Findings on the corpus, and the committed snapshot of them: one JSON-lines file per rule.

A finding is stored as its post id, rule, code, the text it covers (``span``; ``*`` for a
finding about the whole post) and its offsets in code points and UTF-16 units. A change to
one rule therefore changes only ``snapshot/<rule>.jsonl``.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass
from pathlib import Path

import smmlint
from benchmarks.realposts.corpus import HERE, RealPost
from smmlint.read.offsets import Utf16Index

SNAPSHOT = HERE / "snapshot"
WHOLE_POST = "*"


@dataclass(frozen=True, order=True)
class Found:
    """One finding on one corpus post, in the snapshot's shape (sorts by post, then place)."""

    post: str
    rule: str
    start: int
    end: int
    start_utf16: int
    end_utf16: int
    code: str
    span: str
    message: str

    @property
    def key(self) -> tuple[str, str, str]:
        """What a verdict is keyed on: post id, rule, span text (offsets may move)."""
        return (self.post, self.rule, self.span)


def lint_post(post: RealPost) -> list[Found]:
    """Every finding smmlint gives on one post, with the default configuration."""
    report = smmlint.lint(post.text, platform=post.platform)
    utf16 = Utf16Index(post.text)
    return [
        Found(
            post=post.id,
            rule=f.rule,
            start=f.start,
            end=f.end,
            start_utf16=utf16.at(f.start),
            end_utf16=utf16.at(f.end),
            code=f.code,
            span=WHOLE_POST if f.scope == "post" else post.text[f.start : f.end],
            message=f.message,
        )
        for f in report.findings
    ]


def _lint_chunk(posts: Sequence[RealPost]) -> list[Found]:
    return [found for post in posts for found in lint_post(post)]


def lint_corpus(posts: Sequence[RealPost], jobs: int | None = None) -> dict[str, list[Found]]:
    """Findings per rule name, each list sorted; ``jobs`` processes (default: every core)."""
    jobs = jobs or os.cpu_count() or 1
    chunks = [posts[i : i + 500] for i in range(0, len(posts), 500)]
    if jobs == 1:
        results = map(_lint_chunk, chunks)
    else:
        with ProcessPoolExecutor(jobs) as pool:
            results = list(pool.map(_lint_chunk, chunks))
    by_rule: dict[str, list[Found]] = {}
    for chunk in results:
        for found in chunk:
            by_rule.setdefault(found.rule, []).append(found)
    return {rule: sorted(found) for rule, found in sorted(by_rule.items())}


def _line(found: Found) -> str:
    return json.dumps(asdict(found), ensure_ascii=False, sort_keys=True) + "\n"


def dumps(found: Iterable[Found]) -> str:
    """A rule's snapshot file content."""
    return "".join(_line(f) for f in sorted(found))


def load(directory: Path = SNAPSHOT) -> dict[str, list[Found]]:
    """The committed snapshot, per rule name."""
    snapshot: dict[str, list[Found]] = {}
    for path in sorted(directory.glob("*.jsonl")):
        with path.open(encoding="utf-8") as f:
            snapshot[path.stem] = [Found(**json.loads(line)) for line in f if line.strip()]
    return snapshot


def write(findings: dict[str, list[Found]], directory: Path = SNAPSHOT) -> list[str]:
    """Rewrite the snapshot: one file per rule that fires, none for a rule that does not.

    Returns the names of the rules whose file changed.
    """
    directory.mkdir(parents=True, exist_ok=True)
    changed = []
    for path in directory.glob("*.jsonl"):
        if path.stem not in findings:
            path.unlink()
            changed.append(path.stem)
    for rule, found in findings.items():
        path = directory / f"{rule}.jsonl"
        content = dumps(found)
        if not path.exists() or path.read_text(encoding="utf-8") != content:
            path.write_text(content, encoding="utf-8")
            changed.append(rule)
    return sorted(changed)
