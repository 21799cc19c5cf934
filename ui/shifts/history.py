"""Past handovers: searched by business date and clerk, one shown as its
handover sheet, exported to Excel or printed."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QApplication,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desk.errors import DeskError
from desk.models import HandoverState
from desk.paths import exports_dir
from desk.settings import HotelInfo
from desk.shifts.export import export_handover
from desk.shifts.history import STATE_NAMES, HandoverDetail, HandoverRow, handover_detail, handovers
from ui.frontdesk.models import money
from ui.i18n import desk_text, error_text
from ui.ops import Ops
from ui.shifts.sheet import GREEN, GREY, SheetWriter, over_short, print_sheet, when
from ui.table import Column, Index, RowTableModel
from ui.widgets import MessageBar, make_table

DAYS_SHOWN = 14
DIFFERENCE_COLUMN, STATE_COLUMN = 4, 5


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class HandoverModel(RowTableModel[HandoverRow]):
    """Handovers; the over/short column and the state in colour."""

    def __init__(self, columns: list[Column[HandoverRow]], parent: Any, *, currency: str) -> None:
        super().__init__(columns, parent)
        self.currency = currency

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid() and index.row() < self.rowCount():
            row = self.row(index.row())
            if index.column() == DIFFERENCE_COLUMN:
                return QBrush(QColor(over_short(row.difference, self.currency)[1]))
            if index.column() == STATE_COLUMN:
                colour = GREEN if row.state is HandoverState.ACCEPTED else GREY
                return QBrush(QColor(colour))
        return super().data(index, role)


class HistoryPage(QWidget):
    """The handover history; ``hotel()`` gives the current hotel settings."""

    def __init__(self, ops: Ops, message: MessageBar, hotel: Callable[[], HotelInfo],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.message = message
        self._hotel = hotel
        self.detail: HandoverDetail | None = None
        self.html = ""
        self._setup_ui()

    def _setup_ui(self) -> None:
        info = self._hotel()
        tz = info.timezone
        today = info.business_date
        self.date_from = QDateEdit(qdate(today - timedelta(days=DAYS_SHOWN - 1)))
        self.date_to = QDateEdit(qdate(today))
        for edit, name in ((self.date_from, "date_from"), (self.date_to, "date_to")):
            edit.setObjectName(name)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setCalendarPopup(True)
        self.clerk = QLineEdit()
        self.clerk.setObjectName("clerk")
        self.clerk.setPlaceholderText(self.tr("clerk's name or user name, either side"))
        self.clerk.setClearButtonEnabled(True)
        self.search_button = QPushButton(self.tr("Search"))
        self.search_button.setObjectName("button_search")
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Business date from")))
        filters.addWidget(self.date_from)
        filters.addWidget(QLabel(self.tr("to")))
        filters.addWidget(self.date_to)
        filters.addSpacing(12)
        filters.addWidget(QLabel(self.tr("Clerk")))
        filters.addWidget(self.clerk, 1)
        filters.addWidget(self.search_button)

        currency = info.currency
        columns: list[Column[HandoverRow]] = [
            Column(self.tr("Date"), lambda r: r.business_date.isoformat()),
            Column(self.tr("Handed over"), lambda r: f"{self._outgoing(r)} · {when(r.prepared_at, tz)[11:]}",
                   tooltip=lambda r: when(r.prepared_at, tz)),
            Column(self.tr("Taken over"), lambda r: f"{r.incoming} · {when(r.accepted_at, tz)[11:]}"
                   if r.accepted_at else r.incoming, tooltip=lambda r: when(r.accepted_at, tz)),
            Column(self.tr("Counted ({currency})").format(currency=currency), lambda r: money(r.counted_cash),
                   Qt.AlignmentFlag.AlignRight, tooltip=lambda r: self.tr("Expected {amount}").format(
                       amount=money(r.expected_cash))),
            Column(self.tr("Over / short"), lambda r: f"{r.difference:+,.2f}" if r.difference else "0.00",
                   Qt.AlignmentFlag.AlignRight, tooltip=lambda r: over_short(r.difference, currency)[0]),
            Column(self.tr("Status"), self._state_text, tooltip=lambda r: r.disagreement),
            Column(self.tr("Workstation"), lambda r: r.workstation),
        ]
        self.model = HandoverModel(columns, self, currency=currency)
        self.view = make_table(self.model, self)
        self.view.setObjectName("handovers")
        self.view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.view.selectionModel().selectionChanged.connect(lambda *_a: self._show_selected())
        self.sheet = QTextBrowser()
        self.sheet.setObjectName("HandoverSheet")
        self.export_button = QPushButton(self.tr("Export to Excel…"))
        self.export_button.setObjectName("button_export")
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setObjectName("button_print")
        actions = QHBoxLayout()
        actions.addStretch(1)
        actions.addWidget(self.export_button)
        actions.addWidget(self.print_button)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.sheet, 1)
        right_layout.addLayout(actions)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.view)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([780, 480])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)

        self.search_button.clicked.connect(self.search)
        self.clerk.returnPressed.connect(self.search)
        self.export_button.clicked.connect(lambda: self.export())
        self.print_button.clicked.connect(self.print_sheet)
        self._update_buttons()

    def _outgoing(self, row: HandoverRow) -> str:
        if row.prepared_by == row.clerk:
            return row.clerk
        return self.tr("{who} for {clerk}").format(who=row.prepared_by, clerk=row.clerk)

    def _state_text(self, row: HandoverRow) -> str:
        text = desk_text(STATE_NAMES[row.state])
        return text + " · " + self.tr("disagreement") if row.disagreement else text

    # -- data ----------------------------------------------------------------------
    def search(self) -> None:
        """Run the search; the chosen handover stays chosen when it is still listed."""
        chosen = self.detail.row.id if self.detail is not None else None
        start, end = self.date_from.date().toPython(), self.date_to.date().toPython()
        rows = self.ops.read(handovers, date_from=start, date_to=end, clerk=self.clerk.text())
        self.view.selectionModel().blockSignals(True)
        self.model.set_rows(rows)
        self.view.selectionModel().blockSignals(False)
        self.view.resizeColumnsToContents()
        if not (chosen is not None and self.select(chosen)) and rows:
            self.view.selectRow(0)
        self._show_selected()

    def follow_business_date(self, old: date, new: date) -> None:
        """The day was closed: a search that ended on the old business date now ends on the new one."""
        if self.date_to.date().toPython() == old:
            self.date_to.setDate(qdate(new))

    def select(self, handover_id: int) -> bool:
        for row, item in enumerate(self.model.rows()):
            if item.id == handover_id:
                self.view.selectRow(row)
                return True
        return False

    def selected(self) -> HandoverRow | None:
        index = self.view.currentIndex()
        if not index.isValid() or not self.view.selectionModel().isSelected(index):
            return None
        return self.model.row(index.row())

    def _show_selected(self) -> None:
        row = self.selected()
        if row is None:
            self.detail, self.html = None, ""
            self.sheet.setHtml(f"<p style='color:{GREY}'>" + self.tr("Choose a handover on the left.") + "</p>")
        else:
            try:
                self.detail = self.ops.read(handover_detail, handover_id=row.id)
            except DeskError as error:
                self.message.show_error(error_text(error))
                self.detail = None
            info = self._hotel()
            writer = SheetWriter(self, currency=info.currency, timezone=info.timezone)
            self.html = writer.detail_html(self.detail, hotel=info.name) if self.detail else ""
            self.sheet.setHtml(self.html)
        self._update_buttons()

    def _update_buttons(self) -> None:
        for button in (self.export_button, self.print_button):
            button.setEnabled(self.detail is not None)

    # -- export and print ------------------------------------------------------------
    def default_path(self, row: HandoverRow) -> Path:
        workstation = re.sub(r"[^\w.-]+", "_", row.workstation) or "desk"
        at = when(row.prepared_at, self._hotel().timezone)[11:].replace(":", "")
        return exports_dir() / f"handover-{row.business_date.isoformat()}-{workstation}-{at}.xlsx"

    def export(self) -> Path | None:
        """Ask where, then write the chosen handover's sheet; the path written, or None."""
        if self.detail is None:
            return None
        row = self.detail.row
        chosen, _filter = QFileDialog.getSaveFileName(self, self.tr("Export the handover"),
                                                      str(self.default_path(row)),
                                                      self.tr("Excel workbook (*.xlsx)"))
        if not chosen:
            return None
        path = Path(chosen if chosen.lower().endswith(".xlsx") else chosen + ".xlsx")
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            written: Path = self.ops.read(export_handover, handover_id=row.id, path=path)
        except DeskError as error:
            self.message.show_error(error_text(error))
            return None
        except OSError as error:
            self.message.show_error(self.tr("The workbook could not be written to {path}: {reason}").format(
                path=path, reason=error.strerror or error))
            return None
        finally:
            QApplication.restoreOverrideCursor()
        self.message.show_info(self.tr("Handover exported: {path}").format(path=written))
        return written

    def print_sheet(self) -> None:
        if self.html:
            print_sheet(self.html, self)
