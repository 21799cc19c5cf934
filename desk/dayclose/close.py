"""Closing the business day, in one transaction.

The settings row is locked first, so two closes (two workstations, or a
scheduled task and a manager) queue up; the second finds the date already
moved on and is refused. Each room charge is posted only if the stay has no
room charge for that night yet, so nothing is ever posted twice; a crash
halfway rolls the whole close back. After the commit the caller writes the
workbooks and the backup (files cannot be part of a transaction); they can be
written again at any time from the frozen figures.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk import audit, clock, validate
from desk.actor import Actor
from desk.dayclose import checklist as checks
from desk.dayclose.figures import DayCounts
from desk.dayclose.stats import count_day, overnight
from desk.errors import RuleError, ValidationError
from desk.frontdesk import folio
from desk.i18n import QT_TRANSLATE_NOOP
from desk.models import (
    ChargeType,
    DailyStats,
    FolioLine,
    Guarantee,
    HkState,
    LineKind,
    NoShowCharge,
    Reservation,
    ReservationState,
    Stay,
    StayKind,
)
from desk.permissions import Permission, require
from desk.reservations.booking import release_expired_holds
from desk.rooms import status
from desk.shifts.shifts import lock_hotel


@dataclass(frozen=True, slots=True)
class CloseResult:
    business_date: date
    next_date: date
    counts: DayCounts
    room_charges: int
    no_show_charges: int
    released: tuple[str, ...]
    open_items: tuple[checks.Item, ...]


def close_day(session: Session, actor: Actor, *, business_date: date, reason: str = "") -> CloseResult:
    """Close ``business_date`` (it must be the hotel's current one). With items
    still open on the checklist the manager must give a reason."""
    require(actor, Permission.DAY_CLOSE)
    reason = validate.text(reason, QT_TRANSLATE_NOOP("desk", "the reason"), max_length=2000, required=False)
    settings = lock_hotel(session)
    day = settings.business_date
    if business_date != day:
        if session.get(DailyStats, business_date) is not None:
            raise RuleError(QT_TRANSLATE_NOOP("desk", "{date} is closed already; the business date is now {current}."),
                            date=business_date.isoformat(), current=day.isoformat())
        raise RuleError(QT_TRANSLATE_NOOP("desk", "Only the current business date ({current}) can be closed."),
                        current=day.isoformat())
    now = clock.now()
    released = tuple(release_expired_holds(session, actor, now=now))
    open_items = tuple(item for item in checks.checklist(session, day) if item.kind is not checks.ItemKind.NO_SHOW)
    if open_items and not reason:
        raise ValidationError(
            QT_TRANSLATE_NOOP("desk", "{count} items on the checklist are still open. Deal with them, or give the "
                                      "reason for closing anyway."),
            count=len(open_items),
        )
    room_charges = _post_room_charges(session, actor, day)
    no_shows = _charge_no_shows(session, actor, day)
    _service_rooms(session, actor, day)
    counts = count_day(session, day)
    session.add(DailyStats(
        business_date=day, closed_at=now, closed_by_id=actor.user_id, keys=counts.keys,
        out_of_order=counts.out_of_order, out_of_service=counts.out_of_service, sold=counts.sold,
        complimentary=counts.complimentary, house_use=counts.house_use, day_use=counts.day_use,
        no_shows=counts.no_shows, arrivals=counts.arrivals, departures=counts.departures, walk_ins=counts.walk_ins,
        persons=counts.persons, room_revenue=counts.room_revenue, day_use_revenue=counts.day_use_revenue,
        no_show_revenue=counts.no_show_revenue, other_revenue=counts.other_revenue, tax=counts.tax,
        open_items=[item.to_json() for item in open_items], close_reason=reason,
    ))
    audit.record(session, actor, "day.close", "day", None,
                 f"Business day {day} closed: {room_charges} room charges, {no_shows} no-show charges, "
                 f"{counts.sold} sold of {counts.keys}" + (f"; closed with {len(open_items)} open items: {reason}"
                                                            if open_items else ""), on_date=day)
    settings.business_date = day + timedelta(days=1)
    session.flush()
    return CloseResult(day, settings.business_date, counts, room_charges, no_shows, released, open_items)


def _post_room_charges(session: Session, actor: Actor, day: date) -> int:
    """One room charge per paid stay in house for the night, unless it has one already."""
    stays = session.scalars(select(Stay).where(overnight(day)).order_by(Stay.id).with_for_update()).all()
    charged = set(session.scalars(select(FolioLine.stay_id).where(
        FolioLine.kind == LineKind.CHARGE, FolioLine.charge_type == ChargeType.ROOM, FolioLine.business_date == day,
        FolioLine.reverses_id.is_(None))))
    posted = 0
    for stay in stays:
        if stay.kind is not StayKind.NORMAL or stay.id in charged or stay.rate <= 0:
            continue
        folio.post(session, actor, stay, LineKind.CHARGE, stay.rate, charge_type=ChargeType.ROOM,
                   description=f"Room night {day.isoformat()}")
        posted += 1
    return posted


def _charge_no_shows(session: Session, actor: Actor, day: date) -> int:
    """Guaranteed reservations that did not arrive: a no-show, charged one night to the guarantee."""
    reservations = session.scalars(select(Reservation).where(
        Reservation.arrival <= day, Reservation.state == ReservationState.CONFIRMED,
        Reservation.guarantee != Guarantee.NONE).order_by(Reservation.id).with_for_update()).all()
    now = clock.now()
    for reservation in reservations:
        reservation.state, reservation.no_show_at, reservation.room_id = ReservationState.NO_SHOW, now, None
        session.add(NoShowCharge(reservation_id=reservation.id, business_date=day, amount=reservation.rate,
                                 posted_at=now, user_id=actor.user_id,
                                 description=f"No-show {reservation.confirmation} ({reservation.guarantee.value})"))
        audit.record(session, actor, "reservation.no_show_charge", "reservation", reservation.id,
                     f"{reservation.confirmation}: guaranteed no-show charged {reservation.rate}")
    return len(reservations)


def _service_rooms(session: Session, actor: Actor, day: date) -> None:
    """Occupied rooms become dirty for tomorrow's stay-over service."""
    room_ids = list(session.scalars(select(Stay.room_id).where(overnight(day))))
    if room_ids:
        status.mark_rooms(session, actor, room_ids=room_ids, state=HkState.DIRTY, reason="day close: stay-over service")
