"""How a rule is declared: identity, documentation and its tested examples in one place."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from smmlint.core.model import Scope, Severity

if TYPE_CHECKING:
    from smmlint.read.post import Post

MARKER_OPEN, MARKER_CLOSE = "<marker>", "</marker>"
_CODE = re.compile(r"^SMM\d{3}$")
_NAME = re.compile(r"^[a-z]+(?:-[a-z]+)*$")


@dataclass(frozen=True)
class Hit:
    """What a rule check yields: a span, or the whole post, with optional specific wording."""

    start: int
    end: int
    scope: Scope = "span"
    message: str | None = None
    hint: str | None = None


@dataclass(frozen=True)
class Example:
    """A draft a rule must fire on (spans between ``<marker>`` tags) or stay quiet on."""

    text: str
    platform: str = "generic"
    has_media: bool | None = None
    reason: str = ""

    @property
    def plain(self) -> str:
        """The draft without markers."""
        return self.text.replace(MARKER_OPEN, "").replace(MARKER_CLOSE, "")

    @property
    def spans(self) -> tuple[tuple[int, int], ...]:
        """The marked spans, as code-point offsets into ``plain``."""
        spans, text, pos = [], self.text, 0
        while (open_at := text.find(MARKER_OPEN, pos)) != -1:
            close_at = text.index(MARKER_CLOSE, open_at)
            start = len(self.plain_until(open_at))
            end = start + close_at - open_at - len(MARKER_OPEN)
            spans.append((start, end))
            pos = close_at + len(MARKER_CLOSE)
        return tuple(spans)

    def plain_until(self, index: int) -> str:
        head = self.text[:index]
        return head.replace(MARKER_OPEN, "").replace(MARKER_CLOSE, "")


ExampleLike = str | Example | tuple[str, str]
Check = Callable[["Post", Mapping[str, Any]], Iterable[Hit]]


@dataclass(frozen=True)
class Rule:
    """A named, documented check with examples that are also its tests."""

    code: str
    name: str
    severity: Severity
    category: str
    message: str
    hint: str
    check: Check = field(repr=False)
    fires: tuple[Example, ...] = ()
    quiet: tuple[Example, ...] = ()
    options: Mapping[str, Any] = field(default_factory=dict)

    @property
    def doc(self) -> str:
        """The rule's documentation (its docstring, in ruff's sections)."""
        return _dedent(self.check.__doc__ or "")

    @property
    def summary(self) -> str:
        """The first line of the docs: what the rule catches."""
        return self.doc.split("\n", 1)[0].strip()

    def run(self, post: Post, options: Mapping[str, Any]) -> Iterator[Hit]:
        """Run the check with this rule's options, defaults filled in."""
        yield from self.check(post, {**self.options, **options})


_REGISTRY: list[Rule] = []


def rule(
    *,
    code: str,
    name: str,
    severity: Severity | str,
    category: str,
    message: str,
    hint: str,
    fires: Iterable[ExampleLike],
    quiet: Iterable[ExampleLike],
    options: Mapping[str, Any] | None = None,
) -> Callable[[Check], Check]:
    """Declare a rule: the decorated function is its check, its docstring its docs."""
    if not _CODE.match(code):
        raise ValueError(f"rule code {code!r} must look like SMM123")
    if not _NAME.match(name):
        raise ValueError(f"rule name {name!r} must be kebab-case")

    def register(check: Check) -> Check:
        _REGISTRY.append(
            Rule(
                code=code,
                name=name,
                severity=Severity.parse(severity),
                category=category,
                message=message,
                hint=hint,
                check=check,
                fires=tuple(_as_example(e) for e in fires),
                quiet=tuple(_as_example(e) for e in quiet),
                options=dict(options or {}),
            )
        )
        return check

    return register


def registered_rules() -> tuple[Rule, ...]:
    """Every declared rule, ordered by code."""
    return tuple(sorted(_REGISTRY, key=lambda r: r.code))


def _as_example(value: ExampleLike) -> Example:
    if isinstance(value, Example):
        return value
    if isinstance(value, tuple):
        text, reason = value
        return Example(text, reason=reason)
    return Example(value)


def _dedent(doc: str) -> str:
    lines = doc.expandtabs().splitlines()
    if not lines:
        return ""
    indents = [len(line) - len(line.lstrip()) for line in lines[1:] if line.strip()]
    margin = min(indents, default=0)
    return "\n".join([lines[0].strip(), *(line[margin:] for line in lines[1:])]).strip()
