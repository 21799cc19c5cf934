"""Taking, changing and cancelling reservations: every field checked with a
message the clerk can act on, rates within the clerk's limit, no overbooking
without a manager's reason, and nothing written by a refusal."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import timedelta
from decimal import Decimal
from types import SimpleNamespace
from typing import Any

import pytest
from sqlalchemy import select

from desk import clock, hoteltime
from desk.actor import Actor
from desk.db import Database
from desk.errors import DeskError, NotFoundError, PermissionDeniedError, RuleError, StaleDataError, ValidationError
from desk.models import BookingSource, Guarantee, Guest, ReservationState, RoomType
from desk.reservations import booking, rooms
from desk.reservations.availability import availability
from desk.reservations.queries import Status, reservation_row
from tests.desk.reservation_helpers import (
    MORNING,
    TODAY,
    audits,
    book,
    day,
    details,
    free,
    local,
    reservation,
    row_counts,
    small_hotel,
)


@pytest.fixture(autouse=True)
def _morning() -> Iterator[None]:
    with clock.frozen(MORNING):
        yield


def sk_id(database: Database) -> int:
    with database.reading() as session:
        return session.scalars(select(RoomType.id).where(RoomType.code == "SK")).one()


def refused(database: Database, actor: Actor, error: type[DeskError], match: str, **changes: Any) -> DeskError:
    """Book with ``changes``; the refusal must leave no row behind even though
    the caller commits its transaction after catching it."""
    with database.reading() as session:
        before = row_counts(session)
    type_id = changes.pop("room_type_id", sk_id(database))
    arrival = changes.pop("arrival", TODAY)
    nights = changes.pop("nights", 1)
    with database.writing() as session, pytest.raises(error, match=match) as caught:
        booking.create_reservation(session, actor, details=details(type_id, arrival, nights, **changes))
    with database.reading() as session:
        assert row_counts(session) == before
    return caught.value


# --- Validation ---------------------------------------------------------------------------------------------------


def _case_id(value: object) -> str:
    if isinstance(value, dict):
        return ",".join(f"{k}={v!r}"[:24] if isinstance(v, str) else f"{k}={v}" for k, v in value.items())
    return value.__name__ if isinstance(value, type) else ""


@pytest.mark.parametrize(
    ("changes", "error", "message"),
    [
        ({"guest_name": ""}, ValidationError, "Please fill in the guest's name."),
        ({"guest_name": "   "}, ValidationError, "Please fill in the guest's name."),
        ({"guest_name": "12345"}, ValidationError, "Write the guest's real name, as on their ID."),
        ({"guest_name": "--- 8"}, ValidationError, "Write the guest's real name"),
        ({"guest_name": "W" * 81}, ValidationError, "the guest's name is too long: at most 80 characters."),
        ({"guest_name": "Wang\x00Li"}, ValidationError, "the guest's name contains control characters"),
        ({"phone": ""}, ValidationError, "Please fill in the guest's phone."),
        ({"phone": "12345"}, ValidationError, "12345 is not a phone number"),
        ({"phone": "138 1234 567"}, ValidationError, "138 1234 567 is not a phone number"),
        ({"phone": "call me"}, ValidationError, "call me is not a phone number"),
        ({"adults": 0}, ValidationError, "Adults must be a whole number from 1 to 12."),
        ({"adults": 13}, ValidationError, "Adults must be a whole number from 1 to 12."),
        ({"children": -1}, ValidationError, "Children must be a whole number from 0 to 12."),
        ({"adults": 2, "children": 1}, RuleError, "A SK room sleeps 2; for 3 people book a larger room type"),
        ({"arrival": TODAY - timedelta(days=1)}, ValidationError,
         f"The arrival cannot be before the business date {TODAY}."),
        ({"nights": 0}, ValidationError, "The departure must be at least one night after the arrival."),
        ({"nights": -2}, ValidationError, "The departure must be at least one night after the arrival."),
        ({"nights": 91}, ValidationError, "A reservation can be at most 90 nights; split a longer stay."),
        ({"arrival": TODAY + timedelta(days=731)}, ValidationError, "up to two years ahead"),
        ({"booker_name": "Li Lei"}, ValidationError, "Please fill in the booker's phone."),
        ({"booker_phone": "139 0000 1111"}, ValidationError, "Fill in the booker's name with their phone."),
        ({"booker_name": "Li Lei", "booker_phone": "99"}, ValidationError, "99 is not a phone number"),
        ({"rate": Decimal("-1")}, ValidationError, "The rate must be an amount from 0 to 99,999.99."),
        ({"rate": Decimal("100000")}, ValidationError, "The rate must be an amount from 0 to 99,999.99."),
        ({"rate": Decimal("NaN")}, ValidationError, "The rate must be an amount from 0 to 99,999.99."),
        ({"rate": "three hundred"}, ValidationError, "The rate must be an amount such as 388.00."),
        ({"notes": "n" * 501}, ValidationError, "the notes is too long: at most 500 characters."),
        ({"room_type_id": 999_999}, NotFoundError, "Choose a room type."),
    ],
    ids=lambda value: _case_id(value),
)
def test_a_booking_with_a_bad_field_is_refused_and_writes_nothing(
    demo_db: Database, actors: dict[str, Actor], changes: dict[str, Any], error: type[DeskError], message: str
) -> None:
    refused(demo_db, actors["clerk"], error, re.escape(message), **changes)


def test_the_limits_themselves_are_accepted(empty_db: Database) -> None:
    hotel = small_hotel(empty_db, {"SK": 1})
    sk = hotel.types["SK"]
    longest = book(empty_db, hotel.manager, sk, TODAY, 90, notes="n" * 500, guest_name="W" * 80,
                   adults=1, children=1, rate=Decimal("0"))
    furthest = book(empty_db, hotel.clerk, sk, TODAY + timedelta(days=730), 1)
    assert (longest.nights, len(longest.notes), longest.children, longest.rate) == (90, 500, 1, Decimal("0.00"))
    assert furthest.arrival == TODAY + timedelta(days=730)


def test_only_front_desk_staff_take_bookings(demo_db: Database, actors: dict[str, Actor]) -> None:
    refused(demo_db, actors["housekeeping"], PermissionDeniedError, "housekeeping .* may not work the front desk")


def test_a_booking_stores_cleaned_fields_e164_phones_and_an_audit_entry(
    demo_db: Database, actors: dict[str, Actor]
) -> None:
    with demo_db.writing() as session:
        row = booking.create_reservation(session, actors["clerk"], details=details(
            sk_id(demo_db), day(3), 2, guest_name="  Anna Müller ", phone="+49 30 901820",
            booker_name="Hans Weber", booker_phone="138-1234-5678", adults=2, children=0,
            guarantee=Guarantee.NONE, source=BookingSource.EMAIL, notes=" Late arrival "))
    with demo_db.reading() as session:
        stored = reservation(session, row.id)
        guest = session.get_one(Guest, stored.guest_id)
        [entry] = audits(session, "reservation.create", row.id)
        assert (guest.name, guest.phone) == ("Anna Müller", "+4930901820")
        assert stored.booker_phone == "+8613812345678"
        assert stored.created_by == actors["clerk"].user_id and stored.state is ReservationState.CONFIRMED
    assert (row.booker_name, row.booker_phone, row.phone) == ("Hans Weber", "138 1234 5678", "+49 30 901820")
    assert (row.arrival, row.departure, row.nights, row.adults, row.type_code) == (day(3), day(5), 2, 2, "SK")
    assert (row.status, row.source, row.notes, row.version) == (Status.CONFIRMED, BookingSource.EMAIL,
                                                                "Late arrival", 1)
    assert row.hold_until == local(18, 0, on=day(3)) and not row.hold_extended
    assert (entry.username, entry.workstation) == ("clerk", "test-ws")
    # The trail names the guest by record number, never by name (the retention purge leaves it whole).
    assert row.confirmation in entry.summary and f"guest {row.guest_id}" in entry.summary
    assert "Anna Müller" not in entry.summary
    assert len(row.confirmation) == 6 and set(row.confirmation) <= set(booking._ALPHABET)


def test_a_guaranteed_booking_has_no_hold_and_a_known_guest_is_reused(empty_db: Database) -> None:
    hotel = small_hotel(empty_db, {"SK": 2})
    first = book(empty_db, hotel.clerk, hotel.types["SK"], TODAY, guarantee=Guarantee.DEPOSIT)
    again = book(empty_db, hotel.clerk, hotel.types["SK"], day(5), phone="+86 138 1234 5678")
    other = book(empty_db, hotel.clerk, hotel.types["SK"], day(5), guest_name="Zhou Lan")
    assert first.hold_until is None and first.guarantee is Guarantee.DEPOSIT
    assert again.guest_id == first.guest_id
    assert other.guest_id != first.guest_id


# --- Rates --------------------------------------------------------------------------------------------------------


def test_the_rate_defaults_to_the_room_types_rate(demo_db: Database, actors: dict[str, Actor]) -> None:
    with demo_db.writing() as session:
        types = {t.code: t for t in session.scalars(select(RoomType))}
        rows = {code: booking.create_reservation(session, actors["clerk"], details=details(t.id, day(30)))
                for code, t in types.items()}
    assert {code: row.rate for code, row in rows.items()} == {code: t.default_rate for code, t in types.items()}
    assert rows["SK"].rate == Decimal("388.00") and rows["FS"].rate == Decimal("768.00")


def test_a_clerk_may_discount_down_to_the_limit_and_not_below(demo_db: Database, actors: dict[str, Actor]) -> None:
    # SK is 388.00 and clerks may go 15 % under it: 329.80.
    row = book(demo_db, actors["clerk"], sk_id(demo_db), day(30), rate=Decimal("329.80"))
    assert row.rate == Decimal("329.80")
    higher = book(demo_db, actors["clerk"], sk_id(demo_db), day(30), rate=Decimal("450"))
    assert higher.rate == Decimal("450.00")
    error = refused(demo_db, actors["clerk"], PermissionDeniedError, "needs a manager", rate=Decimal("329.79"),
                    arrival=day(30))
    assert str(error) == "A rate below 329.80 for SK (15.00% under 388.00) needs a manager."


def test_a_manager_may_give_a_rate_below_the_clerks_limit(demo_db: Database, actors: dict[str, Actor]) -> None:
    row = book(demo_db, actors["manager"], sk_id(demo_db), day(30), rate=Decimal("200"))
    assert row.rate == Decimal("200.00")


def test_a_clerk_may_edit_a_reservation_keeping_the_rate_a_manager_approved(
    demo_db: Database, actors: dict[str, Actor]
) -> None:
    row = book(demo_db, actors["manager"], sk_id(demo_db), day(30), rate=Decimal("200"))
    with demo_db.writing() as session:
        changed = booking.modify_reservation(session, actors["clerk"], reservation_id=row.id, version=row.version,
                                             details=details(row.room_type_id, day(30), rate=row.rate,
                                                             phone="139 8765 4321"))
    assert changed.rate == Decimal("200.00") and changed.phone == "139 8765 4321"


# --- Confirmation numbers -----------------------------------------------------------------------------------------


def test_a_confirmation_number_already_taken_is_drawn_again(
    empty_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    hotel = small_hotel(empty_db, {"SK": 2})
    letters = iter("A" * 6 + "A" * 6 + "C" * 6)
    monkeypatch.setattr(booking, "secrets", SimpleNamespace(choice=lambda alphabet: next(letters)))
    first = book(empty_db, hotel.clerk, hotel.types["SK"])
    second = book(empty_db, hotel.clerk, hotel.types["SK"], guest_name="Other Guest")
    assert (first.confirmation, second.confirmation) == ("AAAAAA", "CCCCCC")


def test_confirmation_numbers_are_unique_and_readable_on_the_phone(demo_db: Database) -> None:
    with demo_db.reading() as session:
        from desk.reservations.queries import search

        codes = [r.confirmation for r in search(session, "", limit=10_000) if r.status is not Status.IN_HOUSE]
    new = [c for c in codes if len(c) == 6 and not c.startswith("P")]
    assert len(new) > 30 and len(set(codes)) == len(codes)
    assert all(set(c) <= set(booking._ALPHABET) for c in new)
    assert not set("0O1I2Z5S8B") & set(booking._ALPHABET)


# --- Overbooking --------------------------------------------------------------------------------------------------


def _full_on_night_two(empty_db: Database) -> Any:
    """Two SK rooms, both taken on day(1) only."""
    hotel = small_hotel(empty_db, {"SK": 2, "DK": 1})
    book(empty_db, hotel.clerk, hotel.types["SK"], TODAY, 2, guest_name="First Guest")
    book(empty_db, hotel.clerk, hotel.types["SK"], day(1), 1, guest_name="Second Guest")
    assert free(empty_db, hotel.types["SK"], TODAY, 3) == [1, 0, 2]
    return hotel


def test_a_full_night_refuses_the_booking_naming_the_night_and_type(empty_db: Database) -> None:
    hotel = _full_on_night_two(empty_db)
    error = refused(empty_db, hotel.clerk, RuleError, "full", room_type_id=hotel.types["SK"], nights=3,
                    guest_name="Third Guest")
    assert str(error) == (f"SK is full on {day(1)}. Offer another room type or date; only a manager can overbook, "
                          "with a reason.")
    # The other type and the other nights still sell.
    book(empty_db, hotel.clerk, hotel.types["DK"], TODAY, 3, guest_name="Third Guest")
    book(empty_db, hotel.clerk, hotel.types["SK"], day(2), 1, guest_name="Fourth Guest")


def test_a_clerk_with_a_reason_and_a_manager_without_one_are_refused(empty_db: Database) -> None:
    hotel = _full_on_night_two(empty_db)
    for actor, reason in ((hotel.clerk, "Regular guest"), (hotel.manager, ""), (hotel.manager, "   ")):
        with empty_db.reading() as session:
            before = row_counts(session)
        with pytest.raises(RuleError, match=f"SK is full on {day(1)}"), empty_db.writing() as session:
            booking.create_reservation(session, actor, details=details(hotel.types["SK"], day(1)),
                                       overbook_reason=reason)
        with empty_db.reading() as session:
            assert row_counts(session) == before


def test_a_manager_overbooks_with_a_reason_that_is_stored_and_audited(empty_db: Database) -> None:
    hotel = _full_on_night_two(empty_db)
    row = book(empty_db, hotel.manager, hotel.types["SK"], TODAY, 3, overbook_reason="Owner's guest",
               guest_name="Third Guest")
    assert row.overbooking_reason == f"Owner's guest (full on {day(1)})"
    assert free(empty_db, hotel.types["SK"], TODAY, 3) == [0, -1, 1]
    with empty_db.reading() as session:
        [entry] = audits(session, "reservation.create", row.id)
        assert reservation(session, row.id).overbooking_reason == row.overbooking_reason
    assert entry.username == "manager" and f"OVERBOOKED: Owner's guest (full on {day(1)})" in entry.summary


def test_every_full_night_is_named(empty_db: Database) -> None:
    hotel = small_hotel(empty_db, {"SK": 1})
    book(empty_db, hotel.clerk, hotel.types["SK"], day(1), 1)
    book(empty_db, hotel.clerk, hotel.types["SK"], day(3), 2)
    refused(empty_db, hotel.clerk, RuleError, f"SK is full on {day(1)}, {day(3)}, {day(4)}\\.",
            room_type_id=hotel.types["SK"], nights=6)


def test_a_booking_with_room_left_records_no_overbooking_reason(empty_db: Database) -> None:
    hotel = small_hotel(empty_db, {"SK": 1})
    row = book(empty_db, hotel.manager, hotel.types["SK"], overbook_reason="just in case")
    assert row.overbooking_reason == ""


# --- Modifying ----------------------------------------------------------------------------------------------------


def modify(database: Database, actor: Actor, row: Any, version: int | None = -1, overbook_reason: str = "",
           **changes: Any) -> Any:
    """Modify ``row`` keeping its fields except ``changes`` (arrival/nights as in ``details``)."""
    arrival = changes.pop("arrival", row.arrival)
    nights = changes.pop("nights", (row.departure - row.arrival).days)
    fields = {"guest_name": row.guest_name, "phone": row.phone, "adults": row.adults, "children": row.children,
              "guarantee": row.guarantee, "notes": row.notes, "rate": row.rate} | changes
    type_id = fields.pop("room_type_id", row.room_type_id)
    with database.writing() as session:
        return booking.modify_reservation(session, actor, reservation_id=row.id,
                                          version=row.version if version == -1 else version,
                                          details=details(type_id, arrival, nights, **fields),
                                          overbook_reason=overbook_reason)


def test_a_booking_in_a_one_room_hotel_can_move_and_grow_because_it_excludes_itself(empty_db: Database) -> None:
    hotel = small_hotel(empty_db, {"SK": 1})
    row = book(empty_db, hotel.clerk, hotel.types["SK"], TODAY, 2)
    moved = modify(empty_db, hotel.clerk, row, arrival=day(1))
    assert (moved.arrival, moved.departure, moved.version) == (day(1), day(3), 2)
    grown = modify(empty_db, hotel.clerk, moved, arrival=TODAY, nights=4)
    assert (grown.arrival, grown.departure) == (TODAY, day(4))
    assert free(empty_db, hotel.types["SK"], TODAY, 5) == [0, 0, 0, 0, 1]
    with empty_db.reading() as session:
        assert len(audits(session, "reservation.modify", row.id)) == 2


def test_moving_onto_full_nights_is_refused_and_changes_nothing(empty_db: Database) -> None:
    hotel = small_hotel(empty_db, {"SK": 1})
    row = book(empty_db, hotel.clerk, hotel.types["SK"], TODAY, 1)
    book(empty_db, hotel.clerk, hotel.types["SK"], day(1), 1, guest_name="Next Guest")
    with empty_db.reading() as session:
        before = row_counts(session)
    with pytest.raises(RuleError, match=f"SK is full on {day(1)}"):
        modify(empty_db, hotel.clerk, row, nights=3, guest_name="Renamed Guest")
    with empty_db.reading() as session:
        assert row_counts(session) == before
        again = reservation_row(session, row.id)
    assert (again.departure, again.guest_name, again.version) == (day(1), "Zhou Ming", 1)


def test_a_modification_is_validated_like_a_booking(empty_db: Database) -> None:
    hotel = small_hotel(empty_db, {"SK": 1})
    row = book(empty_db, hotel.clerk, hotel.types["SK"], day(1), 1)
    with pytest.raises(ValidationError, match="before the business date"):
        modify(empty_db, hotel.clerk, row, arrival=day(-1))
    with pytest.raises(ValidationError, match="is not a phone number"):
        modify(empty_db, hotel.clerk, row, phone="555")
    with pytest.raises(RuleError, match="sleeps 2"):
        modify(empty_db, hotel.clerk, row, adults=3)


def test_changing_the_dates_of_an_assigned_room_onto_a_conflict_is_refused(empty_db: Database) -> None:
    hotel = small_hotel(empty_db, {"SK": 2})
    first = book(empty_db, hotel.clerk, hotel.types["SK"], TODAY, 1)
    later = book(empty_db, hotel.clerk, hotel.types["SK"], day(2), 1, guest_name="Later Guest")
    with empty_db.writing() as session:
        rooms.assign_room(session, hotel.clerk, reservation_id=first.id, room_id=hotel.rooms["101"])
        rooms.assign_room(session, hotel.clerk, reservation_id=later.id, room_id=hotel.rooms["101"])
    first = _row(empty_db, first.id)
    # SK has a room free on every night, but room 101 is promised to the later guest on day(2).
    with pytest.raises(RuleError, match=f"Room 101 is assigned to reservation {later.confirmation}"):
        modify(empty_db, hotel.clerk, first, nights=3)
    longer = modify(empty_db, hotel.clerk, first, nights=2)
    assert (longer.departure, longer.room_number) == (day(2), "101")


def test_moving_an_upgraded_reservation_checks_the_type_of_its_room(empty_db: Database) -> None:
    hotel = small_hotel(empty_db, {"SK": 2, "DK": 1})
    upgraded = book(empty_db, hotel.clerk, hotel.types["SK"], TODAY, 1)
    with empty_db.writing() as session:
        rooms.assign_room(session, hotel.clerk, reservation_id=upgraded.id, room_id=hotel.rooms["201"],
                          allow_type_change=True)
    book(empty_db, hotel.clerk, hotel.types["DK"], day(1), 1, guest_name="Deluxe Guest")
    with pytest.raises(RuleError, match=f"full on {day(1)}"):
        modify(empty_db, hotel.clerk, _row(empty_db, upgraded.id), arrival=day(1))
    assert free(empty_db, hotel.types["DK"], day(1)) == [0]


def test_guaranteeing_a_released_reservation_rechecks_availability(empty_db: Database) -> None:
    hotel = small_hotel(empty_db, {"SK": 1})
    released = book(empty_db, hotel.clerk, hotel.types["SK"], guarantee=Guarantee.NONE)
    with clock.frozen(local(18, 30)):
        book(empty_db, hotel.clerk, hotel.types["SK"], guest_name="Walk-up Guest")
        with pytest.raises(RuleError, match=f"SK is full on {TODAY}"):
            modify(empty_db, hotel.clerk, released, guarantee=Guarantee.CARD)
        assert free(empty_db, hotel.types["SK"], TODAY) == [0]


def _row(database: Database, reservation_id: int) -> Any:
    with database.reading() as session:
        return reservation_row(session, reservation_id)


def test_a_stale_modification_names_who_changed_it_and_changes_nothing(empty_db: Database) -> None:
    hotel = small_hotel(empty_db, {"SK": 2})
    opened = book(empty_db, hotel.clerk, hotel.types["SK"], TODAY, 1)
    modify(empty_db, hotel.clerk2, opened, notes="Extra pillow")
    with empty_db.reading() as session:
        before = row_counts(session)
    with pytest.raises(StaleDataError) as stale:
        modify(empty_db, hotel.clerk, opened, nights=2)
    assert str(stale.value).startswith(f"clerk2 changed reservation {opened.confirmation} at ")
    with pytest.raises(StaleDataError, match="clerk2 changed reservation"), empty_db.writing() as session:
        booking.cancel_reservation(session, hotel.clerk, reservation_id=opened.id, reason="Plans changed",
                                   version=opened.version)
    with empty_db.reading() as session:
        assert row_counts(session) == before
    current = _row(empty_db, opened.id)
    assert (current.notes, current.departure, current.status, current.version) == ("Extra pillow", day(1),
                                                                                   Status.CONFIRMED, 2)
    # With the current version the change goes through.
    assert modify(empty_db, hotel.clerk, current, nights=2).departure == day(2)


def test_the_stale_message_gives_the_time_on_the_hotels_clock(
    empty_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    import time as time_module

    monkeypatch.setenv("TZ", "UTC")
    time_module.tzset()
    try:
        hotel = small_hotel(empty_db, {"SK": 1})
        opened = book(empty_db, hotel.clerk, hotel.types["SK"])
        modify(empty_db, hotel.clerk2, opened, notes="Extra pillow")  # in the morning, Shanghai time
        shanghai = hoteltime.local(MORNING, "Asia/Shanghai").strftime("%H:%M")
        with pytest.raises(StaleDataError, match=f" at {shanghai}, "):
            modify(empty_db, hotel.clerk, opened, notes="Feather-free")
    finally:
        monkeypatch.undo()
        time_module.tzset()


def test_a_modification_without_a_version_is_not_checked(empty_db: Database) -> None:
    hotel = small_hotel(empty_db, {"SK": 1})
    row = book(empty_db, hotel.clerk, hotel.types["SK"])
    modify(empty_db, hotel.clerk2, row, notes="first")
    assert modify(empty_db, hotel.clerk, row, version=None, notes="second").notes == "second"


# --- Cancelling ---------------------------------------------------------------------------------------------------


def test_cancelling_frees_the_nights_at_once_and_records_reason_and_who(empty_db: Database) -> None:
    hotel = small_hotel(empty_db, {"SK": 1})
    row = book(empty_db, hotel.clerk, hotel.types["SK"], TODAY, 2)
    with empty_db.writing() as session:
        rooms.assign_room(session, hotel.clerk, reservation_id=row.id, room_id=hotel.rooms["101"])
    with pytest.raises(RuleError, match="full"):
        book(empty_db, hotel.clerk, hotel.types["SK"], day(1), 1, guest_name="Waiting Guest")
    with clock.frozen(local(11, 15)), empty_db.writing() as session:
        cancelled = booking.cancel_reservation(session, hotel.clerk2, reservation_id=row.id,
                                               reason="  Flight cancelled ", version=2)
    assert (cancelled.status, cancelled.cancel_reason, cancelled.room_id) == (Status.CANCELLED, "Flight cancelled",
                                                                               None)
    with empty_db.reading() as session:
        stored = reservation(session, row.id)
        [entry] = audits(session, "reservation.cancel", row.id)
        assert (stored.cancelled_by, stored.cancelled_at) == (hotel.clerk2.user_id, local(11, 15))
    assert entry.username == "clerk2" and "Flight cancelled" in entry.summary
    assert free(empty_db, hotel.types["SK"], TODAY, 2) == [1, 1]
    waiting = book(empty_db, hotel.clerk, hotel.types["SK"], day(1), 1, guest_name="Waiting Guest")
    with empty_db.writing() as session:
        assert rooms.assign_room(session, hotel.clerk, reservation_id=waiting.id, room_id=hotel.rooms["101"]) == "101"


def test_a_cancellation_needs_a_reason(empty_db: Database) -> None:
    hotel = small_hotel(empty_db, {"SK": 1})
    row = book(empty_db, hotel.clerk, hotel.types["SK"])
    with pytest.raises(ValidationError, match=r"Please fill in the reason for cancelling\."), \
            empty_db.writing() as session:
        booking.cancel_reservation(session, hotel.clerk, reservation_id=row.id, reason=" ")
    assert _row(empty_db, row.id).status is Status.CONFIRMED


def test_a_cancelled_reservation_cannot_be_changed_or_cancelled_again(empty_db: Database) -> None:
    hotel = small_hotel(empty_db, {"SK": 1})
    row = book(empty_db, hotel.clerk, hotel.types["SK"])
    with empty_db.writing() as session:
        booking.cancel_reservation(session, hotel.clerk, reservation_id=row.id, reason="Duplicate booking")
    current = _row(empty_db, row.id)
    message = f"Reservation {row.confirmation} is cancelled; it can no longer be changed."
    with pytest.raises(RuleError, match=message):
        modify(empty_db, hotel.clerk, current, notes="revive")
    with pytest.raises(RuleError, match=message), empty_db.writing() as session:
        booking.cancel_reservation(session, hotel.clerk, reservation_id=row.id, reason="again")
    with pytest.raises(NotFoundError, match="no longer exists"), empty_db.writing() as session:
        booking.cancel_reservation(session, hotel.clerk, reservation_id=999_999, reason="gone")
    with empty_db.reading() as session:
        assert availability(session, TODAY, 1).free(hotel.types["SK"], TODAY) == 1
