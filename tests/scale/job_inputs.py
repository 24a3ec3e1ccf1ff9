"""Small archives in each format the jobs read, with the rows a real export holds: a post
spanning lines, quotes, emoji, an empty post, a platform nobody knows."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

ROWS: list[dict[str, Any]] = [
    {"id": "a", "text": "Shop now, 20% off!! 🎉", "network": "x"},
    {"id": "b", "text": 'Which colour would you pick?\nTell us "why" 👇', "network": "linkedin"},
    {"id": "c", "text": "", "network": "x"},
    {"id": "d", "text": "What did you think of the launch?", "network": "myspace"},
    {"id": "e", "text": "We read every reply. Thank you, @ana!", "network": ""},
]
EXPECTED_ERRORS = {"c": "'text' is empty", "d": "unknown platform"}


def write_inputs(folder: Path) -> dict[str, Path]:
    """The rows as CSV, JSON Lines (plus a line that is not JSON) and Parquet."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = {kind: folder / f"posts.{kind}" for kind in ("csv", "jsonl", "parquet")}
    with paths["csv"].open("w", encoding="utf-8", newline="") as file:
        writer = csv.DictWriter(file, ["id", "text", "network"])
        writer.writeheader()
        writer.writerows(ROWS)
    lines = [json.dumps(row, ensure_ascii=False) for row in ROWS] + ['{"id": "f", "text": ']
    paths["jsonl"].write_text("\n".join(lines) + "\n", encoding="utf-8")
    pq.write_table(pa.Table.from_pylist(ROWS), paths["parquet"])
    return paths


def check_output(rows: list[dict[str, Any]], wanted: dict[str, dict[str, Any]]) -> None:
    """Every input row is in the output once, linted as ``smmlint.lint`` lints it or with
    the audit's reason."""
    by_id = {row["id"]: row for row in rows if row["id"] is not None}
    assert set(by_id) == {row["id"] for row in ROWS}
    for key, row in by_id.items():
        if key in EXPECTED_ERRORS:
            assert row["error"].startswith(EXPECTED_ERRORS[key]) and row["score"] is None
        else:
            want = wanted[key]
            assert row["error"] is None
            assert (row["score"], row["platform"], row["findings"]) == (
                want["score"],
                want["platform"],
                want["findings"],
            )
