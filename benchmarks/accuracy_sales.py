"""Accuracy of ``sales-push`` on real selling: SMS spam, shop pressure phrases, spam comments.

Imported by ``accuracy.py`` (which prints every table); run it alone for the sales tables and,
with ``--errors``, the misses and false alarms of the development halves to read::

    python benchmarks/accuracy_sales.py [--errors sms|dark|youtube|tweets]

Every table puts the issue's baseline beside the rule: a bare regex of eight words,
``buy|order|sale|off|free|now|limited|hurry``, as whole words, ignoring case.
"""

from __future__ import annotations

import csv
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

import regex

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from accuracy import DATA, Score, _fmt, _table, load_tweet_acts, load_youtube_spam

import smmlint

BASELINE = regex.compile(r"\b(?:buy|order|sale|off|free|now|limited|hurry)\b", regex.IGNORECASE)
BASELINE_NAME = r"baseline regex (`buy\|order\|sale\|off\|free\|now\|limited\|hurry`)"
SALES_PUSH = "SMM101"
PUSH_CATEGORY = "push"  # sales-push and multiple-ctas
POSITIVE_PATTERNS = ("Urgency", "Scarcity")
NEGATIVE_PATTERN = "Not Dark Pattern"

Spans = Callable[[str], list[tuple[int, int]]]


def sales_spans(text: str) -> list[tuple[int, int]]:
    """The spans ``sales-push`` marks in ``text``."""
    return [(f.start, f.end) for f in smmlint.lint(text).findings if f.code == SALES_PUSH]


def baseline_spans(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in BASELINE.finditer(text)]


METHODS: tuple[tuple[str, Spans], ...] = (
    (BASELINE_NAME, baseline_spans),
    ("`sales-push`", sales_spans),
)


# Loading ---------------------------------------------------------------------------------


def load_sms() -> list[tuple[str, bool]]:
    """(message, is spam) of the development half, exact duplicates dropped (first kept)."""
    seen: set[tuple[str, str]] = set()
    messages = []
    with (DATA / "sms-spam" / "sms-dev.tsv").open(encoding="utf-8") as f:
        for line in f:
            label, _, text = line.rstrip("\n").partition("\t")
            if (label, text) in seen:
                continue
            seen.add((label, text))
            messages.append((text, label == "spam"))
    return messages


def load_dark_patterns() -> list[tuple[str, bool]]:
    """(interface text, is urgency or scarcity): the two pressure categories against
    "Not Dark Pattern"; the other dark patterns are left out. The literal ``\\n`` the file
    holds for a line break becomes one."""
    path = DATA / "dark-patterns" / "dark-patterns-dev.tsv"
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    kept = []
    for row in rows:
        category = row["Pattern Category"]
        if category in POSITIVE_PATTERNS or category == NEGATIVE_PATTERN:
            text = row["text"].replace("\\n", "\n")
            kept.append((text, category in POSITIVE_PATTERNS))
    return kept


# Scoring ---------------------------------------------------------------------------------


@dataclass
class Coverage:
    """How much of each positive phrase the spans cover (its non-space characters)."""

    total: float = 0.0
    flagged_total: float = 0.0
    phrases: int = 0
    flagged: int = 0

    def add(self, text: str, spans: Iterable[tuple[int, int]]) -> float:
        covered = [False] * len(text)
        for start, end in spans:
            covered[start:end] = [True] * (end - start)
        chars = [i for i, char in enumerate(text) if not char.isspace()]
        share = sum(covered[i] for i in chars) / len(chars) if chars else 0.0
        self.phrases += 1
        self.total += share
        if any(covered):
            self.flagged += 1
            self.flagged_total += share
        return share

    @property
    def mean(self) -> float | None:
        return self.total / self.phrases if self.phrases else None

    @property
    def mean_flagged(self) -> float | None:
        return self.flagged_total / self.flagged if self.flagged else None


def post_level(items: list[tuple[str, bool]], spans: Spans) -> Score:
    score = Score()
    for text, positive in items:
        score.add(bool(spans(text)), positive)
    return score


