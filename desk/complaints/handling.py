"""Handling a complaint: the handler, the action log, resolving and
reopening, major complaints with their written report, and the manager's
acknowledgement of an alert.

Nobody handles a complaint about themselves: a member of the staff it is
about cannot be its handler, nor log actions, resolve, reopen or report on it.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk import audit, clock, validate
from desk.actor import Actor
from desk.complaints import rules
from desk.complaints.deadlines import ESCALATED_LEVELS, deadlines
from desk.complaints.queries import ComplaintRow, complaint_row
from desk.errors import NotFoundError, PermissionDeniedError, RuleError, ValidationError
from desk.i18n import QT_TRANSLATE_NOOP
from desk.models import (
    ActionKind,
    Compensation,
    CompensationState,
    Complaint,
    ComplaintStatus,
    Level,
    MajorReason,
    Role,
    User,
)
from desk.permissions import ROLE_NAMES, Permission, allowed, require

MAX_TEXT = 4000


def check_handler(session: Session, handler_id: int, *, level: Level, staff: Collection[int],
                  number: str = "") -> User:
    """The handler, if they may handle this complaint: active, allowed to handle
    complaints, not among the staff it is about, a manager for a dispute or an
    incident."""
    user = session.get(User, handler_id)
    if user is None or not user.active:
        raise NotFoundError(QT_TRANSLATE_NOOP("desk", "Choose an active member of staff as the handler."))
    if not allowed(user.role, Permission.COMPLAINTS):
        raise RuleError(
            QT_TRANSLATE_NOOP("desk", "{name} ({role}) does not handle complaints; choose a front-desk clerk or a "
                                      "manager."),
            name=user.full_name, role=ROLE_NAMES[user.role],
        )
    if user.id in staff:
        raise RuleError(
            QT_TRANSLATE_NOOP("desk", "{name} is among the staff this complaint is about, and nobody handles a "
                                      "complaint about themselves. Choose another handler."),
            name=user.full_name,
        )
    if level in ESCALATED_LEVELS and user.role is not Role.MANAGER:
        raise RuleError(QT_TRANSLATE_NOOP("desk", "Disputes and incidents are handled by a manager; choose a manager "
                                                  "as the handler."))
    return user


def set_handler(session: Session, complaint: Complaint, actor: Actor, user: User) -> None:
    """Make the (checked) ``user`` the handler, with a line in the log."""
    complaint.handler_id = user.id
    rules.add_action(session, complaint, actor, ActionKind.ASSIGNED, user.full_name)


def assign_handler(session: Session, actor: Actor, *, complaint_id: int, handler_id: int) -> ComplaintRow:
    require(actor, Permission.COMPLAINTS)
    complaint = rules.lock(session, complaint_id)
    rules.refuse_if_closed(complaint)
    user = check_handler(session, handler_id, level=complaint.level, staff=rules.staff_ids(session, complaint.id))
    if complaint.handler_id == user.id:
        raise RuleError(QT_TRANSLATE_NOOP("desk", "{name} handles complaint {number} already."),
                        name=user.full_name, number=complaint.number)
    set_handler(session, complaint, actor, user)
    session.flush()
    audit.record(session, actor, "complaint.assign", "complaint", complaint.id,
                 f"{complaint.number}: handled by {user.username}")
    return complaint_row(session, complaint.id)


def _moment(value: datetime | None, complaint: Complaint, field: str) -> datetime | None:
    if value is None:
        return None
    if value.tzinfo is None:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "{field} needs a time zone."), field=field)
    if value > clock.now() + rules.CLOCK_SKEW:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "{field} cannot be in the future."), field=field)
    if value < complaint.received_at:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "{field} cannot be before the complaint came in."),
                              field=field)
    return value


def record_action(session: Session, actor: Actor, *, complaint_id: int, text: str, promise: str = "",
                  guest_told_at: datetime | None = None) -> ComplaintRow:
    """Log what was done; ``promise`` is what the guest was promised, and
    ``guest_told_at`` when the guest was told (the first such time is the
    complaint's first reply). An open or reopened complaint is in progress from here."""
    require(actor, Permission.COMPLAINTS)
    complaint = rules.lock(session, complaint_id)
    rules.refuse_if_closed(complaint)
    rules.refuse_if_concerned(session, complaint, actor)
    text = validate.text(text, QT_TRANSLATE_NOOP("desk", "what was done"), max_length=MAX_TEXT, multiline=True)
    promise = validate.text(promise, QT_TRANSLATE_NOOP("desk", "what was promised"), max_length=300,
                            required=False)
    told = _moment(guest_told_at, complaint, QT_TRANSLATE_NOOP("desk", "The time the guest was told"))
    if complaint.status in (ComplaintStatus.OPEN, ComplaintStatus.REOPENED):
        rules.move(complaint, ComplaintStatus.IN_PROGRESS)
    if told is not None and (complaint.first_reply_at is None or told < complaint.first_reply_at):
        complaint.first_reply_at = told
    rules.add_action(session, complaint, actor, ActionKind.NOTE, text, promise=promise, guest_told_at=told)
    session.flush()
    audit.record(session, actor, "complaint.action", "complaint", complaint.id,
                 f"{complaint.number}: action logged" + ("; guest told" if told else "")
                 + ("; a promise made" if promise else ""))
    return complaint_row(session, complaint.id)


def resolve_now(session: Session, complaint: Complaint, actor: Actor, resolution: str) -> None:
    """Resolve the (locked) complaint: its handler has done what could be done,
    and the guest has been told (the resolution counts as a reply)."""
    rules.refuse_if_concerned(session, complaint, actor)
    resolution = validate.text(resolution, QT_TRANSLATE_NOOP("desk", "the resolution"), max_length=MAX_TEXT,
                               multiline=True)
    if complaint.handler_id is None:
        raise RuleError(QT_TRANSLATE_NOOP("desk", "Assign a handler to complaint {number} before resolving it."),
                        number=complaint.number)
    waiting = session.scalar(select(Compensation.id).where(Compensation.complaint_id == complaint.id,
                                                           Compensation.state == CompensationState.REQUESTED)
                             .limit(1))
    if waiting is not None:
        raise RuleError(QT_TRANSLATE_NOOP("desk", "Compensation for complaint {number} waits for a manager's "
                                                  "approval; it must be approved or refused before resolving."),
                        number=complaint.number)
    rules.move(complaint, ComplaintStatus.RESOLVED)
    now = clock.now()
    complaint.resolution = resolution
    complaint.resolved_at = now
    if complaint.first_reply_at is None:
        complaint.first_reply_at = now
    rules.add_action(session, complaint, actor, ActionKind.RESOLVED, resolution)
    session.flush()
    audit.record(session, actor, "complaint.resolve", "complaint", complaint.id,
                 f"{complaint.number} resolved")


def resolve(session: Session, actor: Actor, *, complaint_id: int, resolution: str) -> ComplaintRow:
    require(actor, Permission.COMPLAINTS)
    complaint = rules.lock(session, complaint_id)
    resolve_now(session, complaint, actor, resolution)
    return complaint_row(session, complaint.id)


def reopen_now(session: Session, complaint: Complaint, actor: Actor, reason: str) -> None:
    """Reopen the (locked) complaint; its level's deadline runs again from now."""
    rules.move(complaint, ComplaintStatus.REOPENED)
    now = clock.now()
    complaint.reopened_at = now
    complaint.resolved_at = None
    complaint.closed_at = None
    complaint.close_reason = ""
    complaint.due_at = deadlines(session, complaint.level, now).due_at
    rules.add_action(session, complaint, actor, ActionKind.REOPENED, reason)
    session.flush()
    audit.record(session, actor, "complaint.reopen", "complaint", complaint.id,
                 f"{complaint.number} reopened")


def reopen(session: Session, actor: Actor, *, complaint_id: int, reason: str) -> ComplaintRow:
    """Reopen a resolved or closed complaint (the guest came back), with a reason."""
    require(actor, Permission.COMPLAINTS)
    complaint = rules.lock(session, complaint_id)
    rules.refuse_if_concerned(session, complaint, actor)
    reason = validate.text(reason, QT_TRANSLATE_NOOP("desk", "the reason for reopening"), max_length=300)
    reopen_now(session, complaint, actor, reason)
    return complaint_row(session, complaint.id)


def mark_major(session: Session, actor: Actor, *, complaint_id: int, reason: str) -> ComplaintRow:
    """Mark a complaint major by hand (a VIP, a group...), saying why: the
    manager is alerted and the written report is due in 24 hours."""
    require(actor, Permission.COMPLAINTS)
    complaint = rules.lock(session, complaint_id)
    rules.refuse_if_closed(complaint)
    reason = validate.text(reason, QT_TRANSLATE_NOOP("desk", "why it is major"), max_length=300)
    if not rules.make_major(session, complaint, actor, [MajorReason.MARKED], reason):
        raise RuleError(QT_TRANSLATE_NOOP("desk", "Complaint {number} is marked major already."),
                        number=complaint.number)
    session.flush()
    audit.record(session, actor, "complaint.major", "complaint", complaint.id,
                 f"{complaint.number} marked major by hand")
    return complaint_row(session, complaint.id)


def write_report(session: Session, actor: Actor, *, complaint_id: int, report: str) -> ComplaintRow:
    """Attach the written report a major complaint needs (once: add to the log after that)."""
    require(actor, Permission.COMPLAINTS)
    complaint = rules.lock(session, complaint_id)
    rules.refuse_if_concerned(session, complaint, actor)
    if not complaint.major:
        raise RuleError(QT_TRANSLATE_NOOP("desk", "Complaint {number} is not major; it needs no written report."),
                        number=complaint.number)
    if complaint.report_at is not None:
        raise RuleError(QT_TRANSLATE_NOOP("desk", "The report on complaint {number} is written already; add what "
                                                  "follows to its log."),
                        number=complaint.number)
    report = validate.text(report, QT_TRANSLATE_NOOP("desk", "the report"), max_length=20000, multiline=True)
    complaint.report = report
    complaint.report_at = clock.now()
    complaint.report_by_id = actor.user_id
    rules.add_action(session, complaint, actor, ActionKind.REPORT)
    session.flush()
    audit.record(session, actor, "complaint.report", "complaint", complaint.id,
                 f"{complaint.number}: written report attached ({len(report)} characters)")
    return complaint_row(session, complaint.id)


def acknowledge_alert(session: Session, actor: Actor, *, complaint_id: int) -> ComplaintRow:
    """A manager has seen the alert of a major or escalated complaint."""
    if not allowed(actor.role, Permission.COMPLAINT_ALERTS):
        raise PermissionDeniedError(QT_TRANSLATE_NOOP("desk", "Only a manager can acknowledge a complaint alert."))
    complaint = rules.lock(session, complaint_id)
    if not (complaint.major or complaint.escalated_at) or complaint.alert_acknowledged_at is not None:
        raise RuleError(QT_TRANSLATE_NOOP("desk", "Complaint {number} has no alert waiting."),
                        number=complaint.number)
    complaint.alert_acknowledged_at = clock.now()
    complaint.alert_acknowledged_by_id = actor.user_id
    session.flush()
    audit.record(session, actor, "complaint.acknowledge", "complaint", complaint.id,
                 f"{complaint.number}: alert acknowledged")
    return complaint_row(session, complaint.id)
