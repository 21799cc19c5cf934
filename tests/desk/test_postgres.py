"""The same schema and room services on a real PostgreSQL server.

test.sh starts a throwaway server and sets DESK_TEST_POSTGRES_URL;
without it (a developer's quick run) these tests are skipped.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import select, text

from desk import migrate
from desk.auth import log_in
from desk.db import Database
from desk.demo import build_demo
from desk.errors import RuleError
from desk.models import Base, HkState, User
from desk.rooms import status
from desk.rooms.board import load_board
from desk.rooms.codes import StatusCode

URL = os.environ.get("DESK_TEST_POSTGRES_URL")
pytestmark = pytest.mark.skipif(not URL, reason="no PostgreSQL server (test.sh starts one)")


@pytest.fixture
def pg_db() -> Iterator[Database]:
    assert URL is not None
    database = Database(URL)
    with database.engine.begin() as connection:
        connection.execute(text("DROP SCHEMA public CASCADE"))
        connection.execute(text("CREATE SCHEMA public"))
    migrate.upgrade(database)
    yield database
    database.dispose()


def test_migrations_give_the_models_schema_on_postgres(pg_db: Database) -> None:
    with pg_db.engine.connect() as connection:
        assert compare_metadata(MigrationContext.configure(connection), Base.metadata) == []


def test_demo_hotel_and_room_services_on_postgres(pg_db: Database) -> None:
    with pg_db.writing() as session:
        build_demo(session, today=date(2026, 11, 20))
    with pg_db.writing() as session:
        actor = log_in(session, "housekeeping", "desk123", "HK-OFFICE")
    with pg_db.reading() as session:
        board = load_board(session)
    assert len(board.tiles) == 70
    dirty = next(t for t in board.tiles if t.code is StatusCode.VD)
    with pg_db.writing() as session:
        status.mark_rooms(session, actor, room_ids=[dirty.room_id], state=HkState.CLEAN)
    with pytest.raises(RuleError), pg_db.writing() as session:
        occupied = next(t for t in board.tiles if t.code is StatusCode.OC and t.due_out)
        status.mark_rooms(session, actor, room_ids=[dirty.room_id], state=HkState.INSPECTED)
        status.set_block(session, actor, room_ids=[occupied.room_id], kind=status.BlockKind.OUT_OF_ORDER,
                         reason="leak", start=board.business_date, end=date(2026, 11, 22))
    with pg_db.reading() as session:
        after = {t.room_id: t for t in load_board(session).tiles}
        timestamps = session.scalars(select(User.created_at)).all()
    # The inspection in the refused transaction was rolled back with it.
    assert after[dirty.room_id].hk_state is HkState.CLEAN
    assert all(t.tzinfo is not None for t in timestamps)
