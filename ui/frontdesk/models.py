"""Qt models of the Front desk tab: rows that carry a look (due out, reversed),
and the in-house filter by room or name."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, TypeVar

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from desk.frontdesk.queries import InHouseRow
from ui.table import Column, RowTableModel

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1


def money(amount: Decimal) -> str:
    """1234.5 -> '1,234.50' (amounts are Decimal; shown with two decimals)."""
    return f"{amount:,.2f}"


@dataclass(frozen=True, slots=True)
class Look:
    """How a row stands out: greyed, struck through, bold, a background."""

    foreground: str = ""
    background: str = ""
    strike: bool = False
    italic: bool = False
    bold: bool = False


PLAIN = Look()


class LookRowModel(RowTableModel[T]):
    """A RowTableModel whose rows may look different (``look(row)``) and sort by a key per column."""

    def __init__(self, columns: Sequence[Column[T]], parent: Any = None, *, look: Callable[[T], Look] | None = None,
                 sort_keys: dict[int, Callable[[T], Any]] | None = None) -> None:
        super().__init__(columns, parent)
        self._look = look or (lambda _row: PLAIN)
        self._sort_keys = dict(sort_keys or {})

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < self.rowCount()):
            return None
        if role == SORT_ROLE:
            key = self._sort_keys.get(index.column())
            return key(self.row(index.row())) if key else super().data(index, Qt.ItemDataRole.DisplayRole)
        if role in (Qt.ItemDataRole.FontRole, Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.BackgroundRole):
            look = self._look(self.row(index.row()))
            if role == Qt.ItemDataRole.FontRole and (look.strike or look.italic or look.bold):
                font = QFont()
                font.setStrikeOut(look.strike)
                font.setItalic(look.italic)
                font.setBold(look.bold)
                return font
            if role == Qt.ItemDataRole.ForegroundRole and look.foreground:
                return QBrush(QColor(look.foreground))
            if role == Qt.ItemDataRole.BackgroundRole and look.background:
                return QBrush(QColor(look.background))
            return None
        return super().data(index, role)


def in_house_matches(row: InHouseRow, text: str) -> bool:
    return row.room_number.casefold().startswith(text) or text in row.guest_name.casefold()


class InHouseFilter(QSortFilterProxyModel):
    """Keeps the rows that match the typed text (by default: in-house rows whose
    room starts with, or guest name contains, it)."""

    def __init__(self, parent: Any = None, matches: Callable[[Any, str], bool] = in_house_matches) -> None:
        super().__init__(parent)
        self._text = ""
        self._matches = matches
        self.setSortRole(SORT_ROLE)

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._text = text.strip().casefold()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self._text:
            return True
        model = self.sourceModel()
        assert isinstance(model, RowTableModel)
        return self._matches(model.row(source_row), self._text)
