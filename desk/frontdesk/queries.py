"""What the Front desk tab and the receipt show: immutable rows."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk import validate
from desk.errors import NotFoundError, ValidationError
from desk.frontdesk import folio
from desk.frontdesk.registration import check_id
from desk.i18n import QT_TRANSLATE_NOOP
from desk.models import (
    FolioLine,
    Guest,
    IdType,
    LineKind,
    Method,
    Reservation,
    Room,
    RoomType,
    Stay,
    StayKind,
    StayOccupant,
    StayState,
)
from desk.privacy import mask_id
from desk.rooms.lookup import natural_key
from desk.settings import hotel_info
from desk.validate import display_phone


@dataclass(frozen=True, slots=True)
class InHouseRow:
    stay_id: int
    room_id: int
    room_number: str
    type_code: str
    guest_name: str
    arrival: date
    departure: date
    kind: StayKind
    balance: Decimal
    deposit_held: Decimal
    due_out: bool


def in_house(session: Session) -> list[InHouseRow]:
    """Every in-house stay with its balance and deposit held, by room."""
    today = hotel_info(session).business_date
    stays = session.execute(
        select(Stay.id, Stay.room_id, Room.number, RoomType.code, Guest.name, Stay.arrival_date, Stay.departure_date,
               Stay.kind)
        .join(Room, Room.id == Stay.room_id).join(RoomType, RoomType.id == Room.room_type_id)
        .join(Guest, Guest.id == Stay.guest_id).where(Stay.state == StayState.IN_HOUSE)
    ).all()
    lines: dict[int, list[tuple[LineKind, Method | None, Decimal, int | None]]] = {}
    for line_stay, line_kind, method, amount, deposit_id in session.execute(
        select(FolioLine.stay_id, FolioLine.kind, FolioLine.method, FolioLine.amount, FolioLine.deposit_id)
        .join(Stay, Stay.id == FolioLine.stay_id).where(Stay.state == StayState.IN_HOUSE)
    ):
        lines.setdefault(line_stay, []).append((line_kind, method, amount, deposit_id))
    rows = []
    for stay_id, room_id, number, code, name, arrival, departure, stay_kind in stays:
        totals = folio.totals(lines.get(stay_id, []))
        rows.append(InHouseRow(stay_id, room_id, number, code, name, arrival, departure, stay_kind, totals.balance,
                               totals.deposit_held, departure <= today))
    return sorted(rows, key=lambda r: natural_key(r.room_number))


@dataclass(frozen=True, slots=True)
class StayView:
    stay_id: int
    state: StayState
    kind: StayKind
    guest_id: int
    guest_name: str
    phone: str
    id_type: IdType | None
    id_masked: str
    nationality: str
    occupants: tuple[str, ...]
    adults: int
    children: int
    room_id: int
    room_number: str
    room_type_id: int
    type_code: str
    arrival: date
    departure: date
    rate: Decimal
    confirmation: str
    checked_in_at: datetime
    checked_out_at: datetime | None
    lines: tuple[folio.LineRow, ...]
    totals: folio.Totals
    version: int
    deposits: tuple[folio.HeldDeposit, ...]  # held now, oldest first: what check-out settles

    @property
    def nights(self) -> int:
        return max((self.departure - self.arrival).days, 0)


def stay_view(session: Session, stay_id: int) -> StayView:
    row = session.execute(
        select(Stay, Guest, Room.number, Room.room_type_id, RoomType.code)
        .join(Guest, Guest.id == Stay.guest_id).join(Room, Room.id == Stay.room_id)
        .join(RoomType, RoomType.id == Room.room_type_id).where(Stay.id == stay_id)
    ).first()
    if row is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("desk", "That stay no longer exists."))
    stay, guest, number, type_id, code = row
    occupants = tuple(session.scalars(select(StayOccupant.name).where(StayOccupant.stay_id == stay_id)
                                      .order_by(StayOccupant.position)))
    confirmation = session.scalar(select(Reservation.confirmation).where(Reservation.id == stay.reservation_id)) \
        if stay.reservation_id else ""
    return StayView(
        stay.id, stay.state, stay.kind, guest.id, guest.name, display_phone(guest.phone), guest.id_type,
        mask_id(guest.id_number), guest.nationality, occupants, stay.adults, stay.children, stay.room_id, number,
        type_id, code, stay.arrival_date, stay.departure_date, stay.rate, confirmation or "", stay.checked_in_at,
        stay.checked_out_at, tuple(folio.lines(session, stay_id)), folio.stay_totals(session, stay_id), stay.version,
        tuple(folio.held_deposits(session, stay_id)),
    )


@dataclass(frozen=True, slots=True)
class KnownGuest:
    guest_id: int
    name: str
    phone: str
    id_type: IdType | None
    id_masked: str  # the full number is never handed out: the clerk types it from the document
    nationality: str


def find_guest(session: Session, *, phone: str = "", id_type: IdType | None = None,
               id_number: str = "") -> KnownGuest | None:
    """A returning guest, by ID document first, else by phone."""
    guest = None
    if id_type is not None and id_number.strip():
        try:
            number = check_id(id_type, id_number)  # the same normalising as at check-in
        except ValidationError:
            number = id_number.strip().upper()
        guest = session.scalar(select(Guest).where(Guest.id_type == id_type, Guest.id_number == number).limit(1))
    if guest is None and phone.strip():
        try:
            number = validate.phone(phone, "phone")
        except ValidationError:
            number = ""
        if number:
            guest = session.scalar(select(Guest).where(Guest.phone == number, Guest.id_number != "")
                                   .order_by(Guest.id.desc()).limit(1))
    if guest is None:
        return None
    return KnownGuest(guest.id, guest.name, display_phone(guest.phone), guest.id_type, mask_id(guest.id_number),
                      guest.nationality)


@dataclass(frozen=True, slots=True)
class Receipt:
    hotel: str
    currency: str
    business_date: date
    view: StayView


def receipt(session: Session, stay_id: int) -> Receipt:
    info = hotel_info(session)
    return Receipt(info.name, info.currency, info.business_date, stay_view(session, stay_id))
