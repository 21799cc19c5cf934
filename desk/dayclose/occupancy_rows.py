"""The rooms, arrivals, departures and in-house guests of one business date, as
immutable rows for the occupancy workbook.

The open day is shown as it stands. A past date is rebuilt from what Desk
keeps, as at the end of that business day:

- who was in which room: the stays checked in by then and not yet checked out
  when the day was closed (``DailyStats.closed_at``; for a day never closed, the
  hotel's midnight after it), in the room they had after the room moves made by
  that moment;
- housekeeping: the last housekeeping status event of that business date or
  before (the close's own "dirty for service" marking included); a room with
  no event by then shows the state its first later event started from;
- out of order / out of service: the block periods covering the date;
- rate: the stay's agreed nightly rate (what the close posts); balances and
  deposits from the folio lines of that date or before.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from sqlalchemy import ColumnElement, func, or_, select
from sqlalchemy.orm import Session

from desk import clock, hoteltime
from desk.frontdesk import folio
from desk.models import (
    BlockKind,
    DailyStats,
    FolioLine,
    Guarantee,
    Guest,
    HkState,
    LineKind,
    Method,
    Reservation,
    ReservationState,
    Room,
    RoomBlock,
    RoomMove,
    RoomStatusEvent,
    RoomType,
    StatusEventKind,
    Stay,
    StayKind,
    StayState,
)
from desk.reservations.availability import hold_passed
from desk.reservations.queries import Status
from desk.rooms.codes import StatusCode, status_code
from desk.rooms.lookup import natural_key
from desk.settings import settings_row


@dataclass(frozen=True, slots=True)
class Moment:
    """The point in time a date's rooms are shown at."""

    day: date
    at: datetime
    is_open: bool  # the hotel's current business date: live state
    closed_at: datetime | None


def moment_of(session: Session, day: date) -> Moment:
    settings = settings_row(session)
    closed_at = session.scalar(select(DailyStats.closed_at).where(DailyStats.business_date == day))
    if closed_at is not None:
        return Moment(day, closed_at, False, closed_at)
    if day >= settings.business_date:
        return Moment(day, clock.now(), True, None)
    return Moment(day, hoteltime.at(day + timedelta(days=1), time(0), settings.timezone), False, None)


@dataclass(frozen=True, slots=True)
class StayLine:
    """A stay in house at the moment: the in-house sheet's row."""

    stay_id: int
    room_id: int
    room_number: str
    type_code: str
    guest_name: str
    persons: int
    arrival: date
    departure: date
    kind: StayKind
    rate: Decimal
    balance: Decimal
    deposit_held: Decimal

    @property
    def nights(self) -> int:
        return (self.departure - self.arrival).days


@dataclass(frozen=True, slots=True)
class RoomLine:
    number: str
    floor: int
    type_code: str
    type_name: str
    occupied: bool
    hk_state: HkState
    code: StatusCode
    block_kind: BlockKind | None
    block_reason: str
    stay: StayLine | None


def _in_house_at(moment: Moment) -> ColumnElement[bool]:
    if moment.is_open:
        return Stay.state == StayState.IN_HOUSE
    return (Stay.arrival_date <= moment.day) & (Stay.checked_in_at <= moment.at) & or_(
        Stay.checked_out_at.is_(None), Stay.checked_out_at > moment.at)


