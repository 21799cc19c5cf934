"""The drawer: counting cash, and what a shift's cash should be.

    expected = float + cash received - cash paid out
    over (+) or short (-) = counted - expected

Cash received is every cash payment and cash deposit of the shift; cash paid
out is every cash refund and cash deposit refund (a reversal is a line of the
same kind with the opposite amount, so it nets out by itself). A deposit
applied at check-out moves no money. Other methods are reconciled to their own
statements, not to the drawer, so they are listed by method beside it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk import validate
from desk.errors import ValidationError
from desk.i18n import QT_TRANSLATE_NOOP
from desk.models import FolioLine, LineKind, Method
from desk.settings import settings_row

ZERO = Decimal("0.00")
RECEIVED = (LineKind.PAYMENT, LineKind.DEPOSIT)
PAID_OUT = (LineKind.REFUND, LineKind.DEPOSIT_REFUND)

# Notes and coins a drawer is counted in, largest first.
DENOMINATIONS: dict[str, tuple[str, ...]] = {
    "CNY": ("100", "50", "20", "10", "5", "1", "0.5", "0.1"),
    "HKD": ("1000", "500", "100", "50", "20", "10", "5", "2", "1", "0.5", "0.2", "0.1"),
    "USD": ("100", "50", "20", "10", "5", "1", "0.25", "0.1", "0.05", "0.01"),
    "EUR": ("500", "200", "100", "50", "20", "10", "5", "2", "1", "0.5", "0.2", "0.1", "0.05", "0.02", "0.01"),
}
MAX_PIECES = 100_000


def denominations(currency: str) -> tuple[str, ...]:
    """The currency's notes and coins (empty: count it as a total)."""
    return DENOMINATIONS.get(currency, ())


@dataclass(frozen=True, slots=True)
class Count:
    """A drawer count: the total, and the pieces when counted by denomination."""

    total: Decimal
    pieces: dict[str, int]


def count(total: Decimal | str | None = None, pieces: Mapping[str, int] | None = None, *,
          field: str = QT_TRANSLATE_NOOP("desk", "The cash counted"), faces: tuple[str, ...] = ()) -> Count:
    """A count given as a total, or by denomination (then the total is theirs;
    a total given as well must agree). Zero is a valid count. ``faces``, when
    given, are the only notes and coins accepted (the hotel currency's)."""
    cleaned: dict[str, int] = {}
    for value, number in (pieces or {}).items():
        try:
            face = Decimal(value)
        except (InvalidOperation, ValueError):
            face = Decimal("NaN")
        sane = face.is_finite() and 0 < face <= validate.MAX_AMOUNT
        name = format(face.normalize(), "f") if sane else str(value)
        if (not sane or face != face.quantize(Decimal("0.01"))
                or (faces and name not in faces)):
            raise ValidationError(QT_TRANSLATE_NOOP("desk", "{value} is not a note or coin."), value=str(value))
        validate.count(number, QT_TRANSLATE_NOOP("desk", "The number of pieces"), minimum=0, maximum=MAX_PIECES)
        if number:
            cleaned[name] = cleaned.get(name, 0) + number
    if pieces is not None:
        summed = validate.money(sum((Decimal(face) * n for face, n in cleaned.items()), ZERO), field,
                                allow_zero=True)
        if total not in (None, "") and validate.money(total, field, allow_zero=True) != summed:
            raise ValidationError(
                QT_TRANSLATE_NOOP("desk", "The notes and coins add up to {summed}, not {total}; please recount."),
                summed=str(summed), total=str(total),
            )
        return Count(summed, cleaned)
    return Count(validate.money(total, field, allow_zero=True), {})


def hotel_count(session: Session, total: Decimal | str | None, pieces: Mapping[str, int] | None, *,
                field: str = QT_TRANSLATE_NOOP("desk", "The cash counted")) -> Count:
    """``count`` with the hotel currency's notes and coins."""
    return count(total, pieces, field=field, faces=denominations(settings_row(session).currency))


@dataclass(frozen=True, slots=True)
class Takings:
    """One payment method's money over a shift: taken in, paid back."""

    received: Decimal = ZERO
    refunded: Decimal = ZERO

    @property
    def net(self) -> Decimal:
        return self.received - self.refunded


@dataclass(frozen=True, slots=True)
class CashFigures:
    opening_float: Decimal
    received: Decimal
    paid_out: Decimal

    @property
    def expected(self) -> Decimal:
        return self.opening_float + self.received - self.paid_out

    def difference(self, counted: Decimal) -> Decimal:
        """Counted minus expected: positive over, negative short."""
        return counted - self.expected


def takings(session: Session, shift_id: int) -> dict[Method, Takings]:
    """Money in and out of the shift by payment method, from its folio lines."""
    rows = session.execute(
        select(FolioLine.method, FolioLine.kind, func.sum(FolioLine.amount))
        .where(FolioLine.shift_id == shift_id, FolioLine.kind.in_(RECEIVED + PAID_OUT))
        .group_by(FolioLine.method, FolioLine.kind)
    ).all()
    result: dict[Method, Takings] = {}
    for method, kind, amount in rows:
        if method is None:
            continue
        current = result.get(method, Takings())
        amount = Decimal(amount or 0).quantize(Decimal("0.01"))
        if kind in RECEIVED:
            current = Takings(current.received + amount, current.refunded)
        else:
            current = Takings(current.received, current.refunded + amount)
        result[method] = current
    return result


def cash_figures(opening_float: Decimal, by_method: Mapping[Method, Takings]) -> CashFigures:
    cash = by_method.get(Method.CASH, Takings())
    return CashFigures(opening_float, cash.received, cash.refunded)
