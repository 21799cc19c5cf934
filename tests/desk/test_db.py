"""One user action is one transaction; the SQLite file is private and in WAL mode."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError

from desk import hotel, paths
from desk.db import Database, sqlite_path
from desk.models import HotelSettings


def test_writing_commits_a_block_that_ends_normally(empty_db: Database) -> None:
    with empty_db.writing() as session:
        hotel.create_hotel(session, None, name="Kept", business_date=date(2026, 1, 1))
    with empty_db.reading() as session:
        assert session.scalars(select(HotelSettings.name)).all() == ["Kept"]


def test_writing_rolls_back_a_block_that_raises(empty_db: Database) -> None:
    with pytest.raises(RuntimeError), empty_db.writing() as session:
        hotel.create_hotel(session, None, name="Lost", business_date=date(2026, 1, 1))
        raise RuntimeError("the clerk's action failed half-way")
    with empty_db.reading() as session:
        assert session.get(HotelSettings, 1) is None


def test_reading_never_keeps_a_change(empty_db: Database) -> None:
    with empty_db.reading() as session:
        hotel.create_hotel(session, None, name="Peek", business_date=date(2026, 1, 1))
    with empty_db.reading() as session:
        assert session.get(HotelSettings, 1) is None


def test_a_new_sqlite_file_is_private_and_in_wal_mode(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "new.sqlite3"
    database = Database(f"sqlite:///{path}")
    try:
        assert path.exists() and path.stat().st_mode & 0o777 == 0o600
        with database.engine.connect() as connection:
            assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
            assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert database.is_sqlite
    finally:
        database.dispose()


@pytest.mark.sqlite_only  # SQLite checks foreign keys only with PRAGMA foreign_keys, which Desk sets
def test_foreign_keys_are_enforced(empty_db: Database) -> None:
    with pytest.raises(IntegrityError, match="FOREIGN KEY"), empty_db.writing() as session:
        session.execute(text("INSERT INTO rooms (number, floor, room_type_id, hk_state, active, version) "
                             "VALUES ('101', 1, 999, 'clean', 1, 1)"))


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("sqlite:////srv/desk/desk.sqlite3", Path("/srv/desk/desk.sqlite3")),
        ("sqlite://", None),
        ("sqlite:///:memory:", None),
        ("postgresql+psycopg://desk@db/desk", None),
    ],
)
def test_sqlite_path(url: str, expected: Path | None) -> None:
    assert sqlite_path(url) == expected


def test_data_locations_follow_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DESK_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("DESK_DATABASE_URL", raising=False)
    assert paths.default_database_url() == f"sqlite:///{tmp_path / 'data' / 'desk.sqlite3'}"
    assert paths.backups_dir() == tmp_path / "data" / "backups" and paths.backups_dir().is_dir()
    monkeypatch.setenv("DESK_DATABASE_URL", "postgresql+psycopg://desk@db/desk")
    assert paths.default_database_url() == "postgresql+psycopg://desk@db/desk"
