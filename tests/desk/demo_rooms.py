"""Finding demo rooms in a given situation, and counting the rows an action
appends: shared by the desk/ tests. No Qt here."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk.models import (
    AuditEntry,
    HkState,
    Reservation,
    ReservationState,
    Room,
    RoomBlock,
    RoomStatusEvent,
    Stay,
    StayState,
)
from desk.settings import business_date


def free_rooms(session: Session, hk_state: HkState, count: int = 1) -> list[int]:
    """Ids of vacant rooms in ``hk_state`` with no stay, no assigned reservation
    and no out-of-order/service period (open or planned), lowest id first."""
    busy = (
        set(session.scalars(select(Stay.room_id).where(Stay.state == StayState.IN_HOUSE)))
        | set(session.scalars(select(Reservation.room_id).where(Reservation.room_id.is_not(None))))
        | set(session.scalars(select(RoomBlock.room_id).where(RoomBlock.returned_on.is_(None))))
    )
    ids = [
        room_id
        for room_id in session.scalars(select(Room.id).where(Room.hk_state == hk_state).order_by(Room.id))
        if room_id not in busy
    ]
    assert len(ids) >= count, f"the demo has only {len(ids)} free {hk_state} rooms"
    return ids[:count]


def in_house_room(session: Session, *, due_out: bool) -> int:
    """A room with an in-house stay departing on the business date (or later)."""
    today = business_date(session)
    departing = Stay.departure_date == today if due_out else Stay.departure_date > today
    room_id = session.scalar(
        select(Stay.room_id).where(Stay.state == StayState.IN_HOUSE, departing).order_by(Stay.room_id).limit(1)
    )
    assert room_id is not None
    return room_id


def assigned_arrival(session: Session) -> Reservation:
    """A confirmed reservation arriving on the business date with a room assigned."""
    reservation = session.scalar(
        select(Reservation)
        .where(Reservation.arrival == business_date(session), Reservation.state == ReservationState.CONFIRMED,
               Reservation.room_id.is_not(None))
        .order_by(Reservation.id)
        .limit(1)
    )
    assert reservation is not None
    return reservation


def open_block(session: Session, *, active_on: date) -> RoomBlock:
    """An open block of the demo that covers ``active_on``."""
    block = session.scalar(
        select(RoomBlock)
        .where(RoomBlock.returned_on.is_(None), RoomBlock.start_date <= active_on, RoomBlock.end_date > active_on)
        .order_by(RoomBlock.id)
        .limit(1)
    )
    assert block is not None
    return block


def row_counts(session: Session) -> tuple[int, int, int]:
    """(status events, audit entries, blocks): the append-only trails an action writes to."""
    return (
        session.scalar(select(func.count(RoomStatusEvent.id))) or 0,
        session.scalar(select(func.count(AuditEntry.id))) or 0,
        session.scalar(select(func.count(RoomBlock.id))) or 0,
    )


def hk_states(session: Session, room_ids: list[int]) -> dict[int, HkState]:
    return {r.id: r.hk_state for r in session.scalars(select(Room).where(Room.id.in_(room_ids)))}


def number_of(session: Session, room_id: int) -> str:
    return session.get_one(Room, room_id).number
