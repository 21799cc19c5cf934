"""The room plan (tape chart): rooms down, dates across, every in-house stay,
assigned reservation and out-of-order or out-of-service period a bar; the
reservations still without a room, counted per type and night; the weekends
and the hotel's listed holidays.

Read only. Assigning and moving go through ``desk.reservations.rooms`` and
``desk.frontdesk.stays``, which hold the rules; this module only shows.

A bar covers the nights [start, end): a guest arrives on ``start`` and leaves
on the morning of ``end``. A guest past the planned departure and not checked
out holds the room tonight too (as ``check_room_free`` says), so such a bar
ends tomorrow while ``departure`` keeps the planned date. A non-guaranteed
reservation whose hold has passed holds nothing and is not shown.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any, NamedTuple

from sqlalchemy import Date, Integer, String, bindparam, case, func, or_, select, type_coerce
from sqlalchemy.orm import Session

from desk import clock
from desk.i18n import QT_TRANSLATE_NOOP
from desk.models import (
    BlockKind,
    Guarantee,
    Guest,
    HkState,
    Holiday,
    Reservation,
    ReservationState,
    Room,
    RoomBlock,
    RoomType,
    Stay,
    StayState,
)
from desk.models.base import UTCDateTime
from desk.reservations.availability import MAX_NIGHTS, stay_end, still_held
from desk.rooms.lookup import natural_key
from desk.settings import business_date

MIN_DAYS, MAX_DAYS = 1, 62


class Grouping(enum.StrEnum):
    FLOOR = "floor"
    TYPE = "type"


class BarKind(enum.StrEnum):
    STAY = "stay"
    RESERVATION = "reservation"
    BLOCK = "block"


class BarState(enum.StrEnum):
    GUARANTEED = "guaranteed"
    NON_GUARANTEED = "non_guaranteed"
    CHECKED_IN = "checked_in"
    DUE_OUT = "due_out"
    OUT_OF_ORDER = "out_of_order"
    OUT_OF_SERVICE = "out_of_service"


STATE_NAMES = {
    BarState.GUARANTEED: QT_TRANSLATE_NOOP("desk", "guaranteed"),
    BarState.NON_GUARANTEED: QT_TRANSLATE_NOOP("desk", "not guaranteed"),
    BarState.CHECKED_IN: QT_TRANSLATE_NOOP("desk", "checked in"),
    BarState.DUE_OUT: QT_TRANSLATE_NOOP("desk", "due out"),
    BarState.OUT_OF_ORDER: QT_TRANSLATE_NOOP("desk", "out of order"),
    BarState.OUT_OF_SERVICE: QT_TRANSLATE_NOOP("desk", "out of service"),
}


class PlanRoom(NamedTuple):
    room_id: int
    number: str
    floor: int
    type_id: int
    type_code: str
    hk_state: HkState


class PlanType(NamedTuple):
    id: int
    code: str
    name: str


class RoomGroup(NamedTuple):
    """Rooms of one floor (``type_id`` None) or of one type (``floor`` None)."""

    floor: int | None
    type_id: int | None
    rooms: tuple[PlanRoom, ...]


class Bar(NamedTuple):
    """One stay, reservation or block. A named tuple: thousands are built per read."""

    kind: BarKind
    state: BarState
    id: int  # the stay's, reservation's or block's id
    room_id: int | None  # None: a reservation still without a room
    start: date
    end: date  # the room is free again from this morning
    departure: date  # as planned (``end`` differs for a guest past it)
    name: str  # the guest; for a block its reason
    adults: int
    children: int
    rate: Decimal | None
    confirmation: str
    type_id: int  # the booked type (a reservation), the room's type (a stay or block)
    version: int
    reservation_id: int | None  # a stay's reservation
    guarantee: Guarantee | None
    hold_until: datetime | None

    @property
    def key(self) -> tuple[BarKind, int]:
        """Who the bar is, whatever room or dates it has now."""
        return (self.kind, self.id)

    @property
    def nights(self) -> int:
        return (self.departure - self.start).days

    @property
    def movable(self) -> bool:
        return self.kind is not BarKind.BLOCK


@dataclass(frozen=True, slots=True)
class RoomPlan:
    business_date: date
    days: tuple[date, ...]
    types: tuple[PlanType, ...]
    groups: tuple[RoomGroup, ...]
    bars_by_room: Mapping[int, tuple[Bar, ...]] = field(repr=False)  # room id -> its bars by start
    unassigned: Mapping[tuple[int, date], int] = field(repr=False)  # (type id, night) -> reservations
    holidays: Mapping[date, str]
    complete: bool = True  # False: the reservations of some rooms only were read (``room_plan``'s ``rows``)

    @property
    def start(self) -> date:
        return self.days[0]

    @property
    def end(self) -> date:
        return self.days[-1] + timedelta(days=1)

    @property
    def bars(self) -> tuple[Bar, ...]:
        """Every bar, room by room in the plan's order."""
        return tuple(bar for group in self.groups for room in group.rooms for bar in self.bars_by_room[room.room_id])

    @property
    def rooms(self) -> tuple[PlanRoom, ...]:
        return tuple(room for group in self.groups for room in group.rooms)

    @staticmethod
    def is_weekend(day: date) -> bool:
        return day.weekday() >= 5


