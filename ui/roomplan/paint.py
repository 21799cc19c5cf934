"""Painting the room plan's chart: only the exposed rows and days.

Shapes are plain rectangle fills and names cached static texts: the cheapest
calls a QPainter has (a stroked rectangle costs several fills, a laid-out
text several static ones).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QBrush, QPainter, QPen, QStaticText

from desk.roomplan import Bar, BarState
from ui.roomplan.colours import (
    BAND,
    BASE,
    FILL,
    GRID,
    HOLIDAY,
    OUT_OF_SERVICE_BASE,
    OUTLINE,
    SELECTED,
    TARGET,
    TARGET_OTHER_TYPE,
    TEXT,
    TODAY,
    WEEK_LINE,
    WEEKEND,
)
from ui.roomplan.model import RoomPlanModel

if TYPE_CHECKING:
    from ui.roomplan.view import RoomPlanView


class ChartPainter:
    """Paints the chart's viewport for its view; keeps the names it laid out."""

    def __init__(self, view: RoomPlanView) -> None:
        self.view = view
        self._texts: dict[tuple[str, int], QStaticText | None] = {}
        self._hatch = QBrush(FILL[BarState.OUT_OF_SERVICE], Qt.BrushStyle.BDiagPattern)

    def forget_texts(self) -> None:
        """The font or the column width changed: names are laid out again."""
        self._texts.clear()

    def paint(self, painter: QPainter, exposed: QRect) -> None:
        view = self.view
        painter.fillRect(exposed, BASE)
        model = view.model()
        if not isinstance(model, RoomPlanModel) or model.plan is None:
            return
        layout = view.layout_
        dx, dy = view.horizontalOffset(), view.verticalOffset()
        painter.translate(-dx, -dy)
        left, right = exposed.left() + dx, exposed.right() + dx
        top, bottom = exposed.top() + dy, exposed.bottom() + dy
        height = bottom - top + 1
        width = layout.column_width
        first, last = max(0, left // width), min(layout.columns - 1, right // width)
        plan = model.plan
        for column in range(first, last + 1):
            day = plan.days[column]
            tint = TODAY if day == plan.business_date else HOLIDAY if day in plan.holidays else \
                WEEKEND if plan.is_weekend(day) else None
            if tint is not None:
                painter.fillRect(column * width, top, width, height, tint)
        for band in layout.bands_between(top, bottom):
            painter.fillRect(left, band.top, right - left + 1, layout.group_height, BAND)
        rows = layout.rows_between(top, bottom)
        row_tops, row_height = layout.row_tops, layout.row_height
        for row in rows:
            painter.fillRect(left, row_tops[row] + row_height - 1, right - left + 1, 1, GRID)
        for column in range(first, last + 1):
            painter.fillRect(column * width, top, 1, height, WEEK_LINE if plan.days[column].weekday() == 0 else GRID)
        drag = view.drag
        dragged = drag.bar.key if drag is not None and drag.active else None
        half = width // 2
        for row in rows:
            y = row_tops[row]
            for first_column, stop_column, bar in model.spans_of_row(row):
                x0, x1 = first_column * width + half + 1, stop_column * width + half - 1
                if x1 >= left and x0 <= right:
                    self.bar(painter, bar, x0, x1, y, faded=bar.key == dragged)
        self._drag(painter, model, left, right)
        current = view.currentIndex()
        if view.hasFocus() and current.isValid() and current.row() < len(row_tops):
            painter.setPen(QPen(SELECTED, 1, Qt.PenStyle.DotLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(current.column() * width, row_tops[current.row()], width - 1, row_height - 2)

    def bar(self, painter: QPainter, bar: Bar, left: int, right: int, row_top: int, *, faded: bool = False,
            ghost: bool = False) -> None:
        view = self.view
        width, top, height = right - left, row_top + 3, view.layout_.row_height - 7
        if width <= 0:
            return
        state = bar.state
        if faded or ghost:
            painter.setOpacity(0.3 if faded else 0.85)
        # The outline, then the fill inside it.
        painter.fillRect(left, top, width, height, OUTLINE[state])
        if state is BarState.OUT_OF_SERVICE:
            painter.fillRect(left + 1, top + 1, width - 2, height - 2, OUT_OF_SERVICE_BASE)
            painter.fillRect(QRect(left + 1, top + 1, width - 2, height - 2), self._hatch)
        else:
            painter.fillRect(left + 1, top + 1, width - 2, height - 2, FILL[state])
        if bar == view.selected and not faded:
            for x, y, w, h in ((left, top, width, 2), (left, top + height - 2, width, 2), (left, top, 2, height),
                               (left + width - 2, top, 2, height)):
                painter.fillRect(x, y, w, h, SELECTED)
        # The name starts where the bar comes into view (a horizontal scroll repaints).
        text_left = max(left, view.horizontalOffset()) + 5
        room = left + width - text_left - 3
        text = self._text(bar.name, room) if room >= 12 else None
        if text is not None:
            if state is BarState.OUT_OF_SERVICE:
                painter.fillRect(text_left - 3, top + 2, int(text.size().width()) + 6, height - 4,
                                 OUT_OF_SERVICE_BASE)
            painter.setPen(TEXT[state])
            painter.drawStaticText(text_left, top + (height - view.text_height) // 2, text)
        if faded or ghost:
            painter.setOpacity(1.0)

    def _text(self, text: str, width: int) -> QStaticText | None:
        """``text`` elided to ``width`` as a prepared static text; None when
        hardly anything of it would show ("Zh…" shows, "Z…" does not)."""
        key = (text, width)
        if key in self._texts:
            return self._texts[key]
        if len(self._texts) > 20000:
            self._texts.clear()
        elided = self.view.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, width)
        static = None
        if len(elided) >= 3 or (elided == text and text):
            static = QStaticText(elided)
            static.setTextFormat(Qt.TextFormat.PlainText)
            static.prepare(font=self.view.font())
        self._texts[key] = static
        return static

    def _drag(self, painter: QPainter, model: RoomPlanModel, left: int, right: int) -> None:
        """The dragged bar over its target row (tinted amber for a room of another type)."""
        drag, layout = self.view.drag, self.view.layout_
        if drag is None or not drag.active:
            return
        if drag.target_row is not None and drag.spring_y is None:
            held_type = model.room(drag.origin_row).type_id if drag.origin_row is not None else drag.bar.type_id
            tint = TARGET if model.room(drag.target_row).type_id == held_type else TARGET_OTHER_TYPE
            painter.fillRect(left, layout.row_tops[drag.target_row], right - left + 1, layout.row_height, tint)
        if drag.spring_y is not None:
            y = round(drag.spring_y)
        elif (drag.pending or drag.saved) and drag.target_row is not None:
            y = layout.row_tops[drag.target_row]
        elif drag.pointer is not None:
            y = drag.pointer.y() + self.view.verticalOffset() - drag.grab_dy
        else:
            return
        self.bar(painter, drag.bar, *layout.bar_span(model, drag.bar), y, ghost=True)
