"""Reading shifts and handovers: the tab's current state and the history."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, aliased

from desk.errors import NotFoundError
from desk.i18n import QT_TRANSLATE_NOOP
from desk.models import Handover, HandoverItem, HandoverState, Shift, ShiftState, User
from desk.shifts import shifts
from desk.shifts.summary import Summary

STATE_NAMES = {
    HandoverState.PENDING: QT_TRANSLATE_NOOP("desk", "waiting for the incoming clerk"),
    HandoverState.ACCEPTED: QT_TRANSLATE_NOOP("desk", "accepted"),
    HandoverState.OVERRIDDEN: QT_TRANSLATE_NOOP("desk", "closed by a manager"),
    HandoverState.WITHDRAWN: QT_TRANSLATE_NOOP("desk", "withdrawn"),
}


@dataclass(frozen=True, slots=True)
class ShiftInfo:
    """The shift open at a workstation, as the tab shows it."""

    id: int
    workstation: str
    user_id: int
    clerk: str
    state: ShiftState
    business_date: date
    opened_at: datetime
    opening_float: Decimal
    float_handed_over: Decimal | None
    float_difference: Decimal | None
    float_note: str
    pending_handover_id: int | None


def shift_info(session: Session, workstation: str) -> ShiftInfo | None:
    shift = shifts.open_shift_at(session, workstation)
    return _info(session, shift) if shift is not None else None


def open_shifts(session: Session) -> list[ShiftInfo]:
    """Every shift open or handing over, at any workstation (a manager closes one from anywhere)."""
    found = session.scalars(select(Shift).where(Shift.state != ShiftState.CLOSED).order_by(Shift.opened_at))
    return [_info(session, shift) for shift in found]


def _info(session: Session, shift: Shift) -> ShiftInfo:
    pending = session.scalar(select(Handover.id).where(Handover.shift_id == shift.id,
                                                       Handover.state == HandoverState.PENDING))
    clerk = session.get_one(User, shift.user_id).full_name
    return ShiftInfo(shift.id, shift.workstation, shift.user_id, clerk, shift.state, shift.business_date,
                     shift.opened_at, shift.opening_float, shift.float_handed_over, shift.float_difference,
                     shift.float_note, pending)


@dataclass(frozen=True, slots=True)
class HandoverRow:
    id: int
    shift_id: int
    workstation: str
    business_date: date
    clerk: str  # whose shift it was
    prepared_by: str  # who counted and handed it over (the clerk, or a manager for them)
    opened_at: datetime
    prepared_at: datetime
    state: HandoverState
    incoming: str  # who accepted, or the manager who overrode
    accepted_at: datetime | None
    expected_cash: Decimal
    counted_cash: Decimal
    difference: Decimal
    disagreement: str


def _query() -> tuple[Any, Any, Any]:
    clerk, preparer, signer, manager = aliased(User), aliased(User), aliased(User), aliased(User)
    return (select(Handover, Shift, clerk.full_name, preparer.full_name, signer.full_name, manager.full_name)
            .join(Shift, Shift.id == Handover.shift_id).join(clerk, clerk.id == Shift.user_id)
            .join(preparer, preparer.id == Handover.prepared_by_id)
            .outerjoin(signer, signer.id == Handover.accepted_by_id)
            .outerjoin(manager, manager.id == Handover.override_by_id)), clerk, signer


def _row(h: Handover, s: Shift, clerk: str, preparer: str, signer: str | None, manager: str | None) -> HandoverRow:
    return HandoverRow(h.id, s.id, s.workstation, h.business_date, clerk, preparer, s.opened_at, h.prepared_at,
                       h.state, signer or manager or "", h.accepted_at or (s.closed_at if manager else None),
                       h.expected_cash, h.counted_cash, h.difference, h.disagreement)


def handovers(session: Session, *, date_from: date | None = None, date_to: date | None = None, clerk: str = "",
              workstation: str = "", limit: int = 500) -> list[HandoverRow]:
    """Handovers, newest first, by business date, clerk (either side) and workstation."""
    query, outgoing, signer = _query()
    query = query.where(Handover.state != HandoverState.WITHDRAWN)
    if date_from is not None:
        query = query.where(Handover.business_date >= date_from)
    if date_to is not None:
        query = query.where(Handover.business_date <= date_to)
    if clerk.strip():
        pattern = f"%{clerk.strip()}%"
        query = query.where(or_(outgoing.full_name.ilike(pattern), outgoing.username.ilike(pattern),
                                signer.full_name.ilike(pattern), signer.username.ilike(pattern)))
    if workstation.strip():
        query = query.where(Shift.workstation == workstation.strip())
    rows = session.execute(query.order_by(Handover.prepared_at.desc(), Handover.id.desc()).limit(limit)).all()
    return [_row(*found) for found in rows]


@dataclass(frozen=True, slots=True)
class CarriedItem:
    kind: str
    item_id: int
    text: str


@dataclass(frozen=True, slots=True)
class HandoverDetail:
    row: HandoverRow
    summary: Summary
    counted_detail: dict[str, int]
    float_handed_over: Decimal
    cash_dropped: Decimal
    notes_equipment: str
    notes_issues: str
    notes_staff: str
    notes_other: str
    incoming_count: Decimal | None
    incoming_detail: dict[str, int]
    override_reason: str
    carried: tuple[CarriedItem, ...]


def handover_detail(session: Session, handover_id: int) -> HandoverDetail:
    query, _outgoing, _signer = _query()
    found = session.execute(query.where(Handover.id == handover_id)).first()
    if found is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("desk", "That handover no longer exists."))
    row = _row(*found)
    h = found[0]
    carried = tuple(CarriedItem(i.kind.value, i.item_id, i.text) for i in session.scalars(
        select(HandoverItem).where(HandoverItem.handover_id == h.id).order_by(HandoverItem.id)))
    return HandoverDetail(row, Summary.from_json(h.summary), dict(h.counted_detail), h.float_handed_over,
                          h.cash_dropped, h.notes_equipment, h.notes_issues, h.notes_staff, h.notes_other,
                          h.incoming_count, dict(h.incoming_detail), h.override_reason, carried)


def last_handover_into(session: Session, shift_id: int) -> HandoverDetail | None:
    """The handover that opened ``shift_id`` (its notes and carried items are what
    the incoming clerk took over)."""
    handover_id = session.scalar(select(Handover.id).where(Handover.incoming_shift_id == shift_id))
    return handover_detail(session, handover_id) if handover_id is not None else None
