"""The folio: an append-only ledger of what a stay owes and paid.

Lines are never changed or deleted. A mistake is corrected by a reversal: a
line of the same kind with the opposite amount, pointing at the line it
reverses, with a reason.

    balance = charges - payments + refunds - deposits applied
    deposit held = deposits - deposits applied - deposits refunded
"""

from __future__ import annotations

import enum
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from desk.models.base import Base, StrEnumType


class LineKind(enum.StrEnum):
    CHARGE = "charge"  # the guest owes more (room night, extras, adjustments)
    PAYMENT = "payment"  # the guest paid
    REFUND = "refund"  # the hotel paid money back
    DEPOSIT = "deposit"  # money taken and held, not yet a payment
    DEPOSIT_APPLIED = "deposit_applied"  # held money turned into a payment
    DEPOSIT_REFUND = "deposit_refund"  # held money given back, the way it came


class Method(enum.StrEnum):
    CASH = "cash"
    CARD = "card"
    MOBILE = "mobile"
    TRANSFER = "transfer"


class ChargeType(enum.StrEnum):
    ROOM = "room"
    DAY_USE = "day_use"
    NO_SHOW = "no_show"
    MINIBAR = "minibar"
    LAUNDRY = "laundry"
    FOOD = "food"
    TELEPHONE = "telephone"
    OTHER = "other"
    DISCOUNT = "discount"  # a credit: negative amount
    ADJUSTMENT = "adjustment"  # a correction: either sign


class FolioLine(Base):
    __tablename__ = "folio_lines"
    __table_args__ = (Index("ix_folio_lines_date_kind", "business_date", "kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    stay_id: Mapped[int] = mapped_column(ForeignKey("stays.id"), index=True)
    kind: Mapped[LineKind] = mapped_column(StrEnumType(LineKind))
    charge_type: Mapped[ChargeType | None] = mapped_column(StrEnumType(ChargeType))
    method: Mapped[Method | None] = mapped_column(StrEnumType(Method))
    amount: Mapped[Decimal]
    description: Mapped[str] = mapped_column(String(200), default="")
    reference: Mapped[str] = mapped_column(String(60), default="")
    business_date: Mapped[date]
    posted_at: Mapped[datetime]
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    workstation: Mapped[str] = mapped_column(String(80), default="")
    # The cashier shift open at the workstation: every money movement has one.
    shift_id: Mapped[int | None] = mapped_column(ForeignKey("shifts.id"), index=True)
    room_id: Mapped[int | None] = mapped_column(ForeignKey("rooms.id"))
    # A reversal points at the line it cancels; a deposit movement at its deposit.
    reverses_id: Mapped[int | None] = mapped_column(ForeignKey("folio_lines.id"), index=True)
    deposit_id: Mapped[int | None] = mapped_column(ForeignKey("folio_lines.id"), index=True)
    reason: Mapped[str] = mapped_column(String(200), default="")
