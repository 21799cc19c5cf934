"""Checking in, from a reservation or as a walk-in: a ready room that is in
order, empty and not promised to anyone else; a registration; a deposit unless
the stay is complimentary or house use. A refusal says what is wrong, offers
ready rooms of the type, and writes nothing."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from desk import clock
from desk.actor import Actor
from desk.db import Database
from desk.errors import FullError, NotFoundError, PermissionDeniedError, RuleError, ValidationError
from desk.frontdesk import checkin, folio
from desk.frontdesk.checkin import DepositInput
from desk.models import (
    ChargeType,
    FolioLine,
    Guarantee,
    Guest,
    HkState,
    IdType,
    LineKind,
    Method,
    Reservation,
    ReservationState,
    RoomStatusEvent,
    RoomType,
    StatusEventKind,
    Stay,
    StayKind,
    StayOccupant,
    StayState,
)
from desk.reservations.availability import availability
from desk.rooms.board import load_board
from desk.rooms.codes import StatusCode
from tests.desk import reservation_helpers as small
from tests.desk.demo_rooms import free_rooms, in_house_room, number_of, open_block
from tests.desk.frontdesk_helpers import (
    CASH_300,
    NOON,
    TODAY,
    VALID_ID,
    audits,
    counts,
    day,
    free_room_of_type,
    listed_rooms,
    ready_now,
    refused,
    registration,
    resident_id,
    room_of,
    set_need_inspected,
    stay_row,
    walk_in,
)


@pytest.fixture(autouse=True)
def _noon() -> Iterator[None]:
    with clock.frozen(NOON):
        yield


def _arrival(database: Database, index: int = 0) -> Reservation:
    """Today's index-th confirmed arrival with a room assigned, detached."""
    with database.reading() as session:
        found = list(session.scalars(
            select(Reservation).where(Reservation.arrival == TODAY, Reservation.state == ReservationState.CONFIRMED,
                                      Reservation.room_id.is_not(None)).order_by(Reservation.id)))
        assert len(found) > index
        session.expunge(found[index])
        return found[index]


# --- From a reservation -------------------------------------------------------------------------------------------


def test_a_demo_arrival_checks_into_its_assigned_room(demo_db: Database, actors: dict[str, Actor]) -> None:
    arrival = _arrival(demo_db)
    clerk = actors["clerk"]
    with demo_db.reading() as session:
        assert room_of(session, arrival.room_id).hk_state is not HkState.DIRTY
        before = counts(session)
        free_before = availability(session, TODAY, 1).free(arrival.room_type_id, TODAY)
    with demo_db.writing() as session:
        stay_id = checkin.check_in(
            session, clerk, reservation_id=arrival.id, room_id=arrival.room_id,
            registration=registration(adults=2, companions=("Li Hua",)),
            deposit=DepositInput(Method.CARD, "500", reference=" POS123456 "))
    with demo_db.reading() as session:
        stay = stay_row(session, stay_id)
        reservation = session.get_one(Reservation, arrival.id)
        guest = session.get_one(Guest, stay.guest_id)
        occupants = list(session.scalars(select(StayOccupant.name).where(StayOccupant.stay_id == stay_id)
                                         .order_by(StayOccupant.position)))
        [line] = session.scalars(select(FolioLine).where(FolioLine.stay_id == stay_id)).all()
        [event] = session.scalars(select(RoomStatusEvent).where(RoomStatusEvent.id > 0)
                                  .order_by(RoomStatusEvent.id.desc()).limit(1)).all()
        [entry] = audits(session, "stay.check_in", stay_id)
        deposit_entries = audits(session, "folio.deposit", stay_id)
        tile = next(t for t in load_board(session).tiles if t.room_id == arrival.room_id)
        after = counts(session)
        free_after = availability(session, TODAY, 1).free(arrival.room_type_id, TODAY)
        number = number_of(session, arrival.room_id)
        session.expunge_all()  # keep the rows readable after the look
    assert (stay.state, stay.kind, stay.reservation_id, stay.room_id) == (StayState.IN_HOUSE, StayKind.NORMAL,
                                                                         arrival.id, arrival.room_id)
    assert (stay.arrival_date, stay.departure_date, stay.rate) == (TODAY, arrival.departure, arrival.rate)
    assert (stay.adults, stay.children, stay.checked_in_by, stay.checked_in_at) == (2, 0, clerk.user_id, NOON)
    assert (reservation.state, reservation.room_id) == (ReservationState.IN_HOUSE, arrival.room_id)
    assert occupants == ["Zhou Ming", "Li Hua"]
    # The reservation's guest record gets the document (it had none): no second record.
    assert guest.id == arrival.guest_id
    assert (guest.name, guest.phone, guest.id_type, guest.id_number, guest.nationality) == (
        "Zhou Ming", "+8613812345678", IdType.RESIDENT_ID, VALID_ID, "CHN")
    assert (line.kind, line.method, line.amount, line.reference) == (LineKind.DEPOSIT, Method.CARD,
                                                                     Decimal("500.00"), "POS123456")
    assert (line.business_date, line.user_id, line.workstation, line.room_id, line.posted_at) == (
        TODAY, clerk.user_id, "test-ws", arrival.room_id, NOON)
    assert (event.room_id, event.kind, event.from_state, event.to_state, event.user_id, event.business_date) == (
        arrival.room_id, StatusEventKind.OCCUPANCY, "vacant", "occupied", clerk.user_id, TODAY)
    assert entry.username == "clerk" and arrival.confirmation in entry.summary and number in entry.summary
    assert len(deposit_entries) == 1
    assert (tile.occupied, tile.code, tile.guest_name, tile.arrival_assigned) == (True, StatusCode.OC,
                                                                                  "Zhou Ming", False)
    assert after.stays == before.stays + 1 and after.guests == before.guests
    assert (after.lines, after.occupants, after.events) == (before.lines + 1, before.occupants + 2,
                                                            before.events + 1)
    assert free_after == free_before  # the reservation already counted; the stay takes its place


