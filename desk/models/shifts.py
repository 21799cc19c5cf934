"""Cashier shifts, the duty log and the handover between two clerks.

A shift belongs to one workstation's front desk; at most one is open there at
a time (``open_workstation`` is set only while it is open, and is unique). The
handover freezes the shift's figures when the outgoing clerk hands over; the
incoming clerk's acceptance closes it and opens theirs with the float they
recounted. An accepted handover is never changed.
"""

from __future__ import annotations

import enum
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import JSON, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desk.models.base import Base, StrEnumType


class ShiftState(enum.StrEnum):
    OPEN = "open"
    HANDING_OVER = "handing_over"  # counted and handed over; waiting for the incoming clerk
    CLOSED = "closed"


class Shift(Base):
    __tablename__ = "shifts"

    id: Mapped[int] = mapped_column(primary_key=True)
    workstation: Mapped[str] = mapped_column(String(80), index=True)
    # The workstation while the shift is open or handing over, NULL once closed:
    # unique, so a second open shift on one desk cannot be stored.
    open_workstation: Mapped[str | None] = mapped_column(String(80), unique=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    state: Mapped[ShiftState] = mapped_column(StrEnumType(ShiftState))
    business_date: Mapped[date]  # the business date it opened on
    opened_at: Mapped[datetime]
    opening_float: Mapped[Decimal]
    # The count by denomination ({"100": 3, "0.5": 4}); empty when counted as a total.
    opening_count: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    previous_shift_id: Mapped[int | None] = mapped_column(ForeignKey("shifts.id"))
    # What the previous shift handed over, and the counted float minus that.
    float_handed_over: Mapped[Decimal | None]
    float_difference: Mapped[Decimal | None]
    float_note: Mapped[str] = mapped_column(String(500), default="")
    closed_at: Mapped[datetime | None]


class HandoverState(enum.StrEnum):
    PENDING = "pending"  # waiting for the incoming clerk
    ACCEPTED = "accepted"
    OVERRIDDEN = "overridden"  # closed by a manager without an incoming clerk
    WITHDRAWN = "withdrawn"  # the outgoing clerk took it back to go on working


class Handover(Base):
    __tablename__ = "handovers"

    id: Mapped[int] = mapped_column(primary_key=True)
    shift_id: Mapped[int] = mapped_column(ForeignKey("shifts.id"), index=True)
    state: Mapped[HandoverState] = mapped_column(StrEnumType(HandoverState))
    prepared_at: Mapped[datetime]
    prepared_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    business_date: Mapped[date]
    # The summary Desk assembled from the data, frozen as it was at handover.
    summary: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    # Cash: float + received - paid out = expected; counted - expected = over (+) or short (-).
    opening_float: Mapped[Decimal]
    cash_received: Mapped[Decimal]
    cash_paid_out: Mapped[Decimal]
    expected_cash: Mapped[Decimal]
    counted_cash: Mapped[Decimal]
    counted_detail: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    difference: Mapped[Decimal]
    float_handed_over: Mapped[Decimal]  # stays in the drawer; the rest is dropped to the safe
    cash_dropped: Mapped[Decimal]
    # Non-cash takings by method, net ({"card": "1200.00"}).
    non_cash: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    notes_equipment: Mapped[str] = mapped_column(Text, default="")
    notes_issues: Mapped[str] = mapped_column(Text, default="")
    notes_staff: Mapped[str] = mapped_column(Text, default="")
    notes_other: Mapped[str] = mapped_column(Text, default="")
    # The incoming clerk's signature, their recount of the float, and any disagreement.
    accepted_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    accepted_at: Mapped[datetime | None]
    incoming_count: Mapped[Decimal | None]
    incoming_detail: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    disagreement: Mapped[str] = mapped_column(Text, default="")
    incoming_shift_id: Mapped[int | None] = mapped_column(ForeignKey("shifts.id"))
    # A manager's override: closing the shift without an incoming clerk.
    override_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    override_reason: Mapped[str] = mapped_column(String(500), default="")
    withdrawn_at: Mapped[datetime | None]


class CarriedKind(enum.StrEnum):
    DUTY = "duty"
    COMPLAINT = "complaint"


class HandoverItem(Base):
    """An open item the outgoing clerk carried forward (major incidents always are)."""

    __tablename__ = "handover_items"

    id: Mapped[int] = mapped_column(primary_key=True)
    handover_id: Mapped[int] = mapped_column(ForeignKey("handovers.id"), index=True)
    kind: Mapped[CarriedKind] = mapped_column(StrEnumType(CarriedKind))
    item_id: Mapped[int]
    text: Mapped[str] = mapped_column(String(500))  # as it read at handover


class DutyCategory(enum.StrEnum):
    EQUIPMENT = "equipment"
    INCIDENT = "incident"
    GUEST_REQUEST = "guest_request"
    STAFF = "staff"  # staff or schedule change
    OTHER = "other"


class DutyEntry(Base):
    """A line of the duty log. Open until done; a major one until its written report is in."""

    __tablename__ = "duty_entries"

    id: Mapped[int] = mapped_column(primary_key=True)
    shift_id: Mapped[int] = mapped_column(ForeignKey("shifts.id"), index=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    occurred_at: Mapped[datetime]
    logged_at: Mapped[datetime]
    business_date: Mapped[date]
    category: Mapped[DutyCategory] = mapped_column(StrEnumType(DutyCategory))
    text: Mapped[str] = mapped_column(Text)
    room_id: Mapped[int | None] = mapped_column(ForeignKey("rooms.id"))
    major: Mapped[bool] = mapped_column(default=False)
    report_due: Mapped[date | None]  # major only: the day after
    report: Mapped[str] = mapped_column(Text, default="")
    report_at: Mapped[datetime | None]
    report_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    closed_at: Mapped[datetime | None]
    closed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    resolution: Mapped[str] = mapped_column(String(500), default="")
