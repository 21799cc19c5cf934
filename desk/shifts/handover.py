"""Handing a shift over: the outgoing clerk counts and hands over, the incoming
clerk signs in at the same workstation, recounts the float and accepts.

The outgoing clerk may not leave until the incoming one has taken over: only
the acceptance closes the shift (and opens the incoming clerk's with the float
they counted), unless a manager overrides with a reason. Handing over freezes
the shift (no more money is taken into it); withdrawing the handover reopens
it. An accepted or overridden handover is never changed.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk import audit, clock, validate
from desk.actor import Actor
from desk.errors import NotFoundError, PermissionDeniedError, RuleError, ValidationError
from desk.i18n import QT_TRANSLATE_NOOP
from desk.models import CarriedKind, Handover, HandoverItem, HandoverState, Shift, ShiftState, User
from desk.permissions import Permission, allowed, require
from desk.settings import business_date
from desk.shifts import cash, duty, shifts, summary

MAX_NOTE = 4000


def _locked_shift(session: Session, shift_id: int) -> Shift:
    shift = session.scalar(select(Shift).where(Shift.id == shift_id).with_for_update())
    if shift is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("desk", "That shift no longer exists."))
    return shift


def current(session: Session, actor: Actor) -> Shift:
    """The shift open at the actor's workstation, or a message saying there is none."""
    shift = shifts.open_shift_at(session, actor.workstation)
    if shift is None:
        raise RuleError(QT_TRANSLATE_NOOP("desk", "No shift is open at this workstation."))
    return shift


def preview(session: Session, actor: Actor) -> summary.Summary:
    """What the handover of the shift open here would say now."""
    return summary.assemble(session, current(session, actor))


def pending(session: Session, shift_id: int) -> Handover | None:
    return session.scalar(select(Handover).where(Handover.shift_id == shift_id,
                                                 Handover.state == HandoverState.PENDING))


def _notes(**notes: str) -> dict[str, str]:
    names = {
        "notes_equipment": QT_TRANSLATE_NOOP("desk", "the equipment notes"),
        "notes_issues": QT_TRANSLATE_NOOP("desk", "the difficult issues"),
        "notes_staff": QT_TRANSLATE_NOOP("desk", "the staff changes"),
        "notes_other": QT_TRANSLATE_NOOP("desk", "the other notes"),
    }
    return {key: validate.text(value, names[key], max_length=MAX_NOTE, required=False, multiline=True)
            for key, value in notes.items()}


def _write(session: Session, actor: Actor, shift: Shift, frozen: summary.Summary, counted: cash.Count,
           float_handed_over: Decimal, notes: dict[str, str], carry: Sequence[tuple[str, int]],
           state: HandoverState) -> Handover:
    """Freeze the summary and the count into a handover, with its carried items."""
    available = {(item.kind, item.id): item for item in frozen.items}
    chosen = {(CarriedKind(kind).value, item_id) for kind, item_id in carry}
    unknown = chosen - set(available)
    if unknown:
        raise RuleError(QT_TRANSLATE_NOOP("desk", "An item chosen to carry forward is no longer open; refresh and "
                                                  "choose again."))
    # Major incidents are carried until their report is in, chosen or not.
    chosen |= {(item.kind, item.id) for item in frozen.majors_open}
    expected = frozen.expected_cash
    handover = Handover(
        shift_id=shift.id, state=state, prepared_at=clock.now(), prepared_by_id=actor.user_id,
        business_date=business_date(session), summary=frozen.to_json(), opening_float=shift.opening_float,
        cash_received=frozen.cash_received, cash_paid_out=frozen.cash_paid_out, expected_cash=expected,
        counted_cash=counted.total, counted_detail=counted.pieces, difference=counted.total - expected,
        float_handed_over=float_handed_over, cash_dropped=counted.total - float_handed_over,
        non_cash={t.method: str(t.net) for t in frozen.non_cash}, **notes,
    )
    session.add(handover)
    session.flush()
    for key in sorted(chosen):
        item = available[key]
        session.add(HandoverItem(handover_id=handover.id, kind=CarriedKind(item.kind), item_id=item.id,
                                 text=item.text[:500]))
    return handover


