"""Taking, changing and cancelling reservations; holds and their release.

Availability is checked with the room type's row locked, so two workstations
selling the last room of a type queue up and the second one hears "full".
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal, InvalidOperation

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk import audit, clock, hoteltime, validate
from desk.actor import Actor
from desk.errors import FullError, NotFoundError, PermissionDeniedError, RuleError, StaleDataError, ValidationError
from desk.i18n import QT_TRANSLATE_NOOP
from desk.models import AuditEntry, BookingSource, Guarantee, Guest, Reservation, ReservationState, RoomType
from desk.permissions import Permission, allowed, require
from desk.reservations import rooms as room_rules
from desk.reservations.availability import MAX_NIGHTS, full_nights, lock_room_type, released
from desk.reservations.queries import ReservationRow, reservation_row
from desk.settings import settings_row

BOOKING_HORIZON = timedelta(days=730)
MAX_PARTY = 12
_ALPHABET = "ACDEFGHJKLMNPQRTUVWXY34679"  # no 0/O, 1/I, 2/Z, 5/S, 8/B to misread on the phone


@dataclass(frozen=True, slots=True)
class BookingDetails:
    """What a clerk types for a booking, before it is checked."""

    guest_name: str
    phone: str
    adults: int
    children: int
    room_type_id: int
    arrival: date
    departure: date
    rate: Decimal | None = None
    guarantee: Guarantee = Guarantee.NONE
    booker_name: str = ""
    booker_phone: str = ""
    source: BookingSource = BookingSource.PHONE
    notes: str = ""


def _room_type(session: Session, type_id: int) -> RoomType:
    room_type = session.get(RoomType, type_id)
    if room_type is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("desk", "Choose a room type."))
    return room_type


def _check(session: Session, actor: Actor, details: BookingDetails, room_type: RoomType,
           today: date, current_rate: Decimal | None = None) -> tuple[BookingDetails, Decimal]:
    """Validate every field; returns the cleaned details and the rate."""
    name = validate.text(details.guest_name, QT_TRANSLATE_NOOP("desk", "the guest's name"), max_length=80)
    if not any(ch.isalpha() for ch in name):
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "Write the guest's real name, as on their ID."))
    phone = validate.phone(details.phone, QT_TRANSLATE_NOOP("desk", "the guest's phone"))
    adults = validate.count(details.adults, QT_TRANSLATE_NOOP("desk", "Adults"), minimum=1, maximum=MAX_PARTY)
    children = validate.count(details.children, QT_TRANSLATE_NOOP("desk", "Children"), minimum=0,
                              maximum=MAX_PARTY)
    if adults + children > room_type.capacity:
        raise RuleError(
            QT_TRANSLATE_NOOP("desk", "A {type} room sleeps {capacity}; for {party} people book a larger room "
                                      "type or a second room."),
            type=room_type.code, capacity=room_type.capacity, party=adults + children,
        )
    if details.arrival < today:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "The arrival cannot be before the business date {date}."),
                              date=today.isoformat())
    if details.arrival > today + BOOKING_HORIZON:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "Desk takes bookings up to two years ahead; check the "
                                                        "arrival date."))
    nights = (details.departure - details.arrival).days
    if nights < 1:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "The departure must be at least one night after the "
                                                        "arrival."))
    if nights > MAX_NIGHTS:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "A reservation can be at most {nights} nights; split a "
                                                        "longer stay."), nights=MAX_NIGHTS)
    booker_name = validate.text(details.booker_name, QT_TRANSLATE_NOOP("desk", "the booker's name"),
                                max_length=80, required=False)
    booker_phone = validate.phone(details.booker_phone, QT_TRANSLATE_NOOP("desk", "the booker's phone"),
                                  required=bool(booker_name))
    if booker_phone and not booker_name:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "Fill in the booker's name with their phone."))
    rate = rate_for(session, actor, details.rate, room_type, current_rate)
    notes = validate.text(details.notes, QT_TRANSLATE_NOOP("desk", "the notes"), max_length=500, required=False)
    cleaned = BookingDetails(name, phone, adults, children, room_type.id, details.arrival, details.departure, rate,
                             Guarantee(details.guarantee), booker_name, booker_phone, BookingSource(details.source),
                             notes)
    return cleaned, rate


def rate_for(session: Session, actor: Actor, rate: Decimal | None, room_type: RoomType,
          current_rate: Decimal | None = None) -> Decimal:
    """The rate to store; below the clerk's limit only for a manager (a rate a
    manager already gave stays when a clerk changes something else)."""
    if rate is None:
        return room_type.default_rate
    try:
        rate = Decimal(rate).quantize(Decimal("0.01"))
    except (InvalidOperation, ValueError):
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "The rate must be an amount such as 388.00.")) from None
    if not rate.is_finite() or rate < 0 or rate > Decimal("99999.99"):
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "The rate must be an amount from 0 to 99,999.99."))
    if rate == current_rate:
        return rate
    limit = settings_row(session).clerk_rate_discount_limit
    floor = (room_type.default_rate * (100 - limit) / 100).quantize(Decimal("0.01"))
    if rate < floor and not allowed(actor.role, Permission.RATE_BELOW_LIMIT):
        raise PermissionDeniedError(
            QT_TRANSLATE_NOOP("desk", "A rate below {floor} for {type} ({limit}% under {rate}) needs a manager."),
            floor=str(floor), type=room_type.code, limit=str(limit), rate=str(room_type.default_rate),
        )
    return rate


def _check_availability(session: Session, actor: Actor, room_type: RoomType, arrival: date, departure: date,
                        overbook_reason: str, excluding: int | None = None) -> str:
    """Refuse when a night is full, unless a manager overbooks with a reason.

    Returns the recorded overbooking reason ("" when there was room).
    """
    full = full_nights(session, room_type.id, arrival, departure, excluding=excluding)
    if not full:
        return ""
    reason = validate.text(overbook_reason, QT_TRANSLATE_NOOP("desk", "the reason for overbooking"),
                           max_length=150, required=False)
    nights = ", ".join(night.isoformat() for night in full)
    if not reason or not allowed(actor.role, Permission.OVERBOOK):
        raise FullError(
            QT_TRANSLATE_NOOP("desk", "{type} is full on {nights}. Offer another room type or date; only a "
                                      "manager can overbook, with a reason."),
            type=room_type.code, nights=nights,
        )
    return f"{reason} (full on {nights})"[:200]  # the column's size: the reason comes first, whole


def _guest(session: Session, name: str, phone: str) -> Guest:
    guest = session.scalar(select(Guest).where(Guest.phone == phone, Guest.name == name).limit(1))
    if guest is None:
        guest = Guest(name=name, phone=phone, created_at=clock.now())
        session.add(guest)
        session.flush()
    return guest


def _new_confirmation(session: Session) -> str:
    while True:
        code = "".join(secrets.choice(_ALPHABET) for _ in range(6))
        if session.scalar(select(Reservation.id).where(Reservation.confirmation == code)) is None:
            return code


def _hold_until(session: Session, guarantee: Guarantee, arrival: date) -> datetime | None:
    if guarantee is not Guarantee.NONE:
        return None
    settings = settings_row(session)
    return hoteltime.at(arrival, settings.hold_until_time, settings.timezone)


def create_reservation(session: Session, actor: Actor, *, details: BookingDetails,
                       overbook_reason: str = "", room_id: int | None = None) -> ReservationRow:
    """Book a room type for the nights [arrival, departure); with ``room_id``,
    that room (of the booked type, free on every night) is assigned at once."""
    require(actor, Permission.FRONT_DESK)
    today = settings_row(session).business_date
    room = None
    if room_id is None:
        room_type = lock_room_type(session, details.room_type_id)
        cleaned, rate = _check(session, actor, details, room_type, today)
    else:
        # The room is locked before its type (the lock order everywhere), and
        # only once the details are known to be good.
        cleaned, rate = _check(session, actor, details, _room_type(session, details.room_type_id), today)
        room = room_rules.check_room_free(session, room_id, cleaned.arrival, cleaned.departure, excluding=None,
                                          room_type_id=cleaned.room_type_id)
        room_type = lock_room_type(session, details.room_type_id)
    overbooked = _check_availability(session, actor, room_type, cleaned.arrival, cleaned.departure, overbook_reason)
    guest = _guest(session, cleaned.guest_name, cleaned.phone)
    reservation = Reservation(
        confirmation=_new_confirmation(session), guest_id=guest.id, room_type_id=room_type.id,
        arrival=cleaned.arrival, departure=cleaned.departure, adults=cleaned.adults, children=cleaned.children,
        state=ReservationState.CONFIRMED, created_at=clock.now(), rate=rate, booker_name=cleaned.booker_name,
        booker_phone=cleaned.booker_phone, guarantee=cleaned.guarantee,
        hold_until=_hold_until(session, cleaned.guarantee, cleaned.arrival), source=cleaned.source,
        notes=cleaned.notes, overbooking_reason=overbooked, created_by=actor.user_id,
        room_id=room.id if room is not None else None,
    )
    session.add(reservation)
    session.flush()
    audit.record(session, actor, "reservation.create", "reservation", reservation.id,
                 f"{reservation.confirmation}: guest {guest.id}, {room_type.code}, {cleaned.arrival} to "
                 f"{cleaned.departure}, {rate}" + (f", room {room.number}" if room is not None else "")
                 + (f"; OVERBOOKED: {overbooked}" if overbooked else ""))
    return reservation_row(session, reservation.id)


def _reservation(session: Session, reservation_id: int) -> Reservation:
    reservation = session.scalar(select(Reservation).where(Reservation.id == reservation_id).with_for_update())
    if reservation is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("desk", "That reservation no longer exists."))
    return reservation


def _check_version(session: Session, reservation: Reservation, version: int | None) -> None:
    """Refuse to overwrite what someone else saved after the clerk opened it."""
    if version is None or version == reservation.version:
        return
    last = session.execute(
        select(AuditEntry.username, AuditEntry.at).where(AuditEntry.subject_kind == "reservation",
                                                         AuditEntry.subject_id == reservation.id)
        .order_by(AuditEntry.id.desc()).limit(1)
    ).first()
    timezone = settings_row(session).timezone
    who, when = (last[0], hoteltime.local(last[1], timezone).strftime("%H:%M")) if last else ("someone", "")
    raise StaleDataError(
        QT_TRANSLATE_NOOP("desk", "{user} changed reservation {confirmation} at {time}, after you opened it. "
                                  "Its current details are shown now; make your change again."),
        user=who, confirmation=reservation.confirmation, time=when,
    )


def _open(reservation: Reservation) -> None:
    if reservation.state is not ReservationState.CONFIRMED:
        raise RuleError(
            QT_TRANSLATE_NOOP("desk", "Reservation {confirmation} is {state}; it can no longer be changed."),
            confirmation=reservation.confirmation, state=reservation.state.value.replace("_", " "),
        )


def modify_reservation(session: Session, actor: Actor, *, reservation_id: int, version: int | None,
                       details: BookingDetails, overbook_reason: str = "") -> ReservationRow:
    """Change a reservation; availability and any assigned room are checked again."""
    require(actor, Permission.FRONT_DESK)
    reservation = _reservation(session, reservation_id)
    _check_version(session, reservation, version)
    _open(reservation)
    today = settings_row(session).business_date
    room_type = _room_type(session, details.room_type_id)
    # An arrival already under way may keep its (past) arrival date.
    floor_day = min(today, reservation.arrival)
    cleaned, rate = _check(session, actor, details, room_type, floor_day, reservation.rate)
    changed_stay = (cleaned.arrival, cleaned.departure, cleaned.room_type_id) != (
        reservation.arrival, reservation.departure, reservation.room_type_id)
    # A released reservation no longer holds a room: any change that revives it
    # (a guarantee, new dates) must find one free again.
    if changed_stay or released(reservation, clock.now()):
        taken_type_id = room_type.id
        if reservation.room_id is not None:
            room = room_rules.check_room_free(session, reservation.room_id, cleaned.arrival, cleaned.departure,
                                              excluding=reservation.id, room_type_id=None)
            # An assigned room counts against its own type.
            taken_type_id = room.room_type_id
        taken_type = lock_room_type(session, taken_type_id)
        overbooked = _check_availability(session, actor, taken_type, cleaned.arrival, cleaned.departure,
                                         overbook_reason, excluding=reservation.id)
    else:
        overbooked = reservation.overbooking_reason
    guest = _guest(session, cleaned.guest_name, cleaned.phone)
    new_hold = cleaned.guarantee is not reservation.guarantee or cleaned.arrival != reservation.arrival
    before = f"{reservation.arrival} to {reservation.departure}, type {reservation.room_type_id}, {reservation.rate}"
    reservation.guest_id = guest.id
    reservation.room_type_id = room_type.id
    reservation.arrival, reservation.departure = cleaned.arrival, cleaned.departure
    reservation.adults, reservation.children = cleaned.adults, cleaned.children
    reservation.rate = rate
    if new_hold:
        reservation.hold_until = _hold_until(session, cleaned.guarantee, cleaned.arrival)
        reservation.hold_extended_until = None
    reservation.guarantee = cleaned.guarantee
    reservation.booker_name, reservation.booker_phone = cleaned.booker_name, cleaned.booker_phone
    reservation.source, reservation.notes = cleaned.source, cleaned.notes
    reservation.overbooking_reason = overbooked
    session.flush()
    audit.record(session, actor, "reservation.modify", "reservation", reservation.id,
                 f"{reservation.confirmation}: was {before}; now {cleaned.arrival} to {cleaned.departure}, "
                 f"{room_type.code}, {rate}")
    return reservation_row(session, reservation.id)


def cancel_reservation(session: Session, actor: Actor, *, reservation_id: int, reason: str,
                       version: int | None = None) -> ReservationRow:
    """Cancel with a reason; the room it held (and any assigned room) is free at once."""
    require(actor, Permission.FRONT_DESK)
    reason = validate.text(reason, QT_TRANSLATE_NOOP("desk", "the reason for cancelling"), max_length=200)
    reservation = _reservation(session, reservation_id)
    _check_version(session, reservation, version)
    _open(reservation)
    reservation.state = ReservationState.CANCELLED
    reservation.cancel_reason = reason
    reservation.cancelled_by = actor.user_id
    reservation.cancelled_at = clock.now()
    reservation.room_id = None
    session.flush()
    audit.record(session, actor, "reservation.cancel", "reservation", reservation.id,
                 f"{reservation.confirmation} cancelled: {reason}")
    return reservation_row(session, reservation.id)


def extend_hold(session: Session, actor: Actor, *, reservation_id: int, until: time, reason: str) -> ReservationRow:
    """A manager keeps a non-guaranteed reservation longer on its arrival day: once,
    and no later than the hotel's latest hold time."""
    require(actor, Permission.EXTEND_HOLD)
    reason = validate.text(reason, QT_TRANSLATE_NOOP("desk", "the reason"), max_length=200)
    reservation = _reservation(session, reservation_id)
    _open(reservation)
    if reservation.guarantee is not Guarantee.NONE or reservation.hold_until is None:
        raise RuleError(QT_TRANSLATE_NOOP("desk", "Reservation {confirmation} is guaranteed; it is held all night."),
                        confirmation=reservation.confirmation)
    if reservation.hold_extended_until is not None:
        raise RuleError(QT_TRANSLATE_NOOP("desk", "The hold of {confirmation} was extended once already; a "
                                                  "reservation gets one extension."),
                        confirmation=reservation.confirmation)
    settings = settings_row(session)
    if until > settings.hold_extension_latest:
        raise RuleError(QT_TRANSLATE_NOOP("desk", "A hold can be extended to {latest} at the latest."),
                        latest=settings.hold_extension_latest.strftime("%H:%M"))
    new_hold = hoteltime.at(reservation.arrival, until, settings.timezone)
    if new_hold <= reservation.hold_until:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "The new hold time must be later than {time}."),
                              time=hoteltime.local(reservation.hold_until, settings.timezone).strftime("%H:%M"))
    if released(reservation, clock.now()):
        raise RuleError(QT_TRANSLATE_NOOP("desk", "The hold of {confirmation} has passed; the room was released. "
                                                  "Book again if a room is free."),
                        confirmation=reservation.confirmation)
    reservation.hold_extended_until = new_hold
    reservation.hold_extended_by = actor.user_id
    reservation.hold_extension_reason = reason
    session.flush()
    audit.record(session, actor, "reservation.extend_hold", "reservation", reservation.id,
                 f"{reservation.confirmation} held until {until:%H:%M}: {reason}")
    return reservation_row(session, reservation.id)


