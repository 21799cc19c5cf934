"""Databases for tests: a migrated empty one and the demo hotel, copied per test
from templates built once per run (migrating for every test would be slow)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from desk import clock, migrate
from desk.actor import Actor
from desk.auth import actor_for
from desk.db import Database
from desk.demo import build_demo
from desk.models import User

DEMO_DATE = date(2026, 11, 20)
# The demo is built at 11:30 in the hotel (Shanghai), after its morning's events
# (07:40 to 11:05): today's holds (18:00) still run.
DEMO_MORNING = datetime(2026, 11, 20, 3, 30, tzinfo=UTC)


def _template(tmp_path_factory: pytest.TempPathFactory, name: str, with_demo: bool) -> Path:
    path = tmp_path_factory.getbasetemp() / f"template-{name}.sqlite3"
    if not path.exists():
        database = Database(f"sqlite:///{path}")
        migrate.upgrade(database)
        if with_demo:
            with clock.frozen(DEMO_MORNING), database.writing() as session:
                build_demo(session, today=DEMO_DATE)
        database.dispose()
    return path


def _copy(template: Path, target: Path) -> Database:
    shutil.copyfile(template, target)
    return Database(f"sqlite:///{target}")


@pytest.fixture
def empty_db(tmp_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """A migrated database with no hotel."""
    database = _copy(_template(tmp_path_factory, "empty", False), tmp_path / "desk.sqlite3")
    yield database
    database.dispose()


@pytest.fixture
def demo_db(tmp_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """The demo hotel on business date DEMO_DATE."""
    database = _copy(_template(tmp_path_factory, "demo", True), tmp_path / "desk.sqlite3")
    yield database
    database.dispose()


@pytest.fixture
def actors(demo_db: Database) -> dict[str, Actor]:
    """The demo users by user name: manager, clerk, clerk2, housekeeping."""
    with demo_db.reading() as session:
        return {u.username: actor_for(u, "test-ws") for u in session.scalars(select(User))}
