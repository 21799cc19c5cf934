"""Desk: the front-desk application's library. Pure Python, no Qt."""

__version__ = "0.1.0"
