"""Non-guaranteed reservations are held until 18:00 (hotel time) on the arrival
day, or until the one extension a manager grants; then released as no-shows.
Guaranteed ones are kept all night and charged at the day close."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, time

import pytest

from desk import clock
from desk.db import Database
from desk.errors import PermissionDeniedError, RuleError, ValidationError
from desk.models import Guarantee, ReservationState
from desk.reservations import booking, rooms
from desk.reservations.queries import ReservationRow, Status, reservation_row
from tests.desk.reservation_helpers import (
    MORNING,
    TODAY,
    SmallHotel,
    audits,
    book,
    day,
    free,
    local,
    reservation,
    small_hotel,
)


@pytest.fixture(autouse=True)
def _morning() -> Iterator[None]:
    with clock.frozen(MORNING):
        yield


@pytest.fixture
def hotel(empty_db: Database) -> SmallHotel:
    return small_hotel(empty_db, {"SK": 1, "DK": 1})


def extend(database: Database, hotel: SmallHotel, reservation_id: int, until: time, reason: str = "Flight delayed",
           at: datetime | None = None, actor_name: str = "manager") -> ReservationRow:
    actor = getattr(hotel, actor_name)
    with clock.frozen(at or local(16, 0)), database.writing() as session:
        return booking.extend_hold(session, actor, reservation_id=reservation_id, until=until, reason=reason)


def test_a_non_guaranteed_reservation_counts_until_1759_and_not_from_1800(empty_db: Database,
                                                                        hotel: SmallHotel) -> None:
    sk = hotel.types["SK"]
    row = book(empty_db, hotel.clerk, sk, TODAY, 2, guarantee=Guarantee.NONE)
    assert row.hold_until == local(18, 0)
    assert free(empty_db, sk, TODAY, 2, now=local(17, 59)) == [0, 0]
    assert free(empty_db, sk, TODAY, 2, now=local(18, 0)) == [1, 1]
    with clock.frozen(local(17, 59)):
        with pytest.raises(RuleError, match=f"SK is full on {TODAY}"):
            book(empty_db, hotel.clerk, sk, TODAY, 1, guest_name="Late Caller")
        with empty_db.reading() as session:
            assert reservation_row(session, row.id).status is Status.CONFIRMED
    with clock.frozen(local(18, 0)):
        with empty_db.reading() as session:
            assert reservation_row(session, row.id).status is Status.RELEASED
        book(empty_db, hotel.clerk, sk, TODAY, 1, guest_name="Late Caller")


def test_the_hold_is_on_the_arrival_day_not_the_booking_day(empty_db: Database, hotel: SmallHotel) -> None:
    sk = hotel.types["SK"]
    row = book(empty_db, hotel.clerk, sk, day(2), 1, guarantee=Guarantee.NONE)
    assert row.hold_until == local(18, 0, on=day(2))
    assert free(empty_db, sk, day(2), now=local(23, 0)) == [0]
    assert free(empty_db, sk, day(2), now=local(17, 59, on=day(2))) == [0]
    assert free(empty_db, sk, day(2), now=local(18, 0, on=day(2))) == [1]


def test_only_a_manager_extends_a_hold(empty_db: Database, hotel: SmallHotel) -> None:
    row = book(empty_db, hotel.clerk, hotel.types["SK"], guarantee=Guarantee.NONE)
    with pytest.raises(PermissionDeniedError, match=r"clerk .* may not extend a reservation's hold\."):
        extend(empty_db, hotel, row.id, time(20, 0), actor_name="clerk")
    with pytest.raises(ValidationError, match=r"Please fill in the reason\."):
        extend(empty_db, hotel, row.id, time(20, 0), reason=" ")
    with empty_db.reading() as session:
        assert reservation(session, row.id).hold_extended_until is None
        assert audits(session, "reservation.extend_hold") == []


def test_an_extended_hold_counts_until_the_new_time_and_is_recorded(empty_db: Database, hotel: SmallHotel) -> None:
    sk = hotel.types["SK"]
    row = book(empty_db, hotel.clerk, sk, guarantee=Guarantee.NONE)
    extended = extend(empty_db, hotel, row.id, time(21, 0), reason="Flight delayed, guest called", at=local(17, 30))
    assert extended.hold_until == local(21, 0) and extended.hold_extended
    with empty_db.reading() as session:
        stored = reservation(session, row.id)
        [entry] = audits(session, "reservation.extend_hold", row.id)
    assert (stored.hold_until, stored.hold_extended_until) == (local(18, 0), local(21, 0))
    assert (stored.hold_extended_by, stored.hold_extension_reason) == (hotel.manager.user_id,
                                                                       "Flight delayed, guest called")
    assert entry.username == "manager" and "21:00" in entry.summary
    assert free(empty_db, sk, TODAY, now=local(18, 0)) == [0]
    assert free(empty_db, sk, TODAY, now=local(20, 59)) == [0]
    assert free(empty_db, sk, TODAY, now=local(21, 0)) == [1]
    with clock.frozen(local(20, 59)), empty_db.writing() as session:
        assert booking.release_expired_holds(session, hotel.clerk) == []
    with clock.frozen(local(21, 0)), empty_db.writing() as session:
        assert booking.release_expired_holds(session, hotel.clerk) == [row.confirmation]


def test_a_hold_is_extended_once(empty_db: Database, hotel: SmallHotel) -> None:
    row = book(empty_db, hotel.clerk, hotel.types["SK"], guarantee=Guarantee.NONE)
    extend(empty_db, hotel, row.id, time(19, 0))
    with pytest.raises(RuleError, match=f"The hold of {row.confirmation} was extended once already"):
        extend(empty_db, hotel, row.id, time(21, 0), at=local(18, 30))
    assert free(empty_db, hotel.types["SK"], TODAY, now=local(19, 0)) == [1]


def test_a_hold_is_extended_to_the_latest_time_and_not_beyond(empty_db: Database, hotel: SmallHotel) -> None:
    first = book(empty_db, hotel.clerk, hotel.types["SK"], guarantee=Guarantee.NONE)
    second = book(empty_db, hotel.clerk, hotel.types["DK"], guarantee=Guarantee.NONE)
    with pytest.raises(RuleError, match=r"A hold can be extended to 22:00 at the latest\."):
        extend(empty_db, hotel, first.id, time(22, 1))
    with pytest.raises(RuleError, match="22:00 at the latest"):
        extend(empty_db, hotel, first.id, time(23, 59))
    with pytest.raises(ValidationError, match=r"The new hold time must be later than 18:00\."):
        extend(empty_db, hotel, first.id, time(18, 0))
    with pytest.raises(ValidationError, match="later than 18:00"):
        extend(empty_db, hotel, second.id, time(9, 0))
    assert extend(empty_db, hotel, first.id, time(22, 0)).hold_until == local(22, 0)
    assert free(empty_db, hotel.types["SK"], TODAY, now=local(21, 59)) == [0]
    assert free(empty_db, hotel.types["SK"], TODAY, now=local(22, 0)) == [1]


def test_a_hold_that_has_passed_cannot_be_extended(empty_db: Database, hotel: SmallHotel) -> None:
    row = book(empty_db, hotel.clerk, hotel.types["SK"], guarantee=Guarantee.NONE)
    with pytest.raises(RuleError, match=f"The hold of {row.confirmation} has passed; the room was released."):
        extend(empty_db, hotel, row.id, time(21, 0), at=local(18, 0))
    extend(empty_db, hotel, row.id, time(21, 0), at=local(17, 59))


def test_a_guaranteed_reservation_has_no_hold_to_extend(empty_db: Database, hotel: SmallHotel) -> None:
    row = book(empty_db, hotel.clerk, hotel.types["SK"], guarantee=Guarantee.CARD)
    with pytest.raises(RuleError, match=f"Reservation {row.confirmation} is guaranteed; it is held all night."):
        extend(empty_db, hotel, row.id, time(21, 0))


def test_releasing_expired_holds_marks_no_shows_audits_and_frees_the_room(empty_db: Database,
                                                                         hotel: SmallHotel) -> None:
    sk = hotel.types["SK"]
    today = book(empty_db, hotel.clerk, sk, TODAY, 2, guarantee=Guarantee.NONE)
    guaranteed = book(empty_db, hotel.clerk, hotel.types["DK"], TODAY, 1, guarantee=Guarantee.CARD)
    tomorrow = book(empty_db, hotel.clerk, sk, day(2), 1, guarantee=Guarantee.NONE, guest_name="Future Guest")
    with empty_db.writing() as session:
        rooms.assign_room(session, hotel.clerk, reservation_id=today.id, room_id=hotel.rooms["101"])
    with clock.frozen(local(17, 59)), empty_db.writing() as session:
        assert booking.release_expired_holds(session, None) == []
    with clock.frozen(local(18, 5)), empty_db.writing() as session:
        assert booking.release_expired_holds(session, None) == [today.confirmation]
    with empty_db.reading() as session:
        stored = reservation(session, today.id)
        [entry] = audits(session, "reservation.release", today.id)
        untouched = [reservation(session, r.id).state for r in (guaranteed, tomorrow)]
    assert (stored.state, stored.no_show_at, stored.room_id) == (ReservationState.NO_SHOW, local(18, 5), None)
    assert entry.username == "system" and "no-show" in entry.summary
    assert untouched == [ReservationState.CONFIRMED, ReservationState.CONFIRMED]
    assert free(empty_db, sk, TODAY, 2, now=local(12, 0)) == [1, 1]
    # Run again (another workstation's timer): nothing more to do.
    with clock.frozen(local(18, 10)), empty_db.writing() as session:
        assert booking.release_expired_holds(session, hotel.clerk) == []
    # Its room can go to someone else tonight.
    with clock.frozen(local(18, 10)):
        other = book(empty_db, hotel.clerk, sk, TODAY, 1, guest_name="Walk-up Guest")
        with empty_db.writing() as session:
            assert rooms.assign_room(session, hotel.clerk, reservation_id=other.id,
                                     room_id=hotel.rooms["101"]) == "101"


def test_a_released_reservation_is_not_expected_any_more(empty_db: Database, hotel: SmallHotel) -> None:
    row = book(empty_db, hotel.clerk, hotel.types["SK"], guarantee=Guarantee.NONE)
    with clock.frozen(local(18, 0)), pytest.raises(RuleError, match="is not expected any more"), \
            empty_db.writing() as session:
        rooms.assign_room(session, hotel.clerk, reservation_id=row.id, room_id=hotel.rooms["101"])


def test_releasing_needs_front_desk_rights_when_someone_asks(empty_db: Database, hotel: SmallHotel) -> None:
    from desk.actor import Actor
    from desk.models import Role

    book(empty_db, hotel.clerk, hotel.types["SK"], guarantee=Guarantee.NONE)
    housekeeper = Actor(hotel.clerk.user_id, "hk", "HK", Role.HOUSEKEEPING)
    with clock.frozen(local(19, 0)), pytest.raises(PermissionDeniedError), empty_db.writing() as session:
        booking.release_expired_holds(session, housekeeper)


def test_guaranteed_reservations_are_never_released_and_are_listed_as_no_shows(empty_db: Database,
                                                                               hotel: SmallHotel) -> None:
    sk, dk = hotel.types["SK"], hotel.types["DK"]
    guaranteed = book(empty_db, hotel.clerk, sk, TODAY, 2, guarantee=Guarantee.DEPOSIT)
    loose = book(empty_db, hotel.clerk, dk, TODAY, 1, guarantee=Guarantee.NONE, guest_name="Non Guaranteed")
    cancelled = book(empty_db, hotel.clerk, dk, day(1), 1, guarantee=Guarantee.COMPANY, guest_name="Cancel Me")
    book(empty_db, hotel.clerk, dk, day(2), 1, guarantee=Guarantee.CARD, guest_name="Day After")
    with empty_db.writing() as session:
        booking.cancel_reservation(session, hotel.clerk, reservation_id=cancelled.id, reason="Plans changed")
    late = local(23, 59)
    assert free(empty_db, sk, TODAY, 2, now=late) == [0, 0]
    with clock.frozen(late), empty_db.writing() as session:
        assert booking.release_expired_holds(session, hotel.clerk) == [loose.confirmation]
        assert reservation(session, guaranteed.id).state is ReservationState.CONFIRMED
    with clock.frozen(late), empty_db.reading() as session:
        listed = booking.guaranteed_no_shows(session, TODAY)
        assert [r.confirmation for r in listed] == [guaranteed.confirmation]
        assert listed[0].status is Status.CONFIRMED and listed[0].guarantee is Guarantee.DEPOSIT
        assert booking.guaranteed_no_shows(session, day(1)) == []
        assert [r.guest_name for r in booking.guaranteed_no_shows(session, day(2))] == ["Day After"]


def test_the_demo_has_guaranteed_arrivals_for_the_day_close(demo_db: Database) -> None:
    with clock.frozen(local(23, 0)), demo_db.reading() as session:
        listed = booking.guaranteed_no_shows(session, TODAY)
    assert len(listed) >= 4
    assert all(r.guarantee is not Guarantee.NONE and r.arrival == TODAY for r in listed)
