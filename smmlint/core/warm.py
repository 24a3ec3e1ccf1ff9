"""Warming the library in a long-lived worker process (an engine's Python worker, a PySpark
daemon that forks them): load the word lists once, then leave them out of garbage collection.

Imports nothing but the library itself, so a process can warm up before it forks (pyarrow
and pandas start threads when imported, and a process with threads must not fork).
"""

from __future__ import annotations

import gc
import os

from smmlint.core.engine import lint

# Besides the word lists, the tables some drafts only reach load too: Pyphen's patterns (a
# word the pronouncing dictionary lacks, "zorblaxing") and the phrase lists' alphabets (a
# letter beyond ASCII, "café"); each costs a worker that meets it later 30-130 ms.
_WARM_UP = (
    "Warm-up: loads the word lists once per worker process. Who is it for? Zorblaxing "
    "café 🚀 #warm @you https://example.com"
)
_warm_in: int | None = None  # the process that warmed up: a forked child freezes again


def load_tables() -> None:
    """Lint one draft that reaches every table a draft may need (the word lists, the
    pronouncing dictionary, Pyphen's patterns, the automata), so none loads later."""
    lint(_WARM_UP)


def warm_up() -> None:
    """Load every table (``load_tables``), collect garbage, then freeze every object left
    (``gc.freeze``); once per process.

    A warm process holds some 90,000 objects that live as long as it does; a full
    collection walks them all, and Spark's Python worker runs one after every task. Frozen,
    a collection skips them. A child forked from a warm process only freezes what it
    imported since (its lint of the warm-up draft finds everything loaded).
    """
    global _warm_in
    if _warm_in != os.getpid():
        load_tables()
        gc.collect()
        gc.freeze()
        _warm_in = os.getpid()
