"""Pages and session state are named once; every page script exists and is linked from the sidebar."""

from __future__ import annotations

import ast

from corridors import navigation, state
from tests.fixtures import ROOT


def test_every_page_script_exists_and_every_script_is_a_page():
    scripts = {page.script for page in navigation.PAGES}
    assert all((ROOT / script).is_file() for script in scripts)
    assert scripts == {"app.py"} | {f"pages/{p.name}" for p in (ROOT / "pages").glob("*.py")}
    assert navigation.APP == ROOT / "app.py"


def test_no_session_state_key_is_spelt_out_outside_the_state_module():
    """Pages and components index st.session_state only with names from corridors.state."""
    files = [ROOT / "app.py", *(ROOT / "pages").glob("*.py"), *(ROOT / "src" / "corridors" / "components").glob("*.py")]
    for path in files:
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Subscript) and ast.unparse(node.value).endswith("session_state"):
                assert not isinstance(node.slice, ast.Constant), f"{path.name}: {ast.unparse(node)}"
            if isinstance(node, ast.keyword) and node.arg == "key":
                assert not isinstance(node.value, ast.Constant), f"{path.name}: key={ast.unparse(node.value)}"
    assert len({getattr(state, n) for n in dir(state) if n.isupper() and isinstance(getattr(state, n), str)}) > 20
