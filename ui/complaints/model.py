"""The complaint list's Qt model: overdue rows on a red ground with the word
"OVERDUE" in the due column, major ones named so in the level column."""

from __future__ import annotations

import enum
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from desk.complaints.names import CATEGORY_NAMES, LEVEL_NAMES, MAJOR_REASON_NAMES, OVERDUE_NAMES, STATUS_NAMES
from desk.complaints.queries import ComplaintRow
from desk.models import ComplaintStatus
from ui.complaints.common import DONE, MAJOR, OVERDUE, OVERDUE_BACKGROUND, short_when, when
from ui.frontdesk.models import Look, LookRowModel
from ui.i18n import desk_text
from ui.table import Column

Index = QModelIndex | QPersistentModelIndex


class Col(enum.IntEnum):
    NUMBER = 0
    RECEIVED = 1
    LEVEL = 2
    CATEGORY = 3
    ROOM = 4
    COMPLAINANT = 5
    STATUS = 6
    HANDLER = 7
    DUE = 8


class ComplaintModel(LookRowModel[ComplaintRow]):
    """Rows in the order desk gives them (overdue first); sortable by any column."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__([], parent, look=self._look, sort_keys={
            Col.RECEIVED: lambda r: r.received_at.timestamp(),
            Col.DUE: lambda r: r.next_due.timestamp() if r.next_due else float("inf"),  # nothing due: last
        })
        self.timezone = "UTC"  # the hotel's, set by the tab
        self._columns: list[Column[ComplaintRow]] = [
            Column(self.tr("No."), lambda r: r.number, tooltip=lambda r: r.summary),
            Column(self.tr("Received"), lambda r: short_when(r.received_at, self.timezone),
                   tooltip=lambda r: when(r.received_at, self.timezone)),
            Column(self.tr("Level"), self._level, tooltip=self._major_reasons),
            Column(self.tr("Category"), lambda r: desk_text(CATEGORY_NAMES[r.category])),
            Column(self.tr("Room"), lambda r: r.room_number),
            Column(self.tr("Complainant"), lambda r: r.complainant or (self.tr("anonymous") if r.anonymous else ""),
                   tooltip=lambda r: r.phone),
            Column(self.tr("Status"), lambda r: desk_text(STATUS_NAMES[r.status])),
            Column(self.tr("Handler"), lambda r: r.handler_name or (self.tr("nobody yet") if r.active else "")),
            Column(self.tr("Due"), self._due, tooltip=self._late),
        ]

    def _level(self, row: ComplaintRow) -> str:
        level = desk_text(LEVEL_NAMES[row.level])
        return self.tr("{level} · MAJOR").format(level=level) if row.major else level

    def _major_reasons(self, row: ComplaintRow) -> str:
        return ", ".join(desk_text(MAJOR_REASON_NAMES[reason]) for reason in row.major_reasons)

    def _due(self, row: ComplaintRow) -> str:
        due = short_when(row.next_due, self.timezone)
        if row.is_overdue:
            return self.tr("OVERDUE {due}").format(due=due).strip()
        return due

    def _late(self, row: ComplaintRow) -> str:
        return ", ".join(desk_text(OVERDUE_NAMES[part]) for part in row.overdue)

    @staticmethod
    def _look(row: ComplaintRow) -> Look:
        if row.is_overdue:
            return Look(background=OVERDUE_BACKGROUND)
        if row.status is ComplaintStatus.CLOSED:
            return Look(foreground=DONE)
        return Look()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and 0 <= index.row() < self.rowCount() and role in (
                Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole):
            row = self.row(index.row())
            colour = OVERDUE if index.column() == Col.DUE and row.is_overdue else \
                MAJOR if index.column() == Col.LEVEL and row.major else ""
            if colour:
                if role == Qt.ItemDataRole.ForegroundRole:
                    return QBrush(QColor(colour))
                font = QFont()
                font.setBold(True)
                return font
        return super().data(index, role)
