"""The money of one business date, as immutable rows for the settlement
workbook: takings by method, charges by type, deposits, cashier shifts, every
transaction, and the guest ledger's balances.

Money received is payments and deposits taken; money paid back is refunds
and deposits refunded (as the cashier shifts count it). The guest ledger is
every folio's balance (charges - payments + refunds - deposits applied);
deposits are held apart until applied or refunded. No-show charges go to the
reservation's guarantee, not to a folio, so they are charges of the day but
not in the guest ledger.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session, aliased

from desk.frontdesk import folio
from desk.models import (
    ChargeType,
    FolioLine,
    Guest,
    Handover,
    HandoverState,
    LineKind,
    Method,
    NoShowCharge,
    Reservation,
    Room,
    Shift,
    Stay,
    User,
)
from desk.shifts import cash

ZERO = Decimal("0.00")
RECEIVED = (LineKind.PAYMENT, LineKind.DEPOSIT)
PAID_OUT = (LineKind.REFUND, LineKind.DEPOSIT_REFUND)
DEPOSIT_KINDS = (LineKind.DEPOSIT, LineKind.DEPOSIT_APPLIED, LineKind.DEPOSIT_REFUND)


Key = tuple[LineKind, Method | None]


@dataclass(frozen=True, slots=True)
class Ledger:
    """Every folio line's amount summed by kind and method: before the date, and on it.

    Two queries: one pass over the past (the ledger's opening balances) and
    the day's lines through the date index; every money figure of the
    workbook comes from these sums, so the history is read once.
    """

    day: date
    before: dict[Key, Decimal]
    on_day: dict[Key, Decimal]

    def moved(self, kind: LineKind, method: Method | None = None) -> Decimal:
        """What lines of ``kind`` (and ``method``, if given) came to on the day."""
        return _cents(sum((v for (k, m), v in self.on_day.items() if k is kind and method in (None, m)), ZERO))

    def balance(self, *, closing: bool) -> Decimal:
        """The guest ledger: every folio's balance before the day, or at its end."""
        lines = [*self.before.items(), *(self.on_day.items() if closing else ())]
        return _cents(folio.totals((kind, None, amount, None) for (kind, _m), amount in lines).balance)

    def deposits_held(self, *, closing: bool) -> dict[Method, Decimal]:
        """Deposits still held by method, before the day or at its end."""
        held: dict[Method, Decimal] = {}
        for sums in (self.before, self.on_day) if closing else (self.before,):
            for (kind, method), amount in sums.items():
                if kind in DEPOSIT_KINDS:
                    key = method or Method.CASH
                    held[key] = held.get(key, ZERO) + (amount if kind is LineKind.DEPOSIT else -amount)
        return {m: _cents(v) for m, v in held.items()}


def ledger(session: Session, day: date) -> Ledger:
    def sums(on: ColumnElement[bool]) -> dict[Key, Decimal]:
        return {(kind, method): Decimal(amount or 0) for kind, method, amount in session.execute(
            select(FolioLine.kind, FolioLine.method, func.sum(FolioLine.amount)).where(on)
            .group_by(FolioLine.kind, FolioLine.method))}

    return Ledger(day, sums(FolioLine.business_date < day), sums(FolioLine.business_date == day))


@dataclass(frozen=True, slots=True)
class MethodTakings:
    method: Method
    received: Decimal
    refunded: Decimal

    @property
    def net(self) -> Decimal:
        return self.received - self.refunded


def takings(money: Ledger) -> list[MethodTakings]:
    """Money in and out on the day by payment method (every method listed)."""
    return [MethodTakings(m, sum((money.moved(k, m) for k in RECEIVED), ZERO),
                          sum((money.moved(k, m) for k in PAID_OUT), ZERO)) for m in Method]


@dataclass(frozen=True, slots=True)
class ChargeTotal:
    charge_type: ChargeType
    lines: int
    amount: Decimal


def charges(session: Session, day: date) -> tuple[list[ChargeTotal], ChargeTotal]:
    """Folio charges posted on ``day`` by type (in the type's order), and the no-show charges."""
    found = {charge_type: (count, amount) for charge_type, count, amount in session.execute(
        select(FolioLine.charge_type, func.count(), func.sum(FolioLine.amount))
        .where(FolioLine.business_date == day, FolioLine.kind == LineKind.CHARGE).group_by(FolioLine.charge_type))}
    by_type = [ChargeTotal(t, found[t][0], _cents(Decimal(found[t][1] or 0))) for t in ChargeType if t in found]
    count, amount = session.execute(select(func.count(), func.sum(NoShowCharge.amount))
                                    .where(NoShowCharge.business_date == day)).one()
    return by_type, ChargeTotal(ChargeType.NO_SHOW, count, _cents(Decimal(amount or 0)))


@dataclass(frozen=True, slots=True)
class DepositMoves:
    method: Method
    held_at_start: Decimal
    taken: Decimal
    applied: Decimal
    refunded: Decimal

    @property
    def held_at_end(self) -> Decimal:
        return self.held_at_start + self.taken - self.applied - self.refunded


def deposits(money: Ledger) -> list[DepositMoves]:
    """Deposits by method: held before the day, and what moved on it."""
    start = money.deposits_held(closing=False)
    return [DepositMoves(m, start.get(m, ZERO), money.moved(LineKind.DEPOSIT, m),
                         money.moved(LineKind.DEPOSIT_APPLIED, m), money.moved(LineKind.DEPOSIT_REFUND, m))
            for m in Method]


@dataclass(frozen=True, slots=True)
class ShiftLine:
    shift_id: int
    workstation: str
    clerk: str
    opened_at: datetime
    handed_over_at: datetime | None
    handover_date: date | None
    opening_float: Decimal
    cash_in: Decimal
    cash_out: Decimal
    counted: Decimal | None  # None: not handed over yet
    accepted_by: str
    state: HandoverState | None  # None: still open, no handover
    expected: Decimal  # as Desk stored or computes it: float + in - out


def shifts(session: Session, day: date) -> list[ShiftLine]:
    """The cashier shifts of ``day``: handed over on it, opened on it, or with money posted on it."""
    ids = set(session.scalars(select(Handover.shift_id).where(Handover.business_date == day,
                                                              Handover.state != HandoverState.WITHDRAWN)))
    ids |= set(session.scalars(select(Shift.id).where(Shift.business_date == day)))
    ids |= {i for i in session.scalars(select(FolioLine.shift_id).where(FolioLine.business_date == day,
                                                                        FolioLine.shift_id.is_not(None)).distinct())
            if i is not None}
    if not ids:
        return []
    handovers: dict[int, tuple[Handover, str]] = {}
    signer, manager = aliased(User), aliased(User)
    for handover, signer_name, manager_name in session.execute(
        select(Handover, signer.full_name, manager.full_name)
        .outerjoin(signer, signer.id == Handover.accepted_by_id)
        .outerjoin(manager, manager.id == Handover.override_by_id)
        .where(Handover.shift_id.in_(ids), Handover.state != HandoverState.WITHDRAWN).order_by(Handover.id)
    ):
        handovers[handover.shift_id] = (handover, signer_name or manager_name or "")
    result = []
    for shift, clerk in session.execute(select(Shift, User.full_name).join(User, User.id == Shift.user_id)
                                        .where(Shift.id.in_(ids)).order_by(Shift.opened_at, Shift.id)):
        found = handovers.get(shift.id)
        if found is not None:
            h, accepted_by = found
            result.append(ShiftLine(shift.id, shift.workstation, clerk, shift.opened_at, h.prepared_at,
                                    h.business_date, h.opening_float, h.cash_received, h.cash_paid_out,
                                    h.counted_cash, accepted_by, h.state, h.expected_cash))
            continue
        figures = cash.cash_figures(shift.opening_float, cash.takings(session, shift.id))
        result.append(ShiftLine(shift.id, shift.workstation, clerk, shift.opened_at, None, None, shift.opening_float,
                                figures.received, figures.paid_out, None, "", None, figures.expected))
    return result


@dataclass(frozen=True, slots=True)
class Transaction:
    line_id: int | None  # None: a no-show charge (not a folio line)
    posted_at: datetime
    room_number: str
    guest_name: str
    kind: LineKind | None  # None: a no-show charge
    charge_type: ChargeType | None
    method: Method | None
    amount: Decimal
    clerk: str
    shift_id: int | None
    reference: str
    reverses_id: int | None
    note: str


def transactions(session: Session, day: date) -> list[Transaction]:
    """Every folio line posted on ``day`` and every no-show charge, in posting order."""
    result = [
        Transaction(line_id, posted_at, number or "", guest, kind, charge_type, method, amount, clerk, shift_id,
                    reference, reverses_id, " / ".join(dict.fromkeys(part for part in (description, reason) if part)))
        for (line_id, posted_at, kind, charge_type, method, amount, shift_id, reference, reverses_id, description,
             reason, number, guest, clerk) in session.execute(
            select(FolioLine.id, FolioLine.posted_at, FolioLine.kind, FolioLine.charge_type, FolioLine.method,
                   FolioLine.amount, FolioLine.shift_id, FolioLine.reference, FolioLine.reverses_id,
                   FolioLine.description, FolioLine.reason, Room.number, Guest.name, User.full_name)
            .join(Stay, Stay.id == FolioLine.stay_id).join(Guest, Guest.id == Stay.guest_id)
            .join(User, User.id == FolioLine.user_id).outerjoin(Room, Room.id == FolioLine.room_id)
            .where(FolioLine.business_date == day)
        )
    ]
    result += [
        Transaction(None, charge.posted_at, "", guest, None, ChargeType.NO_SHOW, None, charge.amount, clerk, None,
                    confirmation, None, charge.description)
        for charge, guest, confirmation, clerk in session.execute(
            select(NoShowCharge, Guest.name, Reservation.confirmation, User.full_name)
            .join(Reservation, Reservation.id == NoShowCharge.reservation_id)
            .join(Guest, Guest.id == Reservation.guest_id).join(User, User.id == NoShowCharge.user_id)
            .where(NoShowCharge.business_date == day)
        )
    ]
    return sorted(result, key=lambda t: (t.posted_at, t.line_id or 0))


def _cents(value: Decimal) -> Decimal:
    return value.quantize(Decimal("0.01"))

