"""Streamlit components: one per module, each ``show(...) -> value``. The only code that imports streamlit.

Components draw widgets and return what the user chose; the work is done by the logic modules
of :mod:`corridors`, and every session-state key comes from :mod:`corridors.state`.
"""
