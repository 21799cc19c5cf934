"""Where things are on the room plan, in content pixels: pure arithmetic over
the model, shared by the chart and its frozen headers."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from desk.roomplan import Bar, RoomGroup
from ui.roomplan.model import RoomPlanModel

# Column widths the zoom steps through; the columns never get narrower than
# what fills the view, so a short plan is never a strip with white beside it.
ZOOM_WIDTHS = (18, 24, 32, 42, 54, 70, 92, 120)
DEFAULT_ZOOM = 4


@dataclass(frozen=True, slots=True)
class GroupBand:
    top: int
    group: RoomGroup


class PlanLayout:
    """Rows top to bottom (a band before each group), days left to right."""

    def __init__(self) -> None:
        self.row_height = 26
        self.group_height = 22
        self.column_width = ZOOM_WIDTHS[DEFAULT_ZOOM]
        self.row_tops: list[int] = []
        self.bands: list[GroupBand] = []
        self.height = 0
        self.columns = 0

    def build(self, model: RoomPlanModel, row_height: int, group_height: int) -> None:
        self.row_height, self.group_height = row_height, group_height
        self.columns = model.columnCount()
        tops: list[int] = []
        bands: list[GroupBand] = []
        y = 0
        for row in range(model.rowCount()):
            group = model.group_starting_at(row)
            if group is not None:
                bands.append(GroupBand(y, group))
                y += group_height
            tops.append(y)
            y += row_height
        self.row_tops, self.bands, self.height = tops, bands, y

    @property
    def width(self) -> int:
        return self.columns * self.column_width

    def row_at(self, y: int) -> int | None:
        """The row at content height ``y`` (None on a group band or outside)."""
        row = bisect_right(self.row_tops, y) - 1
        if row < 0 or y >= self.row_tops[row] + self.row_height:
            return None
        return row

    def nearest_row(self, y: int) -> int | None:
        """The row at ``y``, or on a band the row just below it (where a drop lands)."""
        if not self.row_tops:
            return None
        row = self.row_at(y)
        if row is not None:
            return row
        below = bisect_right(self.row_tops, y)
        return below if below < len(self.row_tops) else len(self.row_tops) - 1

    def rows_between(self, top: int, bottom: int) -> range:
        """Rows meeting the content band [top, bottom]."""
        first = max(0, bisect_right(self.row_tops, top) - 1)
        last = bisect_right(self.row_tops, bottom)
        return range(first, min(last, len(self.row_tops)))

    def bands_between(self, top: int, bottom: int) -> list[GroupBand]:
        return [b for b in self.bands if b.top <= bottom and b.top + self.group_height >= top]

    def column_at(self, x: int) -> int | None:
        column = x // self.column_width if x >= 0 else -1
        return column if 0 <= column < self.columns else None

    def bar_span(self, model: RoomPlanModel, bar: Bar) -> tuple[int, int]:
        """Left and right edge of a bar: from the middle of its first day (guests
        arrive in the afternoon) to the middle of the day the room is free again
        (they leave in the morning)."""
        half = self.column_width // 2
        left = model.column_of(bar.start) * self.column_width + half
        right = model.column_of(bar.end) * self.column_width + half
        return left + 1, right - 1
