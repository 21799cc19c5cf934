"""What the Complaints tab and other tabs show: immutable rows.

A complaint is overdue when it is still open past its deadline, when its
first reply is late, or when a major complaint's written report is late.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from sqlalchemy import ColumnElement, Select, and_, func, or_, select
from sqlalchemy.orm import Session, aliased

from desk import clock, hoteltime
from desk.complaints.names import CATEGORY_NAMES
from desk.complaints.rules import ACTIVE, major_reasons
from desk.errors import NotFoundError
from desk.i18n import QT_TRANSLATE_NOOP, translate
from desk.models import (
    ActionKind,
    Category,
    Channel,
    Compensation,
    CompensationState,
    CompensationType,
    Complaint,
    ComplaintAction,
    ComplaintStatus,
    FollowUp,
    Guest,
    Level,
    MajorReason,
    Role,
    Room,
    User,
    complaint_staff,
)
from desk.permissions import Permission, allowed
from desk.settings import settings_row
from desk.validate import display_phone

SUMMARY_LENGTH = 80
ZERO = Decimal("0.00")


def overdue_parts(complaint: Complaint, now: datetime) -> tuple[str, ...]:
    """What is late on the complaint: "reply", "resolution", "report" (see names.OVERDUE_NAMES)."""
    late = []
    if complaint.status in ACTIVE:
        if complaint.first_reply_at is None and complaint.first_reply_due_at is not None \
                and complaint.first_reply_due_at < now:
            late.append("reply")
        if complaint.due_at < now:
            late.append("resolution")
    if complaint.major and complaint.report_at is None and complaint.status is not ComplaintStatus.CLOSED \
            and complaint.report_due_at is not None and complaint.report_due_at < now:
        late.append("report")
    return tuple(late)


def overdue_clause(now: datetime) -> ColumnElement[bool]:
    """``overdue_parts`` in SQL."""
    active = Complaint.status.in_(ACTIVE)
    return or_(
        and_(active, Complaint.due_at < now),
        and_(active, Complaint.first_reply_at.is_(None), Complaint.first_reply_due_at < now),
        and_(Complaint.major.is_(True), Complaint.report_at.is_(None), Complaint.status != ComplaintStatus.CLOSED,
             Complaint.report_due_at < now),
    )


@dataclass(frozen=True, slots=True)
class ComplaintRow:
    id: int
    number: str
    received_at: datetime
    channel: Channel
    category: Category
    level: Level
    status: ComplaintStatus
    anonymous: bool
    complainant: str  # "" when anonymous
    phone: str  # as people read it
    room_id: int | None
    room_number: str
    guest_id: int | None
    guest_name: str
    stay_id: int | None
    handler_id: int | None
    handler_name: str
    summary: str  # the facts' first line, shortened
    due_at: datetime
    first_reply_due_at: datetime | None
    first_reply_at: datetime | None
    major: bool
    major_reasons: tuple[MajorReason, ...]
    escalated: bool
    alert_pending: bool  # a manager has not acknowledged the major or escalated complaint yet
    report_due_at: datetime | None
    report_written: bool
    overdue: tuple[str, ...]  # "reply", "resolution", "report"; empty when nothing is late
    compensation_granted: Decimal
    compensation_waiting: Decimal  # for a manager's approval
    version: int

    @property
    def is_overdue(self) -> bool:
        return bool(self.overdue)

    @property
    def active(self) -> bool:
        return self.status in ACTIVE

    @property
    def next_due(self) -> datetime | None:
        """The earliest deadline still to meet."""
        pending = []
        if self.active:
            pending.append(self.due_at)
            if self.first_reply_at is None and self.first_reply_due_at is not None:
                pending.append(self.first_reply_due_at)
        if self.major and not self.report_written and self.report_due_at is not None \
                and self.status is not ComplaintStatus.CLOSED:
            pending.append(self.report_due_at)
        return min(pending) if pending else None


def _summary(facts: str) -> str:
    line = facts.strip().splitlines()[0] if facts.strip() else ""
    return line if len(line) <= SUMMARY_LENGTH else line[:SUMMARY_LENGTH - 1] + "…"


def _rows(session: Session, where: Sequence[ColumnElement[bool]] = (), limit: int | None = None) -> list[ComplaintRow]:
    handler = aliased(User)
    granted = (select(Compensation.complaint_id, func.sum(Compensation.amount).label("amount"))
               .where(Compensation.state.in_((CompensationState.APPROVED, CompensationState.POSTED)))
               .group_by(Compensation.complaint_id).subquery())
    waiting = (select(Compensation.complaint_id, func.sum(Compensation.amount).label("amount"))
               .where(Compensation.state == CompensationState.REQUESTED)
               .group_by(Compensation.complaint_id).subquery())
    query: Select[Complaint, str | None, str | None, str | None, Decimal | None, Decimal | None] = (
        select(Complaint, Room.number, Guest.name, handler.full_name, granted.c.amount, waiting.c.amount)
        .outerjoin(Room, Room.id == Complaint.room_id).outerjoin(Guest, Guest.id == Complaint.guest_id)
        .outerjoin(handler, handler.id == Complaint.handler_id)
        .outerjoin(granted, granted.c.complaint_id == Complaint.id)
        .outerjoin(waiting, waiting.c.complaint_id == Complaint.id)
        .where(*where).order_by(Complaint.received_at.desc(), Complaint.id.desc())
    )
    if limit is not None:
        query = query.limit(limit)
    now = clock.now()
    return [
        ComplaintRow(
            c.id, c.number, c.received_at, c.channel, c.category, c.level, c.status, c.anonymous,
            c.complainant_name, display_phone(c.complainant_phone), c.room_id, room or "", c.guest_id, guest or "",
            c.stay_id, c.handler_id, handler_name or "", _summary(c.facts), c.due_at, c.first_reply_due_at,
            c.first_reply_at, c.major, major_reasons(c), c.escalated_at is not None,
            (c.major or c.escalated_at is not None) and c.alert_acknowledged_at is None
            and c.status is not ComplaintStatus.CLOSED,
            c.report_due_at, c.report_at is not None, overdue_parts(c, now),
            Decimal(given or 0).quantize(ZERO), Decimal(asked or 0).quantize(ZERO), c.version,
        )
        for c, room, guest, handler_name, given, asked in session.execute(query)
    ]


def complaint_row(session: Session, complaint_id: int) -> ComplaintRow:
    rows = _rows(session, [Complaint.id == complaint_id])
    if not rows:
        raise NotFoundError(QT_TRANSLATE_NOOP("desk", "That complaint no longer exists."))
    return rows[0]


def sort_key(row: ComplaintRow) -> tuple[int, float]:
    """Overdue first, then what is due soonest, then the rest newest first."""
    if row.is_overdue:
        return (0, (row.next_due or row.received_at).timestamp())
    if row.next_due is not None:
        return (1, row.next_due.timestamp())
    return (2, -row.received_at.timestamp())


@dataclass(frozen=True, slots=True)
class ComplaintFilter:
    """The tab's filters; None or empty means any."""

    statuses: Collection[ComplaintStatus] = ()
    levels: Collection[Level] = ()
    categories: Collection[Category] = ()
    received_from: date | None = None  # hotel dates, both included
    received_to: date | None = None
    room_id: int | None = None
    text: str = ""  # number, complainant, phone, guest, room, facts or request
    overdue_only: bool = False


