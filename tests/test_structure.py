"""House rules: thin pages, Streamlit only in components, keys named once, test helpers in one module."""

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


def test_no_session_state_key_is_spelt_out_outside_the_state_module():
    """Pages and components index st.session_state and name widget keys only with names from corridors.state."""
    components = ROOT / "src" / "corridors" / "components"
    for path in [*SCRIPTS, *components.glob("*.py")]:
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Subscript) and ast.unparse(node.value).endswith("session_state"):
                assert not isinstance(node.slice, ast.Constant), f"{path.name}: {ast.unparse(node)}"
            if isinstance(node, ast.keyword) and node.arg == "key":
                assert not isinstance(node.value, ast.Constant), f"{path.name}: key={ast.unparse(node.value)}"


def test_test_modules_share_helpers_only_through_the_fixtures_module():
    for path in (ROOT / "tests").glob("test_*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("tests"):
                assert node.module == "tests.fixtures", f"{path.name} imports from {node.module}"
            if isinstance(node, ast.Import):
                assert not any(a.name.startswith("tests") for a in node.names), path.name
