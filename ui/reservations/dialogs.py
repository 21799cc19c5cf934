"""Dialogs of the Reservations tab: cancel, extend hold, assign rooms, overbook.

Inputs come in through the constructor, results go out as properties; the tab
runs the service.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import time

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from desk.reservations.queries import ReservationRow
from desk.reservations.rooms import Proposal, RoomChoice
from desk.rooms.codes import HK_NAMES
from ui.i18n import desk_text
from ui.table import Column, RowTableModel
from ui.widgets import make_table


def _buttons(dialog: QDialog, ok_text: str) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


class ReasonDialog(QDialog):
    """Asks for the reason of an action that needs one (cancel, overbook)."""

    def __init__(self, parent: QWidget | None = None, *, title: str, explanation: str, ok_text: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(440)
        label = QLabel(explanation)
        label.setWordWrap(True)
        self.reason = QLineEdit()
        self.reason.setObjectName("reason")
        self.reason.setMaxLength(200)
        form = QFormLayout()
        form.addRow(self.tr("Reason"), self.reason)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addLayout(form)
        layout.addWidget(_buttons(self, ok_text))


class ExtendHoldDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, *, reservation: ReservationRow, latest: time,
                 current: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Extend the hold"))
        label = QLabel(self.tr("{guest} ({confirmation}) is held until {current}. A reservation gets one extension, "
                               "to {latest} at the latest.").format(guest=reservation.guest_name,
                                                                   confirmation=reservation.confirmation,
                                                                   current=current, latest=latest.strftime("%H:%M")))
        label.setWordWrap(True)
        self.until = QTimeEdit(QTime(latest.hour, latest.minute))
        self.until.setDisplayFormat("HH:mm")
        self.until.setMaximumTime(QTime(latest.hour, latest.minute))
        self.reason = QLineEdit()
        self.reason.setObjectName("reason")
        self.reason.setMaxLength(200)
        self.reason.setPlaceholderText(self.tr("e.g. guest called: flight delayed"))
        form = QFormLayout()
        form.addRow(self.tr("Hold until"), self.until)
        form.addRow(self.tr("Reason"), self.reason)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addLayout(form)
        layout.addWidget(_buttons(self, self.tr("Extend")))

    @property
    def time(self) -> time:
        return self.until.time().toPython()  # type: ignore[no-any-return]


class AssignRoomDialog(QDialog):
    """Pick a room for one reservation; other types only when asked for."""

    def __init__(self, parent: QWidget | None = None, *, reservation: ReservationRow,
                 rooms: Sequence[RoomChoice], other_types: Sequence[RoomChoice]) -> None:
        super().__init__(parent)
        self._same, self._other = list(rooms), list(other_types)
        self.setWindowTitle(self.tr("Assign a room"))
        self.resize(480, 460)
        label = QLabel(self.tr("{guest} ({confirmation}), {type}, {arrival} to {departure}. Free rooms, ready ones "
                               "first:").format(guest=reservation.guest_name, confirmation=reservation.confirmation,
                                                type=reservation.type_code, arrival=reservation.arrival.isoformat(),
                                                departure=reservation.departure.isoformat()))
        label.setWordWrap(True)
        columns: list[Column[RoomChoice]] = [
            Column(self.tr("Room"), lambda c: c.number),
            Column(self.tr("Floor"), lambda c: str(c.floor)),
            Column(self.tr("Type"), lambda c: c.type_code),
            Column(self.tr("Housekeeping", "the room's cleaning state"), lambda c: desk_text(HK_NAMES[c.hk_state])),
        ]
        self.model = RowTableModel(columns, self)
        self.table = make_table(self.model, self)
        self.other = QCheckBox(self.tr("Show rooms of other types (a change of room type)"))
        self.empty = QLabel(self.tr("No room of this type is free for all these nights."))
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.table)
        layout.addWidget(self.empty)
        layout.addWidget(self.other)
        layout.addWidget(_buttons(self, self.tr("Assign")))
        self.other.toggled.connect(self._fill)
        self.table.doubleClicked.connect(lambda _i: self.accept())
        self._fill()

    def _fill(self, *_args: object) -> None:
        rows = self._same + (self._other if self.other.isChecked() else [])
        self.model.set_rows(rows)
        self.empty.setVisible(not rows)
        if rows:
            self.table.selectRow(0)
        self.table.resizeColumnsToContents()

    @property
    def choice(self) -> RoomChoice | None:
        selected = self.table.selectionModel().selectedRows()
        return self.model.row(selected[0].row()) if selected else None


class ProposalsDialog(QDialog):
    """Desk's proposal of rooms for today's arrivals; the clerk unticks what they do not want."""

    def __init__(self, parent: QWidget | None = None, *, proposals: Sequence[Proposal]) -> None:
        super().__init__(parent)
        self._proposals = list(proposals)
        self.setWindowTitle(self.tr("Assign rooms to today's arrivals"))
        self.resize(620, 440)
        label = QLabel(self.tr("Ready rooms of the booked type come first. Untick any you want to choose yourself."))
        label.setWordWrap(True)
        columns: list[Column[Proposal]] = [
            Column(self.tr("Assign"), lambda p: ""),
            Column(self.tr("Guest"), lambda p: p.guest_name),
            Column(self.tr("Confirmation"), lambda p: p.confirmation),
            Column(self.tr("Type"), lambda p: p.type_code),
            Column(self.tr("Room"), lambda p: p.room_number or self.tr("none free")),
            Column(self.tr("Ready"), lambda p: self.tr("yes") if p.room_ready else self.tr("to be cleaned")),
        ]
        self.model = RowTableModel(columns, self, check_column=0)
        self.model.set_rows(self._proposals, {i for i, p in enumerate(self._proposals) if p.room_id is not None})
        self.table = make_table(self.model, self)
        self.table.resizeColumnsToContents()
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.table)
        layout.addWidget(_buttons(self, self.tr("Assign ticked rooms")))

    @property
    def accepted_assignments(self) -> list[tuple[int, int]]:
        return [(p.reservation_id, p.room_id) for i, p in enumerate(self._proposals)
                if p.room_id is not None and self.model.is_checked(i)]
