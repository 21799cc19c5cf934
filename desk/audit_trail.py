"""The manager's view of the audit trail: browse with filters, export to Excel.

The trail itself is append-only (desk/audit.py writes it; the database refuses
an update or a delete). Entries name guests by record number only, so the
trail carries no guest personal data and its export needs no extra right.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import ColumnElement, or_, select
from sqlalchemy.orm import Session

from desk import audit, validate
from desk.actor import Actor
from desk.audit import AuditRow
from desk.errors import ValidationError
from desk.hoteltime import local
from desk.i18n import QT_TRANSLATE_NOOP, translate
from desk.models import AuditEntry
from desk.permissions import Permission, require
from desk.settings import hotel_info

MAX_ROWS = 5000


@dataclass(frozen=True, slots=True)
class TrailFilter:
    date_from: date | None = None  # business dates, inclusive
    date_to: date | None = None
    username: str = ""
    workstation: str = ""
    action: str = ""  # an action or its prefix: "folio." finds every posting
    text: str = ""  # in the summary


def _where(filters: TrailFilter) -> list[ColumnElement[bool]]:
    if filters.date_from and filters.date_to and filters.date_from > filters.date_to:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "The first date is after the last one."))
    text = validate.text(filters.text, QT_TRANSLATE_NOOP("desk", "the search text"), max_length=100, required=False)
    where: list[ColumnElement[bool]] = []
    if filters.date_from:
        where.append(AuditEntry.business_date >= filters.date_from)
    if filters.date_to:
        where.append(AuditEntry.business_date <= filters.date_to)
    if filters.username.strip():
        where.append(AuditEntry.username == filters.username.strip().lower())
    if filters.workstation.strip():
        where.append(AuditEntry.workstation == filters.workstation.strip())
    if filters.action.strip():
        action = filters.action.strip()
        where.append(or_(AuditEntry.action == action, AuditEntry.action.startswith(action.rstrip(".") + ".")))
    if text:
        where.append(AuditEntry.summary.ilike(f"%{text}%"))
    return where


def search(session: Session, actor: Actor, filters: TrailFilter = TrailFilter(), *,
           limit: int = MAX_ROWS) -> list[AuditRow]:
    """Entries matching ``filters``, newest first."""
    require(actor, Permission.AUDIT_TRAIL)
    entries = session.scalars(select(AuditEntry).where(*_where(filters))
                              .order_by(AuditEntry.id.desc()).limit(limit))
    return [AuditRow(e.id, e.at, e.username, e.workstation, e.business_date, e.action, e.subject_kind, e.subject_id,
                     e.summary) for e in entries]


def choices(session: Session) -> tuple[list[str], list[str], list[str]]:
    """The user names, workstations and action families seen in the trail, for the filter lists."""
    users = sorted(session.scalars(select(AuditEntry.username).distinct()))
    stations = sorted(session.scalars(select(AuditEntry.workstation).distinct()))
    actions = sorted({a.split(".")[0] for a in session.scalars(select(AuditEntry.action).distinct())})
    return users, stations, actions


def export(session: Session, actor: Actor, filters: TrailFilter, path: Path) -> Path:
    """The filtered trail as a workbook; the export is itself an audit entry."""
    from desk.exports import workbook as wb

    rows = search(session, actor, filters)
    hotel = hotel_info(session)
    book = wb.new_workbook()
    sheet = book.create_sheet(translate(QT_TRANSLATE_NOOP("desk", "Audit trail")))
    first = wb.title_block(sheet, f"{hotel.name}: {translate(QT_TRANSLATE_NOOP('desk', 'Audit trail'))}", [
        (translate(QT_TRANSLATE_NOOP("desk", "From")), filters.date_from or ""),
        (translate(QT_TRANSLATE_NOOP("desk", "To")), filters.date_to or ""),
        (translate(QT_TRANSLATE_NOOP("desk", "Entries")), len(rows)),
    ])
    headers = [translate(t) for t in (
        QT_TRANSLATE_NOOP("desk", "No."), QT_TRANSLATE_NOOP("desk", "Time"),
        QT_TRANSLATE_NOOP("desk", "Business date"), QT_TRANSLATE_NOOP("desk", "User"),
        QT_TRANSLATE_NOOP("desk", "Workstation"), QT_TRANSLATE_NOOP("desk", "Action"),
        QT_TRANSLATE_NOOP("desk", "Record"), QT_TRANSLATE_NOOP("desk", "What"))]
    wb.write_table(sheet, first, headers, (
        (r.id, local(r.at, hotel.timezone), r.business_date, r.username, r.workstation, r.action,
         f"{r.subject_kind} {r.subject_id}" if r.subject_id is not None else r.subject_kind, r.summary)
        for r in rows), [wb.INTEGER, wb.DATETIME, wb.DATE])
    wb.finish(sheet, f"{hotel.name} {translate(QT_TRANSLATE_NOOP('desk', 'Audit trail'))}")
    # Logged first: a file written but not logged must not happen (a failed save rolls the entry back).
    audit.record(session, actor, "audit.export", "audit", None,
                 f"Audit trail exported: {len(rows)} entries to {path.name}")
    session.flush()
    return wb.save(book, path)
