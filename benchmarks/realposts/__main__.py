"""Lint the corpus of real posts; print precision per rule, findings to review, the diff.

    python -m benchmarks.realposts                      # table, unreviewed counts, diff summary
    python -m benchmarks.realposts --rule sales-push --unreviewed --sample 20
    python -m benchmarks.realposts --rule sales-push --judge POST_ID wrong "news figure" --span '$5'
    python -m benchmarks.realposts --diff               # every added/dropped finding, in context
    python -m benchmarks.realposts --update             # rewrite the snapshot (read the diff first)

See benchmarks/realposts/README.md for the review workflow.
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import time

import smmlint
from benchmarks.realposts import corpus, report, snapshot, verdicts
from benchmarks.realposts.diff import diff
from benchmarks.realposts.stats import RuleStats, below_floor, rule_stats
from benchmarks.realposts.verdicts import VERDICT_VALUES, Verdict

DIFF_PREVIEW = 5  # findings shown per rule and direction without --diff
Findings = dict[str, list[snapshot.Found]]
Judged = dict[tuple[str, str, str], Verdict]
Posts = dict[str, corpus.RealPost]


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.realposts",
        description="Check every rule on real posts nobody on the team wrote.",
    )
    parser.add_argument(
        "--rule", action="append", default=[], metavar="NAME", help="only this rule (repeatable)"
    )
    parser.add_argument(
        "--unreviewed",
        action="store_true",
        help="list findings that have no verdict yet, with the post text",
    )
    parser.add_argument(
        "--sample",
        type=int,
        metavar="N",
        help="with --unreviewed or --list: N findings per rule, drawn at random",
    )
    parser.add_argument(
        "--seed", default="realposts", help="seed for --sample (default: %(default)s)"
    )
    parser.add_argument(
        "--list",
        action="store_true",
        help="list findings whether reviewed or not, with their verdicts",
    )
    parser.add_argument(
        "--diff", action="store_true", help="list every finding added or dropped since the snapshot"
    )
    parser.add_argument("--update", action="store_true", help="rewrite the snapshot")
    parser.add_argument(
        "--judge",
        nargs=3,
        metavar=("POST", "VERDICT", "REASON"),
        help=f"record a verdict ({', '.join(VERDICT_VALUES)}) for --rule",
    )
    parser.add_argument(
        "--span", help="with --judge: the span text (default: the post's only finding of that rule)"
    )
    parser.add_argument(
        "--by-source", action="store_true", help="also print the table for each source"
    )
    parser.add_argument("--markdown", action="store_true", help="print the table as Markdown")
    parser.add_argument(
        "--check",
        action="store_true",
        help="exit 1 if the snapshot is out of date or a rule is below its floor",
    )
    parser.add_argument("--jobs", type=int, help="processes for linting (default: every core)")
    return parser


def _judge(args: argparse.Namespace, by_id: Posts) -> int:
    """Record one verdict; only the judged post is linted, to learn its spans."""
    if len(args.rule) != 1:
        print("--judge needs exactly one --rule", file=sys.stderr)
        return 2
    post, verdict, reason = args.judge
    rule = args.rule[0]
    if verdict not in VERDICT_VALUES or not reason.strip():
        print(f"verdict must be one of {VERDICT_VALUES}, with a reason", file=sys.stderr)
        return 2
    if post not in by_id:
        print(f"no post {post!r} in the corpus", file=sys.stderr)
        return 2
    spans = sorted({f.span for f in snapshot.lint_post(by_id[post]) if f.rule == rule})
    span = args.span if args.span is not None else (spans[0] if len(spans) == 1 else None)
    if span is None or span not in spans:
        print(
            f"{rule} on {post} has these spans now: {spans}; pass one with --span", file=sys.stderr
        )
        return 2
    verdicts.record([Verdict(post, span, rule, verdict, reason)])
    print(f"recorded: {rule} {post} {span!r} {verdict}")
    return 0


def _stats(rules: list[str], current: Findings, judged: Judged) -> list[RuleStats]:
    """The table's rows: rules that fire or have stale verdicts."""
    rows = [rule_stats(rule, current.get(rule, []), judged) for rule in rules]
    return [s for s in rows if s.findings or s.stale]


