"""Changing a room's status: housekeeping marks and out-of-order periods.

Each service changes rows, writes a RoomStatusEvent and an audit entry per room,
and leaves the commit to its caller. A refusal changes nothing: every room of a
bulk action is checked before the first one is touched.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk import audit, clock, validate
from desk.actor import Actor
from desk.errors import RuleError, ValidationError
from desk.i18n import QT_TRANSLATE_NOOP
from desk.models import BlockKind, HkState, Room, RoomBlock, RoomStatusEvent, StatusEventKind
from desk.permissions import Permission, require
from desk.rooms import lookup
from desk.settings import business_date

MAX_BLOCK_DAYS = 366

_MARK_PERMISSION = {
    HkState.CLEAN: Permission.ROOM_MARK_CLEAN,
    HkState.DIRTY: Permission.ROOM_MARK_DIRTY,
    HkState.INSPECTED: Permission.ROOM_MARK_INSPECTED,
}


@dataclass(frozen=True, slots=True)
class MarkResult:
    """Room numbers changed, and those already in the asked-for state."""

    changed: tuple[str, ...]
    unchanged: tuple[str, ...]


def record_event(session: Session, actor: Actor | None, room: Room, kind: StatusEventKind, old: str, new: str,
                 reason: str, on: date) -> None:
    """Append one change of a room's status (who, when, from, to, why).

    Every service that changes a room's occupancy or housekeeping state writes
    its event through here, so the room's history is complete."""
    session.add(
        RoomStatusEvent(room_id=room.id, at=clock.now(), business_date=on, user_id=actor.user_id if actor else None,
                        kind=kind, from_state=old, to_state=new, reason=reason)
    )


def mark_rooms(session: Session, actor: Actor, *, room_ids: Iterable[int], state: HkState,
               reason: str = "") -> MarkResult:
    """Set the housekeeping state of one or more rooms.

    Inspected needs a clean room: a dirty one is refused, naming it. Marking
    clean an inspected room leaves it inspected (inspection implies clean).
    """
    require(actor, _MARK_PERMISSION[state])
    reason = validate.text(reason, QT_TRANSLATE_NOOP("desk", "the reason"), max_length=200, required=False)
    rooms = lookup.rooms_for_update(session, room_ids)
    if state is HkState.INSPECTED:
        dirty = [r for r in rooms if r.hk_state is HkState.DIRTY]
        if dirty:
            raise RuleError(
                QT_TRANSLATE_NOOP("desk", "Room {rooms} is dirty; mark it clean before inspecting it.")
                if len(dirty) == 1
                else QT_TRANSLATE_NOOP("desk", "Rooms {rooms} are dirty; mark them clean before inspecting them."),
                rooms=lookup.numbers(dirty),
            )
    today = business_date(session)
    changed: list[str] = []
    unchanged: list[str] = []
    for room in rooms:
        old = room.hk_state
        if old is state or (state is HkState.CLEAN and old is HkState.INSPECTED):
            unchanged.append(room.number)
            continue
        room.hk_state = state
        record_event(session, actor, room, StatusEventKind.HOUSEKEEPING, old.value, state.value, reason, today)
        audit.record(session, actor, f"room.mark_{state.value}", "room", room.id,
                     f"Room {room.number}: {old.value} -> {state.value}" + (f" ({reason})" if reason else ""))
        changed.append(room.number)
    session.flush()
    return MarkResult(tuple(changed), tuple(unchanged))


def set_block(session: Session, actor: Actor, *, room_ids: Iterable[int], kind: BlockKind, reason: str,
              start: date, end: date, return_state: HkState = HkState.DIRTY) -> list[int]:
    """Take rooms out of order or out of service for the nights [start, end).

    ``end`` is the date the room is back in use. Refused on a room occupied in
    that period, on one assigned to an arriving reservation (out of order
    only), and on one already blocked then. Returns the new block ids.
    """
    require(actor, Permission.ROOM_BLOCK)
    reason = validate.text(reason, QT_TRANSLATE_NOOP("desk", "the reason"), max_length=200)
    today = business_date(session)
    if start < today:
        raise ValidationError(
            QT_TRANSLATE_NOOP("desk", "The period cannot start before the business date {date}."),
            date=today.isoformat(),
        )
    if end <= start:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "The return date must be after the start date."))
    if end - start > timedelta(days=MAX_BLOCK_DAYS):
        raise ValidationError(
            QT_TRANSLATE_NOOP("desk", "A period can last at most {days} days; enter a nearer return date."),
            days=MAX_BLOCK_DAYS,
        )
    rooms = lookup.rooms_for_update(session, room_ids)
    _refuse_conflicts(session, rooms, kind, start, end, today)
    ids: list[int] = []
    for room in rooms:
        block = RoomBlock(room_id=room.id, kind=kind, reason=reason, start_date=start, end_date=end,
                          return_state=return_state, created_by=actor.user_id, created_at=clock.now())
        session.add(block)
        session.flush()
        ids.append(block.id)
        record_event(session, actor, room, StatusEventKind.BLOCK_START, room.hk_state.value, kind.value,
               f"{reason} ({start.isoformat()} - {end.isoformat()})", today)
        audit.record(session, actor, f"room.{kind.value}", "room", room.id,
                     f"Room {room.number} {kind.value.upper()} {start.isoformat()} to {end.isoformat()}: {reason}")
    return ids


