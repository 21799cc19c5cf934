"""The Room status tab: the board by floor, its legend and filters, and the
housekeeping actions on the selected rooms."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QItemSelection, QItemSelectionModel, QModelIndex, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QResizeEvent, QWheelEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QPushButton,
    QScrollArea,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desk.complaints.queries import overdue_room_ids
from desk.models import BlockKind, HkState
from desk.permissions import Permission, allowed
from desk.rooms import status
from desk.rooms.board import Board, RoomTile, load_board
from desk.rooms.codes import CODE_NAMES, HK_NAMES, StatusCode
from desk.rooms.history import room_history
from desk.rooms.housekeeping import submit_report
from ui.i18n import desk_text
from ui.ops import Ops, Outcome
from ui.rooms.delegate import TileDelegate
from ui.rooms.dialogs import BlockDialog, HistoryDialog, HousekeepingReportDialog
from ui.rooms.model import CODE_ORDER, MARKER_COLOURS, BoardFilter, BoardModel, Marker, colour
from ui.rooms.panel import RoomPanel
from ui.widgets import MessageBar

ROOM_KINDS = frozenset({"room", "stay", "reservation", "housekeeping_report", "hotel", "complaint"})
COMPLAINT_RECHECK_MS = 60_000  # a complaint turns overdue when its deadline passes, with no change to announce


class BoardView(QListView):
    """Tiles flowing left to right, a floor header starting each floor."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("RoomBoard")
        self.setViewMode(QListView.ViewMode.ListMode)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMovement(QListView.Movement.Static)
        self.setLayoutMode(QListView.LayoutMode.SinglePass)
        self.setSpacing(4)
        self.setUniformItemSizes(False)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setSelectionRectVisible(True)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setMouseTracking(True)
        self.setItemDelegate(TileDelegate(self))

    def _fit_rows(self) -> None:
        """Narrow the viewport to whole rows of tiles: the list then breaks a
        floor into the even rows the delegate sized the tiles for."""
        delegate = self.itemDelegate()
        if not isinstance(delegate, TileDelegate):
            return
        spare = delegate.update_layout()
        if self.viewportMargins().right() != spare:
            self.setViewportMargins(0, 0, spare, 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._fit_rows()
        super().resizeEvent(event)

    def event(self, event: QEvent) -> bool:
        # The wheel over the strip right of the rows (outside the viewport)
        # scrolls the board as well.
        if event.type() == QEvent.Type.Wheel and isinstance(event, QWheelEvent):
            self.wheelEvent(event)
            return True
        return super().event(event)

    def doItemsLayout(self) -> None:
        self._fit_rows()  # the fullest floor may have changed
        super().doItemsLayout()


class RoomStatusTab(QWidget):
    """Reads the board through desk queries; changes rooms through desk services."""

    rooms_changed = Signal()
    # Check in or out from a tile: ("check_in" | "check_out", room id), handled by the Front desk tab.
    front_desk_requested = Signal(str, int)

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.board: Board | None = None
        self._setup_ui()
        self.ops.hub.changed.connect(self._on_changed)
        self.refresh()

    # -- building -------------------------------------------------------------
    def _setup_ui(self) -> None:
        self.message = MessageBar(self)
        self.model = BoardModel(self)
        self.model.floor_label = self.tr("Floor {floor} · {rooms} rooms")
        self.proxy = BoardFilter(self)
        self.proxy.setSourceModel(self.model)
        self.view = BoardView(self)
        self.view.setModel(self.proxy)
        delegate = self.view.itemDelegate()
        assert isinstance(delegate, TileDelegate)
        delegate.marker_text = {"due_out": self.tr("DUE OUT"), "arrival": self.tr("ARR"),
                                "skip": self.tr("SKIP"), "sleep": self.tr("SLEEP"), "complaint": self.tr("CPL")}
        self._complaint_timer = QTimer(self)
        self._complaint_timer.setInterval(COMPLAINT_RECHECK_MS)
        self._complaint_timer.timeout.connect(self._mark_complaints)
        self._complaint_timer.start()

        self.floor_filter = QComboBox()
        self.floor_filter.setObjectName("floorFilter")
        self.type_filter = QComboBox()
        self.type_filter.setObjectName("typeFilter")
        self.goto = QLineEdit()
        self.goto.setObjectName("gotoRoom")
        self.goto.setPlaceholderText(self.tr("Go to room…"))
        self.goto.setClearButtonEnabled(True)
        self.goto.setMaximumWidth(160)
        self.report_button = QPushButton(self.tr("Housekeeping report…"))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Floor")))
        top.addWidget(self.floor_filter)
        top.addWidget(QLabel(self.tr("Type")))
        top.addWidget(self.type_filter)
        top.addSpacing(12)
        top.addWidget(self.goto)
        top.addStretch(1)
        top.addWidget(self.report_button)

        self._chip_labels = {Marker.DUE_OUT.value: self.tr("Due out"), Marker.ARRIVAL.value: self.tr("Arrivals"),
                             Marker.DISCREPANCY.value: self.tr("Discrepancies")}
        self.legend = QHBoxLayout()
        self.legend.setSpacing(4)
        self.chips: dict[str, QToolButton] = {}
        for code in CODE_ORDER:
            self._add_chip(code.value, desk_text(CODE_NAMES[code]), colour(code).name())
        self._add_chip(Marker.DUE_OUT, self.tr("Due out"), MARKER_COLOURS[Marker.DUE_OUT])
        self._add_chip(Marker.ARRIVAL, self.tr("Arrival assigned"), MARKER_COLOURS[Marker.ARRIVAL])
        self._add_chip(Marker.DISCREPANCY, self.tr("Discrepancy"), MARKER_COLOURS[Marker.DISCREPANCY])
        self.legend.addSpacing(6)
        self.clear_filter = QPushButton(self.tr("Show all"))
        self.clear_filter.setObjectName("clearFilter")
        self.legend.addWidget(self.clear_filter)
        self.legend.addStretch(1)
        self.total_label = QLabel()
        self.legend.addWidget(self.total_label)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.view)
        side = QScrollArea()
        side.setObjectName("SideScroll")
        self.panel = RoomPanel()
        side.setWidget(self.panel)
        # The panel's parts, by the names the tab's code and its tests use.
        self.buttons, self.detail_title, self.detail_labels = (self.panel.buttons, self.panel.detail_title,
                                                               self.panel.detail_labels)
        self.discrepancy_model, self.discrepancy_view = self.panel.discrepancy_model, self.panel.discrepancy_view
        self.discrepancy_box = self.panel.discrepancy_box
        side.setWidgetResizable(True)
        side.setFrameShape(QFrame.Shape.NoFrame)
        side.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        side.setMinimumWidth(300)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 0)
        splitter.setSizes([880, 340])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.message)
        layout.addLayout(top)
        layout.addLayout(self.legend)
        layout.addWidget(splitter, 1)

        self._make_actions()
        self.floor_filter.currentIndexChanged.connect(self._apply_filter)
        self.type_filter.currentIndexChanged.connect(self._apply_filter)
        self.clear_filter.clicked.connect(self._clear_filter)
        self.goto.textEdited.connect(self.jump_to_room)
        self.goto.returnPressed.connect(self.view.setFocus)
        self.report_button.clicked.connect(self.open_housekeeping_report)
        self.view.selectionModel().selectionChanged.connect(self._on_selection)
        self.view.doubleClicked.connect(lambda _index: self.show_history())
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.panel.discrepancy_chosen.connect(self.jump_to_room)

    def _add_chip(self, key: str, tooltip: str, colour_name: str) -> None:
        chip = QToolButton()
        chip.setObjectName(f"chip_{key}")
        chip.setCheckable(True)
        chip.setToolTip(tooltip)
        chip.setProperty("chipColour", colour_name)
        chip.setStyleSheet(
            f"QToolButton {{ border: 1px solid {colour_name}; border-radius: 10px; padding: 2px 9px; }}"
            f"QToolButton:checked {{ background: {colour_name}; color: white; }}"
        )
        chip.toggled.connect(self._apply_filter)
        self.chips[key] = chip
        self.legend.addWidget(chip)

    def _make_actions(self) -> None:
        role = self.ops.actor.role
        self.actions: dict[str, QAction] = {}
        specs: tuple[tuple[str, Permission | None, str, Callable[[], None]], ...] = (
            ("clean", Permission.ROOM_MARK_CLEAN, "C", lambda: self.mark(HkState.CLEAN)),
            ("inspected", Permission.ROOM_MARK_INSPECTED, "I", lambda: self.mark(HkState.INSPECTED)),
            ("dirty", Permission.ROOM_MARK_DIRTY, "D", lambda: self.mark(HkState.DIRTY)),
            ("ooo", Permission.ROOM_BLOCK, "", lambda: self.block(BlockKind.OUT_OF_ORDER)),
            ("oos", Permission.ROOM_BLOCK, "", lambda: self.block(BlockKind.OUT_OF_SERVICE)),
            ("back", Permission.ROOM_BLOCK, "", self.return_to_service),
            ("history", None, "H", self.show_history),
            ("checkin", Permission.FRONT_DESK, "", lambda: self._to_front_desk("check_in")),
            ("checkout", Permission.FRONT_DESK, "", lambda: self._to_front_desk("check_out")),
        )
        for key, permission, shortcut, slot in specs:
            button = self.buttons[key]
            action = QAction(button.text(), self)
            if shortcut:
                action.setShortcut(QKeySequence(shortcut))
                action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                button.setToolTip(self.tr("Shortcut: {key}").format(key=shortcut))
                self.view.addAction(action)
            action.triggered.connect(slot)
            button.clicked.connect(action.trigger)
            # Hidden, not only disabled, when the role can never do it.
            permitted = permission is None or allowed(role, permission)
            button.setVisible(permitted)
            action.setVisible(permitted)
            self.actions[key] = action
        self.report_button.setVisible(allowed(role, Permission.HOUSEKEEPING_REPORT))

    # -- data -------------------------------------------------------------------
    def _on_changed(self, kinds: frozenset[str]) -> None:
        if kinds & ROOM_KINDS:
            self.refresh()

    def refresh(self) -> None:
        """Reload the board from the database, keeping selection and filters."""
        selected = {t.room_id for t in self.selected_tiles()}
        current = self.current_tile()
        self.board = self.ops.read(load_board)
        self._fill_filters(self.board)
        self.model.set_tiles(self.board.tiles)
        self._mark_complaints()
        self.proxy.refilter()
        self._restore_selection(selected, current.room_id if current else None)
        self._update_counts(self.board)
        self.panel.show_discrepancies(self.board.discrepancies)
        self._update_details()

    def _mark_complaints(self) -> None:
        self.model.set_complaint_rooms(self.ops.read(overdue_room_ids))

    def _fill_filters(self, board: Board) -> None:
        floors = sorted({t.floor for t in board.tiles})
        types = sorted({(t.type_code, t.type_name) for t in board.tiles})
        if self.floor_filter.count() != len(floors) + 1:
            self.floor_filter.blockSignals(True)
            self.floor_filter.clear()
            self.floor_filter.addItem(self.tr("All floors"), None)
            for floor in floors:
                self.floor_filter.addItem(str(floor), floor)
            self.floor_filter.blockSignals(False)
        if self.type_filter.count() != len(types) + 1:
            self.type_filter.blockSignals(True)
            self.type_filter.clear()
            self.type_filter.addItem(self.tr("All types"), None)
            for code, name in types:
                self.type_filter.addItem(f"{code} · {name}", code)
            self.type_filter.blockSignals(False)

    def _update_counts(self, board: Board) -> None:
        counts = board.counts()
        counts[Marker.DISCREPANCY] = len(board.discrepancies)
        for key, chip in self.chips.items():
            chip.setText(f"{self._chip_labels.get(key, key)} {counts.get(key, 0)}")
        self.total_label.setText(self.tr("{shown} of {total} rooms shown").format(
            shown=sum(1 for t in board.tiles if self.proxy.tile_matches(t)), total=len(board.tiles)))

    def _restore_selection(self, room_ids: set[int], current: int | None) -> None:
        selection = QItemSelection()
        for room_id in room_ids:
            index = self._proxy_index(room_id)
            if index.isValid():
                selection.select(index, index)
        model = self.view.selectionModel()
        model.select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        if current is not None:
            index = self._proxy_index(current)
            if index.isValid():
                model.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)

    def _proxy_index(self, room_id: int) -> QModelIndex:
        row = self.model.row_of_room(room_id)
        if row is None:
            return QModelIndex()
        return self.proxy.mapFromSource(self.model.index(row))

    # -- selection and details ---------------------------------------------------
    def selected_tiles(self) -> list[RoomTile]:
        tiles = []
        for index in self.view.selectionModel().selectedIndexes():
            tile = self.proxy.mapToSource(index).data(Qt.ItemDataRole.UserRole + 1)
            if tile is not None:
                tiles.append(tile)
        return tiles

    def current_tile(self) -> RoomTile | None:
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        tile: RoomTile | None = index.data(Qt.ItemDataRole.UserRole + 1)
        return tile

    def _on_selection(self, *_args: Any) -> None:
        self._update_details()

    def _update_details(self) -> None:
        tiles = self.selected_tiles()
        # An action is offered while it would change one of the selected rooms;
        # the services still refuse what the rules forbid (a dirty room inspected).
        enabled = {
            "clean": any(t.hk_state is HkState.DIRTY for t in tiles),
            "inspected": any(t.hk_state is HkState.CLEAN for t in tiles),
            "dirty": any(t.hk_state is not HkState.DIRTY for t in tiles),
            "ooo": bool(tiles),
            "oos": bool(tiles),
            "back": any(t.code in (StatusCode.OOO, StatusCode.OOS) for t in tiles),
        }
        for key, on in enabled.items():
            self.actions[key].setEnabled(on)
            self.buttons[key].setEnabled(on)
        self.buttons["history"].setEnabled(len(tiles) == 1)
        self.actions["history"].setEnabled(len(tiles) == 1)
        one = tiles[0] if len(tiles) == 1 else None
        for key, on in (("checkin", one is not None and not one.occupied and one.code is not StatusCode.OOO),
                        ("checkout", one is not None and one.occupied)):
            self.actions[key].setEnabled(on)
            self.buttons[key].setEnabled(on)
        self.panel.show_tiles(tiles)

    # -- filters ---------------------------------------------------------------
    def _apply_filter(self, *_args: Any) -> None:
        states = frozenset(key for key, chip in self.chips.items() if chip.isChecked())
        self.proxy.set_filter(floor=self.floor_filter.currentData(), type_code=self.type_filter.currentData(),
                              states=states)
        if self.board is not None:
            self._update_counts(self.board)

    def _clear_filter(self) -> None:
        for chip in self.chips.values():
            chip.blockSignals(True)
            chip.setChecked(False)
            chip.blockSignals(False)
        self.floor_filter.setCurrentIndex(0)
        self.type_filter.setCurrentIndex(0)
        self._apply_filter()

    def jump_to_room(self, text: str) -> bool:
        """Select the room whose number is typed (exact, else the first that starts so)."""
        text = text.strip()
        if not text or self.board is None:
            return False
        match = next((t for t in self.board.tiles if t.number == text), None)
        match = match or next((t for t in self.board.tiles if t.number.startswith(text)), None)
        if match is None:
            return False
        index = self._proxy_index(match.room_id)
        if not index.isValid():
            # Hidden by a filter: show everything rather than fail to find it.
            self._clear_filter()
            index = self._proxy_index(match.room_id)
        self.view.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.view.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        return True

    def _context_menu(self, position: Any) -> None:
        if not self.selected_tiles():
            return
        menu = QMenu(self)
        for key in ("checkin", "checkout", None, "clean", "inspected", "dirty", None, "ooo", "oos", "back", None,
                    "history"):
            if key is None:
                menu.addSeparator()
            elif self.actions[key].isVisible():
                menu.addAction(self.actions[key])
        menu.popup(self.view.viewport().mapToGlobal(position))

    def _run(self, service: Callable[..., Any], **kwargs: Any) -> Outcome[Any]:
        """Run a room service; a refusal shows in the message bar."""
        outcome = self.ops.run(service, kinds=frozenset({"room"}), **kwargs)
        if not outcome:
            self.message.show_error(outcome.error)
        return outcome

    def mark(self, state: HkState) -> None:
        tiles = self.selected_tiles()
        if not tiles:
            return
        outcome = self._run(status.mark_rooms, room_ids=[t.room_id for t in tiles], state=state)
        if not outcome:
            return
        result = outcome.value
        state_name = desk_text(HK_NAMES[state])
        text = ""
        if result.changed:
            text = self.tr("Marked %n room(s) {state}: {rooms}.", "", len(result.changed)).format(
                state=state_name, rooms=", ".join(result.changed))
        if result.unchanged:
            already = self.tr("Already {state}: {rooms}.").format(state=state_name, rooms=", ".join(result.unchanged))
            text = f"{text} {already}".strip()
        self.message.show_info(text)

    def block(self, kind: BlockKind) -> None:
        tiles = self.selected_tiles()
        if not tiles or self.board is None:
            return
        dialog = BlockDialog(self, kind=kind, rooms=[t.number for t in tiles], business_date=self.board.business_date)
        if not dialog.exec():
            return
        if self._run(status.set_block, room_ids=[t.room_id for t in tiles], **dialog.values):
            self.message.show_info(self.tr("Rooms {rooms}: {what} until {date}.").format(
                rooms=", ".join(t.number for t in tiles),
                what=desk_text(CODE_NAMES[StatusCode.OOO if kind is BlockKind.OUT_OF_ORDER else StatusCode.OOS]),
                date=dialog.values["end"]))

    def return_to_service(self) -> None:
        tiles = self.selected_tiles()
        if not tiles:
            return
        outcome = self._run(status.return_to_service, room_ids=[t.room_id for t in tiles])
        if outcome:
            self.message.show_info(self.tr("Back in use: {rooms}.").format(rooms=", ".join(outcome.value)))

    def _to_front_desk(self, action: str) -> None:
        tiles = self.selected_tiles()
        if len(tiles) == 1:
            self.front_desk_requested.emit(action, tiles[0].room_id)

    def show_history(self) -> None:
        tiles = self.selected_tiles()
        if len(tiles) != 1:
            return
        rows = self.ops.read(room_history, room_id=tiles[0].room_id)
        HistoryDialog(self, room=tiles[0].number, rows=rows).exec()

    def open_housekeeping_report(self) -> None:
        if self.board is None:
            return
        dialog = HousekeepingReportDialog(self, tiles=self.board.tiles, floor=self.floor_filter.currentData(),
                                          business_date=self.board.business_date)
        if not dialog.exec():
            return
        outcome = self._run(submit_report, findings=dialog.findings, note=dialog.note.text())
        if not outcome:
            return
        found = outcome.value
        if found:
            self.message.show_error(self.tr("Housekeeping report saved: %n discrepancy(ies) to check.", "", len(found)))
        else:
            self.message.show_info(self.tr("Housekeeping report saved: it agrees with the front office."))

    def sizeHint(self) -> QSize:
        return QSize(1200, 760)
