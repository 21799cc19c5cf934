"""Bringing a database to the current schema with Alembic, backing it up first."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from desk import clock
from desk.db import Database, sqlite_path
from desk.errors import DeskError
from desk.i18n import QT_TRANSLATE_NOOP

MIGRATIONS_DIR = Path(__file__).parent / "migrations"


def alembic_config(url: str) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config("sqlite://")).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def backup_sqlite(path: Path, destination_dir: Path, label: str) -> Path:
    """Copy a live SQLite database with SQLite's online backup (safe under WAL)."""
    destination_dir.mkdir(parents=True, exist_ok=True)
    stamp = clock.now().strftime("%Y%m%d-%H%M%S")
    target = destination_dir / f"{path.stem}-{label}-{stamp}.sqlite3"
    source = sqlite3.connect(path)
    try:
        copy = sqlite3.connect(target)
        try:
            source.backup(copy)
        finally:
            copy.close()
    finally:
        source.close()
    target.chmod(0o600)
    return target


def upgrade(database: Database, backup_dir: Path | None = None) -> str | None:
    """Migrate to head. An existing older SQLite database is backed up first.

    Returns the path of the backup taken, if any. Refuses a database made by a
    newer Desk.
    """
    current = current_revision(database.engine)
    head = head_revision()
    if current == head:
        return None
    script = ScriptDirectory.from_config(alembic_config(database.url))
    if current is not None and current not in {rev.revision for rev in script.walk_revisions()}:
        raise DeskError(
            QT_TRANSLATE_NOOP(
                "desk",
                "This database was written by a newer version of Desk (schema {revision}); "
                "update Desk on this workstation.",
            ),
            revision=current,
        )
    backup: str | None = None
    path = sqlite_path(database.url)
    if current is not None and path is not None and backup_dir is not None:
        backup = str(backup_sqlite(path, backup_dir, f"before-{head}"))
    config = alembic_config(database.url)
    with database.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    return backup