def test_a_returning_guest_is_found_by_the_same_id_document(demo_db: Database, actors: dict[str, Actor]) -> None:
    clerk = actors["clerk"]
    with demo_db.reading() as session:
        first_room, other_room = free_rooms(session, HkState.INSPECTED, 2)
    first = walk_in(demo_db, clerk, first_room, reg=registration(name="Zhou Ming", phone="138 1234 5678"))
    arrival = _arrival(demo_db)
    with demo_db.reading() as session:
        guests_before = counts(session).guests
    # The same person, now from a reservation in someone else's name, with a new phone.
    with demo_db.writing() as session:
        second = checkin.check_in(session, clerk, reservation_id=arrival.id, room_id=arrival.room_id,
                                  registration=registration(phone="139 0000 1111", id_number="11010519491231002x"),
                                  deposit=CASH_300)
    walk = walk_in(demo_db, clerk, other_room,
                   reg=registration(name="Zhou Lan", id_number=resident_id(born="19900505")))
    with demo_db.reading() as session:
        one, two, three = (stay_row(session, s) for s in (first, second, walk))
        assert one.guest_id == two.guest_id != three.guest_id
        assert session.get_one(Guest, one.guest_id).phone == "+8613900001111"
        assert counts(session).guests == guests_before + 1  # only Zhou Lan is new


def test_a_reservation_guest_with_another_document_is_not_overwritten(demo_db: Database,
                                                                     actors: dict[str, Actor]) -> None:
    arrival = _arrival(demo_db)
    with demo_db.writing() as session:
        guest = session.get_one(Guest, arrival.guest_id)
        guest.id_type, guest.id_number = IdType.PASSPORT, "E12345678"
    with demo_db.writing() as session:
        stay_id = checkin.check_in(session, actors["clerk"], reservation_id=arrival.id, room_id=arrival.room_id,
                                   registration=registration(), deposit=CASH_300)
    with demo_db.reading() as session:
        stay = stay_row(session, stay_id)
        assert stay.guest_id != arrival.guest_id
        assert session.get_one(Guest, arrival.guest_id).id_number == "E12345678"
        assert session.get_one(Guest, stay.guest_id).id_number == VALID_ID


