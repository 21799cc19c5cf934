"""Pre-assigning rooms: never onto a stay, another reservation or an
out-of-order period; proposals take ready rooms of the right type first."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from desk import clock
from desk.db import Database
from desk.errors import NotFoundError, PermissionDeniedError, RuleError
from desk.models import BlockKind, Guarantee, HkState
from desk.reservations import booking, rooms
from desk.reservations.queries import reservation_row
from desk.rooms import status
from tests.desk.reservation_helpers import (
    MORNING,
    TODAY,
    SmallHotel,
    add_stay,
    audits,
    book,
    day,
    free,
    local,
    set_hk,
    small_hotel,
)


@pytest.fixture(autouse=True)
def _morning() -> Iterator[None]:
    with clock.frozen(MORNING):
        yield


def assign(database: Database, hotel: SmallHotel, reservation_id: int, number: str, **kwargs: bool) -> str:
    with database.writing() as session:
        return rooms.assign_room(session, hotel.clerk, reservation_id=reservation_id, room_id=hotel.rooms[number],
                                 **kwargs)


def room_of(database: Database, reservation_id: int) -> str:
    with database.reading() as session:
        return reservation_row(session, reservation_id).room_number


# --- assign_room ------------------------------------------------------------------------------------------------


def test_a_free_room_is_assigned_and_audited(empty_db: Database) -> None:
    hotel = small_hotel(empty_db, {"SK": 2})
    row = book(empty_db, hotel.clerk, hotel.types["SK"], TODAY, 2)
    assert assign(empty_db, hotel, row.id, "102") == "102"
    assert room_of(empty_db, row.id) == "102"
    # Moving it to another room of the type is a new assignment.
    assert assign(empty_db, hotel, row.id, "101") == "101"
    with empty_db.reading() as session:
        entries = audits(session, "reservation.assign_room", row.id)
    assert [e.summary.split(": ")[1] for e in entries] == ["room 102", f"room 101 (was room id {hotel.rooms['102']})"]
    with empty_db.writing() as session:
        rooms.unassign_room(session, hotel.clerk, reservation_id=row.id)
    assert room_of(empty_db, row.id) == ""


def test_a_room_with_a_guest_in_house_is_refused_until_they_leave(empty_db: Database) -> None:
    hotel = small_hotel(empty_db, {"SK": 3})
    with empty_db.writing() as session:
        add_stay(session, hotel.rooms["101"], day(-2), day(2))
        add_stay(session, hotel.rooms["102"], day(-4), day(-1))  # overdue: there tonight
        add_stay(session, hotel.rooms["103"], day(-1), TODAY)  # due out today
    row = book(empty_db, hotel.clerk, hotel.types["SK"], TODAY, 1)
    with pytest.raises(RuleError, match=f"Room 101 is occupied until {day(2)}; choose another room."):
        assign(empty_db, hotel, row.id, "101")
    with pytest.raises(RuleError, match=f"Room 102 is occupied until {day(1)}"):
        assign(empty_db, hotel, row.id, "102")
    assert assign(empty_db, hotel, row.id, "103") == "103"
    later = book(empty_db, hotel.clerk, hotel.types["SK"], day(2), 1, guest_name="Later Guest")
    assert assign(empty_db, hotel, later.id, "101") == "101"


def test_a_room_promised_to_an_overlapping_reservation_is_refused(empty_db: Database) -> None:
    hotel = small_hotel(empty_db, {"SK": 3})
    sk = hotel.types["SK"]
    first = book(empty_db, hotel.clerk, sk, TODAY, 2, guest_name="First Guest")
    assign(empty_db, hotel, first.id, "101")
    overlapping = book(empty_db, hotel.clerk, sk, day(1), 2, guest_name="Overlapping Guest")
    before = book(empty_db, hotel.clerk, sk, TODAY, 3, guest_name="Covering Guest")
    following = book(empty_db, hotel.clerk, sk, day(2), 1, guest_name="Following Guest")
    message = f"Room 101 is assigned to reservation {first.confirmation} from {TODAY} to {day(2)}"
    for row in (overlapping, before):
        with pytest.raises(RuleError, match=message):
            assign(empty_db, hotel, row.id, "101")
        assert room_of(empty_db, row.id) == ""
    # The neighbour leaves on the arrival day: the room is free that night.
    assert assign(empty_db, hotel, following.id, "101") == "101"


def test_a_cancelled_or_released_reservation_does_not_hold_its_room(empty_db: Database) -> None:
    hotel = small_hotel(empty_db, {"SK": 2})
    sk = hotel.types["SK"]
    cancelled = book(empty_db, hotel.clerk, sk, TODAY, 1, guest_name="Cancelled Guest")
    released = book(empty_db, hotel.clerk, sk, TODAY, 1, guest_name="Released Guest", guarantee=Guarantee.NONE)
    assign(empty_db, hotel, cancelled.id, "101")
    assign(empty_db, hotel, released.id, "102")
    with empty_db.writing() as session:
        booking.cancel_reservation(session, hotel.clerk, reservation_id=cancelled.id, reason="Plans changed")
    with clock.frozen(local(18, 30)):
        walk_ups = [book(empty_db, hotel.clerk, sk, TODAY, 1, guest_name=f"Walk-up {n}") for n in "AB"]
        assert assign(empty_db, hotel, walk_ups[0].id, "101") == "101"
        assert assign(empty_db, hotel, walk_ups[1].id, "102") == "102"


def test_an_out_of_order_room_is_refused_on_any_night_of_the_period(empty_db: Database) -> None:
    hotel = small_hotel(empty_db, {"SK": 3})
    with empty_db.writing() as session:
        status.set_block(session, hotel.manager, room_ids=[hotel.rooms["102"]], kind=BlockKind.OUT_OF_ORDER,
                         reason="Broken window", start=day(2), end=day(4))
        status.set_block(session, hotel.manager, room_ids=[hotel.rooms["103"]], kind=BlockKind.OUT_OF_SERVICE,
                         reason="Minibar empty", start=TODAY, end=day(4))
    long_stay = book(empty_db, hotel.clerk, hotel.types["SK"], TODAY, 3)
    with pytest.raises(RuleError, match=f"Room 102 is out of order from {day(2)} to {day(4)} \\(Broken window\\)"):
        assign(empty_db, hotel, long_stay.id, "102")
    after = book(empty_db, hotel.clerk, hotel.types["SK"], day(3), 2, guest_name="After Guest")
    with pytest.raises(RuleError, match="Room 102 is out of order"):
        assign(empty_db, hotel, after.id, "102")
    short = book(empty_db, hotel.clerk, hotel.types["SK"], TODAY, 2, guest_name="Short Guest")
    assert assign(empty_db, hotel, short.id, "102") == "102"  # leaves the day the period starts
    assert assign(empty_db, hotel, long_stay.id, "103") == "103"  # out of service is still sold


def test_a_room_of_another_type_needs_confirmation_and_a_free_room_of_that_type(empty_db: Database) -> None:
    hotel = small_hotel(empty_db, {"SK": 2, "DK": 1})
    upgrade = book(empty_db, hotel.clerk, hotel.types["SK"], TODAY, 2)
    with pytest.raises(RuleError, match="Room 201 is of another type; confirm the change of room type"):
        assign(empty_db, hotel, upgrade.id, "201")
    # DK is sold out on the second night by a DK booking without a room.
    book(empty_db, hotel.clerk, hotel.types["DK"], day(1), 1, guest_name="Deluxe Guest")
    with pytest.raises(RuleError, match=f"Room 201's type is fully booked on {day(1)}; choose a room of the "
                                        "reserved type."):
        assign(empty_db, hotel, upgrade.id, "201", allow_type_change=True)
    assert room_of(empty_db, upgrade.id) == ""
    one_night = book(empty_db, hotel.clerk, hotel.types["SK"], TODAY, 1, guest_name="One Night")
    assert assign(empty_db, hotel, one_night.id, "201", allow_type_change=True) == "201"
    assert free(empty_db, hotel.types["DK"], TODAY, 2) == [0, 0]


def test_moving_an_assigned_reservation_into_a_full_type_is_refused(empty_db: Database) -> None:
    hotel = small_hotel(empty_db, {"SK": 2, "DK": 1})
    row = book(empty_db, hotel.clerk, hotel.types["SK"], TODAY, 1)
    book(empty_db, hotel.clerk, hotel.types["DK"], TODAY, 1, guest_name="Deluxe Guest")
    assign(empty_db, hotel, row.id, "101")
    with pytest.raises(RuleError, match="fully booked"):
        assign(empty_db, hotel, row.id, "201", allow_type_change=True)
    assert free(empty_db, hotel.types["DK"], TODAY) == [0]


def test_assignment_refusals_for_people_and_reservations(empty_db: Database) -> None:
    hotel = small_hotel(empty_db, {"SK": 2})
    row = book(empty_db, hotel.clerk, hotel.types["SK"])
    from desk.actor import Actor
    from desk.models import Role

    housekeeper = Actor(hotel.clerk.user_id, "hk", "HK", Role.HOUSEKEEPING)
    with pytest.raises(PermissionDeniedError), empty_db.writing() as session:
        rooms.assign_room(session, housekeeper, reservation_id=row.id, room_id=hotel.rooms["101"])
    with pytest.raises(NotFoundError, match=r"That room no longer exists\."), empty_db.writing() as session:
        rooms.assign_room(session, hotel.clerk, reservation_id=row.id, room_id=999_999)
    with pytest.raises(NotFoundError, match=r"That reservation no longer exists\."), empty_db.writing() as session:
        rooms.assign_room(session, hotel.clerk, reservation_id=999_999, room_id=hotel.rooms["101"])
    with empty_db.writing() as session:
        booking.cancel_reservation(session, hotel.clerk, reservation_id=row.id, reason="Plans changed")
    with pytest.raises(RuleError, match=f"Reservation {row.confirmation} is not expected any more"):
        assign(empty_db, hotel, row.id, "101")


# --- propose_assignments ----------------------------------------------------------------------------------------


def test_proposals_take_inspected_then_clean_then_dirty_rooms_each_once(empty_db: Database) -> None:
    hotel = small_hotel(empty_db, [("101", 1, "SK"), ("102", 1, "SK"), ("103", 1, "SK"), ("201", 2, "SK"),
                                   ("202", 2, "SK"), ("203", 2, "SK"), ("301", 3, "DK")])
    r = hotel.rooms
    with empty_db.writing() as session:
        set_hk(session, {r["101"]: HkState.DIRTY, r["102"]: HkState.CLEAN, r["103"]: HkState.INSPECTED,
                         r["201"]: HkState.INSPECTED, r["202"]: HkState.INSPECTED, r["203"]: HkState.CLEAN})
        status.set_block(session, hotel.manager, room_ids=[r["103"]], kind=BlockKind.OUT_OF_ORDER,
                         reason="Leak", start=TODAY, end=day(2))
        add_stay(session, r["301"], day(-1), day(1))
    sk = hotel.types["SK"]
    taken = book(empty_db, hotel.clerk, sk, TODAY, 1, guest_name="Already Placed")
    assign(empty_db, hotel, taken.id, "201")
    arrivals = [book(empty_db, hotel.clerk, sk, TODAY, 1, guest_name=f"Guest {n}") for n in "ABCD"]
    tomorrow = book(empty_db, hotel.clerk, sk, day(1), 1, guest_name="Tomorrow Guest")
    # DK's only room is occupied: a manager overbooked it.
    no_room = book(empty_db, hotel.manager, hotel.types["DK"], TODAY, 1, overbook_reason="VIP",
                   guest_name="Deluxe Guest")
    with empty_db.reading() as session:
        proposals = rooms.propose_assignments(session)
    by_id = {p.reservation_id: p for p in proposals}
    assert set(by_id) == {*(a.id for a in arrivals), no_room.id}
    assert [(by_id[a.id].room_number, by_id[a.id].room_ready) for a in arrivals] == [
        ("202", True), ("102", True), ("203", True), ("101", False)]
    assert (by_id[no_room.id].room_id, by_id[no_room.id].room_number, by_id[no_room.id].room_ready) == (None, "",
                                                                                                          False)
    numbers = [p.room_number for p in proposals if p.room_id is not None]
    assert len(numbers) == len(set(numbers))
    # Proposing assigns nothing; tomorrow's list is tomorrow's arrivals.
    assert room_of(empty_db, arrivals[0].id) == ""
    with empty_db.reading() as session:
        assert [p.reservation_id for p in rooms.propose_assignments(session, day(1))] == [tomorrow.id]


def test_proposals_skip_released_and_assigned_arrivals_and_longer_stays_choose_first(empty_db: Database) -> None:
    hotel = small_hotel(empty_db, [("101", 1, "SK"), ("201", 2, "SK"), ("202", 2, "SK")])
    sk = hotel.types["SK"]
    with empty_db.writing() as session:
        set_hk(session, {hotel.rooms["101"]: HkState.DIRTY})
    short = book(empty_db, hotel.clerk, sk, TODAY, 1, guest_name="Short Stay")
    long = book(empty_db, hotel.clerk, sk, TODAY, 4, guest_name="Long Stay")
    loose = book(empty_db, hotel.clerk, sk, TODAY, 1, guest_name="No Guarantee", guarantee=Guarantee.NONE)
    with empty_db.reading() as session:
        morning = rooms.propose_assignments(session)
    assert [(p.guest_name, p.room_number) for p in morning] == [("Long Stay", "201"), ("Short Stay", "202"),
                                                                ("No Guarantee", "101")]
    with empty_db.reading() as session:
        evening = rooms.propose_assignments(session, now=local(18, 0))
    assert [p.reservation_id for p in evening] == [long.id, short.id]
    assert loose.id not in {p.reservation_id for p in evening}
    assign(empty_db, hotel, long.id, "202")
    with empty_db.reading() as session:
        assert [(p.reservation_id, p.room_number) for p in rooms.propose_assignments(session)] == [
            (short.id, "201"), (loose.id, "101")]


def test_a_room_still_occupied_by_a_departing_guest_is_not_proposed_as_ready(empty_db: Database) -> None:
    hotel = small_hotel(empty_db, [("101", 1, "SK"), ("201", 2, "SK")])
    with empty_db.writing() as session:
        add_stay(session, hotel.rooms["101"], day(-2), TODAY)
        set_hk(session, {hotel.rooms["101"]: HkState.INSPECTED, hotel.rooms["201"]: HkState.CLEAN})
    row = book(empty_db, hotel.clerk, hotel.types["SK"])
    with empty_db.reading() as session:
        [proposal] = rooms.propose_assignments(session)
    assert proposal.reservation_id == row.id
    assert (proposal.room_number, proposal.room_ready) == ("201", True)


def test_the_demo_proposals_are_free_rooms_of_the_right_type(demo_db: Database) -> None:
    with demo_db.reading() as session:
        proposals = rooms.propose_assignments(session)
        for p in proposals:
            assert p.room_id is not None
            row = reservation_row(session, p.reservation_id)
            rooms.check_room_free(session, p.room_id, row.arrival, row.departure, excluding=row.id,
                                  room_type_id=row.room_type_id)
    assert len(proposals) == 2
    assert len({p.room_id for p in proposals}) == 2
