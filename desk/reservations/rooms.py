"""Assigning rooms to reservations ahead of arrival.

A room can be given to a reservation only if, for every night of it, no other
reservation or stay has the room and it is not out of order. The room row is
locked while deciding, so two clerks cannot give the same room twice.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import Select, literal, select
from sqlalchemy.orm import Session

from desk import audit, clock
from desk.actor import Actor
from desk.errors import NotFoundError, RuleError
from desk.i18n import QT_TRANSLATE_NOOP
from desk.models import (
    BlockKind,
    Guest,
    HkState,
    Reservation,
    ReservationState,
    Room,
    RoomBlock,
    RoomType,
    Stay,
    StayState,
)
from desk.models.base import UTCDateTime
from desk.permissions import Permission, require
from desk.reservations.availability import full_nights, lock_room_type, released, stay_end, still_held
from desk.rooms.lookup import natural_key, occupied_room_ids
from desk.settings import business_date


def check_room_free(session: Session, room_id: int, arrival: date, departure: date, *,
                    excluding: int | None, room_type_id: int | None, lock: bool = True) -> Room:
    """Raise RuleError, naming the conflict, unless the room is free for [arrival, departure).

    ``lock`` holds the room's row for the rest of the transaction (when the
    room is about to be given); a scan over many rooms reads without locks.
    """
    room_query = select(Room).where(Room.id == room_id)
    room = session.scalar(room_query.with_for_update(of=Room) if lock else room_query)
    if room is None or not room.active:
        raise NotFoundError(QT_TRANSLATE_NOOP("desk", "That room no longer exists."))
    if room_type_id is not None and room.room_type_id != room_type_id:
        raise RuleError(QT_TRANSLATE_NOOP("desk", "Room {room} is of another type; confirm the change of room type "
                                                  "to assign it."), room=room.number)
    today = business_date(session)
    stays = session.execute(
        select(Stay.departure_date).where(Stay.room_id == room_id, Stay.state == StayState.IN_HOUSE,
                                          Stay.arrival_date < departure)
    ).scalars()
    for planned in stays:
        leaves = stay_end(planned, today)
        if leaves > arrival:
            raise RuleError(QT_TRANSLATE_NOOP("desk", "Room {room} is occupied until {date}; choose another room."),
                            room=room.number, date=leaves.isoformat())
    other = session.scalar(promised_elsewhere(room_id, arrival, departure, excluding=excluding, now=clock.now()))
    if other is not None:
        raise promised_error(room, other)
    block = session.scalar(
        select(RoomBlock).where(RoomBlock.room_id == room_id, RoomBlock.kind == BlockKind.OUT_OF_ORDER,
                                RoomBlock.returned_on.is_(None), RoomBlock.start_date < departure,
                                RoomBlock.end_date > arrival).limit(1)
    )
    if block is not None:
        raise RuleError(
            QT_TRANSLATE_NOOP("desk", "Room {room} is out of order from {start} to {end} ({reason}); choose another "
                                      "room."),
            room=room.number, start=block.start_date.isoformat(), end=block.end_date.isoformat(), reason=block.reason,
        )
    return room


def promised_elsewhere(room_id: int, arrival: date, departure: date, *, excluding: int | None,
                       now: datetime) -> Select[Reservation]:
    """The query for another reservation still held that has the room on a
    night of [arrival, departure): the earliest, if several."""
    query = select(Reservation).where(
        Reservation.room_id == room_id, Reservation.state == ReservationState.CONFIRMED,
        Reservation.arrival < departure, Reservation.departure > arrival, still_held(literal(now, UTCDateTime())),
    )
    if excluding is not None:
        query = query.where(Reservation.id != excluding)
    return query.order_by(Reservation.arrival, Reservation.id).limit(1)


def promised_error(room: Room, other: Reservation) -> RuleError:
    return RuleError(
        QT_TRANSLATE_NOOP("desk", "Room {room} is assigned to reservation {confirmation} from {arrival} to "
                                  "{departure}; choose another room."),
        room=room.number, confirmation=other.confirmation, arrival=other.arrival.isoformat(),
        departure=other.departure.isoformat(),
    )


def _reservation(session: Session, reservation_id: int) -> Reservation:
    reservation = session.scalar(select(Reservation).where(Reservation.id == reservation_id).with_for_update())
    if reservation is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("desk", "That reservation no longer exists."))
    if reservation.state is not ReservationState.CONFIRMED or released(reservation, clock.now()):
        raise RuleError(QT_TRANSLATE_NOOP("desk", "Reservation {confirmation} is not expected any more; only "
                                                  "confirmed reservations get rooms."),
                        confirmation=reservation.confirmation)
    return reservation


def assign_room(session: Session, actor: Actor, *, reservation_id: int, room_id: int,
                allow_type_change: bool = False) -> str:
    """Give a reservation a room; returns the room number.

    A room of another type needs ``allow_type_change`` (the clerk confirmed it)
    and a free room of that type on every night.
    """
    require(actor, Permission.FRONT_DESK)
    reservation = _reservation(session, reservation_id)
    room = check_room_free(session, room_id, reservation.arrival, reservation.departure, excluding=reservation.id,
                           room_type_id=None if allow_type_change else reservation.room_type_id)
    current = session.get(Room, reservation.room_id) if reservation.room_id is not None else None
    counted_type = current.room_type_id if current is not None else reservation.room_type_id
    if room.room_type_id != counted_type:
        # The reservation moves to the room's type: that type needs a room free.
        lock_room_type(session, room.room_type_id)
        full = full_nights(session, room.room_type_id, reservation.arrival, reservation.departure,
                           excluding=reservation.id)
        if full:
            raise RuleError(QT_TRANSLATE_NOOP("desk", "Room {room}'s type is fully booked on {nights}; choose a room "
                                                      "of the reserved type."),
                            room=room.number, nights=", ".join(n.isoformat() for n in full))
    previous = reservation.room_id
    reservation.room_id = room.id
    session.flush()
    audit.record(session, actor, "reservation.assign_room", "reservation", reservation.id,
                 f"{reservation.confirmation}: room {room.number}" + (f" (was room id {previous})" if previous else ""))
    return room.number


def unassign_room(session: Session, actor: Actor, *, reservation_id: int) -> None:
    require(actor, Permission.FRONT_DESK)
    reservation = _reservation(session, reservation_id)
    if reservation.room_id is None:
        return
    reservation.room_id = None
    session.flush()
    audit.record(session, actor, "reservation.unassign_room", "reservation", reservation.id,
                 f"{reservation.confirmation}: room unassigned")


@dataclass(frozen=True, slots=True)
class Proposal:
    reservation_id: int
    confirmation: str
    guest_name: str
    type_code: str
    room_id: int | None
    room_number: str
    room_ready: bool


def propose_assignments(session: Session, day: date | None = None, *, now: datetime | None = None) -> list[Proposal]:
    """A room for each unassigned arrival of ``day``: ready rooms of the right
    type first (inspected, then clean), then rooms still to be cleaned, lowest
    floor first. Proposes only; the clerk accepts with ``assign_room``."""
    day = day or business_date(session)
    now = now or clock.now()
    arrivals = session.execute(
        select(Reservation, Guest.name, RoomType.code).join(Guest, Guest.id == Reservation.guest_id)
        .join(RoomType, RoomType.id == Reservation.room_type_id)
        .where(Reservation.arrival == day, Reservation.state == ReservationState.CONFIRMED,
               Reservation.room_id.is_(None))
        .order_by(Reservation.departure.desc(), Reservation.id)
    ).all()
    rooms = session.scalars(select(Room).where(Room.active.is_(True))).all()
    occupied = occupied_room_ids(session)
    taken: set[int] = set()
    order = {HkState.INSPECTED: 0, HkState.CLEAN: 1, HkState.DIRTY: 2}
    proposals = []
    for reservation, name, code in arrivals:
        if released(reservation, now):
            continue
        candidates = sorted(
            (r for r in rooms if r.room_type_id == reservation.room_type_id and r.id not in taken),
            # A guest still in the room (due out today) makes it the last choice, not ready.
            key=lambda r: (r.id in occupied, order[r.hk_state], r.floor, natural_key(r.number)),
        )
        chosen: Room | None = None
        for room in candidates:
            try:
                check_room_free(session, room.id, reservation.arrival, reservation.departure,
                                excluding=reservation.id, room_type_id=None, lock=False)
            except RuleError:
                continue
            chosen = room
            break
        if chosen is not None:
            taken.add(chosen.id)
        proposals.append(Proposal(reservation.id, reservation.confirmation, name, code,
                                  chosen.id if chosen else None, chosen.number if chosen else "",
                                  chosen is not None and chosen.id not in occupied
                                  and chosen.hk_state is not HkState.DIRTY))
    return proposals


@dataclass(frozen=True, slots=True)
class RoomChoice:
    room_id: int
    number: str
    floor: int
    type_code: str
    hk_state: HkState
    same_type: bool


def free_rooms_for(session: Session, reservation_id: int, *, any_type: bool = False) -> list[RoomChoice]:
    """Rooms that could be given to the reservation, ready ones first."""
    reservation = session.get(Reservation, reservation_id)
    if reservation is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("desk", "That reservation no longer exists."))
    query = select(Room, RoomType.code).join(RoomType, RoomType.id == Room.room_type_id).where(Room.active.is_(True))
    if not any_type:
        query = query.where(Room.room_type_id == reservation.room_type_id)
    order = {HkState.INSPECTED: 0, HkState.CLEAN: 1, HkState.DIRTY: 2}
    choices = []
    for room, code in session.execute(query):
        try:
            check_room_free(session, room.id, reservation.arrival, reservation.departure, excluding=reservation.id,
                            room_type_id=None, lock=False)
        except RuleError:
            continue
        choices.append(RoomChoice(room.id, room.number, room.floor, code, room.hk_state,
                                  room.room_type_id == reservation.room_type_id))
    choices.sort(key=lambda c: (not c.same_type, order[c.hk_state], c.floor, natural_key(c.number)))
    return choices


def assign_many(session: Session, actor: Actor, *, assignments: list[tuple[int, int]]) -> list[str]:
    """Accept several proposals at once (reservation id, room id): all or none."""
    return [assign_room(session, actor, reservation_id=reservation_id, room_id=room_id)
            for reservation_id, room_id in assignments]
