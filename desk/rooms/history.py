"""A room's status history: who changed what, when and why."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.models import RoomStatusEvent, StatusEventKind, User


@dataclass(frozen=True, slots=True)
class HistoryRow:
    at: datetime
    business_date: date
    username: str
    kind: StatusEventKind
    from_state: str
    to_state: str
    reason: str


def room_history(session: Session, room_id: int, limit: int = 500) -> list[HistoryRow]:
    """Newest first."""
    rows = session.execute(
        select(RoomStatusEvent, User.username)
        .outerjoin(User, User.id == RoomStatusEvent.user_id)
        .where(RoomStatusEvent.room_id == room_id)
        .order_by(RoomStatusEvent.at.desc(), RoomStatusEvent.id.desc())
        .limit(limit)
    ).all()
    return [
        HistoryRow(e.at, e.business_date, username or "system", e.kind, e.from_state, e.to_state, e.reason)
        for e, username in rows
    ]
