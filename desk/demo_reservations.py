"""The demo hotel's reservations: today's arrivals, the coming weeks, and a
past with cancellations and no-shows.

Everything from the business date on is booked through the same services the
window uses (so availability is respected); the past is written as history.
"""

from __future__ import annotations

import dataclasses
import random
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk import clock
from desk.actor import Actor
from desk.errors import DeskError
from desk.models import (
    BookingSource,
    Guarantee,
    Guest,
    Reservation,
    ReservationState,
    Room,
    RoomType,
    Stay,
)
from desk.reservations import booking, rooms

FIRST_NAMES = ("Wei", "Fang", "Lei", "Jing", "Yang", "Min", "Tao", "Hui", "Jun", "Xin", "Li", "Na", "Qiang", "Yan")
FAMILY_NAMES = ("Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma", "Hu")
FOREIGN = ("Hannah Schmidt", "Liam O'Brien", "Yuki Tanaka", "Chloé Dubois", "Mateo López", "Aisha Khan",
           "Noah Williams", "Elena Popescu")
CANCEL_REASONS = ("Guest changed travel plans", "Flight cancelled", "Booked another hotel closer to the venue",
                  "Meeting postponed", "Duplicate booking")
SOURCES = (BookingSource.PHONE, BookingSource.PHONE, BookingSource.WEBSITE, BookingSource.OTA, BookingSource.EMAIL,
           BookingSource.TRAVEL_AGENT, BookingSource.COMPANY)


def _name(rng: random.Random) -> str:
    if rng.random() < 0.15:
        return rng.choice(FOREIGN)
    return f"{rng.choice(FAMILY_NAMES)} {rng.choice(FIRST_NAMES)}"


def _phone(rng: random.Random) -> str:
    return f"13{rng.randint(0, 9)}{rng.randint(10000000, 99999999)}"


def _details(rng: random.Random, type_id: int, capacity: int, arrival: date, nights: int,
             guest: tuple[str, str] | None = None) -> booking.BookingDetails:
    name, phone = guest or (_name(rng), _phone(rng))
    guaranteed = rng.random() < 0.6
    for_someone_else = rng.random() < 0.2
    return booking.BookingDetails(
        guest_name=name, phone=phone, adults=min(capacity, rng.choice((1, 2, 2))), children=0,
        room_type_id=type_id, arrival=arrival, departure=arrival + timedelta(days=nights),
        guarantee=rng.choice((Guarantee.DEPOSIT, Guarantee.CARD, Guarantee.CARD)) if guaranteed else Guarantee.NONE,
        booker_name=f"{rng.choice(FAMILY_NAMES)} {rng.choice(FIRST_NAMES)}" if for_someone_else else "",
        booker_phone=_phone(rng) if for_someone_else else "", source=rng.choice(SOURCES),
        notes=rng.choice(("", "", "", "Late arrival, around 22:00", "Quiet room please", "Airport pick-up")),
    )


