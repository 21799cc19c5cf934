"""The Room plan tab (tape chart): rooms down, days across, every stay,
assigned reservation and out-of-order period a bar; drag a bar to another
room to assign or move it.

Its own tab, not a part of Reservations: the plan needs the whole window (a
500-room hotel is 500 rows; a month is 31 columns) where the Reservations tab
already shares its height between the availability grid, the lists and the
booking form; it serves the front desk as much as reservations (in-house
moves, due-outs, out-of-order rooms); and a clerk switches to it and back
with one click, while the booking form and the stay panel stay where they
are. Double-clicking on the plan opens the reservation or stay in its own
tab, or starts a booking there, so nothing is built twice.

Every change goes through the same desk services as everywhere (assign_room,
unassign_room, move_room): the same rules, the same refusals.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QDate, QPoint, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desk.roomplan import (
    STATE_NAMES,
    Bar,
    BarKind,
    Grouping,
    PlanRoom,
    RoomPlan,
    room_plan,
    unassigned_reservations,
)
from ui.i18n import desk_text
from ui.ops import Ops
from ui.roomplan.actions import PlanActions
from ui.roomplan.legend import Legend
from ui.roomplan.loader import PlanLoader
from ui.roomplan.model import RoomPlanModel
from ui.roomplan.view import RoomPlanView
from ui.widgets import MessageBar

KINDS = frozenset({"reservation", "stay", "room", "hotel", "holiday", "day"})
DAY_CHOICES = (14, 21, 31, 62)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class RoomPlanTab(QWidget):
    """Reads the plan through ``desk.roomplan``; changes go through the desk services."""

    # ("reservation", id), ("stay", id) or ("booking", (type id, night, room id, room number)):
    # the main window opens it in the Reservations or Front desk tab.
    open_requested = Signal(str, object)

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.plan: RoomPlan | None = None
        self._stale = False
        self._applied = 0  # the generation of the plan shown
        self.loader = PlanLoader(ops, self)
        self.loader.loaded.connect(self._loaded)
        self._setup_ui()
        self.ops.hub.changed.connect(self._on_changed)
        self.ops.hub.connection_restored.connect(self.refresh)
        self.refresh(force=True)

    # -- building ---------------------------------------------------------------
    def _setup_ui(self) -> None:
        self.message = MessageBar(self)
        self.model = RoomPlanModel(self)
        self.view = RoomPlanView(self)
        self.view.setModel(self.model)
        self.view.strip_label = self.tr("{type} without room")
        self.view.strip_tooltip = self.tr("Reservations still without a room, per room type and night")
        self.view.group_labels = (self.tr("Floor {floor}"), self.tr("{code} · {name}"))
        self.view.corner.title = self.tr("Room")
        self.view.unassigned_provider = self._unassigned
        self.actions_ = PlanActions(self, ops=self.ops, model=self.model, view=self.view, message=self.message)

        title = QLabel(self.tr("Room plan"))
        title.setObjectName("SectionTitle")
        self.earlier, self.today_button, self.later = QPushButton("◀"), QPushButton(self.tr("Today")), \
            QPushButton("▶")
        self.earlier.setToolTip(self.tr("A week earlier"))
        self.later.setToolTip(self.tr("A week later"))
        for button in (self.earlier, self.later):
            button.setFixedWidth(34)
        self.start = QDateEdit()
        self.start.setObjectName("plan_start")
        self.start.setDisplayFormat("yyyy-MM-dd")
        self.start.setCalendarPopup(True)
        self.days = QComboBox()
        self.days.setObjectName("plan_days")
        for days in DAY_CHOICES:
            self.days.addItem(self.tr("%n day(s)", "", days), days)
        self.days.setCurrentIndex(DAY_CHOICES.index(31))
        self.zoom_out, self.zoom_in = QToolButton(), QToolButton()
        self.zoom_out.setText("−")
        self.zoom_in.setText("+")
        self.zoom_out.setToolTip(self.tr("Narrower days (Ctrl+wheel)"))
        self.zoom_in.setToolTip(self.tr("Wider days (Ctrl+wheel)"))
        self.grouping = QComboBox()
        self.grouping.setObjectName("plan_grouping")
        self.grouping.addItem(self.tr("By floor"), Grouping.FLOOR)
        self.grouping.addItem(self.tr("By room type"), Grouping.TYPE)

        self.buttons: dict[str, QPushButton] = {}
        for key, text, keys in (("open", self.tr("Open"), "Return"), ("move", self.tr("Assign or move…"), "Ctrl+M"),
                                ("unassign", self.tr("Unassign room"), "")):
            button = QPushButton(text)
            button.setObjectName(f"button_{key}")
            if keys:
                button.setToolTip(QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText))
            self.buttons[key] = button
        QShortcut(QKeySequence("Ctrl+M"), self, self.actions_.move_selected,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

        top = QHBoxLayout()
        top.addWidget(title)
        top.addSpacing(12)
        for widget in (self.earlier, self.today_button, self.later, self.start, self.days):
            top.addWidget(widget)
        top.addSpacing(8)
        top.addWidget(self.zoom_out)
        top.addWidget(self.zoom_in)
        top.addSpacing(8)
        top.addWidget(self.grouping)
        top.addStretch(1)
        for button in self.buttons.values():
            top.addWidget(button)

        self.details = QLabel()
        self.details.setObjectName("PlanDetails")
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        bottom = QHBoxLayout()
        bottom.addWidget(Legend(self))
        bottom.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.message)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.details)
        layout.addLayout(bottom)
        self.setFocusProxy(self.view)

        self.earlier.clicked.connect(lambda: self._shift(-7))
        self.later.clicked.connect(lambda: self._shift(7))
        self.today_button.clicked.connect(lambda: self.set_start(self._today()))
        self.start.dateChanged.connect(lambda _d: self.refresh(force=True))
        self.days.currentIndexChanged.connect(lambda _i: self.refresh(force=True))
        self.grouping.currentIndexChanged.connect(lambda _i: self.refresh(force=True))
        self.zoom_out.clicked.connect(lambda: self.view.set_zoom(self.view.zoom - 1))
        self.zoom_in.clicked.connect(lambda: self.view.set_zoom(self.view.zoom + 1))
        self.view.zoom_changed.connect(self._update_buttons)
        self.view.selection_changed.connect(lambda _bar: self._update_buttons())
        self.view.bar_activated.connect(self.open_bar)
        self.view.cell_activated.connect(self.book_cell)
        self.view.drop_requested.connect(self.actions_.drop)
        self.view.strip_activated.connect(self._strip_menu)
        self.view.context_requested.connect(self._context_menu)
        self.buttons["open"].clicked.connect(self.open_selected)
        self.buttons["move"].clicked.connect(self.actions_.move_selected)
        self.buttons["unassign"].clicked.connect(self.actions_.unassign_selected)

    # -- data -------------------------------------------------------------------
    def _today(self) -> date:
        return self.plan.business_date if self.plan is not None else self.start.date().toPython()  # type: ignore[return-value]

    def first_day(self) -> date:
        return self.start.date().toPython()  # type: ignore[return-value]

    def day_count(self) -> int:
        return int(self.days.currentData())

    def set_start(self, day: date) -> None:
        self.start.setDate(_qdate(day))

    def _shift(self, days: int) -> None:
        self.set_start(max(self._today(), self.first_day() + timedelta(days=days)))

    def _on_changed(self, kinds: frozenset[str]) -> None:
        """A change here or on another workstation: read again, off the GUI thread."""
        if not kinds & KINDS:
            return
        if not self.isVisible():
            self._stale = True  # read when shown
            return
        self.loader.load(**self._query())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _query(self) -> dict[str, Any]:
        return {"start": self.first_day() if self.plan is not None else None, "days": self.day_count(),
                "grouping": Grouping(self.grouping.currentData())}

    def refresh(self, *, force: bool = False) -> None:
        """Read the plan now (shown again, or other dates): the rooms on screen
        at once, the rest in the background. Only rows that changed are
        repainted. A hidden tab waits until it is shown."""
        if not force and not self.isVisible():
            self._stale = True
            return
        self._stale = False
        generation = self.loader.next_generation()
        plan = self.ops.read(room_plan, **self._query(), rows=self._rows_on_screen())
        self._apply(plan, generation)
        if not plan.complete:
            # The rest once the rooms on screen are painted: a read in the
            # worker would share the interpreter with this first paint. (The
            # dates shown then: a read asked for before a change is dropped.)
            self.view.after_next_paint(lambda: self.loader.load(**self._query()))

    def _rows_on_screen(self) -> range:
        """The rows the chart shows now, and a screenful around them (80 before the first layout)."""
        view, layout = self.view, self.view.layout_
        if not layout.row_tops:
            return range(0, 80)
        top, height = view.verticalOffset(), max(view.viewport().height(), 400)
        return layout.rows_between(max(0, top - height), top + 2 * height)

    def _loaded(self, plan: RoomPlan, generation: int) -> None:
        if generation > self._applied:  # else the clerk's own action or new dates were read since
            self._apply(plan, generation)

    def _apply(self, plan: RoomPlan, generation: int) -> None:
        self._applied = generation
        if plan.start < plan.business_date:
            # The business date moved on (a day close): the plan starts today again.
            self.plan = plan
            self.start.setMinimumDate(_qdate(plan.business_date))
            return  # setMinimumDate moved the start, which refreshed
        self.plan = plan
        if self.start.minimumDate() != _qdate(plan.business_date) or self.start.date() != _qdate(plan.start):
            self.start.blockSignals(True)  # touched only when it changes: a date edit repaints what is around it
            self.start.setMinimumDate(_qdate(plan.business_date))
            self.start.setDate(_qdate(plan.start))
            self.start.blockSignals(False)
        self.model.set_plan(plan)
        self._update_buttons()

    def _unassigned(self, type_id: int, night: date) -> list[Bar]:
        return self.ops.read(unassigned_reservations, type_id=type_id, night=night)

    def _update_buttons(self) -> None:
        bar = self.view.selected
        self.buttons["open"].setEnabled(bar is not None and bar.kind is not BarKind.BLOCK)
        self.buttons["move"].setEnabled(bar is not None and bar.movable)
        self.buttons["unassign"].setEnabled(bar is not None and bar.kind is BarKind.RESERVATION
                                            and bar.room_id is not None)
        self.zoom_out.setEnabled(self.view.can_zoom_out())
        self.zoom_in.setEnabled(self.view.can_zoom_in())
        if bar is None:
            self.details.setText(self.tr("Drag a bar to another room to assign or move it; double-click a bar to "
                                         "open it, an empty night to book that room."))
            self.details.setObjectName("Hint")
        else:
            room = next((r.number for r in self.model.plan.rooms if r.room_id == bar.room_id), None) \
                if self.model.plan else None
            where = self.tr("Room {room}").format(room=room) if room else self.tr("No room yet")
            self.details.setText(f"{where} · {self.model.describe(bar)}")
            self.details.setObjectName("PlanDetails")
        self.details.style().unpolish(self.details)
        self.details.style().polish(self.details)

    # -- opening ----------------------------------------------------------------
    def open_bar(self, bar: Bar) -> None:
        if bar.kind is BarKind.BLOCK:
            self.message.show_info(self.tr("{what}: {reason}. Rooms are taken out of order and back on the Room "
                                           "status tab.").format(what=desk_text(STATE_NAMES[bar.state]).capitalize(),
                                                                 reason=bar.name))
            return
        self.open_requested.emit("stay" if bar.kind is BarKind.STAY else "reservation", bar.id)

    def open_selected(self) -> None:
        if self.view.selected is not None:
            self.open_bar(self.view.selected)

    def book_cell(self, room: PlanRoom, night: date) -> None:
        """Start a booking for this room from this night, in the Reservations form."""
        if self.plan is not None and night < self.plan.business_date:
            return
        self.open_requested.emit("booking", (room.type_id, night, room.room_id, room.number))

    # -- menus --------------------------------------------------------------------
    def _strip_menu(self, type_id: int, night: date) -> None:
        """The reservations behind a count on the strip: choose one to give it a room."""
        found = self._unassigned(type_id, night)
        if not found:
            return
        menu = QMenu(self)
        menu.setToolTipsVisible(True)
        menu.addSection(self.tr("{type} without a room on {date}").format(type=self.actions_.type_code(type_id),
                                                                          date=night.isoformat()))
        for bar in found:
            text = self.tr("{guest} · {arrival} → {departure} · {confirmation}").format(
                guest=bar.name, arrival=bar.start.strftime("%m-%d"), departure=bar.departure.strftime("%m-%d"),
                confirmation=bar.confirmation)
            action = menu.addAction(text)
            action.setToolTip(self.model.tooltip(bar))
            action.triggered.connect(lambda _checked=False, b=bar: self._chosen_from_strip(b))
        menu.exec(self.cursor().pos())

    def _chosen_from_strip(self, bar: Bar) -> None:
        self.view.set_floating_selection(bar)
        self.actions_.move_selected()

    def _context_menu(self, bar: Bar | None, room: PlanRoom | None, night: date | None, where: QPoint) -> None:
        menu = QMenu(self)
        if bar is not None:
            self.view.select_bar(bar.key)
            if bar.kind is not BarKind.BLOCK:
                menu.addAction(self.tr("Open"), lambda: self.open_bar(bar))
                menu.addAction(self.tr("Assign or move…"), self.actions_.move_selected)
            if bar.kind is BarKind.RESERVATION and bar.room_id is not None:
                menu.addAction(self.tr("Unassign room"), lambda: self.actions_.unassign(bar))
        elif room is not None and night is not None and self.plan is not None and night >= self.plan.business_date:
            menu.addAction(self.tr("Book room {room} from {date}…").format(room=room.number, date=night.isoformat()),
                           lambda: self.book_cell(room, night))
        if not menu.isEmpty():
            menu.exec(where)
