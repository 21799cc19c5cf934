"""Posting to a stay's folio: charges, payments, refunds, deposits, reversals.

Every posting carries the business date, the clerk, the workstation and, for
money, the cashier shift open there; the stay's row is locked while posting, so two
clerks posting to one folio queue up. Nothing here edits or deletes a line.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk import audit, clock, validate
from desk.actor import Actor
from desk.errors import NotFoundError, PermissionDeniedError, RuleError, ValidationError
from desk.i18n import QT_TRANSLATE_NOOP
from desk.models import ChargeType, FolioLine, LineKind, Method, Room, Stay, StayState, User
from desk.permissions import Permission, allowed, require
from desk.settings import settings_row
from desk.shifts.shifts import shift_for_posting

CHARGE_NAMES = {
    ChargeType.ROOM: QT_TRANSLATE_NOOP("desk", "Room night"),
    ChargeType.DAY_USE: QT_TRANSLATE_NOOP("desk", "Day use"),
    ChargeType.NO_SHOW: QT_TRANSLATE_NOOP("desk", "No-show"),
    ChargeType.MINIBAR: QT_TRANSLATE_NOOP("desk", "Minibar"),
    ChargeType.LAUNDRY: QT_TRANSLATE_NOOP("desk", "Laundry"),
    ChargeType.FOOD: QT_TRANSLATE_NOOP("desk", "Food and drink"),
    ChargeType.TELEPHONE: QT_TRANSLATE_NOOP("desk", "Telephone"),
    ChargeType.OTHER: QT_TRANSLATE_NOOP("desk", "Other"),
    ChargeType.DISCOUNT: QT_TRANSLATE_NOOP("desk", "Discount"),
    ChargeType.ADJUSTMENT: QT_TRANSLATE_NOOP("desk", "Adjustment"),
}
METHOD_NAMES = {
    Method.CASH: QT_TRANSLATE_NOOP("desk", "Cash"),
    Method.CARD: QT_TRANSLATE_NOOP("desk", "Bank card"),
    Method.MOBILE: QT_TRANSLATE_NOOP("desk", "Mobile payment"),
    Method.TRANSFER: QT_TRANSLATE_NOOP("desk", "Bank transfer"),
}
KIND_NAMES = {
    LineKind.CHARGE: QT_TRANSLATE_NOOP("desk", "Charge"),
    LineKind.PAYMENT: QT_TRANSLATE_NOOP("desk", "Payment"),
    LineKind.REFUND: QT_TRANSLATE_NOOP("desk", "Refund"),
    LineKind.DEPOSIT: QT_TRANSLATE_NOOP("desk", "Deposit"),
    LineKind.DEPOSIT_APPLIED: QT_TRANSLATE_NOOP("desk", "Deposit applied"),
    LineKind.DEPOSIT_REFUND: QT_TRANSLATE_NOOP("desk", "Deposit refunded"),
}
EXTRAS = (ChargeType.MINIBAR, ChargeType.LAUNDRY, ChargeType.FOOD, ChargeType.TELEPHONE, ChargeType.OTHER)
ZERO = Decimal("0.00")


@dataclass(frozen=True, slots=True)
class Totals:
    charges: Decimal = ZERO
    payments: Decimal = ZERO
    refunds: Decimal = ZERO
    deposits: Decimal = ZERO
    deposits_applied: Decimal = ZERO
    deposits_refunded: Decimal = ZERO
    held_by_method: dict[Method, Decimal] = field(default_factory=dict)

    @property
    def balance(self) -> Decimal:
        """What the guest still owes (negative: the hotel owes the guest)."""
        return self.charges - self.payments + self.refunds - self.deposits_applied

    @property
    def deposit_held(self) -> Decimal:
        return self.deposits - self.deposits_applied - self.deposits_refunded


def totals(lines: Iterable[tuple[LineKind, Method | None, Decimal, int | None]]) -> Totals:
    """Sum lines given as (kind, method, amount, deposit_id): the one definition
    of the balance, used by the screens, the check-out and the tests."""
    sums = dict.fromkeys(LineKind, ZERO)
    held: dict[Method, Decimal] = {}
    for kind, method, amount, _deposit_id in lines:
        sums[kind] += amount
        if method is not None and kind in (LineKind.DEPOSIT, LineKind.DEPOSIT_APPLIED, LineKind.DEPOSIT_REFUND):
            sign = 1 if kind is LineKind.DEPOSIT else -1
            held[method] = held.get(method, ZERO) + sign * amount
    return Totals(sums[LineKind.CHARGE], sums[LineKind.PAYMENT], sums[LineKind.REFUND], sums[LineKind.DEPOSIT],
                  sums[LineKind.DEPOSIT_APPLIED], sums[LineKind.DEPOSIT_REFUND],
                  {m: v for m, v in held.items() if v != 0})


def stay_totals(session: Session, stay_id: int) -> Totals:
    return totals(session.execute(
        select(FolioLine.kind, FolioLine.method, FolioLine.amount, FolioLine.deposit_id)
        .where(FolioLine.stay_id == stay_id)
    ).all())


@dataclass(frozen=True, slots=True)
class LineRow:
    id: int
    kind: LineKind
    charge_type: ChargeType | None
    method: Method | None
    amount: Decimal
    description: str
    reference: str
    business_date: date
    posted_at: datetime
    username: str
    room_number: str
    reverses_id: int | None
    reason: str
    reversed: bool


def lines(session: Session, stay_id: int) -> list[LineRow]:
    """The folio in posting order; ``reversed`` marks lines a later line cancels."""
    rows = session.execute(
        select(FolioLine, User.username, Room.number)
        .join(User, User.id == FolioLine.user_id).outerjoin(Room, Room.id == FolioLine.room_id)
        .where(FolioLine.stay_id == stay_id).order_by(FolioLine.id)
    ).all()
    reversed_ids = {line.reverses_id for line, _, _ in rows if line.reverses_id is not None}
    return [LineRow(line.id, line.kind, line.charge_type, line.method, line.amount, line.description, line.reference,
                    line.business_date, line.posted_at, username, number or "", line.reverses_id, line.reason,
                    line.id in reversed_ids) for line, username, number in rows]


def stay_for_posting(session: Session, stay_id: int) -> Stay:
    """The in-house stay, locked for this transaction."""
    stay = session.scalar(select(Stay).where(Stay.id == stay_id).with_for_update())
    if stay is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("desk", "That stay no longer exists."))
    if stay.state is not StayState.IN_HOUSE:
        raise RuleError(QT_TRANSLATE_NOOP("desk", "This guest has checked out; the folio is closed."))
    return stay


def post(session: Session, actor: Actor, stay: Stay, kind: LineKind, amount: Decimal, *,
         charge_type: ChargeType | None = None, method: Method | None = None, description: str = "",
         reference: str = "", reverses_id: int | None = None, deposit_id: int | None = None,
         reason: str = "") -> FolioLine:
    """Append one line (already checked) and its audit entry. Money (anything
    but a charge) goes into the cashier shift open at the clerk's workstation."""
    shift_id = None if kind is LineKind.CHARGE else shift_for_posting(session, actor)
    line = FolioLine(
        stay_id=stay.id, kind=kind, charge_type=charge_type, method=method, amount=amount,
        description=description, reference=reference, business_date=settings_row(session).business_date,
        posted_at=clock.now(), user_id=actor.user_id, workstation=actor.workstation, shift_id=shift_id,
        room_id=stay.room_id, reverses_id=reverses_id, deposit_id=deposit_id, reason=reason,
    )
    session.add(line)
    session.flush()
    what = charge_type.value if charge_type else (method.value if method else "")
    audit.record(session, actor, f"folio.{kind.value}", "stay", stay.id,
                 f"Stay {stay.id}: {kind.value} {what} {amount}" + (f" ({reason})" if reason else "")
                 + (f" reversing line {reverses_id}" if reverses_id else ""))
    return line