def in_house(session: Session, moment: Moment) -> list[StayLine]:
    """Every stay in house at the moment (paid, complimentary, house use, and
    guests due out but not yet checked out), by room."""
    stays = session.execute(
        select(Stay.id, Stay.room_id, Guest.name, Stay.adults + Stay.children, Stay.arrival_date,
               Stay.departure_date, Stay.kind, Stay.rate)
        .join(Guest, Guest.id == Stay.guest_id).where(_in_house_at(moment))
    ).all()
    ids = [row[0] for row in stays]
    room_of = _rooms_at(session, ids, moment)
    rooms = {room_id: (number, code) for room_id, number, code in session.execute(
        select(Room.id, Room.number, RoomType.code).join(RoomType, RoomType.id == Room.room_type_id))}
    lines: dict[int, list[tuple[LineKind, Method | None, Decimal, int | None]]] = {}
    if ids:
        for stay_id, line_kind, method, amount, deposit_id in session.execute(
            select(FolioLine.stay_id, FolioLine.kind, FolioLine.method, FolioLine.amount, FolioLine.deposit_id)
            .join(Stay, Stay.id == FolioLine.stay_id)
            .where(_in_house_at(moment), FolioLine.business_date <= moment.day)
        ):
            lines.setdefault(stay_id, []).append((line_kind, method, amount, deposit_id))
    result = []
    for stay_id, room_id, name, persons, arrival, departure, kind, rate in stays:
        room_id = room_of.get(stay_id, room_id)
        number, code = rooms[room_id]
        totals = folio.totals(lines.get(stay_id, []))
        result.append(StayLine(stay_id, room_id, number, code, name, int(persons), arrival, departure, kind, rate,
                               totals.balance, totals.deposit_held))
    return sorted(result, key=lambda line: natural_key(line.room_number))


def _rooms_at(session: Session, stay_ids: Sequence[int], moment: Moment) -> dict[int, int]:
    """The room each moved stay had at the moment (stays never moved are not listed)."""
    found: dict[int, int] = {}
    if moment.is_open or not stay_ids:
        return found
    later: dict[int, int] = {}
    for stay_id, from_id, to_id, at in session.execute(
        select(RoomMove.stay_id, RoomMove.from_room_id, RoomMove.to_room_id, RoomMove.at)
        .where(RoomMove.stay_id.in_(stay_ids)).order_by(RoomMove.at, RoomMove.id)
    ):
        if at <= moment.at:
            found[stay_id] = to_id
        else:
            later.setdefault(stay_id, from_id)
    return {**later, **found}


def _hk_states(session: Session, moment: Moment) -> dict[int, HkState]:
    """Housekeeping state per room at the end of the business date (see the module docstring)."""
    states = {room_id: state for room_id, state in session.execute(select(Room.id, Room.hk_state))}
    if moment.is_open:
        return states
    for before in (False, True):  # first events after the date, then overwritten by the last ones by then
        order = (RoomStatusEvent.at.desc(), RoomStatusEvent.id.desc()) if before else \
            (RoomStatusEvent.at, RoomStatusEvent.id)
        ranked = select(
            RoomStatusEvent.room_id, RoomStatusEvent.from_state, RoomStatusEvent.to_state,
            func.row_number().over(partition_by=RoomStatusEvent.room_id, order_by=order).label("rank"),
        ).where(RoomStatusEvent.kind == StatusEventKind.HOUSEKEEPING,
                RoomStatusEvent.business_date <= moment.day if before
                else RoomStatusEvent.business_date > moment.day).subquery()
        for room_id, from_state, to_state in session.execute(
            select(ranked.c.room_id, ranked.c.from_state, ranked.c.to_state).where(ranked.c.rank == 1)
        ):
            states[room_id] = HkState(to_state if before else from_state)
    return states


def rooms(session: Session, moment: Moment, stays: Sequence[StayLine]) -> list[RoomLine]:
    """Every active room with its two status axes, block and guest at the moment."""
    day = moment.day
    blocks: dict[int, tuple[BlockKind, str]] = {}
    for room_id, kind, reason in session.execute(
        select(RoomBlock.room_id, RoomBlock.kind, RoomBlock.reason)
        .where(RoomBlock.start_date <= day, RoomBlock.end_date > day,
               or_(RoomBlock.returned_on.is_(None), RoomBlock.returned_on > day))
        .order_by(RoomBlock.id)
    ):
        if room_id not in blocks or kind is BlockKind.OUT_OF_ORDER:
            blocks[room_id] = (kind, reason)
    hk = _hk_states(session, moment)
    by_room = {line.room_id: line for line in stays}
    result = []
    for room_id, number, floor, code, name in session.execute(
        select(Room.id, Room.number, Room.floor, RoomType.code, RoomType.name)
        .join(RoomType, RoomType.id == Room.room_type_id).where(Room.active.is_(True))
    ):
        stay = by_room.get(room_id)
        block = blocks.get(room_id)
        state = hk[room_id]
        result.append(RoomLine(number, floor, code, name, stay is not None, state,
                               status_code(stay is not None, state, block[0] if block else None),
                               block[0] if block else None, block[1] if block else "", stay))
    return sorted(result, key=lambda line: (line.floor, natural_key(line.number)))


