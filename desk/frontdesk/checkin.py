"""Checking a guest in, from a reservation or as a walk-in.

The room must be ready (clean, or inspected if the hotel requires it), in
order, empty and not promised to someone else; a refusal names what is wrong
and which rooms of the type are ready instead. Every room needs a deposit
unless the stay is complimentary or house use.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import case, exists, select
from sqlalchemy.orm import Session

from desk import audit, clock, validate
from desk.actor import Actor
from desk.errors import FullError, NotFoundError, RuleError, ValidationError
from desk.frontdesk import folio
from desk.frontdesk.registration import Registration, check_registration
from desk.i18n import QT_TRANSLATE_NOOP
from desk.models import (
    BlockKind,
    ChargeType,
    Guest,
    HkState,
    LineKind,
    Method,
    Reservation,
    ReservationState,
    Room,
    RoomBlock,
    RoomType,
    StatusEventKind,
    Stay,
    StayKind,
    StayOccupant,
    StayState,
)
from desk.permissions import Permission, require
from desk.reservations import booking
from desk.reservations import rooms as room_rules
from desk.reservations.availability import MAX_NIGHTS, full_nights, lock_room_type, released
from desk.rooms.lookup import natural_key, occupied_room_ids
from desk.rooms.status import record_event
from desk.settings import settings_row

NO_DEPOSIT = (StayKind.COMPLIMENTARY, StayKind.HOUSE_USE)
KIND_NAMES = {
    StayKind.NORMAL: QT_TRANSLATE_NOOP("desk", "Normal"),
    StayKind.COMPLIMENTARY: QT_TRANSLATE_NOOP("desk", "Complimentary"),
    StayKind.HOUSE_USE: QT_TRANSLATE_NOOP("desk", "House use"),
    StayKind.DAY_USE: QT_TRANSLATE_NOOP("desk", "Day use"),
}


@dataclass(frozen=True, slots=True)
class DepositInput:
    method: Method
    amount: Decimal | str
    reference: str = ""


def ready_rooms(session: Session, room_type_id: int, *, departure: date | None = None, limit: int = 6) -> list[str]:
    """Numbers of rooms of the type a guest could walk into now."""
    settings = settings_row(session)
    today = settings.business_date
    wanted = {HkState.INSPECTED} if settings.arrivals_need_inspected else {HkState.INSPECTED, HkState.CLEAN}
    occupied = occupied_room_ids(session)
    blocked = set(session.scalars(select(RoomBlock.room_id).where(
        RoomBlock.kind == BlockKind.OUT_OF_ORDER, RoomBlock.returned_on.is_(None), RoomBlock.start_date <= today,
        RoomBlock.end_date > today)))
    candidates = sorted(
        (r for r in session.scalars(select(Room).where(Room.room_type_id == room_type_id, Room.active.is_(True)))
         if r.hk_state in wanted and r.id not in occupied and r.id not in blocked),
        key=lambda r: (r.hk_state is not HkState.INSPECTED, r.floor, natural_key(r.number)),
    )
    ready: list[str] = []
    for room in candidates:
        try:
            room_rules.check_room_free(session, room.id, today, departure or today + timedelta(days=1),
                                       excluding=None, room_type_id=None, lock=False)
        except RuleError:
            continue
        ready.append(room.number)
        if len(ready) == limit:
            break
    return ready


def _refuse(session: Session, room: Room, template: str, **params: object) -> None:
    others = ready_rooms(session, room.room_type_id)
    suggestion = ", ".join(others) if others else "—"
    raise RuleError(template, room=room.number, ready=suggestion, **params)


def check_room_ready(session: Session, room: Room, departure: date, *, reservation_id: int | None) -> None:
    """Refuse a room a guest cannot be given now, saying why and what is ready.

    The caller holds the room's row locked: these reads come after the lock,
    so they see a stay that another check-in into the room committed meanwhile.
    """
    settings = settings_row(session)
    today = settings.business_date
    end = max(departure, today + timedelta(days=1))
    # Three facts in one round trip, each asked with its own conditions.
    block_reason, occupied, promised_id = session.execute(select(
        select(RoomBlock.reason).where(
            RoomBlock.room_id == room.id, RoomBlock.kind == BlockKind.OUT_OF_ORDER, RoomBlock.returned_on.is_(None),
            RoomBlock.start_date < end, RoomBlock.end_date > today).limit(1).scalar_subquery(),
        # Any guest in house, whatever the dates: one due out today (or later than planned) still has the room.
        exists().where(Stay.room_id == room.id, Stay.state == StayState.IN_HOUSE),
        room_rules.promised_elsewhere(room.id, today, end, excluding=reservation_id, now=clock.now())
        .with_only_columns(Reservation.id).scalar_subquery(),
    )).one()
    if block_reason is not None:
        _refuse(session, room, QT_TRANSLATE_NOOP("desk", "Room {room} is out of order ({reason}). Ready rooms of "
                                                         "this type: {ready}."), reason=block_reason)
    if occupied:
        _refuse(session, room, QT_TRANSLATE_NOOP("desk", "Room {room} is occupied. Ready rooms of this type: "
                                                         "{ready}."))
    if room.hk_state is HkState.DIRTY:
        _refuse(session, room, QT_TRANSLATE_NOOP("desk", "Room {room} is dirty; have it cleaned or choose another "
                                                         "room. Ready rooms of this type: {ready}."))
    if settings.arrivals_need_inspected and room.hk_state is not HkState.INSPECTED:
        _refuse(session, room, QT_TRANSLATE_NOOP("desk", "Room {room} is clean but not inspected yet, and this "
                                                         "hotel gives guests inspected rooms only. Ready rooms of "
                                                         "this type: {ready}."))
    # All that check_room_free would add: the room is locked already, and its
    # stay and out-of-order questions are asked above (the stay one more strictly).
    if promised_id is not None:
        error = room_rules.promised_error(room, session.get_one(Reservation, promised_id))
        _refuse(session, room, QT_TRANSLATE_NOOP("desk", "Room {room} is not free for this stay: {problem} Ready "
                                                         "rooms of this type: {ready}."), problem=error)


def _registered_guest(session: Session, registration: Registration, reservation: Reservation | None) -> Guest:
    """The guest record: found by ID document, else the reservation's, else new."""
    same_document = (Guest.id_type == registration.id_type) & (Guest.id_number == registration.id_number)
    guest: Guest | None = None
    if reservation is None:
        guest = session.scalar(select(Guest).where(same_document).limit(1))
    else:
        # Both in one round trip: the document's record if there is one, else the reservation's guest.
        not_by_document = case((same_document, 0), else_=1)
        found = session.execute(select(Guest, not_by_document)
                                .where(same_document | (Guest.id == reservation.guest_id))
                                .order_by(not_by_document).limit(1)).first()
        if found is not None:
            guest, reservations_guest = found
            if reservations_guest and guest.id_number and guest.id_number != registration.id_number:
                guest = None  # someone else's record: the person at the desk is a new guest
    new = guest is None
    if guest is None:
        guest = Guest(name=registration.name, phone=registration.phone, created_at=clock.now())
        session.add(guest)
    guest.name, guest.phone = registration.name, registration.phone
    guest.id_type, guest.id_number = registration.id_type, registration.id_number
    guest.nationality = registration.nationality
    if new:
        session.flush()  # the new guest's id, for the stay (a known guest's changes are written with the stay)
    return guest