def _cpu_seconds() -> float:
    """CPU time of this process and the linting processes it waited for."""
    own, children = (
        resource.getrusage(who) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)
    )
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _pick(found: list[snapshot.Found], n: int | None, seed: str, rule: str) -> list[snapshot.Found]:
    if n is None or n >= len(found):
        return found
    return sorted(random.Random(f"{seed}:{rule}").sample(found, n))


def _list_findings(
    args: argparse.Namespace, rules: list[str], current: Findings, judged: Judged, by_id: Posts
) -> None:
    """Print findings for reading (--unreviewed / --list), with their verdicts if any."""
    for rule in rules:
        found = [f for f in current.get(rule, []) if not (args.unreviewed and f.key in judged)]
        for f in _pick(found, args.sample, args.seed, rule):
            print(report.describe(by_id[f.post], f, judge_hint=f.key not in judged))
            if f.key in judged:
                print(f"    verdict: {judged[f.key].verdict} — {judged[f.key].reason}")
            print()


def _print_tables(
    args: argparse.Namespace, rules: list[str], current: Findings, judged: Judged, by_id: Posts
) -> list[RuleStats]:
    """Print the precision table (and one per source with --by-source); return its rows."""
    table = report.markdown_table if args.markdown else report.plain_table
    stats = _stats(rules, current, judged)
    print(table(stats))
    for source in sorted({post.source for post in by_id.values()}) if args.by_source else ():
        prefix = f"{source}:"
        mine = {rule: [f for f in found if f.post.startswith(prefix)]
                for rule, found in current.items()}  # fmt: skip
        theirs = {key: v for key, v in judged.items() if key[0].startswith(prefix)}
        print(f"\n{source}:")
        print(table(_stats(rules, mine, theirs)))
    return stats


def _print_diff(
    args: argparse.Namespace, rules: list[str], current: Findings, by_id: Posts
) -> bool:
    """Print what changed since the snapshot; return whether anything did."""
    changes = [c for c in diff(snapshot.load(), current) if c.rule in rules]
    print()
    if not changes:
        print("snapshot: no change")
    limit = None if args.diff else DIFF_PREVIEW
    for change in changes:
        print(f"snapshot: {change.rule}: +{len(change.added)} added, "
              f"-{len(change.dropped)} dropped")  # fmt: skip
        for sign, found in (("+", change.added), ("-", change.dropped)):
            for f in found[:limit]:
                context = report.marked(by_id[f.post], f, 60).replace("\n", " ⏎ ")
                print(f"  {sign} {f.post}: {context}")
            if limit is not None and len(found) > limit:
                print(f"  {sign} … {len(found) - limit} more (--diff lists them all)")
    return bool(changes)


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    known = {r.name for r in smmlint.RULES}
    unknown = [name for name in args.rule if name not in known]
    if unknown:
        print(f"unknown rule(s): {', '.join(unknown)}", file=sys.stderr)
        return 2
    began, cpu_began = time.perf_counter(), _cpu_seconds()
    posts = corpus.load()
    by_id = {post.id: post for post in posts}
    if args.judge:
        return _judge(args, by_id)
    current = snapshot.lint_corpus(posts, jobs=args.jobs)
    elapsed, cpu = time.perf_counter() - began, _cpu_seconds() - cpu_began
    rules = args.rule or sorted(known)
    judged = verdicts.load()
    if args.unreviewed or args.list:
        _list_findings(args, rules, current, judged, by_id)
    print(f"{len(posts)} posts linted in {elapsed:.1f} s ({cpu:.1f} s of CPU)\n")
    stats = _print_tables(args, rules, current, judged, by_id)
    changed = _print_diff(args, rules, current, by_id)
    if args.update:
        rewritten = snapshot.write(current)
        print(f"snapshot rewritten: {', '.join(rewritten) or 'nothing changed'}")
        return 0
    if args.check:
        low = below_floor(stats, verdicts.load_floors())
        if low:
            print(f"below floor: {', '.join(low)}")
        return 1 if changed or low else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