def release_expired_holds(session: Session, actor: Actor | None, *, now: datetime | None = None) -> list[str]:
    """Mark non-guaranteed reservations whose hold has passed as no-shows.

    Availability already ignores them from the hold time on; this records it.
    Returns their confirmation numbers.
    """
    if actor is not None:
        require(actor, Permission.FRONT_DESK)
    now = now or clock.now()
    candidates = session.scalars(
        select(Reservation).where(Reservation.state == ReservationState.CONFIRMED,
                                  Reservation.guarantee == Guarantee.NONE).with_for_update()
    ).all()
    done = []
    for reservation in candidates:
        if released(reservation, now):
            reservation.state = ReservationState.NO_SHOW
            reservation.no_show_at = now
            reservation.room_id = None
            audit.record(session, actor, "reservation.release", "reservation", reservation.id,
                         f"{reservation.confirmation} released at its hold time: no-show")
            done.append(reservation.confirmation)
    session.flush()
    return done


def guaranteed_no_shows(session: Session, day: date) -> list[ReservationRow]:
    """Guaranteed reservations due on ``day`` that did not arrive: the day close charges them."""
    ids = session.scalars(
        select(Reservation.id).where(Reservation.arrival == day, Reservation.state == ReservationState.CONFIRMED,
                                     Reservation.guarantee != Guarantee.NONE)
    ).all()
    return [reservation_row(session, reservation_id) for reservation_id in ids]
