"""Finding rooms and what occupies them, shared by the room services."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.errors import NotFoundError
from desk.i18n import QT_TRANSLATE_NOOP
from desk.models import Reservation, ReservationState, Room, RoomBlock, Stay, StayState


def rooms_for_update(session: Session, room_ids: Iterable[int]) -> list[Room]:
    """The rooms, locked for this transaction, in room-number order.

    Raises NotFoundError when any of them is gone; refuses an empty selection.
    """
    ids = sorted(set(room_ids))
    if not ids:
        raise NotFoundError(QT_TRANSLATE_NOOP("desk", "Select at least one room first."))
    rooms = list(session.scalars(select(Room).where(Room.id.in_(ids)).order_by(Room.id).with_for_update(of=Room)))
    if len(rooms) != len(ids):
        raise NotFoundError(QT_TRANSLATE_NOOP("desk", "A selected room no longer exists; refresh the board."))
    return sorted(rooms, key=lambda r: natural_key(r.number))


def natural_key(number: str) -> tuple[int, str]:
    """Sort key putting room 101 before 1001 and 99 before 100."""
    digits = "".join(ch for ch in number if ch.isdigit())
    return (int(digits) if digits else 0, number)


def numbers(rooms: Sequence[Room]) -> str:
    return ", ".join(r.number for r in rooms)


def occupied_room_ids(session: Session, room_ids: Iterable[int] | None = None) -> set[int]:
    query = select(Stay.room_id).where(Stay.state == StayState.IN_HOUSE)
    if room_ids is not None:
        query = query.where(Stay.room_id.in_(list(room_ids)))
    return set(session.scalars(query))


def stays_overlapping(session: Session, room_id: int, start: date, end: date, today: date) -> bool:
    """An in-house stay in the room whose nights meet [start, end).

    A guest is in the room until checked out: a stay due out today still
    occupies it today.
    """
    still_there = Stay.departure_date > start
    if start <= today:
        still_there = still_there | (Stay.departure_date <= today)
    return (
        session.scalar(
            select(Stay.id)
            .where(Stay.room_id == room_id, Stay.state == StayState.IN_HOUSE, Stay.arrival_date < end, still_there)
            .limit(1)
        )
        is not None
    )


def assigned_reservation_overlapping(session: Session, room_id: int, start: date, end: date) -> Reservation | None:
    return session.scalar(
        select(Reservation)
        .where(Reservation.room_id == room_id, Reservation.state == ReservationState.CONFIRMED,
               Reservation.departure > start, Reservation.arrival < end)
        .order_by(Reservation.arrival)
        .limit(1)
    )


def open_blocks_overlapping(session: Session, room_id: int, start: date, end: date) -> list[RoomBlock]:
    return list(
        session.scalars(
            select(RoomBlock).where(RoomBlock.room_id == room_id, RoomBlock.returned_on.is_(None),
                                    RoomBlock.end_date > start, RoomBlock.start_date < end)
        )
    )
