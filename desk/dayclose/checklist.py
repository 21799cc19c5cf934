"""What should be done before a business day is closed.

Each item names the record and the tab where it is fixed, so the window can
take the manager there. Guaranteed arrivals that did not come are listed too:
closing charges them as no-shows.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk import clock, hoteltime
from desk.complaints.rules import ACTIVE
from desk.i18n import QT_TRANSLATE_NOOP
from desk.models import (
    Complaint,
    Guarantee,
    Guest,
    Reservation,
    ReservationState,
    Room,
    Shift,
    ShiftState,
    Stay,
    StayState,
    User,
)
from desk.reservations.availability import released
from desk.rooms.lookup import natural_key
from desk.settings import settings_row


class ItemKind(enum.StrEnum):
    ARRIVAL = "arrival"  # expected today, not checked in, hold still running
    NO_SHOW = "no_show"  # guaranteed, not arrived: the close charges a no-show
    DEPARTURE = "departure"  # due out, not checked out or extended
    SHIFT = "shift"  # not handed over and accepted
    COMPLAINT = "complaint"  # due today or earlier, not resolved


KIND_NAMES = {
    ItemKind.ARRIVAL: QT_TRANSLATE_NOOP("desk", "Arrival not checked in"),
    ItemKind.NO_SHOW: QT_TRANSLATE_NOOP("desk", "Guaranteed arrival not arrived (charged as a no-show)"),
    ItemKind.DEPARTURE: QT_TRANSLATE_NOOP("desk", "Departure not checked out"),
    ItemKind.SHIFT: QT_TRANSLATE_NOOP("desk", "Shift not handed over"),
    ItemKind.COMPLAINT: QT_TRANSLATE_NOOP("desk", "Complaint due"),
}
# Where each is fixed: the tab the window opens.
KIND_TABS = {
    ItemKind.ARRIVAL: "reservations",
    ItemKind.NO_SHOW: "reservations",
    ItemKind.DEPARTURE: "front_desk",
    ItemKind.SHIFT: "shifts",
    ItemKind.COMPLAINT: "complaints",
}


@dataclass(frozen=True, slots=True)
class Item:
    kind: ItemKind
    record_id: int
    text: str

    @property
    def tab(self) -> str:
        return KIND_TABS[self.kind]

    def to_json(self) -> dict[str, object]:
        return {"kind": self.kind.value, "id": self.record_id, "text": self.text}


def checklist(session: Session, day: date | None = None) -> list[Item]:
    """The open items of ``day`` (the business date by default)."""
    settings = settings_row(session)
    day = day or settings.business_date
    now = clock.now()
    items: list[Item] = []
    for reservation, guest_name, number in session.execute(
        select(Reservation, Guest.name, Room.number).join(Guest, Guest.id == Reservation.guest_id)
        .outerjoin(Room, Room.id == Reservation.room_id)
        .where(Reservation.state == ReservationState.CONFIRMED, Reservation.arrival <= day)
        .order_by(Guest.name)
    ):
        label = f"{reservation.confirmation} {guest_name}" + (f" ({number})" if number else "")
        if reservation.guarantee is not Guarantee.NONE:
            items.append(Item(ItemKind.NO_SHOW, reservation.id, label))
        elif not released(reservation, now):
            items.append(Item(ItemKind.ARRIVAL, reservation.id, label))
    departures = session.execute(
        select(Stay.id, Room.number, Guest.name).join(Room, Room.id == Stay.room_id)
        .join(Guest, Guest.id == Stay.guest_id)
        .where(Stay.state == StayState.IN_HOUSE, Stay.departure_date <= day)
    ).all()
    for stay_id, number, guest_name in sorted(departures, key=lambda row: natural_key(row[1])):
        items.append(Item(ItemKind.DEPARTURE, stay_id, f"{number} {guest_name}"))
    for shift_id, workstation, clerk, state in session.execute(
        select(Shift.id, Shift.workstation, User.full_name, Shift.state).join(User, User.id == Shift.user_id)
        .where(Shift.state != ShiftState.CLOSED, Shift.business_date <= day).order_by(Shift.opened_at)
    ):
        waiting = state is ShiftState.HANDING_OVER
        items.append(Item(ItemKind.SHIFT, shift_id, f"{clerk} @ {workstation}" + (" …" if waiting else "")))
    zone = settings.timezone
    for complaint_id, number, due_at in session.execute(
        select(Complaint.id, Complaint.number, Complaint.due_at)
        .where(Complaint.status.in_(ACTIVE)).order_by(Complaint.due_at)
    ):
        if hoteltime.local(due_at, zone).date() <= day:
            items.append(Item(ItemKind.COMPLAINT, complaint_id, number))
    return items
