"""The Alembic migrations build exactly the models' schema, both ways, and
refuse a database from a newer Desk."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text

from desk import hotel, migrate
from desk.db import Database
from desk.errors import DeskError
from desk.models import Base


@pytest.fixture
def fresh_db(tmp_path: Path):
    database = Database(f"sqlite:///{tmp_path / 'fresh.sqlite3'}")
    yield database
    database.dispose()


def schema_diff(database: Database) -> list[object]:
    with database.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        return list(compare_metadata(context, Base.metadata))


def run_alembic(database: Database, action: str, revision: str) -> None:
    config = migrate.alembic_config(database.url)
    with database.engine.begin() as connection:
        config.attributes["connection"] = connection
        getattr(command, action)(config, revision)


def revisions_oldest_first() -> list[str]:
    script = ScriptDirectory.from_config(migrate.alembic_config("sqlite://"))
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]


def test_upgrade_of_a_fresh_database_gives_the_models_schema(fresh_db: Database) -> None:
    assert migrate.current_revision(fresh_db.engine) is None
    migrate.upgrade(fresh_db)
    assert migrate.current_revision(fresh_db.engine) == migrate.head_revision()
    assert schema_diff(fresh_db) == []
    assert set(inspect(fresh_db.engine).get_table_names()) == set(Base.metadata.tables) | {"alembic_version"}


def test_downgrade_to_base_and_upgrade_again(fresh_db: Database) -> None:
    migrate.upgrade(fresh_db)
    run_alembic(fresh_db, "downgrade", "base")
    assert set(inspect(fresh_db.engine).get_table_names()) <= {"alembic_version"}
    assert migrate.current_revision(fresh_db.engine) is None
    run_alembic(fresh_db, "upgrade", "head")
    assert schema_diff(fresh_db) == []


def test_upgrade_of_a_current_database_does_nothing(fresh_db: Database, tmp_path: Path) -> None:
    migrate.upgrade(fresh_db)
    backups = tmp_path / "backups"
    assert migrate.upgrade(fresh_db, backups) is None
    assert not backups.exists() or not any(backups.iterdir())


def test_a_new_database_is_not_backed_up(fresh_db: Database, tmp_path: Path) -> None:
    backups = tmp_path / "backups"
    assert migrate.upgrade(fresh_db, backups) is None
    assert not backups.exists() or not any(backups.iterdir())


def test_database_of_a_newer_desk_is_refused(fresh_db: Database) -> None:
    migrate.upgrade(fresh_db)
    with fresh_db.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = 'ffff'"))
    with pytest.raises(DeskError, match="newer version of Desk") as refused:
        migrate.upgrade(fresh_db)
    assert "ffff" in str(refused.value)
    assert migrate.current_revision(fresh_db.engine) == "ffff"


def test_upgrade_of_an_older_database_backs_it_up_first(fresh_db: Database, tmp_path: Path) -> None:
    revisions = revisions_oldest_first()
    if len(revisions) < 2:
        pytest.skip("only one migration so far: no older schema to upgrade from")
    run_alembic(fresh_db, "upgrade", revisions[0])
    backups = tmp_path / "backups"
    backup = migrate.upgrade(fresh_db, backups)
    assert backup is not None and Path(backup).parent == backups
    with sqlite3.connect(backup) as copy:
        assert copy.execute("SELECT version_num FROM alembic_version").fetchall() == [(revisions[0],)]
    assert migrate.current_revision(fresh_db.engine) == migrate.head_revision()
    assert schema_diff(fresh_db) == []


@pytest.mark.sqlite_only
def test_backup_copies_a_live_database_readable_by_its_owner_only(empty_db: Database, tmp_path: Path) -> None:
    with empty_db.writing() as session:
        hotel.create_hotel(session, None, name="Backed Up Inn", business_date=date(2026, 1, 5))
    path = Path(empty_db.engine.url.database or "")
    backup = migrate.backup_sqlite(path, tmp_path / "backups", "before-x")
    assert backup.parent == tmp_path / "backups"
    assert "before-x" in backup.name
    assert backup.stat().st_mode & 0o777 == 0o600
    with sqlite3.connect(backup) as copy:
        assert copy.execute("SELECT name FROM hotel_settings").fetchall() == [("Backed Up Inn",)]