def _within_limit(session: Session, actor: Actor, amount: Decimal, what: str) -> None:
    limit = settings_row(session).clerk_adjustment_limit
    if abs(amount) > limit and not allowed(actor.role, Permission.ADJUST_ABOVE_LIMIT):
        raise PermissionDeniedError(
            QT_TRANSLATE_NOOP("desk", "A {what} of {amount} is above the clerk's limit of {limit}; ask a manager."),
            what=what, amount=str(abs(amount)), limit=str(limit),
        )


def post_charge(session: Session, actor: Actor, *, stay_id: int, charge_type: ChargeType,
                amount: Decimal | str, description: str = "") -> int:
    """An extra (minibar, laundry...), a discount (a credit) or an adjustment (either sign)."""
    require(actor, Permission.FRONT_DESK)
    charge_type = ChargeType(charge_type)
    description = validate.text(description, QT_TRANSLATE_NOOP("desk", "the description"), max_length=200,
                                required=charge_type in (ChargeType.DISCOUNT, ChargeType.ADJUSTMENT, ChargeType.OTHER))
    if charge_type is ChargeType.ADJUSTMENT:
        value = validate.money(amount, QT_TRANSLATE_NOOP("desk", "The amount"), allow_negative=True)
        _within_limit(session, actor, value, QT_TRANSLATE_NOOP("desk", "correction"))
    elif charge_type is ChargeType.DISCOUNT:
        value = -validate.money(amount, QT_TRANSLATE_NOOP("desk", "The amount"))
        _within_limit(session, actor, value, QT_TRANSLATE_NOOP("desk", "discount"))
    elif charge_type in EXTRAS:
        value = validate.money(amount, QT_TRANSLATE_NOOP("desk", "The amount"))
    else:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "Room nights and no-shows are posted by the day close."))
    stay = stay_for_posting(session, stay_id)
    line = post(session, actor, stay, LineKind.CHARGE, value, charge_type=charge_type, description=description,
                reason=description if charge_type in (ChargeType.DISCOUNT, ChargeType.ADJUSTMENT) else "")
    return line.id