def build_reservations(session: Session, rng: random.Random, today: date, clerk: Actor,
                       arrival_rooms: list[Room]) -> None:
    types = {t.id: t for t in session.scalars(select(RoomType))}
    # In-house guests came from reservations.
    for stay in session.scalars(select(Stay)):
        room = session.get_one(Room, stay.room_id)
        reservation = Reservation(
            confirmation=f"H{stay.id:05d}", guest_id=stay.guest_id, room_type_id=room.room_type_id, room_id=room.id,
            arrival=stay.arrival_date, departure=stay.departure_date, adults=stay.adults, children=0,
            state=ReservationState.IN_HOUSE, created_at=stay.checked_in_at - timedelta(days=rng.randint(1, 30)),
            rate=types[room.room_type_id].default_rate, guarantee=Guarantee.CARD, created_by=clerk.user_id,
        )
        session.add(reservation)
        session.flush()
        stay.reservation_id = reservation.id

    # Today's arrivals: four guaranteed with their (ready) rooms assigned, two still
    # to assign (non-guaranteed ones are released at the hold time, as in life).
    for i, room in enumerate(arrival_rooms):
        details = _details(rng, room.room_type_id, types[room.room_type_id].capacity, today, rng.randint(1, 3))
        if i < 4:
            details = dataclasses.replace(details, guarantee=Guarantee.CARD)
        row = booking.create_reservation(session, clerk, details=details)
        if i < 4:
            rooms.assign_room(session, clerk, reservation_id=row.id, room_id=room.id)

    # The coming three weeks, busier at the weekend.
    for offset in range(1, 22):
        day = today + timedelta(days=offset)
        wanted = 6 if day.weekday() in (4, 5) else 3
        for _ in range(wanted):
            room_type = rng.choice(list(types.values()))
            try:
                booking.create_reservation(session, clerk, details=_details(
                    rng, room_type.id, room_type.capacity, day, rng.choice((1, 1, 2, 2, 3, 5))))
            except DeskError:
                continue  # that type is full that night: the demo does not overbook

    # A returning guest with a record: two cancellations and a no-show.
    regular = ("Guo Peng", "13911112222")
    for offset, reason in ((9, "Meeting postponed"), (12, "Flight cancelled")):
        row = booking.create_reservation(session, clerk, details=_details(
            rng, next(iter(types)), 2, today + timedelta(days=offset), 2, guest=regular))
        booking.cancel_reservation(session, clerk, reservation_id=row.id, reason=reason)
    for offset in range(2, 5):
        row = booking.create_reservation(session, clerk, details=_details(
            rng, rng.choice(list(types)), 2, today + timedelta(days=offset), 2))
        booking.cancel_reservation(session, clerk, reservation_id=row.id, reason=rng.choice(CANCEL_REASONS))

    _history(session, rng, today, clerk, list(types.values()), regular)


def _history(session: Session, rng: random.Random, today: date, clerk: Actor, types: list[RoomType],
             regular: tuple[str, str]) -> None:
    """Past reservations that ended as no-shows or were cancelled."""
    regular_guest = session.scalar(select(Guest).where(Guest.phone == "+86" + regular[1]))
    for days_ago, state, guarantee in ((3, ReservationState.NO_SHOW, Guarantee.NONE),
                                       (6, ReservationState.NO_SHOW, Guarantee.CARD),
                                       (10, ReservationState.NO_SHOW, Guarantee.NONE),
                                       (4, ReservationState.CANCELLED, Guarantee.NONE),
                                       (8, ReservationState.CANCELLED, Guarantee.DEPOSIT),
                                       (20, ReservationState.NO_SHOW, Guarantee.NONE)):
        arrival = today - timedelta(days=days_ago)
        if days_ago == 20 and regular_guest is not None:
            guest = regular_guest
        else:
            guest = Guest(name=_name(rng), phone="+86" + _phone(rng), created_at=_at(arrival, -5))
            session.add(guest)
            session.flush()
        room_type = rng.choice(types)
        session.add(Reservation(
            confirmation=f"P{days_ago:02d}{state.value[:2].upper()}{rng.randint(10, 99)}", guest_id=guest.id,
            room_type_id=room_type.id, arrival=arrival, departure=arrival + timedelta(days=2), adults=1,
            state=state, created_at=_at(arrival, -10), rate=room_type.default_rate, guarantee=guarantee,
            created_by=clerk.user_id,
            cancel_reason=rng.choice(CANCEL_REASONS) if state is ReservationState.CANCELLED else "",
            cancelled_by=clerk.user_id if state is ReservationState.CANCELLED else None,
            cancelled_at=_at(arrival, -2) if state is ReservationState.CANCELLED else None,
            no_show_at=_at(arrival, 0) if state is ReservationState.NO_SHOW else None,
        ))
    session.flush()


def _at(day: date, days: int) -> datetime:
    return clock.now().replace(year=day.year, month=day.month, day=day.day) + timedelta(days=days)
