"""The duty log on the Shift handover tab: this shift's entries and every open
item of the front desk, open major incidents first, overdue reports marked;
logging, closing and reporting through desk.shifts.duty."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QPushButton, QTableView, QVBoxLayout, QWidget

from desk.rooms.board import load_board
from desk.rooms.lookup import natural_key
from desk.shifts import duty
from desk.shifts.duty import CATEGORY_NAMES, DutyRow
from ui.frontdesk.models import Look, LookRowModel
from ui.i18n import desk_text
from ui.ops import Ops, Outcome
from ui.shifts.dialogs import CloseEntryDialog, DutyEntryDialog, ReportDialog, hint, plain
from ui.shifts.sheet import GREY, RED, when
from ui.table import Column
from ui.widgets import MessageBar, make_table

DUTY = frozenset({"duty"})
MAJOR_BACKGROUND, OVERDUE_BACKGROUND = "#fff4dc", "#fde8e8"


def duty_rows(session: Any, *, shift_id: int | None) -> list[DutyRow]:
    """The shift's entries and every open one, open major incidents first, then open, then by time."""
    rows = {row.id: row for row in duty.open_items(session)}
    if shift_id is not None:
        rows.update({row.id: row for row in duty.entries(session, shift_id=shift_id)})
    return sorted(rows.values(), key=lambda r: (not (r.open and r.major), not r.open, r.occurred_at))


def room_choices(session: Any) -> list[tuple[int, str]]:
    return [(tile.room_id, tile.number) for tile in sorted(load_board(session).tiles,
                                                               key=lambda t: natural_key(t.number))]


