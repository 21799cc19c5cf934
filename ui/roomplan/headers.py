"""The room plan's frozen parts: the dates on top, the strip of reservations
still without a room beneath them, the rooms on the left and the corner.

They scroll with the chart along one axis and stay put along the other;
each paints only its visible days or rooms, from the chart's model and layout,
with texts laid out once and kept (QStaticText).
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLocale, QPoint, QRect, Qt
from PySide6.QtGui import QColor, QFont, QHelpEvent, QMouseEvent, QPainter, QPaintEvent, QPixmap, QStaticText
from PySide6.QtWidgets import QToolTip, QWidget

from desk.roomplan import RoomGroup
from ui.roomplan.colours import (
    BAND,
    GRID,
    HEADER,
    HK_DOT,
    HOLIDAY,
    HOLIDAY_TEXT,
    LINE,
    MUTED,
    SELECTED_ROW,
    STRIP_BASE,
    STRIP_FILL,
    STRIP_TEXT,
    STRIP_TODAY,
    TARGET,
    TODAY,
    TODAY_TEXT,
    WEEKEND,
)
from ui.roomplan.colours import TEXT_COLOUR as TEXT

if TYPE_CHECKING:
    from ui.roomplan.view import RoomPlanView


class Texts:
    """Static texts by (text, font): laid out once, drawn many times."""

    def __init__(self) -> None:
        self._cache: dict[tuple[str, str], QStaticText] = {}

    def get(self, text: str, font: QFont) -> QStaticText:
        key = (text, font.key())
        static = self._cache.get(key)
        if static is None:
            if len(self._cache) > 5000:
                self._cache.clear()
            static = QStaticText(text)
            static.setTextFormat(Qt.TextFormat.PlainText)
            static.prepare(font=font)
            self._cache[key] = static
        return static

    def draw(self, painter: QPainter, rect: QRect, text: str, font: QFont, align: Qt.AlignmentFlag) -> None:
        """``text`` in ``rect``, left, right or centred, always middled vertically."""
        static = self.get(text, font)
        size = static.size()
        if align & Qt.AlignmentFlag.AlignRight:
            x = rect.right() + 1 - int(size.width())
        elif align & Qt.AlignmentFlag.AlignHCenter:
            x = rect.left() + (rect.width() - int(size.width())) // 2
        else:
            x = rect.left()
        painter.setFont(font)
        painter.drawStaticText(x, rect.top() + (rect.height() - int(size.height())) // 2, static)


class _Frozen(QWidget):
    def __init__(self, view: RoomPlanView) -> None:
        super().__init__(view)
        self.view = view
        self.texts = Texts()
        self.setMouseTracking(True)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)  # paints every pixel: nothing beneath to paint

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text = self.tooltip_at(event.pos())
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def tooltip_at(self, point: QPoint) -> str:
        return ""

    def column_at(self, x: int) -> int | None:
        return self.view.layout_.column_at(x + self.view.horizontalOffset())


def _tint(view: RoomPlanView, day: date, default: QColor) -> QColor:
    plan = view.plan_model().plan
    assert plan is not None
    if day == plan.business_date:
        return TODAY
    if day in plan.holidays:
        return HOLIDAY
    return WEEKEND if plan.is_weekend(day) else default


class DateHeader(_Frozen):
    """Month, weekday and day of every visible column; today, weekends and holidays tinted."""

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(event.rect(), HEADER)
        plan = self.view.plan_model().plan if self.view.model() is not None else None
        if plan is None:
            return
        layout, dx, view = self.view.layout_, self.view.horizontalOffset(), self.view
        width, line = layout.column_width, view.text_height
        first = max(0, dx // width)
        last = min(layout.columns - 1, (dx + self.width()) // width)
        locale = QLocale()
        weekday_format = QLocale.FormatType.ShortFormat if width >= 34 else QLocale.FormatType.NarrowFormat
        top = 4 + line  # below the month line
        centre = Qt.AlignmentFlag.AlignHCenter
        for column in range(first, last + 1):
            day = plan.days[column]
            x = column * width - dx
            painter.fillRect(x, top, width, self.height() - top, _tint(view, day, HEADER))
            painter.fillRect(x, top, 1, self.height() - top, GRID)
            today, holiday = day == plan.business_date, day in plan.holidays
            colour = TODAY_TEXT if today else HOLIDAY_TEXT if holiday else MUTED
            painter.setPen(colour)
            self.texts.draw(painter, QRect(x, top + 1, width, line), locale.dayName(day.isoweekday(), weekday_format),
                            view.small, centre)
            painter.setPen(colour if today or holiday else TEXT)
            self.texts.draw(painter, QRect(x, top + line, width, line + 2), str(day.day),
                            view.bold if today or holiday else view.font(), centre)
            if holiday:
                painter.fillRect(x + 3, self.height() - 4, width - 6, 2, HOLIDAY_TEXT)
            if today:
                painter.fillRect(x, self.height() - 3, width, 3, TODAY_TEXT)
        # Month names, each from its first visible day.
        column = first
        while column <= last:
            day = plan.days[column]
            stop = column
            while stop + 1 < layout.columns and plan.days[stop + 1].month == day.month:
                stop += 1
            x = max(column * width - dx, 0)
            if column * width - dx > 0:
                painter.fillRect(column * width - dx, 2, 1, self.height(), LINE)
            right = (stop + 1) * width - dx
            if right - x > 16:
                name = self.tr("{month} {year}").format(month=locale.standaloneMonthName(day.month), year=day.year)
                painter.setFont(view.bold)
                painter.setPen(TEXT)
                painter.drawText(QRect(x + 6, 3, right - x - 8, line),
                                 Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                                 painter.fontMetrics().elidedText(name, Qt.TextElideMode.ElideRight, right - x - 8))
            column = stop + 1
        painter.fillRect(0, self.height() - 1, self.width(), 1, LINE)

    def tooltip_at(self, point: QPoint) -> str:
        column = self.column_at(point.x())
        if column is None:
            return ""
        return str(self.view.plan_model().headerData(column, Qt.Orientation.Horizontal,
                                                     Qt.ItemDataRole.ToolTipRole) or "")


class Strip(_Frozen):
    """Per room type and night, how many reservations still need a room.

    Press on a count and drag to give one of them a room; click it to list them.
    """

    def __init__(self, view: RoomPlanView) -> None:
        super().__init__(view)
        self._pressed: tuple[int, date] | None = None

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(event.rect(), STRIP_BASE)
        model = self.view.plan_model() if self.view.model() is not None else None
        plan = model.plan if model is not None else None
        if model is None or plan is None:
            return
        layout, dx = self.view.layout_, self.view.horizontalOffset()
        width, height = layout.column_width, self.view.strip_row_height
        first = max(0, (event.rect().left() + dx) // width)
        last = min(layout.columns - 1, (event.rect().right() + dx) // width)
        painter.setPen(STRIP_TEXT)
        for row, kind in enumerate(plan.types):
            y = row * height
            for column in range(first, last + 1):
                day = plan.days[column]
                x = column * width - dx
                if day == plan.business_date:
                    painter.fillRect(x, y, width, height, STRIP_TODAY)
                count = plan.unassigned.get((kind.id, day), 0)
                if count:
                    painter.fillRect(x + 2, y + 2, width - 3, height - 4, STRIP_FILL)
                    self.texts.draw(painter, QRect(x, y, width, height), str(count), self.view.bold,
                                    Qt.AlignmentFlag.AlignHCenter)
                painter.fillRect(x, y, 1, height, GRID)
            painter.fillRect(event.rect().left(), y + height - 1, event.rect().width(), 1, GRID)
        drag = self.view.drag
        if drag is not None and drag.active and drag.over_strip and drag.origin_row is not None:
            painter.fillRect(self.rect(), TARGET)  # dropping here takes the room away again
        painter.fillRect(0, self.height() - 1, self.width(), 1, LINE)

    def cell_at(self, point: QPoint) -> tuple[int, date] | None:
        model = self.view.plan_model()
        plan = model.plan
        column = self.column_at(point.x())
        if plan is None or column is None:
            return None
        row = point.y() // self.view.strip_row_height
        if not 0 <= row < len(plan.types):
            return None
        return plan.types[row].id, plan.days[column]

    def tooltip_at(self, point: QPoint) -> str:
        cell = self.cell_at(point)
        if cell is None:
            return ""
        count = self.view.plan_model().unassigned(*cell)
        kind = self.view.plan_model().room_type(cell[0])
        if not count or kind is None:
            return ""
        return self.tr("%n {type} reservation(s) without a room on {date}. Drag to a room, or click to list them.",
                       "", count).format(type=kind.code, date=cell[1].isoformat())

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.view.setFocus(Qt.FocusReason.MouseFocusReason)
        self._pressed = self.cell_at(event.position().toPoint()) if event.button() == Qt.MouseButton.LeftButton \
            else None
        provider = self.view.unassigned_provider
        if self._pressed is None or provider is None or not self.view.plan_model().unassigned(*self._pressed):
            return
        candidates = provider(*self._pressed)
        selected = self.view.selected
        if selected is not None and selected.room_id is None and selected in candidates:
            bar = selected  # chosen from the list: drag that one
        elif candidates:
            bar = candidates[0]
        else:
            return
        self.view.start_strip_drag(bar, event.position().toPoint())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self.view.drag_move(self.view.from_strip(event.position().toPoint()))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        drag = self.view.drag
        dragged = drag is not None and drag.active
        self.view.drag_release(self.view.from_strip(event.position().toPoint()))
        pressed, self._pressed = self._pressed, None
        if not dragged and pressed is not None and self.view.plan_model().unassigned(*pressed):
            self.view.strip_activated.emit(*pressed)


class RoomColumn(_Frozen):
    """Room numbers with their type and housekeeping state, a band per group."""

    def __init__(self, view: RoomPlanView) -> None:
        super().__init__(view)
        self._dots: dict[object, QPixmap] = {}
        for state, colour in HK_DOT.items():
            dot = QPixmap(8, 8)
            dot.fill(Qt.GlobalColor.transparent)
            painter = QPainter(dot)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawEllipse(0, 0, 7, 7)
            painter.end()
            self._dots[state] = dot

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(event.rect(), HEADER)
        view = self.view
        model = view.plan_model() if view.model() is not None else None
        if model is None or model.plan is None:
            return
        layout, dy = view.layout_, view.verticalOffset()
        top, bottom = event.rect().top() + dy, event.rect().bottom() + dy
        width = self.width()
        left = Qt.AlignmentFlag.AlignLeft
        painter.setPen(TEXT)
        for band in layout.bands_between(top, bottom):
            rect = QRect(0, band.top - dy, width, layout.group_height)
            painter.fillRect(rect, BAND)
            self.texts.draw(painter, rect.adjusted(8, 0, -4, 0), self.group_text(band.group), view.bold, left)
        drag = view.drag
        target = drag.target_row if drag is not None and drag.active and drag.spring_y is None else None
        selected_room = view.selected.room_id if view.selected is not None else None
        for row in layout.rows_between(top, bottom):
            room = model.room(row)
            rect = QRect(0, layout.row_tops[row] - dy, width, layout.row_height)
            if row == target:
                painter.fillRect(rect, TARGET)
            elif room.room_id == selected_room:
                painter.fillRect(rect, SELECTED_ROW)
            painter.setPen(TEXT)
            self.texts.draw(painter, rect.adjusted(10, 0, 0, 0), room.number, view.bold, left)
            painter.setPen(MUTED)
            code = self.texts.get(room.type_code, view.small)
            code_left = width - 10 - int(code.size().width())
            self.texts.draw(painter, QRect(code_left, rect.top(), width - code_left - 10, rect.height()),
                            room.type_code, view.small, left)
            painter.drawPixmap(code_left - 13, rect.top() + (rect.height() - 8) // 2, self._dots[room.hk_state])
            painter.fillRect(0, rect.bottom(), width, 1, GRID)
        painter.fillRect(width - 1, event.rect().top(), 1, event.rect().height(), LINE)

    def group_text(self, group: RoomGroup) -> str:
        floor_label, type_label = self.view.group_labels
        if group.floor is not None:
            return floor_label.format(floor=group.floor, rooms=len(group.rooms))
        kind = self.view.plan_model().room_type(group.type_id or 0)
        return type_label.format(code=kind.code if kind else "", name=kind.name if kind else "",
                                 rooms=len(group.rooms))

    def tooltip_at(self, point: QPoint) -> str:
        row = self.view.layout_.row_at(point.y() + self.view.verticalOffset())
        if row is None:
            return ""
        return self.view.plan_model().room_tooltip(self.view.plan_model().room(row))


class Corner(_Frozen):
    """Above the rooms: the column's title, and a label for each row of the strip."""

    title = "Room"

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(event.rect(), HEADER)
        view = self.view
        model = view.plan_model() if view.model() is not None else None
        plan = model.plan if model is not None else None
        painter.setFont(view.bold)
        painter.setPen(MUTED)
        header = QRect(10, 0, self.width() - 14, view.header_height - 4)
        painter.drawText(header, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, self.title)
        if plan is not None:
            height = view.strip_row_height
            painter.setFont(view.small)
            metrics = painter.fontMetrics()
            painter.setPen(STRIP_TEXT)
            for row, kind in enumerate(plan.types):
                rect = QRect(10, view.header_height + row * height, self.width() - 18, height)
                painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                                 metrics.elidedText(view.strip_label.format(type=kind.code),
                                                    Qt.TextElideMode.ElideRight, rect.width()))
        painter.fillRect(self.width() - 1, 0, 1, self.height(), LINE)
        painter.fillRect(0, view.header_height - 1, self.width(), 1, LINE)
        painter.fillRect(0, self.height() - 1, self.width(), 1, LINE)

    def tooltip_at(self, point: QPoint) -> str:
        return self.view.strip_tooltip if point.y() >= self.view.header_height else ""