def _reservation_columns() -> tuple[Any, ...]:
    """What a reservation's bar shows. The guarantee and the hold come as the
    database gives them and are converted here (a few thousand rows: the
    generic per-value conversions would cost more than the query)."""
    hold = case((Reservation.guarantee == Guarantee.NONE,
                 func.coalesce(Reservation.hold_extended_until, Reservation.hold_until)))
    return (Reservation.id, Reservation.arrival, Reservation.departure, Guest.name, Reservation.adults,
            Reservation.children, Reservation.rate, Reservation.confirmation, Reservation.room_type_id,
            Reservation.version, type_coerce(Reservation.guarantee, String), type_coerce(hold, String))


def _statements() -> dict[str, Any]:
    """Built once with bound parameters: building a statement costs more than running it."""
    start, end = bindparam("start", type_=Date), bindparam("end", type_=Date)
    earliest, now = bindparam("earliest", type_=Date), bindparam("now", type_=UTCDateTime())
    held = (
        Reservation.state == ReservationState.CONFIRMED,
        # No stay is longer than MAX_NIGHTS: this bound keeps the index range short.
        Reservation.arrival > earliest, Reservation.arrival < end,
        still_held(now),
    )
    clipped_arrival = case((Reservation.arrival < start, start), else_=Reservation.arrival)
    clipped_departure = case((Reservation.departure > end, end), else_=Reservation.departure)
    return {
        "types": select(RoomType.id, RoomType.code, RoomType.name).order_by(RoomType.sort_order, RoomType.code),
        "rooms": select(Room.id, Room.number, Room.floor, Room.room_type_id, Room.hk_state)
        .where(Room.active.is_(True)),
        # Every guest in house (a few hundred at most): one past its departure is shown too.
        "stays": select(Stay.id, Stay.room_id, Stay.arrival_date, Stay.departure_date, Guest.name, Stay.adults,
                        Stay.children, Stay.rate, Room.room_type_id, Stay.version, Stay.reservation_id,
                        Reservation.confirmation)
        .join(Guest, Guest.id == Stay.guest_id).join(Room, Room.id == Stay.room_id)
        .outerjoin(Reservation, Reservation.id == Stay.reservation_id)
        .where(Stay.state == StayState.IN_HOUSE, Stay.arrival_date < end),
        # Assigned reservations; one leaving on the first morning shows as half a day.
        "reservations": select(*_reservation_columns(), Reservation.room_id)
        .join(Guest, Guest.id == Reservation.guest_id)
        .where(*held, Reservation.departure >= start, Reservation.room_id.is_not(None))
        .order_by(Reservation.arrival),  # the index's order: each room's bars come sorted
        # The same for some rooms only (those on screen, read first).
        "reservations_of_rooms": select(*_reservation_columns(), Reservation.room_id)
        .join(Guest, Guest.id == Reservation.guest_id)
        .where(*held, Reservation.departure >= start, Reservation.room_id.in_(bindparam("rooms", expanding=True)))
        .order_by(Reservation.arrival),
        # Still without a room: counted per (type, clipped dates) by SQL, spread over the nights here.
        "unassigned": select(Reservation.room_type_id, clipped_arrival, clipped_departure, func.count())
        .where(*held, Reservation.departure > start, Reservation.room_id.is_(None))
        .group_by(Reservation.room_type_id, clipped_arrival, clipped_departure),
        "blocks": select(RoomBlock.id, RoomBlock.room_id, RoomBlock.kind, RoomBlock.start_date, RoomBlock.end_date,
                         RoomBlock.returned_on, RoomBlock.reason, Room.room_type_id)
        .join(Room, Room.id == RoomBlock.room_id)
        .where(RoomBlock.start_date < end, RoomBlock.end_date >= start,
               or_(RoomBlock.returned_on.is_(None), RoomBlock.returned_on > start)),
        "holidays": select(Holiday.day, Holiday.name).where(Holiday.day >= start, Holiday.day < end),
        "unassigned_list": select(*_reservation_columns())
        .join(Guest, Guest.id == Reservation.guest_id)
        .where(*held, Reservation.departure > start, Reservation.room_id.is_(None),
               Reservation.room_type_id == bindparam("type_id", type_=Integer)),
    }


