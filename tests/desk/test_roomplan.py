"""The room plan's query: rooms in order, a bar for every stay, assigned
reservation and out-of-order period, the strip of reservations without a
room, weekends and holidays; and a booking that takes a room chosen on it."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from sqlalchemy import event, func, select

from desk import clock
from desk.db import Database
from desk.errors import RuleError
from desk.models import BlockKind, Guarantee, HkState, Holiday, Reservation, ReservationState, Stay, StayState
from desk.reservations import booking, rooms
from desk.reservations.queries import reservation_row
from desk.roomplan import Bar, BarKind, BarState, Grouping, RoomPlan, room_plan, unassigned_reservations
from desk.rooms import status
from tests.desk.reservation_helpers import (
    MORNING,
    TODAY,
    SmallHotel,
    add_stay,
    audits,
    book,
    day,
    details,
    local,
    small_hotel,
)


@pytest.fixture(autouse=True)
def _morning() -> Iterator[None]:
    with clock.frozen(MORNING):
        yield


def plan_of(database: Database, days: int = 14, **kwargs: object) -> RoomPlan:
    with database.reading() as session:
        return room_plan(session, days=days, **kwargs)  # type: ignore[arg-type]


def bars_in(plan: RoomPlan, hotel: SmallHotel, number: str) -> list[Bar]:
    return [bar for bar in plan.bars if bar.room_id == hotel.rooms[number]]


def assign(database: Database, hotel: SmallHotel, reservation_id: int, number: str) -> None:
    with database.writing() as session:
        rooms.assign_room(session, hotel.clerk, reservation_id=reservation_id, room_id=hotel.rooms[number])


# --- rooms ---------------------------------------------------------------------------------------------------------


def test_rooms_come_by_floor_or_by_type_in_natural_order(empty_db: Database) -> None:
    hotel = small_hotel(empty_db, [("1001", 10, "SK"), ("102", 1, "DK"), ("99", 1, "SK"), ("101", 1, "SK"),
                                   ("1002", 10, "DK")])
    by_floor = plan_of(empty_db)
    assert [(g.floor, [r.number for r in g.rooms]) for g in by_floor.groups] == [
        (1, ["99", "101", "102"]), (10, ["1001", "1002"])]
    by_type = plan_of(empty_db, grouping=Grouping.TYPE)
    assert [(g.type_id, [r.number for r in g.rooms]) for g in by_type.groups] == [
        (hotel.types["SK"], ["99", "101", "1001"]), (hotel.types["DK"], ["102", "1002"])]
    assert [t.code for t in by_type.types] == ["SK", "DK", "FS"]  # the hotel's order, types without rooms too
    assert by_type.rooms[0].type_code == "SK" and isinstance(by_type.rooms[0].hk_state, HkState)


def test_the_window_starts_today_and_holds_one_to_62_days(empty_db: Database) -> None:
    small_hotel(empty_db, {"SK": 1})
    plan = plan_of(empty_db, days=31)
    assert plan.start == TODAY == plan.business_date
    assert plan.days == tuple(day(i) for i in range(31)) and plan.end == day(31)
    assert len(plan_of(empty_db, days=400).days) == 62
    assert len(plan_of(empty_db, days=0).days) == 1
    with empty_db.reading() as session:
        assert room_plan(session, day(10), 5).days[0] == day(10)


# --- bars ----------------------------------------------------------------------------------------------------------


def test_in_house_stays_are_checked_in_or_due_out(empty_db: Database) -> None:
    hotel = small_hotel(empty_db, {"SK": 3})
    with empty_db.writing() as session:
        staying = add_stay(session, hotel.rooms["101"], day(-2), day(3), name="Staying On")
        leaving = add_stay(session, hotel.rooms["102"], day(-1), TODAY, name="Leaving Today")
        overdue = add_stay(session, hotel.rooms["103"], day(-3), day(-1), name="Still Here")
        add_stay(session, hotel.rooms["103"], day(-9), day(-5), state=StayState.CHECKED_OUT)
    plan = plan_of(empty_db)
    [bar] = bars_in(plan, hotel, "101")
    assert (bar.kind, bar.state, bar.id, bar.start, bar.end, bar.name) == (
        BarKind.STAY, BarState.CHECKED_IN, staying, day(-2), day(3), "Staying On")
    [bar] = bars_in(plan, hotel, "102")
    assert (bar.state, bar.id, bar.end) == (BarState.DUE_OUT, leaving, TODAY)
    # Past the planned departure and not checked out: the room stays taken tonight.
    [bar] = bars_in(plan, hotel, "103")
    assert (bar.state, bar.id, bar.end, bar.departure) == (BarState.DUE_OUT, overdue, day(1), day(-1))
    assert bar.movable


def test_assigned_reservations_are_guaranteed_or_held(empty_db: Database) -> None:
    hotel = small_hotel(empty_db, {"SK": 4})
    sure = book(empty_db, hotel.clerk, hotel.types["SK"], day(1), 3, guest_name="Card Guest", adults=2, children=0)
    held = book(empty_db, hotel.clerk, hotel.types["SK"], TODAY, 1, guarantee=Guarantee.NONE,
                guest_name="Held Guest")
    loose = book(empty_db, hotel.clerk, hotel.types["SK"], day(2), 2, guest_name="No Room Yet")
    assign(empty_db, hotel, sure.id, "101")
    assign(empty_db, hotel, held.id, "102")
    plan = plan_of(empty_db)
    [bar] = bars_in(plan, hotel, "101")
    assert (bar.kind, bar.state, bar.id, bar.start, bar.end, bar.nights) == (
        BarKind.RESERVATION, BarState.GUARANTEED, sure.id, day(1), day(4), 3)
    assert (bar.name, bar.adults, bar.rate, bar.confirmation, bar.guarantee, bar.type_id) == (
        "Card Guest", 2, sure.rate, sure.confirmation, Guarantee.CARD, hotel.types["SK"])
    [bar] = bars_in(plan, hotel, "102")
    assert bar.state is BarState.NON_GUARANTEED and bar.hold_until == held.hold_until
    assert loose.id not in {b.id for b in plan.bars if b.kind is BarKind.RESERVATION}
    # After the hold time the non-guaranteed one holds nothing, and shows nothing.
    later = plan_of(empty_db, now=local(18, 30))
    assert bars_in(later, hotel, "102") == []


def test_cancelled_and_checked_in_reservations_have_no_bar_of_their_own(demo_db: Database) -> None:
    plan = plan_of(demo_db, days=31)
    reservations = {b.id for b in plan.bars if b.kind is BarKind.RESERVATION}
    with demo_db.reading() as session:
        in_house = set(session.scalars(select(Stay.reservation_id).where(Stay.state == StayState.IN_HOUSE)))
        states = dict(session.execute(select(Reservation.id, Reservation.state)
                                      .where(Reservation.id.in_(reservations))).all())
        stays = session.scalar(select(func.count()).select_from(Stay).where(Stay.state == StayState.IN_HOUSE))
    assert not reservations & in_house
    assert set(states.values()) <= {ReservationState.CONFIRMED}
    assert sum(b.kind is BarKind.STAY for b in plan.bars) == stays


def test_out_of_order_and_out_of_service_periods(empty_db: Database) -> None:
    hotel = small_hotel(empty_db, {"SK": 3})
    with empty_db.writing() as session:
        [broken] = status.set_block(session, hotel.manager, room_ids=[hotel.rooms["101"]],
                                    kind=BlockKind.OUT_OF_ORDER, reason="Leaking pipe", start=day(2), end=day(5))
        status.set_block(session, hotel.manager, room_ids=[hotel.rooms["102"]], kind=BlockKind.OUT_OF_SERVICE,
                         reason="TV repair", start=TODAY, end=day(3))
        status.set_block(session, hotel.manager, room_ids=[hotel.rooms["103"]], kind=BlockKind.OUT_OF_ORDER,
                         reason="Called off", start=day(4), end=day(6))
        status.return_to_service(session, hotel.manager, room_ids=[hotel.rooms["103"]])
    plan = plan_of(empty_db)
    [bar] = bars_in(plan, hotel, "101")
    assert (bar.kind, bar.state, bar.id, bar.start, bar.end, bar.name) == (
        BarKind.BLOCK, BarState.OUT_OF_ORDER, broken, day(2), day(5), "Leaking pipe")
    assert not bar.movable
    [bar] = bars_in(plan, hotel, "102")
    assert (bar.state, bar.end) == (BarState.OUT_OF_SERVICE, day(3))
    assert bars_in(plan, hotel, "103") == []  # called off before it began


def test_a_room_moved_today_shows_the_guest_in_the_new_room(demo_db: Database, actors) -> None:
    from desk.frontdesk import stays
    from desk.models import Room

    plan = plan_of(demo_db)
    bar = next(b for b in plan.bars if b.kind is BarKind.STAY and b.state is BarState.CHECKED_IN)
    busy = {b.room_id for b in plan.bars if b.start < bar.end and b.end > TODAY}
    with demo_db.writing() as session:
        target = next(r for r in session.scalars(select(Room).order_by(Room.id))
                      if r.id not in busy and r.room_type_id == bar.type_id)
        target.hk_state = HkState.INSPECTED
        stays.move_room(session, actors["clerk"], stay_id=bar.id, room_id=target.id, reason="Noisy")
    after = plan_of(demo_db)
    moved = next(b for b in after.bars if b.key == bar.key)
    assert moved.room_id == target.id and moved.start == bar.start
    assert next(r for r in after.rooms if r.room_id == bar.room_id).hk_state is HkState.DIRTY


# --- the strip of reservations without a room -----------------------------------------------------------------


def test_reservations_without_a_room_are_counted_per_type_and_night(empty_db: Database) -> None:
    hotel = small_hotel(empty_db, {"SK": 4, "DK": 2})
    sk, dk = hotel.types["SK"], hotel.types["DK"]
    first = book(empty_db, hotel.clerk, sk, TODAY, 2, guest_name="Arrives Today")
    second = book(empty_db, hotel.clerk, sk, day(1), 1, guest_name="Arrives Tomorrow")
    book(empty_db, hotel.clerk, dk, TODAY, 1)
    given = book(empty_db, hotel.clerk, sk, TODAY, 3)
    assign(empty_db, hotel, given.id, "101")
    held = book(empty_db, hotel.clerk, sk, TODAY, 1, guarantee=Guarantee.NONE)
    plan = plan_of(empty_db)
    assert plan.unassigned == {(sk, TODAY): 2, (sk, day(1)): 2, (dk, TODAY): 1}
    # From tomorrow on, and after the hold time (the non-guaranteed one no longer counts).
    with empty_db.reading() as session:
        assert room_plan(session, day(1), 7).unassigned == {(sk, day(1)): 2}
        assert room_plan(session, now=local(19)).unassigned[(sk, TODAY)] == 1
        listed = unassigned_reservations(session, sk, day(1))
        assert [b.id for b in listed] == [second.id, first.id]  # arriving that night first
        assert all(b.room_id is None and b.kind is BarKind.RESERVATION for b in listed)
        assert [b.id for b in unassigned_reservations(session, sk, TODAY)] == [first.id, held.id]
        assert unassigned_reservations(session, sk, TODAY, now=local(19))[-1].id == first.id


def test_assigning_takes_a_reservation_off_the_strip(empty_db: Database) -> None:
    hotel = small_hotel(empty_db, {"SK": 2})
    row = book(empty_db, hotel.clerk, hotel.types["SK"], day(1), 2)
    assert plan_of(empty_db).unassigned == {(hotel.types["SK"], day(1)): 1, (hotel.types["SK"], day(2)): 1}
    assign(empty_db, hotel, row.id, "102")
    plan = plan_of(empty_db)
    assert plan.unassigned == {}
    assert [b.id for b in bars_in(plan, hotel, "102")] == [row.id]


# --- days ----------------------------------------------------------------------------------------------------------


def test_weekends_and_the_hotels_holidays(empty_db: Database) -> None:
    small_hotel(empty_db, {"SK": 1})
    with empty_db.writing() as session:
        session.add_all([Holiday(day=day(3), name="Local festival"), Holiday(day=day(40), name="Far away"),
                         Holiday(day=day(-1), name="Yesterday")])
    plan = plan_of(empty_db, days=14)
    assert plan.holidays == {day(3): "Local festival"}
    weekend = [d for d in plan.days if plan.is_weekend(d)]
    assert weekend and all(d.weekday() in (5, 6) for d in weekend)
    assert len(weekend) == 4  # two whole weekends in any 14 days
    assert day(40) in plan_of(empty_db, days=62).holidays


def test_the_rooms_on_screen_can_be_read_first(empty_db: Database) -> None:
    hotel = small_hotel(empty_db, {"SK": 4})
    for number in ("101", "104"):
        row = book(empty_db, hotel.clerk, hotel.types["SK"], day(1), 2)
        assign(empty_db, hotel, row.id, number)
    with empty_db.writing() as session:
        add_stay(session, hotel.rooms["103"], day(-1), day(2))
    whole = plan_of(empty_db)
    first = plan_of(empty_db, rows=range(0, 2))
    assert whole.complete and not first.complete
    assert first.rooms == whole.rooms and first.unassigned == whole.unassigned
    assert bars_in(first, hotel, "101") == bars_in(whole, hotel, "101")
    assert bars_in(first, hotel, "104") == [] != bars_in(whole, hotel, "104")
    assert bars_in(first, hotel, "103") == bars_in(whole, hotel, "103")  # guests in house: always all
    assert plan_of(empty_db, rows=range(0, 10)).complete  # every row asked for: the whole plan


# --- speed -----------------------------------------------------------------------------------------------------------


def test_the_plan_is_read_in_a_handful_of_queries(demo_db: Database) -> None:
    statements: list[str] = []

    def count(*args: object) -> None:
        statements.append(str(args[2]))

    with demo_db.reading() as session:
        session.connection()  # the settings and connection set-up are not the plan's
        event.listen(demo_db.engine, "before_cursor_execute", count)
        try:
            plan = room_plan(session, days=62)
        finally:
            event.remove(demo_db.engine, "before_cursor_execute", count)
    assert plan.bars and plan.unassigned
    assert len(statements) <= 8, statements


# --- booking a room from the plan ------------------------------------------------------------------------------


def test_a_booking_can_take_a_chosen_room_at_once(empty_db: Database) -> None:
    hotel = small_hotel(empty_db, {"SK": 2, "DK": 1})
    with empty_db.writing() as session:
        row = booking.create_reservation(session, hotel.clerk, details=details(hotel.types["SK"], day(1), 2),
                                         room_id=hotel.rooms["102"])
    assert row.room_number == "102"
    with empty_db.reading() as session:
        assert reservation_row(session, row.id).room_id == hotel.rooms["102"]
        [entry] = audits(session, "reservation.create", row.id)
    assert "room 102" in entry.summary
    assert [b.id for b in bars_in(plan_of(empty_db), hotel, "102")] == [row.id]


@pytest.mark.parametrize(("number", "message"), [
    ("201", "Room 201 is of another type"),
    ("101", "Room 101 is assigned to reservation"),
])
def test_a_booking_with_a_room_not_free_or_of_another_type_is_refused(empty_db: Database, number: str,
                                                                      message: str) -> None:
    hotel = small_hotel(empty_db, {"SK": 2, "DK": 1})
    taken = book(empty_db, hotel.clerk, hotel.types["SK"], day(1), 2)
    assign(empty_db, hotel, taken.id, "101")
    with empty_db.reading() as session:
        before = session.scalar(select(func.count(Reservation.id)))
    with pytest.raises(RuleError, match=message), empty_db.writing() as session:
        booking.create_reservation(session, hotel.clerk, details=details(hotel.types["SK"], day(2), 1),
                                   room_id=hotel.rooms[number])
    with empty_db.reading() as session:
        assert session.scalar(select(func.count(Reservation.id))) == before


def test_the_plan_covers_what_availability_counts(demo_db: Database) -> None:
    """Every room-night availability counts as taken by a stay or an assigned
    reservation is a bar on the plan, and the strip holds the rest."""
    from desk.reservations.availability import availability

    plan = plan_of(demo_db, days=21)
    with demo_db.reading() as session:
        grid = availability(session, TODAY, 21)
    room_type = {r.room_id: r.type_id for r in plan.rooms}
    for night in plan.days:
        for kind in grid.types:
            cell = grid.cell(kind.id, night)
            bars = [b for b in plan.bars if b.kind is not BarKind.BLOCK and room_type[b.room_id or 0] == kind.id
                    and b.start <= night < b.end]
            assert len(bars) + plan.unassigned.get((kind.id, night), 0) == cell.reserved + cell.in_house, (
                kind.code, night)
    assert plan.end - plan.start == timedelta(days=21)
