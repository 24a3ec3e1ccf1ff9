"""Renderers: each turns the same ``Results`` into one output format.

| format    | for                                                               |
|-----------|-------------------------------------------------------------------|
| concise   | terminals, editors: ``path:line:col: CODE [severity] message``    |
| full      | people: the post's line with the stretch marked and the hint      |
| json      | scripts: ``Report.to_dict()`` per post (JSON Lines)               |
| sarif     | code scanning and editors: SARIF 2.1.0                            |
| github    | GitHub Actions annotations                                        |
"""

from __future__ import annotations

from collections.abc import Callable

from smmlint.output import concise, full, github, json, sarif
from smmlint.output.results import STDIN_NAME, CheckedPost, InputProblem, Results

Renderer = Callable[[Results], str]

RENDERERS: dict[str, Renderer] = {
    "concise": concise.render,
    "full": full.render,
    "json": json.render,
    "sarif": sarif.render,
    "github": github.render,
}

__all__ = ["RENDERERS", "STDIN_NAME", "CheckedPost", "InputProblem", "Renderer", "Results"]
