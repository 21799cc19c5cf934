"""A room's history: every status change with who, when and why, newest first."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime, timedelta

from desk import clock
from desk.actor import Actor
from desk.db import Database
from desk.models import BlockKind, HkState, StatusEventKind
from desk.rooms import status
from desk.rooms.history import room_history
from tests.desk.demo_rooms import free_rooms
from tests.helpers.fixtures import DEMO_DATE


def test_history_lists_the_changes_newest_first_with_user_names(demo_db: Database, actors: dict[str, Actor]) -> None:
    start = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
    with demo_db.reading() as session:
        [room_id] = free_rooms(session, HkState.DIRTY)
        before = len(room_history(session, room_id))
    steps = [
        (actors["clerk"], HkState.CLEAN, "housekeeper called"),
        (actors["housekeeping"], HkState.INSPECTED, ""),
        (actors["clerk2"], HkState.DIRTY, "guest viewed the room"),
    ]
    for minutes, (actor, state, reason) in enumerate(steps):
        with clock.frozen(start + timedelta(minutes=minutes)), demo_db.writing() as session:
            status.mark_rooms(session, actor, room_ids=[room_id], state=state, reason=reason)
    with clock.frozen(start + timedelta(minutes=10)), demo_db.writing() as session:
        status.set_block(session, actors["housekeeping"], room_ids=[room_id], kind=BlockKind.OUT_OF_ORDER,
                         reason="Broken window", start=DEMO_DATE, end=DEMO_DATE + timedelta(days=1))
    with clock.frozen(start + timedelta(minutes=20)), demo_db.writing() as session:
        status.release_expired_blocks(session, DEMO_DATE + timedelta(days=1))

    with demo_db.reading() as session:
        history = room_history(session, room_id)
    assert len(history) == before + 5
    newest = history[:5]
    assert [(h.username, h.kind, h.from_state, h.to_state) for h in newest] == [
        ("system", StatusEventKind.BLOCK_END, "ooo", "dirty"),
        ("housekeeping", StatusEventKind.BLOCK_START, "dirty", "ooo"),
        ("clerk2", StatusEventKind.HOUSEKEEPING, "inspected", "dirty"),
        ("housekeeping", StatusEventKind.HOUSEKEEPING, "clean", "inspected"),
        ("clerk", StatusEventKind.HOUSEKEEPING, "dirty", "clean"),
    ]
    assert [h.at for h in newest] == [start + timedelta(minutes=m) for m in (20, 10, 2, 1, 0)]
    assert newest[2].reason == "guest viewed the room" and newest[4].reason == "housekeeper called"
    assert "Broken window" in newest[1].reason
    assert all(a.at >= b.at for a, b in itertools.pairwise(history))


def test_history_is_limited_and_empty_for_an_unchanged_room(demo_db: Database, actors: dict[str, Actor]) -> None:
    with demo_db.reading() as session:
        [room_id] = free_rooms(session, HkState.DIRTY)
        assert len(room_history(session, room_id)) == 1  # the demo's "checked out yesterday"
        assert room_history(session, room_id, limit=0) == []
        assert room_history(session, 10_000) == []
