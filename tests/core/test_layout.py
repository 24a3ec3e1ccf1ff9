"""The folder tree follows the reading: read → analyse → rules → score → render.

The draft is read in ``smmlint.read``, analysed in ``smmlint.analysis``, and the rules only
read the analyses' results. These tests read every module's imports with ``ast`` (all of
them: at the top, inside functions and under ``TYPE_CHECKING``) and fail on an import
against the pipeline's direction, on a rule module that matches text itself, and on modules
that import each other when loaded.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "smmlint"

# What each layer must never import: a later stage of the pipeline.
FORBIDDEN = {
    "smmlint.read": ("smmlint.analysis", "smmlint.rules", "smmlint.score", "smmlint.output"),
    "smmlint.analysis": ("smmlint.rules", "smmlint.score", "smmlint.output"),
}
# A rule module that imports one of these, or calls a pattern's scan, reads text itself.
TEXT_MATCHING = ("re", "regex")
SCANS = frozenset({"finditer", "findall", "search", "match", "fullmatch", "sub", "subn"})


def module_name(path: Path, root: Path) -> str:
    """``root/rules/bait.py`` → ``smmlint.rules.bait``; a package's ``__init__`` is the package."""
    parts = path.relative_to(root.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imported_modules(path: Path, root: Path) -> set[str]:
    """Every module ``path`` imports, absolute, with each name imported from a package (``from
    smmlint.rules import bait`` imports ``smmlint.rules.bait`` too)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    name = module_name(path, root)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            module = _absolute(node, package)
            found.add(module)
            found.update(f"{module}.{alias.name}" for alias in node.names)
    return found


def _within(module: str, package: str) -> bool:
    return module == package or module.startswith(package + ".")


def layering_violations(root: Path) -> list[str]:
    """Each import against the pipeline's direction in the package folder ``root``."""
    violations = []
    for path in sorted(root.rglob("*.py")):
        name = module_name(path, root)
        imports = imported_modules(path, root)
        for layer, later in FORBIDDEN.items():
            if _within(name, layer):
                violations += [
                    f"{name} imports {m}" for m in imports for s in later if _within(m, s)
                ]
        if _within(name, "smmlint.rules") and name != "smmlint.rules":
            violations += [
                f"{name} imports the rule module {m}"
                for m in imports
                if m != name and _is_rule_module(m, root)
            ]
            violations += [f"{name} matches text itself ({e})" for e in text_matching(path)]
    return sorted(set(violations))


def text_matching(path: Path) -> list[str]:
    """What shows that a module matches text itself: a regex module imported, a scan called."""
    evidence = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        modules: list[str] = []
        if isinstance(node, ast.Import):
            modules = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and not node.level:
            modules = [node.module or ""]
        elif _scan_call(node):
            evidence.add(f"calls .{node.func.attr}() at line {node.lineno}")
        evidence.update(f"imports {m}" for m in modules if m.split(".")[0] in TEXT_MATCHING)
    return sorted(evidence)


def _scan_call(node: ast.AST) -> bool:
    """Whether ``node`` calls a pattern's scan: ``PATTERN.finditer(text)``, ``.search(...)``."""
    return (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr in SCANS
    )


def _is_rule_module(module: str, root: Path) -> bool:
    """Whether ``module`` is a module of ``smmlint.rules`` (not a name the package exports)."""
    if not module.startswith("smmlint.rules."):
        return False
    path = root.parent.joinpath(*module.split("."))
    return path.with_suffix(".py").is_file() or path.is_dir()


def load_time_imports(path: Path, root: Path, modules: set[str]) -> set[str]:
    """The package's modules ``path`` imports when it is loaded: at module level, outside
    ``TYPE_CHECKING`` (an import inside a function runs later and closes no circle). ``from
    package import name`` imports ``package.name`` when that is a module, else ``package``."""
    name = module_name(path, root)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    pending = list(ast.parse(path.read_text(encoding="utf-8"), filename=str(path)).body)
    while pending:
        node = pending.pop()
        if isinstance(node, ast.If) and "TYPE_CHECKING" not in ast.unparse(node.test):
            pending += node.body + node.orelse
        elif isinstance(node, ast.Try):
            pending += node.body + node.orelse + node.finalbody
            pending += [n for handler in node.handlers for n in handler.body]
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = _absolute(node, package)
            named = {f"{base}.{alias.name}" for alias in node.names} & modules
            found |= named if len(named) == len(node.names) else named | {base}
    return (found & modules) - {name}


def _absolute(node: ast.ImportFrom, package: str) -> str:
    if not node.level:
        return node.module or ""
    parts = package.split(".")
    base = parts[: len(parts) - node.level + 1]
    return ".".join([*base, node.module] if node.module else base)


def import_circles(root: Path) -> list[list[str]]:
    """Groups of modules that import each other, directly or round a circle, when loaded."""
    paths = {module_name(path, root): path for path in root.rglob("*.py")}
    graph = {n: sorted(load_time_imports(p, root, set(paths))) for n, p in paths.items()}
    # Tarjan's strongly connected components, iteratively (no recursion limit to meet).
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    circles = []
    for start in sorted(graph):
        if start in index:
            continue
        work = [(start, iter(graph[start]))]
        index[start] = low[start] = len(index)
        stack.append(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is None:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[node])
                if low[node] == index[node]:
                    group = stack[stack.index(node) :]
                    del stack[stack.index(node) :]
                    if len(group) > 1:
                        circles.append(sorted(group))
            elif child not in index:
                index[child] = low[child] = len(index)
                stack.append(child)
                work.append((child, iter(graph[child])))
            elif child in stack:
                low[node] = min(low[node], index[child])
    return circles


def test_the_package_follows_the_pipeline() -> None:
    violations = layering_violations(PACKAGE)
    assert not violations, "\n".join(violations)


def _package(tmp_path: Path, files: dict[str, str]) -> Path:
    root = tmp_path / "smmlint"
    for relative, source in {"__init__.py": "", **files}.items():
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        for folder in path.relative_to(root).parents:
            (root / folder / "__init__.py").touch()
        path.write_text(source, encoding="utf-8")
    return root


@pytest.mark.parametrize(
    ("files", "expected"),
    [
        (
            {"read/post.py": "from smmlint.analysis.tone import tone\n"},
            "smmlint.read.post imports smmlint.analysis.tone",
        ),
        (
            {"read/post.py": "def f():\n    from ..rules import bait\n"},
            "smmlint.read.post imports smmlint.rules.bait",
        ),
        (
            {
                "read/markup/html.py": (
                    "from typing import TYPE_CHECKING\n"
                    "if TYPE_CHECKING:\n    import smmlint.output.json\n"
                )
            },
            "smmlint.read.markup.html imports smmlint.output.json",
        ),
        (
            {"analysis/tone.py": "from smmlint.score import scoring\n"},
            "smmlint.analysis.tone imports smmlint.score.scoring",
        ),
        (
            {"analysis/tone.py": "from smmlint.rules.bait import _MESSAGES\n"},
            "smmlint.analysis.tone imports smmlint.rules.bait",
        ),
        (
            {"rules/bait.py": "from smmlint.rules.push import selling\n", "rules/push.py": ""},
            "smmlint.rules.bait imports the rule module smmlint.rules.push",
        ),
        (
            {"rules/bait.py": "from . import push\n", "rules/push.py": ""},
            "smmlint.rules.bait imports the rule module smmlint.rules.push",
        ),
        (
            {"rules/bait.py": "import regex\n"},
            "smmlint.rules.bait matches text itself (imports regex)",
        ),
        (
            {"rules/bait.py": "def f(post):\n    return ORDER.finditer(post.prose)\n"},
            "smmlint.rules.bait matches text itself (calls .finditer() at line 2)",
        ),
        (
            {"rules/bait.py": "from re import compile\n"},
            "smmlint.rules.bait matches text itself (imports re)",
        ),
    ],
)
def test_a_violation_is_caught(tmp_path: Path, files: dict[str, str], expected: str) -> None:
    assert expected in layering_violations(_package(tmp_path, files))


def test_imports_along_the_pipeline_pass(tmp_path: Path) -> None:
    root = _package(
        tmp_path,
        {
            "read/post.py": "import regex\nfrom smmlint.platforms.entities import Entity\n",
            "analysis/tone.py": "import regex\nfrom smmlint.read.post import Post\n",
            "rules/__init__.py": "from smmlint.rules import bait, push\n",
            "rules/bait.py": "from smmlint.analysis.tone import tone\n",
            "rules/push.py": "from smmlint.rules import RULES\n",
            "rules/shouting.py": "from smmlint.analysis.tone import tone\n",
            "score/scoring.py": "from smmlint.rules import RULES\n",
        },
    )
    assert layering_violations(root) == []


def test_no_modules_import_each_other() -> None:
    """No import circle (the one between markup.py and its HTML and Markdown readers is gone:
    the readers build on ``read/markup/builder.py``, never on the package that calls them)."""
    assert import_circles(PACKAGE) == []


def test_an_import_circle_is_caught(tmp_path: Path) -> None:
    root = _package(
        tmp_path,
        {
            "read/markup/__init__.py": "from smmlint.read.markup.html import read_html\n",
            "read/markup/html.py": "from smmlint.read.markup import Visible\n",
            "read/post.py": "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n"
            "    from smmlint.read.chars import x\n",
            "read/chars.py": "from smmlint.read.post import Post\n",
            "read/offsets.py": "def f():\n    from smmlint.read.lazy import y\n",
            "read/lazy.py": "from smmlint.read import offsets\n",
        },
    )
    assert import_circles(root) == [["smmlint.read.markup", "smmlint.read.markup.html"]]
