"""The Front desk tab's small dialogs: charge, payment, refund, deposit,
reversal, room move, change of departure, and the reason to see a full ID.

Each takes its inputs in the constructor and a ``submit`` callback from the
tab: OK runs the one operation; a refusal shows inside the dialog, which
stays open with everything typed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desk.frontdesk.folio import CHARGE_NAMES, EXTRAS, KIND_NAMES, METHOD_NAMES, LineRow
from desk.frontdesk.queries import StayView
from desk.models import ChargeType, Method
from desk.rooms.board import RoomTile
from desk.rooms.codes import CODE_NAMES
from ui.frontdesk.models import money
from ui.i18n import desk_text
from ui.ops import Outcome

Submit = Callable[[Any], Outcome[Any]]


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def method_combo(name: str = "method") -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    for method in Method:
        combo.addItem(desk_text(METHOD_NAMES[method]), method)
    return combo


def amount_edit(name: str = "amount", value: Decimal | None = None) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setMaxLength(14)
    edit.setPlaceholderText("0.00")
    if value is not None and value > 0:
        edit.setText(f"{value:.2f}")
    return edit


def set_kind(label: QLabel, kind: str) -> None:
    """Restyle a label by its ``kind`` property (error, info, warning)."""
    label.setProperty("kind", kind)
    label.style().unpolish(label)
    label.style().polish(label)


class ActionDialog(QDialog):
    """A form whose OK runs ``submit(self)``; it closes only when that succeeds."""

    def __init__(self, parent: QWidget | None, *, title: str, explanation: str, ok_text: str,
                 submit: Submit) -> None:
        super().__init__(parent)
        self._submit = submit
        self.outcome: Outcome[Any] | None = None
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self.explanation = QLabel(explanation)
        self.explanation.setWordWrap(True)
        self.explanation.setVisible(bool(explanation))
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.error = QLabel()
        self.error.setObjectName("DialogError")
        self.error.setWordWrap(True)
        set_kind(self.error, "error")
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(ok_text)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def _finish(self) -> None:
        """Lay out what the subclass put into ``self.form``."""
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def accept(self) -> None:
        self.outcome = self._submit(self)
        if self.outcome:
            super().accept()
        else:
            self.show_error(self.outcome.error)


def _stay_line(view: StayView) -> str:
    return f"{view.room_number} · {view.guest_name}"


class ChargeDialog(ActionDialog):
    """An extra, a discount or a correction on the folio."""

    def __init__(self, parent: QWidget | None = None, *, view: StayView, submit: Submit) -> None:
        super().__init__(parent, title=self.tr("Post a charge"), ok_text=self.tr("Post"), submit=submit,
                         explanation=self.tr("Room {stay}. A discount is a credit; a correction may be negative.")
                         .format(stay=_stay_line(view)))
        self.type = QComboBox()
        self.type.setObjectName("charge_type")
        for charge_type in (*EXTRAS, ChargeType.DISCOUNT, ChargeType.ADJUSTMENT):
            self.type.addItem(desk_text(CHARGE_NAMES[charge_type]), charge_type)
        self.amount = amount_edit()
        self.description = QLineEdit()
        self.description.setObjectName("description")
        self.description.setMaxLength(200)
        self.description.setPlaceholderText(self.tr("e.g. 2 beers, 1 water"))
        self.form.addRow(self.tr("Type"), self.type)
        self.form.addRow(self.tr("Amount"), self.amount)
        self.form.addRow(self.tr("Description"), self.description)
        self._finish()

    @property
    def charge_type(self) -> ChargeType:
        return ChargeType(self.type.currentData())


class MoneyDialog(ActionDialog):
    """Method, amount and a reference (or reason): payment, deposit, refund."""

    def __init__(self, parent: QWidget | None = None, *, title: str, explanation: str, ok_text: str,
                 submit: Submit, amount: Decimal | None = None, method: Method | None = None,
                 note_label: str = "", note_required: bool = False) -> None:
        super().__init__(parent, title=title, explanation=explanation, ok_text=ok_text, submit=submit)
        self.method_box = method_combo()
        if method is not None:
            self.method_box.setCurrentIndex(max(0, self.method_box.findData(method)))
        self.amount = amount_edit(value=amount)
        self.note = QLineEdit()
        self.note.setObjectName("reason" if note_required else "reference")
        self.note.setMaxLength(200 if note_required else 60)
        if not note_required:
            self.note.setPlaceholderText(self.tr("slip, transaction or receipt number"))
        self.form.addRow(self.tr("Method"), self.method_box)
        self.form.addRow(self.tr("Amount"), self.amount)
        self.form.addRow(note_label or self.tr("Reference"), self.note)
        self._finish()
        self.amount.setFocus()
        self.amount.selectAll()

    @property
    def method(self) -> Method:
        return Method(self.method_box.currentData())


class ReverseDialog(ActionDialog):
    """Cancel one folio line with an opposite one; the reason is required."""

    def __init__(self, parent: QWidget | None = None, *, line: LineRow, submit: Submit) -> None:
        what = desk_text(CHARGE_NAMES[line.charge_type]) if line.charge_type else \
            desk_text(METHOD_NAMES[line.method]) if line.method else ""
        super().__init__(parent, title=self.tr("Reverse a folio line"), ok_text=self.tr("Reverse"), submit=submit,
                         explanation=self.tr("{kind} {what} of {amount} on {date} by {clerk}{description}. A line "
                                             "of the opposite amount cancels it; both stay on the folio.").format(
                             kind=desk_text(KIND_NAMES[line.kind]), what=what, amount=money(line.amount),
                             date=line.business_date.isoformat(), clerk=line.username,
                             description=f" ({line.description})" if line.description else ""))
        self.reason = QLineEdit()
        self.reason.setObjectName("reason")
        self.reason.setMaxLength(200)
        self.reason.setPlaceholderText(self.tr("e.g. posted to the wrong room"))
        self.form.addRow(self.tr("Reason"), self.reason)
        self._finish()


class RoomPicker(QWidget):
    """An editable list of room numbers: the ready ones offered, any other typed."""

    changed = Signal(str)

    def __init__(self, parent: QWidget | None = None, *, rooms: Sequence[RoomTile]) -> None:
        super().__init__(parent)
        self._tiles = {tile.number: tile for tile in rooms}
        self.combo = QComboBox()
        self.combo.setObjectName("room")
        self.combo.setEditable(True)
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.combo.lineEdit().setPlaceholderText(self.tr("room number"))
        self.hint = QLabel()
        self.hint.setObjectName("Hint")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.combo)
        layout.addWidget(self.hint)
        self.combo.currentTextChanged.connect(self._describe)

    def set_rooms(self, numbers: Sequence[str], current: str | None = None) -> None:
        """Offer ``numbers``; show ``current`` (else the first offered)."""
        typed = current if current is not None else (numbers[0] if numbers else "")
        self.combo.blockSignals(True)
        self.combo.clear()
        self.combo.addItems(list(numbers))
        index = self.combo.findText(typed)
        self.combo.setCurrentIndex(index)
        if index < 0:
            self.combo.setEditText(typed)
        self.combo.blockSignals(False)
        self._describe(self.combo.currentText())

    @property
    def number(self) -> str:
        return self.combo.currentText().strip()

    @property
    def tile(self) -> RoomTile | None:
        return self._tiles.get(self.number)

    @property
    def room_id(self) -> int:
        """The room's id, 0 when no such room (desk then says to choose one)."""
        tile = self.tile
        return tile.room_id if tile is not None else 0

    def _describe(self, text: str) -> None:
        text = text.strip()
        self.changed.emit(text)
        tile = self._tiles.get(text)
        if not text:
            self.hint.setText(self.tr("Ready rooms are listed; type any other number."))
        elif tile is None:
            self.hint.setText(self.tr("There is no room {room}.").format(room=text))
        else:
            self.hint.setText(self.tr("{code} · {name} · {state}").format(
                code=tile.type_code, name=tile.type_name, state=desk_text(CODE_NAMES[tile.code])))


