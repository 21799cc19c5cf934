"""What the Reservations tab and housekeeping read: arrivals, departures,
search, and a guest's record of cancellations and no-shows."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from sqlalchemy import select

from desk import clock
from desk.db import Database
from desk.models import Guarantee, Guest, Stay, StayState
from desk.reservations import booking, queries
from desk.reservations.queries import Status
from tests.desk.reservation_helpers import (
    MORNING,
    TODAY,
    SmallHotel,
    add_stay,
    book,
    day,
    local,
    small_hotel,
)


@pytest.fixture(autouse=True)
def _morning() -> Iterator[None]:
    with clock.frozen(MORNING):
        yield


@pytest.fixture
def hotel(empty_db: Database) -> SmallHotel:
    return small_hotel(empty_db, {"SK": 6, "DK": 3})


def cancel(database: Database, hotel: SmallHotel, reservation_id: int, reason: str = "Plans changed") -> None:
    with database.writing() as session:
        booking.cancel_reservation(session, hotel.clerk, reservation_id=reservation_id, reason=reason)


# --- Arrivals and departures ------------------------------------------------------------------------------------


def test_arrivals_are_by_name_with_released_ones_last(empty_db: Database, hotel: SmallHotel) -> None:
    sk = hotel.types["SK"]
    for name, guarantee in (("Wang Li", Guarantee.NONE), ("Chen Bo", Guarantee.CARD), ("Zhao Yi", Guarantee.CARD),
                            ("An Ke", Guarantee.NONE)):
        book(empty_db, hotel.clerk, sk, TODAY, 1, guest_name=name, guarantee=guarantee)
    cancelled = book(empty_db, hotel.clerk, sk, TODAY, 1, guest_name="Bai Qi")
    cancel(empty_db, hotel, cancelled.id)
    book(empty_db, hotel.clerk, sk, day(1), 2, guest_name="Tomorrow Guest")
    with empty_db.reading() as session:
        morning = queries.arrivals(session, TODAY)
        evening = queries.arrivals(session, TODAY, now=local(18, 0))
        tomorrow = queries.arrivals(session, day(1))
    assert [(r.guest_name, r.status) for r in morning] == [
        ("An Ke", Status.CONFIRMED), ("Chen Bo", Status.CONFIRMED), ("Wang Li", Status.CONFIRMED),
        ("Zhao Yi", Status.CONFIRMED)]
    assert [(r.guest_name, r.status) for r in evening] == [
        ("Chen Bo", Status.CONFIRMED), ("Zhao Yi", Status.CONFIRMED), ("An Ke", Status.RELEASED),
        ("Wang Li", Status.RELEASED)]
    assert [(r.guest_name, r.arrival, r.nights) for r in tomorrow] == [("Tomorrow Guest", day(1), 2)]
    # Once released as no-shows they leave the list.
    with clock.frozen(local(18, 0)), empty_db.writing() as session:
        booking.release_expired_holds(session, hotel.clerk)
    with empty_db.reading() as session:
        assert [r.guest_name for r in queries.arrivals(session, TODAY)] == ["Chen Bo", "Zhao Yi"]


def test_departures_are_in_house_stays_due_out_or_overdue_by_room(empty_db: Database, hotel: SmallHotel) -> None:
    r = hotel.rooms
    with empty_db.writing() as session:
        add_stay(session, r["103"], day(-2), TODAY, name="Due Today")
        add_stay(session, r["101"], day(-4), day(-1), name="Overdue")
        add_stay(session, r["102"], day(-1), day(1), name="Leaves Tomorrow")
        add_stay(session, r["104"], day(-3), TODAY, name="Gone", state=StayState.CHECKED_OUT)
    with empty_db.reading() as session:
        today = queries.departures(session, TODAY)
        tomorrow = queries.departures(session, day(1))
    assert [(d.room_number, d.guest_name, d.departure) for d in today] == [
        ("101", "Overdue", day(-1)), ("103", "Due Today", TODAY)]
    assert [d.room_number for d in tomorrow] == ["101", "102", "103"]


def test_the_demo_arrivals_and_departures(demo_db: Database) -> None:
    with demo_db.reading() as session:
        arrivals = queries.arrivals(session, TODAY)
        departures = queries.departures(session, TODAY)
        due_out = session.scalars(select(Stay.id).where(Stay.state == StayState.IN_HOUSE,
                                                        Stay.departure_date <= TODAY)).all()
    assert len(arrivals) == 6 and sum(1 for a in arrivals if a.room_number) == 4
    assert [a.guest_name for a in arrivals] == sorted(a.guest_name for a in arrivals)
    assert {d.stay_id for d in departures} == set(due_out) and len(departures) == 8


# --- Search -----------------------------------------------------------------------------------------------------


@pytest.fixture
def booked(empty_db: Database, hotel: SmallHotel) -> dict[str, int]:
    sk, dk = hotel.types["SK"], hotel.types["DK"]
    rows = {
        "zhou": book(empty_db, hotel.clerk, sk, TODAY, 2, guest_name="Zhou Ming", phone="138 1234 5678"),
        "zhoulan": book(empty_db, hotel.clerk, dk, day(3), 1, guest_name="Zhou Lan", phone="139 5555 6666"),
        "booked": book(empty_db, hotel.clerk, sk, day(1), 3, guest_name="Hannah Schmidt", phone="+49 30 901820",
                       booker_name="Liu Yang", booker_phone="137 0000 9999"),
        "old": book(empty_db, hotel.clerk, sk, day(5), 1, guest_name="Ma Tao", phone="136 2222 3333"),
    }
    cancel(empty_db, hotel, rows["old"].id)
    return {key: row.id for key, row in rows.items()}


def found(database: Database, text: str = "", on: date | None = None, limit: int = 200) -> list[int]:
    with database.reading() as session:
        return [r.id for r in queries.search(session, text, on=on, limit=limit)]


def test_search_by_part_of_a_guest_or_booker_name_ignoring_case(empty_db: Database, booked: dict[str, int]) -> None:
    assert found(empty_db, "zhou") == [booked["zhoulan"], booked["zhou"]]  # newest arrival first
    assert found(empty_db, "  MING ") == [booked["zhou"]]
    assert found(empty_db, "liu yang") == [booked["booked"]]
    assert found(empty_db, "schmidt") == [booked["booked"]]
    assert found(empty_db, "ma tao") == [booked["old"]]  # cancelled ones are found too
    assert found(empty_db, "nobody") == []
    assert len(found(empty_db, "")) == 4


def test_search_by_phone_digits_as_typed(empty_db: Database, booked: dict[str, int]) -> None:
    assert found(empty_db, "138 1234 5678") == [booked["zhou"]]
    assert found(empty_db, "1234-5678") == [booked["zhou"]]
    assert found(empty_db, "+86 13812345678") == [booked["zhou"]]
    assert found(empty_db, "0000 9999") == [booked["booked"]]  # the booker's phone
    assert found(empty_db, "901820") == [booked["booked"]]
    assert found(empty_db, "555") == []  # fewer than four digits is not a phone search


def test_search_by_confirmation_number_in_any_case(empty_db: Database, booked: dict[str, int]) -> None:
    with empty_db.reading() as session:
        code = queries.reservation_row(session, booked["zhoulan"]).confirmation
    assert found(empty_db, code.lower()) == [booked["zhoulan"]]
    assert found(empty_db, f" {code} ") == [booked["zhoulan"]]


def test_search_by_date_finds_who_is_booked_that_night(empty_db: Database, booked: dict[str, int]) -> None:
    assert found(empty_db, on=TODAY) == [booked["zhou"]]
    assert sorted(found(empty_db, on=day(1))) == sorted([booked["zhou"], booked["booked"]])
    assert found(empty_db, on=day(2)) == [booked["booked"]]  # Zhou Ming leaves on day(2)
    assert found(empty_db, on=day(4)) == []
    assert found(empty_db, "zhou", on=day(3)) == [booked["zhoulan"]]
    assert found(empty_db, "zhou", on=day(3), limit=0) == []


def test_search_rows_show_the_status_now(empty_db: Database, hotel: SmallHotel) -> None:
    row = book(empty_db, hotel.clerk, hotel.types["SK"], guest_name="Loose Hold", guarantee=Guarantee.NONE)
    with empty_db.reading() as session:
        assert queries.search(session, "loose hold")[0].status is Status.CONFIRMED
        assert queries.search(session, "loose hold", now=local(18, 0))[0].status is Status.RELEASED
        assert queries.reservation_row(session, row.id, now=local(18, 0)).status is Status.RELEASED


# --- A guest's record -------------------------------------------------------------------------------------------


def test_repeated_cancellations_and_no_shows_show_on_the_guest(empty_db: Database, hotel: SmallHotel) -> None:
    sk = hotel.types["SK"]
    rows = [book(empty_db, hotel.clerk, sk, day(n), 1, guarantee=Guarantee.NONE) for n in range(4)]
    cancel(empty_db, hotel, rows[1].id, "Meeting postponed")
    cancel(empty_db, hotel, rows[2].id, "Flight cancelled")
    with clock.frozen(local(18, 0)), empty_db.writing() as session:
        booking.release_expired_holds(session, hotel.clerk)  # today's: a no-show
    with empty_db.writing() as session:
        add_stay(session, hotel.rooms["106"], day(-3), day(-1), state=StayState.CHECKED_OUT)
    with empty_db.reading() as session:
        record = queries.guest_record(session, rows[0].guest_id)
        stranger = session.scalars(select(Guest.id).where(Guest.name == "Sun Mei")).one()
        other = queries.guest_record(session, stranger)
    assert (record.name, record.phone) == ("Zhou Ming", "138 1234 5678")
    assert (record.reservations, record.cancellations, record.no_shows, record.stays) == (4, 2, 1, 0)
    assert (other.reservations, other.cancellations, other.no_shows, other.stays) == (0, 0, 0, 1)


def test_the_demo_regular_has_two_cancellations_and_a_no_show(demo_db: Database) -> None:
    with demo_db.reading() as session:
        [regular] = queries.find_guests(session, "139 1111 2222")
    assert regular.name == "Guo Peng"
    assert (regular.cancellations, regular.no_shows, regular.reservations) == (2, 1, 3)


def test_find_guests_by_phone_needs_seven_digits(empty_db: Database, booked: dict[str, int]) -> None:
    with empty_db.reading() as session:
        assert [g.name for g in queries.find_guests(session, "+86 138-1234-5678")] == ["Zhou Ming"]
        assert [g.name for g in queries.find_guests(session, "13812345678")] == ["Zhou Ming"]
        assert queries.find_guests(session, "123456") == []
        assert queries.find_guests(session, "") == []


def test_find_guests_does_not_confuse_numbers_that_end_alike(empty_db: Database, hotel: SmallHotel) -> None:
    book(empty_db, hotel.clerk, hotel.types["SK"], guest_name="Zhou Ming", phone="138 1234 5678")
    book(empty_db, hotel.clerk, hotel.types["SK"], guest_name="Qian Duo", phone="139 1234 5678")
    with empty_db.reading() as session:
        assert [g.name for g in queries.find_guests(session, "138 1234 5678")] == ["Zhou Ming"]
