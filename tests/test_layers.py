"""No module imports from a layer above it (an AST check of every import, lazy ones included),
and the batch core imports no database, web or orchestration library.

Layers, lowest first (docs/architecture.md): config; classifiers; pipeline (the batch core);
appdb (the app database); review (queue, accounts, web page); flows (Prefect, the runner, the
watched folder, the ledger); digitize (the command). KNOWN lists upward imports allowed for now:
it may only shrink."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LAYER = {
    "config": 0,
    "classifiers": 1,
    "pipeline": 2,
    "appdb": 3,
    "review": 4,
    "flows": 5,
    "digitize": 6,
}
PACKAGES = tuple(LAYER)
# Libraries each layer may not use: the batch core runs without a database, web or Prefect.
FORBIDDEN = {
    "config": {"sqlalchemy", "alembic", "fastapi", "starlette", "uvicorn", "prefect"},
    "classifiers": {"sqlalchemy", "alembic", "fastapi", "starlette", "uvicorn", "prefect"},
    "pipeline": {"sqlalchemy", "alembic", "fastapi", "starlette", "uvicorn", "prefect"},
    "appdb": {"fastapi", "starlette", "uvicorn", "prefect"},
    "review": {"prefect"},
}
KNOWN: set[tuple[str, str]] = set()


def _layer_of(module: str) -> str | None:
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
    for package in PACKAGES:
        for path in sorted((root / package).rglob("*.py")):
            rel = path.relative_to(root)
            module = ".".join(rel.with_suffix("").parts).removesuffix(".__init__")
            mine = _layer_of(module)
            for imported in _imports(path):
                theirs = _layer_of(imported)
                if theirs is None or theirs == mine:
                    continue
                if LAYER[theirs] > LAYER[mine]:
                    upward.add((module, imported))
    return upward


def forbidden_imports(root: Path) -> set[tuple[str, str]]:
    found = set()
    for package, libraries in FORBIDDEN.items():
        for path in sorted((root / package).rglob("*.py")):
            for imported in _imports(path):
                if imported.split(".", 1)[0] in libraries:
                    found.add((str(path.relative_to(root)), imported))
    return found


def test_no_module_imports_from_a_layer_above_it():
    upward = upward_imports(ROOT)
    assert upward - KNOWN == set(), sorted(upward - KNOWN)
    assert KNOWN - upward == set(), "an upward import was removed: drop it from KNOWN"


def test_the_batch_core_runs_without_database_web_or_prefect():
    assert forbidden_imports(ROOT) == set()


def test_the_checks_see_lazy_upward_and_forbidden_imports(tmp_path):
    for package, text in {
        "config": "",
        "classifiers": "def f():\n    from pipeline.pages.labels import read_labels\n",
        "pipeline": "import flows.watch\nimport sqlalchemy.orm\n",
        "appdb": "import sqlalchemy\nfrom review import queue\n",
        "review": "from flows.runner import run_batch\nfrom appdb import audit\n",
        "flows": "from review.queue import enqueue\nimport prefect\n",
        "digitize": "from flows import runner\n",
    }.items():
        (tmp_path / package).mkdir()
        (tmp_path / package / "m.py").write_text(text)
    assert upward_imports(tmp_path) == {
        ("classifiers.m", "pipeline.pages.labels"),
        ("pipeline.m", "flows.watch"),
        ("appdb.m", "review"),
        ("review.m", "flows.runner"),
    }
    assert forbidden_imports(tmp_path) == {("pipeline/m.py", "sqlalchemy.orm")}
