"""Every rule's examples are its tests: marked spans must fire exactly, look-alikes stay quiet."""

from __future__ import annotations

import pytest

import smmlint
from smmlint.core.registry import Example, Rule


def _cases(kind: str) -> list[tuple[Rule, Example]]:
    return [(r, e) for r in smmlint.RULES for e in getattr(r, kind)]


def _ids(cases: list[tuple[Rule, Example]]) -> list[str]:
    return [f"{r.code}-{i}" for i, (r, _) in enumerate(cases)]


def _lint_with_only(rule: Rule, example: Example) -> smmlint.Report:
    return smmlint.lint(
        example.plain,
        platform=example.platform,
        has_media=example.has_media,
        config=smmlint.Config(select=(rule.code,)),
    )


FIRES = _cases("fires")
QUIET = _cases("quiet")


@pytest.mark.parametrize(("rule", "example"), FIRES, ids=_ids(FIRES))
def test_rule_fires_at_marked_spans(rule: Rule, example: Example) -> None:
    findings = _lint_with_only(rule, example).findings
    assert findings, f"{rule.code} missed: {example.plain!r}"
    if example.spans:
        got = sorted((f.start, f.end) for f in findings)
        assert got == sorted(example.spans), (
            f"{rule.code} spans {got} != marked {list(example.spans)} in {example.plain!r}"
        )
    else:
        assert all(f.scope == "post" for f in findings), f"{rule.code}: {example.plain!r}"
        assert all((f.start, f.end) == (0, len(example.plain)) for f in findings)


@pytest.mark.parametrize(("rule", "example"), QUIET, ids=_ids(QUIET))
def test_rule_stays_quiet_on_look_alike(rule: Rule, example: Example) -> None:
    findings = _lint_with_only(rule, example).findings
    spans = [example.plain[f.start : f.end] for f in findings]
    assert not findings, f"{rule.code} false positive on {example.plain!r}: {spans}"