def _refuse_conflicts(session: Session, rooms: Sequence[Room], kind: BlockKind, start: date, end: date,
                      today: date) -> None:
    occupied = [r for r in rooms if lookup.stays_overlapping(session, r.id, start, end, today)]
    if occupied:
        raise RuleError(
            QT_TRANSLATE_NOOP("desk", "Room {rooms} is occupied in that period; move or check out the guest first.")
            if len(occupied) == 1 else
            QT_TRANSLATE_NOOP("desk", "Rooms {rooms} are occupied in that period; move or check out the guests first."),
            rooms=lookup.numbers(occupied),
        )
    if kind is BlockKind.OUT_OF_ORDER:
        for room in rooms:
            reservation = lookup.assigned_reservation_overlapping(session, room.id, start, end)
            if reservation is not None:
                raise RuleError(
                    QT_TRANSLATE_NOOP(
                        "desk",
                        "Room {room} is assigned to reservation {confirmation} arriving {date}; "
                        "assign that reservation another room first.",
                    ),
                    room=room.number,
                    confirmation=reservation.confirmation,
                    date=reservation.arrival.isoformat(),
                )
    blocked = [r for r in rooms if lookup.open_blocks_overlapping(session, r.id, start, end)]
    if blocked:
        raise RuleError(
            QT_TRANSLATE_NOOP("desk", "Room {rooms} is already out of order or out of service in that period.")
            if len(blocked) == 1 else
            QT_TRANSLATE_NOOP("desk", "Rooms {rooms} are already out of order or out of service in that period."),
            rooms=lookup.numbers(blocked),
        )


def return_to_service(session: Session, actor: Actor, *, room_ids: Iterable[int],
                      state: HkState | None = None) -> list[str]:
    """End the current (or cancel the coming) out-of-order/service periods today.

    The room takes the period's return state, or ``state`` if given. Returns
    the numbers of the rooms that came back.
    """
    require(actor, Permission.ROOM_BLOCK)
    today = business_date(session)
    rooms = lookup.rooms_for_update(session, room_ids)
    back: list[str] = []
    for room in rooms:
        blocks = lookup.open_blocks_overlapping(session, room.id, today, date.max)
        if not blocks:
            continue
        for block in blocks:
            _close_block(session, actor, room, block, today, state or block.return_state, "returned by hand")
        back.append(room.number)
    if not back:
        raise RuleError(
            QT_TRANSLATE_NOOP("desk", "Room {rooms} is not out of order or out of service.") if len(rooms) == 1
            else QT_TRANSLATE_NOOP("desk", "Rooms {rooms} are not out of order or out of service."),
            rooms=lookup.numbers(rooms),
        )
    return back


def _close_block(session: Session, actor: Actor | None, room: Room, block: RoomBlock, on: date,
                 state: HkState, why: str) -> None:
    block.returned_on = on
    block.returned_by = actor.user_id if actor else None
    block.returned_at = clock.now()
    active = block.start_date <= on
    if active:
        room.hk_state = state
        record_event(session, actor, room, StatusEventKind.BLOCK_END, block.kind.value, state.value, why, on)
        summary = f"Room {room.number} back from {block.kind.value.upper()} as {state.value} ({why})"
    else:
        summary = f"Room {room.number}: planned {block.kind.value.upper()} from {block.start_date} cancelled"
    audit.record(session, actor, f"room.{block.kind.value}_end", "room", room.id, summary, on_date=on)


def release_expired_blocks(session: Session, on: date) -> list[str]:
    """Close the periods whose return date has come (run by the day close).

    Returns the numbers of the rooms that came back.
    """
    blocks = list(
        session.scalars(
            select(RoomBlock).where(RoomBlock.returned_on.is_(None), RoomBlock.end_date <= on).order_by(RoomBlock.id)
        )
    )
    back: list[str] = []
    for block in blocks:
        room = session.get_one(Room, block.room_id)
        _close_block(session, None, room, block, block.end_date, block.return_state, "return date reached")
        back.append(room.number)
    return back
