"""The real-post check: every finding on the corpus matches the committed snapshot, and every
rule's precision on its reviewed findings stays above its floor (benchmarks/realposts/)."""

from __future__ import annotations

from collections import Counter

import pytest

import smmlint
from benchmarks.realposts import corpus, snapshot, verdicts
from benchmarks.realposts.artefacts import ARTEFACTS, clean
from benchmarks.realposts.diff import diff
from benchmarks.realposts.stats import RuleStats, below_floor, rule_stats, wilson
from benchmarks.realposts.verdicts import Verdict

RULE_NAMES = sorted(rule.name for rule in smmlint.RULES)
UPDATE = "run `python -m benchmarks.realposts --update` and review the diff it prints"


@pytest.fixture(scope="module")
def posts() -> list[corpus.RealPost]:
    return corpus.load()


@pytest.fixture(scope="module")
def current(posts: list[corpus.RealPost]) -> dict[str, list[snapshot.Found]]:
    """Every finding on the corpus, linted once for the whole module."""
    return snapshot.lint_corpus(posts)


@pytest.fixture(scope="module")
def committed() -> dict[str, list[snapshot.Found]]:
    return snapshot.load()


def test_corpus_is_what_the_builder_writes() -> None:
    built, _ = corpus.build()
    assert corpus.dumps(built) == corpus.CORPUS.read_text(encoding="utf-8"), (
        "benchmarks/realposts/corpus.jsonl differs from the data: "
        "run `python -m benchmarks.realposts.build`"
    )


def test_snapshot_files_name_rules() -> None:
    strays = sorted(set(snapshot.load()) - set(RULE_NAMES))
    assert not strays, f"snapshot files for unknown rules: {strays}; {UPDATE}"


@pytest.mark.parametrize("rule", RULE_NAMES)
def test_findings_match_snapshot(
    rule: str,
    current: dict[str, list[snapshot.Found]],
    committed: dict[str, list[snapshot.Found]],
    posts: list[corpus.RealPost],
) -> None:
    changes = diff({rule: committed.get(rule, [])}, {rule: current.get(rule, [])})
    if changes:
        change = changes[0]
        text = {p.id: p.text for p in posts}
        shown = [f"+ {f.post} {f.span!r}: {text[f.post][:100]!r}" for f in change.added[:3]]
        shown += [f"- {f.post} {f.span!r}: {text[f.post][:100]!r}" for f in change.dropped[:3]]
        pytest.fail(
            f"{rule}: {len(change.added)} findings added and {len(change.dropped)} dropped on "
            f"real posts since the snapshot; {UPDATE}.\n" + "\n".join(shown)
        )


def test_verdict_files_are_canonical() -> None:
    for path in sorted(verdicts.VERDICTS.glob("*.tsv")):
        assert path.stem in RULE_NAMES, f"{path.name}: no rule named {path.stem}"
        rows = verdicts.load_rule(path)
        assert verdicts.dumps(rows) == path.read_text(encoding="utf-8"), (
            f"{path.name} is not sorted or holds a repeated key: record verdicts with "
            "`python -m benchmarks.realposts --judge`, or sort the lines by post and span"
        )


def test_floors_name_rules_and_are_fractions() -> None:
    for rule, floor in verdicts.load_floors().items():
        assert rule in RULE_NAMES, f"floors.toml: no rule named {rule}"
        assert 0 <= floor.correct <= floor.correct_or_debatable <= 1, rule


@pytest.mark.parametrize("rule", RULE_NAMES)
def test_precision_stays_above_floor(rule: str, current: dict[str, list[snapshot.Found]]) -> None:
    stats = rule_stats(rule, current.get(rule, []), verdicts.load())
    floors = verdicts.load_floors()
    assert not stats.reviewed or rule in floors, (
        f"{rule} has {stats.reviewed} reviewed findings but no floor in floors.toml"
    )
    if below_floor([stats], floors):
        floor = floors[rule]
        pytest.fail(
            f"{rule}: precision {stats.precision():.3f} (correct) and "
            f"{stats.precision(lenient=True):.3f} (correct+debatable) on {stats.reviewed} "
            f"reviewed real-post findings; floors {floor.correct} and "
            f"{floor.correct_or_debatable}. Read `python -m benchmarks.realposts --rule {rule} "
            "--list` and fix the rule, not the floor"
        )


def test_wilson_interval() -> None:
    low, high = wilson(8, 10)
    assert (round(low, 3), round(high, 3)) == (0.490, 0.943)  # textbook value
    assert wilson(0, 0) == (0.0, 1.0)
    assert wilson(10, 10)[1] == pytest.approx(1.0)
    assert wilson(10, 10)[0] == pytest.approx(0.722, abs=1e-3)


def test_clean_decodes_format_artefacts_and_keeps_real_marks() -> None:
    youtube = clean('Check this &amp; that<br />my <a href="x">site</a>\ufeff', markup=True)
    assert youtube.text == "Check this & that\nmy site"
    assert youtube.artefacts == ("html-entity", "html-tag", "byte-order-mark")
    tweet = clean(r"RT @cnn: Big news \u2014 read http://t.co\u2026", escapes=True)
    assert tweet.text == "RT @cnn: Big news — read http://t.co…"
    assert tweet.artefacts == ("escaped-unicode", "retweet", "truncated", "truncated-link")
    sms = clean("I\x92ll call at &lt;TIME&gt;", redactions=True)
    assert sms.text == "I’ll call at 10:30"
    assert set(sms.artefacts) <= set(ARTEFACTS)


def test_record_keeps_files_sorted_and_replaces_a_key(tmp_path) -> None:
    verdicts.record([Verdict("b:2", "Shop\tnow", "sales-push", "correct", "a CTA")], tmp_path)
    verdicts.record([Verdict("a:1", "*", "sales-push", "wrong", "news")], tmp_path)
    verdicts.record([Verdict("b:2", "Shop\tnow", "sales-push", "debatable", "mild")], tmp_path)
    path = tmp_path / "sales-push.tsv"
    assert path.read_text().splitlines()[1:] == [
        "a:1\t*\twrong\tnews",
        "b:2\tShop\\tnow\tdebatable\tmild",
    ]
    assert [v.span for v in verdicts.load_rule(path)] == ["*", "Shop\tnow"]


def test_below_floor_names_a_rule_under_either_floor() -> None:
    stats = RuleStats("sales-push", 10, 10, Counter(correct=3, debatable=5, wrong=2), 0)
    assert below_floor([stats], {"sales-push": verdicts.Floor(0.3, 0.8)}) == []
    assert below_floor([stats], {"sales-push": verdicts.Floor(0.4, 0.8)}) == ["sales-push"]
    assert below_floor([stats], {"sales-push": verdicts.Floor(0.3, 0.9)}) == ["sales-push"]
    assert below_floor([stats], {}) == []


def test_judge_records_a_verdict_for_a_span_smmlint_still_finds(tmp_path, monkeypatch, capsys):
    from benchmarks.realposts.__main__ import main

    monkeypatch.setattr(verdicts, "VERDICTS", tmp_path)
    found = snapshot.load()["template-leftover"][0]
    judge = ["--rule", "template-leftover", "--judge", found.post]
    assert main([*judge, "wrong", "kisses, not a placeholder", "--span", found.span]) == 0
    assert [(v.post, v.span, v.verdict) for v in verdicts.load(tmp_path).values()] == [
        (found.post, found.span, "wrong")
    ]
    assert main([*judge, "maybe", "unsure"]) == 2
    assert main([*judge, "wrong", "a reason", "--span", "no such span"]) == 2
    assert "has these spans now" in capsys.readouterr().err
