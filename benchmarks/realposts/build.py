"""Build ``corpus.jsonl`` from the data sets in ``benchmarks/data/`` and say what was cleaned.

    python -m benchmarks.realposts.build

The output is deterministic (posts sorted by id); the test suite checks that the committed
file is what this script writes, so the corpus cannot drift from the data.
"""

from __future__ import annotations

from benchmarks.realposts.artefacts import ARTEFACTS
from benchmarks.realposts.corpus import CORPUS, artefact_counts, build, dumps


def main() -> None:
    posts, log = build()
    CORPUS.write_text(dumps(posts), encoding="utf-8")
    print(f"wrote {len(posts)} posts to {CORPUS.relative_to(CORPUS.parents[2])}")
    for source, counts in artefact_counts(posts).items():
        print(
            f"{source}: {log.rows[source]} rows, {log.duplicates[source]} exact duplicates "
            f"and {log.empty[source]} empty dropped, {counts['posts']} posts"
        )
        for tag, meaning in ARTEFACTS.items():
            if counts[tag]:
                print(f"    {counts[tag]:5d}  {tag}: {meaning}")


if __name__ == "__main__":
    main()
