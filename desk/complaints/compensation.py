"""Compensation: what the hotel gives a guest for a complaint.

A clerk may grant up to the hotel's clerk compensation limit per complaint
(everything granted or waiting on it counts, so the limit cannot be split
into smaller gifts); above it the compensation waits for a manager, whose
approval or refusal is recorded. Money off the bill (discount, refund, free
night) is credited to the stay's folio when the complaint is linked to a stay
still in house, as a discount line; gifts and other compensation are given in
kind and recorded at their value.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk import audit, clock, validate
from desk.actor import Actor
from desk.complaints import rules
from desk.complaints.names import COMPENSATION_STATE_NAMES
from desk.errors import NotFoundError, RuleError, ValidationError
from desk.frontdesk import folio
from desk.i18n import QT_TRANSLATE_NOOP, translate
from desk.models import (
    ChargeType,
    Compensation,
    CompensationState,
    CompensationType,
    Complaint,
    LineKind,
    Stay,
    StayKind,
    StayState,
)
from desk.permissions import Permission, allowed, require
from desk.settings import settings_row

CREDITED_TYPES = frozenset({CompensationType.DISCOUNT, CompensationType.REFUND, CompensationType.FREE_NIGHT})
COUNTED_STATES = (CompensationState.REQUESTED, CompensationState.APPROVED, CompensationState.POSTED)
GRANTED_STATES = (CompensationState.APPROVED, CompensationState.POSTED)


@dataclass(frozen=True, slots=True)
class CompensationResult:
    compensation_id: int
    state: CompensationState
    folio_line_id: int | None
    note: str  # for the clerk: why it waits, or why nothing was posted ("" when posted); marked for translation


def _committed(session: Session, complaint_id: int) -> Decimal:
    """Granted and waiting compensation on the complaint."""
    total = session.scalar(select(func.coalesce(func.sum(Compensation.amount), 0)).where(
        Compensation.complaint_id == complaint_id, Compensation.state.in_(COUNTED_STATES)))
    return Decimal(total or 0).quantize(Decimal("0.01"))


def _give(session: Session, actor: Actor, complaint: Complaint, compensation: Compensation) -> str:
    """Grant it: credit the folio when that is possible; returns the note for the clerk."""
    compensation.state = CompensationState.APPROVED
    if compensation.type not in CREDITED_TYPES:
        return QT_TRANSLATE_NOOP("desk", "Given in kind; nothing is posted to a folio.")
    stay = session.get(Stay, complaint.stay_id) if complaint.stay_id is not None else None
    if stay is None:
        return QT_TRANSLATE_NOOP("desk", "The complaint is linked to no stay, so nothing was posted to a folio; "
                                         "give it by other means.")
    if stay.state is not StayState.IN_HOUSE:
        return QT_TRANSLATE_NOOP("desk", "The guest has checked out, so nothing was posted to the folio; give it "
                                         "by other means.")
    if stay.kind in (StayKind.COMPLIMENTARY, StayKind.HOUSE_USE):
        return QT_TRANSLATE_NOOP("desk", "The stay is not charged, so nothing was posted to its folio.")
    locked = folio.stay_for_posting(session, stay.id)
    what = translate(QT_TRANSLATE_NOOP("desk", "Compensation for complaint {number}")).format(
        number=complaint.number)
    description = f"{what}: {compensation.description}" if compensation.description else what
    line = folio.post(session, actor, locked, LineKind.CHARGE, -compensation.amount, charge_type=ChargeType.DISCOUNT,
                      description=description[:200], reason=description[:200])
    compensation.state = CompensationState.POSTED
    compensation.folio_line_id = line.id
    return ""


def offer_compensation(session: Session, actor: Actor, *, complaint_id: int, kind: CompensationType,
                       amount: Decimal | str, description: str = "") -> CompensationResult:
    """Grant compensation, or, above the clerk's limit, ask a manager for it."""
    require(actor, Permission.COMPLAINTS)
    complaint = rules.lock(session, complaint_id)
    rules.refuse_if_closed(complaint)
    rules.refuse_if_concerned(session, complaint, actor)
    try:
        kind = CompensationType(kind)
    except ValueError:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "Choose the kind of compensation.")) from None
    value = validate.money(amount, QT_TRANSLATE_NOOP("desk", "The compensation"))
    description = validate.text(description, QT_TRANSLATE_NOOP("desk", "what is given"), max_length=150,
                                required=kind in (CompensationType.GIFT, CompensationType.OTHER))
    limit = settings_row(session).clerk_compensation_limit
    total = _committed(session, complaint.id) + value
    now = clock.now()
    compensation = Compensation(complaint_id=complaint.id, type=kind, amount=value, description=description,
                                state=CompensationState.REQUESTED, requested_at=now, requested_by_id=actor.user_id)
    session.add(compensation)
    session.flush()
    if total > limit and not allowed(actor.role, Permission.COMPENSATE_ABOVE_LIMIT):
        note = QT_TRANSLATE_NOOP("desk", "Above the clerk's limit: it waits for a manager's approval.")
    else:
        compensation.decided_at = now
        compensation.decided_by_id = actor.user_id
        note = _give(session, actor, complaint, compensation)
    session.flush()
    audit.record(session, actor, "complaint.compensate", "complaint", complaint.id,
                 f"{complaint.number}: {kind.value} {value} ({compensation.state.value}; {total} in all, limit "
                 f"{limit})")
    return CompensationResult(compensation.id, compensation.state, compensation.folio_line_id, note)