def hand_over(session: Session, actor: Actor, *, counted_total: Decimal | str | None = None,
              counted_pieces: Mapping[str, int] | None = None, float_handed_over: Decimal | str,
              notes_equipment: str = "", notes_issues: str = "", notes_staff: str = "", notes_other: str = "",
              carry: Sequence[tuple[str, int]] = ()) -> int:
    """The outgoing clerk counts the drawer and hands the shift over; it waits
    for the incoming clerk. Returns the handover's id."""
    require(actor, Permission.FRONT_DESK)
    counted = cash.hotel_count(session, counted_total, counted_pieces)
    handed = validate.money(float_handed_over, QT_TRANSLATE_NOOP("desk", "The float handed over"), allow_zero=True)
    notes = _notes(notes_equipment=notes_equipment, notes_issues=notes_issues, notes_staff=notes_staff,
                   notes_other=notes_other)
    shifts.lock_hotel(session)
    shift = _locked_shift(session, current(session, actor).id)
    if shift.state is not ShiftState.OPEN:
        raise RuleError(QT_TRANSLATE_NOOP("desk", "This shift has been handed over already; it waits for the "
                                                  "incoming clerk."))
    if shift.user_id != actor.user_id and not allowed(actor.role, Permission.SHIFT_OVERRIDE):
        raise PermissionDeniedError(QT_TRANSLATE_NOOP("desk", "Only the clerk whose shift it is can hand it over."))
    _float_within_count(handed, counted)
    frozen = summary.assemble(session, shift)
    difference = counted.total - frozen.expected_cash
    if difference != 0 and not notes["notes_issues"]:
        raise ValidationError(
            QT_TRANSLATE_NOOP("desk", "The cash is {over_short} by {amount}. Explain it under difficult issues: "
                                      "a difference is not passed on silently."),
            over_short=QT_TRANSLATE_NOOP("desk", "over") if difference > 0 else QT_TRANSLATE_NOOP("desk", "short"),
            amount=str(abs(difference)),
        )
    handover = _write(session, actor, shift, frozen, counted, handed, notes, carry, HandoverState.PENDING)
    shift.state = ShiftState.HANDING_OVER
    shifts.forget_posting_shift(session)
    audit.record(session, actor, "shift.hand_over", "shift", shift.id,
                 f"Shift {shift.id} handed over: expected {handover.expected_cash}, counted {counted.total}, "
                 f"difference {handover.difference}, float {handed}, dropped {handover.cash_dropped}")
    return handover.id


def _float_within_count(handed: Decimal, counted: cash.Count) -> None:
    if handed > counted.total:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "The float handed over ({float}) cannot be more than the "
                                                        "cash counted ({counted})."),
                              float=str(handed), counted=str(counted.total))


def _locked_pending(session: Session, handover_id: int) -> tuple[Handover, Shift]:
    handover = session.scalar(select(Handover).where(Handover.id == handover_id).with_for_update())
    if handover is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("desk", "That handover no longer exists."))
    shift = _locked_shift(session, handover.shift_id)
    if handover.state is not HandoverState.PENDING:
        raise RuleError(QT_TRANSLATE_NOOP("desk", "This handover is no longer waiting: it was accepted, withdrawn or "
                                                  "closed by a manager."))
    return handover, shift


def withdraw(session: Session, actor: Actor, *, handover_id: int) -> None:
    """The outgoing clerk takes the handover back to go on working (and taking money)."""
    require(actor, Permission.FRONT_DESK)
    shifts.lock_hotel(session)
    handover, shift = _locked_pending(session, handover_id)
    if shift.user_id != actor.user_id and not allowed(actor.role, Permission.SHIFT_OVERRIDE):
        raise PermissionDeniedError(QT_TRANSLATE_NOOP("desk", "Only the clerk who handed over can withdraw it."))
    handover.state, handover.withdrawn_at = HandoverState.WITHDRAWN, clock.now()
    shift.state = ShiftState.OPEN
    audit.record(session, actor, "shift.withdraw", "shift", shift.id, f"Handover {handover.id} withdrawn")


def _carry_new_majors(session: Session, handover: Handover) -> None:
    """A major incident logged while the handover waited is carried too: the
    incoming clerk never signs without it."""
    carried = set(session.scalars(select(HandoverItem.item_id).where(HandoverItem.handover_id == handover.id,
                                                                    HandoverItem.kind == CarriedKind.DUTY)))
    for row in duty.open_items(session):
        if row.major and row.id not in carried:
            session.add(HandoverItem(handover_id=handover.id, kind=CarriedKind.DUTY, item_id=row.id,
                                     text=row.summary))


def _close(shift: Shift) -> None:
    shift.state, shift.open_workstation, shift.closed_at = ShiftState.CLOSED, None, clock.now()


