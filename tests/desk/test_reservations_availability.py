"""Rooms free per room type and night: rooms − out of order − reservations −
in-house stays, computed from the rows every time."""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta

import pytest
from sqlalchemy import select, update

from desk import clock, hoteltime
from desk.db import Database
from desk.errors import RuleError
from desk.models import (
    BlockKind,
    Guarantee,
    Guest,
    HkState,
    HotelSettings,
    Reservation,
    ReservationState,
    Room,
    RoomBlock,
    Stay,
    StayState,
)
from desk.reservations import booking, rooms
from desk.reservations.availability import availability
from desk.rooms import status
from tests.desk.reservation_helpers import MORNING, TODAY, add_stay, book, day, free, local, small_hotel


@pytest.fixture(autouse=True)
def _morning() -> Iterator[None]:
    with clock.frozen(MORNING):
        yield


def test_the_departure_day_is_free_for_the_next_arrival(empty_db: Database) -> None:
    hotel = small_hotel(empty_db, {"SK": 1})
    sk = hotel.types["SK"]
    book(empty_db, hotel.clerk, sk, TODAY, 2)
    assert free(empty_db, sk, TODAY, 3) == [0, 0, 1]
    book(empty_db, hotel.clerk, sk, day(2), 1, guest_name="Next Guest")
    assert free(empty_db, sk, TODAY, 4) == [0, 0, 0, 1]
    with pytest.raises(RuleError, match=f"SK is full on {day(1)}"):
        book(empty_db, hotel.clerk, sk, day(1), 1, guest_name="Third Guest")


def test_a_longest_stay_counts_on_every_night_whatever_night_the_grid_starts(empty_db: Database) -> None:
    hotel = small_hotel(empty_db, {"SK": 1})
    sk = hotel.types["SK"]
    book(empty_db, hotel.clerk, sk, TODAY, 90)
    assert free(empty_db, sk, day(-1), 2) == [1, 0]
    assert free(empty_db, sk, day(45), 1) == [0]
    assert free(empty_db, sk, day(89), 2) == [0, 1]


def test_an_out_of_order_room_is_deducted_only_on_the_nights_of_its_period(empty_db: Database) -> None:
    hotel = small_hotel(empty_db, {"SK": 2, "DK": 1})
    with empty_db.writing() as session:
        status.set_block(session, hotel.manager, room_ids=[hotel.rooms["101"]], kind=BlockKind.OUT_OF_ORDER,
                         reason="Leaking pipe", start=day(1), end=day(3))
        # Out of service stays on sale.
        status.set_block(session, hotel.manager, room_ids=[hotel.rooms["102"]], kind=BlockKind.OUT_OF_SERVICE,
                         reason="TV remote missing", start=TODAY, end=day(4))
    assert free(empty_db, hotel.types["SK"], TODAY, 4) == [2, 1, 1, 2]
    assert free(empty_db, hotel.types["DK"], TODAY, 4) == [1, 1, 1, 1]
    with empty_db.reading() as session:
        grid = availability(session, TODAY, 4)
    assert [grid.cell(hotel.types["SK"], n).out_of_order for n in grid.nights] == [0, 1, 1, 0]


def test_a_returned_out_of_order_room_counts_again_from_its_return_date(empty_db: Database) -> None:
    hotel = small_hotel(empty_db, {"SK": 2})
    with empty_db.writing() as session:
        status.set_block(session, hotel.manager, room_ids=[hotel.rooms["101"]], kind=BlockKind.OUT_OF_ORDER,
                         reason="New carpet", start=TODAY, end=day(6))
    # Two days later (the day close moved the date) the room comes back early.
    with empty_db.writing() as session:
        session.execute(update(HotelSettings).values(business_date=day(2)))
        status.return_to_service(session, hotel.manager, room_ids=[hotel.rooms["101"]])
        block = session.scalars(select(RoomBlock)).one()
        assert block.returned_on == day(2)
    with empty_db.reading() as session:
        grid = availability(session, TODAY, 6)
    assert [grid.cell(hotel.types["SK"], n).out_of_order for n in grid.nights] == [1, 1, 0, 0, 0, 0]
    assert [grid.free(hotel.types["SK"], n) for n in grid.nights] == [1, 1, 2, 2, 2, 2]


