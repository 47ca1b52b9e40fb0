"""No module imports from a layer above it (an AST check of every import, lazy ones included).

Layers, lowest first: config; classifiers; pipeline (the batch core); flows and review (each may
import the layers below, not each other); the `digitize` command (pipeline/cli.py) above all.
KNOWN lists the upward imports not yet removed (issue 13): the list may only shrink."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LAYER = {"config": 0, "classifiers": 1, "pipeline": 2, "flows": 3, "review": 3, "app": 4}
KNOWN: set[tuple[str, str]] = set()


def _layer_of(module: str) -> str | None:
    if module == "pipeline.cli":
        return "app"
    top = module.split(".", 1)[0]
    return top if top in LAYER else None


def _imports(path: Path) -> set[str]:
    out = set()
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            out |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            out.add(node.module)
    return out


def upward_imports(root: Path) -> set[tuple[str, str]]:
    upward = set()
    for package in ("config", "classifiers", "pipeline", "flows", "review"):
        for path in sorted((root / package).rglob("*.py")):
            rel = path.relative_to(root)
            module = ".".join(rel.with_suffix("").parts).removesuffix(".__init__")
            mine = _layer_of(module)
            for imported in _imports(path):
                theirs = _layer_of(imported)
                if theirs is None or theirs == mine:
                    continue
                if LAYER[theirs] >= LAYER[mine]:  # above, or a sibling (flows and review)
                    upward.add((module, imported))
    return upward


def test_no_module_imports_from_a_layer_above_it():
    upward = upward_imports(ROOT)
    assert upward - KNOWN == set(), sorted(upward - KNOWN)
    assert KNOWN - upward == set(), "an upward import was removed: drop it from KNOWN"


def test_the_check_sees_lazy_and_sibling_imports(tmp_path):
    for package, text in {
        "config": "",
        "classifiers": "def f():\n    from pipeline.labels import read_labels\n",
        "pipeline": "import flows.watch\n",
        "flows": "from review.app import create_app\n",
        "review": "from pipeline import cli\n",
    }.items():
        (tmp_path / package).mkdir()
        (tmp_path / package / "m.py").write_text(text)
    assert upward_imports(tmp_path) == {
        ("classifiers.m", "pipeline.labels"),
        ("pipeline.m", "flows.watch"),
        ("flows.m", "review.app"),
    }
