"""Dragging a bar on the room plan, by hand rather than with QDrag (whose
nested event loop a test cannot drive): press on a bar (or a count on the
strip), move, release over a room. While the tab decides, the bar waits at the
drop; saved, it stays there until the plan read again shows it there;
refused or cancelled, it springs back.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractAnimation, QEasingCurve, QObject, QPoint, QTimer, QVariantAnimation
from PySide6.QtWidgets import QApplication, QToolTip

from desk.roomplan import Bar, BarKind, PlanRoom

if TYPE_CHECKING:
    from ui.roomplan.view import RoomPlanView

AUTOSCROLL_MARGIN = 18


@dataclass
class Drag:
    bar: Bar
    origin_row: int | None  # None: taken from the strip of unassigned reservations
    press: QPoint  # viewport coordinates
    grab_dy: int  # from the bar's top to the pointer
    active: bool = False
    pointer: QPoint | None = None  # viewport coordinates, while over the chart
    target_row: int | None = None
    over_strip: bool = False
    pending: bool = False  # released; the tab is deciding
    saved: bool = False  # done: the bar waits at the drop until the plan read again shows it there
    spring_y: float | None = None  # while springing back: the ghost's content y

    @property
    def settled(self) -> bool:
        """Past the pointer's control: deciding, saved or springing back."""
        return self.pending or self.saved or self.spring_y is not None


class Dragging(QObject):
    """The chart's one drag at a time (``drag``), and what moves it."""

    def __init__(self, view: RoomPlanView) -> None:
        super().__init__(view)
        self.view = view
        self.drag: Drag | None = None
        self._spring = QVariantAnimation(self)
        self._spring.setDuration(180)
        self._spring.setEasingCurve(QEasingCurve.Type.OutCubic)
        self._spring.valueChanged.connect(self._spring_step)
        self._spring.finished.connect(self.done)
        self._saved_timeout = QTimer(self)  # should the plan read again show nothing new
        self._saved_timeout.setSingleShot(True)
        self._saved_timeout.setInterval(3000)
        self._saved_timeout.timeout.connect(self.plan_changed)
        self._autoscroll = QTimer(self)
        self._autoscroll.setInterval(40)
        self._autoscroll.timeout.connect(self._autoscroll_step)

    def press(self, bar: Bar, row: int | None, point: QPoint, grab_dy: int, *, from_strip: bool = False) -> None:
        """The button went down on a bar (or a count on the strip); moving it starts the drag."""
        if self.drag is None:
            self.drag = Drag(bar, row, point, grab_dy, over_strip=from_strip)

    def move(self, point: QPoint) -> None:
        """The pointer moved to ``point`` (viewport coordinates) with the button down."""
        drag, view = self.drag, self.view
        if drag is None or drag.settled:
            return
        if not drag.active:
            if (point - drag.press).manhattanLength() < QApplication.startDragDistance():
                return
            drag.active = True
            QToolTip.hideText()
        viewport = view.viewport().rect()
        drag.over_strip = view.strip.geometry().contains(view.viewport().mapTo(view, point))
        if viewport.contains(point):
            drag.pointer = point
            drag.target_row = view.layout_.nearest_row(point.y() + view.verticalOffset())
        else:
            drag.pointer = None
            drag.target_row = None
        margin = AUTOSCROLL_MARGIN
        near_edge = (point.y() < margin and not drag.over_strip) or point.y() > viewport.height() - margin \
            or 0 <= point.x() < margin or point.x() > viewport.width() - margin
        if near_edge and viewport.adjusted(-margin, 0, margin, margin).contains(point):
            self._autoscroll.start()
        else:
            self._autoscroll.stop()
        self._repaint()

    def _autoscroll_step(self) -> None:
        drag, view = self.drag, self.view
        if drag is None or drag.settled or drag.pointer is None:
            self._autoscroll.stop()
            return
        point, viewport, layout = drag.pointer, view.viewport().rect(), view.layout_
        vertical, horizontal = view.verticalScrollBar(), view.horizontalScrollBar()
        if point.y() < AUTOSCROLL_MARGIN:
            vertical.setValue(vertical.value() - layout.row_height)
        elif point.y() > viewport.height() - AUTOSCROLL_MARGIN:
            vertical.setValue(vertical.value() + layout.row_height)
        if point.x() < AUTOSCROLL_MARGIN:
            horizontal.setValue(horizontal.value() - layout.column_width)
        elif point.x() > viewport.width() - AUTOSCROLL_MARGIN:
            horizontal.setValue(horizontal.value() + layout.column_width)
        drag.target_row = layout.nearest_row(point.y() + view.verticalOffset())
        view.viewport().update()

    def release(self, point: QPoint) -> None:
        """The button came up at ``point`` (viewport coordinates): ask the tab, via the view."""
        self._autoscroll.stop()
        drag = self.drag
        if drag is None or drag.settled:
            return
        if not drag.active:
            self.drag = None  # a click, not a drag
            return
        self.move(point)
        if drag.over_strip and drag.origin_row is not None and drag.bar.kind is BarKind.RESERVATION:
            target: PlanRoom | None = None  # back among the reservations without a room
        elif drag.target_row is not None and drag.target_row != drag.origin_row:
            target = self.view.plan_model().room(drag.target_row)
        else:
            self.spring_back()
            return
        drag.pending = True
        self.view.viewport().update()
        self.view.drop_requested.emit(drag.bar, target)
        if self.drag is drag and drag.pending:
            self.spring_back()  # the tab did not take it: refused or cancelled

    def accept(self) -> None:
        """The drop was saved: the bar stays where it landed until the plan,
        read again in the background, shows it there."""
        if self.drag is None:
            return
        self._spring.stop()
        self.drag.pending, self.drag.saved = False, True
        self._saved_timeout.start()

    def plan_changed(self) -> None:
        if self.drag is not None and self.drag.saved:
            self.done()

    def spring_back(self) -> None:
        """Send the dragged bar back to where it was."""
        drag, view = self.drag, self.view
        if drag is None:
            return
        drag.pending = False
        layout = view.layout_
        if drag.pointer is not None and drag.target_row is not None:
            start = float(layout.row_tops[drag.target_row]) if drag.spring_y is None else drag.spring_y
        elif drag.pointer is not None:
            start = float(drag.pointer.y() + view.verticalOffset() - drag.grab_dy)
        else:
            self.done()
            return
        end = float(layout.row_tops[drag.origin_row]) if drag.origin_row is not None \
            else float(view.verticalOffset() - layout.row_height)  # up into the strip
        drag.spring_y = start
        drag.target_row = None
        if self._spring.state() == QAbstractAnimation.State.Running:
            self._spring.stop()
        self._spring.setStartValue(start)
        self._spring.setEndValue(end)
        self._spring.start()

    def _spring_step(self, value: object) -> None:
        if self.drag is not None and isinstance(value, float):
            self.drag.spring_y = value
            self.view.viewport().update()

    def done(self) -> None:
        self._saved_timeout.stop()
        self.drag = None
        self._repaint()

    def cancel_unstarted(self) -> None:
        if self.drag is not None and not self.drag.active:
            self.drag = None

    def _repaint(self) -> None:
        self.view.viewport().update()
        self.view.rooms.update()
        self.view.strip.update()
