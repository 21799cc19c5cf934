"""Rooms free per room type and night, computed from the rows every time.

free = rooms of the type − out-of-order rooms − reservations − in-house stays,
night by night. A reservation assigned to a room counts against that room's
type (an upgrade takes a room of the better type). A non-guaranteed
reservation past its hold time no longer counts: it is released.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Date, Integer, bindparam, case, func, or_, select
from sqlalchemy.orm import Session

from desk import clock
from desk.errors import NotFoundError
from desk.i18n import QT_TRANSLATE_NOOP
from desk.models import BlockKind, Guarantee, Reservation, ReservationState, Room, RoomBlock, RoomType, Stay, StayState
from desk.models.base import UTCDateTime
from desk.settings import business_date

MAX_NIGHTS = 90  # the longest reservation Desk takes; longer stays are split


@dataclass(frozen=True, slots=True)
class TypeNight:
    rooms: int
    out_of_order: int
    reserved: int
    in_house: int

    @property
    def free(self) -> int:
        return self.rooms - self.out_of_order - self.reserved - self.in_house


@dataclass(frozen=True, slots=True)
class RoomTypeInfo:
    id: int
    code: str
    name: str
    rooms: int
    capacity: int


@dataclass(frozen=True, slots=True)
class Availability:
    start: date
    nights: tuple[date, ...]
    types: tuple[RoomTypeInfo, ...]
    cells: dict[tuple[int, date], TypeNight] = field(repr=False)

    def cell(self, type_id: int, night: date) -> TypeNight:
        return self.cells[(type_id, night)]

    def free(self, type_id: int, night: date) -> int:
        return self.cells[(type_id, night)].free

    def total_free(self, night: date) -> int:
        return sum(self.cells[(t.id, night)].free for t in self.types)


def stay_end(departure: date, today: date) -> date:
    """When an in-house guest frees the room: the planned departure; a guest
    already past it (not yet checked out) holds the room tonight too."""
    return departure if departure >= today else today + timedelta(days=1)


def nights_between(arrival: date, departure: date) -> list[date]:
    return [arrival + timedelta(days=i) for i in range((departure - arrival).days)]


def released(reservation: Reservation, now: datetime) -> bool:
    """A non-guaranteed reservation whose hold time has passed."""
    hold = reservation.effective_hold
    return hold is not None and now >= hold


def still_held(now: ColumnElement[datetime]) -> ColumnElement[bool]:
    """The test of ``released``, negated, in SQL: guaranteed, or its hold time not reached."""
    hold = func.coalesce(Reservation.hold_extended_until, Reservation.hold_until)
    return or_(Reservation.guarantee != Guarantee.NONE, hold.is_(None), hold > now)


def _as_date(value: date | str) -> date:
    """CASE expressions lose the column type on SQLite, which then returns text."""
    return value if isinstance(value, date) else date.fromisoformat(value)


def hold_passed(guarantee: Guarantee, hold_until: datetime | None, extended: datetime | None,
                now: datetime) -> bool:
    """The same test as ``released``, on plain column values."""
    hold = extended or hold_until
    return guarantee is Guarantee.NONE and hold is not None and now >= hold


class _Counter:
    """Room-nights per type over the grid's nights, by difference arrays:
    each period costs two additions however long it is."""

    def __init__(self, start: date, nights: int) -> None:
        self.start = start
        self.nights = nights
        self.diffs: dict[int, list[int]] = {}

    def add(self, type_id: int, first: date, stop: date, count: int = 1) -> None:
        begin = max((first - self.start).days, 0)
        end = min((stop - self.start).days, self.nights)
        if begin >= end:
            return
        diff = self.diffs.setdefault(type_id, [0] * (self.nights + 1))
        diff[begin] += count
        diff[end] -= count

    def per_night(self, type_id: int) -> list[int]:
        diff = self.diffs.get(type_id)
        if diff is None:
            return [0] * self.nights
        running, result = 0, []
        for value in diff[:-1]:
            running += value
            result.append(running)
        return result


def _statements() -> dict[str, Any]:
    """The grid's queries, built once with bound parameters (building a
    SQLAlchemy statement costs more than SQLite takes to run it)."""
    start, end = bindparam("start", type_=Date), bindparam("end", type_=Date)
    earliest = bindparam("earliest", type_=Date)
    today, now = bindparam("today", type_=Date), bindparam("now", type_=UTCDateTime())
    # Counted by SQL per (type, clipped arrival, clipped departure): a few hundred
    # groups instead of thousands of rows. An assigned room counts for its own type.
    type_key = func.coalesce(Room.room_type_id, Reservation.room_type_id)
    clipped_arrival = case((Reservation.arrival < start, start), else_=Reservation.arrival)
    clipped_departure = case((Reservation.departure > end, end), else_=Reservation.departure)
    reservations = (
        select(type_key, clipped_arrival, clipped_departure, func.count())
        .select_from(Reservation)
        .outerjoin(Room, Room.id == Reservation.room_id)
        .where(
            Reservation.state == ReservationState.CONFIRMED,
            # No stay is longer than MAX_NIGHTS: this bound keeps the index range short.
            Reservation.arrival > earliest, Reservation.arrival < end, Reservation.departure > start,
            still_held(now),
            Reservation.id != bindparam("excluding", type_=Integer),
        )
        .group_by(type_key, clipped_arrival, clipped_departure)
    )
    return {
        "types": select(RoomType.id, RoomType.code, RoomType.name, RoomType.capacity, func.count(Room.id))
        .outerjoin(Room, (Room.room_type_id == RoomType.id) & Room.active.is_(True))
        .group_by(RoomType.id, RoomType.code, RoomType.name, RoomType.capacity, RoomType.sort_order)
        .order_by(RoomType.sort_order, RoomType.code),
        # Blocks and stays come with their room's type (a join, not a second round trip for every room).
        "blocks": select(Room.room_type_id, RoomBlock.start_date, RoomBlock.end_date, RoomBlock.returned_on)
        .join(Room, Room.id == RoomBlock.room_id)
        .where(RoomBlock.kind == BlockKind.OUT_OF_ORDER, RoomBlock.start_date < end, RoomBlock.end_date > start,
               or_(RoomBlock.returned_on.is_(None), RoomBlock.returned_on > start)),
        "reservations": reservations,
        # Stays overlapping the window, and any still in house past their departure.
        "stays": select(Room.room_type_id, Stay.arrival_date, Stay.departure_date)
        .join(Room, Room.id == Stay.room_id)
        .where(Stay.state == StayState.IN_HOUSE, Stay.arrival_date < end,
               or_(Stay.departure_date > start, Stay.departure_date < today)),
    }


_STATEMENTS = _statements()


def availability(session: Session, start: date, nights: int, *, now: datetime | None = None,
                 excluding: int | None = None) -> Availability:
    """The grid of free rooms for ``nights`` nights from ``start``.

    ``excluding`` leaves one reservation out (when it is being modified).
    """
    now = now or clock.now()
    today = business_date(session)
    end = start + timedelta(days=nights)
    params = {"start": start, "end": end, "earliest": start - timedelta(days=MAX_NIGHTS), "today": today,
              "now": now, "excluding": excluding if excluding is not None else -1}
    # Plain Core selects on the connection: the ORM's per-statement work is not needed.
    connection = session.connection()
    days = tuple(start + timedelta(days=i) for i in range(nights))
    types = tuple(RoomTypeInfo(tid, code, name, rooms, capacity)
                  for tid, code, name, capacity, rooms in connection.execute(_STATEMENTS["types"]))
    ooo, reserved, in_house = _Counter(start, nights), _Counter(start, nights), _Counter(start, nights)
    for type_id, first, stop, returned_on in connection.execute(_STATEMENTS["blocks"], params):
        ooo.add(type_id, first, min(stop, returned_on) if returned_on else stop)
    for type_id, arrival, departure, number in connection.execute(_STATEMENTS["reservations"], params):
        reserved.add(type_id, _as_date(arrival), _as_date(departure), number)
    for type_id, arrival, departure in connection.execute(_STATEMENTS["stays"], params):
        in_house.add(type_id, arrival, stay_end(departure, today))

    cells: dict[tuple[int, date], TypeNight] = {}
    for t in types:
        columns = zip(ooo.per_night(t.id), reserved.per_night(t.id), in_house.per_night(t.id), strict=True)
        for day, (out, booked, staying) in zip(days, columns, strict=True):
            cells[(t.id, day)] = TypeNight(t.rooms, out, booked, staying)
    return Availability(start, days, types, cells)


def lock_room_type(session: Session, type_id: int) -> RoomType:
    """The room type's row, locked until the transaction ends.

    Every decision that takes a room of a type (booking, walk-in, upgrade,
    extension) holds this lock while it counts, so two workstations cannot both
    take the last room. Lock order everywhere: the reservation or stay, then
    rooms by id, then room types.
    """
    room_type = session.scalar(select(RoomType).where(RoomType.id == type_id).with_for_update())
    if room_type is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("desk", "Choose a room type."))
    return room_type


def full_nights(session: Session, type_id: int, arrival: date, departure: date, *,
                excluding: int | None = None, now: datetime | None = None) -> list[date]:
    """The nights of [arrival, departure) on which the type has no room free."""
    grid = availability(session, arrival, (departure - arrival).days, now=now, excluding=excluding)
    return [night for night in grid.nights if grid.free(type_id, night) < 1]