def accept(session: Session, incoming: Actor, *, handover_id: int, counted_total: Decimal | str | None = None,
           counted_pieces: Mapping[str, int] | None = None, disagreement: str = "") -> int:
    """The incoming clerk, signed in at this workstation, recounts the float and
    accepts: the outgoing shift closes and theirs opens with the float they
    counted. A count different from the float handed over needs their
    disagreement in writing. Returns the incoming shift's id."""
    require(incoming, Permission.FRONT_DESK)
    counted = cash.hotel_count(session, counted_total, counted_pieces,
                               field=QT_TRANSLATE_NOOP("desk", "The float counted"))
    disagreement = validate.text(disagreement, QT_TRANSLATE_NOOP("desk", "the disagreement"), max_length=500,
                                 required=False, multiline=True)
    hotel = shifts.lock_hotel(session)
    handover, shift = _locked_pending(session, handover_id)
    if incoming.user_id in (shift.user_id, handover.prepared_by_id):
        raise RuleError(QT_TRANSLATE_NOOP("desk", "The incoming clerk must sign in with their own account: a shift "
                                                  "cannot be handed over to the same person."))
    if incoming.workstation != shift.workstation:
        raise RuleError(QT_TRANSLATE_NOOP("desk", "A handover is accepted at the workstation it was handed over at "
                                                  "({workstation})."), workstation=shift.workstation)
    if counted.total != handover.float_handed_over and not disagreement:
        raise ValidationError(
            QT_TRANSLATE_NOOP("desk", "You counted {counted}, but {handed} was handed over. Recount, or write down "
                                      "the disagreement."),
            counted=str(counted.total), handed=str(handover.float_handed_over),
        )
    now = clock.now()
    handover.state, handover.accepted_by_id, handover.accepted_at = HandoverState.ACCEPTED, incoming.user_id, now
    handover.incoming_count, handover.incoming_detail = counted.total, counted.pieces
    handover.disagreement = disagreement
    _carry_new_majors(session, handover)
    _close(shift)
    session.flush()  # frees the workstation for the incoming shift
    previous = shifts.PreviousFloat(shift.id, handover.float_handed_over, "", now)
    new = shifts.new_shift(session, incoming, counted, business_date=hotel.business_date, previous=previous,
                           note=disagreement)
    handover.incoming_shift_id = new.id
    shifts.forget_posting_shift(session)
    audit.record(session, incoming, "shift.accept", "shift", shift.id,
                 f"Handover {handover.id} accepted; float counted {counted.total} of {handover.float_handed_over}"
                 + (f"; disagreement: {disagreement}" if disagreement else "") + f"; shift {new.id} opened")
    return new.id


def override_close(session: Session, manager: Actor, *, shift_id: int, reason: str,
                   counted_total: Decimal | str | None = None, counted_pieces: Mapping[str, int] | None = None,
                   float_handed_over: Decimal | str | None = None) -> int:
    """A manager closes a shift nobody accepted. A shift already handed over
    keeps its count; one still open needs the manager's count of the drawer.
    Returns the handover's id."""
    require(manager, Permission.SHIFT_OVERRIDE)
    reason = validate.text(reason, QT_TRANSLATE_NOOP("desk", "the reason"), max_length=500)
    shifts.lock_hotel(session)
    shift = _locked_shift(session, shift_id)
    if shift.state is ShiftState.CLOSED:
        raise RuleError(QT_TRANSLATE_NOOP("desk", "This shift is closed already."))
    handover = pending(session, shift.id)
    if handover is None:
        if counted_total in (None, "") and counted_pieces is None:
            raise ValidationError(QT_TRANSLATE_NOOP("desk", "Count the drawer: a shift that was not handed over is "
                                                            "closed with the manager's count."))
        counted = cash.hotel_count(session, counted_total, counted_pieces)
        typed = float_handed_over not in (None, "")
        handed = validate.money(float_handed_over if typed else shift.opening_float,
                                QT_TRANSLATE_NOOP("desk", "The float handed over"), allow_zero=True)
        if typed:
            _float_within_count(handed, counted)
        else:
            handed = min(handed, counted.total)  # the drawer holds less than the float: it all stays
        handover = _write(session, manager, shift, summary.assemble(session, shift), counted, handed,
                          _notes(notes_other=reason), (), HandoverState.OVERRIDDEN)
    else:
        handover.state = HandoverState.OVERRIDDEN
    handover.override_by_id, handover.override_reason = manager.user_id, reason
    _close(shift)
    shifts.forget_posting_shift(session)
    audit.record(session, manager, "shift.override", "shift", shift.id,
                 f"Shift {shift.id} closed by a manager without acceptance: {reason}")
    return handover.id


def clerk_name(session: Session, user_id: int | None) -> str:
    return session.get_one(User, user_id).full_name if user_id is not None else ""
