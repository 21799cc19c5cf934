"""The demo hotel: a 70-room hotel in the middle of a working day.

Every tab has something to show on first start. Status changes go through the
same services the window uses, so the demo has a real history. Stays and
reservations are written directly until the front-desk services exist.
"""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from sqlalchemy.orm import Session

from desk import auth, clock, hoteltime
from desk.actor import Actor
from desk.demo_complaints import build_complaints
from desk.demo_frontdesk import build_folios
from desk.demo_history import build_history
from desk.demo_reservations import build_reservations
from desk.demo_shifts import build_shifts
from desk.hotel import RoomSpec, RoomTypeSpec, create_hotel
from desk.models import (
    BlockKind,
    Guest,
    HkState,
    Role,
    Room,
    Stay,
    StayState,
)
from desk.rooms import status

DEMO_PASSWORD = "desk123"
DEMO_TIMEZONE = "Asia/Shanghai"
DEMO_USERS = (
    ("manager", "Li Na", Role.MANAGER),
    ("clerk", "Wang Fang", Role.CLERK),
    ("clerk2", "Zhang Wei", Role.CLERK),
    ("housekeeping", "Chen Jing", Role.HOUSEKEEPING),
)

ROOM_TYPES = (
    RoomTypeSpec("SK", "Standard King", Decimal("388.00"), 2),
    RoomTypeSpec("ST", "Standard Twin", Decimal("368.00"), 2),
    RoomTypeSpec("DK", "Deluxe King", Decimal("528.00"), 2),
    RoomTypeSpec("FS", "Family Suite", Decimal("768.00"), 4),
)

GUEST_NAMES = (
    "Zhao Lei", "Qian Yu", "Sun Mei", "Zhou Jie", "Wu Hao", "Zheng Xin", "Feng Tao", "Chen Hui", "Chu Yan",
    "Wei Lan", "Jiang Bo", "Shen Li", "Han Xue", "Yang Ming", "Zhu Qing", "Qin Rui", "You Kai", "Xu Ning",
    "He Jun", "Lu Ying", "Shi Peng", "Zhang Min", "Kong Wen", "Cao Yang", "Yan Fei", "Hua Jing", "Jin Hong",
    "Wei Dong", "Tao Ran", "Jiang Yi", "Maria Rossi", "John Smith", "Anna Müller", "Kenji Sato", "Emma Brown",
    "Lucas Martin", "Sofia Garcia", "Park Min-jun", "Olivia Wilson", "Ivan Petrov", "张伟", "王秀英", "李强",
    "刘洋", "陈静", "杨帆", "黄磊", "周婷", "吴敏", "徐晨",
)


def demo_rooms() -> list[RoomSpec]:
    rooms: list[RoomSpec] = []
    for floor in range(2, 7):
        for n in range(1, 15):
            if floor == 6:
                code = "FS" if n <= 6 else "DK"
            elif n in (1, 2, 13, 14):
                code = "DK"
            else:
                code = "SK" if n % 2 else "ST"
            rooms.append(RoomSpec(f"{floor}{n:02d}", floor, code))
    return rooms


