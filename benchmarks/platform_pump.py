"""Pump strings against the platform code: entity extraction, length counting, SMM401-403.

    python benchmarks/platform_pump.py

A pump repeats a piece until the text is 50,000 code points: the shape that makes a
backtracking expression go quadratic. For each pump it prints the slowest of: extracting
entities (every handle style), counting and fitting on every platform, and running each
platform rule on a fresh ``Post`` on every platform (so the entities, sentences and words
the rule reads are computed inside the measurement). The budget is 200 ms per rule. Times
are CPU time of this process, so other work on the machine does not inflate them.
"""

from __future__ import annotations

import gc
import sys
import time
from collections.abc import Callable
from itertools import count
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import smmlint
from smmlint.platforms import extract_entities
from smmlint.read.post import Post

LENGTH = 50_000
PIECES = {
    "dots": "a.",
    "dotless word": "x",
    "dashes after protocol": "http://a-",
    "underscored labels": "a_.",
    "cjk then tld": "日",
    "hash letters": "#a",
    "hashes": "#",
    "at signs": "@",
    "remote handles": "@a@b.",
    "bluesky handles": "@a.b",
    "cashtags": "$A ",
    "open parens in path": "(a",
    "query bangs": "!",
    "emoji": "🎉",
    "zwj chain": "👨\u200d",
    "keycaps": "1\u20e3",
    "combining marks": "e\u0301",
    "lone surrogates": "\ud800",
    "links": "https://example.com/a ",
    "bare hosts": "example.com ",
    "t.co slugs": "http://t.co/",
    "emoji and links": "🎉 https://a.co ",
    "remote mentions and links": "@a@b.social https://c.org ",
}
_VARIANTS = count()
PLATFORM_RULES = [r for r in smmlint.RULES if r.code in ("SMM401", "SMM402", "SMM403")]
PREFIXES = {"open parens in path": "https://example.com/", "query bangs": "https://example.com/?"}


def pump(name: str) -> str:
    piece = PIECES[name]
    prefix = PREFIXES.get(name, "")
    return (prefix + piece * (LENGTH // len(piece) + 1))[:LENGTH]


def seconds(action: Callable[[str], object], text: str) -> float:
    """CPU seconds ``action`` takes on a fresh copy of ``text``.

    The copy's last character differs each time, so no scan is answered from the small
    caches of links and entities.
    """
    fresh = f"{text[:-1]}{chr(0x4E00 + next(_VARIANTS) % 20_000)}"
    gc.collect()  # garbage left by the previous measurement is not this one's cost
    start = time.process_time()
    action(fresh)
    return time.process_time() - start


def measure(text: str) -> tuple[float, float, float]:
    """Slowest entity extraction, count-and-fit and single rule on ``text``, in seconds."""
    entities = max(
        seconds(lambda t, h=h: list(extract_entities(t, h)), text)
        for h in ("x", "fediverse", "atproto", "instagram")
    )
    counting = max(
        seconds(lambda t, p=p: (p.length(t), p.fit(t, p.max_length or 280)), text)
        for p in smmlint.PLATFORMS.values()
    )
    rules = max(
        seconds(lambda t, p=p, r=r: list(r.run(Post(t, p), {})), text)
        for p in smmlint.PLATFORMS.values()
        for r in PLATFORM_RULES
    )
    return entities, counting, rules


def main() -> None:
    smmlint.lint("warm up", "x")
    assert len(PLATFORM_RULES) == 3
    print(f"{'pump':24} {'entities':>9} {'count+fit':>10} {'worst rule':>11}   (ms CPU)")
    worst = 0.0
    for name in PIECES:
        entities, counting, rules = measure(pump(name))
        worst = max(worst, entities, counting, rules)
        print(f"{name:24} {entities * 1000:9.1f} {counting * 1000:10.1f} {rules * 1000:11.1f}")
    print(f"slowest: {worst * 1000:.0f} ms (budget 200 ms per rule)")


if __name__ == "__main__":
    main()
