"""Dialogs of the Room status tab. None opens a session: inputs come in, the
result goes out as properties, and the tab runs the service."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QDate, QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
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
DATE_TIME_FORMAT = "%Y-%m-%d %H:%M"
Index = QModelIndex | QPersistentModelIndex
HEADER_ALIGNMENT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter  # over the left-aligned text


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
        out_of_order = self._kind is BlockKind.OUT_OF_ORDER
        action = self.tr("Set out of order") if out_of_order else self.tr("Set out of service")
        self.setWindowTitle(action)
        heading = QLabel(action)
        heading.setObjectName("DialogTitle")
        rooms = QLabel(self.tr("Rooms: {rooms}").format(rooms=", ".join(self._rooms)))
        rooms.setWordWrap(True)
        note = QLabel(self.tr("The selected rooms are removed from sale until the return date.") if out_of_order
                      else self.tr("The selected rooms stay sellable; the problem shows on the board."))
        note.setWordWrap(True)
        note.setObjectName("Hint")
        self.reason = QLineEdit()
        self.reason.setObjectName("reason")
        self.reason.setMaxLength(200)
        self.reason.setMinimumWidth(340)
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
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(action)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(rooms)
        layout.addWidget(note)
        layout.addSpacing(4)
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
        self.resize(820, 440)
        heading = QLabel(self.tr("Room {room}").format(room=self._room))
        heading.setObjectName("DialogTitle")
        kinds = {
            StatusEventKind.HOUSEKEEPING: self.tr("Cleaning status"),
            StatusEventKind.BLOCK_START: self.tr("Taken out"),
            StatusEventKind.BLOCK_END: self.tr("Back in use"),
            StatusEventKind.OCCUPANCY: self.tr("Occupancy"),
        }
        columns: list[Column[HistoryRow]] = [
            # Stored in UTC, shown in this workstation's time.
            Column(self.tr("When"), lambda r: r.at.astimezone().strftime(DATE_TIME_FORMAT)),
            Column(self.tr("Who"), lambda r: r.username),
            Column(self.tr("What"), lambda r: kinds[r.kind]),
            Column(self.tr("From"), lambda r: _state_text(r.from_state)),
            Column(self.tr("To"), lambda r: _state_text(r.to_state)),
            Column(self.tr("Why"), lambda r: r.reason, tooltip=lambda r: r.reason),
        ]
        self.model = RowTableModel(columns, self)
        self.model.set_rows(self._rows)
        self.table = make_table(self.model, self)
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(HEADER_ALIGNMENT)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(len(columns) - 1, QHeaderView.ResizeMode.Stretch)
        empty = QLabel(self.tr("No changes recorded yet."))
        empty.setVisible(not self._rows)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.table)
        layout.addWidget(empty)
        layout.addLayout(row)


class _ReportModel(RowTableModel[RoomTile]):
    """The report's rows; the dialog toggles the check boxes itself (a click
    anywhere on a row, or Space), so the view must not toggle them as well."""

    def flags(self, index: Index) -> Qt.ItemFlag:
        return super().flags(index) & ~Qt.ItemFlag.ItemIsUserCheckable


class HousekeepingReportDialog(QDialog):
    """Housekeeping ticks the rooms it found occupied; the rest were vacant.

    The report covers the rooms shown (one floor, or all): ``findings`` has
    exactly those rooms.
    """

    def __init__(self, parent: QWidget | None = None, *, tiles: Sequence[RoomTile], business_date: date,
                 floor: int | None = None) -> None:
        super().__init__(parent)
        self._all_tiles = list(tiles)
        self._business_date = business_date
        self._floor = floor if floor in {t.floor for t in self._all_tiles} else None
        self._tiles: list[RoomTile] = []
        self._found: set[int] = set()  # room ids ticked, kept across floor changes
        self._setup_ui()

    def _setup_ui(self) -> None:
        self.setWindowTitle(self.tr("Housekeeping report"))
        self.resize(560, 640)
        intro = QLabel(self.tr("Tick every room housekeeping found occupied (luggage, guest or bed slept in). "
                               "Unticked rooms are reported vacant. Desk then lists where the front office "
                               "disagrees."))
        intro.setWordWrap(True)
        self.floor_choice = QComboBox()
        self.floor_choice.setObjectName("reportFloor")
        self.floor_choice.addItem(self.tr("All floors"), None)
        for floor in sorted({t.floor for t in self._all_tiles}):
            self.floor_choice.addItem(self.tr("Floor {floor}").format(floor=floor), floor)
        self.floor_choice.setCurrentIndex(max(0, self.floor_choice.findData(self._floor)))
        self.title = QLabel()
        self.title.setObjectName("DialogTitle")
        floor_row = QHBoxLayout()
        floor_row.addWidget(QLabel(self.tr("Floor")))
        floor_row.addWidget(self.floor_choice)
        floor_row.addStretch(1)
        columns: list[Column[RoomTile]] = [
            Column(self.tr("Found occupied"), lambda t: ""),
            Column(self.tr("Room"), lambda t: t.number),
            Column(self.tr("Floor"), lambda t: str(t.floor), Qt.AlignmentFlag.AlignRight),
            Column(self.tr("Type"), lambda t: f"{t.type_code} · {t.type_name}"),
        ]
        self.model = _ReportModel(columns, self, check_column=0)
        self.table = make_table(self.model, self)
        self.table.setObjectName("reportRooms")
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setDefaultAlignment(HEADER_ALIGNMENT)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.installEventFilter(self)
        self.note = QLineEdit()
        self.note.setMaxLength(500)
        self.note.setPlaceholderText(self.tr("Note (optional)"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Save report"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(floor_row)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        self.floor_choice.currentIndexChanged.connect(self._show_floor)
        self.table.clicked.connect(lambda index: self._toggle(index.row()))
        self.model.dataChanged.connect(self._on_checked)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self._show_floor()

    def _show_floor(self, *_args: object) -> None:
        floor = self.floor_choice.currentData()
        self._tiles = [t for t in self._all_tiles if floor is None or t.floor == floor]
        self.model.set_rows(self._tiles, {i for i, t in enumerate(self._tiles) if t.room_id in self._found})
        self.title.setText(self.tr("Report for {date} · {floor}: %n room(s)", "", len(self._tiles)).format(
            date=self._business_date.isoformat(), floor=self.floor_choice.currentText()))

    def _toggle(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            state = Qt.CheckState.Unchecked if self.model.is_checked(row) else Qt.CheckState.Checked
            self.model.setData(self.model.index(row, 0), state.value, Qt.ItemDataRole.CheckStateRole)

    def _on_checked(self, top_left: QModelIndex, bottom_right: QModelIndex, *_roles: object) -> None:
        for row in range(top_left.row(), bottom_right.row() + 1):
            room_id = self._tiles[row].room_id
            if self.model.is_checked(row):
                self._found.add(room_id)
            else:
                self._found.discard(room_id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress \
                and event.key() == Qt.Key.Key_Space and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            self._toggle(self.table.currentIndex().row())
            return True
        return super().eventFilter(watched, event)

    def set_found_occupied(self, room_numbers: set[str]) -> None:
        """Tick exactly the rooms with these numbers (of every floor)."""
        self._found = {t.room_id for t in self._all_tiles if t.number in room_numbers}
        self._show_floor()

    @property
    def findings(self) -> dict[int, bool]:
        """Room id -> found occupied, for the rooms shown."""
        return {tile.room_id: tile.room_id in self._found for tile in self._tiles}
