"""Desk's window: PySide6 only. Changes data only by calling desk services."""
