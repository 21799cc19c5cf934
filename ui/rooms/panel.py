"""The side of the room board: the selected room's details and actions, the
hotel's discrepancies with housekeeping, and what the codes mean."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desk.rooms.board import RoomTile
from desk.rooms.codes import CODE_NAMES, HK_NAMES, StatusCode
from desk.rooms.housekeeping import Discrepancy
from ui.i18n import desk_text
from ui.rooms.model import CODE_ORDER, MARKER_COLOURS, Marker, colour
from ui.table import Column, RowTableModel
from ui.widgets import make_table


class RoomPanel(QFrame):
    """Shows; the tab decides what the buttons do."""

    discrepancy_chosen = Signal(str)  # a room number, clicked in the discrepancy list

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SidePanel")
        self._setup_ui()

    def _setup_ui(self) -> None:
        panel = self
        panel.setMinimumWidth(280)
        self.detail_title = QLabel()
        self.detail_title.setObjectName("DetailTitle")
        self.detail_title.setWordWrap(True)
        self.detail_form = QFormLayout()
        self.detail_labels: dict[str, QLabel] = {}
        for key, title in (("type", self.tr("Type")), ("status", self.tr("Status")),
                           ("housekeeping", self.tr("Housekeeping", "the room's cleaning state")),
                           ("guest", self.tr("Guest")),
                           ("note", self.tr("Note"))):
            label = QLabel()
            label.setWordWrap(True)
            self.detail_labels[key] = label
            self.detail_form.addRow(title, label)
        self.buttons: dict[str, QPushButton] = {}
        grid = QGridLayout()
        grid.setVerticalSpacing(4)
        specs = (
            ("clean", self.tr("Mark clean"), 0, 0), ("inspected", self.tr("Mark inspected"), 0, 1),
            ("dirty", self.tr("Mark dirty"), 1, 0), ("history", self.tr("History…"), 1, 1),
            ("ooo", self.tr("Out of order…"), 2, 0), ("oos", self.tr("Out of service…"), 2, 1),
            ("back", self.tr("Back in use"), 3, 0), ("checkin", self.tr("Check in…"), 4, 0),
            ("checkout", self.tr("Check out…"), 4, 1),
        )
        for key, text, row, column in specs:
            button = QPushButton(text)
            button.setObjectName(f"button_{key}")
            self.buttons[key] = button
            grid.addWidget(button, row, column)
        delegate_text = {"skip": self.tr("SKIP"), "sleep": self.tr("SLEEP")}
        kinds = {"skip": self.tr("Skip: front office occupied, housekeeping vacant"),
                 "sleep": self.tr("Sleep: front office vacant, housekeeping occupied")}
        columns: list[Column[Discrepancy]] = [
            Column(self.tr("Room"), lambda d: d.number),
            Column(self.tr("Kind"), lambda d: delegate_text[d.kind], tooltip=lambda d: kinds[d.kind]),
            Column(self.tr("Front office"), lambda d: self.tr("occupied") if d.front_office_occupied
                   else self.tr("vacant")),
            Column(self.tr("Housekeeping"), lambda d: self.tr("occupied") if d.found_occupied else self.tr("vacant")),
        ]
        # Its own box: the list is about the whole hotel, not the selected room.
        self.discrepancy_box = QGroupBox()
        self.discrepancy_box.setObjectName("DiscrepancyBox")
        self.discrepancy_model = RowTableModel(columns, self)
        self.discrepancy_view = make_table(self.discrepancy_model, self.discrepancy_box)
        self.discrepancy_view.setObjectName("discrepancyList")
        self.discrepancy_view.setToolTip(self.tr("Click a row to select its room on the board."))
        header = self.discrepancy_view.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(len(columns) - 1, QHeaderView.ResizeMode.Stretch)
        self.discrepancy_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        rows = self.discrepancy_view.verticalHeader()
        rows.setDefaultSectionSize(self.discrepancy_view.fontMetrics().height() + 8)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        # Its height comes from the rows it has (see refresh), not its size hint.
        self.discrepancy_view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        self.discrepancy_view.setCursor(Qt.CursorShape.PointingHandCursor)
        self.discrepancy_empty = QLabel(self.tr("None: the last report agrees with the front office."))
        self.discrepancy_empty.setWordWrap(True)
        box_layout = QVBoxLayout(self.discrepancy_box)
        box_layout.setContentsMargins(8, 4, 8, 6)
        box_layout.setSizeConstraint(QVBoxLayout.SizeConstraint.SetMinAndMaxSize)  # no taller than its rows
        box_layout.addWidget(self.discrepancy_empty)
        box_layout.addWidget(self.discrepancy_view, 1)

        details = QFrame()
        details.setObjectName("RoomDetails")
        details_layout = QVBoxLayout(details)
        details_layout.setContentsMargins(0, 0, 0, 0)
        details_layout.addWidget(self.detail_title)
        details_layout.addLayout(self.detail_form)
        details_layout.addLayout(grid)
        self._panel_layout = layout = QVBoxLayout(panel)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(6)
        layout.addWidget(details)
        layout.addWidget(self.discrepancy_box)
        layout.addStretch(1)
        layout.addWidget(self._legend())
        self.discrepancy_view.clicked.connect(self._discrepancy_clicked)
        self.discrepancy_view.activated.connect(self._discrepancy_clicked)

    def _legend(self) -> QWidget:
        """What the codes and markers mean, in words."""
        legend = QFrame()
        legend.setObjectName("Legend")
        legend.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)  # never squeezed
        grid = QGridLayout(legend)
        grid.setContentsMargins(0, 2, 0, 0)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(1)
        title = QLabel(self.tr("Legend"))
        title.setObjectName("SectionTitle")
        grid.addWidget(title, 0, 0, 1, 2)
        entries = [(code.value, desk_text(CODE_NAMES[code]), colour(code).name()) for code in CODE_ORDER]
        # An out-of-service tile carries two codes: the block on the left, the room's own state on the right.
        entries += [("OOS · VI", self.tr("Out of service; right: its occupancy and cleaning state"),
                     colour(StatusCode.OOS).name())]
        entries += [(self.tr("DUE OUT"), self.tr("Guest leaves today"), MARKER_COLOURS[Marker.DUE_OUT]),
                    (self.tr("ARR"), self.tr("Arrival assigned to the room"), MARKER_COLOURS[Marker.ARRIVAL]),
                    (self.tr("SKIP"), self.tr("Housekeeping found it vacant"), MARKER_COLOURS[Marker.DISCREPANCY]),
                    (self.tr("SLEEP"), self.tr("Housekeeping found it occupied"),
                     MARKER_COLOURS[Marker.DISCREPANCY]),
                    (self.tr("CPL"), self.tr("Overdue complaint about the room"), MARKER_COLOURS["complaint"])]
        for i, (code, name, colour_name) in enumerate(entries):
            badge = QLabel(code)
            badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
            badge.setStyleSheet(f"background: {colour_name}; color: white; font-weight: 700; border-radius: 3px;"
                                " padding: 1px 4px;")
            text = QLabel(name)
            text.setWordWrap(True)
            grid.addWidget(badge, 1 + i, 0)
            grid.addWidget(text, 1 + i, 1)
        grid.setColumnStretch(1, 1)
        return legend

    def _discrepancy_clicked(self, index: QModelIndex) -> None:
        self.discrepancy_chosen.emit(self.discrepancy_model.row(index.row()).number)

    def show_discrepancies(self, discrepancies: Sequence[Discrepancy]) -> None:
        self.discrepancy_model.set_rows(discrepancies)
        self.discrepancy_box.setTitle(self.tr("All discrepancies ({count})").format(
            count=len(discrepancies)))
        has_discrepancies = bool(discrepancies)
        self.discrepancy_view.setVisible(has_discrepancies)
        self.discrepancy_empty.setVisible(not has_discrepancies)
        # The list grows to show all its rows while the panel has room (at least
        # two show; beyond, it scrolls); the height left over goes below the box.
        self._panel_layout.setStretchFactor(self.discrepancy_box, 100 if has_discrepancies else 0)
        view = self.discrepancy_view
        chrome = view.horizontalHeader().sizeHint().height() + 2 * view.frameWidth()
        row = view.verticalHeader().defaultSectionSize()
        count = len(discrepancies)
        view.setMinimumHeight(chrome + min(count, 2) * row)
        view.setMaximumHeight(chrome + count * row)

    def show_tiles(self, tiles: Sequence[RoomTile]) -> None:
        """The selected room's details (or how many are selected)."""
        labels = self.detail_labels
        if len(tiles) != 1:
            self.detail_title.setText(self.tr("{count} rooms selected").format(count=len(tiles)) if tiles
                                      else self.tr("Select a room (Ctrl or Shift for several)"))
            for label in labels.values():
                label.setText("")
            return
        tile = tiles[0]
        self.detail_title.setText(self.tr("Room {room}").format(room=tile.number))
        labels["type"].setText(f"{tile.type_code} · {tile.type_name}")
        labels["status"].setText(f"{tile.code.value} · {desk_text(CODE_NAMES[tile.code])}")
        labels["housekeeping"].setText(desk_text(HK_NAMES[tile.hk_state]))
        guest = tile.guest_name
        if tile.due_out:
            guest = self.tr("{guest} (due out today)").format(guest=guest)
        if tile.arrival_assigned:
            arriving = self.tr("arriving: {guest}").format(guest=tile.arrival_name)
            guest = f"{guest}\n{arriving}" if guest else arriving
        labels["guest"].setText(guest or "—")
        note = ""
        if tile.block_kind is not None and tile.block_until is not None:
            note = self.tr("{reason}; back on {date}").format(reason=tile.block_reason,
                                                              date=tile.block_until.isoformat())
        labels["note"].setText(note or "—")

