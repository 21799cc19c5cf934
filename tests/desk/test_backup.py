"""Backups and restores, end to end through the command line."""

from __future__ import annotations

import os
import shutil
import sqlite3
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desk import backup
from desk.cli import main
from desk.db import Database
from desk.errors import DeskError, ValidationError
from desk.models import AuditEntry, HkState, Room
from desk.rooms import status

pytestmark = pytest.mark.sqlite_only  # SQLite's online backup; PostgreSQL uses pg_dump


def count_rooms_clean(db: Database) -> int:
    with db.reading() as session:
        return session.scalar(select(func.count()).select_from(Room).where(Room.hk_state == HkState.CLEAN))


def test_backup_then_restore_brings_the_data_back(demo_db: Database, actors, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("DESK_DATA_DIR", str(tmp_path / "data"))
    url = demo_db.url
    assert main(["--database", url, "backup", "--out", str(tmp_path / "backups")]) == 0
    saved = next((tmp_path / "backups").glob("*.sqlite3"))
    assert saved.stat().st_mode & 0o077 == 0  # readable by its owner only
    clean_before = count_rooms_clean(demo_db)
    with demo_db.reading() as session:
        entries_before = session.scalar(select(func.count(AuditEntry.id)))
    # Work goes on after the backup...
    with demo_db.writing() as session:
        dirty = session.scalars(select(Room.id).where(Room.hk_state == HkState.DIRTY)).all()
        status.mark_rooms(session, actors["housekeeping"], room_ids=dirty, state=HkState.CLEAN)
    assert count_rooms_clean(demo_db) > clean_before
    # ...and the restore brings back the state of the backup.
    assert main(["--database", url, "restore", str(saved), "--yes"]) == 0
    restored = Database(url)
    assert count_rooms_clean(restored) == clean_before
    with restored.reading() as session:
        assert session.scalar(select(func.count(AuditEntry.id))) == entries_before
    safety = list((tmp_path / "data" / "backups").glob("*before-restore*.sqlite3"))
    assert len(safety) == 1  # the replaced database is kept
    restored.dispose()


def test_a_damaged_file_is_refused(demo_db: Database, tmp_path: Path) -> None:
    good = backup.backup_now(demo_db, tmp_path)
    damaged = tmp_path / "damaged.sqlite3"
    data = bytearray(good.read_bytes())
    for offset in range(4096 * 3, len(data), 4096):  # scribble over every page after the first few
        data[offset + 100: offset + 400] = os.urandom(300)
    damaged.write_bytes(bytes(data))
    with pytest.raises(ValidationError, match="damaged"):
        backup.inspect(damaged)


def test_a_file_that_is_not_a_database_is_refused(tmp_path: Path) -> None:
    text = tmp_path / "notes.sqlite3"
    text.write_text("shopping list")
    with pytest.raises(ValidationError, match="not a Desk backup"):
        backup.inspect(text)


def test_a_backup_from_a_newer_desk_is_refused(demo_db: Database, tmp_path: Path) -> None:
    newer = backup.backup_now(demo_db, tmp_path)
    connection = sqlite3.connect(newer)
    connection.execute("UPDATE alembic_version SET version_num = 'ffff'")
    connection.commit()
    connection.close()
    with pytest.raises(ValidationError, match="newer Desk"):
        backup.inspect(newer)
    assert main(["--database", demo_db.url, "restore", str(newer), "--yes"]) == 2


def test_an_older_backup_is_migrated_when_restored(empty_db: Database, tmp_path: Path) -> None:
    from alembic import command

    from desk import migrate
    from desk.demo import build_demo

    old_path = tmp_path / "old.sqlite3"
    old = Database(f"sqlite:///{old_path}")
    config = migrate.alembic_config(old.url)
    with old.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
    old.dispose()
    # A current database is restored from it: the restore brings it up to date.
    with empty_db.writing() as session:
        build_demo(session)
    connection = sqlite3.connect(old_path)
    connection.execute("INSERT INTO hotel_settings (id, name, currency, timezone, business_date, check_out_time, "
                       "hold_until_time, hold_extension_latest, arrivals_need_inspected, clerk_compensation_limit, "
                       "tax_rate, rates_include_tax) VALUES (1, 'Old Inn', 'CNY', 'Asia/Shanghai', '2025-01-01', "
                       "'12:00:00', '18:00:00', '22:00:00', 0, 200, 6, 1)")
    connection.commit()
    connection.close()
    backup.restore(empty_db, old_path, tmp_path / "safety")
    with Database(empty_db.url).reading() as session:
        assert migrate.current_revision(session.get_bind()) == migrate.head_revision()


def test_prune_keeps_recent_backups(tmp_path: Path) -> None:
    old, new = tmp_path / "desk-old.sqlite3", tmp_path / "desk-new.sqlite3"
    for path in (old, new):
        path.write_bytes(b"x")
    forty_days = time.time() - 40 * 86400
    os.utime(old, (forty_days, forty_days))
    assert backup.prune(tmp_path, 30) == [old]
    assert new.exists() and not old.exists()
    with pytest.raises(ValidationError):
        backup.prune(tmp_path, 0)


def test_postgres_is_pointed_to_pg_dump(tmp_path: Path) -> None:
    database = Database("postgresql+psycopg://desk@127.0.0.1:1/desk")
    with pytest.raises(DeskError, match="pg_dump"):
        backup.backup_now(database, tmp_path)
    shutil.rmtree(tmp_path, ignore_errors=True)
