"""Changing a stay: moving rooms, extending, leaving early.

The board follows at once: a move leaves the old room vacant and dirty; an
early departure frees the remaining nights for sale.
"""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk import audit, clock, validate
from desk.actor import Actor
from desk.errors import FullError, NotFoundError, StaleDataError, ValidationError
from desk.frontdesk.checkin import check_room_ready
from desk.frontdesk.folio import stay_for_posting
from desk.i18n import QT_TRANSLATE_NOOP
from desk.models import HkState, Reservation, Room, RoomMove, RoomType, StatusEventKind, Stay
from desk.permissions import Permission, require
from desk.reservations import rooms as room_rules
from desk.reservations.availability import MAX_NIGHTS, full_nights, lock_room_type
from desk.rooms.status import record_event
from desk.settings import settings_row


def _check_version(stay: Stay, version: int | None) -> None:
    """Refuse a change based on an older look at the stay."""
    if version is not None and version != stay.version:
        raise StaleDataError(QT_TRANSLATE_NOOP("desk", "Someone changed this stay after you opened it; its current "
                                                       "details are shown now. Make your change again."))


def move_room(session: Session, actor: Actor, *, stay_id: int, room_id: int, reason: str,
              version: int | None = None) -> str:
    """Move an in-house guest; the folio follows the stay. Returns the new room number."""
    require(actor, Permission.FRONT_DESK)
    reason = validate.text(reason, QT_TRANSLATE_NOOP("desk", "the reason for the move"), max_length=200)
    stay = stay_for_posting(session, stay_id)
    _check_version(stay, version)
    if room_id == stay.room_id:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "The guest is in that room already."))
    today = settings_row(session).business_date
    # Both rooms locked in id order, so two moves between the same rooms cannot deadlock.
    locked = {r.id: r for r in session.scalars(
        select(Room).where(Room.id.in_([stay.room_id, room_id]), Room.active.is_(True)).order_by(Room.id)
        .with_for_update(of=Room))}
    old, new = locked.get(stay.room_id), locked.get(room_id)
    if old is None or new is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("desk", "That room no longer exists."))
    departure = max(stay.departure_date, today + timedelta(days=1))
    check_room_ready(session, new, departure, reservation_id=stay.reservation_id)
    if new.room_type_id != old.room_type_id:
        lock_room_type(session, new.room_type_id)
        full = full_nights(session, new.room_type_id, today, departure)
        if full:
            raise FullError(QT_TRANSLATE_NOOP("desk", "{type} is fully booked on {nights}; choose a room of another "
                                                      "type."),
                            type=session.get_one(RoomType, new.room_type_id).code,
                            nights=", ".join(n.isoformat() for n in full))
    now = clock.now()
    stay.room_id = new.id
    if stay.reservation_id is not None:
        reservation = session.get(Reservation, stay.reservation_id)
        if reservation is not None:
            reservation.room_id = new.id
    old_state = old.hk_state
    old.hk_state = HkState.DIRTY
    session.add(RoomMove(stay_id=stay.id, from_room_id=old.id, to_room_id=new.id, at=now, business_date=today,
                         user_id=actor.user_id, reason=reason))
    record_event(session, actor, old, StatusEventKind.OCCUPANCY, "occupied", "vacant",
                 f"guest moved to {new.number}: {reason}", today)
    record_event(session, actor, old, StatusEventKind.HOUSEKEEPING, old_state.value, HkState.DIRTY.value,
                 "guest moved out", today)
    record_event(session, actor, new, StatusEventKind.OCCUPANCY, "vacant", "occupied",
                 f"guest moved from {old.number}: {reason}", today)
    session.flush()
    audit.record(session, actor, "stay.move", "stay", stay.id,
                 f"Moved from room {old.number} to {new.number}: {reason}")
    return new.number


def change_departure(session: Session, actor: Actor, *, stay_id: int, departure: date, reason: str = "",
                     version: int | None = None) -> date:
    """Extend a stay (the room and its type must be free) or shorten it (the
    nights are free for sale at once). Returns the new departure."""
    require(actor, Permission.FRONT_DESK)
    reason = validate.text(reason, QT_TRANSLATE_NOOP("desk", "the reason"), max_length=200, required=False)
    stay = stay_for_posting(session, stay_id)
    _check_version(stay, version)
    today = settings_row(session).business_date
    old = stay.departure_date
    if departure == old:
        return old
    if departure < today:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "The departure cannot be before today ({date})."),
                              date=today.isoformat())
    if (departure - stay.arrival_date).days > MAX_NIGHTS:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "A stay can be at most {nights} nights."), nights=MAX_NIGHTS)
    if departure > old:
        start = max(old, today)
        room = session.get_one(Room, stay.room_id)
        room_rules.check_room_free(session, room.id, start, departure, excluding=stay.reservation_id,
                                   room_type_id=None)
        lock_room_type(session, room.room_type_id)
        full = full_nights(session, room.room_type_id, start, departure)
        if full:
            raise FullError(QT_TRANSLATE_NOOP("desk", "Room {room} is free, but its type is fully booked on {nights}; "
                                                      "a manager can overbook, or move the guest."),
                            room=room.number, nights=", ".join(n.isoformat() for n in full))
    stay.departure_date = departure
    if stay.reservation_id is not None:
        reservation = session.get(Reservation, stay.reservation_id)
        if reservation is not None:
            reservation.departure = max(departure, reservation.arrival + timedelta(days=1))
    session.flush()
    what = "extended" if departure > old else "shortened"
    audit.record(session, actor, f"stay.{what}", "stay", stay.id,
                 f"Stay {what} from {old} to {departure}" + (f": {reason}" if reason else ""))
    return departure
