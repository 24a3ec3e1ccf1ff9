"""Small pieces of wording shared by the text outputs."""

from __future__ import annotations


def counted(count: int, noun: str) -> str:
    """``1 finding``, ``2 findings``, ``1,024 posts``."""
    return f"{count:,} {noun}" if count == 1 else f"{count:,} {noun}s"
