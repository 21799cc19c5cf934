"""Databases for tests: a migrated empty one and the demo hotel, copied per test
from templates built once per run (migrating for every test would be slow).

Every test that takes ``empty_db`` or ``demo_db`` runs twice: on SQLite (a copy
of a template file) and on PostgreSQL when test.sh has started a server
(``DESK_TEST_POSTGRES_URL``; a database created from a template database). A
test about SQLite itself (its file, its pragmas, its backups) is marked
``sqlite_only``.
"""

from __future__ import annotations

import itertools
import os
import shutil
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import create_engine, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from desk import clock, migrate
from desk.actor import Actor
from desk.auth import actor_for
from desk.db import Database
from desk.demo import build_demo
from desk.models import User
from desk.shifts import shifts

DEMO_DATE = date(2026, 11, 20)
# The demo is built at 11:30 in the hotel (Shanghai), after its morning's events
# (07:40 to 11:05): today's holds (18:00) still run.
DEMO_MORNING = datetime(2026, 11, 20, 3, 30, tzinfo=UTC)


TEST_WORKSTATION = "test-ws"


def open_test_shift(session: Session, username: str = "clerk2", workstation: str = TEST_WORKSTATION) -> int:
    """A cashier shift at the tests' workstation, so their payments have one to go into."""
    user = session.scalars(select(User).where(User.username == username)).one()
    return shifts.open_shift(session, actor_for(user, workstation), float_total="1000.00")


def _build_demo(database: Database) -> None:
    with clock.frozen(DEMO_MORNING), database.writing() as session:
        build_demo(session, today=DEMO_DATE)
        open_test_shift(session)


def _template(tmp_path_factory: pytest.TempPathFactory, name: str, with_demo: bool) -> Path:
    path = tmp_path_factory.getbasetemp() / f"template-{name}.sqlite3"
    if not path.exists():
        database = Database(f"sqlite:///{path}")
        migrate.upgrade(database)
        if with_demo:
            _build_demo(database)
        database.dispose()
    return path


def _copy(template: Path, target: Path) -> Database:
    shutil.copyfile(template, target)
    return Database(f"sqlite:///{target}")


POSTGRES_URL = os.environ.get("DESK_TEST_POSTGRES_URL", "")
BACKENDS = [
    "sqlite",
    pytest.param("postgresql", marks=[pytest.mark.postgres,
                                      pytest.mark.skipif(not POSTGRES_URL, reason="no PostgreSQL server")]),
]
_numbers = itertools.count()
_pg_templates: set[str] = set()


def _pg_admin() -> object:
    return create_engine(make_url(POSTGRES_URL).set(database="postgres"), isolation_level="AUTOCOMMIT")


def _pg_url(name: str) -> str:
    return make_url(POSTGRES_URL).set(database=name).render_as_string(hide_password=False)


def _pg_template(name: str, with_demo: bool) -> str:
    """A template database, built once per run (its connections closed, as CREATE ... TEMPLATE needs)."""
    template = f"desk_template_{name}_{os.getpid()}"
    if template not in _pg_templates:
        admin = _pg_admin()
        with admin.connect() as connection:  # type: ignore[attr-defined]
            connection.execute(text(f'DROP DATABASE IF EXISTS "{template}"'))
            connection.execute(text(f'CREATE DATABASE "{template}"'))
        admin.dispose()  # type: ignore[attr-defined]
        database = Database(_pg_url(template))
        migrate.upgrade(database)
        if with_demo:
            _build_demo(database)
        database.dispose()
        _pg_templates.add(template)
    return template


def _database(request: pytest.FixtureRequest, tmp_path: Path, tmp_path_factory: pytest.TempPathFactory,
              name: str, with_demo: bool) -> Iterator[Database]:
    if request.param == "sqlite":
        database = _copy(_template(tmp_path_factory, name, with_demo), tmp_path / "desk.sqlite3")
        yield database
        database.dispose()
        return
    if request.node.get_closest_marker("sqlite_only"):
        pytest.skip("about SQLite itself")
    template = _pg_template(name, with_demo)
    copy = f"desk_test_{os.getpid()}_{next(_numbers)}"
    admin = _pg_admin()
    with admin.connect() as connection:  # type: ignore[attr-defined]
        connection.execute(text(f'CREATE DATABASE "{copy}" TEMPLATE "{template}"'))
    database = Database(_pg_url(copy))
    try:
        yield database
    finally:
        database.dispose()
        with admin.connect() as connection:  # type: ignore[attr-defined]
            connection.execute(text(f'DROP DATABASE IF EXISTS "{copy}" WITH (FORCE)'))
        admin.dispose()  # type: ignore[attr-defined]


@pytest.fixture(params=BACKENDS)
def empty_db(request: pytest.FixtureRequest, tmp_path: Path,
             tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """A migrated database with no hotel."""
    yield from _database(request, tmp_path, tmp_path_factory, "empty", False)


@pytest.fixture(params=BACKENDS)
def demo_db(request: pytest.FixtureRequest, tmp_path: Path,
            tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """The demo hotel on business date DEMO_DATE."""
    yield from _database(request, tmp_path, tmp_path_factory, "demo", True)


@pytest.fixture
def actors(demo_db: Database) -> dict[str, Actor]:
    """The demo users by user name: manager, clerk, clerk2, housekeeping."""
    with demo_db.reading() as session:
        return {u.username: actor_for(u, TEST_WORKSTATION) for u in session.scalars(select(User))}
