"""The day close's checklist: open items grouped by kind, each one a link to
the tab where it is fixed; guaranteed no-shows listed apart, as charged."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from desk.dayclose.checklist import KIND_NAMES, Item, ItemKind
from ui.i18n import desk_text

ITEM_ROLE = Qt.ItemDataRole.UserRole
# Things to do first; the no-shows last: nothing to do, the close charges them.
ORDER = (ItemKind.ARRIVAL, ItemKind.DEPARTURE, ItemKind.SHIFT, ItemKind.COMPLAINT, ItemKind.NO_SHOW)
LINK = "#2f6fdb"
CHARGED = "#92400e"


def open_items(items: list[Item]) -> list[Item]:
    """What stops a close without a reason (no-shows do not: the close charges them)."""
    return [item for item in items if item.kind is not ItemKind.NO_SHOW]


class ChecklistTree(QTreeWidget):
    """``item_chosen(item)``: an item was clicked (or Enter pressed on it)."""

    item_chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Checklist")
        self.setColumnCount(2)
        self.setHeaderLabels([self.tr("Item"), self.tr("Where it is fixed")])
        self.setRootIsDecorated(True)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setMouseTracking(True)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tab_names = {
            "reservations": self.tr("Reservations"), "front_desk": self.tr("Front desk"),
            "shifts": self.tr("Shift handover"), "complaints": self.tr("Complaints"),
        }
        self.itemClicked.connect(self._clicked)
        self.itemActivated.connect(self._clicked)

    def show_items(self, items: list[Item]) -> None:
        self.clear()
        bold = QFont(self.font())
        bold.setBold(True)
        for kind in ORDER:
            of_kind = [item for item in items if item.kind is kind]
            if not of_kind:
                continue
            group = QTreeWidgetItem(self, [self.tr("{what} ({count})").format(what=desk_text(KIND_NAMES[kind]),
                                                                              count=len(of_kind))])
            group.setFont(0, bold)
            group.setFirstColumnSpanned(True)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for item in of_kind:
                tab = self.tab_names[item.tab]
                where = self.tr("will be charged") if kind is ItemKind.NO_SHOW else f"{tab} ›"
                row = QTreeWidgetItem(group, [item.text, where])
                row.setData(0, ITEM_ROLE, item)
                row.setForeground(1, QBrush(QColor(CHARGED if kind is ItemKind.NO_SHOW else LINK)))
                row.setToolTip(0, self.tr("Click to open it in {tab}").format(tab=tab))
                row.setToolTip(1, row.toolTip(0))
            group.setExpanded(True)

    def item_rows(self) -> list[QTreeWidgetItem]:
        """Every item's row, top to bottom (the groups left out)."""
        groups = [self.topLevelItem(g) for g in range(self.topLevelItemCount())]
        return [row for group in groups if group is not None
                for row in (group.child(c) for c in range(group.childCount())) if row is not None]

    def _clicked(self, row: QTreeWidgetItem, _column: int = 0) -> None:
        item = row.data(0, ITEM_ROLE)
        if isinstance(item, Item):
            self.item_chosen.emit(item)

    def mouseMoveEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        row = self.itemAt(event.position().toPoint())
        linked = row is not None and isinstance(row.data(0, ITEM_ROLE), Item)
        self.viewport().setCursor(Qt.CursorShape.PointingHandCursor if linked else Qt.CursorShape.ArrowCursor)
        super().mouseMoveEvent(event)
