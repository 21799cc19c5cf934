"""What the Reservations tab and the lists show: immutable rows."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session, aliased

from desk import clock, validate
from desk.errors import NotFoundError, ValidationError
from desk.i18n import QT_TRANSLATE_NOOP
from desk.models import (
    BookingSource,
    Guarantee,
    Guest,
    Reservation,
    ReservationState,
    Room,
    RoomType,
    Stay,
    StayState,
)
from desk.reservations.availability import hold_passed
from desk.rooms.lookup import natural_key
from desk.validate import display_phone


class Status(enum.StrEnum):
    """A reservation as the desk sees it now (RELEASED is computed: the hold passed)."""

    CONFIRMED = "confirmed"
    RELEASED = "released"
    IN_HOUSE = "in_house"
    CHECKED_OUT = "checked_out"
    CANCELLED = "cancelled"
    NO_SHOW = "no_show"


STATUS_NAMES = {
    Status.CONFIRMED: QT_TRANSLATE_NOOP("desk", "confirmed"),
    Status.RELEASED: QT_TRANSLATE_NOOP("desk", "released (hold passed)"),
    Status.IN_HOUSE: QT_TRANSLATE_NOOP("desk", "in house"),
    Status.CHECKED_OUT: QT_TRANSLATE_NOOP("desk", "checked out"),
    Status.CANCELLED: QT_TRANSLATE_NOOP("desk", "cancelled"),
    Status.NO_SHOW: QT_TRANSLATE_NOOP("desk", "no-show"),
}

GUARANTEE_NAMES = {
    Guarantee.NONE: QT_TRANSLATE_NOOP("desk", "not guaranteed"),
    Guarantee.DEPOSIT: QT_TRANSLATE_NOOP("desk", "deposit"),
    Guarantee.CARD: QT_TRANSLATE_NOOP("desk", "credit card"),
    Guarantee.COMPANY: QT_TRANSLATE_NOOP("desk", "company"),
}

SOURCE_NAMES = {
    BookingSource.PHONE: QT_TRANSLATE_NOOP("desk", "phone"),
    BookingSource.WALK_IN: QT_TRANSLATE_NOOP("desk", "walk-in"),
    BookingSource.EMAIL: QT_TRANSLATE_NOOP("desk", "e-mail"),
    BookingSource.WEBSITE: QT_TRANSLATE_NOOP("desk", "hotel website"),
    BookingSource.TRAVEL_AGENT: QT_TRANSLATE_NOOP("desk", "travel agent"),
    BookingSource.OTA: QT_TRANSLATE_NOOP("desk", "online travel agency"),
    BookingSource.COMPANY: QT_TRANSLATE_NOOP("desk", "company"),
}


@dataclass(frozen=True, slots=True)
class ReservationRow:
    id: int
    confirmation: str
    guest_id: int
    guest_name: str
    phone: str
    booker_name: str
    booker_phone: str
    adults: int
    children: int
    room_type_id: int
    type_code: str
    room_id: int | None
    room_number: str
    arrival: date
    departure: date
    rate: Decimal
    guarantee: Guarantee
    hold_until: datetime | None
    hold_extended: bool
    status: Status
    source: BookingSource
    notes: str
    cancel_reason: str
    overbooking_reason: str
    version: int

    @property
    def nights(self) -> int:
        return (self.departure - self.arrival).days


def _status(state: ReservationState, guarantee: Guarantee, hold: datetime | None, extended: datetime | None,
            now: datetime) -> Status:
    if state is ReservationState.CONFIRMED and hold_passed(guarantee, hold, extended, now):
        return Status.RELEASED
    return Status(state.value)


_Assigned = aliased(Room)
_Query = Select[Reservation, str, str, str, str]


def _base() -> _Query:
    return (
        select(Reservation, Guest.name, Guest.phone, RoomType.code, _Assigned.number)
        .join(Guest, Guest.id == Reservation.guest_id)
        .join(RoomType, RoomType.id == Reservation.room_type_id)
        .outerjoin(_Assigned, _Assigned.id == Reservation.room_id)
    )


def _rows(session: Session, query: _Query, now: datetime | None = None) -> list[ReservationRow]:
    now = now or clock.now()
    rows = []
    for r, name, phone, code, number in session.execute(query):
        rows.append(ReservationRow(
            id=r.id, confirmation=r.confirmation, guest_id=r.guest_id, guest_name=name, phone=display_phone(phone),
            booker_name=r.booker_name, booker_phone=display_phone(r.booker_phone), adults=r.adults,
            children=r.children, room_type_id=r.room_type_id, type_code=code, room_id=r.room_id,
            room_number=number or "", arrival=r.arrival, departure=r.departure, rate=r.rate, guarantee=r.guarantee,
            hold_until=r.effective_hold, hold_extended=r.hold_extended_until is not None,
            status=_status(r.state, r.guarantee, r.hold_until, r.hold_extended_until, now), source=r.source,
            notes=r.notes, cancel_reason=r.cancel_reason, overbooking_reason=r.overbooking_reason, version=r.version,
        ))
    return rows


def reservation_row(session: Session, reservation_id: int, now: datetime | None = None) -> ReservationRow:
    rows = _rows(session, _base().where(Reservation.id == reservation_id), now)
    if not rows:
        raise NotFoundError(QT_TRANSLATE_NOOP("desk", "That reservation no longer exists."))
    return rows[0]


def arrivals(session: Session, day: date, now: datetime | None = None) -> list[ReservationRow]:
    """Reservations arriving on ``day`` that are still to come (or were released)."""
    query = _base().where(Reservation.arrival == day, Reservation.state == ReservationState.CONFIRMED)
    return sorted(_rows(session, query.order_by(Guest.name), now), key=lambda r: (r.status is Status.RELEASED,
                                                                                   r.guest_name))


@dataclass(frozen=True, slots=True)
class DepartureRow:
    stay_id: int
    room_id: int
    room_number: str
    guest_name: str
    arrival: date
    departure: date


def departures(session: Session, day: date) -> list[DepartureRow]:
    """In-house stays due out on ``day`` (or overdue)."""
    rows = session.execute(
        select(Stay.id, Stay.room_id, Room.number, Guest.name, Stay.arrival_date, Stay.departure_date)
        .join(Room, Room.id == Stay.room_id).join(Guest, Guest.id == Stay.guest_id)
        .where(Stay.state == StayState.IN_HOUSE, Stay.departure_date <= day)
    ).all()
    return sorted((DepartureRow(*row) for row in rows), key=lambda d: natural_key(d.room_number))


def search(session: Session, text: str = "", *, on: date | None = None, limit: int = 200,
           now: datetime | None = None) -> list[ReservationRow]:
    """By guest or booker name, phone, or confirmation number; and/or the
    reservations in house on a date. Newest arrivals first."""
    query = _base()
    text = text.strip()
    if text:
        like = f"%{text.lower()}%"
        digits = "".join(ch for ch in text if ch.isdigit())
        conditions = [func.lower(Guest.name).like(like), func.lower(Reservation.booker_name).like(like),
                      func.upper(Reservation.confirmation) == text.upper()]
        if len(digits) >= 4:
            conditions += [Guest.phone.like(f"%{digits}%"), Reservation.booker_phone.like(f"%{digits}%")]
        query = query.where(or_(*conditions))
    if on is not None:
        query = query.where(Reservation.arrival <= on, Reservation.departure > on)
    return _rows(session, query.order_by(Reservation.arrival.desc(), Reservation.id.desc()).limit(limit), now)


@dataclass(frozen=True, slots=True)
class GuestRecord:
    """What the desk should know about a guest before booking them again."""

    guest_id: int
    name: str
    phone: str
    reservations: int
    stays: int
    cancellations: int
    no_shows: int


def guest_record(session: Session, guest_id: int) -> GuestRecord:
    guest = session.get(Guest, guest_id)
    if guest is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("desk", "That guest no longer exists."))
    states = dict(session.execute(
        select(Reservation.state, func.count()).where(Reservation.guest_id == guest_id).group_by(Reservation.state)
    ).all())
    stays = session.scalar(select(func.count()).select_from(Stay).where(Stay.guest_id == guest_id)) or 0
    return GuestRecord(guest.id, guest.name, display_phone(guest.phone), sum(states.values()), stays,
                       states.get(ReservationState.CANCELLED, 0), states.get(ReservationState.NO_SHOW, 0))


def find_guests(session: Session, phone: str, limit: int = 5) -> list[GuestRecord]:
    """Guests already known under exactly this phone number (to prefill a booking)."""
    try:
        number = validate.phone(phone, "phone")
    except ValidationError:
        return []
    ids = session.scalars(select(Guest.id).where(Guest.phone == number).limit(limit)).all()
    return [guest_record(session, guest_id) for guest_id in ids]


@dataclass(frozen=True, slots=True)
class ReservationsPage:
    """Everything the Reservations tab shows, read in one transaction."""

    business_date: date
    arrivals_today: list[ReservationRow]
    arrivals_tomorrow: list[ReservationRow]
    departures_today: list[DepartureRow]
    found: list[ReservationRow]


def reservations_page(session: Session, *, search_text: str = "", search_date: date | None = None,
                      now: datetime | None = None) -> ReservationsPage:
    from desk.settings import business_date

    today = business_date(session)
    now = now or clock.now()
    found = search(session, search_text, on=search_date, now=now) if (search_text.strip() or search_date) else []
    return ReservationsPage(today, arrivals(session, today, now), arrivals(session, today + timedelta(days=1), now),
                            departures(session, today), found)
