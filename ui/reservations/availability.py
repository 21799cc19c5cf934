"""The availability grid: room types down, nights across, rooms free in each cell."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QDate, QLocale, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk.reservations.availability import Availability

Index = QModelIndex | QPersistentModelIndex
FULL = QColor("#fde2e2")
TIGHT = QColor("#fff1d6")
WEEKEND = QColor("#f3f4f6")
TYPE_ROLE = Qt.ItemDataRole.UserRole + 1  # room type id, or None on the total row
NIGHT_ROLE = Qt.ItemDataRole.UserRole + 2


class AvailabilityModel(QAbstractTableModel):
    """Rows: the room types, then all types together. Columns: nights."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.grid: Availability | None = None
        self.total_label = "All types"
        self.tooltip = "{rooms} rooms − {ooo} out of order − {reserved} reserved − {in_house} in house = {free} free"

    def set_grid(self, grid: Availability) -> None:
        if self.grid is not None and (self.grid.types, self.grid.nights) == (grid.types, grid.nights):
            self.grid = grid
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))
            return
        self.beginResetModel()
        self.grid = grid
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.grid is None else len(self.grid.types) + 1

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.grid is None else len(self.grid.nights)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        grid = self.grid
        if grid is None:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(grid.nights):
            night = grid.nights[section]
            if role == Qt.ItemDataRole.DisplayRole:
                locale = QLocale()
                return f"{locale.dayName(night.isoweekday(), QLocale.FormatType.ShortFormat)}\n{night:%m-%d}"
            if role == Qt.ItemDataRole.ToolTipRole:
                return night.isoformat()
        vertical = orientation == Qt.Orientation.Vertical and 0 <= section <= len(grid.types)
        if vertical and role == Qt.ItemDataRole.DisplayRole:
            if section == len(grid.types):
                return self.total_label
            kind = grid.types[section]
            return f"{kind.code} · {kind.name} ({kind.rooms})"
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        grid = self.grid
        if grid is None or not index.isValid():
            return None
        night = grid.nights[index.column()]
        total = index.row() == len(grid.types)
        if role == TYPE_ROLE:
            return None if total else grid.types[index.row()].id
        if role == NIGHT_ROLE:
            return night
        if total:
            free = grid.total_free(night)
            cells = [grid.cell(t.id, night) for t in grid.types]
            rooms = sum(c.rooms for c in cells)
            ooo, reserved, in_house = (sum(c.out_of_order for c in cells), sum(c.reserved for c in cells),
                                       sum(c.in_house for c in cells))
        else:
            cell = grid.cell(grid.types[index.row()].id, night)
            free, rooms, ooo = cell.free, cell.rooms, cell.out_of_order
            reserved, in_house = cell.reserved, cell.in_house
        if role == Qt.ItemDataRole.DisplayRole:
            return str(free)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip.format(rooms=rooms, ooo=ooo, reserved=reserved, in_house=in_house, free=free)
        if role == Qt.ItemDataRole.BackgroundRole:
            if free <= 0:
                return QBrush(FULL)
            if free <= max(1, rooms // 10):
                return QBrush(TIGHT)
            if night.isoweekday() >= 6:
                return QBrush(WEEKEND)
            return None
        if role == Qt.ItemDataRole.FontRole and (total or free <= 0):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and free < 0:
            return QBrush(QColor("#b91c1c"))
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable if index.isValid() else Qt.ItemFlag.NoItemFlags


class AvailabilityPanel(QWidget):
    """The grid with its date controls. ``range_changed`` asks the tab to reload;
    ``cell_chosen(type_id, night)`` starts a booking there."""

    range_changed = Signal()
    cell_chosen = Signal(object, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._setup_ui()

    def _setup_ui(self) -> None:
        self.model = AvailabilityModel(self)
        self.model.total_label = self.tr("All types")
        self.model.tooltip = self.tr("{rooms} rooms − {ooo} out of order − {reserved} reserved − {in_house} in house "
                                     "= {free} free")
        self.view = QTableView()
        self.view.setObjectName("AvailabilityGrid")
        self.view.setModel(self.model)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.view.horizontalHeader().setDefaultSectionSize(52)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.view.verticalHeader().setDefaultSectionSize(26)
        self.view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.start = QDateEdit()
        self.start.setDisplayFormat("yyyy-MM-dd")
        self.start.setCalendarPopup(True)
        self.nights = QComboBox()
        for nights in (14, 30, 60):
            self.nights.addItem(self.tr("%n night(s)", "", nights), nights)
        earlier, today_button, later = QPushButton("◀"), QPushButton(self.tr("Today")), QPushButton("▶")
        for button in (earlier, later):
            button.setFixedWidth(34)
        self.title = QLabel(self.tr("Rooms free per night"))
        self.title.setObjectName("SectionTitle")
        hint = QLabel(self.tr("Double-click a cell to book that room type from that night."))
        hint.setObjectName("Hint")
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(hint)
        top.addSpacing(12)
        top.addWidget(earlier)
        top.addWidget(today_button)
        top.addWidget(later)
        top.addWidget(self.start)
        top.addWidget(self.nights)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.view)
        self._today = date.today()
        earlier.clicked.connect(lambda: self._shift(-7))
        later.clicked.connect(lambda: self._shift(7))
        today_button.clicked.connect(lambda: self.set_start(self._today))
        self.start.dateChanged.connect(lambda _d: self.range_changed.emit())
        self.nights.currentIndexChanged.connect(lambda _i: self.range_changed.emit())
        self.view.doubleClicked.connect(self._chosen)

    def set_business_date(self, today: date) -> None:
        self._today = today
        self.start.setMinimumDate(QDate(today.year, today.month, today.day))

    def set_start(self, day: date) -> None:
        self.start.setDate(QDate(day.year, day.month, day.day))

    def first_night(self) -> date:
        return self.start.date().toPython()  # type: ignore[no-any-return]

    def night_count(self) -> int:
        return int(self.nights.currentData())

    def _shift(self, days: int) -> None:
        self.set_start(max(self._today, self.first_night() + timedelta(days=days)))

    def _chosen(self, index: QModelIndex) -> None:
        self.cell_chosen.emit(index.data(TYPE_ROLE), index.data(NIGHT_ROLE))

    def fit_height(self) -> None:
        """Show every row without a vertical scroll bar; two weeks fill the width."""
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch if self.night_count() <= 14
                                    else QHeaderView.ResizeMode.Fixed)
        rows = self.model.rowCount()
        scroll = self.view.horizontalScrollBar().sizeHint().height() if self.night_count() > 14 else 0
        self.view.setFixedHeight(header.sizeHint().height() + rows * self.view.verticalHeader().defaultSectionSize()
                                 + scroll + 4)
