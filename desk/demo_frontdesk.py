"""The demo's in-house guests as the front desk would have left them: registered
with their documents, a deposit taken on arrival, one room charge per night the
day close has posted, a few extras, and one complimentary and one house-use stay.

These are past business dates, so they are written as history (the services
post on the current business date only).
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session
from stdnum.cn import ric

from desk.actor import Actor
from desk.models import (
    ChargeType,
    FolioLine,
    Guest,
    IdType,
    LineKind,
    Method,
    Room,
    RoomType,
    Stay,
    StayKind,
    StayOccupant,
    StayState,
)

REGIONS = ("110105", "310104", "440106", "330106", "510107", "420102", "320102", "610113")
FOREIGN_NATIONALITY = {"Maria Rossi": "ITA", "John Smith": "GBR", "Anna Müller": "DEU", "Kenji Sato": "JPN",
                       "Emma Brown": "USA", "Lucas Martin": "FRA", "Sofia Garcia": "ESP", "Park Min-jun": "KOR",
                       "Olivia Wilson": "AUS", "Ivan Petrov": "RUS"}


def resident_id(rng: random.Random) -> str:
    """A resident ID number with a valid birth date and check digit (not a real person's)."""
    born = date(1950, 1, 1) + timedelta(days=rng.randint(0, 365 * 55))
    body = f"{rng.choice(REGIONS)}{born:%Y%m%d}{rng.randint(100, 999)}"
    return body + ric.calc_check_digit(body + "0")  # stdnum ignores the check-digit slot it is given


def _register(rng: random.Random, guest: Guest) -> None:
    nationality = FOREIGN_NATIONALITY.get(guest.name, "CHN")
    guest.nationality = nationality
    if nationality == "CHN":
        guest.id_type, guest.id_number = IdType.RESIDENT_ID, resident_id(rng)
    else:
        guest.id_type, guest.id_number = IdType.PASSPORT, f"{rng.choice('EKPX')}{rng.randint(10000000, 99999999)}"


def build_folios(session: Session, rng: random.Random, today: date, clerk: Actor, night_auditor: Actor) -> None:
    stays = session.scalars(select(Stay).where(Stay.state == StayState.IN_HOUSE).order_by(Stay.id)).all()
    for index, stay in enumerate(stays):
        guest = session.get_one(Guest, stay.guest_id)
        room = session.get_one(Room, stay.room_id)
        room_type = session.get_one(RoomType, room.room_type_id)
        _register(rng, guest)
        stay.checked_in_by = clerk.user_id
        stay.kind = StayKind.COMPLIMENTARY if index == 30 else StayKind.HOUSE_USE if index == 31 else StayKind.NORMAL
        stay.rate = Decimal("0.00") if stay.kind is not StayKind.NORMAL else room_type.default_rate
        session.add(StayOccupant(stay_id=stay.id, position=0, name=guest.name))
        if stay.adults > 1:
            session.add(StayOccupant(stay_id=stay.id, position=1, name=f"{guest.name.split()[0]} Family"))

        def line(kind: LineKind, amount: Decimal, on: date, *, stay: Stay = stay, room: Room = room,
                 **fields: object) -> None:
            session.add(FolioLine(stay_id=stay.id, kind=kind, amount=amount, business_date=on,
                                  posted_at=stay.checked_in_at + timedelta(days=(on - stay.arrival_date).days),
                                  workstation=clerk.workstation, room_id=room.id, **fields))

        if stay.kind is StayKind.NORMAL:
            nights = max((stay.departure_date - stay.arrival_date).days, 1)
            deposit = (stay.rate * nights / 100).to_integral_value(rounding="ROUND_CEILING") * 100 + 200
            method = rng.choice((Method.CARD, Method.CARD, Method.MOBILE, Method.CASH))
            line(LineKind.DEPOSIT, deposit, stay.arrival_date, method=method, user_id=clerk.user_id,
                 reference=f"POS{rng.randint(100000, 999999)}" if method is Method.CARD else "")
        night = stay.arrival_date
        while night < today:
            if stay.kind is StayKind.NORMAL:
                line(LineKind.CHARGE, stay.rate, night, charge_type=ChargeType.ROOM, user_id=night_auditor.user_id)
            night += timedelta(days=1)
        if stay.kind is StayKind.NORMAL and rng.random() < 0.4 and stay.arrival_date < today:
            extra = rng.choice(((ChargeType.MINIBAR, "38.00", "Beer and snacks"),
                                (ChargeType.LAUNDRY, "65.00", "Shirts, express"),
                                (ChargeType.FOOD, "128.00", "Room service dinner")))
            line(LineKind.CHARGE, Decimal(extra[1]), today - timedelta(days=1), charge_type=extra[0],
                 description=extra[2], user_id=clerk.user_id)
    session.flush()
