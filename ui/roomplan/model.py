"""The room plan's Qt model: rooms as rows, days as columns, over one
immutable ``RoomPlan`` (no database access, no reference to a view).

A cell's data is the bar that holds the room that night. The view paints
bars from ``bars_of_row`` rather than cell by cell; the cell roles serve
tooltips, accessibility, keyboard navigation and tests.
"""

from __future__ import annotations

import enum
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QPersistentModelIndex, Qt, Signal

from desk.reservations.queries import GUARANTEE_NAMES
from desk.roomplan import STATE_NAMES, Bar, BarKind, BarState, PlanRoom, PlanType, RoomGroup, RoomPlan
from desk.rooms.codes import HK_NAMES
from ui.frontdesk.models import money
from ui.i18n import desk_text

Index = QModelIndex | QPersistentModelIndex

class Role(enum.IntEnum):
    BAR = Qt.ItemDataRole.UserRole + 1  # the Bar holding the room that night, or None
    ROOM = Qt.ItemDataRole.UserRole + 2  # the row's PlanRoom
    NIGHT = Qt.ItemDataRole.UserRole + 3  # the column's date


class RoomPlanModel(QAbstractTableModel):
    """Rows: the rooms, group after group. Columns: the days of the plan."""

    unassigned_changed = Signal()  # the counts of reservations without a room (not cell or header data)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.plan: RoomPlan | None = None
        self._rooms: list[PlanRoom] = []
        self._bars: list[tuple[Bar, ...]] = []
        self._spans: dict[int, list[tuple[int, int, Bar]]] = {}
        self._row_of_room: dict[int, int] = {}
        self._group_starts: dict[int, RoomGroup] = {}  # first row of each group -> the group
        self._types: dict[int, PlanType] = {}

    # -- content ----------------------------------------------------------------
    def set_plan(self, plan: RoomPlan) -> None:
        """Replace the content. Same rooms and days: only the rows whose bars
        changed are announced (a refresh repaints what changed, nothing else)."""
        rooms = list(plan.rooms)
        bars = [plan.bars_by_room[room.room_id] for room in rooms]
        old = self.plan
        same_grid = (old is not None and old.days == plan.days
                     and [r.room_id for r in self._rooms] == [r.room_id for r in rooms]
                     and [g.rooms[0].room_id for g in old.groups] == [g.rooms[0].room_id for g in plan.groups])
        if not same_grid:
            self.beginResetModel()
        self.plan = plan
        self._types = {t.id: t for t in plan.types}
        self._group_starts = {}
        row = 0
        for group in plan.groups:
            self._group_starts[row] = group
            row += len(group.rooms)
        self._spans = {}
        if not same_grid:
            self._rooms, self._bars = rooms, bars
            self._row_of_room = {room.room_id: i for i, room in enumerate(rooms)}
            self.endResetModel()
            return
        changed = [i for i, (a, b) in enumerate(zip(self._bars, bars, strict=True)) if a != b]
        restated = [i for i, (a, b) in enumerate(zip(self._rooms, rooms, strict=True)) if a != b]
        self._rooms, self._bars = rooms, bars
        last = len(plan.days) - 1
        for first, stop in _runs(restated):
            self.headerDataChanged.emit(Qt.Orientation.Vertical, first, stop - 1)
        for first, stop in _runs(changed):
            self.dataChanged.emit(self.index(first, 0), self.index(stop - 1, last))
        assert old is not None
        if old.holidays != plan.holidays or old.business_date != plan.business_date:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, last)  # the days' tooltips
        if old.unassigned != plan.unassigned:
            self.unassigned_changed.emit()

    def room(self, row: int) -> PlanRoom:
        return self._rooms[row]

    def spans_of_row(self, row: int) -> list[tuple[int, int, Bar]]:
        """The row's bars with the columns of their first day and of the day
        the room is free again (negative or past the end outside the plan)."""
        spans = self._spans.get(row)
        if spans is None:  # worked out when a row is first painted, not for all 500 at every refresh
            assert self.plan is not None
            start = self.plan.start
            spans = self._spans[row] = [((b.start - start).days, (b.end - start).days, b) for b in self._bars[row]]
        return spans

    def bars_of_row(self, row: int) -> tuple[Bar, ...]:
        """The row's bars, by start date (blocks first on the same day)."""
        return self._bars[row]

    def row_of_room(self, room_id: int) -> int | None:
        return self._row_of_room.get(room_id)

    def group_starting_at(self, row: int) -> RoomGroup | None:
        return self._group_starts.get(row)

    def room_type(self, type_id: int) -> PlanType | None:
        return self._types.get(type_id)

    def day(self, column: int) -> date:
        assert self.plan is not None
        return self.plan.days[column]

    def column_of(self, day: date) -> int:
        """The column of ``day`` (negative or past the end when outside the plan)."""
        assert self.plan is not None
        return (day - self.plan.start).days

    def bar_at(self, row: int, night: date) -> Bar | None:
        """The bar holding the room on ``night``: a guest or reservation before a block."""
        found = None
        for bar in self._bars[row]:
            if bar.start <= night < bar.end:
                if bar.kind is not BarKind.BLOCK:
                    return bar
                found = found or bar
        return found

    def find(self, key: tuple[BarKind, int]) -> tuple[int, Bar] | None:
        """Where a bar is now (after a refresh it may be in another row)."""
        for row, bars in enumerate(self._bars):
            for bar in bars:
                if bar.key == key:
                    return row, bar
        return None

    def unassigned(self, type_id: int, night: date) -> int:
        return self.plan.unassigned.get((type_id, night), 0) if self.plan is not None else 0

    # -- text ---------------------------------------------------------------------
    def state_text(self, bar: Bar) -> str:
        text = desk_text(STATE_NAMES[bar.state])
        if bar.state is BarState.GUARANTEED and bar.guarantee is not None:
            text = self.tr("{state} ({how})").format(state=text, how=desk_text(GUARANTEE_NAMES[bar.guarantee]))
        elif bar.state is BarState.NON_GUARANTEED and bar.hold_until is not None:
            text = self.tr("{state}, held until {time}").format(state=text,
                                                                time=bar.hold_until.astimezone().strftime("%H:%M"))
        return text

    def dates_text(self, bar: Bar) -> str:
        locale = QLocale()
        if bar.kind is BarKind.BLOCK:
            return self.tr("{start} to {end}").format(start=_day(locale, bar.start), end=_day(locale, bar.end))
        return self.tr("{arrival} → {departure}, %n night(s)", "", bar.nights).format(
            arrival=_day(locale, bar.start), departure=_day(locale, bar.departure))

    def party_text(self, bar: Bar) -> str:
        text = self.tr("%n adult(s)", "", bar.adults)
        if bar.children:
            text += self.tr(", %n child(ren)", "", bar.children)
        return text

    def tooltip(self, bar: Bar) -> str:
        """Dates, party size, rate and status, one fact a line."""
        if bar.kind is BarKind.BLOCK:
            return "\n".join((desk_text(STATE_NAMES[bar.state]).capitalize(), bar.name, self.dates_text(bar)))
        kind = self.room_type(bar.type_id)
        title = bar.name + (f" · {bar.confirmation}" if bar.confirmation else "")
        lines = [title, self.dates_text(bar),
                 self.tr("{party} · {rate} a night").format(party=self.party_text(bar),
                                                            rate=money(bar.rate) if bar.rate is not None else "–"),
                 self.tr("{state} · {type}").format(state=self.state_text(bar).capitalize(),
                                                    type=kind.code if kind else "")]
        if bar.end != bar.departure:
            lines.append(self.tr("Past the planned departure: the room stays taken tonight."))
        return "\n".join(lines)

    def describe(self, bar: Bar) -> str:
        """The selected bar in one line (the tooltip's facts)."""
        return " · ".join(self.tooltip(bar).split("\n"))

    def room_tooltip(self, room: PlanRoom) -> str:
        kind = self.room_type(room.type_id)
        return self.tr("Room {room} · {type} · {state}").format(
            room=room.number, type=f"{kind.code} {kind.name}" if kind else room.type_code,
            state=desk_text(HK_NAMES[room.hk_state]))

    # -- QAbstractTableModel ----------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rooms)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.plan is None else len(self.plan.days)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Vertical:
            if not 0 <= section < len(self._rooms):
                return None
            room = self._rooms[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return room.number
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.room_tooltip(room)
            return None
        if self.plan is None or not 0 <= section < len(self.plan.days):
            return None
        day = self.plan.days[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return day.isoformat()
        if role == Qt.ItemDataRole.ToolTipRole:
            holiday = self.plan.holidays.get(day)
            return f"{_day(QLocale(), day)}" + (f" · {holiday}" if holiday else "")
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.plan is None:
            return None
        row, column = index.row(), index.column()
        if not (0 <= row < len(self._rooms) and 0 <= column < len(self.plan.days)):
            return None
        if role == Role.ROOM:
            return self._rooms[row]
        night = self.plan.days[column]
        if role == Role.NIGHT:
            return night
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Role.BAR,
                        Qt.ItemDataRole.AccessibleTextRole):
            return None
        bar = self.bar_at(row, night)
        if role == Role.BAR:
            return bar
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(bar) if bar is not None else None
        if role == Qt.ItemDataRole.AccessibleTextRole:
            room = self._rooms[row].number
            return f"{room} {night.isoformat()} " + (self.describe(bar) if bar is not None else self.tr("free"))
        return bar.name if bar is not None else ""

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def _day(locale: QLocale, day: date) -> str:
    return f"{locale.dayName(day.isoweekday(), QLocale.FormatType.ShortFormat)} {day.isoformat()}"


def _runs(rows: list[int]) -> list[tuple[int, int]]:
    """[1, 2, 3, 7] -> [(1, 4), (7, 8)]: consecutive rows as half-open ranges."""
    runs: list[tuple[int, int]] = []
    for row in rows:
        if runs and runs[-1][1] == row:
            runs[-1] = (runs[-1][0], row + 1)
        else:
            runs.append((row, row + 1))
    return runs