_STATEMENTS = _statements()


def _as_date(value: date | str) -> date:
    """CASE expressions lose the column type on SQLite, which then returns text."""
    return value if isinstance(value, date) else date.fromisoformat(value)


_GUARANTEES = {g.value: g for g in Guarantee}


def _utc(value: datetime | str | None) -> datetime | None:
    """A stored timestamp as UTC: SQLite gives naive text, PostgreSQL an aware datetime."""
    if value is None:
        return None
    moment = datetime.fromisoformat(value) if isinstance(value, str) else value
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def _reservation_bar(row: Any) -> Bar:
    """From a row of ``_reservation_columns`` (and the room, if any)."""
    rid, arrival, departure, name, adults, children, rate, confirmation, type_id, version, guarantee, hold, *room = row
    guarantee = _GUARANTEES[guarantee]
    state = BarState.NON_GUARANTEED if guarantee is Guarantee.NONE else BarState.GUARANTEED
    return Bar(BarKind.RESERVATION, state, rid, room[0] if room else None, arrival, departure, departure, name,
               adults, children, rate, confirmation, type_id, version, None, guarantee, _utc(hold))


def _bar_order(bar: Bar) -> tuple[date, bool]:
    """By start; a block first on its day (a guest's bar is drawn over it)."""
    return bar.start, bar.kind is not BarKind.BLOCK