def post_payment(session: Session, actor: Actor, *, stay_id: int, method: Method, amount: Decimal | str,
                 reference: str = "") -> int:
    require(actor, Permission.FRONT_DESK)
    value = validate.money(amount, QT_TRANSLATE_NOOP("desk", "The payment"))
    reference = validate.text(reference, QT_TRANSLATE_NOOP("desk", "the reference"), max_length=60, required=False)
    stay = stay_for_posting(session, stay_id)
    return post(session, actor, stay, LineKind.PAYMENT, value, method=Method(method), reference=reference).id


def refund(session: Session, actor: Actor, *, stay_id: int, method: Method, amount: Decimal | str,
           reason: str) -> int:
    """Pay back money the guest paid over the bill (a credit balance)."""
    require(actor, Permission.FRONT_DESK)
    value = validate.money(amount, QT_TRANSLATE_NOOP("desk", "The refund"))
    reason = validate.text(reason, QT_TRANSLATE_NOOP("desk", "the reason"), max_length=200)
    stay = stay_for_posting(session, stay_id)
    credit = -stay_totals(session, stay.id).balance
    if value > credit:
        raise RuleError(
            QT_TRANSLATE_NOOP("desk", "The guest has {credit} in credit; a refund cannot be larger. Deposits are "
                                      "refunded at check-out."),
            credit=str(max(credit, ZERO)),
        )
    return post(session, actor, stay, LineKind.REFUND, value, method=Method(method), reason=reason).id


def take_deposit(session: Session, actor: Actor, *, stay_id: int, method: Method, amount: Decimal | str,
                 reference: str = "") -> int:
    require(actor, Permission.FRONT_DESK)
    value = validate.money(amount, QT_TRANSLATE_NOOP("desk", "The deposit"))
    reference = validate.text(reference, QT_TRANSLATE_NOOP("desk", "the reference"), max_length=60, required=False)
    stay = stay_for_posting(session, stay_id)
    return post(session, actor, stay, LineKind.DEPOSIT, value, method=Method(method), reference=reference).id