def complaints(session: Session, filters: ComplaintFilter = ComplaintFilter(), *, limit: int = 2000) -> list[
        ComplaintRow]:
    """The complaints the filters let through, overdue first (see ``sort_key``): all
    those still to do, and the ``limit`` newest of those done."""
    where: list[ColumnElement[bool]] = []
    if filters.statuses:
        where.append(Complaint.status.in_(list(filters.statuses)))
    if filters.levels:
        where.append(Complaint.level.in_(list(filters.levels)))
    if filters.categories:
        where.append(Complaint.category.in_(list(filters.categories)))
    timezone = settings_row(session).timezone
    if filters.received_from is not None:
        where.append(Complaint.received_at >= hoteltime.at(filters.received_from, time(0), timezone))
    if filters.received_to is not None:
        where.append(Complaint.received_at < hoteltime.at(filters.received_to + timedelta(days=1), time(0), timezone))
    if filters.room_id is not None:
        where.append(Complaint.room_id == filters.room_id)
    if filters.overdue_only:
        where.append(overdue_clause(clock.now()))
    needle = filters.text.strip().lower()
    if needle:
        digits = "".join(ch for ch in needle if ch.isdigit())
        matches = [func.lower(column).contains(needle, autoescape=True)
                   for column in (Complaint.number, Complaint.complainant_name, Complaint.facts, Complaint.request,
                                  Guest.name)]
        matches.append(Room.number == filters.text.strip())
        if len(digits) >= 4:
            matches.append(Complaint.complainant_phone.contains(digits, autoescape=True))
        where.append(or_(*matches))
    # Everything still to do is listed whatever the limit; the limit cuts the oldest finished ones.
    pending = or_(Complaint.status.in_(ACTIVE), overdue_clause(clock.now()))
    rows = _rows(session, [*where, pending]) + _rows(session, [*where, ~pending], limit)
    return sorted(rows, key=sort_key)


