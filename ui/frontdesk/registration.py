"""The check-in dialog: registration from the guest's document, the room, the
stay and the deposit, for an arrival or a walk-in.

OK runs the check-in through the tab's ``submit``; a refusal (a wrong ID
digit, a dirty room) shows inside the dialog and nothing typed is lost.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desk.frontdesk.checkin import KIND_NAMES, NO_DEPOSIT, DepositInput
from desk.frontdesk.queries import KnownGuest
from desk.frontdesk.registration import ID_NAMES, Registration
from desk.hotel import RoomTypeRow
from desk.models import IdType, StayKind
from desk.reservations.queries import GUARANTEE_NAMES, ReservationRow
from desk.rooms.board import RoomTile
from ui.frontdesk.dialogs import ActionDialog, RoomPicker, Submit, amount_edit, method_combo, set_kind
from ui.frontdesk.models import money
from ui.i18n import desk_text
from ui.widgets import GuestFields

ReadyRooms = Callable[[int, date], list[str]]
FindGuest = Callable[[str, IdType | None, str], KnownGuest | None]


def default_deposit(rate: Decimal, nights: int) -> Decimal:
    """Rate x nights (at least one), rounded up to the next hundred."""
    total = rate * max(nights, 1)
    return Decimal(math.ceil(total / 100) * 100) if total > 0 else Decimal(0)


def _form_box(title: str) -> tuple[QGroupBox, QFormLayout]:
    box = QGroupBox(title)
    box.setObjectName("FormBox")
    form = QFormLayout(box)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    return box, form


class CheckInDialog(ActionDialog):
    """Registration, room, stay and deposit; for ``reservation`` or a walk-in (None)."""

    def __init__(self, parent: QWidget | None = None, *, today: date, room_types: Sequence[RoomTypeRow],
                 rooms: Sequence[RoomTile], ready_rooms: ReadyRooms, find_guest: FindGuest,
                 reservation: ReservationRow | None, submit: Submit) -> None:
        walk_in = reservation is None
        super().__init__(parent, title=self.tr("Walk-in") if walk_in else self.tr("Check in"),
                         ok_text=self.tr("Check in"), submit=submit, explanation="")
        self.reservation = reservation
        self._today = today
        self._types = {t.id: t for t in room_types}
        self._tiles = {t.number: t for t in rooms}
        self._ready_rooms = ready_rooms
        self._find_guest = find_guest
        self._looked_up: tuple[str, str] = ("", "")
        self._rate_edited = False
        self._deposit_edited = False
        self.known: KnownGuest | None = None
        self.setMinimumWidth(860)
        self._setup_ui(room_types)
        self._fill()

    # -- building ---------------------------------------------------------------
    def _setup_ui(self, room_types: Sequence[RoomTypeRow]) -> None:
        self.title = QLabel()
        self.title.setObjectName("DialogTitle")
        self.subtitle = QLabel()
        self.subtitle.setObjectName("Hint")
        self.subtitle.setWordWrap(True)

        guest = GuestFields()
        self.name, self.phone, self.returning = guest.name, guest.phone, guest.returning
        self.id_type = QComboBox()
        self.id_type.setObjectName("id_type")
        for id_type in IdType:
            self.id_type.addItem(desk_text(ID_NAMES[id_type]), id_type)
        self.id_number = QLineEdit()
        self.id_number.setObjectName("id_number")
        self.id_number.setMaxLength(40)
        self.nationality = QLineEdit("CHN")
        self.nationality.setObjectName("nationality")
        self.nationality.setMaxLength(3)
        self.nationality.setMaximumWidth(70)
        self.adults = QSpinBox()
        self.adults.setObjectName("adults")
        self.adults.setRange(1, 12)
        self.children = QSpinBox()
        self.children.setObjectName("children")
        self.children.setRange(0, 12)
        party = QHBoxLayout()
        party.addWidget(self.adults)
        party.addWidget(QLabel(self.tr("children")))
        party.addWidget(self.children)
        party.addStretch(1)
        self.companions = QPlainTextEdit()
        self.companions.setObjectName("companions")
        self.companions.setTabChangesFocus(True)
        self.companions.setPlaceholderText(self.tr("everyone else in the room, one name a line"))
        self.companions.setFixedHeight(self.fontMetrics().height() * 4 + 12)
        guest_box, guest = _form_box(self.tr("Guest"))
        guest.addRow(self.tr("Name"), self.name)
        guest.addRow(self.tr("Phone"), self.phone)
        guest.addRow("", self.returning)
        guest.addRow(self.tr("ID type"), self.id_type)
        guest.addRow(self.tr("ID number"), self.id_number)
        guest.addRow(self.tr("Nationality"), self.nationality)
        guest.addRow(self.tr("Adults"), party)
        guest.addRow(self.tr("Companions"), self.companions)

        self.room_type = QComboBox()
        self.room_type.setObjectName("room_type")
        for kind in room_types:
            self.room_type.addItem(f"{kind.code} · {kind.name} · {money(kind.rate)}", kind.id)
        self.room = RoomPicker(self, rooms=list(self._tiles.values()))
        self.kind = QComboBox()
        self.kind.setObjectName("kind")
        for stay_kind in StayKind:
            self.kind.addItem(desk_text(KIND_NAMES[stay_kind]), stay_kind)
        self.nights = QSpinBox()
        self.nights.setObjectName("nights")
        self.nights.setRange(1, 90)
        self.departure_label = QLabel()
        nights_row = QHBoxLayout()
        nights_row.addWidget(self.nights)
        nights_row.addWidget(self.departure_label, 1)
        self.nights_box = QWidget()
        self.nights_box.setLayout(nights_row)
        nights_row.setContentsMargins(0, 0, 0, 0)
        self.rate = QLineEdit()
        self.rate.setObjectName("rate")
        self.rate.setMaxLength(10)
        self.rate_label = QLabel()
        stay_box, stay = _form_box(self.tr("Room and stay"))
        self.type_label = QLabel(self.tr("Room type"))
        stay.addRow(self.type_label, self.room_type)
        stay.addRow(self.tr("Room"), self.room)
        stay.addRow(self.tr("Stay"), self.kind)
        self.stay_form = stay
        stay.addRow(self.tr("Nights"), self.nights_box)
        rate_row = QHBoxLayout()
        rate_row.setContentsMargins(0, 0, 0, 0)
        rate_row.addWidget(self.rate)
        rate_row.addWidget(self.rate_label, 1)
        stay.addRow(self.tr("Rate per night"), rate_row)

        self.deposit = amount_edit("deposit")
        self.deposit_method = method_combo("deposit_method")
        self.deposit_reference = QLineEdit()
        self.deposit_reference.setObjectName("deposit_reference")
        self.deposit_reference.setMaxLength(60)
        self.deposit_reference.setPlaceholderText(self.tr("slip or transaction number"))
        self.no_deposit = QLabel(self.tr("No deposit: complimentary and house-use stays have none."))
        self.no_deposit.setObjectName("Hint")
        self.no_deposit.setWordWrap(True)
        self.deposit_box, deposit = _form_box(self.tr("Deposit"))
        deposit.addRow(self.tr("Amount"), self.deposit)
        deposit.addRow(self.tr("Method"), self.deposit_method)
        deposit.addRow(self.tr("Reference"), self.deposit_reference)
        deposit.addRow(self.no_deposit)

        right = QVBoxLayout()
        right.addWidget(stay_box)
        right.addWidget(self.deposit_box)
        right.addStretch(1)
        columns = QHBoxLayout()
        columns.addWidget(guest_box, 1)
        columns.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addLayout(columns)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        self.phone.editingFinished.connect(self._look_up)
        self.id_number.editingFinished.connect(self._look_up)
        self.room_type.currentIndexChanged.connect(self._type_changed)
        self.room.changed.connect(self._room_changed)
        self.kind.currentIndexChanged.connect(self._update_stay)
        self.nights.valueChanged.connect(self._nights_changed)
        self.rate.textEdited.connect(self._rate_typed)
        self.deposit.textEdited.connect(lambda _t: setattr(self, "_deposit_edited", True))

    def _fill(self) -> None:
        row = self.reservation
        if row is None:
            self.title.setText(self.tr("Walk-in guest"))
            self.subtitle.setText(self.tr("Copy the name and number from the guest's document; everyone in the "
                                          "room is registered."))
            self._type_changed()
        else:
            self.title.setText(self.tr("Check in {guest}").format(guest=row.guest_name))
            self.subtitle.setText(self.tr("Reservation {confirmation} · {type} · {arrival} to {departure} · "
                                          "{nights} · {guarantee}").format(
                confirmation=row.confirmation, type=row.type_code, arrival=row.arrival.isoformat(),
                departure=row.departure.isoformat(), nights=self.tr("%n night(s)", "", row.nights),
                guarantee=desk_text(GUARANTEE_NAMES[row.guarantee])))
            self.name.setText(row.guest_name)
            self.phone.setText(row.phone)
            self.adults.setValue(row.adults)
            self.children.setValue(row.children)
            self.room_type.setCurrentIndex(max(0, self.room_type.findData(row.room_type_id)))
            self.stay_form.setRowVisible(self.room_type, False)
            self.rate.hide()
            self.nights.setValue(max(row.nights, 1))
            ready = self._ready_rooms(row.room_type_id, row.departure)
            if row.room_number and row.room_number not in ready:
                ready = [row.room_number, *ready]
            self.room.set_rooms(ready, row.room_number or None)
            self._look_up()
        self._update_stay()
        self.name.setFocus()
        if self.reservation is not None:
            self.id_number.setFocus()

    # -- results -----------------------------------------------------------------
    @property
    def registration(self) -> Registration:
        companions = tuple(line.strip() for line in self.companions.toPlainText().splitlines() if line.strip())
        return Registration(name=self.name.text(), phone=self.phone.text(), id_type=IdType(self.id_type.currentData()),
                            id_number=self.id_number.text(), nationality=self.nationality.text(),
                            adults=self.adults.value(), children=self.children.value(), companions=companions)

    @property
    def room_id(self) -> int:
        return self.room.room_id

    @property
    def stay_kind(self) -> StayKind:
        return StayKind(self.kind.currentData())

    @property
    def departure(self) -> date | None:
        """The walk-in's departure; None for a reservation (its own applies)."""
        if self.reservation is not None:
            return None
        if self.stay_kind is StayKind.DAY_USE:
            return self._today
        return self._today + timedelta(days=self.nights.value())

    @property
    def rate_text(self) -> str | None:
        """The walk-in's rate as typed; None for a reservation or a stay without charge."""
        if self.reservation is not None or self.stay_kind in NO_DEPOSIT:
            return None
        return self.rate.text().strip() or None

    @property
    def deposit_input(self) -> DepositInput | None:
        if self.stay_kind in NO_DEPOSIT:
            return None
        return DepositInput(method=self.deposit_method.currentData(), amount=self.deposit.text(),
                            reference=self.deposit_reference.text())

    # -- reactions ---------------------------------------------------------------
    def _current_rate(self) -> Decimal:
        if self.stay_kind in NO_DEPOSIT:
            return Decimal(0)
        if self.reservation is not None:
            return self.reservation.rate
        try:
            return Decimal(self.rate.text().replace(",", "").strip() or "0")
        except InvalidOperation:
            return Decimal(0)

    def _type_changed(self, *_args: object) -> None:
        kind = self._types.get(self.room_type.currentData())
        if kind is None or self.reservation is not None:
            return
        if not self._rate_edited:
            self.rate.setText(f"{kind.rate:.2f}")
        self.room.set_rooms(self._ready_rooms(kind.id, self.departure or self._today + timedelta(days=1)))
        self._update_deposit()

    def _room_changed(self, _text: str) -> None:
        tile = self.room.tile
        if self.reservation is not None or tile is None or self._rate_edited:
            return
        kind = next((t for t in self._types.values() if t.code == tile.type_code), None)
        if kind is not None:
            self.rate.setText(f"{kind.rate:.2f}")
            self._update_deposit()

    def _rate_typed(self, _text: str) -> None:
        self._rate_edited = True
        self._update_deposit()

    def _nights_changed(self, *_args: object) -> None:
        kind = self._types.get(self.room_type.currentData())
        if self.reservation is None and kind is not None:
            # Ready rooms must be free for every night: the list depends on the departure.
            self.room.set_rooms(self._ready_rooms(kind.id, self.departure or self._today), self.room.number)
        self._update_stay()

    def _update_stay(self, *_args: object) -> None:
        kind = self.stay_kind
        day_use = kind is StayKind.DAY_USE
        free = kind in NO_DEPOSIT
        self.nights.setVisible(not day_use and self.reservation is None)
        if self.reservation is not None:
            departure = self.reservation.departure
            self.departure_label.setText(self.tr("{nights}, departs {date}, as booked").format(
                nights=self.tr("%n night(s)", "", self.reservation.nights), date=departure.isoformat()))
        elif day_use:
            self.departure_label.setText(self.tr("leaves today, {date}").format(date=self._today.isoformat()))
        else:
            departure = self._today + timedelta(days=self.nights.value())
            self.departure_label.setText(self.tr("departs {date}").format(date=departure.isoformat()))
        if self.reservation is not None:
            self.rate_label.setText(self.tr("no charge") if free else
                                    self.tr("{rate} per night, as booked").format(rate=money(self.reservation.rate)))
        else:
            self.rate.setEnabled(not free)
            self.rate_label.setText(self.tr("no charge") if free else "")
        self.rate_label.setVisible(bool(self.rate_label.text()))
        for widget in (self.deposit, self.deposit_method, self.deposit_reference):
            widget.setEnabled(not free)
            self.deposit_box.layout().labelForField(widget).setEnabled(not free)  # type: ignore[attr-defined]
        self.no_deposit.setVisible(free)
        self._update_deposit()

    def _update_deposit(self) -> None:
        if self._deposit_edited or self.stay_kind in NO_DEPOSIT:
            return
        nights = 1 if self.stay_kind is StayKind.DAY_USE else self.nights.value()
        amount = default_deposit(self._current_rate(), nights)
        self.deposit.setText(f"{amount:.2f}" if amount else "")

    def _look_up(self) -> None:
        """A returning guest, by document or phone: fill what is still empty."""
        key = (self.phone.text().strip(), self.id_number.text().strip())
        if key == self._looked_up or not any(key):
            return
        self._looked_up = key
        known = self._find_guest(key[0], IdType(self.id_type.currentData()) if key[1] else None, key[1])
        self.known = known
        if known is None:
            self.returning.hide()
            return
        document = desk_text(ID_NAMES[known.id_type]) if known.id_type else ""
        self.returning.setText(self.tr("Returning guest: {name}, {document} {id}, {nationality}. Check the number "
                                       "against the document.").format(name=known.name, document=document,
                                                                       id=known.id_masked,
                                                                       nationality=known.nationality))
        set_kind(self.returning, "info")
        self.returning.show()
        if not self.name.text().strip():
            self.name.setText(known.name)
        if not self.phone.text().strip():
            self.phone.setText(known.phone)
        if known.id_type is not None and not key[1]:
            self.id_type.setCurrentIndex(max(0, self.id_type.findData(known.id_type)))
        if known.nationality and self.nationality.text().strip().upper() in ("", "CHN"):
            self.nationality.setText(known.nationality)