def reverse(session: Session, actor: Actor, *, line_id: int, reason: str) -> int:
    """Cancel a line with an opposite one of the same kind; the original stays."""
    require(actor, Permission.FRONT_DESK)
    reason = validate.text(reason, QT_TRANSLATE_NOOP("desk", "the reason"), max_length=200)
    original = session.get(FolioLine, line_id)
    if original is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("desk", "That folio line no longer exists."))
    stay = stay_for_posting(session, original.stay_id)
    if original.reverses_id is not None:
        raise RuleError(QT_TRANSLATE_NOOP("desk", "This line is itself a reversal; post the entry again instead."))
    if session.scalar(select(FolioLine.id).where(FolioLine.reverses_id == original.id)) is not None:
        raise RuleError(QT_TRANSLATE_NOOP("desk", "This line has been reversed already."))
    if original.kind is LineKind.DEPOSIT:
        moved = session.scalar(select(FolioLine.id).where(FolioLine.deposit_id == original.id).limit(1))
        if moved is not None:
            raise RuleError(QT_TRANSLATE_NOOP("desk", "This deposit was applied or refunded; reverse that first."))
    _within_limit(session, actor, original.amount, QT_TRANSLATE_NOOP("desk", "reversal"))
    line = post(session, actor, stay, original.kind, -original.amount, charge_type=original.charge_type,
                method=original.method, description=original.description, reference=original.reference,
                reverses_id=original.id, deposit_id=original.deposit_id, reason=reason)
    return line.id


@dataclass(frozen=True, slots=True)
class HeldDeposit:
    """A deposit line and how much of it is still held."""

    line_id: int
    method: Method
    amount: Decimal
    reference: str


def held_deposits(session: Session, stay_id: int) -> list[HeldDeposit]:
    """The stay's deposits still (partly) held, oldest first."""
    rows = session.scalars(select(FolioLine).where(FolioLine.stay_id == stay_id).order_by(FolioLine.id)).all()
    # What left each deposit: applications and refunds (and their reversals), and reversals of the deposit.
    moved: dict[int, Decimal] = {}
    for line in rows:
        if line.deposit_id is not None:
            moved[line.deposit_id] = moved.get(line.deposit_id, ZERO) + line.amount
        if line.kind is LineKind.DEPOSIT and line.reverses_id is not None:
            moved[line.reverses_id] = moved.get(line.reverses_id, ZERO) - line.amount
    held = []
    for line in rows:
        if line.kind is LineKind.DEPOSIT and line.reverses_id is None:
            amount = line.amount - moved.get(line.id, ZERO)
            if amount > 0:
                held.append(HeldDeposit(line.id, line.method or Method.CASH, amount, line.reference))
    return held


@dataclass(frozen=True, slots=True)
class Settlement:
    """What check-out does with the deposits: each pays what is still owed, in
    the order they were taken, and the rest goes back the way it came."""

    applied: tuple[tuple[HeldDeposit, Decimal], ...]
    refunded: tuple[tuple[HeldDeposit, Decimal], ...]
    remaining: Decimal  # after the deposits: > 0 still owed, < 0 paid too much

    @property
    def applied_total(self) -> Decimal:
        return sum((amount for _d, amount in self.applied), ZERO)

    @property
    def refunded_by_method(self) -> dict[Method, Decimal]:
        result: dict[Method, Decimal] = {}
        for deposit, amount in self.refunded:
            result[deposit.method] = result.get(deposit.method, ZERO) + amount
        return result


def plan_settlement(balance: Decimal, deposits: Iterable[HeldDeposit]) -> Settlement:
    """The one rule, for the check-out and for the preview the clerk sees."""
    owed = balance
    applied, refunded = [], []
    for deposit in deposits:
        use = min(deposit.amount, max(owed, ZERO))
        if use > 0:
            applied.append((deposit, use))
            owed -= use
        if deposit.amount - use > 0:
            refunded.append((deposit, deposit.amount - use))
    return Settlement(tuple(applied), tuple(refunded), owed)


def settle_deposits(session: Session, actor: Actor, stay: Stay) -> Settlement:
    """Carry out the settlement plan: apply held deposits to the balance, refund
    the rest the way each came in. Returns the plan carried out."""
    plan = plan_settlement(stay_totals(session, stay.id).balance, held_deposits(session, stay.id))
    for deposit, amount in plan.applied:
        post(session, actor, stay, LineKind.DEPOSIT_APPLIED, amount, method=deposit.method, deposit_id=deposit.line_id)
    for deposit, amount in plan.refunded:
        post(session, actor, stay, LineKind.DEPOSIT_REFUND, amount, method=deposit.method, deposit_id=deposit.line_id,
             reference=deposit.reference)
    return plan