@dataclass(frozen=True, slots=True)
class ActionRow:
    id: int
    kind: ActionKind
    at: datetime
    user_name: str
    text: str
    promise: str
    guest_told_at: datetime | None


@dataclass(frozen=True, slots=True)
class CompensationRow:
    id: int
    kind: CompensationType
    amount: Decimal
    description: str
    state: CompensationState
    requested_at: datetime
    requested_by: str
    decided_at: datetime | None
    decided_by: str
    decision_note: str
    folio_line_id: int | None


@dataclass(frozen=True, slots=True)
class FollowUpRow:
    id: int
    at: datetime
    user_name: str
    reached: bool
    satisfaction: int | None
    words: str


@dataclass(frozen=True, slots=True)
class StaffRow:
    user_id: int
    name: str
    role: Role
    may_handle: bool  # allowed to handle complaints (clerks and managers)


@dataclass(frozen=True, slots=True)
class ComplaintDetail:
    row: ComplaintRow
    facts: str
    request: str
    media_or_legal: bool
    compensation_claimed: Decimal | None
    major_note: str
    major_at: datetime | None
    repeat_of_number: str
    escalated_at: datetime | None
    report: str
    report_at: datetime | None
    report_by: str
    alert_acknowledged_at: datetime | None
    alert_acknowledged_by: str
    resolution: str
    resolved_at: datetime | None
    reopened_at: datetime | None
    closed_at: datetime | None
    close_reason: str
    created_at: datetime
    created_by: str
    business_date: date
    staff: tuple[StaffRow, ...]  # whom it is about
    actions: tuple[ActionRow, ...]  # oldest first
    compensations: tuple[CompensationRow, ...]
    follow_ups: tuple[FollowUpRow, ...]

    @property
    def followed_up(self) -> bool:
        """A reached follow-up after the latest resolution: the complaint may close."""
        resolved = self.resolved_at
        return resolved is not None and any(f.reached and f.at >= resolved for f in self.follow_ups)


def complaint_detail(session: Session, complaint_id: int) -> ComplaintDetail:
    row = complaint_row(session, complaint_id)
    c = session.get_one(Complaint, complaint_id)
    names = {user_id: name for user_id, name in session.execute(select(User.id, User.full_name))}
    staff = tuple(StaffRow(u.id, u.full_name, u.role, allowed(u.role, Permission.COMPLAINTS))
                  for u in session.scalars(select(User).join(complaint_staff, complaint_staff.c.user_id == User.id)
                                           .where(complaint_staff.c.complaint_id == c.id).order_by(User.full_name)))
    actions = tuple(ActionRow(a.id, a.kind, a.at, names.get(a.user_id, ""), a.text, a.promise, a.guest_told_at)
                    for a in session.scalars(select(ComplaintAction).where(ComplaintAction.complaint_id == c.id)
                                             .order_by(ComplaintAction.id)))
    compensations = tuple(
        CompensationRow(p.id, p.type, p.amount, p.description, p.state, p.requested_at,
                        names.get(p.requested_by_id, ""), p.decided_at,
                        names.get(p.decided_by_id, "") if p.decided_by_id else "", p.decision_note, p.folio_line_id)
        for p in session.scalars(select(Compensation).where(Compensation.complaint_id == c.id)
                                 .order_by(Compensation.id)))
    follow_ups = tuple(FollowUpRow(f.id, f.at, names.get(f.user_id, ""), f.reached, f.satisfaction, f.words)
                       for f in session.scalars(select(FollowUp).where(FollowUp.complaint_id == c.id)
                                                .order_by(FollowUp.id)))
    repeat_of = session.scalar(select(Complaint.number).where(Complaint.id == c.repeat_of_id)) \
        if c.repeat_of_id else ""

    def name(user_id: int | None) -> str:
        return names.get(user_id, "") if user_id is not None else ""

    return ComplaintDetail(
        row, c.facts, c.request, c.media_or_legal, c.compensation_claimed, c.major_note, c.major_at, repeat_of or "",
        c.escalated_at, c.report, c.report_at, name(c.report_by_id), c.alert_acknowledged_at,
        name(c.alert_acknowledged_by_id), c.resolution, c.resolved_at, c.reopened_at, c.closed_at, c.close_reason,
        c.created_at, name(c.created_by_id), c.business_date, staff, actions, compensations, follow_ups,
    )


