"""Dialogs of the Room status tab. None opens a session: inputs come in, the
result goes out as properties, and the tab runs the service."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk.models import BlockKind, HkState, StatusEventKind
from desk.rooms.board import RoomTile
from desk.rooms.codes import HK_NAMES
from desk.rooms.history import HistoryRow
from ui.i18n import desk_text
from ui.table import Column, RowTableModel
from ui.widgets import make_table

DATE_FORMAT = "yyyy-MM-dd"  # unambiguous in both languages


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


class BlockDialog(QDialog):
    """Out of order / out of service: reason, from, return date, return state."""

    def __init__(self, parent: QWidget | None = None, *, kind: BlockKind, rooms: Sequence[str],
                 business_date: date) -> None:
        super().__init__(parent)
        self._kind = kind
        self._rooms = list(rooms)
        self._business_date = business_date
        self._setup_ui()

    def _setup_ui(self) -> None:
        title = (self.tr("Out of order") if self._kind is BlockKind.OUT_OF_ORDER else self.tr("Out of service"))
        self.setWindowTitle(title)
        explain = (self.tr("The room is removed from sale until the return date.")
                   if self._kind is BlockKind.OUT_OF_ORDER
                   else self.tr("The room stays sellable; the problem is noted on the board."))
        heading = QLabel(self.tr("Rooms: {rooms}").format(rooms=", ".join(self._rooms)))
        heading.setWordWrap(True)
        note = QLabel(explain)
        note.setWordWrap(True)
        self.reason = QLineEdit()
        self.reason.setObjectName("reason")
        self.reason.setMaxLength(200)
        self.reason.setPlaceholderText(self.tr("e.g. air conditioner leaking"))
        self.start = QDateEdit(_qdate(self._business_date))
        self.start.setCalendarPopup(True)
        self.start.setMinimumDate(_qdate(self._business_date))
        self.end = QDateEdit(_qdate(self._business_date).addDays(1))
        self.end.setCalendarPopup(True)
        self.end.setMinimumDate(_qdate(self._business_date).addDays(1))
        for edit in (self.start, self.end):
            edit.setDisplayFormat(DATE_FORMAT)
        self.return_state = QComboBox()
        for state in (HkState.DIRTY, HkState.CLEAN, HkState.INSPECTED):
            self.return_state.addItem(desk_text(HK_NAMES[state]), state)
        form = QFormLayout()
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow(self.tr("From"), self.start)
        form.addRow(self.tr("Back on"), self.end)
        form.addRow(self.tr("Returns as"), self.return_state)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.start.dateChanged.connect(lambda d: self.end.setMinimumDate(d.addDays(1)))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

    @property
    def values(self) -> dict[str, object]:
        """Keyword arguments for ``desk.rooms.status.set_block``."""
        return {
            "kind": self._kind,
            "reason": self.reason.text(),
            "start": self.start.date().toPython(),
            "end": self.end.date().toPython(),
            "return_state": self.return_state.currentData(),
        }


def _state_text(value: str) -> str:
    if value in {s.value for s in HkState}:
        return desk_text(HK_NAMES[HkState(value)])
    return {"ooo": desk_text("Out of order"), "oos": desk_text("Out of service")}.get(value, value)


class HistoryDialog(QDialog):
    """A room's status history, newest first."""

    def __init__(self, parent: QWidget | None = None, *, room: str, rows: Sequence[HistoryRow]) -> None:
        super().__init__(parent)
        self._room = room
        self._rows = list(rows)
        self._setup_ui()

    def _setup_ui(self) -> None:
        self.setWindowTitle(self.tr("History of room {room}").format(room=self._room))
        self.resize(760, 420)
        kinds = {
            StatusEventKind.HOUSEKEEPING: self.tr("Housekeeping"),
            StatusEventKind.BLOCK_START: self.tr("Taken out"),
            StatusEventKind.BLOCK_END: self.tr("Back in use"),
            StatusEventKind.OCCUPANCY: self.tr("Occupancy"),
        }
        locale = QLocale()
        columns: list[Column[HistoryRow]] = [
            Column(self.tr("When"), lambda r: locale.toString(r.at.astimezone(), QLocale.FormatType.ShortFormat)),
            Column(self.tr("Who"), lambda r: r.username),
            Column(self.tr("What"), lambda r: kinds[r.kind]),
            Column(self.tr("From"), lambda r: _state_text(r.from_state)),
            Column(self.tr("To"), lambda r: _state_text(r.to_state)),
            Column(self.tr("Why"), lambda r: r.reason, tooltip=lambda r: r.reason),
        ]
        self.model = RowTableModel(columns, self)
        self.model.set_rows(self._rows)
        self.table = make_table(self.model, self)
        self.table.resizeColumnsToContents()
        empty = QLabel(self.tr("No changes recorded yet."))
        empty.setVisible(not self._rows)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(empty)
        layout.addLayout(row)


class HousekeepingReportDialog(QDialog):
    """Housekeeping ticks the rooms it found occupied; the rest were vacant."""

    def __init__(self, parent: QWidget | None = None, *, tiles: Sequence[RoomTile]) -> None:
        super().__init__(parent)
        self._tiles = list(tiles)
        self._setup_ui()

    def _setup_ui(self) -> None:
        self.setWindowTitle(self.tr("Housekeeping report"))
        self.resize(520, 600)
        intro = QLabel(self.tr("Tick every room housekeeping found occupied (luggage, guest or bed slept in). "
                               "Unticked rooms are reported vacant. Desk then lists where the front office "
                               "disagrees."))
        intro.setWordWrap(True)
        columns: list[Column[RoomTile]] = [
            Column(self.tr("Found occupied"), lambda t: ""),
            Column(self.tr("Room"), lambda t: t.number),
            Column(self.tr("Floor"), lambda t: str(t.floor), Qt.AlignmentFlag.AlignRight),
            Column(self.tr("Type"), lambda t: t.type_code),
        ]
        self.model = RowTableModel(columns, self, check_column=0)
        self.model.set_rows(self._tiles)
        self.table = make_table(self.model, self)
        self.table.resizeColumnsToContents()
        self.note = QLineEdit()
        self.note.setMaxLength(500)
        self.note.setPlaceholderText(self.tr("Note (optional)"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Save report"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addWidget(self.note)
        layout.addWidget(buttons)

    def set_found_occupied(self, room_numbers: set[str]) -> None:
        self.model.set_rows(self._tiles, {i for i, t in enumerate(self._tiles) if t.number in room_numbers})

    @property
    def findings(self) -> dict[int, bool]:
        return {tile.room_id: self.model.is_checked(i) for i, tile in enumerate(self._tiles)}