def test_an_arrival_may_take_another_ready_room_of_its_type(demo_db: Database, actors: dict[str, Actor]) -> None:
    arrival = _arrival(demo_db)
    with demo_db.reading() as session:
        other = free_room_of_type(session, arrival.room_type_id)
    with demo_db.writing() as session:
        checkin.check_in(session, actors["clerk"], reservation_id=arrival.id, room_id=other,
                         registration=registration(), deposit=CASH_300)
    with demo_db.reading() as session:
        assert session.get_one(Reservation, arrival.id).room_id == other
        tiles = {t.room_id: t for t in load_board(session).tiles}
    assert tiles[other].occupied and not tiles[arrival.room_id].occupied
    assert not tiles[arrival.room_id].arrival_assigned


# --- Refusals -----------------------------------------------------------------------------------------------------


def _walk_in_call(actor: Actor, room_id: int, **changes: object):  # type: ignore[no-untyped-def]
    changes.setdefault("departure", day(1))
    changes.setdefault("deposit", CASH_300)
    changes.setdefault("registration", registration())
    return lambda session: checkin.check_in(session, actor, room_id=room_id, **changes)


def _type_of(database: Database, room_id: int) -> int:
    with database.reading() as session:
        return room_of(session, room_id).room_type_id


def test_a_dirty_room_is_refused_offering_ready_rooms_of_its_type(demo_db: Database,
                                                                   actors: dict[str, Actor]) -> None:
    with demo_db.reading() as session:
        [dirty] = free_rooms(session, HkState.DIRTY)
        number = number_of(session, dirty)
        ready = ready_now(session, room_of(session, dirty).room_type_id)
    error = refused(demo_db, _walk_in_call(actors["clerk"], dirty), RuleError,
                    f"Room {number} is dirty; have it cleaned or choose another room. Ready rooms of this type: ")
    offered = listed_rooms(str(error))
    assert offered and set(offered) <= ready and number not in offered


def test_an_out_of_order_room_is_refused_with_its_reason(demo_db: Database, actors: dict[str, Actor]) -> None:
    with demo_db.reading() as session:
        block = open_block(session, active_on=TODAY)
        room_id, reason = block.room_id, block.reason
        number = number_of(session, room_id)
        ready = ready_now(session, room_of(session, room_id).room_type_id)
    error = refused(demo_db, _walk_in_call(actors["clerk"], room_id), RuleError,
                    f"Room {number} is out of order \\(")
    assert reason in str(error) and set(listed_rooms(str(error))) <= ready


def test_a_room_out_of_order_later_in_the_stay_is_refused(demo_db: Database, actors: dict[str, Actor]) -> None:
    with demo_db.reading() as session:
        [room_id] = free_rooms(session, HkState.INSPECTED)
    with demo_db.writing() as session:
        from desk.rooms import status

        status.set_block(session, actors["manager"], room_ids=[room_id], kind=status.BlockKind.OUT_OF_ORDER,
                         reason="Window repair", start=day(2), end=day(4))
    refused(demo_db, _walk_in_call(actors["clerk"], room_id, departure=day(3)), RuleError,
            "out of order .*Window repair")
    walk_in(demo_db, actors["clerk"], room_id, nights=2)  # leaving before the repair is fine


def test_an_occupied_room_is_refused(demo_db: Database, actors: dict[str, Actor]) -> None:
    with demo_db.reading() as session:
        room_id = in_house_room(session, due_out=False)
        number = number_of(session, room_id)
    error = refused(demo_db, _walk_in_call(actors["clerk"], room_id), RuleError,
                    f"Room {number} is occupied\\.")
    assert listed_rooms(str(error))


def test_a_room_due_out_but_not_yet_vacated_is_refused(demo_db: Database, actors: dict[str, Actor]) -> None:
    with demo_db.reading() as session:
        room_id = in_house_room(session, due_out=True)
        number = number_of(session, room_id)
    refused(demo_db, _walk_in_call(actors["clerk"], room_id), RuleError, f"Room {number} is (occupied|dirty)")


@pytest.mark.parametrize("departure", [0, -1], ids=["due-out-today", "past-its-departure"])
def test_a_guest_not_checked_out_keeps_the_room_even_once_it_is_cleaned(demo_db: Database, actors: dict[str, Actor],
                                                                        departure: int) -> None:
    with demo_db.writing() as session:
        room_id = in_house_room(session, due_out=True)
        stay = session.scalars(select(Stay).where(Stay.room_id == room_id, Stay.state == StayState.IN_HOUSE)).one()
        stay.departure_date = day(departure)
        room_of(session, room_id).hk_state = HkState.INSPECTED
        number = number_of(session, room_id)
    refused(demo_db, _walk_in_call(actors["clerk"], room_id), RuleError, f"Room {number} is occupied\\.")


