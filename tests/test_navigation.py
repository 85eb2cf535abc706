"""Pages and session-state keys are named once; every page script exists."""

from __future__ import annotations

from corridors import navigation, state
from tests.fixtures import ROOT


def test_every_page_script_exists_and_every_script_is_a_page():
    scripts = {page.script for page in navigation.PAGES}
    assert all((ROOT / script).is_file() for script in scripts)
    assert scripts == {"app.py"} | {f"pages/{p.name}" for p in (ROOT / "pages").glob("*.py")}
    assert navigation.APP == ROOT / "app.py"


def test_session_state_keys_are_distinct():
    keys = [v for n, v in vars(state).items() if n.isupper() and isinstance(v, str)]
    keys += list(state.LAYER_SWITCHES.values())
    assert len(keys) == len(set(keys))
