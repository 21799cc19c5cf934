"""The room plan's colours: bars by state, and the chart's days and rows.

Bar colours are told apart by people with the common red-green weakness too;
the legend and every tooltip also name the state in words.
"""

from __future__ import annotations

from PySide6.QtGui import QColor

from desk.models import HkState
from desk.roomplan import BarState

FILL: dict[BarState, QColor] = {
    BarState.GUARANTEED: QColor("#0f766e"),  # the board's "arrival assigned" teal
    BarState.NON_GUARANTEED: QColor("#ccebe7"),  # pale, outlined in the teal: held only until the hold time
    BarState.CHECKED_IN: QColor("#2f6fdb"),  # the board's occupied blue
    BarState.DUE_OUT: QColor("#b45309"),  # amber: leaving, the room turns over
    BarState.OUT_OF_ORDER: QColor("#c62828"),
    BarState.OUT_OF_SERVICE: QColor("#6b7280"),  # drawn hatched: still sellable
}
TEXT: dict[BarState, QColor] = {state: QColor("white") for state in BarState}
TEXT[BarState.NON_GUARANTEED] = QColor("#134e4a")
TEXT[BarState.OUT_OF_SERVICE] = QColor("#1f2937")
OUTLINE: dict[BarState, QColor] = {state: FILL[state].darker(125) for state in BarState}
OUTLINE[BarState.NON_GUARANTEED] = FILL[BarState.GUARANTEED]
OUT_OF_SERVICE_BASE = QColor("#eceef1")

BASE = QColor("#ffffff")
HEADER = QColor("#f7f8fa")
WEEKEND = QColor("#f1f3f6")
HOLIDAY = QColor("#fdf0f0")
TODAY = QColor("#e6effd")
GRID = QColor("#e8eaee")
WEEK_LINE = QColor("#c9ced6")
LINE = QColor("#d7dbe0")
BAND = QColor("#eef0f4")
TARGET = QColor(47, 111, 219, 40)
TARGET_OTHER_TYPE = QColor(217, 138, 0, 55)
SELECTED = QColor("#111827")
SELECTED_ROW = QColor("#e6effd")
STRIP_BASE = QColor("#fffaf2")
STRIP_FILL = QColor("#fde7c7")
STRIP_TODAY = QColor("#eef4fd")
STRIP_TEXT = QColor("#92400e")
TEXT_COLOUR = QColor("#1f2937")
MUTED = QColor("#6b7280")
HOLIDAY_TEXT = QColor("#b91c1c")
TODAY_TEXT = QColor("#1d4ed8")
HK_DOT = {HkState.INSPECTED: QColor("#1a7f37"), HkState.CLEAN: QColor("#56b36b"), HkState.DIRTY: QColor("#d98a00")}
