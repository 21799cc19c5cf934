"""The Complaints tab: counts, filters and the list (overdue first), the chosen
complaint on the right, logging, handling and the reports; every change
through desk.complaints services."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QModelIndex, QSortFilterProxyModel, Qt, QTimer
from PySide6.QtGui import QFont, QFontMetrics, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from desk.complaints.names import CATEGORY_NAMES, LEVEL_NAMES, STATUS_NAMES
from desk.complaints.queries import ComplaintFilter, ComplaintRow, complaints
from desk.complaints.rules import ACTIVE
from desk.models import Category, ComplaintStatus, Level
from desk.rooms.board import load_board
from desk.settings import HotelInfo, hotel_info
from ui.complaints.actions import ComplaintActions
from ui.complaints.common import MAJOR, OVERDUE
from ui.complaints.detail import ComplaintPanel
from ui.complaints.model import Col, ComplaintModel
from ui.frontdesk.models import SORT_ROLE
from ui.i18n import desk_text
from ui.ops import Ops
from ui.widgets import MessageBar, make_table

KINDS = frozenset({"complaint", "stay", "room", "guest", "hotel"})
ANY_DATE = QDate(2000, 1, 1)
TO_DO = "to_do"
RECHECK_MS = 60_000  # deadlines pass without anyone changing anything


@dataclass(frozen=True, slots=True)
class Counts:
    open: int
    overdue: int
    major: int
    waiting: int  # compensation waiting for a manager


def _counts(session: Session) -> Counts:
    """Over everything still to do (whatever the filters)."""
    rows = complaints(session, ComplaintFilter(), limit=0)
    return Counts(sum(r.active for r in rows), sum(r.is_overdue for r in rows),
                  sum(r.major for r in rows), sum(r.compensation_waiting > 0 for r in rows))


def _date_edit(name: str) -> QDateEdit:
    edit = QDateEdit()
    edit.setObjectName(name)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setCalendarPopup(True)
    edit.setMinimumDate(ANY_DATE)
    edit.setSpecialValueText("—")
    edit.setDate(ANY_DATE)
    return edit


class ComplaintsTab(QWidget):
    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.hotel: HotelInfo = ops.read(hotel_info)
        self.complaint_id: int | None = None
        self._stale = False
        self._first = True
        self.rooms = [(t.room_id, t.number) for t in ops.read(load_board).tiles]
        self._setup_ui()
        self.handling = ComplaintActions(self)  # what the buttons do
        self.ops.hub.changed.connect(self._on_changed)
        self.refresh()

    # -- building ---------------------------------------------------------------
    def _setup_ui(self) -> None:
        self.message = MessageBar(self)
        self.counts = QLabel()
        self.counts.setObjectName("ComplaintCounts")
        self.counts.setTextFormat(Qt.TextFormat.RichText)
        self.log_button = QPushButton(self.tr("Log complaint…"))
        self.log_button.setObjectName("button_log")
        self.log_button.setToolTip("Ctrl+N")
        self.weekly_button = QPushButton(self.tr("Weekly report…"))
        self.weekly_button.setObjectName("button_weekly")
        self.monthly_button = QPushButton(self.tr("Monthly report…"))
        self.monthly_button.setObjectName("button_monthly")
        top = QHBoxLayout()
        top.addWidget(self.counts, 1)
        top.addWidget(self.log_button)
        top.addSpacing(12)
        top.addWidget(self.weekly_button)
        top.addWidget(self.monthly_button)

        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Number, name, phone, room or words (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.status_filter = self._combo("statusFilter", self.tr("Every status"),
                                         [(self.tr("To do"), TO_DO)] +
                                         [(desk_text(STATUS_NAMES[s]), s) for s in ComplaintStatus])
        self.level_filter = self._combo("levelFilter", self.tr("Every level"),
                                        [(desk_text(LEVEL_NAMES[level]), level) for level in Level])
        self.category_filter = self._combo("categoryFilter", self.tr("Every category"),
                                           [(desk_text(CATEGORY_NAMES[c]), c) for c in Category])
        self.room_filter = self._combo("roomFilter", self.tr("Every room"), [(n, i) for i, n in self.rooms])
        self.room_filter.setMaxVisibleItems(20)
        self.date_from = _date_edit("dateFrom")
        self.date_to = _date_edit("dateTo")
        self.overdue_only = QCheckBox(self.tr("Overdue only"))
        self.overdue_only.setObjectName("overdueOnly")
        self.clear_button = QPushButton(self.tr("Show all"))
        self.clear_button.setObjectName("clearFilters")
        filters = QHBoxLayout()
        filters.setSpacing(6)
        filters.addWidget(self.search, 2)
        for widget in (self.status_filter, self.level_filter, self.category_filter, self.room_filter):
            filters.addWidget(widget)
        filters.addSpacing(6)
        filters.addWidget(QLabel(self.tr("Received")))
        filters.addWidget(self.date_from)
        filters.addWidget(QLabel("–"))
        filters.addWidget(self.date_to)
        filters.addWidget(self.overdue_only)
        filters.addWidget(self.clear_button)

        self.model = ComplaintModel(self)
        self.model.timezone = self.hotel.timezone
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.view = make_table(self.proxy, self)
        self.view.setObjectName("complaintList")
        self.view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        header = self.view.horizontalHeader()
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # desk's order: overdue first
        self.view.setSortingEnabled(True)
        header.sortIndicatorChanged.connect(lambda _c, _o: self._fit_columns())
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.empty = QLabel()
        self.empty.setObjectName("Hint")
        list_box = QWidget()
        list_layout = QVBoxLayout(list_box)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addWidget(self.view, 1)
        list_layout.addWidget(self.empty)

        self.panel = ComplaintPanel()
        side = QScrollArea()
        side.setObjectName("SideScroll")
        side.setWidget(self.panel)
        side.setWidgetResizable(True)
        side.setFrameShape(QFrame.Shape.NoFrame)
        side.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        side.setMinimumWidth(380)
        self.side = side
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(list_box)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)  # a wider window widens the complaint on the right too
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([880, 400])  # the list first: all its columns show at 1280 pixels
        self.splitter = splitter

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.message)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(200)
        self._search_timer.timeout.connect(self._filter)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.search.returnPressed.connect(self.view.setFocus)
        for combo in (self.status_filter, self.level_filter, self.category_filter, self.room_filter):
            combo.currentIndexChanged.connect(lambda _i: self._filter())
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(lambda _d: self._filter())
        self.overdue_only.toggled.connect(lambda _on: self._filter())
        self.clear_button.clicked.connect(self.clear_filters)
        self.view.selectionModel().currentRowChanged.connect(self._row_chosen)
        QShortcut(QKeySequence("Ctrl+F"), self, self._focus_search,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._recheck = QTimer(self)
        self._recheck.setInterval(RECHECK_MS)
        self._recheck.timeout.connect(self._deadlines_passed)
        self._recheck.start()
        self.setFocusProxy(self.search)

    @staticmethod
    def _combo(name: str, everything: str, items: list[tuple[str, Any]]) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.addItem(everything, None)
        for text, value in items:
            combo.addItem(text, value)
        return combo

    # -- data -------------------------------------------------------------------
    def _on_changed(self, kinds: frozenset[str]) -> None:
        if kinds & KINDS:
            if "hotel" in kinds:
                self.hotel = self.ops.read(hotel_info)
            if self.isVisible():
                self.refresh()
            else:
                self._stale = True  # read when the tab is next shown, not for every change elsewhere

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _deadlines_passed(self) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    @property
    def filters(self) -> ComplaintFilter:
        status = self.status_filter.currentData()
        statuses = tuple(ACTIVE) if status == TO_DO else (status,) if status is not None else ()
        level, category = self.level_filter.currentData(), self.category_filter.currentData()
        return ComplaintFilter(
            statuses=statuses, levels=(level,) if level is not None else (),
            categories=(category,) if category is not None else (),
            received_from=self._day(self.date_from), received_to=self._day(self.date_to),
            room_id=self.room_filter.currentData(), text=self.search.text(),
            overdue_only=self.overdue_only.isChecked(),
        )

    @staticmethod
    def _day(edit: QDateEdit) -> date | None:
        if edit.date() == ANY_DATE:
            return None
        day = edit.date().toPython()
        assert isinstance(day, date)
        return day

    def _filter(self) -> None:
        """The clerk changed a filter: a chosen complaint it hides is no longer shown."""
        self.refresh()
        if self.complaint_id is not None and not any(r.id == self.complaint_id for r in self.model.rows()):
            self.complaint_id = None
            self._load_detail()

    def refresh(self) -> None:
        """Read the list and counts again; the chosen complaint stays chosen (and shown, even when filtered out)."""
        self._stale = False
        self.model.timezone = self.hotel.timezone
        rows = self.ops.read(complaints, filters=self.filters)
        counts = self.ops.read(_counts)
        self.view.selectionModel().blockSignals(True)
        self.model.set_rows(rows)
        if self.complaint_id is None and self._first and rows:
            self.complaint_id = rows[0].id  # on opening, the most urgent one is on the right
        self._first = False
        if self.complaint_id is not None:
            self._select(self.complaint_id)
        self.view.selectionModel().blockSignals(False)
        self._fit_columns()
        self.empty.setText(self.tr("No complaint matches these filters.") if not rows else "")
        self.empty.setVisible(not rows)
        self._show_counts(counts)
        self._load_detail()

    def _fit_columns(self) -> None:
        """Each column as wide as its widest cell or its title; unlike resizeColumnsToContents,
        without room for a sort arrow in every title (that alone pushes the due column out of
        sight at 1280 pixels)."""
        header = self.view.horizontalHeader()
        font = QFont(header.font())
        font.setBold(True)
        metrics = QFontMetrics(font)
        for column in range(self.model.columnCount()):
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            arrow = 16 if column == header.sortIndicatorSection() else 0
            header.resizeSection(column, max(self.view.sizeHintForColumn(column),
                                             metrics.horizontalAdvance(title) + 16 + arrow))

    def _show_counts(self, counts: Counts) -> None:
        parts = [self.tr("Open: {count}").format(count=f"<b>{counts.open}</b>")]
        overdue = self.tr("Overdue: {count}").format(count=f"<b>{counts.overdue}</b>")
        parts.append(f"<span style='color:{OVERDUE}'>{overdue}</span>" if counts.overdue else overdue)
        major = self.tr("Major: {count}").format(count=f"<b>{counts.major}</b>")
        parts.append(f"<span style='color:{MAJOR}'>{major}</span>" if counts.major else major)
        if counts.waiting:
            parts.append(self.tr("Compensation waiting for a manager: {count}").format(
                count=f"<b>{counts.waiting}</b>"))
        self.counts.setText(" &nbsp;·&nbsp; ".join(parts))
        self.counts_value = counts

    def _select(self, complaint_id: int) -> bool:
        for source_row, row in enumerate(self.model.rows()):
            if row.id == complaint_id:
                index = self.proxy.mapFromSource(self.model.index(source_row, 0))
                self.view.setCurrentIndex(index)
                self.view.selectRow(index.row())
                return True
        self.view.clearSelection()
        return False

    def _row_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        row = self.model.row(self.proxy.mapToSource(current).row())
        if row.id != self.complaint_id:
            self.complaint_id = row.id
            self._load_detail()

    def _load_detail(self) -> None:
        self.handling.load(self.complaint_id)

    def show_complaint(self, complaint_id: int, *, reveal: bool = True) -> None:
        """Choose a complaint (from the manager's alert, after logging or changing it). With
        ``reveal`` the filters open up when they hide it; else it shows on the right anyway."""
        self.complaint_id = complaint_id
        if reveal and not any(row.id == complaint_id for row in self.model.rows()):
            self.clear_filters()
        self.refresh()

    def clear_filters(self) -> None:
        widgets: list[Any] = [self.search, self.status_filter, self.level_filter, self.category_filter,
                              self.room_filter, self.date_from, self.date_to, self.overdue_only]
        for widget in widgets:
            widget.blockSignals(True)
        self.search.clear()
        for combo in (self.status_filter, self.level_filter, self.category_filter, self.room_filter):
            combo.setCurrentIndex(0)
        self.date_from.setDate(ANY_DATE)
        self.date_to.setDate(ANY_DATE)
        self.overdue_only.setChecked(False)
        for widget in widgets:
            widget.blockSignals(False)
        self._search_timer.stop()
        self.refresh()

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    @property
    def rows(self) -> list[ComplaintRow]:
        """The rows as the list shows them, top to bottom."""
        return [self.model.row(self.proxy.mapToSource(self.proxy.index(i, Col.NUMBER)).row())
                for i in range(self.proxy.rowCount())]