class MoveRoomDialog(ActionDialog):
    def __init__(self, parent: QWidget | None = None, *, view: StayView, rooms: Sequence[RoomTile],
                 ready: Sequence[str], submit: Submit) -> None:
        super().__init__(parent, title=self.tr("Move to another room"), ok_text=self.tr("Move"), submit=submit,
                         explanation=self.tr("{guest} is in room {room} ({type}) until {departure}. The folio "
                                             "moves with the guest; room {room} becomes vacant dirty.").format(
                             guest=view.guest_name, room=view.room_number, type=view.type_code,
                             departure=view.departure.isoformat()))
        self.room = RoomPicker(self, rooms=rooms)
        self.room.set_rooms(ready)
        self.reason = QLineEdit()
        self.reason.setObjectName("reason")
        self.reason.setMaxLength(200)
        self.reason.setPlaceholderText(self.tr("e.g. air conditioner noisy"))
        self.form.addRow(self.tr("New room"), self.room)
        self.form.addRow(self.tr("Reason"), self.reason)
        self._finish()


class DepartureDialog(ActionDialog):
    """Extend a stay or shorten it (the freed nights are for sale at once)."""

    def __init__(self, parent: QWidget | None = None, *, view: StayView, today: date, submit: Submit) -> None:
        super().__init__(parent, title=self.tr("Change the departure"), ok_text=self.tr("Change departure"),
                         submit=submit,
                         explanation=self.tr("{guest}, room {room}: arrived {arrival}, due out {departure} "
                                             "({nights} nights).").format(
                             guest=view.guest_name, room=view.room_number, arrival=view.arrival.isoformat(),
                             departure=view.departure.isoformat(), nights=view.nights))
        self._view = view
        self.departure = QDateEdit()
        self.departure.setObjectName("departure")
        self.departure.setDisplayFormat("yyyy-MM-dd")
        self.departure.setCalendarPopup(True)
        self.departure.setMinimumDate(qdate(today))
        self.departure.setDate(qdate(max(view.departure, today) + timedelta(days=1)))
        self.effect = QLabel()
        self.effect.setObjectName("Hint")
        self.effect.setWordWrap(True)
        self.reason = QLineEdit()
        self.reason.setObjectName("reason")
        self.reason.setMaxLength(200)
        self.reason.setPlaceholderText(self.tr("optional"))
        self.form.addRow(self.tr("New departure"), self.departure)
        self.form.addRow("", self.effect)
        self.form.addRow(self.tr("Reason"), self.reason)
        self._finish()
        self.departure.dateChanged.connect(self._describe)
        self._describe()

    @property
    def new_departure(self) -> date:
        return self.departure.date().toPython()  # type: ignore[return-value]

    def _describe(self, *_args: object) -> None:
        new = self.new_departure
        nights = (new - self._view.arrival).days
        if new > self._view.departure:
            text = self.tr("Extends the stay to {nights} nights; the room and its type must be free.")
        elif new < self._view.departure:
            text = self.tr("Shortens the stay to {nights} nights; the nights after are for sale at once.")
        else:
            text = self.tr("The departure stays as it is.")
        self.effect.setText(text.format(nights=nights))


class RevealReasonDialog(ActionDialog):
    """A manager says why they need a guest's full ID number; it is recorded."""

    def __init__(self, parent: QWidget | None = None, *, view: StayView, submit: Submit) -> None:
        super().__init__(parent, title=self.tr("Show the full ID number"), ok_text=self.tr("Show"), submit=submit,
                         explanation=self.tr("The full ID number of {guest} is shown once; your name and the "
                                             "reason are recorded.").format(guest=view.guest_name))
        self.reason = QLineEdit()
        self.reason.setObjectName("reason")
        self.reason.setMaxLength(200)
        self.reason.setPlaceholderText(self.tr("e.g. police registration check"))
        self.form.addRow(self.tr("Reason"), self.reason)
        self._finish()
