"""The audit trail: append-only, one entry per mutation.

Its highest id is also the change counter other workstations poll.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from desk.models.base import Base


class AuditEntry(Base):
    __tablename__ = "audit_entries"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime]
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    username: Mapped[str] = mapped_column(String(40))
    workstation: Mapped[str] = mapped_column(String(80))
    business_date: Mapped[date]
    action: Mapped[str] = mapped_column(String(60), index=True)
    subject_kind: Mapped[str] = mapped_column(String(30))
    subject_id: Mapped[int | None]
    summary: Mapped[str] = mapped_column(String(500))
