"""Briefvergelijker: compare two letters of a parliamentary series."""

__version__ = "0.1.0"
APP_NAME = "Briefvergelijker"
