"""Checking out: the final payment, the deposit settled, a zero balance.

All in one transaction: if the bill does not come to zero nothing is posted
and the guest is still in house, with a message saying how much and why.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk import audit, clock, validate
from desk.actor import Actor
from desk.errors import RuleError
from desk.frontdesk import folio
from desk.i18n import QT_TRANSLATE_NOOP
from desk.models import (
    HkState,
    LineKind,
    Method,
    Reservation,
    ReservationState,
    Room,
    StatusEventKind,
    StayState,
)
from desk.permissions import Permission, require
from desk.rooms.status import record_event
from desk.settings import settings_row


@dataclass(frozen=True, slots=True)
class PaymentInput:
    method: Method
    amount: Decimal | str
    reference: str = ""


@dataclass(frozen=True, slots=True)
class CheckoutResult:
    room: str
    paid: Decimal
    deposit_applied: Decimal
    deposit_refunded: tuple[tuple[Method, Decimal], ...]


def check_out(session: Session, actor: Actor, *, stay_id: int, payments: Sequence[PaymentInput] = ()) -> CheckoutResult:
    """Take the final payments, settle the deposit, and check out if the balance is zero."""
    require(actor, Permission.FRONT_DESK)
    stay = folio.stay_for_posting(session, stay_id)
    paid = Decimal("0.00")
    for payment in payments:
        amount = validate.money(payment.amount, QT_TRANSLATE_NOOP("desk", "The payment"))
        reference = validate.text(payment.reference, QT_TRANSLATE_NOOP("desk", "the reference"), max_length=60,
                                  required=False)
        folio.post(session, actor, stay, LineKind.PAYMENT, amount, method=Method(payment.method), reference=reference)
        paid += amount
    settled = folio.settle_deposits(session, actor, stay)
    balance = folio.stay_totals(session, stay.id).balance
    if balance > 0:
        raise RuleError(
            QT_TRANSLATE_NOOP("desk", "{amount} is still owed (charges less payments and the deposit). Take a "
                                      "payment of {amount} to check out."),
            amount=str(balance),
        )
    if balance < 0:
        raise RuleError(
            QT_TRANSLATE_NOOP("desk", "The guest paid {amount} more than the bill. Refund {amount} (or reverse the "
                                      "extra payment) to check out."),
            amount=str(-balance),
        )
    today = settings_row(session).business_date
    now = clock.now()
    room = session.scalars(select(Room).where(Room.id == stay.room_id).with_for_update(of=Room)).one()
    stay.state = StayState.CHECKED_OUT
    stay.checked_out_at = now
    stay.checked_out_by = actor.user_id
    early = stay.departure_date > today
    if early:
        stay.departure_date = today  # the remaining nights are free for sale
    if stay.reservation_id is not None:
        reservation = session.get(Reservation, stay.reservation_id)
        if reservation is not None:
            reservation.state = ReservationState.CHECKED_OUT
    old_state = room.hk_state
    room.hk_state = HkState.DIRTY
    record_event(session, actor, room, StatusEventKind.OCCUPANCY, "occupied", "vacant", "check-out", today)
    record_event(session, actor, room, StatusEventKind.HOUSEKEEPING, old_state.value, HkState.DIRTY.value,
                 "check-out", today)
    session.flush()
    applied = settled.applied_total
    refunded = tuple(settled.refunded_by_method.items())
    audit.record(session, actor, "stay.check_out", "stay", stay.id,
                 f"Checked out of room {room.number}" + (" early" if early else "") + f"; paid {paid}, deposit "
                 f"applied {applied}, refunded {sum((a for _m, a in refunded), Decimal('0.00'))}")
    return CheckoutResult(room.number, paid, applied, refunded)
