"""The duty log: what happened on the shift, and what is still open.

An entry belongs to the shift open where it was written. It stays open until
someone closes it with what was done; a major incident stays open until its
written report is attached (due the day after), and every handover carries it
until then.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from desk import audit, clock, validate
from desk.actor import Actor
from desk.errors import NotFoundError, RuleError, ValidationError
from desk.i18n import QT_TRANSLATE_NOOP
from desk.models import DutyCategory, DutyEntry, Room, User
from desk.permissions import Permission, require
from desk.rooms.lookup import natural_key
from desk.settings import settings_row
from desk.shifts.shifts import open_shift_at

CATEGORY_NAMES = {
    DutyCategory.EQUIPMENT: QT_TRANSLATE_NOOP("desk", "Equipment"),
    DutyCategory.INCIDENT: QT_TRANSLATE_NOOP("desk", "Incident"),
    DutyCategory.GUEST_REQUEST: QT_TRANSLATE_NOOP("desk", "Guest request"),
    DutyCategory.STAFF: QT_TRANSLATE_NOOP("desk", "Staff or schedule change"),
    DutyCategory.OTHER: QT_TRANSLATE_NOOP("desk", "Other"),
}
MAX_TEXT = 2000
MAX_REPORT = 10000


def log_entry(session: Session, actor: Actor, *, category: DutyCategory, text: str, room_id: int | None = None,
              major: bool = False, occurred_at: datetime | None = None) -> int:
    """Write a duty-log line into the shift open at the actor's workstation."""
    require(actor, Permission.FRONT_DESK)
    category = DutyCategory(category)
    text = validate.text(text, QT_TRANSLATE_NOOP("desk", "what happened"), max_length=MAX_TEXT, multiline=True)
    now = clock.now()
    occurred = occurred_at or now
    if occurred.tzinfo is None:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "The time of the entry has no time zone."))
    if occurred > now + timedelta(minutes=5) or occurred < now - timedelta(days=2):
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "An entry's time must be within the last two days, "
                                                        "not in the future."))
    shift = open_shift_at(session, actor.workstation)
    if shift is None:
        raise RuleError(QT_TRANSLATE_NOOP("desk", "Open a shift at this workstation before writing the duty log."))
    if room_id is not None and session.get(Room, room_id) is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("desk", "That room does not exist."))
    today = settings_row(session).business_date
    entry = DutyEntry(shift_id=shift.id, user_id=actor.user_id, occurred_at=occurred, logged_at=now,
                      business_date=today, category=category, text=text, room_id=room_id, major=major,
                      report_due=today + timedelta(days=1) if major else None)
    session.add(entry)
    session.flush()
    audit.record(session, actor, "duty.log", "duty", entry.id,
                 f"Duty log ({category.value}{', major' if major else ''}): {text[:200]}")
    return entry.id


def _locked_open(session: Session, entry_id: int) -> DutyEntry:
    entry = session.scalar(select(DutyEntry).where(DutyEntry.id == entry_id).with_for_update())
    if entry is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("desk", "That duty-log entry no longer exists."))
    if entry.closed_at is not None:
        raise RuleError(QT_TRANSLATE_NOOP("desk", "This entry is closed already."))
    return entry


def attach_report(session: Session, actor: Actor, *, entry_id: int, report: str) -> None:
    """The written report of a major incident; it closes the entry."""
    require(actor, Permission.FRONT_DESK)
    report = validate.text(report, QT_TRANSLATE_NOOP("desk", "the report"), max_length=MAX_REPORT, multiline=True)
    entry = _locked_open(session, entry_id)
    if not entry.major:
        raise RuleError(QT_TRANSLATE_NOOP("desk", "Only a major incident takes a written report; close this entry "
                                                  "with what was done."))
    now = clock.now()
    entry.report, entry.report_at, entry.report_by_id = report, now, actor.user_id
    entry.closed_at, entry.closed_by_id, entry.resolution = now, actor.user_id, report[:500]
    audit.record(session, actor, "duty.report", "duty", entry.id, f"Report attached to duty entry {entry.id}")


def close_entry(session: Session, actor: Actor, *, entry_id: int, resolution: str) -> None:
    """Close an entry with what was done (a major one needs its report instead)."""
    require(actor, Permission.FRONT_DESK)
    resolution = validate.text(resolution, QT_TRANSLATE_NOOP("desk", "what was done"), max_length=500)
    entry = _locked_open(session, entry_id)
    if entry.major:
        raise RuleError(QT_TRANSLATE_NOOP("desk", "A major incident stays open until its written report is "
                                                  "attached."))
    entry.closed_at, entry.closed_by_id, entry.resolution = clock.now(), actor.user_id, resolution
    audit.record(session, actor, "duty.close", "duty", entry.id, f"Duty entry {entry.id} closed: {resolution}")


@dataclass(frozen=True, slots=True)
class DutyRow:
    id: int
    shift_id: int
    occurred_at: datetime
    category: DutyCategory
    text: str
    room_number: str
    major: bool
    report_due: date | None
    clerk: str
    closed_at: datetime | None
    resolution: str
    report: str

    @property
    def open(self) -> bool:
        return self.closed_at is None

    def report_overdue(self, today: date) -> bool:
        return self.open and self.major and self.report_due is not None and self.report_due < today

    @property
    def summary(self) -> str:
        """One line for handovers and carried items."""
        room = f"{self.room_number}: " if self.room_number else ""
        return f"{room}{self.text}"[:500]


def entries(session: Session, *, shift_id: int | None = None, open_only: bool = False) -> list[DutyRow]:
    """A shift's entries, or all open ones; open major incidents first, then by time."""
    clerk = aliased(User)
    query = (select(DutyEntry, Room.number, clerk.full_name)
             .join(clerk, clerk.id == DutyEntry.user_id).outerjoin(Room, Room.id == DutyEntry.room_id))
    if shift_id is not None:
        query = query.where(DutyEntry.shift_id == shift_id)
    if open_only:
        query = query.where(DutyEntry.closed_at.is_(None))
    rows = [DutyRow(e.id, e.shift_id, e.occurred_at, e.category, e.text, number or "", e.major, e.report_due, name,
                    e.closed_at, e.resolution, e.report)
            for e, number, name in session.execute(query)]
    return sorted(rows, key=lambda r: (not (r.open and r.major), not r.open, r.occurred_at,
                                       natural_key(r.room_number)))


def open_items(session: Session) -> list[DutyRow]:
    """Every open entry of the hotel's front desk, whichever shift wrote it."""
    return entries(session, open_only=True)

