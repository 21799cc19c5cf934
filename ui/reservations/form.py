"""The booking form: everything a clerk asks on the phone, in that order.

Keyboard first: Tab moves on, Enter saves, Esc clears. The form checks
nothing itself beyond the obvious: desk/ checks and explains.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desk.hotel import RoomTypeRow
from desk.models import BookingSource, Guarantee
from desk.reservations.booking import BookingDetails
from desk.reservations.queries import GUARANTEE_NAMES, SOURCE_NAMES, STATUS_NAMES, GuestRecord, ReservationRow
from ui.i18n import desk_text
from ui.widgets import GuestFields


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class BookingForm(QFrame):
    """New booking, or changes to the one loaded with ``load``."""

    save_requested = Signal()
    phone_entered = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("BookingForm")
        self.reservation: ReservationRow | None = None
        self._types: list[RoomTypeRow] = []
        self._today = date.today()
        self._setup_ui()

    def _setup_ui(self) -> None:
        self.title = QLabel()
        self.title.setObjectName("DetailTitle")
        self.subtitle = QLabel()
        self.subtitle.setWordWrap(True)
        guest = GuestFields()
        self.guest_name, self.phone, self.returning = guest.name, guest.phone, guest.returning
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
        self.room_type = QComboBox()
        self.room_type.setObjectName("room_type")
        self.arrival = QDateEdit()
        self.arrival.setObjectName("arrival")
        self.arrival.setDisplayFormat("yyyy-MM-dd")
        self.arrival.setCalendarPopup(True)
        self.nights = QSpinBox()
        self.nights.setObjectName("nights")
        self.nights.setRange(1, 90)
        self.departure = QLabel()
        stay = QHBoxLayout()
        stay.addWidget(self.nights)
        stay.addWidget(self.departure, 1)
        self.rate = QLineEdit()
        self.rate.setObjectName("rate")
        self.rate.setMaxLength(10)
        self.guarantee = QComboBox()
        self.guarantee.setObjectName("guarantee")
        for guarantee in Guarantee:
            self.guarantee.addItem(desk_text(GUARANTEE_NAMES[guarantee]), guarantee)
        self.hold_note = QLabel()
        self.hold_note.setObjectName("Hint")
        self.hold_note.setWordWrap(True)
        self.for_other = QCheckBox(self.tr("Booked by someone else"))
        self.for_other.setObjectName("for_other")
        self.booker_name = QLineEdit()
        self.booker_name.setObjectName("booker_name")
        self.booker_phone = QLineEdit()
        self.booker_phone.setObjectName("booker_phone")
        self.source = QComboBox()
        self.source.setObjectName("source")
        for source in BookingSource:
            self.source.addItem(desk_text(SOURCE_NAMES[source]), source)
        self.notes = QLineEdit()
        self.notes.setObjectName("notes")
        self.notes.setMaxLength(500)
        # A room chosen on the room plan: given with the booking.
        self.room_id: int | None = None
        self._room_type_id: int | None = None
        self.room_label = QLabel()
        self.room_label.setObjectName("booking_room")
        self.room_clear = QToolButton()
        self.room_clear.setText("×")
        self.room_clear.setAutoRaise(True)
        self.room_clear.setToolTip(self.tr("Book the room type only, without this room"))
        self.room_box = QWidget()
        room_row = QHBoxLayout(self.room_box)
        room_row.setContentsMargins(0, 0, 0, 0)
        room_row.addWidget(self.room_label)
        room_row.addWidget(self.room_clear)
        room_row.addStretch(1)
        self.save_button = QPushButton(self.tr("Book"))
        self.save_button.setObjectName("save")
        self.save_button.setDefault(True)
        self.clear_button = QPushButton(self.tr("New"))
        self.clear_button.setToolTip(self.tr("Clear the form for a new booking (Ctrl+N)"))

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Guest name"), self.guest_name)
        form.addRow(self.tr("Phone"), self.phone)
        form.addRow("", self.returning)
        form.addRow(self.tr("Adults"), party)
        form.addRow(self.tr("Room type"), self.room_type)
        self.room_row_label = QLabel(self.tr("Room"))
        form.addRow(self.room_row_label, self.room_box)
        form.addRow(self.tr("Arrival"), self.arrival)
        form.addRow(self.tr("Nights"), stay)
        form.addRow(self.tr("Rate per night"), self.rate)
        form.addRow(self.tr("Guarantee"), self.guarantee)
        form.addRow("", self.hold_note)
        form.addRow("", self.for_other)
        self.booker_label = QLabel(self.tr("Booker's name"))
        self.booker_phone_label = QLabel(self.tr("Booker's phone"))
        form.addRow(self.booker_label, self.booker_name)
        form.addRow(self.booker_phone_label, self.booker_phone)
        form.addRow(self.tr("Source"), self.source)
        form.addRow(self.tr("Notes"), self.notes)
        # The buttons sit outside the (scrolling) form: the owner places this bar.
        self.button_bar = QWidget()
        buttons = QHBoxLayout(self.button_bar)
        buttons.setContentsMargins(0, 4, 0, 0)
        buttons.addWidget(self.clear_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addLayout(form)
        layout.addStretch(1)

        self.room_type.currentIndexChanged.connect(self._type_changed)
        self.arrival.dateChanged.connect(self._update_departure)
        self.nights.valueChanged.connect(self._update_departure)
        self.guarantee.currentIndexChanged.connect(self._update_hold_note)
        self.for_other.toggled.connect(self._show_booker)
        self.phone.editingFinished.connect(lambda: self.phone_entered.emit(self.phone.text()))
        self.save_button.clicked.connect(self.save_requested)
        self.clear_button.clicked.connect(self.clear)
        self.room_clear.clicked.connect(lambda: self.set_room(None))
        QShortcut(QKeySequence("Ctrl+S"), self, self.save_requested.emit,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._show_booker(False)
        self.clear()

    # -- content ---------------------------------------------------------------
    def set_room_types(self, types: list[RoomTypeRow], hold_time: str) -> None:
        self._types = types
        self._hold_time = hold_time
        current = self.room_type.currentData()
        self.room_type.blockSignals(True)
        self.room_type.clear()
        for kind in types:
            self.room_type.addItem(f"{kind.code} · {kind.name} · {kind.rate}", kind.id)
        self.room_type.setCurrentIndex(max(0, self.room_type.findData(current)))
        self.room_type.blockSignals(False)
        if not self.rate.text():
            self._type_changed()

    def set_business_date(self, today: date) -> None:
        self._today = today
        if self.reservation is None:
            self.arrival.setMinimumDate(_qdate(today))

    def clear(self) -> None:
        """Ready for a new booking, cursor in the guest's name."""
        self.reservation = None
        self.title.setText(self.tr("New reservation"))
        self.subtitle.setText("")
        for edit in (self.guest_name, self.phone, self.booker_name, self.booker_phone, self.notes):
            edit.clear()
        self.returning.hide()
        self.adults.setValue(1)
        self.children.setValue(0)
        self.arrival.setMinimumDate(_qdate(self._today))
        self.arrival.setDate(_qdate(self._today))
        self.nights.setValue(1)
        self.guarantee.setCurrentIndex(0)
        self.source.setCurrentIndex(0)
        self.for_other.setChecked(False)
        self._type_changed()
        self.save_button.setText(self.tr("Book"))
        self.save_button.setEnabled(True)
        self.set_room(None)
        self.guest_name.setFocus()

    def start_booking(self, type_id: int | None, night: date | None, room: tuple[int, str] | None = None) -> None:
        """A new booking of the type from the night; ``room`` (id, number) is given with it."""
        self.clear()
        if type_id is not None:
            self.room_type.setCurrentIndex(max(0, self.room_type.findData(type_id)))
        if night is not None:
            self.arrival.setDate(_qdate(night))
        if room is not None and type_id is not None:
            self.set_room(room, type_id)
        self.guest_name.setFocus()

    def set_room(self, room: tuple[int, str] | None, type_id: int | None = None) -> None:
        """The room to give with a new booking (id, number), or None for the type only."""
        self.room_id = room[0] if room is not None else None
        self._room_type_id = type_id if room is not None else None
        self.room_label.setText(self.tr("{room} (chosen on the room plan)").format(room=room[1]) if room else "")
        self.room_box.setVisible(room is not None)
        self.room_row_label.setVisible(room is not None)

    def load(self, row: ReservationRow, *, editable: bool) -> None:
        """Show a reservation; changes go to it when saved."""
        self.reservation = row
        self.set_room(None)
        self.title.setText(self.tr("Reservation {confirmation}").format(confirmation=row.confirmation))
        self.subtitle.setText(desk_text(STATUS_NAMES[row.status]) + (
            self.tr(" · room {room}").format(room=row.room_number) if row.room_number else ""))
        self.guest_name.setText(row.guest_name)
        self.phone.setText(row.phone)
        self.adults.setValue(row.adults)
        self.children.setValue(row.children)
        self.room_type.blockSignals(True)
        self.room_type.setCurrentIndex(max(0, self.room_type.findData(row.room_type_id)))
        self.room_type.blockSignals(False)
        self.arrival.setMinimumDate(_qdate(min(row.arrival, self._today)))
        self.arrival.setDate(_qdate(row.arrival))
        self.nights.setValue(row.nights)
        self.rate.setText(str(row.rate))
        self.guarantee.setCurrentIndex(max(0, self.guarantee.findData(row.guarantee)))
        self.for_other.setChecked(bool(row.booker_name))
        self.booker_name.setText(row.booker_name)
        self.booker_phone.setText(row.booker_phone)
        self.source.setCurrentIndex(max(0, self.source.findData(row.source)))
        self.notes.setText(row.notes)
        self.save_button.setText(self.tr("Save changes"))
        self.save_button.setEnabled(editable)
        self._update_hold_note()

    def show_guest_record(self, record: GuestRecord | None) -> None:
        if record is None:
            self.returning.hide()
            return
        text = self.tr("Returning guest {name}: {reservations} reservations, {stays} stays").format(
            name=record.name, reservations=record.reservations, stays=record.stays)
        warn = record.cancellations + record.no_shows > 1
        if record.cancellations or record.no_shows:
            text += self.tr("; {cancelled} cancelled, {no_shows} no-show").format(
                cancelled=record.cancellations, no_shows=record.no_shows)
        self.returning.setText(text)
        self.returning.setProperty("kind", "warning" if warn else "info")
        self.returning.style().unpolish(self.returning)
        self.returning.style().polish(self.returning)
        self.returning.show()
        if not self.guest_name.text().strip():
            self.guest_name.setText(record.name)

    @property
    def details(self) -> BookingDetails:
        """What is typed, for desk.reservations.booking (which checks it)."""
        arrival: date = self.arrival.date().toPython()  # type: ignore[assignment]
        try:
            rate: Decimal | None = Decimal(self.rate.text().replace(",", "").strip()) if self.rate.text().strip() \
                else None
        except InvalidOperation:
            rate = Decimal("NaN")
        other = self.for_other.isChecked()
        return BookingDetails(
            guest_name=self.guest_name.text(), phone=self.phone.text(), adults=self.adults.value(),
            children=self.children.value(), room_type_id=int(self.room_type.currentData() or 0), arrival=arrival,
            departure=arrival + timedelta(days=self.nights.value()), rate=rate,
            guarantee=Guarantee(self.guarantee.currentData()), booker_name=self.booker_name.text() if other else "",
            booker_phone=self.booker_phone.text() if other else "", source=BookingSource(self.source.currentData()),
            notes=self.notes.text(),
        )

    # -- reactions -------------------------------------------------------------
    def _type_changed(self, *_args: object) -> None:
        if self.room_id is not None and self.room_type.currentData() != self._room_type_id:
            self.set_room(None)  # the chosen room is of the type the clerk just left
        kind = next((t for t in self._types if t.id == self.room_type.currentData()), None)
        if kind is not None and (self.reservation is None or self.reservation.room_type_id != kind.id):
            self.rate.setText(str(kind.rate))
            self.adults.setMaximum(kind.capacity)

    def _update_departure(self, *_args: object) -> None:
        arrival: date = self.arrival.date().toPython()  # type: ignore[assignment]
        departure = arrival + timedelta(days=self.nights.value())
        self.departure.setText(self.tr("departs {date}").format(date=departure.isoformat()))
        self._update_hold_note()

    def _update_hold_note(self, *_args: object) -> None:
        if Guarantee(self.guarantee.currentData()) is Guarantee.NONE:
            self.hold_note.setText(self.tr("Held until {time} on the arrival day, then released.").format(
                time=getattr(self, "_hold_time", "18:00")))
        else:
            self.hold_note.setText(self.tr("Guaranteed: held all night; a no-show is charged."))

    def _show_booker(self, shown: bool) -> None:
        for widget in (self.booker_name, self.booker_phone, self.booker_label, self.booker_phone_label):
            widget.setVisible(shown)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.save_button.isEnabled():
            self.save_requested.emit()
            return
        if event.key() == Qt.Key.Key_Escape:
            self.clear()
            return
        super().keyPressEvent(event)
