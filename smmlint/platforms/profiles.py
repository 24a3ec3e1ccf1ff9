"""Platform profiles: each network's length limit, how it counts, its fold and hashtag norms."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from smmlint.offsets import GraphemeBoundaries

Counter = Callable[[str], int]


def count_code_points(text: str) -> int:
    """Length as most web forms count it: one per code point."""
    return len(text)


def count_graphemes(text: str) -> int:
    """Length in user-perceived characters (grapheme clusters)."""
    return GraphemeBoundaries(text).count()


@dataclass(frozen=True)
class Platform:
    """A network's published limits and norms."""

    name: str
    label: str
    max_length: int | None
    counter: Counter = field(default=count_code_points, repr=False)
    length_unit: str = "characters"
    fold_at: int | None = None  # characters shown before "see more"
    hashtag_limit: int | None = None  # most hashtags the network accepts
    hashtag_norm: int = 3  # more than this reads as stuffing
    aliases: tuple[str, ...] = ()

    def length(self, text: str) -> int:
        """The post's length as this network counts it."""
        return self.counter(text)


GENERIC = Platform(name="generic", label="Generic", max_length=None, hashtag_norm=3)

PLATFORMS: dict[str, Platform] = {p.name: p for p in (GENERIC,)}


def get_platform(name: str) -> Platform:
    """The profile called ``name`` (or one of its aliases); ``ValueError`` lists the valid ones."""
    if isinstance(name, Platform):
        return name
    key = str(name).strip().lower()
    for platform in PLATFORMS.values():
        if key == platform.name or key in platform.aliases:
            return platform
    valid = ", ".join(sorted(PLATFORMS))
    raise ValueError(f"unknown platform {name!r}; valid platforms: {valid}")