def test_a_room_assigned_to_another_arrival_is_refused(demo_db: Database, actors: dict[str, Actor]) -> None:
    first, second = _arrival(demo_db, 0), _arrival(demo_db, 1)
    with demo_db.reading() as session:
        number = number_of(session, first.room_id)
    refused(demo_db, _walk_in_call(actors["clerk"], first.room_id), RuleError,
            f"Room {number} is assigned to reservation {first.confirmation} ")
    refused(demo_db, _walk_in_call(actors["clerk"], first.room_id, reservation_id=second.id), RuleError,
            f"Room {number} is assigned to reservation {first.confirmation} ")


def test_a_room_assigned_to_another_arrival_is_refused_offering_ready_rooms(demo_db: Database,
                                                                            actors: dict[str, Actor]) -> None:
    first = _arrival(demo_db, 0)
    error = refused(demo_db, _walk_in_call(actors["clerk"], first.room_id), RuleError, "is assigned to reservation")
    assert listed_rooms(str(error))


def test_a_clean_room_is_enough_unless_the_hotel_wants_inspected_rooms(demo_db: Database,
                                                                       actors: dict[str, Actor]) -> None:
    with demo_db.reading() as session:
        clean, other_clean = free_rooms(session, HkState.CLEAN, 2)
        [inspected] = free_rooms(session, HkState.INSPECTED)
        number = number_of(session, other_clean)
        type_id = room_of(session, other_clean).room_type_id
    walk_in(demo_db, actors["clerk"], clean)
    set_need_inspected(demo_db, True)
    with demo_db.reading() as session:
        inspected_ready = ready_now(session, type_id, inspected_only=True)
    error = refused(demo_db, _walk_in_call(actors["clerk"], other_clean, registration=registration(
        id_number=resident_id())), RuleError, f"Room {number} is clean but not inspected yet")
    offered = listed_rooms(str(error))
    assert set(offered) <= inspected_ready
    walk_in(demo_db, actors["clerk"], inspected, reg=registration(id_number=resident_id()))


def test_a_normal_stay_needs_a_deposit(demo_db: Database, actors: dict[str, Actor]) -> None:
    with demo_db.reading() as session:
        [room_id] = free_rooms(session, HkState.INSPECTED)
    arrival = _arrival(demo_db)
    message = "Take a deposit: every room needs one unless the stay is complimentary or house use."
    refused(demo_db, _walk_in_call(actors["clerk"], room_id, deposit=None), ValidationError, message)
    refused(demo_db, _walk_in_call(actors["clerk"], arrival.room_id, reservation_id=arrival.id, deposit=None),
            ValidationError, message)
    refused(demo_db, _walk_in_call(actors["clerk"], room_id, deposit=None, kind=StayKind.DAY_USE),
            ValidationError, message)


@pytest.mark.parametrize(("amount", "message"), [("0", "The deposit must be more than zero."),
                                                 ("-100", "The deposit cannot be negative."),
                                                 ("100.005", "The deposit has more than two decimals."),
                                                 ("lots", "The deposit must be an amount such as 388.00.")])
def test_a_bad_deposit_amount_is_refused_and_nothing_is_saved(demo_db: Database, actors: dict[str, Actor],
                                                              amount: str, message: str) -> None:
    with demo_db.reading() as session:
        [room_id] = free_rooms(session, HkState.INSPECTED)
    # The amount is checked after the stay is written: the caller's rollback undoes it.
    refused(demo_db, _walk_in_call(actors["clerk"], room_id, deposit=DepositInput(Method.CASH, amount)),
            ValidationError, message.replace(".", "\\."), commit_after=False)


def test_a_reservation_arriving_later_cannot_check_in_today(demo_db: Database, actors: dict[str, Actor]) -> None:
    with demo_db.reading() as session:
        later = session.scalars(select(Reservation).where(Reservation.arrival == day(1),
                                                          Reservation.state == ReservationState.CONFIRMED)).first()
        assert later is not None
        session.expunge(later)
        room_id = free_room_of_type(session, later.room_type_id)
    refused(demo_db, _walk_in_call(actors["clerk"], room_id, reservation_id=later.id), RuleError,
            f"Reservation {later.confirmation} arrives on {day(1)}; change its arrival date first")