def test_in_house_stays_count_until_they_leave_and_overdue_ones_hold_tonight(empty_db: Database) -> None:
    hotel = small_hotel(empty_db, {"SK": 3})
    sk = hotel.types["SK"]
    with empty_db.writing() as session:
        add_stay(session, hotel.rooms["101"], day(-2), day(2))  # in house two more nights
        add_stay(session, hotel.rooms["102"], day(-2), TODAY)  # due out today: tonight is free
        add_stay(session, hotel.rooms["103"], day(-3), day(-1))  # overdue: still in the room tonight
        add_stay(session, hotel.rooms["103"], day(-9), day(-5), state=StayState.CHECKED_OUT)
    with empty_db.reading() as session:
        grid = availability(session, TODAY, 3)
    assert [grid.cell(sk, n).in_house for n in grid.nights] == [2, 1, 0]
    assert [grid.free(sk, n) for n in grid.nights] == [1, 2, 3]


def test_an_overdue_guest_in_the_last_room_makes_tonight_full_but_not_tomorrow(empty_db: Database) -> None:
    hotel = small_hotel(empty_db, {"SK": 1})
    with empty_db.writing() as session:
        add_stay(session, hotel.rooms["101"], day(-3), day(-1))
    with pytest.raises(RuleError, match=f"SK is full on {TODAY}"):
        book(empty_db, hotel.clerk, hotel.types["SK"], TODAY)
    book(empty_db, hotel.clerk, hotel.types["SK"], day(1))


def test_a_guest_due_out_today_leaves_the_room_for_tonights_arrival(empty_db: Database) -> None:
    hotel = small_hotel(empty_db, {"SK": 1})
    with empty_db.writing() as session:
        add_stay(session, hotel.rooms["101"], day(-1), TODAY)
    book(empty_db, hotel.clerk, hotel.types["SK"], TODAY)
    assert free(empty_db, hotel.types["SK"], TODAY) == [0]


def test_a_reservation_in_a_room_of_another_type_counts_against_the_rooms_type(empty_db: Database) -> None:
    hotel = small_hotel(empty_db, {"SK": 2, "DK": 1})
    sk, dk = hotel.types["SK"], hotel.types["DK"]
    row = book(empty_db, hotel.clerk, sk, TODAY, 2)
    assert (free(empty_db, sk, TODAY, 2), free(empty_db, dk, TODAY, 2)) == ([1, 1], [1, 1])
    with empty_db.writing() as session:
        rooms.assign_room(session, hotel.clerk, reservation_id=row.id, room_id=hotel.rooms["201"],
                          allow_type_change=True)
    assert (free(empty_db, sk, TODAY, 3), free(empty_db, dk, TODAY, 3)) == ([2, 2, 2], [0, 0, 1])
    with pytest.raises(RuleError, match=f"DK is full on {TODAY}, {day(1)}"):
        book(empty_db, hotel.clerk, dk, TODAY, 2, guest_name="Deluxe Guest")


