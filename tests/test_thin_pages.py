"""app.py and pages/*.py are widgets in, calls out: no function, class, lambda, loop or comprehension."""

from __future__ import annotations

import ast

import pytest

from tests.fixtures import ROOT

LOGIC = (
    ast.FunctionDef,
    ast.AsyncFunctionDef,
    ast.ClassDef,
    ast.Lambda,
    ast.For,
    ast.AsyncFor,
    ast.While,
    ast.ListComp,
    ast.SetComp,
    ast.DictComp,
    ast.GeneratorExp,
)
SCRIPTS = [ROOT / "app.py", *sorted((ROOT / "pages").glob("*.py"))]


@pytest.mark.parametrize("script", SCRIPTS, ids=[p.name for p in SCRIPTS])
def test_page_holds_no_logic(script):
    found = [
        f"{script.name}:{node.lineno}: {type(node).__name__}"
        for node in ast.walk(ast.parse(script.read_text(), script.name))
        if isinstance(node, LOGIC)
    ]
    assert found == [], "move it into a function of src/corridors (with a test): " + ", ".join(found)


def test_only_components_import_streamlit():
    package = ROOT / "src" / "corridors"
    for path in package.rglob("*.py"):
        if "components" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text())):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else []
            module = node.module if isinstance(node, ast.ImportFrom) else None
            assert "streamlit" not in {*(n.split(".")[0] for n in names), (module or "").split(".")[0]}, path
