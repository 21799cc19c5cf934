"""A small hotel built from nothing, bookings with sensible defaults, and the
rows a refused action must not add: shared by the reservation tests. No Qt here."""

from __future__ import annotations

import shutil
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk import auth, clock
from desk.actor import Actor
from desk.db import Database, sqlite_path
from desk.hotel import RoomSpec, RoomTypeSpec, create_hotel
from desk.models import AuditEntry, Guarantee, Guest, HkState, Reservation, Role, Room, RoomType, Stay, StayState
from desk.reservations import booking
from desk.reservations.availability import availability
from desk.reservations.queries import ReservationRow
from desk.shifts import shifts
from tests.helpers.fixtures import DEMO_DATE, DEMO_MORNING

TODAY = DEMO_DATE
MORNING = DEMO_MORNING  # a morning in Shanghai on TODAY, before the 18:00 hold time
ZONE = ZoneInfo("Asia/Shanghai")
PASSWORD = "desk123"

TYPE_SPECS = {
    "SK": RoomTypeSpec("SK", "Standard King", Decimal("388.00"), 2),
    "DK": RoomTypeSpec("DK", "Deluxe King", Decimal("528.00"), 2),
    "FS": RoomTypeSpec("FS", "Family Suite", Decimal("768.00"), 4),
}


def day(offset: int) -> date:
    """TODAY plus ``offset`` days."""
    return TODAY + timedelta(days=offset)


def local(hour: int, minute: int = 0, on: date = TODAY) -> datetime:
    """A wall-clock time in the hotel (Shanghai), as an aware datetime."""
    return datetime(on.year, on.month, on.day, hour, minute, tzinfo=ZONE)


@dataclass(frozen=True)
class SmallHotel:
    manager: Actor
    clerk: Actor
    clerk2: Actor
    types: dict[str, int]  # code -> room type id
    rooms: dict[str, int]  # number -> room id


def build_small_hotel(session: Session, rooms: dict[str, int] | list[tuple[str, int, str]],
                      business_date: date = TODAY) -> SmallHotel:
    """A hotel with the given rooms: {type code: count} (type SK on floor 1 as
    101, 102..., DK on floor 2, FS on floor 3) or explicit (number, floor, code)."""
    if isinstance(rooms, dict):
        specs = [RoomSpec(f"{floor}{n:02d}", floor, code)
                 for floor, code in enumerate(TYPE_SPECS, start=1) for n in range(1, rooms.get(code, 0) + 1)]
    else:
        specs = [RoomSpec(number, floor, code) for number, floor, code in rooms]
    create_hotel(session, None, name="Small Hotel", business_date=business_date, timezone="Asia/Shanghai",
                 room_types=TYPE_SPECS.values(), rooms=specs)
    manager = auth.create_first_manager(session, username="manager", full_name="Li Na", password=PASSWORD)
    clerks = []
    for username, name in (("clerk", "Wang Fang"), ("clerk2", "Zhang Wei")):
        row = auth.create_user(session, manager, username=username, full_name=name, role=Role.CLERK,
                               password=PASSWORD)
        clerks.append(Actor(row.id, row.username, row.full_name, row.role, "test-ws"))
    # Cashier shifts where the clerks and the manager post money.
    shifts.open_shift(session, clerks[0], float_total="1000.00")
    shifts.open_shift(session, manager, float_total="1000.00")
    types = {t.code: t.id for t in session.scalars(select(RoomType))}
    room_ids = {r.number: r.id for r in session.scalars(select(Room))}
    return SmallHotel(manager, clerks[0], clerks[1], types, room_ids)


_TEMPLATES: dict[str, tuple[Path, SmallHotel]] = {}


def small_hotel(database: Database, rooms: dict[str, int] | list[tuple[str, int, str]],
                business_date: date = TODAY) -> SmallHotel:
    """Build the hotel in an empty database. On SQLite each layout is built once
    per run and copied (hashing three passwords per test would be slow)."""
    path = sqlite_path(database.url)
    if path is None:
        with clock.frozen(MORNING), database.writing() as session:
            return build_small_hotel(session, rooms, business_date)
    key = repr((rooms, business_date))
    if key not in _TEMPLATES:
        template = path.parent.parent / f"template-small-hotel-{len(_TEMPLATES)}.sqlite3"
        database.dispose()
        shutil.copyfile(path, template)  # still the migrated empty database
        building = Database(f"sqlite:///{template}")
        with clock.frozen(MORNING), building.writing() as session:
            hotel = build_small_hotel(session, rooms, business_date)
        building.dispose()  # the last connection checkpoints the WAL into the file
        _TEMPLATES[key] = (template, hotel)
    template, hotel = _TEMPLATES[key]
    database.dispose()
    shutil.copyfile(template, path)
    return hotel


def details(type_id: int, arrival: date = TODAY, nights: int = 1, **changes: Any) -> booking.BookingDetails:
    """A valid booking (guaranteed by card unless told) with ``changes`` applied."""
    base = booking.BookingDetails(guest_name="Zhou Ming", phone="138 1234 5678", adults=1, children=0,
                                  room_type_id=type_id, arrival=arrival, departure=arrival + timedelta(days=nights),
                                  guarantee=Guarantee.CARD)
    return replace(base, **changes)


def book(database: Database, actor: Actor, type_id: int, arrival: date = TODAY, nights: int = 1,
         overbook_reason: str = "", **changes: Any) -> ReservationRow:
    with database.writing() as session:
        return booking.create_reservation(session, actor, details=details(type_id, arrival, nights, **changes),
                                          overbook_reason=overbook_reason)


def free(database: Database, type_id: int, start: date, nights: int = 1,
         now: datetime | None = None) -> list[int]:
    """Rooms of the type free on each of ``nights`` nights from ``start``."""
    with database.reading() as session:
        grid = availability(session, start, nights, now=now)
        return [grid.free(type_id, night) for night in grid.nights]


def add_stay(session: Session, room_id: int, arrival: date, departure: date, name: str = "Sun Mei",
             state: StayState = StayState.IN_HOUSE) -> int:
    """An in-house guest (there is no check-in service yet: written as a row)."""
    guest = Guest(name=name, phone="+8613900001111", created_at=clock.now())
    session.add(guest)
    session.flush()
    stay = Stay(guest_id=guest.id, room_id=room_id, arrival_date=arrival, departure_date=departure, adults=1,
                children=0, state=state, checked_in_at=clock.now())
    session.add(stay)
    session.flush()
    return stay.id


def set_hk(session: Session, states: dict[int, HkState]) -> None:
    for room_id, state in states.items():
        session.get_one(Room, room_id).hk_state = state
    session.flush()


def row_counts(session: Session) -> tuple[int, int, int]:
    """(reservations, guests, audit entries): what a booking adds."""
    return (
        session.scalar(select(func.count(Reservation.id))) or 0,
        session.scalar(select(func.count(Guest.id))) or 0,
        session.scalar(select(func.count(AuditEntry.id))) or 0,
    )


def reservation(session: Session, reservation_id: int) -> Reservation:
    """The row, detached so it can be read after the session is gone."""
    row = session.get_one(Reservation, reservation_id)
    session.expunge(row)
    return row


def audits(session: Session, action: str, subject_id: int | None = None) -> list[AuditEntry]:
    """The entries of ``action`` (on ``subject_id``), oldest first, detached."""
    query = select(AuditEntry).where(AuditEntry.action == action)
    if subject_id is not None:
        query = query.where(AuditEntry.subject_id == subject_id)
    entries = list(session.scalars(query.order_by(AuditEntry.id)))
    for entry in entries:
        session.expunge(entry)
    return entries
