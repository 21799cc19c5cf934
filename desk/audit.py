"""Writing the audit trail, and reading what changed since a given entry."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk import clock
from desk.actor import Actor
from desk.models import AuditEntry
from desk.settings import business_date


def record(
    session: Session,
    actor: Actor | None,
    action: str,
    subject_kind: str,
    subject_id: int | None,
    summary: str,
    *,
    on_date: date | None = None,
) -> AuditEntry:
    """Append one audit entry in the caller's transaction."""
    entry = AuditEntry(
        at=clock.now(),
        user_id=actor.user_id if actor else None,
        username=actor.username if actor else "system",
        workstation=actor.workstation if actor else "desk",
        business_date=on_date or business_date(session),
        action=action,
        subject_kind=subject_kind,
        subject_id=subject_id,
        summary=summary[:500],
    )
    session.add(entry)
    return entry


def last_change_id(session: Session) -> int:
    """The change counter: the newest audit entry's id (0 on an empty trail)."""
    return int(session.scalar(select(func.coalesce(func.max(AuditEntry.id), 0))) or 0)


@dataclass(frozen=True, slots=True)
class ChangeSummary:
    last_id: int
    subject_kinds: frozenset[str]


def changes_since(session: Session, after_id: int) -> ChangeSummary:
    """Which kinds of record changed after audit entry ``after_id``."""
    rows = session.execute(
        select(AuditEntry.id, AuditEntry.subject_kind).where(AuditEntry.id > after_id)
    ).all()
    if not rows:
        return ChangeSummary(after_id, frozenset())
    return ChangeSummary(max(r[0] for r in rows), frozenset(r[1] for r in rows))


@dataclass(frozen=True, slots=True)
class AuditRow:
    id: int
    at: datetime
    username: str
    workstation: str
    business_date: date
    action: str
    subject_kind: str
    subject_id: int | None
    summary: str


def recent(session: Session, limit: int = 200) -> list[AuditRow]:
    entries = session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(limit))
    return [
        AuditRow(e.id, e.at, e.username, e.workstation, e.business_date, e.action,
                 e.subject_kind, e.subject_id, e.summary)
        for e in entries
    ]
