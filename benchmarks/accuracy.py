"""Accuracy of smmlint's rules on real labelled posts: precision, recall and F1 per rule.

Run from the repository root (prints Markdown tables; about 20 s on a 2-core machine)::

    python benchmarks/accuracy.py

tweet-acts (7,500 tweets labelled by speech act): the question detector's "has a question"
decision against ``QUE``, and its "invites a reply" decision (a question or an explicit
invitation) against ``QUE ∪ REQ ∪ SUG``, next to the bare "contains ?" baseline. The labels
describe the text of a retweet, so the detector is scored on the tweet without its leading
"RT @user:"; the row "as posted" reads the raw text, where a retweeted question is not the
author's own (smmlint's design). Rows are also given per half (split by a hash of the text):
the rules were developed looking at errors in the first half only, the second is held out.

youtube-spam (1,956 YouTube comments, spam or not): every registered rule's "fires on this
comment" decision against ``CLASS`` (HTML tags, entities and the trailing U+FEFF removed),
next to the dataset authors' keyword baseline. A rule about conversation is not a spam
detector; its row shows how often it fires on each class.

sms-spam, dark-patterns, youtube-spam and tweet-acts again for ``sales-push``: see
``accuracy_sales.py``, whose tables this script prints last.

The data sets live in ``benchmarks/data/`` with their source and licence (SOURCE.md); they
measure the rules and are not shipped in the package.
"""

from __future__ import annotations

import csv
import hashlib
import html
import re
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import smmlint
from smmlint.analysis.questions import asks_readers, questions
from smmlint.platforms import get_platform
from smmlint.read.post import Post

DATA = Path(__file__).resolve().parent / "data"
_RETWEET_PREFIX = re.compile(r"^(?:RT|MT)\s*@\w{1,15}:?\s*")
_HTML_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)
_HTML_TAG = re.compile(r"<[^<>]{0,2000}>")
# The keyword baseline given with the YouTube data: a link, "check out my", "subscribe",
# "my channel".
_SPAM_BASELINE = re.compile(r"https?://|www\.|check out my|subscribe|my channel", re.IGNORECASE)
_GENERIC = get_platform("generic")


@dataclass
class Score:
    """Counts of one yes/no decision against labels."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0

    def add(self, predicted: bool, actual: bool) -> None:
        if predicted and actual:
            self.tp += 1
        elif predicted:
            self.fp += 1
        elif actual:
            self.fn += 1
        else:
            self.tn += 1

    @property
    def precision(self) -> float | None:
        flagged = self.tp + self.fp
        return self.tp / flagged if flagged else None

    @property
    def recall(self) -> float | None:
        positives = self.tp + self.fn
        return self.tp / positives if positives else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p and r else None

    def cells(self) -> list[str]:
        return [_fmt(self.precision), _fmt(self.recall), _fmt(self.f1)] + [
            str(n) for n in (self.tp, self.fp, self.fn)
        ]


def _fmt(value: float | None) -> str:
    return "–" if value is None else f"{value:.2f}"


def _table(header: list[str], rows: Iterable[list[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


# tweet-acts ------------------------------------------------------------------------------


def load_tweet_acts() -> list[tuple[str, str]]:
    """(text, label) pairs; the ``\\u2026`` escapes kept in the file become "…"."""
    with (DATA / "tweet-acts" / "TWEET_DATA.csv").open(encoding="utf-8", newline="") as f:
        return [(text.replace("\\u2026", "…"), label) for text, label in csv.reader(f)]


def half(text: str) -> int:
    """0 for the development half, 1 for the held-out half (stable across runs)."""
    return hashlib.md5(text.encode("utf-8")).digest()[-1] % 2


def _score(
    items: list[tuple[str, str]], decide: Callable[[str], bool], positive: set[str]
) -> Score:
    score = Score()
    for text, label in items:
        score.add(decide(text), label in positive)
    return score


def _without_retweet_prefix(text: str) -> str:
    return _RETWEET_PREFIX.sub("", text, count=1)


def _has_question(text: str) -> bool:
    return bool(questions(Post(text, _GENERIC)))


def _invites_reply(text: str) -> bool:
    return asks_readers(Post(text, _GENERIC))


def tweet_acts_report(tweets: list[tuple[str, str]]) -> str:
    """The question and invitation decisions, whole set and per half, as a table."""
    question, invitation = {"QUE"}, {"QUE", "REQ", "SUG"}
    decisions = [
        ("has a question", "contains `?` (baseline)", lambda t: "?" in t, question),
        ("has a question", "smmlint, retweet prefix removed",
         lambda t: _has_question(_without_retweet_prefix(t)), question),
        ("has a question", "smmlint, as posted", _has_question, question),
        ("invites a reply", "contains `?` (baseline)", lambda t: "?" in t, invitation),
        ("invites a reply", "smmlint, retweet prefix removed",
         lambda t: _invites_reply(_without_retweet_prefix(t)), invitation),
    ]  # fmt: skip
    parts = {"all": tweets, "dev half": [], "held-out half": []}
    for text, label in tweets:
        parts["held-out half" if half(text) else "dev half"].append((text, label))
    rows = []
    for decision, how, decide, positive in decisions:
        labels = " ∪ ".join(sorted(positive))
        for name, items in parts.items():
            score = _score(items, decide, positive)
            rows.append([decision, labels, how, f"{name} ({len(items)})", *score.cells()])
    header = ["decision", "positives", "method", "rows", "P", "R", "F1", "TP", "FP", "FN"]
    return _table(header, rows)


# youtube-spam ----------------------------------------------------------------------------


def load_youtube_spam() -> list[tuple[str, bool]]:
    """(comment text, is spam) pairs: ``<br>`` as a line break, other tags, entities and
    U+FEFF removed (what the reader saw)."""
    comments = []
    for path in sorted((DATA / "youtube-spam").glob("Youtube0*.csv")):
        with path.open(encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f):
                text = _HTML_TAG.sub("", _HTML_BREAK.sub("\n", row["CONTENT"]))
                text = html.unescape(text).replace("\ufeff", "")
                comments.append((text.strip(), row["CLASS"] == "1"))
    return comments


def youtube_spam_report(comments: list[tuple[str, bool]]) -> str:
    """Every registered rule's precision and recall as a spam signal, as a table."""
    scores = {rule.code: Score() for rule in smmlint.RULES}
    baseline = Score()
    for text, spam in comments:
        fired = {f.code for f in smmlint.lint(text).findings}
        for code, score in scores.items():
            score.add(code in fired, spam)
        baseline.add(bool(_SPAM_BASELINE.search(text)), spam)
    spam_count = sum(spam for _, spam in comments)
    rows = [["keyword baseline (link, check out my, subscribe, my channel)", "–",
             *baseline.cells()]]  # fmt: skip
    for rule in smmlint.RULES:
        score = scores[rule.code]
        rows.append([f"`{rule.name}`", rule.code, *score.cells()])
    header = ["rule", "code", "P", "R", "F1", "TP", "FP", "FN"]
    rate = spam_count / len(comments)
    intro = f"{len(comments)} comments, {spam_count} spam (base rate {rate:.2f})"
    return intro + "\n\n" + _table(header, rows)


def main() -> None:
    tweets = load_tweet_acts()
    print(f"## tweet-acts ({len(tweets)} tweets)\n")
    print(tweet_acts_report(tweets))
    comments = load_youtube_spam()
    print("\n## youtube-spam\n")
    print(youtube_spam_report(comments))
    from accuracy_sales import report as sales_report

    print()
    print(sales_report())


if __name__ == "__main__":
    main()