def test_a_reservation_cannot_check_in_twice(demo_db: Database, actors: dict[str, Actor]) -> None:
    arrival = _arrival(demo_db)
    with demo_db.writing() as session:
        checkin.check_in(session, actors["clerk"], reservation_id=arrival.id, room_id=arrival.room_id,
                         registration=registration(), deposit=CASH_300)
    with demo_db.reading() as session:
        [room_id] = free_rooms(session, HkState.INSPECTED)
    refused(demo_db, _walk_in_call(actors["clerk"], room_id, reservation_id=arrival.id), RuleError,
            "This reservation is no longer expected")


@pytest.mark.parametrize(
    ("changes", "error", "message"),
    [
        ({"departure": None}, ValidationError, "Give the departure date."),
        ({"departure": TODAY}, ValidationError, "The departure must be after today, or choose day use."),
        ({"departure": day(-1)}, ValidationError, "The departure must be after today"),
        ({"departure": day(91)}, ValidationError, "A stay can be at most 90 nights."),
        ({"registration": registration(adults=3)}, ValidationError, "people need a larger room"),
        ({"registration": registration(id_number="110105194912310021")}, ValidationError,
         "the last character does not match"),
        ({"rate": "100"}, PermissionDeniedError, "needs a manager"),
        ({"room_id": 999_999}, NotFoundError, "Choose a room."),
    ],
    ids=lambda v: ",".join(map(str, v)) if isinstance(v, dict) else "",
)
def test_a_walk_in_with_bad_details_is_refused(demo_db: Database, actors: dict[str, Actor],
                                               changes: dict[str, object], error: type, message: str) -> None:
    with demo_db.reading() as session:
        [room_id] = free_rooms(session, HkState.INSPECTED)
    changes = dict(changes)  # the parameters are shared by the SQLite and PostgreSQL runs
    room = changes.pop("room_id", room_id)
    refused(demo_db, _walk_in_call(actors["clerk"], room, **changes), error, message.replace(".", "\\."))


def test_only_front_desk_staff_check_guests_in(demo_db: Database, actors: dict[str, Actor]) -> None:
    with demo_db.reading() as session:
        [room_id] = free_rooms(session, HkState.INSPECTED)
    refused(demo_db, _walk_in_call(actors["housekeeping"], room_id), PermissionDeniedError,
            "may not work the front desk")


def test_a_walk_in_rate_that_is_not_a_number_is_refused_with_a_message(demo_db: Database,
                                                                       actors: dict[str, Actor]) -> None:
    with demo_db.reading() as session:
        [room_id] = free_rooms(session, HkState.INSPECTED)
    refused(demo_db, _walk_in_call(actors["clerk"], room_id, rate="abc"), ValidationError,
            "The rate must be an amount such as 388.00")
    refused(demo_db, _walk_in_call(actors["clerk"], room_id, rate="-1"), ValidationError, "The rate cannot be negative")


def test_a_walk_in_is_refused_when_the_type_is_fully_booked(empty_db: Database) -> None:
    hotel = small.small_hotel(empty_db, {"SK": 2, "DK": 1})
    for name in ("First Guest", "Second Guest"):
        small.book(empty_db, hotel.clerk, hotel.types["SK"], TODAY, 2, guest_name=name)
    error = refused(empty_db, _walk_in_call(hotel.clerk, hotel.rooms["101"]), FullError,
                    f"SK is fully booked on {TODAY}; this room is promised to reservations")
    assert "Choose a room of another type" in str(error)
    # A night free the day after: a walk-in arriving then would fit, but not one staying two nights today.
    refused(empty_db, _walk_in_call(hotel.clerk, hotel.rooms["102"], departure=day(3)), FullError,
            f"fully booked on {TODAY}, {day(1)};")
    walk_in(empty_db, hotel.clerk, hotel.rooms["201"])