class DutyLogPage(QWidget):
    def __init__(self, ops: Ops, message: MessageBar, *, timezone: Callable[[], str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.message = message
        self._timezone = timezone
        self.today: date | None = None
        self.shift_id: int | None = None
        self._setup_ui()

    def _setup_ui(self) -> None:
        columns: list[Column[DutyRow]] = [
            Column(self.tr("Major"), lambda r: self.tr("MAJOR") if r.major else ""),
            Column(self.tr("Time"), lambda r: self._time(r)),
            Column(self.tr("Category"), lambda r: desk_text(CATEGORY_NAMES[r.category])),
            Column(self.tr("Room"), lambda r: r.room_number),
            Column(self.tr("Clerk"), lambda r: r.clerk),
            Column(self.tr("Report due"), lambda r: r.report_due.isoformat() if r.report_due else ""),
            Column(self.tr("Status"), self._status, tooltip=lambda r: r.resolution or r.report[:300]),
            Column(self.tr("What happened"), lambda r: r.text, tooltip=lambda r: r.text),
        ]
        self.model: LookRowModel[DutyRow] = LookRowModel(columns, self, look=self._look)
        self.view = make_table(self.model, self)
        self.view.setObjectName("duty_log")
        self.view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(len(columns) - 1, QHeaderView.ResizeMode.Stretch)
        self.view.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        self.view.doubleClicked.connect(lambda _i: self._close_or_report())

        self.buttons: dict[str, QPushButton] = {}
        for key, text, keys in (("log", self.tr("Log entry…"), "Ctrl+N"), ("close", self.tr("Close entry…"), ""),
                                ("report", self.tr("Attach report…"), "")):
            button = QPushButton(text)
            button.setObjectName(f"button_{key}")
            if keys:
                button.setToolTip(QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText))
                QShortcut(QKeySequence(keys), self, button.click, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.buttons[key] = button
        self.buttons["log"].clicked.connect(self.log_entry)
        self.buttons["close"].clicked.connect(self.close_entry)
        self.buttons["report"].clicked.connect(self.attach_report)
        self.counts = hint()
        row = QHBoxLayout()
        row.addWidget(self.counts, 1)
        for button in self.buttons.values():
            row.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addLayout(row)

    # -- columns ------------------------------------------------------------------------
    def _time(self, row: DutyRow) -> str:
        return when(row.occurred_at, self._timezone())[5:]

    def _status(self, row: DutyRow) -> str:
        if not row.open:
            return self.tr("closed: {what}").format(what=row.resolution) if row.resolution else self.tr("closed")
        if self.today is not None and row.report_overdue(self.today):
            return self.tr("report overdue")
        if row.major:
            return self.tr("open until its report")
        if self.shift_id is not None and row.shift_id != self.shift_id:
            return self.tr("open, from an earlier shift")
        return self.tr("open")

    def _look(self, row: DutyRow) -> Look:
        if not row.open:
            return Look(foreground=GREY)
        if row.major and self.today is not None and row.report_overdue(self.today):
            return Look(foreground=RED, background=OVERDUE_BACKGROUND, bold=True)
        if row.major:
            return Look(background=MAJOR_BACKGROUND, bold=True)
        return Look()

    # -- data ---------------------------------------------------------------------------
    def refresh(self, *, shift_id: int | None, today: date) -> None:
        """Reload; the chosen entry stays chosen."""
        chosen = self.selected()
        self.shift_id, self.today = shift_id, today
        rows = self.ops.read(duty_rows, shift_id=shift_id)
        self.view.selectionModel().blockSignals(True)
        self.model.set_rows(rows)
        if chosen is not None:
            for index, row in enumerate(rows):
                if row.id == chosen.id:
                    self.view.selectRow(index)
        self.view.selectionModel().blockSignals(False)
        open_rows = [r for r in rows if r.open]
        majors = sum(r.major for r in open_rows)
        overdue = sum(r.report_overdue(today) for r in open_rows)
        text = self.tr("%n open item(s)", "", len(open_rows))
        if majors:
            text += " · " + self.tr("%n major incident(s) waiting for a report", "", majors)
        if overdue:
            text += " · " + self.tr("%n report(s) overdue", "", overdue)
        self.counts.setText(text)
        self._update_buttons()

    def selected(self) -> DutyRow | None:
        index = self.view.currentIndex()
        if not index.isValid() or not self.view.selectionModel().isSelected(index):
            return None
        return self.model.row(index.row())

    def _update_buttons(self) -> None:
        row = self.selected()
        self.buttons["log"].setEnabled(self.shift_id is not None)
        self.buttons["log"].setToolTip("" if self.shift_id is not None else self.tr("Open a shift first."))
        self.buttons["close"].setEnabled(row is not None and row.open and not row.major)
        self.buttons["report"].setEnabled(row is not None and row.open and row.major)

    # -- actions --------------------------------------------------------------------------
    def _run(self, service: Callable[..., Any], **kwargs: Any) -> Outcome[Any]:
        return self.ops.run(service, kinds=DUTY, **kwargs)

    def log_entry(self) -> None:
        if self.shift_id is None:
            self.message.show_error(self.tr("Open a shift at this workstation before writing the duty log."))
            return
        dialog = DutyEntryDialog(self, timezone=self._timezone(), rooms=self.ops.read(room_choices),
                                 submit=lambda d: self._run(duty.log_entry, category=d.category_value,
                                                            text=plain(d.text), room_id=d.room_id,
                                                            major=d.major.isChecked(), occurred_at=d.occurred_at))
        if dialog.exec():
            text = self.tr("Major incident logged: its written report is due by tomorrow.") \
                if dialog.major.isChecked() else self.tr("Entry logged.")
            self.message.show_info(text)
        dialog.deleteLater()

    def _close_or_report(self) -> None:
        row = self.selected()
        if row is not None and row.open:
            (self.attach_report if row.major else self.close_entry)()

    def close_entry(self) -> None:
        row = self.selected()
        if row is None or not row.open or row.major:
            return
        dialog = CloseEntryDialog(self, row=row, timezone=self._timezone(), submit=lambda d: self._run(
            duty.close_entry, entry_id=row.id, resolution=d.resolution.text()))
        if dialog.exec():
            self.message.show_info(self.tr("Entry closed."))
        dialog.deleteLater()

    def attach_report(self) -> None:
        row = self.selected()
        if row is None or not row.open or not row.major:
            return
        dialog = ReportDialog(self, row=row, timezone=self._timezone(), submit=lambda d: self._run(
            duty.attach_report, entry_id=row.id, report=plain(d.report)))
        if dialog.exec():
            self.message.show_info(self.tr("Report attached; the incident is closed."))
        dialog.deleteLater()

