"""``smmlint.core.warm``: a warm process loads nothing more when it lints other drafts."""

from __future__ import annotations

import json
import subprocess
import sys

# Run in a fresh interpreter: the tables under test are loaded once per process, and other
# tests in this one have loaded them already.
PROGRAM = """
import json
from smmlint.analysis import lexicon, syllables
from smmlint.core.warm import warm_up

def loaded():
    return [
        syllables._patterns.cache_info().currsize,
        sorted(i for i, lex in enumerate(lexicon._SHARED) if "_alphabet" in lex.__dict__),
    ]

warm_up()
after_warm_up = loaded()
import smmlint
smmlint.lint("Pneumonoultramicroscopic zorblaxing, naïve Ærøskøbing crème brûlée. Why?")
print(json.dumps([after_warm_up, loaded()]))
"""


def test_warm_up_loads_the_tables_other_drafts_reach() -> None:
    """A word the pronouncing dictionary lacks needs Pyphen's patterns and a letter beyond
    ASCII the phrase lists' alphabets: a worker forked from a warm process must not load
    them again (130 ms of CPU each for Pyphen alone)."""
    run = subprocess.run([sys.executable, "-c", PROGRAM], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    after_warm_up, after_lint = json.loads(run.stdout)
    assert after_warm_up == after_lint
    patterns, alphabets = after_warm_up
    assert patterns == 1 and alphabets
