"""Opening a cashier shift at a workstation, and finding the open one.

A front desk workstation has at most one open shift (the database refuses a
second through the unique ``open_workstation``; the service says why before
that). Every payment, refund and deposit movement is posted into the shift
open where the clerk works: without one, Desk refuses the money and says how
to open one.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk import audit, clock, validate
from desk.actor import Actor
from desk.errors import RuleError, ValidationError
from desk.i18n import QT_TRANSLATE_NOOP
from desk.models import Handover, HandoverState, HotelSettings, Shift, ShiftState, User
from desk.permissions import Permission, require
from desk.settings import settings_row
from desk.shifts import cash

_CACHE_KEY = "desk.shift_for_posting"


def open_shift_at(session: Session, workstation: str) -> Shift | None:
    """The shift open (or handing over) at ``workstation``."""
    return session.scalar(select(Shift).where(Shift.open_workstation == workstation))


def lock_hotel(session: Session) -> HotelSettings:
    """The settings row, locked: shifts opening and closing, and the day close, queue up here."""
    settings_row(session)  # a clear message when there is no hotel
    return session.scalars(select(HotelSettings).where(HotelSettings.id == 1).with_for_update()).one()


def shift_for_posting(session: Session, actor: Actor) -> int:
    """The id of the shift money is posted into at the actor's workstation.

    The row is share-locked, so a handover being written waits for a payment
    in flight and then counts it (and a payment waits for a handover and is
    then refused)."""
    cached = session.info.get(_CACHE_KEY)
    if cached is not None and cached[0] == actor.workstation:
        return int(cached[1])
    shift = session.scalar(
        select(Shift).where(Shift.open_workstation == actor.workstation).with_for_update(read=True)
    )
    if shift is None:
        raise RuleError(
            QT_TRANSLATE_NOOP("desk", "No shift is open at this workstation ({workstation}). Open a shift on the "
                                      "Shift handover tab, counting the float, before taking or paying out money."),
            workstation=actor.workstation,
        )
    if shift.state is ShiftState.HANDING_OVER:
        raise RuleError(
            QT_TRANSLATE_NOOP("desk", "This shift is being handed over and its cash is counted. Withdraw the "
                                      "handover on the Shift handover tab to take or pay out money."),
        )
    session.info[_CACHE_KEY] = (actor.workstation, shift.id)
    return shift.id


def forget_posting_shift(session: Session) -> None:
    session.info.pop(_CACHE_KEY, None)


@dataclass(frozen=True, slots=True)
class PreviousFloat:
    """What the last shift at a workstation handed over for the next one."""

    shift_id: int
    amount: Decimal
    clerk: str
    closed_at: datetime | None


def previous_float(session: Session, workstation: str) -> PreviousFloat | None:
    row = session.execute(
        select(Shift.id, Handover.float_handed_over, User.full_name, Shift.closed_at)
        .join(Handover, Handover.shift_id == Shift.id).join(User, User.id == Shift.user_id)
        .where(Shift.workstation == workstation, Shift.state == ShiftState.CLOSED,
               Handover.state.in_((HandoverState.ACCEPTED, HandoverState.OVERRIDDEN)))
        .order_by(Shift.closed_at.desc(), Shift.id.desc()).limit(1)
    ).first()
    return PreviousFloat(*row) if row else None


def new_shift(session: Session, actor: Actor, counted: cash.Count, *, business_date: date,
              previous: PreviousFloat | None, note: str) -> Shift:
    """Insert an open shift (checks done by the caller)."""
    shift = Shift(
        workstation=actor.workstation, open_workstation=actor.workstation, user_id=actor.user_id,
        state=ShiftState.OPEN, business_date=business_date, opened_at=clock.now(), opening_float=counted.total,
        opening_count=counted.pieces, previous_shift_id=previous.shift_id if previous else None,
        float_handed_over=previous.amount if previous else None,
        float_difference=counted.total - previous.amount if previous else None, float_note=note,
    )
    session.add(shift)
    session.flush()
    return shift


def open_shift(session: Session, actor: Actor, *, float_total: Decimal | str | None = None,
               float_pieces: Mapping[str, int] | None = None, note: str = "") -> int:
    """Open a shift at the actor's workstation with the float counted; a float
    different from what the last shift here handed over needs a note."""
    require(actor, Permission.FRONT_DESK)
    counted = cash.hotel_count(session, float_total, float_pieces, field=QT_TRANSLATE_NOOP("desk", "The float"))
    note = validate.text(note, QT_TRANSLATE_NOOP("desk", "the note"), max_length=500, required=False)
    hotel = lock_hotel(session)
    current = open_shift_at(session, actor.workstation)
    if current is not None:
        holder = session.get_one(User, current.user_id)
        raise RuleError(
            QT_TRANSLATE_NOOP("desk", "{clerk} already has a shift open at this workstation; it must be handed "
                                      "over (or closed by a manager) first."),
            clerk=holder.full_name,
        )
    previous = previous_float(session, actor.workstation)
    if previous is not None and counted.total != previous.amount and not note:
        raise ValidationError(
            QT_TRANSLATE_NOOP("desk", "The last shift here handed over a float of {expected}, and you counted "
                                      "{counted}. Write a note on the difference."),
            expected=str(previous.amount), counted=str(counted.total),
        )
    shift = new_shift(session, actor, counted, business_date=hotel.business_date, previous=previous, note=note)
    forget_posting_shift(session)
    audit.record(session, actor, "shift.open", "shift", shift.id,
                 f"Shift opened at {actor.workstation} with a float of {counted.total}"
                 + (f" (handed over {previous.amount}: {note})" if previous and previous.amount != counted.total
                    else ""))
    return shift.id