def test_cancelled_no_show_and_released_reservations_do_not_count(empty_db: Database) -> None:
    hotel = small_hotel(empty_db, {"SK": 1, "DK": 1, "FS": 1})
    sk, dk, fs = hotel.types["SK"], hotel.types["DK"], hotel.types["FS"]
    cancelled = book(empty_db, hotel.clerk, sk, TODAY, 2)
    no_show = book(empty_db, hotel.clerk, dk, TODAY, 2, guarantee=Guarantee.NONE)
    book(empty_db, hotel.clerk, fs, TODAY, 2, guarantee=Guarantee.NONE)
    assert [free(empty_db, t, TODAY, 2) for t in (sk, dk, fs)] == [[0, 0], [0, 0], [0, 0]]
    with empty_db.writing() as session:
        booking.cancel_reservation(session, hotel.clerk, reservation_id=cancelled.id, reason="Plans changed")
    evening = local(18, 0)
    with clock.frozen(evening), empty_db.writing() as session:
        # Both non-guaranteed ones are released at 18:00; only one is recorded as a no-show yet.
        session.execute(update(Reservation).where(Reservation.id == no_show.id)
                        .values(state=ReservationState.NO_SHOW, no_show_at=evening))
    with clock.frozen(evening):
        assert [free(empty_db, t, TODAY, 2) for t in (sk, dk, fs)] == [[1, 1], [1, 1], [1, 1]]
    # The released one still counted before its hold time.
    assert free(empty_db, fs, TODAY, 2, now=local(17, 59)) == [0, 0]


def test_excluding_leaves_out_exactly_that_reservation(empty_db: Database) -> None:
    hotel = small_hotel(empty_db, {"SK": 2})
    sk = hotel.types["SK"]
    first = book(empty_db, hotel.clerk, sk, TODAY, 2)
    second = book(empty_db, hotel.clerk, sk, day(1), 2, guest_name="Second Guest")
    with empty_db.reading() as session:
        everything = availability(session, TODAY, 3)
        without_first = availability(session, TODAY, 3, excluding=first.id)
        without_second = availability(session, TODAY, 3, excluding=second.id)
        without_unknown = availability(session, TODAY, 3, excluding=999_999)
    assert [everything.free(sk, n) for n in everything.nights] == [1, 0, 1]
    assert [without_first.free(sk, n) for n in without_first.nights] == [2, 1, 1]
    assert [without_second.free(sk, n) for n in without_second.nights] == [1, 1, 2]
    assert [without_unknown.free(sk, n) for n in without_unknown.nights] == [1, 0, 1]


def test_the_grid_covers_every_type_and_night_and_totals_them(demo_db: Database) -> None:
    with demo_db.reading() as session:
        grid = availability(session, TODAY, 7)
        rooms_per_type = {t.code: t.rooms for t in grid.types}
    assert rooms_per_type == {"SK": 20, "ST": 20, "DK": 24, "FS": 6}
    assert grid.nights == tuple(day(i) for i in range(7))
    for night in grid.nights:
        assert grid.total_free(night) == sum(grid.free(t.id, night) for t in grid.types)
        for t in grid.types:
            cell = grid.cell(t.id, night)
            assert cell.free == cell.rooms - cell.out_of_order - cell.reserved - cell.in_house


# --- Against a brute-force count ----------------------------------------------------------------------------------


