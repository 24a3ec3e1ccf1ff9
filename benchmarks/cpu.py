"""Per-call CPU time with contenders interleaved draft by draft, and the statistics we print.

Wall-clock phases run one after the other mislead on a shared machine: whatever else runs
during one phase slows only that contender. Here every contender lints the same draft in
turn (the order rotating from draft to draft), and each call is charged the CPU time of
its own thread (``time.thread_time_ns``), so other processes cost it nothing.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable, Iterable, Mapping, Sequence


def cpu_ns(func: Callable[[str], object], text: str) -> int:
    """CPU nanoseconds this thread spent in ``func(text)``."""
    start = time.thread_time_ns()
    func(text)
    return time.thread_time_ns() - start


def interleaved(
    contenders: Mapping[str, Callable[[str], object]], texts: Sequence[str]
) -> dict[str, list[int]]:
    """Each contender's CPU ns per text; for every text all contenders run, in rotating order."""
    names = list(contenders)
    samples: dict[str, list[int]] = {name: [] for name in names}
    for index, text in enumerate(texts):
        shift = index % len(names)
        for name in names[shift:] + names[:shift]:
            samples[name].append(cpu_ns(contenders[name], text))
    return samples


def warm(contenders: Mapping[str, Callable[[str], object]], texts: Iterable[str]) -> None:
    """Run every contender over ``texts`` once (imports, lazy tables, JIT-free warm-up)."""
    for text in texts:
        for func in contenders.values():
            func(text)


def median_ms(samples: Sequence[int]) -> float:
    """The median of CPU nanosecond samples, in milliseconds."""
    return statistics.median(samples) / 1e6


def percentile_ms(samples: Sequence[int], share: float) -> float:
    """The ``share`` percentile (0..1) of CPU nanosecond samples, in milliseconds."""
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))] / 1e6


def summed(*series: Sequence[int]) -> list[int]:
    """Per-text sums of several contenders' samples (the cost of doing all of them)."""
    return [sum(parts) for parts in zip(*series, strict=True)]
