"""What the room board shows: tiles in floor and room order, codes, markers and counts."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from desk.db import Database
from desk.hotel import RoomSpec, RoomTypeSpec, create_hotel
from desk.models import Guest, HkState, Reservation, ReservationState, Room, RoomBlock, Stay, StayState
from desk.rooms.board import load_board
from desk.rooms.codes import StatusCode
from tests.desk.demo_rooms import assigned_arrival
from tests.helpers.fixtures import DEMO_DATE


def test_counts_are_the_codes_and_markers_of_the_tiles(demo_db: Database) -> None:
    with demo_db.reading() as session:
        board = load_board(session)
    counts = board.counts()
    assert len(board.tiles) == 70
    for code in StatusCode:
        assert counts[code.value] == sum(t.code is code for t in board.tiles)
    assert sum(counts[code.value] for code in StatusCode) == 70
    assert counts["due_out"] == sum(t.due_out for t in board.tiles) == 8
    assert counts["arrival"] == sum(t.arrival_assigned for t in board.tiles) == 4
    # The demo: 38 rooms in house, one out of order and one out of service today.
    assert counts["OC"] + counts["OD"] == 38
    assert (counts["OOO"], counts["OOS"]) == (1, 1)


def test_tiles_are_in_floor_then_natural_room_number_order(empty_db: Database) -> None:
    with empty_db.writing() as session:
        create_hotel(session, None, name="Tower", business_date=date(2026, 5, 1),
                     room_types=[RoomTypeSpec("SK", "King", Decimal("300"), 2)],
                     rooms=[RoomSpec("201", 2, "SK"), RoomSpec("1001", 1, "SK"), RoomSpec("101", 1, "SK"),
                            RoomSpec("99", 1, "SK")])
    with empty_db.reading() as session:
        board = load_board(session)
    assert [t.number for t in board.tiles] == ["99", "101", "1001", "201"]
    assert board.business_date == date(2026, 5, 1)
    assert {t.code for t in board.tiles} == {StatusCode.VI}  # a new hotel's rooms are ready to sell
    assert board.discrepancies == ()


def test_occupied_tiles_show_the_guest_and_due_outs_leave_today(demo_db: Database) -> None:
    with demo_db.reading() as session:
        board = load_board(session)
        stays = {room_id: (departure, name) for room_id, departure, name in session.execute(
            select(Stay.room_id, Stay.departure_date, Guest.name).join(Guest, Guest.id == Stay.guest_id)
            .where(Stay.state == StayState.IN_HOUSE))}
    assert board.business_date == DEMO_DATE
    assert {t.room_id for t in board.tiles if t.occupied} == set(stays)
    assert {t.room_id: t.guest_name for t in board.tiles if t.occupied} == {r: n for r, (_, n) in stays.items()}
    assert all(t.guest_name == "" for t in board.tiles if not t.occupied)
    due_out = {r for r, (departure, _) in stays.items() if departure == DEMO_DATE}
    assert due_out and {t.room_id for t in board.tiles if t.due_out} == due_out
    assert all(t.code in (StatusCode.OC, StatusCode.OD) for t in board.tiles if t.occupied)


def test_an_overstaying_guest_is_still_due_out(demo_db: Database) -> None:
    with demo_db.writing() as session:
        stay = session.scalars(select(Stay).where(Stay.state == StayState.IN_HOUSE,
                                                  Stay.departure_date > DEMO_DATE).limit(1)).one()
        stay.departure_date = DEMO_DATE - timedelta(days=1)
        room_id = stay.room_id
    with demo_db.reading() as session:
        assert next(t for t in load_board(session).tiles if t.room_id == room_id).due_out


def test_arrivals_assigned_are_todays_confirmed_reservations_with_a_room(demo_db: Database) -> None:
    with demo_db.reading() as session:
        expected = {room_id: name for room_id, name in session.execute(
            select(Reservation.room_id, Guest.name).join(Guest, Guest.id == Reservation.guest_id)
            .where(Reservation.arrival == DEMO_DATE, Reservation.state == ReservationState.CONFIRMED,
                   Reservation.room_id.is_not(None)))}
        board = load_board(session)
    assert len(expected) == 4
    assert {t.room_id: t.arrival_name for t in board.tiles if t.arrival_assigned} == expected
    assert all(t.arrival_name == "" for t in board.tiles if not t.arrival_assigned)


def test_cancelled_and_later_arrivals_are_not_marked(demo_db: Database) -> None:
    with demo_db.writing() as session:
        cancelled = assigned_arrival(session)
        cancelled.state = ReservationState.CANCELLED
        tomorrow = session.scalars(select(Reservation).where(Reservation.state == ReservationState.CONFIRMED,
                                                             Reservation.room_id.is_not(None))).first()
        assert tomorrow is not None
        tomorrow.arrival = DEMO_DATE + timedelta(days=1)
        tomorrow.departure = DEMO_DATE + timedelta(days=3)
        unmarked = {cancelled.room_id, tomorrow.room_id}
    with demo_db.reading() as session:
        board = load_board(session)
    assert not any(t.arrival_assigned for t in board.tiles if t.room_id in unmarked)
    assert board.counts()["arrival"] == 2


def test_out_of_order_comes_from_the_block_covering_the_business_date(demo_db: Database) -> None:
    with demo_db.reading() as session:
        blocks = [(b.room_id, b.kind, b.reason, b.start_date, b.end_date) for b in session.scalars(select(RoomBlock))]
        board = load_board(session)
    tiles = {t.room_id: t for t in board.tiles}
    active = [b for b in blocks if b[3] <= DEMO_DATE < b[4]]
    future = [b for b in blocks if b[3] > DEMO_DATE]
    assert active and future
    for room_id, kind, reason, _start, end in active:
        shown = tiles[room_id]
        assert (shown.code.value, shown.block_kind, shown.block_reason, shown.block_until) == (
            kind.value.upper(), kind, reason, end)
    for room_id, *_ in future:
        assert tiles[room_id].block_kind is None
        assert tiles[room_id].code not in (StatusCode.OOO, StatusCode.OOS)


def test_a_block_past_its_return_date_no_longer_shows(demo_db: Database) -> None:
    with demo_db.writing() as session:
        block = session.scalars(select(RoomBlock).where(RoomBlock.start_date <= DEMO_DATE,
                                                        RoomBlock.end_date > DEMO_DATE).limit(1)).one()
        block.start_date, block.end_date = DEMO_DATE - timedelta(days=3), DEMO_DATE
        room_id = block.room_id
    with demo_db.reading() as session:
        assert next(t for t in load_board(session).tiles if t.room_id == room_id).block_kind is None


def test_inactive_rooms_are_not_on_the_board(demo_db: Database) -> None:
    with demo_db.writing() as session:
        room = session.scalars(select(Room).order_by(Room.id).limit(1)).one()
        room.active = False
        room_id = room.id
    with demo_db.reading() as session:
        board = load_board(session)
    assert len(board.tiles) == 69 and room_id not in {t.room_id for t in board.tiles}


def test_tiles_are_immutable_values(demo_db: Database) -> None:
    with demo_db.reading() as session:
        board = load_board(session)
    with pytest.raises(dataclasses.FrozenInstanceError):
        board.tiles[0].hk_state = HkState.DIRTY  # type: ignore[misc]
    assert isinstance(board.tiles, tuple)
