"""Logging a complaint, and correcting what was logged.

Logging decides the level's deadlines, escalates a dispute or an incident to
the manager at once, and marks a complaint major when the same guest or phone
complained within 30 days, when the guest threatens the press or a lawsuit,
or when the claim is above what a clerk may grant.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal
from typing import TypeVar

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from desk import audit, clock, validate
from desk.actor import Actor
from desk.complaints import handling, rules
from desk.complaints.deadlines import ON_THE_SPOT, deadlines
from desk.complaints.queries import ComplaintRow, complaint_row
from desk.errors import NotFoundError, RuleError, ValidationError
from desk.i18n import QT_TRANSLATE_NOOP
from desk.models import (
    ActionKind,
    Category,
    Channel,
    Complaint,
    ComplaintStatus,
    Guest,
    Level,
    MajorReason,
    Role,
    Room,
    Stay,
    User,
    complaint_staff,
)
from desk.permissions import Permission, require
from desk.settings import settings_row

MAX_FACTS = 4000
OLDEST = timedelta(days=90)
E = TypeVar("E", bound=enum.Enum)


@dataclass(frozen=True, slots=True)
class ComplaintInput:
    """What the clerk fills in, before it is checked. Links are picked ids."""

    channel: Channel
    category: Category
    level: Level
    facts: str
    complainant_name: str = ""
    complainant_phone: str = ""
    anonymous: bool = False  # recorded as such; then no name, and the phone only if given for a call back
    received_at: datetime | None = None  # None: now
    guest_id: int | None = None
    room_id: int | None = None
    stay_id: int | None = None  # fills in the room and guest when they are not picked
    staff_ids: tuple[int, ...] = ()  # the staff it is about
    request: str = ""  # what the guest asks for
    media_or_legal: bool = False
    compensation_claimed: Decimal | str | None = None


def _choice(enum_class: type[E], value: object, message: str) -> E:
    try:
        return enum_class(value)
    except ValueError:
        raise ValidationError(message) from None


def _check(session: Session, details: ComplaintInput) -> ComplaintInput:
    """Every field checked and cleaned; links exist; the stay fills in its room and guest."""
    channel = _choice(Channel, details.channel, QT_TRANSLATE_NOOP("desk", "Choose how the complaint came in."))
    category = _choice(Category, details.category, QT_TRANSLATE_NOOP("desk", "Choose a category."))
    level = _choice(Level, details.level, QT_TRANSLATE_NOOP("desk", "Choose a level."))
    now = clock.now()
    received = details.received_at or now
    if received.tzinfo is None:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "The received time needs a time zone."))
    if received > now + rules.CLOCK_SKEW:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "The received time cannot be in the future."))
    if received < now - OLDEST:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "The received time is more than 90 days ago; check the "
                                                        "date."))
    if details.anonymous:
        if details.complainant_name.strip():
            raise ValidationError(QT_TRANSLATE_NOOP("desk", "An anonymous complaint has no name: clear the name, or "
                                                            "untick anonymous."))
        name = ""
        phone = validate.phone(details.complainant_phone, QT_TRANSLATE_NOOP("desk", "the phone for a call back"),
                               required=False)
    else:
        name = validate.text(details.complainant_name, QT_TRANSLATE_NOOP("desk", "the complainant's name"),
                             max_length=80)
        phone = validate.phone(details.complainant_phone, QT_TRANSLATE_NOOP("desk", "the complainant's phone"))
    facts = validate.text(details.facts, QT_TRANSLATE_NOOP("desk", "what happened"), max_length=MAX_FACTS,
                          multiline=True)
    request = validate.text(details.request, QT_TRANSLATE_NOOP("desk", "what the guest asks for"),
                            max_length=MAX_FACTS, required=False, multiline=True)
    claimed = details.compensation_claimed
    claim = None if claimed is None or str(claimed).strip() == "" else validate.money(
        claimed, QT_TRANSLATE_NOOP("desk", "The compensation claimed"))
    room_id, guest_id = details.room_id, details.guest_id
    if details.stay_id is not None:
        stay = session.get(Stay, details.stay_id)
        if stay is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("desk", "That stay no longer exists."))
        room_id = stay.room_id if room_id is None else room_id
        guest_id = stay.guest_id if guest_id is None else guest_id
    if room_id is not None and session.get(Room, room_id) is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("desk", "That room no longer exists."))
    if guest_id is not None and session.get(Guest, guest_id) is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("desk", "That guest no longer exists."))
    staff = tuple(dict.fromkeys(details.staff_ids))
    if staff and len(session.scalars(select(User.id).where(User.id.in_(staff))).all()) != len(staff):
        raise NotFoundError(QT_TRANSLATE_NOOP("desk", "A chosen member of staff no longer exists."))
    return ComplaintInput(channel, category, level, facts, name, phone, details.anonymous, received, guest_id,
                          room_id, details.stay_id, staff, request, bool(details.media_or_legal), claim)


def _major_reasons(session: Session, details: ComplaintInput, excluding: int | None) -> tuple[
        list[MajorReason], Complaint | None]:
    reasons = []
    assert details.received_at is not None
    earlier = rules.earlier_complaint(session, guest_id=details.guest_id, phone=details.complainant_phone,
                                      received_at=details.received_at, excluding=excluding)
    if earlier is not None:
        reasons.append(MajorReason.REPEAT)
    if details.media_or_legal:
        reasons.append(MajorReason.MEDIA_OR_LEGAL)
    claim = details.compensation_claimed
    if claim is not None and Decimal(claim) > settings_row(session).clerk_compensation_limit:
        reasons.append(MajorReason.CLAIM_ABOVE_LIMIT)
    return reasons, earlier


def _set_staff(session: Session, complaint_id: int, staff_ids: tuple[int, ...]) -> None:
    session.execute(delete(complaint_staff).where(complaint_staff.c.complaint_id == complaint_id))
    if staff_ids:
        session.execute(insert(complaint_staff), [{"complaint_id": complaint_id, "user_id": u} for u in staff_ids])


def _escalate(session: Session, complaint: Complaint, actor: Actor) -> None:
    """A dispute or incident goes to the manager at once: the alert stays up until acknowledged."""
    complaint.escalated_at = clock.now()
    complaint.alert_acknowledged_at = None
    complaint.alert_acknowledged_by_id = None
    rules.add_action(session, complaint, actor, ActionKind.ESCALATED)


def log_complaint(session: Session, actor: Actor, *, details: ComplaintInput, handler_id: int | None = None,
                  resolution: str = "") -> ComplaintRow:
    """Log a complaint and give it its number and deadlines.

    Feedback, suggestions and dissatisfaction are handled on the spot: the
    clerk who logs them handles them (unless they are about that clerk), and
    a ``resolution`` given here resolves them at once. Other levels wait for a
    handler, unless ``handler_id`` names one.
    """
    require(actor, Permission.COMPLAINTS)
    checked = _check(session, details)
    assert checked.received_at is not None
    # Everything is checked before anything is written.
    if handler_id is None and checked.level in ON_THE_SPOT and actor.user_id not in checked.staff_ids:
        handler_id = actor.user_id
    handler = handling.check_handler(session, handler_id, level=checked.level, staff=checked.staff_ids) \
        if handler_id is not None else None
    resolution = resolution.strip()
    if resolution:
        resolution = validate.text(resolution, QT_TRANSLATE_NOOP("desk", "the resolution"),
                                   max_length=handling.MAX_TEXT, multiline=True)
        if actor.user_id in checked.staff_ids:
            raise RuleError(QT_TRANSLATE_NOOP("desk", "This complaint is about you; log it without a resolution, "
                                                      "and a colleague handles it."))
        if handler is None:
            raise RuleError(QT_TRANSLATE_NOOP("desk", "Choose a handler to resolve the complaint as you log it."))
    due = deadlines(session, checked.level, checked.received_at)
    reasons, earlier = _major_reasons(session, checked, None)
    settings = settings_row(session)
    complaint = Complaint(
        received_at=checked.received_at, channel=checked.channel, anonymous=checked.anonymous,
        complainant_name=checked.complainant_name, complainant_phone=checked.complainant_phone,
        guest_id=checked.guest_id, room_id=checked.room_id, stay_id=checked.stay_id, category=checked.category,
        level=checked.level, facts=checked.facts, request=checked.request, media_or_legal=checked.media_or_legal,
        compensation_claimed=checked.compensation_claimed, repeat_of_id=earlier.id if earlier else None,
        status=ComplaintStatus.OPEN, due_at=due.due_at, first_reply_due_at=due.first_reply_due_at,
        created_at=clock.now(), created_by_id=actor.user_id, business_date=settings.business_date,
    )
    rules.insert_numbered(session, complaint, settings.business_date.year)
    _set_staff(session, complaint.id, checked.staff_ids)
    if due.escalated:
        _escalate(session, complaint, actor)
    rules.make_major(session, complaint, actor, reasons)
    if handler is not None:
        handling.set_handler(session, complaint, actor, handler)
    session.flush()
    audit.record(session, actor, "complaint.log", "complaint", complaint.id,
                 f"{complaint.number}: {checked.level.value}, {checked.category.value}"
                 + (f", room {session.get_one(Room, checked.room_id).number}" if checked.room_id else "")
                 + (f"; MAJOR ({complaint.major_reasons})" if complaint.major else "")
                 + ("; escalated to the manager" if due.escalated else ""))
    if resolution:
        handling.resolve_now(session, complaint, actor, resolution)
    return complaint_row(session, complaint.id)


def update_complaint(session: Session, actor: Actor, *, complaint_id: int, version: int | None,
                     details: ComplaintInput) -> ComplaintRow:
    """Correct what was logged. A new level or received time sets new deadlines;
    raised to a dispute or an incident, the complaint is escalated and a clerk
    handling it hands it to the manager (no handler until one is assigned); a
    complaint that becomes major stays major; a closed one is not changed."""
    require(actor, Permission.COMPLAINTS)
    complaint = rules.lock(session, complaint_id)
    rules.check_version(complaint, version)
    rules.refuse_if_closed(complaint)
    checked = _check(session, details)
    assert checked.received_at is not None
    if complaint.handler_id is not None and complaint.handler_id in checked.staff_ids:
        raise RuleError(
            QT_TRANSLATE_NOOP("desk", "{name} handles complaint {number} and cannot be among the staff it is about; "
                                      "assign another handler first."),
            name=rules.user_name(session, complaint.handler_id), number=complaint.number,
        )
    new_level = checked.level is not complaint.level
    if new_level or checked.received_at != complaint.received_at:
        # A reopened complaint counts its time from the reopening.
        start = complaint.reopened_at if complaint.status is ComplaintStatus.REOPENED else checked.received_at
        due = deadlines(session, checked.level, start or checked.received_at)
        complaint.due_at = due.due_at
        complaint.first_reply_due_at = deadlines(session, checked.level, checked.received_at).first_reply_due_at
        if due.escalated and complaint.escalated_at is None:
            _escalate(session, complaint, actor)
            handler = session.get(User, complaint.handler_id) if complaint.handler_id is not None else None
            if handler is not None and handler.role is not Role.MANAGER:
                complaint.handler_id = None  # escalated: a manager takes it over
    before = f"{complaint.level.value}, {complaint.category.value}"
    for field in ("received_at", "channel", "anonymous", "complainant_name", "complainant_phone", "guest_id",
                  "room_id", "stay_id", "category", "level", "facts", "request", "media_or_legal",
                  "compensation_claimed"):
        setattr(complaint, field, getattr(checked, field))
    _set_staff(session, complaint.id, checked.staff_ids)
    reasons, earlier = _major_reasons(session, checked, complaint.id)
    if earlier is not None and complaint.repeat_of_id is None:
        complaint.repeat_of_id = earlier.id
    rules.make_major(session, complaint, actor, reasons)
    session.flush()
    audit.record(session, actor, "complaint.update", "complaint", complaint.id,
                 f"{complaint.number}: was {before}; now {complaint.level.value}, {complaint.category.value}")
    return complaint_row(session, complaint.id)
