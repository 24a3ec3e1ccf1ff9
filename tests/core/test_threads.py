"""Same input, same output, from any number of threads."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

import smmlint
from smmlint.read.post import Post

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


def test_a_slow_analysis_never_holds_up_another_post() -> None:
    """Python 3.11's functools.cached_property shares one lock per attribute across every
    instance: a post computing its length held up every other post's length."""
    entered, release = threading.Event(), threading.Event()

    class Stalling:
        name = "stalling"
        handles = "x"

        def length(self, text: str) -> int:
            entered.set()
            release.wait(30)
            return len(text)

    slow = Post("slow", Stalling())  # type: ignore[arg-type]
    blocked = threading.Thread(target=lambda: slow.platform_length)
    blocked.start()
    try:
        assert entered.wait(30)
        done = threading.Event()
        quick = Post("quick", smmlint.PLATFORMS["x"])
        threading.Thread(target=lambda: (quick.platform_length, done.set())).start()
        assert done.wait(5), "another post's analysis waited for the slow one"
    finally:
        release.set()
        blocked.join(30)
    assert slow.platform_length == 4
