"""Guest complaints: the complaint, the staff it concerns, its action log,
compensation and follow-up calls; and the hotel's listed holidays, which
working-day deadlines skip.

The action log, compensation and follow-ups are append-only, except for a
compensation's state moving forward (requested, then approved or rejected,
then posted).
"""

from __future__ import annotations

import enum
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Column, ForeignKey, Index, Integer, String, Table, Text
from sqlalchemy.orm import Mapped, mapped_column

from desk.models.base import Base, StrEnumType


class Channel(enum.StrEnum):
    IN_PERSON = "in_person"
    PHONE = "phone"
    ONLINE = "online"
    LETTER = "letter"
    VIA_STAFF = "via_staff"


class Category(enum.StrEnum):
    CLEANLINESS = "cleanliness"
    NOISE = "noise"
    FACILITIES = "facilities"
    STAFF_ATTITUDE = "staff_attitude"
    BILLING = "billing"
    RESERVATION = "reservation"
    FOOD = "food"
    SECURITY = "security"
    OTHER = "other"


class Level(enum.StrEnum):
    """How serious it is, which decides who handles it and by when (DESIGN.md, "Complaints")."""

    FEEDBACK = "feedback"
    SUGGESTION = "suggestion"
    DISSATISFACTION = "dissatisfaction"
    COMPLAINT = "complaint"
    DISPUTE = "dispute"
    INCIDENT = "incident"


