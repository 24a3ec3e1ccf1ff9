"""The one door to the library: validated arguments in, a ``Report`` out, within a slot."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from flask import current_app, request

import smmlint
from server.errors import ApiError
from server.limits import Overloaded, Slot
from server.payload import invalid
from server.request_state import RequestState, request_state, start_request
from smmlint.read.markup import MARKUPS

# Every name and alias a request may use, mapped to the platform's own name.
_CANONICAL = {name: p.name for p in smmlint.PLATFORMS.values() for name in (p.name, *p.aliases)}
PLATFORM_NAMES = tuple(sorted(_CANONICAL))
SEVERITIES = tuple(s.value for s in smmlint.Severity)
# What ``select`` and ``ignore`` accept: rule names, codes and code prefixes (SMM, SMM1...).
SELECTORS = tuple(
    sorted(
        {rule.name for rule in smmlint.RULES}
        | {rule.code[:n] for rule in smmlint.RULES for n in range(3, len(rule.code) + 1)}
    )
)


def canonical_platform(name: str, field: str = "platform") -> str:
    """The platform's own name for ``name`` or one of its aliases; 422 if unknown."""
    canonical = _CANONICAL.get(name) if isinstance(name, str) else None
    if canonical is None:
        invalid(f"'{field}' is not a known platform; valid: {', '.join(PLATFORM_NAMES)}.")
    return canonical


def lint(
    text: str,
    platform: str,
    *,
    markup: str = "text",
    select: tuple[str, ...] = (),
    ignore: tuple[str, ...] = (),
    has_media: bool | None = None,
) -> smmlint.Report:
    """Lint one draft for one platform within a lint slot (see ``lint_each``)."""
    (report,) = lint_each(
        text, (platform,), markup=markup, select=select, ignore=ignore, has_media=has_media
    )
    return report


def lint_each(
    text: str,
    platforms: Sequence[str],
    *,
    markup: str = "text",
    select: tuple[str, ...] = (),
    ignore: tuple[str, ...] = (),
    has_media: bool | None = None,
) -> list[smmlint.Report]:
    """Lint one draft for each platform, mapping library errors to JSON ones.

    All of it happens within one lint slot, taken before any work: a request either waits
    for its turn and finishes, or is answered 503 before it has cost anything.
    """
    if markup not in MARKUPS:
        invalid(f"'markup' must be one of: {', '.join(MARKUPS)}.", "unsupported_markup")
    config = rule_config(select, ignore)
    reports = []
    state = _state()
    with lint_slot(state):
        try:
            for platform in platforms:
                check_deadline(state)
                reports.append(
                    smmlint.lint(text, platform, config=config, has_media=has_media, markup=markup)
                )
        except smmlint.TextTooLong as exc:
            raise ApiError(422, "text_too_long", str(exc)) from None
        except (TypeError, ValueError):
            invalid("The draft could not be linted with these arguments.")
    state.record(text, (finding for report in reports for finding in report.findings))
    return reports


class lint_slot:  # lower case, as contextlib names its context managers
    """Hold a lint slot for a ``with`` block: a view does all its per-draft work (linting,
    turning reports into answers) inside one. Re-entrant within a request; the wait for a
    slot ends with the request's deadline at the latest.

    A class rather than a generator: every lint request enters one.
    """

    __slots__ = ("_held", "_state")

    def __init__(self, state: RequestState | None = None) -> None:
        self._state = state or _state()
        self._held: Slot | None = None

    def __enter__(self) -> None:
        state = self._state
        if state.holding_slot:
            return
        held = state.gate.slot(within=state.seconds_left())
        held.__enter__()
        self._held = held
        state.holding_slot = True

    def __exit__(self, *exc_info: object) -> None:
        held = self._held
        if held is not None:
            self._held = None
            self._state.holding_slot = False
            held.__exit__(*exc_info)


def check_deadline(state: RequestState) -> None:
    """``Overloaded`` (503) once the request's deadline has passed."""
    if state.seconds_left() <= 0:
        raise Overloaded


def _state() -> RequestState:
    """The request's state; started here for a request that skipped the app's hooks."""
    # The request object, then its environ: one lookup through Flask's proxy, not two.
    environ = request._get_current_object().environ  # type: ignore[attr-defined]
    state = request_state(environ)
    if state is None:
        server = current_app.extensions["smmlint"]
        state = start_request(environ, server.security.request_timeout, server.gate)
    return state


@lru_cache(maxsize=256)
def rule_config(select: tuple[str, ...], ignore: tuple[str, ...]) -> smmlint.Config | None:
    """The configuration for a request's rule selection; 422 naming the list at fault."""
    if not select and not ignore:
        return None
    for name, selectors in (("select", select), ("ignore", ignore)):
        for index, selector in enumerate(selectors):
            if selector not in SELECTORS:
                invalid(f"'{name}[{index}]' matches no rule code, code prefix or name.")
    return smmlint.Config(select=select, ignore=ignore)
