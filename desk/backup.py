"""Backups of the SQLite database, and restoring one after checking it.

A backup is SQLite's online backup (consistent while Desk runs, under WAL).
A restore refuses a damaged file, a file that is not a Desk database, and one
written by a newer Desk; it backs the current database up first, then copies
the backup in with the same online API and migrates it to this Desk's schema.
For PostgreSQL the server's own tools do this (pg_dump / pg_restore).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from alembic.script import ScriptDirectory

from desk import clock, migrate
from desk.db import Database, sqlite_path
from desk.errors import DeskError, ValidationError
from desk.i18n import QT_TRANSLATE_NOOP

SQLITE_HEADER = b"SQLite format 3\x00"


def _sqlite_file(database: Database) -> Path:
    path = sqlite_path(database.url)
    if path is None:
        raise DeskError(QT_TRANSLATE_NOOP(
            "desk", "This database is on a PostgreSQL server: back it up there with pg_dump (see the README)."))
    return path


def backup_now(database: Database, destination: Path, label: str = "manual") -> Path:
    """Write a consistent copy of the live database into ``destination``."""
    return migrate.backup_sqlite(_sqlite_file(database), destination, label)


MAX_KEEP_DAYS = 3650  # ten years; the hotel rules allow the same


def prune(destination: Path, keep_days: int) -> list[Path]:
    """Delete Desk backups older than ``keep_days`` days; returns what was deleted."""
    if keep_days < 1:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "Keep backups for at least one day."))
    if keep_days > MAX_KEEP_DAYS:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "Keep backups for at most {days} days."), days=MAX_KEEP_DAYS)
    cutoff = (clock.now() - timedelta(days=keep_days)).timestamp()
    removed = []
    for path in sorted(destination.glob("*.sqlite3")):
        if path.stat().st_mtime < cutoff:
            path.unlink()
            removed.append(path)
    return removed


@dataclass(frozen=True, slots=True)
class BackupInfo:
    path: Path
    revision: str
    hotel: str
    business_date: str


def inspect(path: Path) -> BackupInfo:
    """Check a backup file before restoring it; a clear refusal if it is not usable."""
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as error:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "{file} cannot be read: {reason}"), file=str(path),
                              reason=error.strerror or str(error)) from None
    if header != SQLITE_HEADER:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "{file} is not a Desk backup (not a SQLite database)."),
                              file=str(path))
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    # A damaged page may hold bytes that are not text: read them replaced, never fail on them.
    connection.text_factory = lambda raw: raw.decode("utf-8", "replace")
    try:
        try:
            verdict = connection.execute("PRAGMA integrity_check").fetchone()[0]
            revision_row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            hotel_row = connection.execute("SELECT name, business_date FROM hotel_settings WHERE id = 1").fetchone()
        except (sqlite3.DatabaseError, ValueError):
            raise ValidationError(QT_TRANSLATE_NOOP("desk", "{file} is damaged or not a Desk backup."),
                                  file=str(path)) from None
    finally:
        connection.close()
    if verdict != "ok":
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "{file} is damaged ({problem}); choose an older backup."),
                              file=str(path), problem=str(verdict)[:120])
    if revision_row is None or hotel_row is None:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "{file} holds no hotel; it is not a Desk backup."),
                              file=str(path))
    revision = str(revision_row[0])
    known = {script.revision for script in
             ScriptDirectory.from_config(migrate.alembic_config("sqlite://")).walk_revisions()}
    if revision not in known:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "{file} was written by a newer Desk (schema {revision}); "
                                                        "update Desk before restoring it."),
                              file=str(path), revision=revision)
    return BackupInfo(path, revision, str(hotel_row[0]), str(hotel_row[1]))


def restore(database: Database, backup: Path, safety_dir: Path) -> Path:
    """Replace the database with ``backup``; returns the safety copy of what was there.

    Close Desk on every workstation first: open windows would keep working on
    the old data until they start again.
    """
    info = inspect(backup)
    target = _sqlite_file(database)
    safety = migrate.backup_sqlite(target, safety_dir, "before-restore") if target.exists() else target
    database.dispose()
    source = sqlite3.connect(f"file:{info.path}?mode=ro", uri=True)
    try:
        destination = sqlite3.connect(target)
        try:
            source.backup(destination)
        finally:
            destination.close()
    finally:
        source.close()
    target.chmod(0o600)
    migrate.upgrade(Database(database.url))
    return safety