def _waiting(session: Session, actor: Actor, compensation_id: int) -> tuple[Complaint, Compensation]:
    require(actor, Permission.COMPENSATE_ABOVE_LIMIT)
    complaint_id = session.scalar(select(Compensation.complaint_id).where(Compensation.id == compensation_id))
    if complaint_id is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("desk", "That compensation no longer exists."))
    complaint = rules.lock(session, complaint_id)  # complaint first, as everywhere
    compensation = session.scalars(select(Compensation).where(Compensation.id == compensation_id)
                                   .with_for_update()).one()
    if compensation.state is not CompensationState.REQUESTED:
        raise RuleError(QT_TRANSLATE_NOOP("desk", "This compensation is {state} already."),
                        state=COMPENSATION_STATE_NAMES[compensation.state])
    rules.refuse_if_concerned(session, complaint, actor)
    return complaint, compensation


def approve_compensation(session: Session, actor: Actor, *, compensation_id: int,
                         note: str = "") -> CompensationResult:
    """A manager grants compensation that waited; it is posted like any other."""
    complaint, compensation = _waiting(session, actor, compensation_id)
    note = validate.text(note, QT_TRANSLATE_NOOP("desk", "the note"), max_length=200, required=False)
    compensation.decided_at = clock.now()
    compensation.decided_by_id = actor.user_id
    compensation.decision_note = note
    result_note = _give(session, actor, complaint, compensation)
    session.flush()
    audit.record(session, actor, "complaint.compensation_approve", "complaint", complaint.id,
                 f"{complaint.number}: {compensation.type.value} {compensation.amount} approved")
    return CompensationResult(compensation.id, compensation.state, compensation.folio_line_id, result_note)


def reject_compensation(session: Session, actor: Actor, *, compensation_id: int, reason: str) -> CompensationResult:
    complaint, compensation = _waiting(session, actor, compensation_id)
    reason = validate.text(reason, QT_TRANSLATE_NOOP("desk", "the reason"), max_length=200)
    compensation.state = CompensationState.REJECTED
    compensation.decided_at = clock.now()
    compensation.decided_by_id = actor.user_id
    compensation.decision_note = reason
    session.flush()
    audit.record(session, actor, "complaint.compensation_reject", "complaint", complaint.id,
                 f"{complaint.number}: {compensation.type.value} {compensation.amount} refused")
    return CompensationResult(compensation.id, compensation.state, None, "")
