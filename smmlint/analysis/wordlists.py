"""Word and phrase sets read from ``smmlint/data/*.txt`` by section, for cue lookups in code."""

from __future__ import annotations

from collections import defaultdict
from functools import cache
from importlib import resources

from smmlint.analysis.lexicon import Lexicon, expand, normalize, parse


def _read(filename: str) -> str:
    return resources.files("smmlint.data").joinpath(filename).read_text(encoding="utf-8")


@cache
def word_sets(filename: str) -> dict[str, frozenset[str]]:
    """The phrases of ``smmlint/data/<filename>``, normalised, as one set per section."""
    sets: dict[str, set[str]] = defaultdict(set)
    for category, phrase in parse(_read(filename)):
        sets[category].update(normalize(variant) for variant in expand(phrase))
    return {category: frozenset(words) for category, words in sets.items()}


def section_lexicon(filename: str, *sections: str) -> Lexicon:
    """A matcher for some sections of ``smmlint/data/<filename>``, categorised by section (read
    in the shared pass)."""
    return Lexicon(
        ((c, phrase) for c, phrase in parse(_read(filename)) if c in sections), shared=True
    )
