"""Same input, same output, from any number of threads."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import smmlint

DRAFTS = [
    "BUY NOW!!! 50% off today only 🎉 https://shop.example.com",
    "We are excited to announce our world-class platform. Learn more at our site.",
    "What's the one tool you couldn't work without this year? Tell us below 👇",
    "I hate how awful this launch went. Terrible, just terrible.",
    "👨‍👩‍👧‍👦🇫🇷 café ÉTÉ ✨ #summer #sun #fun",
]


def test_parallel_lints_match_sequential_ones() -> None:
    expected = [smmlint.lint(d, platform="x").to_dict() for d in DRAFTS]
    with ThreadPoolExecutor(max_workers=8) as pool:
        got = list(pool.map(lambda d: smmlint.lint(d, platform="x").to_dict(), DRAFTS * 40))
    assert got == expected * 40