def room_plan(session: Session, start: date | None = None, days: int = 31, *, grouping: Grouping = Grouping.FLOOR,
              rows: range | None = None, now: datetime | None = None) -> RoomPlan:
    """The plan for ``days`` days from ``start`` (the business date if None), in seven queries.

    ``days`` is kept within 1 to 62. With ``rows`` (positions in the plan's
    order) the reservations of those rooms only are read: what a screen shows
    first; the plan then says it is not ``complete``.
    """
    today = business_date(session)
    start = start or today
    days = max(MIN_DAYS, min(MAX_DAYS, days))
    end = start + timedelta(days=days)
    params = {"start": start, "end": end, "earliest": start - timedelta(days=MAX_NIGHTS), "now": now or clock.now()}
    # Plain Core selects on the connection: the ORM's per-row work is not needed.
    connection = session.connection()
    types = tuple(PlanType(*row) for row in connection.execute(_STATEMENTS["types"]).all())
    codes = {t.id: t.code for t in types}
    rooms = [PlanRoom(rid, number, floor, type_id, codes[type_id], hk)
             for rid, number, floor, type_id, hk in connection.execute(_STATEMENTS["rooms"]).all()]
    groups = _group(rooms, types, grouping)
    ordered = [room.room_id for group in groups for room in group.rooms]
    some = ordered[rows.start:rows.stop] if rows is not None and (rows.start > 0 or rows.stop < len(ordered)) \
        else None

    per_room: dict[int, list[Bar]] = {room.room_id: [] for room in rooms}  # active rooms only
    unsorted: set[int] = set()  # rooms with more than one stay, or a block: their bars get sorted
    for (sid, room_id, arrival, departure, name, adults, children, rate, type_id, version, reservation_id,
         confirmation) in connection.execute(_STATEMENTS["stays"], params).all():
        leaves = stay_end(departure, today)
        if leaves >= start and room_id in per_room:
            if per_room[room_id]:
                unsorted.add(room_id)
            per_room[room_id].append(Bar(
                BarKind.STAY, BarState.DUE_OUT if departure <= today else BarState.CHECKED_IN, sid, room_id, arrival,
                leaves, departure, name, adults, children, rate, confirmation or "", type_id, version, reservation_id,
                None, None))
    # The bulk of the rows: fetched at once, built inline (a call per row would show).
    for (rid, arrival, departure, name, adults, children, rate, confirmation, type_id, version, guarantee, hold,
         room_id) in (connection.execute(_STATEMENTS["reservations"], params) if some is None else
                      connection.execute(_STATEMENTS["reservations_of_rooms"], {**params, "rooms": some})).all():
        target = per_room.get(room_id)
        if target is not None:
            held = _GUARANTEES[guarantee]
            target.append(Bar(BarKind.RESERVATION,
                              BarState.NON_GUARANTEED if held is Guarantee.NONE else BarState.GUARANTEED, rid,
                              room_id, arrival, departure, departure, name, adults, children, rate, confirmation,
                              type_id, version, None, held, None if hold is None else _utc(hold)))
    for bid, room_id, kind, first, stop, returned_on, reason, type_id in connection.execute(_STATEMENTS["blocks"],
                                                                                             params).all():
        stop = min(stop, returned_on) if returned_on else stop
        if stop <= first or room_id not in per_room:
            continue  # a planned period called off before it began
        state = BarState.OUT_OF_ORDER if kind is BlockKind.OUT_OF_ORDER else BarState.OUT_OF_SERVICE
        unsorted.add(room_id)
        per_room[room_id].append(Bar(BarKind.BLOCK, state, bid, room_id, first, stop, stop, reason, 0, 0, None, "",
                                     type_id, 0, None, None, None))
    # Stays began before any reservation of their room; reservations came by arrival.
    bars_by_room = {room_id: tuple(sorted(found, key=_bar_order)) if room_id in unsorted else tuple(found)
                    for room_id, found in per_room.items()}

    counts: dict[tuple[int, date], int] = {}
    for type_id, first, stop, number in connection.execute(_STATEMENTS["unassigned"], params).all():
        night, stop = _as_date(first), _as_date(stop)
        while night < stop:
            counts[(type_id, night)] = counts.get((type_id, night), 0) + number
            night += timedelta(days=1)
    holidays = {day: name for day, name in connection.execute(_STATEMENTS["holidays"], params)}
    return RoomPlan(today, tuple(start + timedelta(days=i) for i in range(days)), types, groups, bars_by_room, counts,
                    holidays, complete=some is None)


def _group(rooms: list[PlanRoom], types: tuple[PlanType, ...], grouping: Grouping) -> tuple[RoomGroup, ...]:
    """Rooms by floor, or by type in the hotel's order; room 101 before 1001 within each."""
    # The common all-digit number without natural_key's work; the same order.
    rooms.sort(key=lambda r: (int(r.number), r.number) if r.number.isdigit() else natural_key(r.number))
    if grouping is Grouping.FLOOR:
        floors: dict[int, list[PlanRoom]] = {}
        for room in rooms:
            floors.setdefault(room.floor, []).append(room)
        return tuple(RoomGroup(floor, None, tuple(floors[floor])) for floor in sorted(floors))
    by_type: dict[int, list[PlanRoom]] = {t.id: [] for t in types}
    for room in rooms:
        by_type[room.type_id].append(room)
    return tuple(RoomGroup(None, t.id, tuple(by_type[t.id])) for t in types if by_type[t.id])


def unassigned_reservations(session: Session, type_id: int, night: date, *,
                            now: datetime | None = None) -> list[Bar]:
    """The reservations of the type still without a room on ``night``: those
    arriving that night first, then by arrival, longest stay first."""
    params = {"start": night, "end": night + timedelta(days=1), "earliest": night - timedelta(days=MAX_NIGHTS),
              "now": now or clock.now(), "type_id": type_id}
    bars = [_reservation_bar(row)
            for row in session.connection().execute(_STATEMENTS["unassigned_list"], params)]
    return sorted(bars, key=lambda b: (b.start != night, b.start, -b.nights, b.name, b.id))
