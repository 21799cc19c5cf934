"""Where Desk keeps its files: the user's data directory, via platformdirs."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "Desk"


def data_dir() -> Path:
    """The data directory (``DESK_DATA_DIR`` overrides it), created if missing."""
    override = os.environ.get("DESK_DATA_DIR")
    path = Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_database_url() -> str:
    """``DESK_DATABASE_URL`` if set, else the SQLite file in the data directory."""
    url = os.environ.get("DESK_DATABASE_URL")
    if url:
        return url
    return f"sqlite:///{data_dir() / 'desk.sqlite3'}"


def backups_dir() -> Path:
    path = data_dir() / "backups"
    path.mkdir(parents=True, exist_ok=True)
    return path


def exports_dir() -> Path:
    path = data_dir() / "exports"
    path.mkdir(parents=True, exist_ok=True)
    return path
