"""The board's Qt models: floors and tiles as one list, and the filter over it.

The list holds a header item per floor followed by that floor's tiles; the
view lays them out left to right and a header, as wide as the view, starts
each floor on a new line.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor

from desk.rooms.board import RoomTile
from desk.rooms.codes import StatusCode

Index = QModelIndex | QPersistentModelIndex

# Colours of the codes, chosen to be told apart also by people with the
# common red-green weakness (the code is always printed on the tile too).
CODE_COLOURS: dict[StatusCode, str] = {
    StatusCode.VI: "#1a7f37",
    StatusCode.VC: "#56b36b",
    StatusCode.VD: "#d98a00",
    StatusCode.OC: "#2f6fdb",
    StatusCode.OD: "#7b4fd1",
    StatusCode.OOO: "#c62828",
    StatusCode.OOS: "#6b7280",
}
CODE_ORDER = (StatusCode.VI, StatusCode.VC, StatusCode.VD, StatusCode.OC, StatusCode.OD, StatusCode.OOO,
              StatusCode.OOS)


class Marker(enum.StrEnum):
    """Filters beside the codes."""

    DUE_OUT = "due_out"
    ARRIVAL = "arrival"
    DISCREPANCY = "discrepancy"


# Marker colours, apart from every code colour: near-black for due out, teal for
# an assigned arrival, magenta for a housekeeping discrepancy (not the OOO red),
# burnt orange for an overdue complaint about the room.
MARKER_COLOURS: dict[str, str] = {
    "due_out": "#1f2937",
    "arrival": "#0f766e",
    "discrepancy": "#c026d3",
    "complaint": "#c2410c",
}


class Role(enum.IntEnum):
    TILE = Qt.ItemDataRole.UserRole + 1  # the RoomTile, or None on a floor header
    FLOOR = Qt.ItemDataRole.UserRole + 2
    HEADER_TEXT = Qt.ItemDataRole.UserRole + 3
    OVERDUE_COMPLAINT = Qt.ItemDataRole.UserRole + 4  # bool: an overdue complaint about the room


@dataclass(frozen=True, slots=True)
class FloorHeader:
    floor: int
    rooms: int


Item = RoomTile | FloorHeader


def colour(code: StatusCode) -> QColor:
    return QColor(CODE_COLOURS[code])


class BoardModel(QAbstractListModel):
    """Floor headers and room tiles, from a tuple of immutable RoomTiles."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: list[Item] = []
        self._row_of_room: dict[int, int] = {}
        self._complaint_rooms: frozenset[int] = frozenset()
        self.floor_label = "Floor {floor}"
        self.max_per_floor = 0  # rooms on the fullest floor: the tile width follows it

    def set_tiles(self, tiles: Sequence[RoomTile]) -> None:
        """Replace the content (tiles sorted by floor, then number)."""
        items: list[Item] = []
        per_floor: dict[int, int] = {}
        for tile in tiles:
            per_floor[tile.floor] = per_floor.get(tile.floor, 0) + 1
        self.max_per_floor = max(per_floor.values(), default=0)
        current: int | None = None
        for tile in tiles:
            if tile.floor != current:
                current = tile.floor
                items.append(FloorHeader(tile.floor, per_floor[tile.floor]))
            items.append(tile)
        if self._same_layout(items):
            # Same rooms in the same places: repaint changed data without a re-layout.
            changed = [row for row, item in enumerate(items) if item != self._items[row]]
            self._items = items
            for row in changed:
                index = self.index(row)
                self.dataChanged.emit(index, index)
            return
        self.beginResetModel()
        self._items = items
        self._row_of_room = {item.room_id: row for row, item in enumerate(items) if isinstance(item, RoomTile)}
        self.endResetModel()

    def set_complaint_rooms(self, room_ids: set[int] | frozenset[int]) -> None:
        """The rooms with an overdue complaint; their tiles repaint."""
        room_ids = frozenset(room_ids)
        for room_id in room_ids ^ self._complaint_rooms:
            row = self._row_of_room.get(room_id)
            if row is not None:
                self.dataChanged.emit(self.index(row), self.index(row))
        self._complaint_rooms = room_ids

    def has_overdue_complaint(self, room_id: int) -> bool:
        return room_id in self._complaint_rooms

    def _same_layout(self, items: list[Item]) -> bool:
        if len(items) != len(self._items):
            return False
        return all(
            type(a) is type(b) and (a.floor == b.floor if isinstance(a, FloorHeader) else a.room_id == b.room_id)  # type: ignore[union-attr]
            for a, b in zip(items, self._items, strict=True)
        )

    def tiles(self) -> Iterable[RoomTile]:
        return (item for item in self._items if isinstance(item, RoomTile))

    def row_of_room(self, room_id: int) -> int | None:
        return self._row_of_room.get(room_id)

    def item(self, row: int) -> Item:
        return self._items[row]

    # -- QAbstractListModel ---------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        if isinstance(item, FloorHeader):
            if role == Role.FLOOR:
                return item.floor
            if role == Role.HEADER_TEXT:
                return self.floor_label.format(floor=item.floor, rooms=item.rooms)
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return item.number
        if role == Role.TILE:
            return item
        if role == Role.FLOOR:
            return item.floor
        if role == Role.OVERDUE_COMPLAINT:
            return item.room_id in self._complaint_rooms
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{item.number} {item.code.value}"
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if isinstance(self._items[index.row()], FloorHeader):
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class BoardFilter(QSortFilterProxyModel):
    """Shows the tiles matching floor, type and state; a floor's header only
    while one of its rooms shows."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.floor: int | None = None
        self.type_code: str | None = None
        self.states: frozenset[str] = frozenset()  # StatusCode values and Marker values; empty = all
        self._floors_shown: set[int] = set()

    def set_filter(self, *, floor: int | None, type_code: str | None, states: frozenset[str]) -> None:
        self.floor, self.type_code, self.states = floor, type_code, states
        self.refilter()

    def refilter(self) -> None:
        self.beginFilterChange()
        source = self.sourceModel()
        assert isinstance(source, BoardModel)
        self._floors_shown = {tile.floor for tile in source.tiles() if self.tile_matches(tile)}
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def tile_matches(self, tile: RoomTile) -> bool:
        if self.floor is not None and tile.floor != self.floor:
            return False
        if self.type_code is not None and tile.type_code != self.type_code:
            return False
        if not self.states:
            return True
        return (
            tile.code.value in self.states
            or (tile.due_out and Marker.DUE_OUT in self.states)
            or (tile.arrival_assigned and Marker.ARRIVAL in self.states)
            or (bool(tile.discrepancy) and Marker.DISCREPANCY in self.states)
        )

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        source = self.sourceModel()
        assert isinstance(source, BoardModel)
        item = source.item(source_row)
        if isinstance(item, FloorHeader):
            return item.floor in self._floors_shown
        return self.tile_matches(item)