class ComplaintStatus(enum.StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    RESOLVED = "resolved"
    CLOSED = "closed"
    REOPENED = "reopened"


class MajorReason(enum.StrEnum):
    """Why a complaint is major (stored comma-separated in ``Complaint.major_reasons``)."""

    REPEAT = "repeat"  # the same guest or phone complained within 30 days
    MEDIA_OR_LEGAL = "media_or_legal"
    CLAIM_ABOVE_LIMIT = "claim_above_limit"  # the guest claims more than a clerk may grant
    MARKED = "marked"  # marked major by hand, with a note


class ActionKind(enum.StrEnum):
    """A line of a complaint's log: what staff did, and the steps of its handling."""

    NOTE = "note"  # what was done or said; may carry a promise and when the guest was told
    ASSIGNED = "assigned"
    ESCALATED = "escalated"
    MARKED_MAJOR = "marked_major"
    REPORT = "report"
    RESOLVED = "resolved"
    REOPENED = "reopened"
    CLOSED = "closed"


class CompensationType(enum.StrEnum):
    DISCOUNT = "discount"
    REFUND = "refund"
    FREE_NIGHT = "free_night"
    GIFT = "gift"
    OTHER = "other"


class CompensationState(enum.StrEnum):
    REQUESTED = "requested"  # above the clerk's limit: waits for a manager
    APPROVED = "approved"  # granted; given outside the folio (or the stay had left)
    REJECTED = "rejected"
    POSTED = "posted"  # granted and credited to the stay's folio


complaint_staff = Table(
    "complaint_staff",
    Base.metadata,
    Column("complaint_id", Integer, ForeignKey("complaints.id"), primary_key=True),
    Column("user_id", Integer, ForeignKey("users.id"), primary_key=True, index=True),
)
"""The staff a complaint concerns: none of them may handle it."""


class Complaint(Base):
    __tablename__ = "complaints"
    __table_args__ = (
        Index("ix_complaints_status_due", "status", "due_at"),
        Index("ix_complaints_received_at", "received_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(20), unique=True)
    received_at: Mapped[datetime]
    channel: Mapped[Channel] = mapped_column(StrEnumType(Channel))
    anonymous: Mapped[bool] = mapped_column(default=False)
    complainant_name: Mapped[str] = mapped_column(String(80), default="")
    complainant_phone: Mapped[str] = mapped_column(String(30), default="", index=True)  # E.164
    guest_id: Mapped[int | None] = mapped_column(ForeignKey("guests.id"), index=True)
    room_id: Mapped[int | None] = mapped_column(ForeignKey("rooms.id"), index=True)
    stay_id: Mapped[int | None] = mapped_column(ForeignKey("stays.id"), index=True)
    category: Mapped[Category] = mapped_column(StrEnumType(Category))
    level: Mapped[Level] = mapped_column(StrEnumType(Level))
    facts: Mapped[str] = mapped_column(Text)
    request: Mapped[str] = mapped_column(Text, default="")  # what the guest asks for
    media_or_legal: Mapped[bool] = mapped_column(default=False)  # a threat to go to the press or to court
    compensation_claimed: Mapped[Decimal | None]  # what the guest asks for in money
    # Major: repeat, media or legal threat, claim above the clerk's limit, or marked by hand.
    major: Mapped[bool] = mapped_column(default=False)
    major_reasons: Mapped[str] = mapped_column(String(100), default="")  # MajorReason values, comma-separated
    major_note: Mapped[str] = mapped_column(String(300), default="")  # why, when marked by hand
    major_at: Mapped[datetime | None]
    repeat_of_id: Mapped[int | None] = mapped_column(ForeignKey("complaints.id"))
    status: Mapped[ComplaintStatus] = mapped_column(StrEnumType(ComplaintStatus))
    handler_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    due_at: Mapped[datetime]
    first_reply_due_at: Mapped[datetime | None]
    first_reply_at: Mapped[datetime | None]
    escalated_at: Mapped[datetime | None]  # disputes and incidents: to the manager at once
    report_due_at: Mapped[datetime | None]  # major only: the written report
    report: Mapped[str] = mapped_column(Text, default="")
    report_at: Mapped[datetime | None]
    report_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    # The manager's alert (major or escalated) stays up until a manager acknowledges it.
    alert_acknowledged_at: Mapped[datetime | None]
    alert_acknowledged_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    resolution: Mapped[str] = mapped_column(Text, default="")
    resolved_at: Mapped[datetime | None]
    reopened_at: Mapped[datetime | None]
    closed_at: Mapped[datetime | None]
    close_reason: Mapped[str] = mapped_column(String(300), default="")  # why no follow-up was possible
    created_at: Mapped[datetime]
    created_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    business_date: Mapped[date]
    version: Mapped[int] = mapped_column(default=1)

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 - SQLAlchemy reads it as a dict


class ComplaintAction(Base):
    """One line of a complaint's log: who did what, what was promised, when the guest was told."""

    __tablename__ = "complaint_actions"

    id: Mapped[int] = mapped_column(primary_key=True)
    complaint_id: Mapped[int] = mapped_column(ForeignKey("complaints.id"), index=True)
    kind: Mapped[ActionKind] = mapped_column(StrEnumType(ActionKind))
    at: Mapped[datetime]
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    text: Mapped[str] = mapped_column(Text, default="")
    promise: Mapped[str] = mapped_column(String(300), default="")
    guest_told_at: Mapped[datetime | None]


class Compensation(Base):
    __tablename__ = "compensations"

    id: Mapped[int] = mapped_column(primary_key=True)
    complaint_id: Mapped[int] = mapped_column(ForeignKey("complaints.id"), index=True)
    type: Mapped[CompensationType] = mapped_column(StrEnumType(CompensationType))
    amount: Mapped[Decimal]
    description: Mapped[str] = mapped_column(String(200), default="")
    state: Mapped[CompensationState] = mapped_column(StrEnumType(CompensationState))
    requested_at: Mapped[datetime]
    requested_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    # Who granted or refused it (the clerk within the limit, a manager above it).
    decided_at: Mapped[datetime | None]
    decided_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    decision_note: Mapped[str] = mapped_column(String(200), default="")
    folio_line_id: Mapped[int | None] = mapped_column(ForeignKey("folio_lines.id"))


class FollowUp(Base):
    """A follow-up call after resolution; an unreached guest is recorded too."""

    __tablename__ = "complaint_follow_ups"

    id: Mapped[int] = mapped_column(primary_key=True)
    complaint_id: Mapped[int] = mapped_column(ForeignKey("complaints.id"), index=True)
    at: Mapped[datetime]
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    reached: Mapped[bool]
    satisfaction: Mapped[int | None]  # 1 (very unhappy) to 5 (very happy), when reached
    words: Mapped[str] = mapped_column(Text, default="")


class Holiday(Base):
    """A day the hotel lists as a holiday: working-day deadlines skip it."""

    __tablename__ = "holidays"

    id: Mapped[int] = mapped_column(primary_key=True)
    day: Mapped[date] = mapped_column(unique=True)
    name: Mapped[str] = mapped_column(String(80))
