"""Guests' personal data: identity numbers kept in full, shown masked, revealed
only to a manager and only with an audit entry; and the retention purge.

The purge (a manager runs it; off until the hotel sets a keeping period)
anonymises guests whose last stay or reservation ended longer ago than the
period: name, phone, identity document, nationality, the names of everyone in
their rooms, a booker's name and phone, and a complainant's name and phone (on
their complaints, and on closed complaints from people who were never guests).
Stays, folios, statistics and the audit trail stay as they are, so every
figure still adds up; the audit trail names guests by record number only.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time, timedelta

from sqlalchemy import func, or_, select, update
from sqlalchemy.orm import Session

from desk import audit, clock, hoteltime, validate
from desk.actor import Actor
from desk.errors import NotFoundError, RuleError
from desk.i18n import QT_TRANSLATE_NOOP
from desk.models import Complaint, ComplaintStatus, Guest, Reservation, ReservationState, Stay, StayOccupant, StayState
from desk.permissions import Permission, require
from desk.settings import settings_row

ANONYMISED = "—"


def mask_id(number: str) -> str:
    """110105194912310021 -> 110105********0021; short numbers keep two at each end."""
    if not number:
        return ""
    if len(number) <= 2:
        return "*" * len(number)
    if len(number) >= 12:
        return number[:6] + "*" * (len(number) - 10) + number[-4:]
    keep = 2 if len(number) > 4 else 1
    return number[:keep] + "*" * (len(number) - 2 * keep) + number[-keep:]


def reveal_id(session: Session, actor: Actor, *, guest_id: int, reason: str) -> str:
    """The full ID number, for a manager, with the reason in the audit trail."""
    require(actor, Permission.REVEAL_ID)
    reason = validate.text(reason, QT_TRANSLATE_NOOP("desk", "the reason"), max_length=200)
    guest = session.get(Guest, guest_id)
    if guest is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("desk", "That guest no longer exists."))
    audit.record(session, actor, "guest.reveal_id", "guest", guest.id,
                 f"ID number of guest {guest.id} revealed: {reason}")
    return guest.id_number


@dataclass(frozen=True, slots=True)
class PurgePlan:
    cutoff: date  # guests whose last stay or reservation ended before this
    guest_ids: tuple[int, ...]


def purge_plan(session: Session) -> PurgePlan:
    """Who the purge would anonymise now (the manager sees the count first)."""
    settings = settings_row(session)
    if settings.retention_days is None:
        raise RuleError(QT_TRANSLATE_NOOP("desk", "No keeping period is set, so guest data is kept. Set one in the "
                                                  "settings first."))
    cutoff = settings.business_date - timedelta(days=settings.retention_days)
    last_stay = (select(Stay.guest_id.label("guest_id"), func.max(Stay.departure_date).label("last"))
                 .group_by(Stay.guest_id))
    last_booking = (select(Reservation.guest_id.label("guest_id"), func.max(Reservation.departure).label("last"))
                    .group_by(Reservation.guest_id))
    in_house = select(Stay.guest_id).where(Stay.state == StayState.IN_HOUSE)
    coming = select(Reservation.guest_id).where(Reservation.state.in_((ReservationState.CONFIRMED,
                                                                       ReservationState.IN_HOUSE)))
    stays, bookings = last_stay.subquery(), last_booking.subquery()
    rows = session.scalars(
        select(Guest.id).outerjoin(stays, stays.c.guest_id == Guest.id)
        .outerjoin(bookings, bookings.c.guest_id == Guest.id)
        .where(Guest.anonymised_at.is_(None), or_(stays.c.last.is_not(None), bookings.c.last.is_not(None)),
               or_(stays.c.last.is_(None), stays.c.last < cutoff),
               or_(bookings.c.last.is_(None), bookings.c.last < cutoff),
               Guest.id.not_in(in_house), Guest.id.not_in(coming))
        .order_by(Guest.id)
    ).all()
    return PurgePlan(cutoff, tuple(rows))


def purge(session: Session, actor: Actor) -> int:
    """Anonymise the guests past the keeping period; returns how many."""
    require(actor, Permission.GUEST_DATA)
    plan = purge_plan(session)
    ids = list(plan.guest_ids)
    now = clock.now()
    session.execute(update(Guest).where(Guest.id.in_(ids)).values(
        name=ANONYMISED, phone="", id_type=None, id_number="", nationality="", anonymised_at=now))
    stay_ids = select(Stay.id).where(Stay.guest_id.in_(ids))
    session.execute(update(StayOccupant).where(StayOccupant.stay_id.in_(stay_ids)).values(name=ANONYMISED))
    session.execute(update(Reservation).where(Reservation.guest_id.in_(ids)).values(
        booker_name="", booker_phone="", notes=""))
    session.execute(update(Complaint).where(Complaint.guest_id.in_(ids)).values(
        complainant_name=ANONYMISED, complainant_phone=""))
    # Complaints from people who were never guests (a phone call, a passer-by), closed before the cutoff.
    others = session.execute(update(Complaint).where(
        Complaint.guest_id.is_(None), Complaint.status == ComplaintStatus.CLOSED,
        Complaint.received_at < hoteltime.at(plan.cutoff, time(0, 0), settings_row(session).timezone),
        Complaint.complainant_name != ANONYMISED).values(complainant_name=ANONYMISED, complainant_phone=""))
    complainants = int(getattr(others, "rowcount", 0) or 0)
    if ids or complainants:
        audit.record(session, actor, "guest.purge", "guest", None,
                     f"{len(ids)} guests anonymised (and {complainants} complainants who were not guests): last "
                     f"stay, booking or complaint before {plan.cutoff}")
    return len(ids)