def sms_report(messages: list[tuple[str, bool]]) -> str:
    spam = sum(positive for _, positive in messages)
    rows = [[name, *post_level(messages, spans).cells()] for name, spans in METHODS]
    intro = f"{len(messages)} messages after dropping exact duplicates, {spam} spam"
    return intro + "\n\n" + _table(["method", "P", "R", "F1", "TP", "FP", "FN"], rows)


def dark_patterns_report(items: list[tuple[str, bool]]) -> str:
    positives = sum(positive for _, positive in items)
    rows = []
    for name, spans in METHODS:
        score, coverage = Score(), Coverage()
        for text, positive in items:
            found = spans(text)
            score.add(bool(found), positive)
            if positive:
                coverage.add(text, found)
        rows.append([name, *score.cells(), _fmt(coverage.mean), _fmt(coverage.mean_flagged)])
    intro = (
        f"{len(items)} texts: {positives} Urgency or Scarcity, "
        f"{len(items) - positives} Not Dark Pattern"
    )
    header = ["method", "P", "R", "F1", "TP", "FP", "FN", "coverage", "coverage (flagged)"]
    return intro + "\n\n" + _table(header, rows)


def youtube_report(comments: list[tuple[str, bool]]) -> str:
    push_codes = {r.code for r in smmlint.RULES if r.category == PUSH_CATEGORY}
    names = ", ".join(f"`{r.name}`" for r in smmlint.RULES if r.category == PUSH_CATEGORY)
    base, alone, together = Score(), Score(), Score()
    for text, spam in comments:
        codes = {f.code for f in smmlint.lint(text).findings}
        base.add(bool(BASELINE.search(text)), spam)
        alone.add(SALES_PUSH in codes, spam)
        together.add(bool(codes & push_codes), spam)
    rows = [
        [BASELINE_NAME, *base.cells()],
        ["`sales-push`", *alone.cells()],
        [f"push rules together ({names})", *together.cells()],
    ]
    return _table(["method", "P", "R", "F1", "TP", "FP", "FN"], rows)


def tweets_report(tweets: list[str]) -> str:
    rows = []
    for name, spans in METHODS:
        fired = sum(bool(spans(text)) for text in tweets)
        rows.append([name, str(fired), f"{fired / len(tweets):.2%}"])
    return _table(["method", "tweets flagged", f"share of {len(tweets)}"], rows)


def report() -> str:
    """Every sales table, in Markdown."""
    tweets = [text for text, _ in load_tweet_acts()]
    return "\n".join(
        [
            "## `sales-push` on sms-spam (development half)\n",
            sms_report(load_sms()),
            "\n## `sales-push` on dark-patterns (development half)\n",
            dark_patterns_report(load_dark_patterns()),
            "\n## The push rules on youtube-spam\n",
            youtube_report(load_youtube_spam()),
            "\n## `sales-push` on tweet-acts (tweets that are not adverts)\n",
            tweets_report(tweets),
        ]
    )


# Reading the errors ------------------------------------------------------------------------


def errors(kind: str) -> Iterable[str]:
    """Misses and false alarms of one set, each with what ``sales-push`` marked."""
    if kind == "tweets":
        for text, _ in load_tweet_acts():
            if found := sales_spans(text):
                yield f"FIRES {_marked(text, found)}"
        return
    items = {"sms": load_sms, "dark": load_dark_patterns, "youtube": load_youtube_spam}[kind]()
    for text, positive in items:
        found = sales_spans(text)
        if bool(found) != positive:
            yield f"{'MISS' if positive else 'FALSE'} {_marked(text, found)}"
        elif positive and kind == "dark":
            share = Coverage().add(text, found)
            if share < 0.7:
                yield f"PART {share:.2f} {_marked(text, found)}"


def _marked(text: str, spans: list[tuple[int, int]]) -> str:
    for start, end in sorted(spans, reverse=True):
        text = f"{text[:start]}[{text[start:end]}]{text[end:]}"
    return text.replace("\n", " / ")


def main() -> None:
    if len(sys.argv) == 3 and sys.argv[1] == "--errors":
        for line in errors(sys.argv[2]):
            print(line)
    else:
        print(report())


if __name__ == "__main__":
    main()