def staff(session: Session) -> list[StaffRow]:
    """Active staff to choose from: whom a complaint is about, and (``may_handle``) its handler."""
    return [StaffRow(u.id, u.full_name, u.role, allowed(u.role, Permission.COMPLAINTS))
            for u in session.scalars(select(User).where(User.active.is_(True)).order_by(User.full_name))]


# --- For other tabs --------------------------------------------------------------------------------------------------


def overdue_room_ids(session: Session) -> set[int]:
    """Rooms with an overdue complaint, for the room board's tiles."""
    return set(session.scalars(select(Complaint.room_id).where(Complaint.room_id.is_not(None),
                                                              overdue_clause(clock.now())).distinct()))


@dataclass(frozen=True, slots=True)
class HandoverItem:
    complaint_id: int
    number: str
    text: str  # one line in the installed language, as it reads at handover
    overdue: bool


@dataclass(frozen=True, slots=True)
class HandoverComplaints:
    open_count: int  # open, in progress or reopened
    overdue_count: int
    items: tuple[HandoverItem, ...]  # the open ones and any overdue, overdue first


def handover_counts(session: Session) -> HandoverComplaints:
    """What the shift handover says about complaints."""
    now = clock.now()
    rows = sorted(_rows(session, [or_(Complaint.status.in_(ACTIVE), overdue_clause(now))]), key=sort_key)
    timezone = settings_row(session).timezone
    items = []
    for row in rows:
        due = row.next_due
        text = translate(QT_TRANSLATE_NOOP("desk", "{number} {category}{room}: {summary} (due {due})")).format(
            number=row.number, category=translate(CATEGORY_NAMES[row.category]),
            room=" " + translate(QT_TRANSLATE_NOOP("desk", "room {room}")).format(room=row.room_number)
            if row.room_number else "",
            summary=row.summary, due=hoteltime.local(due, timezone).strftime("%m-%d %H:%M") if due else "-",
        )
        if row.is_overdue:
            text = translate(QT_TRANSLATE_NOOP("desk", "OVERDUE")) + " " + text
        items.append(HandoverItem(row.id, row.number, text[:500], row.is_overdue))
    return HandoverComplaints(sum(r.active for r in rows), sum(r.is_overdue for r in rows), tuple(items))


@dataclass(frozen=True, slots=True)
class ManagerAlert:
    complaint_id: int
    number: str
    level: Level
    category: Category
    major: bool
    major_reasons: tuple[MajorReason, ...]
    escalated: bool
    received_at: datetime
    room_number: str
    complainant: str
    summary: str
    report_due_at: datetime | None
    report_written: bool


def manager_alerts(session: Session) -> list[ManagerAlert]:
    """Major and escalated complaints no manager has acknowledged yet, oldest first."""
    rows = _rows(session, [or_(Complaint.major.is_(True), Complaint.escalated_at.is_not(None)),
                           Complaint.alert_acknowledged_at.is_(None), Complaint.status != ComplaintStatus.CLOSED])
    return [ManagerAlert(r.id, r.number, r.level, r.category, r.major, r.major_reasons, r.escalated, r.received_at,
                         r.room_number, r.complainant, r.summary, r.report_due_at, r.report_written)
            for r in sorted(rows, key=lambda r: (r.received_at, r.id))]
