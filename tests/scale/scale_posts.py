"""10,000 real posts (tweet-acts and youtube-spam, from benchmarks/data/) plus rows that are
not posts, and what single-process ``smmlint.lint`` says of each through the audit's row
checks: the yardstick every engine's output is compared with, row by row, in the same run."""

from __future__ import annotations

import csv
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pyarrow as pa

from smmlint.cli.archive import Fields, SkippedRow, check_record
from smmlint.cli.options import LintSettings
from smmlint.core.config import Config

DATA = Path(__file__).resolve().parents[2] / "benchmarks" / "data"
POSTS = 10_000
SETTINGS = LintSettings("generic", Config(), "text")
FIELDS = Fields("text", "network", "")

# Rows an archive really holds and the audit reports instead of linting.
NOT_POSTS: list[tuple[str | None, str | None]] = [
    (None, "x"),
    ("", "x"),
    ("  \n\t ", ""),
    ("A real post, for a network nobody has heard of?", "myspace"),
    ("Too long. " * 7000, "linkedin"),
]


def real_posts() -> list[dict[str, Any]]:
    """``POSTS`` real posts (``id``, ``text``, ``network``), then the rows above. Tweets go to
    x; YouTube comments to the default platform, and once more to LinkedIn to reach 10,000."""
    with (DATA / "tweet-acts" / "TWEET_DATA.csv").open(encoding="utf-8", newline="") as file:
        tweets = [(row[0], "x") for row in csv.reader(file) if row]
    comments: list[str] = []
    for path in sorted((DATA / "youtube-spam").glob("*.csv")):
        with path.open(encoding="utf-8", newline="") as file:
            comments += [row["CONTENT"] for row in csv.DictReader(file)]
    rows = tweets + [(text, "") for text in comments]
    rows += [(text, "linkedin") for text in comments[: POSTS - len(rows)]]
    assert len(rows) == POSTS, "benchmarks/data/ holds fewer posts than the tests need"
    rows += NOT_POSTS
    return [{"id": i, "text": text, "network": net} for i, (text, net) in enumerate(rows, 1)]


def posts_table(posts: list[dict[str, Any]]) -> pa.Table:
    """The posts as Arrow, as an archive in a data lake holds them."""
    return pa.table(
        {
            "id": pa.array([p["id"] for p in posts], pa.int64()),
            "text": pa.array([p["text"] for p in posts], pa.string()),
            "network": pa.array([p["network"] for p in posts], pa.string()),
        }
    )


def expected(post: dict[str, Any]) -> dict[str, Any]:
    """What the audit says of one post: its reason, or ``smmlint.lint``'s wire shape."""
    checked = check_record(0, post, FIELDS)
    if isinstance(checked, SkippedRow):
        return {"error": checked.reason}
    wire = SETTINGS.lint(checked.text, platform=checked.platform).to_dict()
    return {"error": None, **{k: wire[k] for k in ("platform", "score", "band", "findings")}}


def compare(results: Iterable[dict[str, Any]], wanted: dict[int, dict[str, Any]]) -> int:
    """Assert the engine's result rows (as Arrow's ``to_pylist`` gives them) are exactly the
    expected ones, one per id, none missing; the number of rows compared."""
    seen: Counter[int] = Counter()
    for row in results:
        seen[row["id"]] += 1
        want = wanted[row["id"]]
        got = {"error": row["error"]}
        if row["error"] is None:
            got.update({k: row[k] for k in ("platform", "score", "band", "findings")})
            counts = Counter(f["code"] for f in want["findings"])
            assert dict(row["counts"]) == counts, f"row {row['id']}: counts"
        assert got == want, f"row {row['id']} differs from smmlint.lint"
    assert set(seen) == set(wanted), f"missing rows: {sorted(set(wanted) - set(seen))[:10]}"
    assert max(seen.values()) == 1, "a row came out twice"
    return sum(seen.values())