def _random_rows(empty_db: Database, seed: int) -> tuple[dict[str, int], datetime]:
    """A small hotel with random reservations, stays and blocks written as rows
    (overlaps, upgrades and overbookings included); returns its types and a moment."""
    rng = random.Random(seed)
    hotel = small_hotel(empty_db, {"SK": 4, "DK": 3, "FS": 2})
    room_ids = list(hotel.rooms.values())
    type_ids = list(hotel.types.values())
    created = MORNING - timedelta(days=30)
    with empty_db.writing() as session:
        guest = Guest(name="Random Guest", phone="+8613800000000", created_at=created)
        session.add(guest)
        session.flush()
        for i in range(45):
            arrival = day(rng.randint(-4, 12))
            guarantee = rng.choice([Guarantee.NONE, Guarantee.NONE, Guarantee.CARD, Guarantee.DEPOSIT])
            hold = hoteltime.at(arrival, time(18, 0), "Asia/Shanghai") if guarantee is Guarantee.NONE else None
            extended = (hoteltime.at(arrival, time(rng.choice([19, 21, 22]), 0), "Asia/Shanghai")
                        if hold is not None and rng.random() < 0.3 else None)
            session.add(Reservation(
                confirmation=f"R{seed}X{i:03d}", guest_id=guest.id, room_type_id=rng.choice(type_ids),
                room_id=rng.choice(room_ids) if rng.random() < 0.4 else None, arrival=arrival,
                departure=arrival + timedelta(days=rng.randint(1, 5)), adults=1, children=0,
                state=rng.choice([ReservationState.CONFIRMED] * 6 + list(ReservationState)), created_at=created,
                guarantee=guarantee, hold_until=hold, hold_extended_until=extended,
            ))
        for room_id in rng.sample(room_ids, 5):
            arrival = day(rng.randint(-6, 0))
            session.add(Stay(guest_id=guest.id, room_id=room_id, arrival_date=arrival,
                             departure_date=max(arrival + timedelta(days=1), day(rng.randint(-3, 5))),
                             state=rng.choice([StayState.IN_HOUSE, StayState.IN_HOUSE, StayState.CHECKED_OUT]),
                             checked_in_at=created))
        for room_id in rng.sample(room_ids, 4):
            start = day(rng.randint(-5, 10))
            end = start + timedelta(days=rng.randint(1, 6))
            returned = start + timedelta(days=rng.randint(-2, 4)) if rng.random() < 0.4 else None
            session.add(RoomBlock(room_id=room_id, kind=rng.choice(list(BlockKind)), reason="random",
                                  start_date=start, end_date=end, return_state=HkState.DIRTY,
                                  created_by=hotel.manager.user_id, created_at=created, returned_on=returned))
    moment = local(rng.choice([9, 17, 18, 20, 21, 23]), rng.choice([0, 30, 59]), on=day(rng.randint(-1, 2)))
    return hotel.types, moment


def _brute_force(empty_db: Database, night: date, type_id: int, now: datetime) -> int:
    """One cell counted the slow way, straight from the definitions."""
    with empty_db.reading() as session:
        today = session.get_one(HotelSettings, 1).business_date
        room_type = {r.id: r.room_type_id for r in session.scalars(select(Room))}
        rooms_of_type = sum(1 for t in room_type.values() if t == type_id)
        out = 0
        for b in session.scalars(select(RoomBlock).where(RoomBlock.kind == BlockKind.OUT_OF_ORDER)):
            back = b.end_date if b.returned_on is None else min(b.end_date, b.returned_on)
            if room_type[b.room_id] == type_id and b.start_date <= night < back:
                out += 1
        booked = 0
        for r in session.scalars(select(Reservation).where(Reservation.state == ReservationState.CONFIRMED)):
            hold = r.hold_extended_until or r.hold_until
            gone = r.guarantee is Guarantee.NONE and hold is not None and now >= hold
            counts_for = room_type[r.room_id] if r.room_id is not None else r.room_type_id
            if not gone and counts_for == type_id and r.arrival <= night < r.departure:
                booked += 1
        staying = 0
        for s in session.scalars(select(Stay).where(Stay.state == StayState.IN_HOUSE)):
            last_night = s.departure_date - timedelta(days=1) if s.departure_date >= today else today
            if room_type[s.room_id] == type_id and s.arrival_date <= night <= last_night:
                staying += 1
    return rooms_of_type - out - booked - staying


@pytest.mark.parametrize("seed", [3, 17, 2026])
def test_the_grid_equals_a_brute_force_count_of_random_rows(empty_db: Database, seed: int) -> None:
    types, now = _random_rows(empty_db, seed)
    start = day(-3)
    with empty_db.reading() as session:
        grid = availability(session, start, 18, now=now)
    for night in grid.nights:
        for type_id in types.values():
            assert grid.free(type_id, night) == _brute_force(empty_db, night, type_id, now), (night, type_id, now)
    # Some cells are overbooked or full, so the comparison is not trivial.
    cells = [grid.free(t, n) for t in types.values() for n in grid.nights]
    assert min(cells) < max(cells)
