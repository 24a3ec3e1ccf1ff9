"""What changed between the committed snapshot and the findings smmlint gives now."""

from __future__ import annotations

from dataclasses import dataclass

from benchmarks.realposts.snapshot import Found


@dataclass(frozen=True)
class RuleDiff:
    """A rule's findings that appeared and disappeared since the snapshot."""

    rule: str
    added: tuple[Found, ...]
    dropped: tuple[Found, ...]

    def __bool__(self) -> bool:
        return bool(self.added or self.dropped)


def diff(snapshot: dict[str, list[Found]], current: dict[str, list[Found]]) -> list[RuleDiff]:
    """Per rule (sorted by name), the findings added and dropped; unchanged rules left out."""
    changes = []
    for rule in sorted(set(snapshot) | set(current)):
        old, new = set(snapshot.get(rule, ())), set(current.get(rule, ()))
        change = RuleDiff(rule, tuple(sorted(new - old)), tuple(sorted(old - new)))
        if change:
            changes.append(change)
    return changes