@dataclass(frozen=True, slots=True)
class ArrivalLine:
    confirmation: str  # "" for a walk-in
    guest_name: str
    type_code: str
    room_number: str
    arrival: date
    departure: date
    persons: int
    rate: Decimal
    guarantee: Guarantee | None  # None for a walk-in
    status: Status
    checked_in_at: datetime | None

    @property
    def nights(self) -> int:
        return (self.departure - self.arrival).days


def arrivals(session: Session, moment: Moment) -> list[ArrivalLine]:
    """The reservations due on the date (cancelled ones left out) and the walk-ins."""
    now = clock.now()
    day = moment.day
    result = []
    for r, guest_name, type_code, number, checked_in_at in session.execute(
        select(Reservation, Guest.name, RoomType.code, Room.number, Stay.checked_in_at)
        .join(Guest, Guest.id == Reservation.guest_id).join(RoomType, RoomType.id == Reservation.room_type_id)
        .outerjoin(Stay, Stay.reservation_id == Reservation.id)
        .outerjoin(Room, Room.id == func.coalesce(Stay.room_id, Reservation.room_id))
        .where(Reservation.arrival == day, Reservation.state != ReservationState.CANCELLED)
    ):
        released = r.state is ReservationState.CONFIRMED and hold_passed(r.guarantee, r.hold_until,
                                                                         r.hold_extended_until, now)
        result.append(ArrivalLine(r.confirmation, guest_name, type_code, number or "", r.arrival, r.departure,
                                  r.adults + r.children, r.rate, r.guarantee,
                                  Status.RELEASED if released else Status(r.state.value), checked_in_at))
    for stay, guest_name, type_code, number in session.execute(
        select(Stay, Guest.name, RoomType.code, Room.number).join(Guest, Guest.id == Stay.guest_id)
        .join(Room, Room.id == Stay.room_id).join(RoomType, RoomType.id == Room.room_type_id)
        .where(Stay.arrival_date == day, Stay.reservation_id.is_(None))
    ):
        result.append(ArrivalLine("", guest_name, type_code, number, stay.arrival_date, stay.departure_date,
                                  stay.adults + stay.children, stay.rate, None, Status(stay.state.value),
                                  stay.checked_in_at))
    return sorted(result, key=lambda a: (a.checked_in_at is None, natural_key(a.room_number), a.guest_name))


@dataclass(frozen=True, slots=True)
class DepartureLine:
    room_number: str
    type_code: str
    guest_name: str
    arrival: date
    departure: date
    checked_out_at: datetime | None  # None: not checked out

    @property
    def nights(self) -> int:
        return (self.departure - self.arrival).days


def departures(session: Session, moment: Moment) -> list[DepartureLine]:
    """Stays due out on the date (left or not), and earlier ones still in the room at the moment."""
    day = moment.day
    due = or_(Stay.departure_date == day, (Stay.departure_date < day) & _in_house_at(moment))
    result = []
    for number, code, name, arrival, departure, checked_out_at in session.execute(
        select(Room.number, RoomType.code, Guest.name, Stay.arrival_date, Stay.departure_date, Stay.checked_out_at)
        .join(Room, Room.id == Stay.room_id).join(RoomType, RoomType.id == Room.room_type_id)
        .join(Guest, Guest.id == Stay.guest_id).where(due, Stay.kind != StayKind.DAY_USE)
    ):
        gone = checked_out_at is not None and (moment.is_open or checked_out_at <= moment.at)
        result.append(DepartureLine(number, code, name, arrival, departure, checked_out_at if gone else None))
    return sorted(result, key=lambda d: (d.checked_out_at is not None, natural_key(d.room_number)))
