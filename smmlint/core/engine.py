"""The engine: validates input, runs every active rule over one ``Post``, scores the result.

It knows nothing about output formats; renderers turn the ``Report`` into text, JSON or SARIF.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from smmlint.analysis.metrics import measure
from smmlint.core.config import Config, with_platform_limits
from smmlint.core.errors import MAX_TEXT_LENGTH, RuleFailed, TextTooLong
from smmlint.core.model import Finding, Report
from smmlint.core.registry import Hit
from smmlint.platforms import get_platform
from smmlint.read.markup import visible_text
from smmlint.read.offsets import GraphemeBoundaries
from smmlint.read.post import Post
from smmlint.score.reading import read
from smmlint.score.scoring import band, penalties, score

_DEFAULT_CONFIG = Config()


def lint(
    text: str,
    platform: str = "generic",
    *,
    config: Config | None = None,
    has_media: bool | None = None,
    markup: str = "text",
) -> Report:
    """Lint one draft for ``platform`` and return its findings, score and metrics.

    ``text`` is the draft (plain text, or Markdown/HTML with ``markup``); offsets in the
    report are code points into ``text``. ``has_media=False`` says the post has no image or
    video. Raises ``TypeError`` for a non-``str`` text, ``TextTooLong`` past
    ``MAX_TEXT_LENGTH`` code points and ``ValueError`` for an unknown platform or markup.
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    if len(text) > MAX_TEXT_LENGTH:
        raise TextTooLong(len(text))
    if has_media is not None and not isinstance(has_media, bool):
        raise TypeError(f"has_media must be a bool or None, not {type(has_media).__name__}")
    config = config or _DEFAULT_CONFIG
    profile = get_platform(platform)
    profile = with_platform_limits(profile, config.platform_limits(profile.name))
    visible = visible_text(text, markup)
    post = Post(visible.text, profile, has_media)
    allowed = _allowed_spans(post.text, config.allow)
    # Markup around a visible character can join it into a cluster of the source
    # (``>`` + U+0301): spans are snapped in the source too, so none splits a grapheme.
    source_graphemes = post.graphemes if visible.text is text else GraphemeBoundaries(text)

    findings = []
    for rule, severity, options in config.plan(profile.name):
        try:
            hits = list(rule.check(post, options))
        except Exception as exc:  # a rule bug must name the rule, never echo the draft
            raise RuleFailed(rule.code, exc) from exc
        if len(hits) > 1:  # most rules find nothing in a draft, or one thing
            hits = _outermost(hits)
        for hit in hits:
            if hit.scope == "post":
                start, end = 0, len(text)
            elif allowed and any(s <= hit.start and hit.end <= e for s, e in allowed):
                continue
            else:
                start, end = source_graphemes.snap(
                    *visible.span_to_source(*post.graphemes.snap(hit.start, hit.end))
                )
            findings.append(
                Finding(
                    rule=rule.name,
                    code=rule.code,
                    severity=severity,
                    message=hit.message or rule.message,
                    hint=hit.hint or rule.hint,
                    start=start,
                    end=end,
                    scope=hit.scope,
                    category=rule.category,
                )
            )
    findings.sort(key=lambda f: (f.start, f.end, f.code))
    metrics = measure(post)
    taken = penalties(findings, read(post))
    total = score(taken)
    return Report(
        text=text,
        platform=profile.name,
        findings=tuple(findings),
        score=total,
        band=band(total),
        penalties=taken,
        metrics=metrics,
    )


def _outermost(hits: list[Hit]) -> list[Hit]:
    """A rule's hits without those lying inside another of its hits (one finding a phrase)."""
    ordered = sorted(hits, key=lambda h: (h.start, -h.end))
    kept: list[Hit] = []
    reach = -1
    for hit in ordered:
        if hit.scope == "post" or hit.end > reach or not kept:
            kept.append(hit)
            reach = max(reach, hit.end) if hit.scope == "span" else reach
    return kept


def _allowed_spans(text: str, allow: tuple[str, ...]) -> list[tuple[int, int]]:
    pattern = _allow_pattern(allow)
    return [m.span() for m in pattern.finditer(text)] if pattern else []


@lru_cache(maxsize=64)
def _allow_pattern(allow: tuple[str, ...]) -> regex.Pattern[str] | None:
    """The allowed phrases as one pattern, or None when there is none (the default)."""
    words = sorted((regex.escape(a.strip()) for a in allow if a.strip()), key=len, reverse=True)
    if not words:
        return None
    return regex.compile(r"(?<!\w)(?:" + "|".join(words) + r")(?!\w)", regex.IGNORECASE)