def test_a_released_reservation_must_find_a_free_room(empty_db: Database) -> None:
    hotel = small.small_hotel(empty_db, {"SK": 1})
    late = small.book(empty_db, hotel.clerk, hotel.types["SK"], TODAY, 1, guarantee=Guarantee.NONE)
    with clock.frozen(small.local(18, 30)):
        small.book(empty_db, hotel.clerk, hotel.types["SK"], TODAY, 1, guest_name="Walk-up Guest")
        refused(empty_db, _walk_in_call(hotel.clerk, hotel.rooms["101"], reservation_id=late.id), FullError,
                "SK is fully booked")


# --- Kinds of stay ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", [StayKind.COMPLIMENTARY, StayKind.HOUSE_USE])
def test_complimentary_and_house_use_need_no_deposit_and_cost_nothing(demo_db: Database, actors: dict[str, Actor],
                                                                      kind: StayKind) -> None:
    with demo_db.reading() as session:
        [room_id] = free_rooms(session, HkState.INSPECTED)
    stay_id = walk_in(demo_db, actors["clerk"], room_id, deposit=None, kind=kind, rate="500")
    arrival = _arrival(demo_db)
    with demo_db.writing() as session:
        from_reservation = checkin.check_in(session, actors["clerk"], reservation_id=arrival.id,
                                            room_id=arrival.room_id, registration=registration(
                                                id_number=resident_id()), kind=kind)
    with demo_db.reading() as session:
        for sid in (stay_id, from_reservation):
            stay = stay_row(session, sid)
            assert (stay.kind, stay.rate, stay.state) == (kind, Decimal("0.00"), StayState.IN_HOUSE)
            assert folio.lines(session, sid) == []
            assert folio.stay_totals(session, sid).balance == 0


def test_day_use_leaves_the_same_day_and_is_charged_at_once(demo_db: Database, actors: dict[str, Actor]) -> None:
    with demo_db.reading() as session:
        [room_id] = free_rooms(session, HkState.INSPECTED)
        type_id = room_of(session, room_id).room_type_id
        rate = session.get_one(RoomType, type_id).default_rate
        free_before = availability(session, TODAY, 2).free(type_id, TODAY)
    stay_id = walk_in(demo_db, actors["clerk"], room_id, departure=TODAY, kind=StayKind.DAY_USE)
    with demo_db.reading() as session:
        stay = stay_row(session, stay_id)
        deposit, charge = folio.lines(session, stay_id)
        tile = next(t for t in load_board(session).tiles if t.room_id == room_id)
        free_after = availability(session, TODAY, 2).free(type_id, TODAY)
        session.expunge_all()
    assert (stay.kind, stay.arrival_date, stay.departure_date, stay.rate) == (StayKind.DAY_USE, TODAY, TODAY, rate)
    assert (deposit.kind, deposit.amount) == (LineKind.DEPOSIT, Decimal("300.00"))
    assert (charge.kind, charge.charge_type, charge.amount, charge.business_date) == (
        LineKind.CHARGE, ChargeType.DAY_USE, rate, TODAY)
    assert tile.occupied and tile.due_out
    assert free_after == free_before  # the room is sold again tonight


def test_a_day_use_departure_in_the_future_becomes_today(demo_db: Database, actors: dict[str, Actor]) -> None:
    with demo_db.reading() as session:
        [room_id] = free_rooms(session, HkState.INSPECTED)
    stay_id = walk_in(demo_db, actors["clerk"], room_id, nights=3, kind=StayKind.DAY_USE)
    with demo_db.reading() as session:
        assert stay_row(session, stay_id).departure_date == TODAY


def test_a_walk_in_pays_the_rack_rate_unless_told(demo_db: Database, actors: dict[str, Actor]) -> None:
    with demo_db.reading() as session:
        first, second = free_rooms(session, HkState.INSPECTED, 2)
        rate = session.get_one(RoomType, room_of(session, first).room_type_id).default_rate
    rack = walk_in(demo_db, actors["clerk"], first, nights=2)
    special = walk_in(demo_db, actors["manager"], second, rate="100", reg=registration(id_number=resident_id()))
    with demo_db.reading() as session:
        assert stay_row(session, rack).rate == rate
        assert stay_row(session, special).rate == Decimal("100.00")
        assert stay_row(session, rack).departure_date == TODAY + timedelta(days=2)
