"""The manager's audit trail: entries newest first, filtered by business date,
user, workstation, kind of action and text, exported to Excel.

The filters run in the database (desk.audit_trail.search, at most MAX_ROWS
entries); the model holds each entry's texts, worked out once, so a few
thousand rows scroll without work per paint.
"""

from __future__ import annotations

import enum
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, QPersistentModelIndex, QSettings, Qt, QTimer
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk import audit_trail
from desk.audit import AuditRow
from desk.audit_trail import MAX_ROWS, TrailFilter
from desk.errors import DeskError
from desk.hoteltime import local
from desk.paths import exports_dir
from desk.settings import HotelInfo, hotel_info
from ui.i18n import error_text
from ui.ops import Ops
from ui.widgets import MessageBar, make_table

Index = QModelIndex | QPersistentModelIndex
DAYS_SHOWN = 7  # the business dates the window opens on, up to today's
SEARCH_DELAY_MS = 250  # typing in the search waits this long before asking the database
WHAT_MIN_WIDTH = 280


class Col(enum.IntEnum):
    NUMBER = 0
    TIME = 1
    USER = 2
    ACTION = 3
    WHAT = 4  # takes the width left (at least WHAT_MIN_WIDTH); the others keep theirs
    RECORD = 5
    WORKSTATION = 6
    BUSINESS_DATE = 7


