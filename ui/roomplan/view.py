"""The room plan's chart: a QAbstractItemView over RoomPlanModel that paints
bars, not cells (ui/roomplan/paint.py), with the dates, the strip and the
rooms frozen around it (ui/roomplan/headers.py) and bars dragged by hand
(ui/roomplan/drag.py).

Only what is on screen is painted; nothing is a widget. A vertical scroll
moves the pixels already painted and paints the rows uncovered; a refresh
repaints the rows that changed.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import (
    QElapsedTimer,
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QContextMenuEvent,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QRegion,
    QWheelEvent,
)
from PySide6.QtWidgets import QAbstractItemView, QApplication, QToolTip, QWidget

from desk.roomplan import Bar, BarKind, PlanRoom
from ui.roomplan.drag import Drag, Dragging
from ui.roomplan.headers import Corner, DateHeader, RoomColumn, Strip
from ui.roomplan.layout import ZOOM_WIDTHS, PlanLayout
from ui.roomplan.model import RoomPlanModel
from ui.roomplan.paint import ChartPainter

Index = QModelIndex | QPersistentModelIndex

ROOM_COLUMN_WIDTH = 118  # at least; wider when a group's label (a room type's name) needs it


class RoomPlanView(QAbstractItemView):
    """Rooms down (frozen on the left), days across (frozen on top, with the
    strip of reservations still without a room beneath)."""

    selection_changed = Signal(object)  # Bar | None
    bar_activated = Signal(object)  # Bar
    cell_activated = Signal(object, object)  # PlanRoom, night
    drop_requested = Signal(object, object)  # Bar, PlanRoom | None (None: back to "without a room")
    strip_activated = Signal(int, object)  # room type id, night
    context_requested = Signal(object, object, object, QPoint)  # Bar | None, PlanRoom | None, night, global pos
    zoom_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("RoomPlan")
        self.layout_ = PlanLayout()
        self.room_column_width = ROOM_COLUMN_WIDTH
        self._tints: object = None
        self.zoom = 4
        self.selected: Bar | None = None
        self.unassigned_provider: Callable[[int, date], list[Bar]] | None = None
        self.strip_label = "{type}"
        self.strip_tooltip = ""
        self.group_labels = ("Floor {floor}", "{code} · {name}")
        self._mouse_selecting = False
        self._typed = ""
        self._typed_at = QElapsedTimer()
        self.chart_painter = ChartPainter(self)
        self._after_paint: list[Callable[[], None]] = []
        self.dragging = Dragging(self)
        self.corner = Corner(self)
        self.dates = DateHeader(self)
        self.strip = Strip(self)
        self.rooms = RoomColumn(self)
        self._update_metrics()
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setMouseTracking(True)
        self.setAutoScroll(False)
        self.viewport().setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.viewport().setAutoFillBackground(False)

    # -- model and metrics --------------------------------------------------------
    def plan_model(self) -> RoomPlanModel:
        model = self.model()
        assert isinstance(model, RoomPlanModel)
        return model

    def setModel(self, model: RoomPlanModel) -> None:  # type: ignore[override]
        super().setModel(model)
        model.modelReset.connect(self._relayout)
        model.headerDataChanged.connect(self._headers_changed)
        model.unassigned_changed.connect(self.strip.update)
        self._relayout()

    def _update_metrics(self) -> None:
        metrics = QFontMetrics(self.font())
        self.text_height = metrics.height()
        self.bold = QFont(self.font())
        self.bold.setBold(True)
        self.small = QFont(self.font())
        self.small.setPointSizeF(max(7.0, self.font().pointSizeF() - 1))
        self.header_height = 3 * metrics.height() + 10
        self.strip_row_height = metrics.height() + 8
        self.chart_painter.forget_texts()

    def strip_height(self) -> int:
        model = self.model()
        plan = model.plan if isinstance(model, RoomPlanModel) else None
        return (len(plan.types) if plan else 0) * self.strip_row_height

    def _relayout(self) -> None:
        model = self.model()
        if not isinstance(model, RoomPlanModel):
            return
        self.layout_.build(model, self.text_height + 12, self.text_height + 8)
        plan = model.plan
        self._tints = (plan.business_date, dict(plan.holidays)) if plan is not None else None
        self.dragging.plan_changed()
        self.room_column_width = self._room_column_width()
        self.setViewportMargins(self.room_column_width, self.header_height + self.strip_height(), 0, 0)
        self._fit_columns()
        if self.selected is not None:
            found = model.find(self.selected.key)
            self._set_selected(found[1] if found else None)
        self.updateGeometries()
        self.viewport().update()
        self._update_frozen()

    def _room_column_width(self) -> int:
        metrics = QFontMetrics(self.bold)
        labels = [self.rooms.group_text(band.group) for band in self.layout_.bands]
        widest = max((metrics.horizontalAdvance(label) for label in labels), default=0)
        return max(ROOM_COLUMN_WIDTH, min(240, widest + 20))

    def _fit_columns(self) -> int:
        """Set the column width for the zoom; returns the narrowest that fills the view."""
        columns = max(1, self.layout_.columns)
        fill = self.viewport().width() // columns
        width = max(ZOOM_WIDTHS[self.zoom], fill)
        if width != self.layout_.column_width:
            self.layout_.column_width = width
            self.chart_painter.forget_texts()
        return fill

    def set_zoom(self, zoom: int, anchor_x: int | None = None) -> None:
        """Zoom to ``ZOOM_WIDTHS[zoom]``, keeping the day under ``anchor_x`` (viewport x) in place."""
        zoom = max(0, min(len(ZOOM_WIDTHS) - 1, zoom))
        if zoom == self.zoom:
            return
        anchor_x = self.viewport().width() // 2 if anchor_x is None else anchor_x
        old = self.layout_.column_width
        day = (anchor_x + self.horizontalOffset()) / old
        self.zoom = zoom
        self._fit_columns()
        self.updateGeometries()
        self.horizontalScrollBar().setValue(round(day * self.layout_.column_width - anchor_x))
        self.viewport().update()
        self._update_frozen()
        self.zoom_changed.emit()

    def can_zoom_out(self) -> bool:
        columns = max(1, self.layout_.columns)
        return self.zoom > 0 and ZOOM_WIDTHS[self.zoom] > self.viewport().width() // columns

    def can_zoom_in(self) -> bool:
        return self.zoom < len(ZOOM_WIDTHS) - 1

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._update_metrics()
            self._relayout()
        super().changeEvent(event)

    def resizeEvent(self, event: object) -> None:
        super().resizeEvent(event)  # type: ignore[arg-type]
        before = self.layout_.column_width
        self._fit_columns()
        if before != self.layout_.column_width:
            self.updateGeometries()
            self.viewport().update()
            self._update_frozen()

    def updateGeometries(self) -> None:
        viewport = self.viewport().geometry()
        top = self.header_height + self.strip_height()
        left = self.room_column_width
        self.corner.setGeometry(QRect(viewport.left() - left, viewport.top() - top, left, top))
        self.dates.setGeometry(QRect(viewport.left(), viewport.top() - top, viewport.width(), self.header_height))
        self.strip.setGeometry(QRect(viewport.left(), viewport.top() - self.strip_height(), viewport.width(),
                                     self.strip_height()))
        self.rooms.setGeometry(QRect(viewport.left() - left, viewport.top(), left, viewport.height()))
        horizontal, vertical = self.horizontalScrollBar(), self.verticalScrollBar()
        horizontal.setRange(0, max(0, self.layout_.width - viewport.width()))
        horizontal.setPageStep(viewport.width())
        horizontal.setSingleStep(self.layout_.column_width)
        vertical.setRange(0, max(0, self.layout_.height - viewport.height()))
        vertical.setPageStep(viewport.height())
        vertical.setSingleStep(self.layout_.row_height)
        super().updateGeometries()

    def _update_frozen(self) -> None:
        for widget in (self.corner, self.dates, self.strip, self.rooms):
            widget.update()

    def _headers_changed(self, orientation: Qt.Orientation, first: int, last: int) -> None:
        if orientation == Qt.Orientation.Vertical:
            self.rooms.update()  # a room's housekeeping state
            return
        plan = self.plan_model().plan
        tints = (plan.business_date, dict(plan.holidays)) if plan is not None else None
        if tints != self._tints:
            self._tints = tints
            self._update_frozen()
            self.viewport().update()  # holidays and today tint the columns too

    # -- QAbstractItemView --------------------------------------------------------
    def doItemsLayout(self) -> None:
        """Qt lays the items out again after header changes and repaints all;
        this view's layout changes only with the rooms or days (``_relayout``),
        and repaints what changed itself."""
        self.updateGeometries()

    def horizontalOffset(self) -> int:
        return self.horizontalScrollBar().value()

    def verticalOffset(self) -> int:
        return self.verticalScrollBar().value()

    def indexAt(self, point: QPoint) -> QModelIndex:
        model = self.model()
        if not isinstance(model, RoomPlanModel):
            return QModelIndex()
        row = self.layout_.row_at(point.y() + self.verticalOffset())
        column = self.layout_.column_at(point.x() + self.horizontalOffset())
        if row is None or column is None:
            return QModelIndex()
        return model.index(row, column)

    def visualRect(self, index: Index) -> QRect:
        if not index.isValid() or index.row() >= len(self.layout_.row_tops):
            return QRect()
        width = self.layout_.column_width
        return QRect(index.column() * width - self.horizontalOffset(),
                     self.layout_.row_tops[index.row()] - self.verticalOffset(), width, self.layout_.row_height)

    def scrollTo(self, index: Index, hint: QAbstractItemView.ScrollHint = QAbstractItemView.ScrollHint.EnsureVisible
                 ) -> None:
        rect = self.visualRect(index)
        if rect.isNull():
            return
        viewport = self.viewport().rect()
        horizontal, vertical = self.horizontalScrollBar(), self.verticalScrollBar()
        if hint == QAbstractItemView.ScrollHint.PositionAtCenter:
            vertical.setValue(vertical.value() + rect.center().y() - viewport.center().y())
            horizontal.setValue(horizontal.value() + rect.center().x() - viewport.center().x())
            return
        if rect.left() < 0:
            horizontal.setValue(horizontal.value() + rect.left())
        elif rect.right() > viewport.right():
            horizontal.setValue(horizontal.value() + rect.right() - viewport.right())
        if rect.top() < 0:
            vertical.setValue(vertical.value() + rect.top())
        elif rect.bottom() > viewport.bottom():
            vertical.setValue(vertical.value() + rect.bottom() - viewport.bottom())

    def moveCursor(self, action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier) -> QModelIndex:
        model = self.model()
        if not isinstance(model, RoomPlanModel) or model.rowCount() == 0 or model.columnCount() == 0:
            return QModelIndex()
        current = self.currentIndex()
        row, column = (current.row(), current.column()) if current.isValid() else (0, 0)
        page = max(1, self.viewport().height() // self.layout_.row_height - 1)
        cursor = QAbstractItemView.CursorAction
        moves = {cursor.MoveUp: (-1, 0), cursor.MoveDown: (1, 0), cursor.MoveLeft: (0, -1),
                 cursor.MoveRight: (0, 1), cursor.MovePageUp: (-page, 0), cursor.MovePageDown: (page, 0)}
        if action in moves:
            rows, columns = moves[action]
            if action in (cursor.MoveLeft, cursor.MoveRight) and self.selected is not None and current.isValid():
                # Left and right jump over the selected bar to the next night outside it.
                bar = self.selected
                if columns > 0 and model.day(column) < bar.end:
                    columns = max(1, model.column_of(bar.end) - column)
                elif columns < 0 and model.day(column) >= bar.start:
                    columns = min(-1, model.column_of(bar.start) - 1 - column)
            row, column = row + rows, column + columns
        elif action == cursor.MoveHome:
            column = 0
        elif action == cursor.MoveEnd:
            column = model.columnCount() - 1
        row = max(0, min(model.rowCount() - 1, row))
        column = max(0, min(model.columnCount() - 1, column))
        return model.index(row, column)

    def isIndexHidden(self, index: Index) -> bool:
        return False

    def setSelection(self, rect: QRect, command: QItemSelectionModel.SelectionFlag) -> None:
        index = self.indexAt(rect.topLeft())
        if index.isValid():
            self.selectionModel().select(index, command)

    def visualRegionForSelection(self, selection: QItemSelection) -> QRegion:
        region = QRegion()
        for selection_range in selection:
            for row in range(selection_range.top(), min(selection_range.bottom() + 1, selection_range.top() + 50)):
                for column in range(selection_range.left(), selection_range.right() + 1):
                    region += self.visualRect(self.model().index(row, column))
        return region

    def currentChanged(self, current: Index, previous: Index) -> None:
        super().currentChanged(current, previous)
        if self._mouse_selecting or not current.isValid():
            return
        self._set_selected(self.plan_model().bar_at(current.row(), self.plan_model().day(current.column())))
        self.viewport().update()

    def dataChanged(self, top_left: Index, bottom_right: Index, roles: list[int] | None = None) -> None:
        """Repaint only the rows that changed."""
        self.dragging.plan_changed()
        if not top_left.isValid() or not bottom_right.isValid():
            self.viewport().update()
            return
        if self.selected is not None:
            found = self.plan_model().find(self.selected.key)
            self._set_selected(found[1] if found else None)
        tops = self.layout_.row_tops
        top = tops[top_left.row()] - self.verticalOffset()
        bottom = tops[bottom_right.row()] + self.layout_.row_height - self.verticalOffset()
        self.viewport().update(QRect(0, top, self.viewport().width(), bottom - top))

    def keyboardSearch(self, search: str) -> None:
        """Typing a room number goes to that room (keys typed within the
        keyboard input interval add up: 6, 61, 612)."""
        model = self.plan_model()
        if self._typed_at.isValid() and self._typed_at.elapsed() < QApplication.keyboardInputInterval():
            self._typed += search
        else:
            self._typed = search
        self._typed_at.start()
        wanted = self._typed.strip().casefold()
        for row in range(model.rowCount()):
            if model.room(row).number.casefold().startswith(wanted):
                column = max(0, self.currentIndex().column())
                self.setCurrentIndex(model.index(row, column))
                self.scrollTo(model.index(row, column))
                return

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        if dx:
            # Names follow the left edge and month names stay in view: repaint
            # what shows rather than moving pixels painted for the old position.
            self.viewport().update()
            self.dates.update()
            self.strip.scroll(dx, 0)
        else:
            # Move the pixels and paint the strip uncovered (QAbstractItemView's own
            # version repaints the whole viewport here, for its delayed dirty region).
            self.viewport().scroll(0, dy)
        if dy:
            self.rooms.scroll(0, dy)

    # -- selection ----------------------------------------------------------------
    def _set_selected(self, bar: Bar | None) -> None:
        if bar == self.selected:
            return
        self.selected = bar
        self.viewport().update()
        self.rooms.update()
        self.selection_changed.emit(bar)

    def select_bar(self, key: tuple[BarKind, int]) -> bool:
        """Select a bar by who it is, and show it; False when it is not on the plan."""
        found = self.plan_model().find(key)
        if found is None:
            return False
        row, bar = found
        column = max(0, min(self.plan_model().columnCount() - 1, self.plan_model().column_of(bar.start)))
        self._mouse_selecting = True
        self.setCurrentIndex(self.plan_model().index(row, column))
        self._mouse_selecting = False
        self._set_selected(bar)
        self.scrollTo(self.plan_model().index(row, column))
        return True

    def set_floating_selection(self, bar: Bar) -> None:
        """Select a reservation that has no bar on the chart (chosen from the strip)."""
        self._set_selected(bar)

    def bar_at(self, point: QPoint) -> tuple[int, Bar] | None:
        """The bar under a viewport point: a guest or reservation before a block."""
        model = self.model()
        if not isinstance(model, RoomPlanModel):
            return None
        row = self.layout_.row_at(point.y() + self.verticalOffset())
        if row is None:
            return None
        x = point.x() + self.horizontalOffset()
        found = None
        for bar in model.bars_of_row(row):
            left, right = self.layout_.bar_span(model, bar)
            if left <= x < right:
                if bar.kind is not BarKind.BLOCK:
                    return row, bar
                found = found or (row, bar)
        return found

    def room_and_night_at(self, point: QPoint) -> tuple[PlanRoom | None, date | None]:
        index = self.indexAt(point)
        if not index.isValid():
            return None, None
        model = self.plan_model()
        return model.room(index.row()), model.day(index.column())

    # -- painting ---------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        self.chart_painter.paint(QPainter(self.viewport()), event.rect())
        if self._after_paint:
            waiting, self._after_paint = self._after_paint, []
            for call in waiting:
                QTimer.singleShot(0, self, call)  # not after the view is gone

    def after_next_paint(self, call: Callable[[], None]) -> None:
        """Run ``call`` once the chart has been painted (what shows first comes first)."""
        self._after_paint.append(call)
        self.viewport().update()

    # -- mouse and keys -------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        if self.drag is not None:
            return
        point = event.position().toPoint()
        hit = self.bar_at(point)
        index = self.indexAt(point)
        if index.isValid():
            self._mouse_selecting = True
            self.setCurrentIndex(index)
            self._mouse_selecting = False
        self._set_selected(hit[1] if hit else None)
        if hit is not None and event.button() == Qt.MouseButton.LeftButton and hit[1].movable:
            row, bar = hit
            self.dragging.press(bar, row, point, point.y() + self.verticalOffset() - self.layout_.row_tops[row])

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self.drag_move(event.position().toPoint())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.drag_release(event.position().toPoint())

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        self.dragging.cancel_unstarted()
        point = event.position().toPoint()
        hit = self.bar_at(point)
        if hit is not None:
            self.bar_activated.emit(hit[1])
            return
        room, night = self.room_and_night_at(point)
        if room is not None:
            self.cell_activated.emit(room, night)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        hit = self.bar_at(event.pos())
        room, night = self.room_and_night_at(event.pos())
        self.context_requested.emit(hit[1] if hit else None, room, night, event.globalPos())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Escape and self.drag is not None and self.drag.active and not self.drag.pending:
            self.spring_back()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.selected is not None:
                self.bar_activated.emit(self.selected)
            elif self.currentIndex().isValid():
                current = self.currentIndex()
                self.cell_activated.emit(self.plan_model().room(current.row()),
                                         self.plan_model().day(current.column()))
            return
        super().keyPressEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() // 120
            if steps:
                self.set_zoom(self.zoom + steps, event.position().toPoint().x())
            event.accept()
            return
        super().wheelEvent(event)

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            hit = self.bar_at(event.pos())
            if hit is not None and (self.drag is None or not self.drag.active):
                QToolTip.showText(event.globalPos(), self.plan_model().tooltip(hit[1]), self.viewport())
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().viewportEvent(event)

    # -- dragging (ui/roomplan/drag.py) ------------------------------------------------
    @property
    def drag(self) -> Drag | None:
        return self.dragging.drag

    def start_strip_drag(self, bar: Bar, strip_point: QPoint) -> None:
        """Drag a reservation still without a room, taken from the strip."""
        self.dragging.press(bar, None, self.from_strip(strip_point), self.layout_.row_height // 2, from_strip=True)

    def from_strip(self, point: QPoint) -> QPoint:
        """A point on the strip in viewport coordinates (they are siblings)."""
        return self.viewport().mapFrom(self, self.strip.mapTo(self, point))

    def drag_move(self, point: QPoint) -> None:
        self.dragging.move(point)

    def drag_release(self, point: QPoint) -> None:
        self.dragging.release(point)

    def accept_drop(self) -> None:
        """The tab saved the drop (see ``Dragging.accept``)."""
        self.dragging.accept()

    def spring_back(self) -> None:
        self.dragging.spring_back()

    def sizeHint(self) -> QSize:
        return QSize(900, 600)
