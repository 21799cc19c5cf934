"""What every complaint service shares: finding and locking a complaint, the
status transitions, who may handle it, major complaints and numbering."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta

from sqlalchemy import func, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from desk import clock
from desk.actor import Actor
from desk.complaints.deadlines import REPORT_WITHIN
from desk.complaints.names import STATUS_NAMES
from desk.errors import NotFoundError, RuleError, StaleDataError
from desk.i18n import QT_TRANSLATE_NOOP
from desk.models import (
    ActionKind,
    Complaint,
    ComplaintAction,
    ComplaintStatus,
    MajorReason,
    User,
    complaint_staff,
)

ACTIVE = frozenset({ComplaintStatus.OPEN, ComplaintStatus.IN_PROGRESS, ComplaintStatus.REOPENED})
TRANSITIONS: dict[ComplaintStatus, frozenset[ComplaintStatus]] = {
    ComplaintStatus.OPEN: frozenset({ComplaintStatus.IN_PROGRESS, ComplaintStatus.RESOLVED}),
    ComplaintStatus.IN_PROGRESS: frozenset({ComplaintStatus.RESOLVED}),
    ComplaintStatus.REOPENED: frozenset({ComplaintStatus.IN_PROGRESS, ComplaintStatus.RESOLVED}),
    ComplaintStatus.RESOLVED: frozenset({ComplaintStatus.CLOSED, ComplaintStatus.REOPENED}),
    ComplaintStatus.CLOSED: frozenset({ComplaintStatus.REOPENED}),
}
_REFUSED_MOVES = {
    ComplaintStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("desk", "Complaint {number} is {status}; reopen it to work on "
                                                           "it again."),
    ComplaintStatus.RESOLVED: QT_TRANSLATE_NOOP("desk", "Complaint {number} is {status}; only an open, in-progress "
                                                        "or reopened complaint can be resolved."),
    ComplaintStatus.CLOSED: QT_TRANSLATE_NOOP("desk", "Complaint {number} is {status}; only a resolved complaint "
                                                      "can be closed."),
    ComplaintStatus.REOPENED: QT_TRANSLATE_NOOP("desk", "Complaint {number} is {status}; only a resolved or closed "
                                                        "complaint can be reopened."),
}
REPEAT_WITHIN = timedelta(days=30)
CLOCK_SKEW = timedelta(minutes=5)  # a workstation's clock may run a little ahead of the server's


def lock(session: Session, complaint_id: int) -> Complaint:
    """The complaint, locked for this transaction."""
    complaint = session.scalar(select(Complaint).where(Complaint.id == complaint_id).with_for_update())
    if complaint is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("desk", "That complaint no longer exists."))
    return complaint


def check_version(complaint: Complaint, version: int | None) -> None:
    """Refuse to overwrite what someone else saved after the clerk opened it."""
    if version is not None and version != complaint.version:
        raise StaleDataError(
            QT_TRANSLATE_NOOP("desk", "Someone changed complaint {number} after you opened it. Its current details "
                                      "are shown now; make your change again."),
            number=complaint.number,
        )


def move(complaint: Complaint, to: ComplaintStatus) -> None:
    """Change the status, refusing a step the workflow does not have."""
    if to not in TRANSITIONS[complaint.status]:
        raise RuleError(_REFUSED_MOVES[to], number=complaint.number, status=STATUS_NAMES[complaint.status])
    complaint.status = to


def refuse_if_closed(complaint: Complaint) -> None:
    if complaint.status is ComplaintStatus.CLOSED:
        raise RuleError(QT_TRANSLATE_NOOP("desk", "Complaint {number} is closed; reopen it first."),
                        number=complaint.number)


def staff_ids(session: Session, complaint_id: int) -> set[int]:
    return set(session.scalars(select(complaint_staff.c.user_id).where(complaint_staff.c.complaint_id ==
                                                                         complaint_id)))


def refuse_if_concerned(session: Session, complaint: Complaint, actor: Actor) -> None:
    """Nobody handles a complaint about themselves."""
    if actor.user_id in staff_ids(session, complaint.id):
        raise RuleError(
            QT_TRANSLATE_NOOP("desk", "You are among the staff complaint {number} is about; a colleague must handle "
                                      "it."),
            number=complaint.number,
        )


def user_name(session: Session, user_id: int | None) -> str:
    if user_id is None:
        return ""
    user = session.get(User, user_id)
    return user.full_name if user else ""


def add_action(session: Session, complaint: Complaint, actor: Actor, kind: ActionKind, text: str = "", *,
               promise: str = "", guest_told_at: datetime | None = None) -> ComplaintAction:
    action = ComplaintAction(complaint_id=complaint.id, kind=kind, at=clock.now(), user_id=actor.user_id, text=text,
                             promise=promise, guest_told_at=guest_told_at)
    session.add(action)
    return action


def major_reasons(complaint: Complaint) -> tuple[MajorReason, ...]:
    return tuple(MajorReason(code) for code in complaint.major_reasons.split(",") if code)


def make_major(session: Session, complaint: Complaint, actor: Actor, reasons: Iterable[MajorReason],
               note: str = "") -> bool:
    """Mark the complaint major for the reasons it does not have yet; the
    manager's alert goes up again, and the written report is due 24 hours
    after the complaint first became major. Returns whether anything changed."""
    current = major_reasons(complaint)
    new = [reason for reason in dict.fromkeys(reasons) if reason not in current]
    if not new:
        return False
    now = clock.now()
    if not complaint.major:
        complaint.major = True
        complaint.major_at = now
        complaint.report_due_at = now + REPORT_WITHIN
    complaint.major_reasons = ",".join([*current, *new])
    if note:
        complaint.major_note = note
    complaint.alert_acknowledged_at = None
    complaint.alert_acknowledged_by_id = None
    add_action(session, complaint, actor, ActionKind.MARKED_MAJOR, note)
    return True


def earlier_complaint(session: Session, *, guest_id: int | None, phone: str, received_at: datetime,
                      excluding: int | None = None) -> Complaint | None:
    """The latest complaint by the same guest or phone received in the 30 days before ``received_at``."""
    same = [Complaint.guest_id == guest_id] if guest_id is not None else []
    if phone:
        same.append(Complaint.complainant_phone == phone)
    if not same:
        return None
    query = select(Complaint).where(or_(*same), Complaint.received_at >= received_at - REPEAT_WITHIN,
                                    Complaint.received_at <= received_at)
    if excluding is not None:
        query = query.where(Complaint.id != excluding)
    return session.scalar(query.order_by(Complaint.received_at.desc(), Complaint.id.desc()).limit(1))


def _next_number(session: Session, year: int) -> str:
    prefix = f"C{year}-"
    last = session.scalar(select(Complaint.number).where(Complaint.number.like(prefix + "%"))
                          .order_by(func.length(Complaint.number).desc(), Complaint.number.desc()).limit(1))
    following = int(last[len(prefix):]) + 1 if last else 1
    return f"{prefix}{following:04d}"


def insert_numbered(session: Session, complaint: Complaint, year: int) -> None:
    """Give the complaint the next number of ``year`` (C2026-0042) and insert it.

    Two workstations logging at the same moment may pick the same number; the
    unique index refuses the second, which takes the next one.
    """
    for _attempt in range(5):
        complaint.number = _next_number(session, year)
        try:
            with session.begin_nested():
                session.add(complaint)
                session.flush()
        except IntegrityError:
            continue
        return
    raise RuleError(QT_TRANSLATE_NOOP("desk", "Other workstations are logging complaints at this moment; try again."))