def check_in(session: Session, actor: Actor, *, registration: Registration, room_id: int,
             reservation_id: int | None = None, departure: date | None = None, rate: Decimal | str | None = None,
             kind: StayKind = StayKind.NORMAL, deposit: DepositInput | None = None) -> int:
    """Check a guest into a room; returns the new stay's id.

    From a reservation its departure and rate apply; a walk-in gives the
    departure (the same day for day use) and may give a rate.
    """
    require(actor, Permission.FRONT_DESK)
    settings = settings_row(session)
    today = settings.business_date
    kind = StayKind(kind)
    # Lock order: the reservation, then the room, then its type (as everywhere).
    reservation: Reservation | None = None
    if reservation_id is not None:
        reservation = session.scalar(select(Reservation).where(Reservation.id == reservation_id).with_for_update())
        if reservation is None or reservation.state is not ReservationState.CONFIRMED:
            raise RuleError(QT_TRANSLATE_NOOP("desk", "This reservation is no longer expected (cancelled, no-show or "
                                                      "already checked in)."))
        if reservation.arrival > today:
            raise RuleError(QT_TRANSLATE_NOOP("desk", "Reservation {confirmation} arrives on {date}; change its "
                                                      "arrival date first to check in today."),
                            confirmation=reservation.confirmation, date=reservation.arrival.isoformat())
        departure = reservation.departure
        if departure <= today and kind is not StayKind.DAY_USE:
            raise RuleError(QT_TRANSLATE_NOOP("desk", "Reservation {confirmation} ended on {date}; extend it or "
                                                      "check in as a walk-in."),
                            confirmation=reservation.confirmation, date=departure.isoformat())
    # The room locked (not its type: that lock comes later, and only if counted), its type read with it.
    found = session.execute(select(Room, RoomType).join(RoomType, RoomType.id == Room.room_type_id)
                            .where(Room.id == room_id, Room.active.is_(True)).with_for_update(of=Room)).first()
    if found is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("desk", "Choose a room."))
    room, room_type = found
    if departure is None:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "Give the departure date."))
    if kind is StayKind.DAY_USE:
        departure = today
    elif departure <= today:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "The departure must be after today, or choose day use."))
    if (departure - today).days > MAX_NIGHTS:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "A stay can be at most {nights} nights."), nights=MAX_NIGHTS)
    cleaned = check_registration(registration, room_type.capacity)
    check_room_ready(session, room, departure, reservation_id=reservation_id)
    if kind is not StayKind.DAY_USE:
        # A walk-in, a released reservation, or a room of another type must find a free room of the room's type.
        counted = reservation is not None and not released(reservation, clock.now()) and \
            reservation.room_type_id == room.room_type_id
        if not counted:
            lock_room_type(session, room.room_type_id)
            full = full_nights(session, room.room_type_id, today, departure,
                               excluding=reservation.id if reservation else None)
            if full:
                raise FullError(QT_TRANSLATE_NOOP("desk", "{type} is fully booked on {nights}; this room is promised "
                                                          "to reservations. Choose a room of another type."),
                                type=room_type.code, nights=", ".join(n.isoformat() for n in full))
    if kind in NO_DEPOSIT:
        stay_rate = Decimal("0.00")
    elif reservation is not None and rate is None:
        stay_rate = reservation.rate
    else:
        typed = validate.money(rate, QT_TRANSLATE_NOOP("desk", "The rate"), allow_zero=True) \
            if rate is not None else None
        stay_rate = booking.rate_for(session, actor, typed, room_type, reservation.rate if reservation else None)
    if kind not in NO_DEPOSIT and deposit is None:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "Take a deposit: every room needs one unless the stay is "
                                                        "complimentary or house use."))
    deposit_amount = validate.money(deposit.amount, QT_TRANSLATE_NOOP("desk", "The deposit")) if deposit else None
    deposit_reference = validate.text(deposit.reference, QT_TRANSLATE_NOOP("desk", "the reference"), max_length=60,
                                      required=False) if deposit else ""
    guest = _registered_guest(session, cleaned, reservation)
    stay = Stay(reservation_id=reservation.id if reservation else None, guest_id=guest.id, room_id=room.id,
                arrival_date=today, departure_date=departure, adults=cleaned.adults, children=cleaned.children,
                state=StayState.IN_HOUSE, checked_in_at=clock.now(), kind=kind, rate=stay_rate,
                checked_in_by=actor.user_id)
    session.add(stay)
    session.flush()
    for position, name in enumerate((cleaned.name, *cleaned.companions)):
        session.add(StayOccupant(stay_id=stay.id, position=position, name=name))
    if reservation is not None:
        reservation.state = ReservationState.IN_HOUSE
        reservation.room_id = room.id
    record_event(session, actor, room, StatusEventKind.OCCUPANCY, "vacant", "occupied",
                 f"check-in of {cleaned.name}", today)
    audit.record(session, actor, "stay.check_in", "stay", stay.id,
                 f"{cleaned.name} checked in to room {room.number} until {departure}, {kind.value}, rate {stay_rate}"
                 + (f", reservation {reservation.confirmation}" if reservation else ", walk-in"))
    if deposit is not None and deposit_amount is not None:
        folio.post(session, actor, stay, LineKind.DEPOSIT, deposit_amount, method=Method(deposit.method),
                   reference=deposit_reference)
    if kind is StayKind.DAY_USE and stay_rate > 0:
        folio.post(session, actor, stay, LineKind.CHARGE, stay_rate, charge_type=ChargeType.DAY_USE)
    return stay.id
