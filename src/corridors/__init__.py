"""Corridors: a geospatial dashboard of the Azerbaijan–Türkiye–Pakistan partnership."""

__version__ = "0.1.0"
