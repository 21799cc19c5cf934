"""Shared by the complaint tests: a valid complaint with sensible defaults, the
demo stays to link it to, and the rows a refused action must not add. No Qt."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, TypeVar

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk.actor import Actor
from desk.complaints import intake
from desk.complaints.queries import ComplaintDetail, ComplaintRow, complaint_detail, complaint_row
from desk.db import Database
from desk.errors import DeskError
from desk.models import (
    AuditEntry,
    Category,
    Channel,
    Compensation,
    Complaint,
    ComplaintAction,
    FolioLine,
    FollowUp,
    Level,
    Stay,
    StayKind,
    StayState,
    complaint_staff,
)

T = TypeVar("T")
# Friday 2026-11-20, 12:00 at the hotel (Shanghai): the demo's business date, after its morning.
NOON = datetime(2026, 11, 20, 4, 0, tzinfo=UTC)
HOUR = timedelta(hours=1)


def local(day: int, hour: int, minute: int = 0, month: int = 11) -> datetime:
    """A moment in November (or ``month``) 2026 given in hotel time (UTC+8), as UTC."""
    return datetime(2026, month, day, hour, minute, tzinfo=UTC) - timedelta(hours=8)


def details(**changes: Any) -> intake.ComplaintInput:
    base = intake.ComplaintInput(channel=Channel.IN_PERSON, category=Category.NOISE, level=Level.COMPLAINT,
                                 facts="Loud music from the next room after midnight.", complainant_name="Zhou Ming",
                                 complainant_phone="139 5555 0101", request="A quiet room")
    return dataclasses.replace(base, **changes)


def in_session(database: Database, call: Callable[[Session], T]) -> T:
    with database.writing() as session:
        return call(session)


def log(database: Database, actor: Actor, *, handler_id: int | None = None, resolution: str = "",
        **changes: Any) -> ComplaintRow:
    return in_session(database, lambda s: intake.log_complaint(s, actor, details=details(**changes),
                                                                handler_id=handler_id, resolution=resolution))


def row(database: Database, complaint_id: int) -> ComplaintRow:
    with database.reading() as session:
        return complaint_row(session, complaint_id)


def detail(database: Database, complaint_id: int) -> ComplaintDetail:
    with database.reading() as session:
        return complaint_detail(session, complaint_id)


def stored(database: Database, complaint_id: int) -> Complaint:
    with database.reading() as session:
        complaint = session.get_one(Complaint, complaint_id)
        session.expunge(complaint)
        return complaint


def in_house_stays(database: Database, count: int = 1) -> list[Stay]:
    """Normal in-house demo stays no demo complaint is about, detached, lowest id first."""
    with database.reading() as session:
        linked = set(session.scalars(select(Complaint.stay_id).where(Complaint.stay_id.is_not(None))))
        stays = [s for s in session.scalars(select(Stay).where(Stay.state == StayState.IN_HOUSE,
                                                                Stay.kind == StayKind.NORMAL).order_by(Stay.id))
                 if s.id not in linked][:count]
        for stay in stays:
            session.expunge(stay)
    assert len(stays) == count
    return stays


@dataclass(frozen=True)
class Counts:
    complaints: int
    staff: int
    actions: int
    compensations: int
    follow_ups: int
    lines: int
    audits: int


def counts(session: Session) -> Counts:
    def n(column: Any) -> int:
        return session.scalar(select(func.count()).select_from(column)) or 0

    return Counts(n(Complaint), n(complaint_staff), n(ComplaintAction), n(Compensation), n(FollowUp), n(FolioLine),
                  n(AuditEntry))


def refused(database: Database, call: Callable[[Session], object], error: type[DeskError], match: str) -> DeskError:
    """``call`` raises ``error`` (its message matching ``match``) and writes nothing, even when the
    caller commits after catching the refusal."""
    with database.reading() as session:
        before = counts(session)
        versions = {i: v for i, v in session.execute(select(Complaint.id, Complaint.version))}
    with database.writing() as session, pytest.raises(error, match=match) as caught:
        call(session)
    with database.reading() as session:
        assert counts(session) == before
        assert {i: v for i, v in session.execute(select(Complaint.id, Complaint.version))} == versions
    return caught.value
