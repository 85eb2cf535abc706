"""Streamlit components: ``show(...)`` functions that draw widgets and call the logic modules."""
