"""Creating a hotel: settings, room types and rooms."""

from __future__ import annotations

import csv
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk import audit, validate
from desk.actor import Actor
from desk.errors import RuleError, ValidationError
from desk.i18n import QT_TRANSLATE_NOOP
from desk.models import HkState, HotelSettings, Room, RoomType


@dataclass(frozen=True, slots=True)
class RoomTypeSpec:
    code: str
    name: str
    rate: Decimal
    capacity: int


@dataclass(frozen=True, slots=True)
class RoomSpec:
    number: str
    floor: int
    type_code: str


def create_hotel(session: Session, actor: Actor | None, *, name: str, business_date: date,
                 currency: str = "CNY", timezone: str = "Asia/Shanghai",
                 room_types: Iterable[RoomTypeSpec] = (), rooms: Iterable[RoomSpec] = ()) -> None:
    """Write the settings row and the rooms of a new hotel; refused if one exists."""
    if session.get(HotelSettings, 1) is not None:
        raise RuleError(QT_TRANSLATE_NOOP("desk", "This database already has a hotel."))
    session.add(HotelSettings(id=1, name=validate.text(name, QT_TRANSLATE_NOOP("desk", "the hotel name"),
                                                       max_length=120),
                              currency=currency, timezone=timezone, business_date=business_date))
    session.flush()
    types: dict[str, RoomType] = {}
    for order, spec in enumerate(room_types):
        if not spec.rate.is_finite() or spec.rate < 0 or spec.capacity < 1:
            raise ValidationError(QT_TRANSLATE_NOOP("desk", "Room type {code} needs a rate of 0 or more and a "
                                                            "capacity of at least 1."), code=spec.code)
        types[spec.code] = RoomType(code=spec.code, name=spec.name, default_rate=spec.rate,
                                    capacity=spec.capacity, sort_order=order)
        session.add(types[spec.code])
    session.flush()
    seen: set[str] = set()
    for room in rooms:
        number = validate.text(room.number, QT_TRANSLATE_NOOP("desk", "the room number"), max_length=10)
        if number in seen:
            raise ValidationError(QT_TRANSLATE_NOOP("desk", "Room {room} appears twice; each room number once."),
                                  room=number)
        seen.add(number)
        if room.type_code not in types:
            raise ValidationError(QT_TRANSLATE_NOOP("desk", "Room {room} names an unknown room type {code}."),
                                  room=number, code=room.type_code)
        session.add(Room(number=number, floor=room.floor, room_type_id=types[room.type_code].id,
                         hk_state=HkState.INSPECTED, active=True))
    count = len(seen)
    session.flush()
    audit.record(session, actor, "hotel.create", "hotel", 1, f"Hotel {name} created with {count} rooms",
                 on_date=business_date)


COLUMNS = ("number", "floor", "type_code", "type_name", "rate", "capacity")


def read_rooms_csv(path: Path) -> tuple[list[RoomTypeSpec], list[RoomSpec]]:
    """Rooms from a CSV with columns number, floor, type_code, type_name, rate, capacity."""
    types: dict[str, RoomTypeSpec] = {}
    rooms: list[RoomSpec] = []
    with path.open(newline="", encoding="utf-8-sig") as handle:
        for line, row in enumerate(csv.DictReader(handle), start=2):
            missing = [column for column in COLUMNS if not (row.get(column) or "").strip()]
            if missing:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("desk", "Line {line} of the rooms file has no {columns}."),
                    line=line, columns=", ".join(missing),
                )
            try:
                code = row["type_code"].strip()
                spec = RoomTypeSpec(code, row["type_name"].strip(), Decimal(row["rate"]), int(row["capacity"]))
                rooms.append(RoomSpec(row["number"].strip(), int(row["floor"]), code))
            except (ValueError, InvalidOperation) as exc:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("desk", "Line {line} of the rooms file is not valid: {problem}"),
                    line=line, problem=str(exc),
                ) from exc
            if types.setdefault(code, spec) != spec:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("desk", "Line {line} of the rooms file gives room type {code} another "
                                              "name, rate or capacity than an earlier line."),
                    line=line, code=code,
                )
    return list(types.values()), rooms


@dataclass(frozen=True, slots=True)
class RoomTypeRow:
    id: int
    code: str
    name: str
    rate: Decimal
    capacity: int


def room_types(session: Session) -> list[RoomTypeRow]:
    """Every room type, in the hotel's order."""
    return [RoomTypeRow(t.id, t.code, t.name, t.default_rate, t.capacity)
            for t in session.scalars(select(RoomType).order_by(RoomType.sort_order, RoomType.code))]


def floors(session: Session) -> list[int]:
    return list(session.scalars(select(Room.floor).where(Room.active.is_(True)).distinct().order_by(Room.floor)))