class AuditTrailModel(QAbstractTableModel):
    """Audit entries as given (newest first); read-only."""

    def __init__(self, parent: Any = None, *, timezone: str = "UTC") -> None:
        super().__init__(parent)
        self.timezone = timezone
        self._rows: list[AuditRow] = []
        self._texts: list[tuple[str, ...]] = []
        self._titles = {
            Col.NUMBER: self.tr("No."), Col.TIME: self.tr("Time"), Col.BUSINESS_DATE: self.tr("Business date"),
            Col.USER: self.tr("User"), Col.WORKSTATION: self.tr("Workstation"), Col.ACTION: self.tr("Action"),
            Col.RECORD: self.tr("Record"), Col.WHAT: self.tr("What"),
        }

    def set_rows(self, rows: list[AuditRow]) -> None:
        self.beginResetModel()
        self._rows = rows
        self._texts = [self._row_texts(r) for r in rows]
        self.endResetModel()

    def _row_texts(self, r: AuditRow) -> tuple[str, ...]:
        record = f"{r.subject_kind} {r.subject_id}" if r.subject_id is not None else r.subject_kind
        return (str(r.id), local(r.at, self.timezone).isoformat(" ", "seconds")[:19], r.username, r.action,
                r.summary, record, r.workstation, r.business_date.isoformat())

    def rows(self) -> list[AuditRow]:
        return list(self._rows)

    def row(self, row: int) -> AuditRow:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Col)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal and 0 <= section < len(Col):
            return self._titles[Col(section)]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._texts):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._texts[index.row()][index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == Col.WHAT:
            return self._texts[index.row()][Col.WHAT]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == Col.NUMBER:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _choices(session: Any) -> tuple[list[str], list[str], list[str]]:
    return audit_trail.choices(session)


class AuditTrailDialog(QDialog):
    """Browse and export the audit trail (needs Permission.AUDIT_TRAIL; desk/ checks it)."""

    def __init__(self, parent: QWidget | None = None, *, ops: Ops) -> None:
        super().__init__(parent)
        self.ops = ops
        self.hotel: HotelInfo = ops.read(hotel_info)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._setup_ui()
        self._fill_choices()
        self.search()

    # -- building ------------------------------------------------------------------
    def _setup_ui(self) -> None:
        self.setWindowTitle(self.tr("Audit trail"))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        parent = self.parentWidget()
        if parent is not None and parent.isVisible():  # nearly the main window's size: the entries need width
            self.resize(max(960, parent.width() - 60), max(600, parent.height() - 60))
        else:
            self.resize(1180, 700)
        self.setMinimumSize(900, 480)
        self.message = MessageBar(self)
        today = self.hotel.business_date
        self.date_from = QDateEdit(_qdate(today - timedelta(days=DAYS_SHOWN - 1)))
        self.date_to = QDateEdit(_qdate(today))
        for edit, name in ((self.date_from, "date_from"), (self.date_to, "date_to")):
            edit.setObjectName(name)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setCalendarPopup(True)
        self.user = QComboBox()
        self.user.setObjectName("user")
        self.workstation = QComboBox()
        self.workstation.setObjectName("workstation")
        self.action = QComboBox()
        self.action.setObjectName("action")
        for box in (self.user, self.workstation, self.action):
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            box.setMinimumContentsLength(10)
        self.text = QLineEdit()
        self.text.setObjectName("text")
        self.text.setMaxLength(100)
        self.text.setClearButtonEnabled(True)
        self.text.setPlaceholderText(self.tr("words in the entry, a room or reservation number…"))
        self.clear_button = QPushButton(self.tr("Clear filters"))
        self.clear_button.setObjectName("button_clear")

        filters = QGridLayout()
        filters.setHorizontalSpacing(8)
        dates = QHBoxLayout()
        dates.setSpacing(6)
        dates.addWidget(self.date_from)
        dates.addWidget(QLabel(self.tr("to")))
        dates.addWidget(self.date_to)
        dates.addStretch(1)
        filters.addWidget(QLabel(self.tr("Business date")), 0, 0)
        filters.addLayout(dates, 0, 1)
        filters.addWidget(QLabel(self.tr("User")), 0, 2)
        filters.addWidget(self.user, 0, 3)
        filters.addWidget(QLabel(self.tr("Workstation")), 0, 4)
        filters.addWidget(self.workstation, 0, 5)
        filters.addWidget(QLabel(self.tr("Search")), 1, 0)
        filters.addWidget(self.text, 1, 1)
        filters.addWidget(QLabel(self.tr("Kind")), 1, 2)
        filters.addWidget(self.action, 1, 3)
        filters.addWidget(self.clear_button, 1, 5, Qt.AlignmentFlag.AlignLeft)
        filters.setColumnStretch(1, 1)

        self.model = AuditTrailModel(self, timezone=self.hotel.timezone)
        self.view = make_table(self.model, self)
        self.view.setObjectName("audit_trail")
        rows = self.view.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # no measuring of thousands of rows
        rows.setDefaultSectionSize(self.view.fontMetrics().height() + 8)
        self._set_column_widths()
        self.detail = QLabel()
        self.detail.setObjectName("Hint")
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setMinimumHeight(2 * self.detail.fontMetrics().lineSpacing() + 4)

        self.count = QLabel()
        self.count.setObjectName("count")
        self.export_button = QPushButton(self.tr("Export to Excel…"))
        self.export_button.setObjectName("button_export")
        refresh = QPushButton(self.tr("Refresh"))
        refresh.setObjectName("button_refresh")
        refresh.setToolTip(self.tr("Search again, with what was done since (F5)"))
        close = QPushButton(self.tr("Close"))
        for button in (self.clear_button, self.export_button, refresh, close):
            button.setAutoDefault(False)  # Return in the search searches; it clicks nothing
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        bottom.addWidget(refresh)
        bottom.addWidget(self.export_button)
        bottom.addSpacing(12)
        bottom.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.detail)
        layout.addLayout(bottom)

        self._search_timer.timeout.connect(self.search)
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(self._search_soon)
        for box in (self.user, self.workstation, self.action):
            box.currentIndexChanged.connect(self._search_soon)
        self.text.textChanged.connect(self._search_soon)
        self.text.returnPressed.connect(self.search)
        self.clear_button.clicked.connect(self.clear_filters)
        refresh.clicked.connect(self.search)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self, self.search)
        self.export_button.clicked.connect(lambda: self.export())
        self.view.selectionModel().currentRowChanged.connect(self._show_detail)
        close.clicked.connect(self.accept)

    def _set_column_widths(self) -> None:
        metrics = self.view.fontMetrics()
        header = self.view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(40)
        samples = {Col.NUMBER: "000000", Col.TIME: "2026-11-20 23:59:59", Col.BUSINESS_DATE: "2026-11-20",
                   Col.USER: "housekeeping", Col.WORKSTATION: "FRONT-1", Col.ACTION: "complaint.compensate",
                   Col.RECORD: "complaint 100"}
        for column, sample in samples.items():
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            width = max(metrics.horizontalAdvance(sample), metrics.horizontalAdvance(title) + 8) + 20
            header.resizeSection(column, width)

    def _fit_what_column(self) -> None:
        header = self.view.horizontalHeader()
        others = sum(header.sectionSize(column) for column in Col if column != Col.WHAT)
        header.resizeSection(Col.WHAT, max(WHAT_MIN_WIDTH, self.view.viewport().width() - others))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_what_column()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_what_column()

    def _show_detail(self, current: QModelIndex, _previous: QModelIndex | None = None) -> None:
        """The chosen entry in full, its text wrapped (the list cuts long ones)."""
        if not current.isValid():
            self.detail.setText(self.tr("Choose an entry to see it in full."))
            return
        texts = [self.model.index(current.row(), column).data() for column in Col]
        self.detail.setText(self.tr("No. {number} · {time} · business date {date} · {user} at {workstation} · "
                                    "{action} · {record}\n{what}").format(
            number=texts[Col.NUMBER], time=texts[Col.TIME], date=texts[Col.BUSINESS_DATE], user=texts[Col.USER],
            workstation=texts[Col.WORKSTATION], action=texts[Col.ACTION], record=texts[Col.RECORD],
            what=texts[Col.WHAT]))

    def _family_name(self, family: str) -> str:
        names = {
            "audit": self.tr("Audit trail exports"), "complaint": self.tr("Complaints"),
            "day": self.tr("Day close"), "duty": self.tr("Duty log"), "folio": self.tr("Folio postings"),
            "guest": self.tr("Guest data"), "holiday": self.tr("Holidays"), "hotel": self.tr("Hotel"),
            "housekeeping": self.tr("Housekeeping report"), "reservation": self.tr("Reservations"),
            "room": self.tr("Room status"), "settings": self.tr("Hotel rules"), "shift": self.tr("Cashier shifts"),
            "stay": self.tr("Check-in and check-out"), "user": self.tr("Users and log-ins"),
        }
        return names.get(family, family)

    def _fill_choices(self) -> None:
        try:
            users, stations, families = self.ops.read(_choices)
        except DeskError as error:
            self.message.show_error(error_text(error))
            users, stations, families = [], [], []
        lists = ((self.user, self.tr("Everyone"), [(u, u) for u in users]),
                 (self.workstation, self.tr("All workstations"), [(s, s) for s in stations]),
                 (self.action, self.tr("Every kind"),
                  sorted(((self._family_name(f), f) for f in families), key=lambda item: item[0].lower())))
        for box, everything, items in lists:
            chosen = box.currentData()
            box.blockSignals(True)
            box.clear()
            box.addItem(everything, "")
            for text, value in items:
                box.addItem(text, value)
            box.setCurrentIndex(max(0, box.findData(chosen)))
            box.blockSignals(False)

    # -- searching -----------------------------------------------------------------
    @property
    def filters(self) -> TrailFilter:
        start, end = self.date_from.date().toPython(), self.date_to.date().toPython()
        assert isinstance(start, date) and isinstance(end, date)
        return TrailFilter(date_from=start, date_to=end, username=str(self.user.currentData() or ""),
                           workstation=str(self.workstation.currentData() or ""),
                           action=str(self.action.currentData() or ""), text=self.text.text())

    def _search_soon(self, *_args: object) -> None:
        self._search_timer.start()

    def search(self) -> None:
        """Ask the database again with the filters as they stand."""
        self._search_timer.stop()
        try:
            rows = self.ops.read(audit_trail.search, actor=self.ops.actor, filters=self.filters)
        except DeskError as error:
            self.message.show_error(error_text(error))
            rows = []
        else:
            if self.message.kind == "error":
                self.message.hide()
        self.model.set_rows(rows)
        self._show_detail(QModelIndex())
        self.export_button.setEnabled(bool(rows))
        if len(rows) >= MAX_ROWS:
            self.count.setText(self.tr("Entries: the newest {count}; narrow the filters to see older ones.").format(
                count=f"{len(rows):,}"))
        else:
            self.count.setText(self.tr("Entries: {count}").format(count=f"{len(rows):,}"))

    def clear_filters(self) -> None:
        for widget in (self.date_from, self.date_to, self.user, self.workstation, self.action, self.text):
            widget.blockSignals(True)
        today = self.hotel.business_date
        self.date_from.setDate(_qdate(today - timedelta(days=DAYS_SHOWN - 1)))
        self.date_to.setDate(_qdate(today))
        for box in (self.user, self.workstation, self.action):
            box.setCurrentIndex(0)
        self.text.clear()
        for widget in (self.date_from, self.date_to, self.user, self.workstation, self.action, self.text):
            widget.blockSignals(False)
        self.search()

    # -- export --------------------------------------------------------------------
    def default_path(self, filters: TrailFilter) -> Path:
        folder = str(QSettings().value("audit/export_dir", "") or exports_dir())
        start = filters.date_from.isoformat() if filters.date_from else "start"
        end = filters.date_to.isoformat() if filters.date_to else "end"
        return Path(folder) / f"audit-trail-{start}-to-{end}.xlsx"

    def export(self) -> Path | None:
        """Ask where, then write the filtered trail (an audit entry itself); the path written, or None."""
        filters = self.filters
        chosen, _filter = QFileDialog.getSaveFileName(self, self.tr("Export the audit trail"),
                                                      str(self.default_path(filters)),
                                                      self.tr("Excel workbook (*.xlsx)"))
        if not chosen:
            return None
        path = Path(chosen if chosen.lower().endswith(".xlsx") else chosen + ".xlsx")
        QSettings().setValue("audit/export_dir", str(path.parent))
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            outcome = self.ops.run(audit_trail.export, kinds=frozenset({"audit"}), filters=filters, path=path)
        except OSError as error:
            self.message.show_error(self.tr("The workbook could not be written to {path}: {reason}").format(
                path=path, reason=error.strerror or error))
            return None
        finally:
            QApplication.restoreOverrideCursor()
        if not outcome:
            self.message.show_error(outcome.error)
            return None
        count = self.model.rowCount()
        self.search()  # the export is in the trail now
        self.message.show_info(self.tr("Exported {count} entries to {path}").format(count=f"{count:,}", path=path))
        return path
