"""After resolution: the follow-up call, and closing.

A follow-up records whether the guest was reached, and if so their
satisfaction from 1 to 5 and their words. A score of 1 or 2 (unhappy) reopens
the complaint; 3 is neutral, as on any five-point scale, and does not: the
guest is no longer unhappy, and reopening every "it was all right" would keep
complaints open that nobody can improve. Closing needs a reached follow-up
after the latest resolution, or a recorded reason why none was possible (the
guest cannot be reached, or asked not to be called); a major complaint also
needs its written report.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk import audit, clock, validate
from desk.actor import Actor
from desk.complaints import handling, rules
from desk.complaints.queries import ComplaintRow, complaint_row
from desk.errors import RuleError, ValidationError
from desk.i18n import QT_TRANSLATE_NOOP
from desk.models import ActionKind, Complaint, ComplaintStatus, FollowUp
from desk.permissions import Permission, require

UNSATISFIED_BELOW = 3  # satisfaction 1 and 2 reopen the complaint


def record_follow_up(session: Session, actor: Actor, *, complaint_id: int, reached: bool,
                     satisfaction: int | None = None, words: str = "") -> ComplaintRow:
    """Record the follow-up call on a resolved complaint; an unhappy guest reopens it."""
    require(actor, Permission.COMPLAINTS)
    complaint = rules.lock(session, complaint_id)
    rules.refuse_if_concerned(session, complaint, actor)
    if complaint.status is not ComplaintStatus.RESOLVED:
        raise RuleError(QT_TRANSLATE_NOOP("desk", "Complaint {number} is not resolved; the follow-up call comes "
                                                  "after the resolution."),
                        number=complaint.number)
    words = validate.text(words, QT_TRANSLATE_NOOP("desk", "the guest's words"), max_length=2000, required=False,
                          multiline=True)
    if reached:
        if satisfaction is None:
            raise ValidationError(QT_TRANSLATE_NOOP("desk", "Choose how satisfied the guest is, from 1 to 5."))
        satisfaction = validate.count(satisfaction, QT_TRANSLATE_NOOP("desk", "Satisfaction"), minimum=1, maximum=5)
    elif satisfaction is not None:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "A guest who was not reached gives no satisfaction score."))
    session.add(FollowUp(complaint_id=complaint.id, at=clock.now(), user_id=actor.user_id, reached=reached,
                         satisfaction=satisfaction, words=words))
    session.flush()
    audit.record(session, actor, "complaint.follow_up", "complaint", complaint.id,
                 f"{complaint.number}: follow-up, " + (f"satisfaction {satisfaction}" if reached else "not reached"))
    if satisfaction is not None and satisfaction < UNSATISFIED_BELOW:
        handling.reopen_now(session, complaint, actor, words or f"Follow-up: satisfaction {satisfaction} of 5")
    return complaint_row(session, complaint.id)


def followed_up(session: Session, complaint: Complaint) -> bool:
    """Whether the guest was reached after the latest resolution."""
    if complaint.resolved_at is None:
        return False
    return session.scalar(select(FollowUp.id).where(FollowUp.complaint_id == complaint.id, FollowUp.reached.is_(True),
                                                    FollowUp.at >= complaint.resolved_at).limit(1)) is not None


def close(session: Session, actor: Actor, *, complaint_id: int, reason: str = "") -> ComplaintRow:
    """Close a resolved complaint after its follow-up, or with the reason none was possible."""
    require(actor, Permission.COMPLAINTS)
    complaint = rules.lock(session, complaint_id)
    rules.refuse_if_concerned(session, complaint, actor)
    reason = validate.text(reason, QT_TRANSLATE_NOOP("desk", "why no follow-up was possible"), max_length=300,
                           required=False)
    if complaint.status is ComplaintStatus.RESOLVED and not followed_up(session, complaint) and not reason:
        raise RuleError(QT_TRANSLATE_NOOP("desk", "Complaint {number} needs its follow-up call before closing, or "
                                                  "the reason why no follow-up was possible."),
                        number=complaint.number)
    if complaint.major and complaint.report_at is None and complaint.status is ComplaintStatus.RESOLVED:
        raise RuleError(QT_TRANSLATE_NOOP("desk", "Complaint {number} is major: attach its written report before "
                                                  "closing it."),
                        number=complaint.number)
    rules.move(complaint, ComplaintStatus.CLOSED)
    complaint.closed_at = clock.now()
    complaint.close_reason = reason
    rules.add_action(session, complaint, actor, ActionKind.CLOSED, reason)
    session.flush()
    audit.record(session, actor, "complaint.close", "complaint", complaint.id,
                 f"{complaint.number} closed" + (" without a follow-up" if reason else " after the follow-up"))
    return complaint_row(session, complaint.id)