def build_demo(session: Session, *, today: date | None = None, seed: int = 7) -> None:
    """Fill an empty, migrated database with the demo hotel."""
    rng = random.Random(seed)
    today = today or hoteltime.local(clock.now(), DEMO_TIMEZONE).date()
    create_hotel(session, None, name="Lakeside Hotel", business_date=today, timezone=DEMO_TIMEZONE,
                 room_types=ROOM_TYPES, rooms=demo_rooms())
    actors: dict[str, Actor] = {}
    for username, full_name, role in DEMO_USERS:
        if role is Role.MANAGER and not actors:
            actors[username] = auth.create_first_manager(session, username=username, full_name=full_name,
                                                         password=DEMO_PASSWORD)
        else:
            row = auth.create_user(session, actors["manager"], username=username, full_name=full_name, role=role,
                                   password=DEMO_PASSWORD)
            actors[username] = Actor(row.id, row.username, row.full_name, row.role)
    rooms = list(session.query(Room).order_by(Room.id))
    names = list(GUEST_NAMES)
    rng.shuffle(names)
    guests = [Guest(name=name, phone=f"13{rng.randint(100000000, 999999999)}", created_at=clock.now())
              for name in names]
    session.add_all(guests)
    session.flush()

    shuffled = rooms[:]
    rng.shuffle(shuffled)
    in_house, rest = shuffled[:38], shuffled[38:]
    now = clock.now()
    for i, room in enumerate(in_house):
        nights_before = rng.randint(0, 4) if i >= 8 else rng.randint(1, 4)
        departure = today if i < 8 else today + timedelta(days=rng.randint(1, 5))
        guest = guests[i]
        session.add(Stay(guest_id=guest.id, room_id=room.id, arrival_date=today - timedelta(days=nights_before),
                         departure_date=departure, adults=rng.choice((1, 2, 2)), children=0,
                         state=StayState.IN_HOUSE, checked_in_at=now - timedelta(days=nights_before, hours=3)))
    session.flush()

    # Reservations: today's arrivals (rooms assigned to some), the coming weeks, the past.
    build_reservations(session, rng, today, actors["clerk"], rest[:6])
    # The in-house guests' registration and folios.
    build_folios(session, rng, today, actors["clerk"], actors["manager"])
    # Five days of cashier shifts and their handovers; today's day shift is open here.
    build_shifts(session, rng, today, actors["clerk"], actors["clerk2"], in_house, DEMO_TIMEZONE)

    housekeeping, manager = actors["housekeeping"], actors["manager"]
    # The morning: yesterday's departures left rooms dirty; housekeeping is part-way through.
    vacant_ids = [r.id for r in rest]
    with clock.frozen(_at(today, 7, 40)):
        status.mark_rooms(session, actors["clerk"], room_ids=vacant_ids[6:20], state=HkState.DIRTY,
                          reason="checked out yesterday")
        status.mark_rooms(session, actors["clerk"], room_ids=[r.id for r in in_house[:20]], state=HkState.DIRTY,
                          reason="stay-over service")
    with clock.frozen(_at(today, 10, 15)):
        status.mark_rooms(session, housekeeping, room_ids=vacant_ids[6:12], state=HkState.CLEAN)
        status.mark_rooms(session, housekeeping, room_ids=[r.id for r in in_house[:8]], state=HkState.CLEAN)
    with clock.frozen(_at(today, 11, 5)):
        status.mark_rooms(session, housekeeping, room_ids=vacant_ids[6:9], state=HkState.INSPECTED)
        status.mark_rooms(session, housekeeping, room_ids=vacant_ids[20:24], state=HkState.CLEAN)
    with clock.frozen(_at(today, 9, 30)):
        status.set_block(session, housekeeping, room_ids=[vacant_ids[24]], kind=BlockKind.OUT_OF_ORDER,
                         reason="Air conditioner leaking; engineering replacing the unit", start=today,
                         end=today + timedelta(days=3), return_state=HkState.DIRTY)
        status.set_block(session, manager, room_ids=[vacant_ids[25]], kind=BlockKind.OUT_OF_SERVICE,
                         reason="TV remote missing", start=today, end=today + timedelta(days=1),
                         return_state=HkState.CLEAN)
        status.set_block(session, housekeeping, room_ids=[vacant_ids[26]], kind=BlockKind.OUT_OF_ORDER,
                         reason="Bathroom re-grouting", start=today + timedelta(days=5),
                         end=today + timedelta(days=8), return_state=HkState.DIRTY)
    # Complaints of every level and state, linked to some of the in-house guests.
    build_complaints(session, today, DEMO_TIMEZONE, actors)
    # The closed days of the year so far, for month and year to date and the 30-day chart.
    build_history(session, rng, today, manager)
    session.flush()


def _at(day: date, hour: int, minute: int) -> datetime:
    """A moment of the demo's morning, in the hotel's time zone."""
    return hoteltime.at(day, time(hour, minute), DEMO_TIMEZONE)
