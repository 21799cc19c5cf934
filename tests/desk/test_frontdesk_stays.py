"""Changing a stay: room moves (the old room vacant dirty, the new one
occupied, the folio following the stay), extensions (the room and its type
must be free) and early departures (the nights free for sale at once)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from sqlalchemy import select

from desk import clock
from desk.actor import Actor
from desk.db import Database
from desk.errors import FullError, PermissionDeniedError, RuleError, ValidationError
from desk.frontdesk import checkin, folio, stays
from desk.models import (
    ChargeType,
    HkState,
    IdType,
    Reservation,
    RoomMove,
    RoomStatusEvent,
    StatusEventKind,
)
from desk.reservations import rooms
from desk.rooms.board import load_board
from desk.rooms.codes import StatusCode
from tests.desk import reservation_helpers as small
from tests.desk.demo_rooms import assigned_arrival, free_rooms, in_house_room, number_of
from tests.desk.frontdesk_helpers import (
    CASH_300,
    NOON,
    TODAY,
    audits,
    day,
    free_room_of_type,
    in_session,
    line_rows,
    refused,
    registration,
    room_of,
    stay_row,
    walk_in,
)


@pytest.fixture(autouse=True)
def _noon() -> Iterator[None]:
    with clock.frozen(NOON):
        yield


def move(database: Database, actor: Actor, stay_id: int, room_id: int, reason: str = "Noisy neighbours") -> str:
    return in_session(database, lambda s: stays.move_room(s, actor, stay_id=stay_id, room_id=room_id, reason=reason))


def change(database: Database, actor: Actor, stay_id: int, departure: date, reason: str = "") -> date:
    return in_session(database, lambda s: stays.change_departure(s, actor, stay_id=stay_id, departure=departure,
                                                                 reason=reason))


# --- Room moves ---------------------------------------------------------------------------------------------------


def test_a_move_leaves_the_old_room_vacant_dirty_and_the_folio_follows(demo_db: Database,
                                                                       actors: dict[str, Actor]) -> None:
    clerk = actors["clerk"]
    with demo_db.reading() as session:
        old = free_rooms(session, HkState.INSPECTED)[0]
        type_id = room_of(session, old).room_type_id
    stay_id = walk_in(demo_db, clerk, old, nights=2)
    with demo_db.reading() as session:
        new = free_room_of_type(session, type_id)
        new_number = number_of(session, new)
    in_session(demo_db, lambda s: folio.post_charge(s, clerk, stay_id=stay_id, charge_type=ChargeType.MINIBAR,
                                                     amount="20"))
    assert move(demo_db, actors["clerk2"], stay_id, new, "  Air conditioner noisy ") == new_number
    in_session(demo_db, lambda s: folio.post_charge(s, clerk, stay_id=stay_id, charge_type=ChargeType.FOOD,
                                                     amount="30"))
    with demo_db.reading() as session:
        tiles = {t.room_id: t for t in load_board(session).tiles}
        stay = stay_row(session, stay_id)
        [moved] = session.scalars(select(RoomMove).where(RoomMove.stay_id == stay_id)).all()
        events = [(e.room_id, e.kind, e.from_state, e.to_state) for e in session.scalars(
            select(RoomStatusEvent).where(RoomStatusEvent.at == NOON, RoomStatusEvent.room_id.in_([old, new]))
            .order_by(RoomStatusEvent.id))]
        lines = line_rows(session, stay_id)
        [entry] = audits(session, "stay.move", stay_id)
        moved_row = (moved.from_room_id, moved.to_room_id, moved.reason, moved.user_id, moved.business_date)
        balance = folio.stay_totals(session, stay_id).balance
    assert (tiles[old].occupied, tiles[old].hk_state, tiles[old].code) == (False, HkState.DIRTY, StatusCode.VD)
    assert (tiles[new].occupied, tiles[new].code, tiles[new].guest_name) == (True, StatusCode.OC, "Zhou Ming")
    assert stay.room_id == new
    assert moved_row == (old, new, "Air conditioner noisy", actors["clerk2"].user_id, TODAY)
    assert events[-3:] == [(old, StatusEventKind.OCCUPANCY, "occupied", "vacant"),
                           (old, StatusEventKind.HOUSEKEEPING, "inspected", "dirty"),
                           (new, StatusEventKind.OCCUPANCY, "vacant", "occupied")]
    # Every line stays on the stay; each remembers the room it was posted in.
    assert [(line.stay_id, line.room_id) for line in lines] == [(stay_id, old), (stay_id, old), (stay_id, new)]
    assert balance == 50
    assert "Air conditioner noisy" in entry.summary and new_number in entry.summary


def test_a_moved_arrival_takes_its_reservation_along(demo_db: Database, actors: dict[str, Actor]) -> None:
    with demo_db.reading() as session:
        arrival = assigned_arrival(session)
        reservation_id, old, type_id = arrival.id, arrival.room_id, arrival.room_type_id
    with demo_db.writing() as session:
        stay_id = checkin.check_in(session, actors["clerk"], reservation_id=reservation_id, room_id=old,
                                   registration=registration(), deposit=CASH_300)
    with demo_db.reading() as session:
        new = free_room_of_type(session, type_id)
    move(demo_db, actors["clerk"], stay_id, new)
    with demo_db.reading() as session:
        assert session.get_one(Reservation, reservation_id).room_id == new


def test_a_move_into_a_room_not_ready_is_refused_and_changes_nothing(demo_db: Database,
                                                                     actors: dict[str, Actor]) -> None:
    clerk = actors["clerk"]
    with demo_db.reading() as session:
        [room_id] = free_rooms(session, HkState.INSPECTED)
        [dirty] = free_rooms(session, HkState.DIRTY)
        occupied = in_house_room(session, due_out=False)
        promised = assigned_arrival(session).room_id
        names = {r: number_of(session, r) for r in (room_id, dirty, occupied, promised)}
    stay_id = walk_in(demo_db, clerk, room_id)

    def moving(to: int, reason: str = "Upgrade") -> object:
        return lambda s: stays.move_room(s, clerk, stay_id=stay_id, room_id=to, reason=reason)

    refused(demo_db, moving(dirty), RuleError, f"Room {names[dirty]} is dirty; .*Ready rooms of this type: ")
    refused(demo_db, moving(occupied), RuleError, f"Room {names[occupied]} is occupied\\.")
    refused(demo_db, moving(promised), RuleError, f"Room {names[promised]} is assigned to reservation")
    refused(demo_db, moving(room_id), ValidationError, "The guest is in that room already.")
    refused(demo_db, moving(dirty, reason=" "), ValidationError, "Please fill in the reason for the move")
    refused(demo_db, lambda s: stays.move_room(s, actors["housekeeping"], stay_id=stay_id, room_id=dirty,
                                               reason="x"), PermissionDeniedError, "may not work the front desk")
    with demo_db.reading() as session:
        assert stay_row(session, stay_id).room_id == room_id
        assert room_of(session, room_id).hk_state is HkState.INSPECTED


def test_a_move_to_a_fully_booked_type_is_refused(empty_db: Database) -> None:
    hotel = small.small_hotel(empty_db, {"SK": 1, "DK": 1})
    stay_id = walk_in(empty_db, hotel.clerk, hotel.rooms["101"], nights=2)
    small.book(empty_db, hotel.clerk, hotel.types["DK"], day(1), 1, guest_name="Deluxe Guest")
    refused(empty_db, lambda s: stays.move_room(s, hotel.clerk, stay_id=stay_id, room_id=hotel.rooms["201"],
                                                reason="Upgrade"), FullError, f"DK is fully booked on {day(1)}")
    # Leaving tomorrow, the upgrade fits tonight.
    change(empty_db, hotel.clerk, stay_id, day(1))
    assert move(empty_db, hotel.clerk, stay_id, hotel.rooms["201"], "Upgrade") == "201"


# --- Extensions ---------------------------------------------------------------------------------------------------


def test_an_extension_is_refused_when_the_room_is_promised_after_the_departure(empty_db: Database) -> None:
    hotel = small.small_hotel(empty_db, {"SK": 2})
    stay_id = walk_in(empty_db, hotel.clerk, hotel.rooms["101"])
    later = small.book(empty_db, hotel.clerk, hotel.types["SK"], day(1), 1, guest_name="Next Guest")
    in_session(empty_db, lambda s: rooms.assign_room(s, hotel.clerk, reservation_id=later.id,
                                                           room_id=hotel.rooms["101"]))
    refused(empty_db, lambda s: stays.change_departure(s, hotel.clerk, stay_id=stay_id, departure=day(2)),
            RuleError, f"Room 101 is assigned to reservation {later.confirmation} from {day(1)}")
    with empty_db.reading() as session:
        assert stay_row(session, stay_id).departure_date == day(1)


def test_an_extension_is_refused_when_the_type_is_fully_booked(empty_db: Database) -> None:
    hotel = small.small_hotel(empty_db, {"SK": 2})
    stay_id = walk_in(empty_db, hotel.clerk, hotel.rooms["101"])
    walk_in(empty_db, hotel.clerk, hotel.rooms["102"], nights=3, reg=registration(name="Li Hua",
                                                                                  id_number="E12345678",
                                                                                  id_type=IdType.PASSPORT))
    small.book(empty_db, hotel.clerk, hotel.types["SK"], day(2), 1, guest_name="Later Guest")
    # Tomorrow night is still free; the night after is full.
    assert change(empty_db, hotel.clerk, stay_id, day(2)) == day(2)
    error = refused(empty_db, lambda s: stays.change_departure(s, hotel.clerk, stay_id=stay_id, departure=day(3)),
                    FullError, "Room 101 is free, but its type is fully booked on")
    assert str(error) == (f"Room 101 is free, but its type is fully booked on {day(2)}; a manager can overbook, "
                          "or move the guest.")


def test_an_extension_takes_the_nights_and_updates_the_reservation(empty_db: Database) -> None:
    hotel = small.small_hotel(empty_db, {"SK": 2})
    booked = small.book(empty_db, hotel.clerk, hotel.types["SK"], TODAY, 1)
    with empty_db.writing() as session:
        stay_id = checkin.check_in(session, hotel.clerk, reservation_id=booked.id, room_id=hotel.rooms["101"],
                                   registration=registration(), deposit=CASH_300)
    assert small.free(empty_db, hotel.types["SK"], TODAY, 3) == [1, 2, 2]
    assert change(empty_db, hotel.clerk, stay_id, day(3), " Conference extended ") == day(3)
    assert small.free(empty_db, hotel.types["SK"], TODAY, 3) == [1, 1, 1]
    with empty_db.reading() as session:
        assert session.get_one(Reservation, booked.id).departure == day(3)
        [entry] = audits(session, "stay.extended", stay_id)
    assert "Conference extended" in entry.summary and str(day(3)) in entry.summary
    # The same date again changes nothing.
    assert change(empty_db, hotel.clerk, stay_id, day(3)) == day(3)
    with empty_db.reading() as session:
        assert len(audits(session, "stay.extended", stay_id)) == 1


def test_a_stay_is_at_most_ninety_nights_and_never_ends_before_today(empty_db: Database) -> None:
    hotel = small.small_hotel(empty_db, {"SK": 1})
    stay_id = walk_in(empty_db, hotel.clerk, hotel.rooms["101"])
    refused(empty_db, lambda s: stays.change_departure(s, hotel.clerk, stay_id=stay_id, departure=day(91)),
            ValidationError, "A stay can be at most 90 nights.")
    refused(empty_db, lambda s: stays.change_departure(s, hotel.clerk, stay_id=stay_id, departure=day(-1)),
            ValidationError, f"The departure cannot be before today \\({TODAY}\\)")
    assert change(empty_db, hotel.clerk, stay_id, day(90)) == day(90)


# --- Early departures ---------------------------------------------------------------------------------------------


def test_shortening_frees_the_nights_at_once(empty_db: Database) -> None:
    hotel = small.small_hotel(empty_db, {"SK": 1})
    stay_id = walk_in(empty_db, hotel.clerk, hotel.rooms["101"], nights=3)
    assert small.free(empty_db, hotel.types["SK"], TODAY, 4) == [0, 0, 0, 1]
    with pytest.raises(RuleError, match="full"):
        small.book(empty_db, hotel.clerk, hotel.types["SK"], day(1), 2, guest_name="Waiting Guest")
    assert change(empty_db, hotel.clerk, stay_id, day(1), "Meeting cancelled") == day(1)
    assert small.free(empty_db, hotel.types["SK"], TODAY, 4) == [0, 1, 1, 1]
    small.book(empty_db, hotel.clerk, hotel.types["SK"], day(1), 2, guest_name="Waiting Guest")
    with empty_db.reading() as session:
        [entry] = audits(session, "stay.shortened", stay_id)
    assert "Meeting cancelled" in entry.summary


def test_shortening_to_today_makes_the_guest_due_out(empty_db: Database) -> None:
    hotel = small.small_hotel(empty_db, {"SK": 1})
    stay_id = walk_in(empty_db, hotel.clerk, hotel.rooms["101"], nights=2)
    assert small.free(empty_db, hotel.types["SK"], TODAY, 2) == [0, 0]
    change(empty_db, hotel.clerk, stay_id, TODAY)
    # A guest due out leaves today: tonight is for sale again, as for every due-out.
    assert small.free(empty_db, hotel.types["SK"], TODAY, 2) == [1, 1]
    with empty_db.reading() as session:
        [tile] = [t for t in load_board(session).tiles if t.number == "101"]
    assert tile.occupied and tile.due_out
