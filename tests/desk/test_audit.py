"""The audit trail: one entry per change, and the change counter other workstations poll."""

from __future__ import annotations

from datetime import UTC, date, datetime

from desk import audit, clock
from desk.actor import Actor
from desk.db import Database
from desk.models import HkState
from desk.rooms import status
from tests.desk.demo_rooms import free_rooms
from tests.helpers.fixtures import DEMO_DATE


def test_an_entry_records_who_where_when_and_the_business_date(demo_db: Database, actors: dict[str, Actor]) -> None:
    at = datetime(2026, 11, 20, 8, 0, tzinfo=UTC)
    with clock.frozen(at), demo_db.writing() as session:
        entry = audit.record(session, actors["clerk"], "test.action", "room", 5, "x" * 600)
        system = audit.record(session, None, "test.system", "hotel", None, "night job", on_date=date(2026, 11, 19))
    with demo_db.reading() as session:
        rows = audit.recent(session, limit=2)
    assert [r.id for r in rows] == [system.id, entry.id]  # newest first
    mine, night = rows[1], rows[0]
    assert (mine.at, mine.username, mine.workstation, mine.business_date, mine.action) == (
        at, "clerk", "test-ws", DEMO_DATE, "test.action")
    assert (mine.subject_kind, mine.subject_id, len(mine.summary)) == ("room", 5, 500)
    assert (night.username, night.workstation, night.business_date, night.subject_id) == (
        "system", "desk", date(2026, 11, 19), None)


def test_the_change_counter_moves_with_each_action(demo_db: Database, actors: dict[str, Actor]) -> None:
    with demo_db.reading() as session:
        before = audit.last_change_id(session)
        assert audit.changes_since(session, before) == audit.ChangeSummary(before, frozenset())
        [room_id] = free_rooms(session, HkState.DIRTY)
    with demo_db.writing() as session:
        status.mark_rooms(session, actors["clerk"], room_ids=[room_id], state=HkState.CLEAN)
    with demo_db.reading() as session:
        after = audit.last_change_id(session)
        assert after == before + 1
        assert audit.changes_since(session, before) == audit.ChangeSummary(after, frozenset({"room"}))


def test_an_empty_trail_counts_zero(empty_db: Database) -> None:
    with empty_db.reading() as session:
        assert audit.last_change_id(session) == 0
        assert audit.recent(session) == []
