"""Changing a room's status: housekeeping marks, out-of-order/service periods
and their end. Every change is an event with who, when and why; a refusal
changes nothing."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from desk import clock
from desk.actor import Actor
from desk.db import Database
from desk.errors import NotFoundError, RuleError, ValidationError
from desk.models import AuditEntry, BlockKind, HkState, RoomBlock, RoomStatusEvent, StatusEventKind, Stay, StayState
from desk.rooms import status
from desk.rooms.board import RoomTile, load_board
from desk.rooms.codes import StatusCode
from tests.desk.demo_rooms import (
    assigned_arrival,
    free_rooms,
    hk_states,
    in_house_room,
    number_of,
    open_block,
    row_counts,
)
from tests.helpers.fixtures import DEMO_DATE

TODAY = DEMO_DATE
OOO, OOS = BlockKind.OUT_OF_ORDER, BlockKind.OUT_OF_SERVICE


def tile(database: Database, room_id: int) -> RoomTile:
    with database.reading() as session:
        return next(t for t in load_board(session).tiles if t.room_id == room_id)


def block(database: Database, actor: Actor, room_ids: list[int], kind: BlockKind = OOO, *, start=TODAY,
          end=TODAY + timedelta(days=2), reason: str = "Leaking pipe",
          return_state: HkState = HkState.DIRTY) -> list[int]:
    with database.writing() as session:
        return status.set_block(session, actor, room_ids=room_ids, kind=kind, reason=reason, start=start, end=end,
                                return_state=return_state)


# --- Housekeeping marks -------------------------------------------------------------------------------------------


def test_dirty_room_is_cleaned_then_inspected(demo_db: Database, actors: dict[str, Actor]) -> None:
    with demo_db.writing() as session:
        [room_id] = free_rooms(session, HkState.DIRTY)
        number = number_of(session, room_id)
        result = status.mark_rooms(session, actors["clerk"], room_ids=[room_id], state=HkState.CLEAN)
    assert result == status.MarkResult(changed=(number,), unchanged=())
    assert tile(demo_db, room_id).code is StatusCode.VC
    with demo_db.writing() as session:
        result = status.mark_rooms(session, actors["housekeeping"], room_ids=[room_id], state=HkState.INSPECTED)
    assert result.changed == (number,)
    assert tile(demo_db, room_id).code is StatusCode.VI


def test_inspecting_a_dirty_room_is_refused_and_changes_no_room_of_the_bulk(
    demo_db: Database, actors: dict[str, Actor]
) -> None:
    with demo_db.reading() as session:
        clean = free_rooms(session, HkState.CLEAN, 2)
        [dirty] = free_rooms(session, HkState.DIRTY)
        dirty_number = number_of(session, dirty)
        clean_numbers = [number_of(session, r) for r in clean]
        before_states = hk_states(session, [*clean, dirty])
        before_rows = row_counts(session)
    with pytest.raises(RuleError) as refused, demo_db.writing() as session:
        status.mark_rooms(session, actors["housekeeping"], room_ids=[*clean, dirty], state=HkState.INSPECTED)
    message = str(refused.value)
    assert dirty_number in message and "dirty" in message
    assert not any(number in message for number in clean_numbers)
    with demo_db.reading() as session:
        assert hk_states(session, [*clean, dirty]) == before_states
        assert row_counts(session) == before_rows


def test_nothing_is_half_done_even_when_the_caller_commits_after_a_refusal(
    demo_db: Database, actors: dict[str, Actor]
) -> None:
    with demo_db.reading() as session:
        clean = free_rooms(session, HkState.CLEAN, 2)
        [dirty] = free_rooms(session, HkState.DIRTY)
        before_rows = row_counts(session)
    # The refusal is caught inside the transaction, which then commits whatever the service left behind.
    with demo_db.writing() as session, pytest.raises(RuleError):
        status.mark_rooms(session, actors["housekeeping"], room_ids=[*clean, dirty], state=HkState.INSPECTED)
    with demo_db.reading() as session:
        assert set(hk_states(session, clean).values()) == {HkState.CLEAN}
        assert row_counts(session) == before_rows


def test_marking_an_inspected_room_clean_leaves_it_inspected(demo_db: Database, actors: dict[str, Actor]) -> None:
    with demo_db.writing() as session:
        [inspected] = free_rooms(session, HkState.INSPECTED)
        [dirty] = free_rooms(session, HkState.DIRTY)
        before_events = row_counts(session)[0]
        result = status.mark_rooms(session, actors["clerk"], room_ids=[inspected, dirty], state=HkState.CLEAN)
        assert result.changed == (number_of(session, dirty),)
        assert result.unchanged == (number_of(session, inspected),)
    with demo_db.reading() as session:
        assert hk_states(session, [inspected, dirty]) == {inspected: HkState.INSPECTED, dirty: HkState.CLEAN}
        assert row_counts(session)[0] == before_events + 1


def test_a_room_already_in_the_state_is_reported_unchanged(demo_db: Database, actors: dict[str, Actor]) -> None:
    with demo_db.writing() as session:
        [dirty] = free_rooms(session, HkState.DIRTY)
        before = row_counts(session)
        result = status.mark_rooms(session, actors["clerk"], room_ids=[dirty], state=HkState.DIRTY)
        assert result == status.MarkResult(changed=(), unchanged=(number_of(session, dirty),))
        assert row_counts(session) == before


def test_each_change_writes_one_status_event_and_one_audit_entry(demo_db: Database, actors: dict[str, Actor]) -> None:
    at = datetime(2026, 11, 20, 6, 30, tzinfo=UTC)
    clerk = actors["clerk"]
    with demo_db.writing() as session:
        rooms = free_rooms(session, HkState.DIRTY, 2)
        last_event = row_counts(session)[0]
        last_audit = session.scalar(select(AuditEntry.id).order_by(AuditEntry.id.desc()).limit(1))
        with clock.frozen(at):
            status.mark_rooms(session, clerk, room_ids=rooms, state=HkState.CLEAN, reason="  done by Amy  ")
    with demo_db.reading() as session:
        events = list(session.scalars(select(RoomStatusEvent).order_by(RoomStatusEvent.id).offset(last_event)))
        audits = list(session.scalars(select(AuditEntry).where(AuditEntry.id > last_audit)))
        numbers = {r: number_of(session, r) for r in rooms}
        assert sorted(e.room_id for e in events) == sorted(rooms)
        for event in events:
            assert (event.kind, event.from_state, event.to_state) == (StatusEventKind.HOUSEKEEPING, "dirty", "clean")
            assert (event.reason, event.user_id, event.at, event.business_date) == (
                "done by Amy", clerk.user_id, at, TODAY)
        assert sorted(a.subject_id for a in audits) == sorted(rooms)
        for entry in audits:
            assert (entry.action, entry.subject_kind, entry.username) == ("room.mark_clean", "room", "clerk")
            assert (entry.user_id, entry.workstation, entry.business_date, entry.at) == (
                clerk.user_id, "test-ws", TODAY, at)
            assert numbers[entry.subject_id] in entry.summary and "done by Amy" in entry.summary


def test_marking_no_room_is_refused(demo_db: Database, actors: dict[str, Actor]) -> None:
    with demo_db.writing() as session, pytest.raises(NotFoundError, match="Select at least one room"):
        status.mark_rooms(session, actors["clerk"], room_ids=[], state=HkState.CLEAN)


# --- Out of order / out of service --------------------------------------------------------------------------------


def test_out_of_order_is_refused_on_an_occupied_room(demo_db: Database, actors: dict[str, Actor]) -> None:
    with demo_db.reading() as session:
        occupied = in_house_room(session, due_out=False)
        number = number_of(session, occupied)
        before = row_counts(session)
    for kind in BlockKind:
        with pytest.raises(RuleError, match=f"Room {number} is occupied"):
            block(demo_db, actors["housekeeping"], [occupied], kind)
    with demo_db.reading() as session:
        assert row_counts(session) == before


def test_out_of_order_is_refused_on_a_due_out_room_whose_guest_is_still_in(
    demo_db: Database, actors: dict[str, Actor]
) -> None:
    with demo_db.reading() as session:
        due_out = in_house_room(session, due_out=True)
    with pytest.raises(RuleError, match="occupied"):
        block(demo_db, actors["housekeeping"], [due_out], OOO, start=TODAY, end=TODAY + timedelta(days=1))


def test_out_of_order_is_refused_on_a_room_whose_guest_overstays(demo_db: Database, actors: dict[str, Actor]) -> None:
    with demo_db.writing() as session:
        room_id = in_house_room(session, due_out=True)
        stay = session.scalars(select(Stay).where(Stay.room_id == room_id, Stay.state == StayState.IN_HOUSE)).one()
        stay.departure_date = TODAY - timedelta(days=1)
    with pytest.raises(RuleError, match="occupied"):
        block(demo_db, actors["housekeeping"], [room_id], OOS, start=TODAY, end=TODAY + timedelta(days=1))


def test_out_of_order_may_start_on_the_day_the_guest_leaves(demo_db: Database, actors: dict[str, Actor]) -> None:
    with demo_db.reading() as session:
        occupied = in_house_room(session, due_out=False)
        departure = session.scalar(
            select(Stay.departure_date).where(Stay.room_id == occupied, Stay.state == StayState.IN_HOUSE)
        )
    assert block(demo_db, actors["housekeeping"], [occupied], OOO, start=departure,
                 end=departure + timedelta(days=1))


def test_out_of_order_is_refused_on_a_room_assigned_to_an_arrival(
    demo_db: Database, actors: dict[str, Actor]
) -> None:
    with demo_db.reading() as session:
        reservation = assigned_arrival(session)
        room_id, confirmation, departure = reservation.room_id, reservation.confirmation, reservation.departure
        number = number_of(session, room_id)
    assert room_id is not None
    with pytest.raises(RuleError) as refused:
        block(demo_db, actors["housekeeping"], [room_id], OOO, start=TODAY, end=TODAY + timedelta(days=1))
    assert number in str(refused.value) and confirmation in str(refused.value)
    # A period after the reservation's last night does not meet it.
    assert block(demo_db, actors["housekeeping"], [room_id], OOO, start=departure, end=departure + timedelta(days=2))


def test_out_of_service_is_allowed_on_a_room_assigned_to_an_arrival(
    demo_db: Database, actors: dict[str, Actor]
) -> None:
    with demo_db.reading() as session:
        room_id = assigned_arrival(session).room_id
    assert room_id is not None
    assert block(demo_db, actors["housekeeping"], [room_id], OOS, start=TODAY, end=TODAY + timedelta(days=1))
    assert tile(demo_db, room_id).code is StatusCode.OOS


def test_a_period_overlapping_an_open_one_is_refused(demo_db: Database, actors: dict[str, Actor]) -> None:
    with demo_db.reading() as session:
        existing = open_block(session, active_on=TODAY)
        room_id, end = existing.room_id, existing.end_date
        number = number_of(session, room_id)
    with pytest.raises(RuleError, match=f"Room {number} is already out of order or out of service"):
        block(demo_db, actors["manager"], [room_id], OOS, start=end - timedelta(days=1), end=end + timedelta(days=1))
    # The next period may begin on the day the first one ends.
    assert block(demo_db, actors["manager"], [room_id], OOS, start=end, end=end + timedelta(days=1))


@pytest.mark.parametrize(
    ("start", "end", "reason", "message"),
    [
        (TODAY - timedelta(days=1), TODAY + timedelta(days=1), "Broken", "cannot start before the business date"),
        (TODAY, TODAY, "Broken", "return date must be after the start date"),
        (TODAY + timedelta(days=2), TODAY + timedelta(days=1), "Broken", "return date must be after the start date"),
        (TODAY, TODAY + timedelta(days=367), "Broken", "at most 366 days"),
        (TODAY, TODAY + timedelta(days=1), "", "Please fill in the reason"),
        (TODAY, TODAY + timedelta(days=1), "   ", "Please fill in the reason"),
    ],
)
def test_a_badly_formed_period_is_refused(demo_db: Database, actors: dict[str, Actor], start, end, reason: str,
                                          message: str) -> None:
    with demo_db.reading() as session:
        [room_id] = free_rooms(session, HkState.INSPECTED)
        before = row_counts(session)
    with pytest.raises(ValidationError, match=message):
        block(demo_db, actors["housekeeping"], [room_id], OOO, start=start, end=end, reason=reason)
    with demo_db.reading() as session:
        assert row_counts(session) == before


def test_the_longest_period_is_accepted(demo_db: Database, actors: dict[str, Actor]) -> None:
    with demo_db.reading() as session:
        [room_id] = free_rooms(session, HkState.INSPECTED)
    assert block(demo_db, actors["housekeeping"], [room_id], OOO, end=TODAY + timedelta(days=366))


def test_a_bulk_period_with_one_conflicting_room_blocks_no_room(demo_db: Database, actors: dict[str, Actor]) -> None:
    with demo_db.reading() as session:
        free = free_rooms(session, HkState.INSPECTED, 2)
        occupied = in_house_room(session, due_out=False)
        before = row_counts(session)
    with pytest.raises(RuleError):
        block(demo_db, actors["housekeeping"], [*free, occupied])
    with demo_db.reading() as session:
        assert row_counts(session) == before
        assert session.scalars(select(RoomBlock).where(RoomBlock.room_id.in_(free))).all() == []


def test_a_block_writes_the_period_an_event_and_an_audit_entry(demo_db: Database, actors: dict[str, Actor]) -> None:
    housekeeping = actors["housekeeping"]
    with demo_db.reading() as session:
        [room_id] = free_rooms(session, HkState.INSPECTED)
        number = number_of(session, room_id)
        before = row_counts(session)
    [block_id] = block(demo_db, housekeeping, [room_id], OOO, end=TODAY + timedelta(days=3),
                       reason="New carpet", return_state=HkState.CLEAN)
    with demo_db.reading() as session:
        assert row_counts(session) == (before[0] + 1, before[1] + 1, before[2] + 1)
        saved = session.get_one(RoomBlock, block_id)
        assert (saved.room_id, saved.kind, saved.reason, saved.start_date, saved.end_date) == (
            room_id, OOO, "New carpet", TODAY, TODAY + timedelta(days=3))
        assert (saved.return_state, saved.created_by, saved.returned_on) == (HkState.CLEAN, housekeeping.user_id, None)
        event = session.scalars(select(RoomStatusEvent).order_by(RoomStatusEvent.id.desc()).limit(1)).one()
        assert (event.room_id, event.kind, event.from_state, event.to_state, event.user_id) == (
            room_id, StatusEventKind.BLOCK_START, "inspected", "ooo", housekeeping.user_id)
        assert "New carpet" in event.reason
        entry = session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(1)).one()
        assert (entry.action, entry.subject_id, entry.username) == ("room.ooo", room_id, "housekeeping")
        assert number in entry.summary


def test_out_of_service_shows_oos_on_the_board(demo_db: Database, actors: dict[str, Actor]) -> None:
    with demo_db.reading() as session:
        [room_id] = free_rooms(session, HkState.CLEAN)
    block(demo_db, actors["housekeeping"], [room_id], OOS, reason="TV remote missing")
    shown = tile(demo_db, room_id)
    assert (shown.code, shown.block_kind, shown.block_reason) == (StatusCode.OOS, OOS, "TV remote missing")
    assert shown.hk_state is HkState.CLEAN and not shown.occupied


def test_out_of_order_shows_then_the_room_returns_in_its_return_state(
    demo_db: Database, actors: dict[str, Actor]
) -> None:
    housekeeping = actors["housekeeping"]
    with demo_db.reading() as session:
        [room_id] = free_rooms(session, HkState.INSPECTED)
        number = number_of(session, room_id)
    [block_id] = block(demo_db, housekeeping, [room_id], OOO, end=TODAY + timedelta(days=4),
                       return_state=HkState.CLEAN)
    shown = tile(demo_db, room_id)
    assert (shown.code, shown.block_until) == (StatusCode.OOO, TODAY + timedelta(days=4))

    with demo_db.writing() as session:
        assert status.return_to_service(session, housekeeping, room_ids=[room_id]) == [number]
    shown = tile(demo_db, room_id)
    assert (shown.code, shown.hk_state, shown.block_kind) == (StatusCode.VC, HkState.CLEAN, None)
    with demo_db.reading() as session:
        saved = session.get_one(RoomBlock, block_id)
        assert (saved.returned_on, saved.returned_by) == (TODAY, housekeeping.user_id)
        event = session.scalars(select(RoomStatusEvent).order_by(RoomStatusEvent.id.desc()).limit(1)).one()
        assert (event.room_id, event.kind, event.from_state, event.to_state) == (
            room_id, StatusEventKind.BLOCK_END, "ooo", "clean")


def test_return_to_service_in_a_state_given_by_hand(demo_db: Database, actors: dict[str, Actor]) -> None:
    with demo_db.reading() as session:
        [room_id] = free_rooms(session, HkState.INSPECTED)
    block(demo_db, actors["housekeeping"], [room_id], OOO, return_state=HkState.CLEAN)
    with demo_db.writing() as session:
        status.return_to_service(session, actors["housekeeping"], room_ids=[room_id], state=HkState.DIRTY)
    assert tile(demo_db, room_id).code is StatusCode.VD


def test_a_future_period_is_not_on_todays_board_and_can_be_cancelled(
    demo_db: Database, actors: dict[str, Actor]
) -> None:
    with demo_db.reading() as session:
        [room_id] = free_rooms(session, HkState.INSPECTED)
    [block_id] = block(demo_db, actors["housekeeping"], [room_id], OOO, start=TODAY + timedelta(days=3),
                       end=TODAY + timedelta(days=5), return_state=HkState.DIRTY)
    shown = tile(demo_db, room_id)
    assert (shown.code, shown.block_kind) == (StatusCode.VI, None)
    with demo_db.reading() as session:
        events_before = row_counts(session)[0]
    with demo_db.writing() as session:
        status.return_to_service(session, actors["housekeeping"], room_ids=[room_id])
    with demo_db.reading() as session:
        # Cancelling a period that never began leaves the room as it is.
        assert session.get_one(RoomBlock, block_id).returned_on == TODAY
        assert hk_states(session, [room_id]) == {room_id: HkState.INSPECTED}
        assert row_counts(session)[0] == events_before


def test_return_to_service_of_a_room_in_service_is_refused(demo_db: Database, actors: dict[str, Actor]) -> None:
    with demo_db.reading() as session:
        [room_id] = free_rooms(session, HkState.CLEAN)
        number = number_of(session, room_id)
        before = row_counts(session)
    with pytest.raises(RuleError, match=f"Room {number} is not out of order or out of service"), \
            demo_db.writing() as session:
        status.return_to_service(session, actors["housekeeping"], room_ids=[room_id])
    with demo_db.reading() as session:
        assert row_counts(session) == before


def test_release_expired_blocks_brings_rooms_back_on_their_return_date(
    demo_db: Database, actors: dict[str, Actor]
) -> None:
    with demo_db.reading() as session:
        short, long = free_rooms(session, HkState.INSPECTED, 2)
        short_number = number_of(session, short)
    [short_block] = block(demo_db, actors["housekeeping"], [short], OOO, end=TODAY + timedelta(days=2),
                          return_state=HkState.DIRTY)
    [long_block] = block(demo_db, actors["housekeeping"], [long], OOO, end=TODAY + timedelta(days=30))
    with demo_db.writing() as session:
        assert short_number not in status.release_expired_blocks(session, TODAY + timedelta(days=1))
    with demo_db.writing() as session:
        assert short_number in status.release_expired_blocks(session, TODAY + timedelta(days=2))
    with demo_db.reading() as session:
        assert session.get_one(RoomBlock, short_block).returned_on == TODAY + timedelta(days=2)
        assert session.get_one(RoomBlock, short_block).returned_by is None
        assert session.get_one(RoomBlock, long_block).returned_on is None
        assert hk_states(session, [short, long]) == {short: HkState.DIRTY, long: HkState.INSPECTED}
        event = session.scalars(select(RoomStatusEvent).order_by(RoomStatusEvent.id.desc()).limit(1)).one()
        assert (event.room_id, event.kind, event.to_state, event.user_id, event.business_date) == (
            short, StatusEventKind.BLOCK_END, "dirty", None, TODAY + timedelta(days=2))
    with demo_db.writing() as session:
        # Already released: a second run finds nothing more to do for it.
        assert short_number not in status.release_expired_blocks(session, TODAY + timedelta(days=3))
