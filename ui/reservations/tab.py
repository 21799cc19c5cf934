"""The Reservations tab: availability, today's and tomorrow's lists, search,
and the booking form; every change through desk.reservations services."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desk.errors import DeskError, FullError, StaleDataError
from desk.hotel import room_types
from desk.permissions import Permission, allowed
from desk.reservations import booking, rooms
from desk.reservations.availability import availability
from desk.reservations.queries import (
    GUARANTEE_NAMES,
    STATUS_NAMES,
    DepartureRow,
    ReservationRow,
    ReservationsPage,
    Status,
    find_guests,
    reservation_row,
    reservations_page,
)
from desk.settings import HotelInfo, hotel_info
from ui.i18n import desk_text, error_text
from ui.ops import Ops, Outcome
from ui.reservations.availability import AvailabilityPanel
from ui.reservations.dialogs import AssignRoomDialog, ExtendHoldDialog, ProposalsDialog, ReasonDialog
from ui.reservations.form import BookingForm
from ui.table import Column, RowTableModel
from ui.widgets import MessageBar, make_table

KINDS = frozenset({"reservation", "room", "stay", "hotel"})


class ReservationsTab(QWidget):
    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.page: ReservationsPage | None = None
        self.hotel: HotelInfo = ops.read(hotel_info)
        self._setup_ui()
        self.ops.hub.changed.connect(self._on_changed)
        self.refresh()
        self.form.set_room_types(self.ops.read(room_types), self.hotel.hold_until_time.strftime("%H:%M"))

    # -- building ---------------------------------------------------------------
    def _setup_ui(self) -> None:
        self.message = MessageBar(self)
        self.grid = AvailabilityPanel(self)
        self.form = BookingForm(self)

        columns: list[Column[ReservationRow]] = [
            Column(self.tr("Confirmation"), lambda r: r.confirmation),
            Column(self.tr("Guest"), lambda r: r.guest_name),
            Column(self.tr("Phone"), lambda r: r.phone),
            Column(self.tr("Type"), lambda r: r.type_code),
            Column(self.tr("Room"), lambda r: r.room_number),
            Column(self.tr("Arrival"), lambda r: r.arrival.isoformat()),
            Column(self.tr("Nights"), lambda r: str(r.nights), Qt.AlignmentFlag.AlignRight),
            Column(self.tr("Guarantee"), lambda r: desk_text(GUARANTEE_NAMES[r.guarantee])),
            Column(self.tr("Status"), lambda r: self._status_text(r)),
        ]
        self.lists = QTabWidget()
        self.lists.setObjectName("ReservationLists")
        self.models: dict[str, RowTableModel[ReservationRow]] = {}
        self.views: dict[str, QTableView] = {}
        for key in ("today", "tomorrow", "search"):
            model: RowTableModel[ReservationRow] = RowTableModel(columns, self)
            proxy = QSortFilterProxyModel(self)
            proxy.setSourceModel(model)
            view = make_table(proxy, self)
            view.setSortingEnabled(True)
            view.setObjectName(f"list_{key}")
            view.selectionModel().currentRowChanged.connect(lambda current, _prev, k=key: self._row_chosen(k, current))
            self.models[key], self.views[key] = model, view
        departure_columns: list[Column[DepartureRow]] = [
            Column(self.tr("Room"), lambda d: d.room_number),
            Column(self.tr("Guest"), lambda d: d.guest_name),
            Column(self.tr("Arrived"), lambda d: d.arrival.isoformat()),
            Column(self.tr("Due out"), lambda d: d.departure.isoformat()),
        ]
        self.departures_model: RowTableModel[DepartureRow] = RowTableModel(departure_columns, self)
        self.departures_view = make_table(self.departures_model, self)

        self.search_text = QLineEdit()
        self.search_text.setObjectName("search")
        self.search_text.setPlaceholderText(self.tr("Name, phone or confirmation number"))
        self.search_text.setClearButtonEnabled(True)
        self.search_date = QDateEdit()
        self.search_date.setDisplayFormat("yyyy-MM-dd")
        self.search_date.setCalendarPopup(True)
        self.search_date.setSpecialValueText(self.tr("any date"))
        self.search_date.setMinimumDate(self.search_date.minimumDate())
        self.search_date.setDate(self.search_date.minimumDate())
        search_page = QWidget()
        search_row = QHBoxLayout()
        search_row.addWidget(self.search_text, 1)
        search_row.addWidget(QLabel(self.tr("in house on")))
        search_row.addWidget(self.search_date)
        search_layout = QVBoxLayout(search_page)
        search_layout.setContentsMargins(0, 4, 0, 0)
        search_layout.addLayout(search_row)
        search_layout.addWidget(self.views["search"])
        self.lists.addTab(self.views["today"], "")
        self.lists.addTab(self.views["tomorrow"], "")
        self.lists.addTab(self.departures_view, "")
        self.lists.addTab(search_page, self.tr("Search"))

        self.buttons: dict[str, QPushButton] = {}
        actions = QHBoxLayout()
        specs = (("assign", self.tr("Assign room…")), ("unassign", self.tr("Unassign room")),
                 ("cancel", self.tr("Cancel reservation…")), ("extend", self.tr("Extend hold…")),
                 ("propose", self.tr("Assign today's arrivals…")), ("release", self.tr("Release passed holds")))
        for key, text in specs:
            button = QPushButton(text)
            button.setObjectName(f"button_{key}")
            self.buttons[key] = button
            actions.addWidget(button)
            if key == "extend":
                actions.addStretch(1)
        self.buttons["extend"].setVisible(allowed(self.ops.actor.role, Permission.EXTEND_HOLD))

        lists_box = QWidget()
        lists_layout = QVBoxLayout(lists_box)
        lists_layout.setContentsMargins(0, 0, 0, 0)
        lists_layout.addWidget(self.lists)
        lists_layout.addLayout(actions)
        form_area = QScrollArea()
        form_area.setWidget(self.form)
        form_area.setWidgetResizable(True)
        form_area.setFrameShape(QFrame.Shape.NoFrame)
        form_box = QWidget()
        form_box.setMinimumWidth(400)
        form_box.setMaximumWidth(480)
        form_layout = QVBoxLayout(form_box)
        form_layout.setContentsMargins(0, 0, 0, 0)
        form_layout.addWidget(form_area, 1)
        form_layout.addWidget(self.form.button_bar)
        bottom = QSplitter(Qt.Orientation.Horizontal)
        bottom.addWidget(lists_box)
        bottom.addWidget(form_box)
        bottom.setStretchFactor(0, 1)
        bottom.setSizes([820, 400])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.message)
        layout.addWidget(self.grid)
        layout.addWidget(bottom, 1)

        self.grid.range_changed.connect(self._reload_grid)
        self.grid.cell_chosen.connect(self.form.start_booking)
        self.form.save_requested.connect(self.save)
        self.form.phone_entered.connect(self._look_up_guest)
        self.search_text.textChanged.connect(lambda _t: self.refresh())
        self.search_date.dateChanged.connect(lambda _d: self.refresh())
        self.buttons["assign"].clicked.connect(self.assign_room)
        self.buttons["unassign"].clicked.connect(self.unassign_room)
        self.buttons["cancel"].clicked.connect(self.cancel)
        self.buttons["extend"].clicked.connect(self.extend_hold)
        self.buttons["propose"].clicked.connect(self.propose)
        self.buttons["release"].clicked.connect(self.release_holds)
        QShortcut(QKeySequence("Ctrl+N"), self, self.form.clear, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        QShortcut(QKeySequence("Ctrl+F"), self, self._focus_search,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._update_buttons()

    def _status_text(self, row: ReservationRow) -> str:
        text = desk_text(STATUS_NAMES[row.status])
        if row.status is Status.CONFIRMED and row.hold_until is not None:
            held = row.hold_until.astimezone().strftime("%H:%M")
            text = self.tr("held until {time}").format(time=held) + (self.tr(" (extended)") if row.hold_extended
                                                                      else "")
        return text

    # -- data -----------------------------------------------------------------------
    def _on_changed(self, kinds: frozenset[str]) -> None:
        if kinds & KINDS:
            if "hotel" in kinds:
                self.hotel = self.ops.read(hotel_info)
            self.refresh()

    def refresh(self) -> None:
        """Reload lists and grid; selection and the form stay."""
        search_date = self.search_date.date().toPython() if self.search_date.date() != \
            self.search_date.minimumDate() else None
        self.page = self.ops.read(reservations_page, search_text=self.search_text.text(), search_date=search_date)
        page = self.page
        self.grid.set_business_date(page.business_date)
        self.form.set_business_date(page.business_date)
        if self.grid.first_night() < page.business_date:
            self.grid.set_start(page.business_date)  # also reloads the grid
        else:
            self._reload_grid()
        for key, rows in (("today", page.arrivals_today), ("tomorrow", page.arrivals_tomorrow),
                          ("search", page.found)):
            self._set_rows(key, rows)
        self.departures_model.set_rows(page.departures_today)
        self.lists.setTabText(0, self.tr("Arrivals today ({count})").format(count=len(page.arrivals_today)))
        self.lists.setTabText(1, self.tr("Arrivals tomorrow ({count})").format(count=len(page.arrivals_tomorrow)))
        self.lists.setTabText(2, self.tr("Departures today ({count})").format(count=len(page.departures_today)))
        self._update_buttons()

    def _set_rows(self, key: str, rows: list[ReservationRow]) -> None:
        selected = self.selected()
        self.models[key].set_rows(rows)
        self.views[key].resizeColumnsToContents()
        if selected is not None:
            self._select(key, selected.id)

    def _reload_grid(self) -> None:
        grid = self.ops.read(availability, start=self.grid.first_night(), nights=self.grid.night_count())
        self.grid.model.set_grid(grid)
        self.grid.fit_height()

    def _select(self, key: str, reservation_id: int) -> None:
        model, view = self.models[key], self.views[key]
        for row, item in enumerate(model.rows()):
            if item.id == reservation_id:
                proxy = view.model()
                assert isinstance(proxy, QSortFilterProxyModel)
                view.selectionModel().blockSignals(True)
                view.selectRow(proxy.mapFromSource(model.index(row, 0)).row())
                view.selectionModel().blockSignals(False)

    def selected(self) -> ReservationRow | None:
        """The reservation chosen in the list on screen (or shown in the form)."""
        key = ("today", "tomorrow", None, "search")[self.lists.currentIndex()]
        if key is not None:
            view = self.views[key]
            index = view.currentIndex()
            if index.isValid() and view.selectionModel().isSelected(index):
                proxy = view.model()
                assert isinstance(proxy, QSortFilterProxyModel)
                return self.models[key].row(proxy.mapToSource(index).row())
        return self.form.reservation

    def _row_chosen(self, key: str, index: Any) -> None:
        if not index.isValid():
            return
        proxy = self.views[key].model()
        assert isinstance(proxy, QSortFilterProxyModel)
        row = self.models[key].row(proxy.mapToSource(index).row())
        self.form.load(row, editable=row.status is Status.CONFIRMED)
        self._update_buttons()

    def _update_buttons(self) -> None:
        row = self.selected()
        open_row = row is not None and row.status is Status.CONFIRMED
        self.buttons["assign"].setEnabled(open_row)
        self.buttons["unassign"].setEnabled(open_row and bool(row and row.room_id))
        self.buttons["cancel"].setEnabled(open_row)
        self.buttons["extend"].setEnabled(open_row and row is not None and row.hold_until is not None
                                          and not row.hold_extended)
        released = any(r.status is Status.RELEASED for r in (self.page.arrivals_today if self.page else []))
        self.buttons["release"].setEnabled(released)

    def _focus_search(self) -> None:
        self.lists.setCurrentIndex(3)
        self.search_text.setFocus()
        self.search_text.selectAll()

    def _look_up_guest(self, phone: str) -> None:
        if self.form.reservation is not None:
            return
        guests = self.ops.read(find_guests, phone=phone)
        self.form.show_guest_record(guests[0] if guests else None)

    def show_reservation(self, reservation_id: int) -> None:
        """Find a reservation (in the search list) and load it into the form."""
        try:
            row = self.ops.read(reservation_row, reservation_id=reservation_id)
        except DeskError as error:
            self.message.show_error(error_text(error))
            return
        self.lists.setCurrentIndex(3)
        self.search_date.setDate(self.search_date.minimumDate())
        self.search_text.setText(row.confirmation)  # refreshes the lists
        self._select("search", row.id)
        self.form.load(row, editable=row.status is Status.CONFIRMED)
        self._update_buttons()

    def start_booking(self, type_id: int, night: date, room_id: int | None = None, room_number: str = "") -> None:
        """A new booking in the form: the type from the night, with that room if given."""
        self.form.start_booking(type_id, night, (room_id, room_number) if room_id is not None else None)

    # -- actions -----------------------------------------------------------------
    def _run(self, service: Callable[..., Any], **kwargs: Any) -> Outcome[Any]:
        outcome = self.ops.run(service, kinds=frozenset({"reservation"}), **kwargs)
        if not outcome:
            self.message.show_error(outcome.error)
            if outcome.refusal is StaleDataError and self.form.reservation is not None:
                self._reload_form(self.form.reservation.id)
        return outcome

    def _reload_form(self, reservation_id: int) -> None:
        row = self.ops.read(reservation_row, reservation_id=reservation_id)
        self.form.load(row, editable=row.status is Status.CONFIRMED)

    def save(self, overbook_reason: str = "") -> None:
        details = self.form.details
        current = self.form.reservation
        if current is None:
            outcome = self._run(booking.create_reservation, details=details, overbook_reason=overbook_reason,
                                room_id=self.form.room_id)
        else:
            outcome = self._run(booking.modify_reservation, reservation_id=current.id, version=current.version,
                                details=details, overbook_reason=overbook_reason)
        if not outcome:
            if outcome.refusal is FullError and not overbook_reason and allowed(self.ops.actor.role,
                                                                                 Permission.OVERBOOK):
                self._offer_overbooking(outcome.error)
            return
        row: ReservationRow = outcome.value
        verb = self.tr("Booked") if current is None else self.tr("Saved")
        text = self.tr("{verb}: {confirmation} for {guest}, {type}, {arrival}, {nights} night(s). "
                       "Give the guest the confirmation number {confirmation}.").format(
            verb=verb, confirmation=row.confirmation, guest=row.guest_name, type=row.type_code,
            arrival=row.arrival.isoformat(), nights=row.nights)
        if current is None and row.room_number:
            text += " " + self.tr("Room {room} is assigned.").format(room=row.room_number)
        self.message.show_info(text)
        if current is None:
            self.form.clear()
        else:
            self.form.load(row, editable=True)

    def _offer_overbooking(self, why: str) -> None:
        dialog = ReasonDialog(self, title=self.tr("Overbook?"), ok_text=self.tr("Overbook"),
                              explanation=why + "\n\n" + self.tr("As a manager you may sell it anyway. Give the "
                                                                 "reason; it is recorded."))
        if dialog.exec():
            self.save(overbook_reason=dialog.reason.text() or " ")

    def cancel(self) -> None:
        row = self.selected()
        if row is None:
            return
        dialog = ReasonDialog(self, title=self.tr("Cancel reservation {confirmation}").format(
            confirmation=row.confirmation), ok_text=self.tr("Cancel reservation"),
            explanation=self.tr("{guest}, {type}, {arrival}, {nights} night(s). The room is free again at once.")
            .format(guest=row.guest_name, type=row.type_code, arrival=row.arrival.isoformat(), nights=row.nights))
        if dialog.exec() and self._run(booking.cancel_reservation, reservation_id=row.id,
                                       reason=dialog.reason.text(), version=row.version):
            self.message.show_info(self.tr("Reservation {confirmation} cancelled.").format(
                confirmation=row.confirmation))
            self.form.clear()

    def extend_hold(self) -> None:
        row = self.selected()
        if row is None or row.hold_until is None:
            return
        dialog = ExtendHoldDialog(self, reservation=row, latest=self.hotel.hold_extension_latest,
                                  current=row.hold_until.astimezone().strftime("%H:%M"))
        if dialog.exec() and self._run(booking.extend_hold, reservation_id=row.id, until=dialog.time,
                                       reason=dialog.reason.text()):
            self.message.show_info(self.tr("{confirmation} is held until {time}.").format(
                confirmation=row.confirmation, time=dialog.time.strftime("%H:%M")))

    def assign_room(self) -> None:
        row = self.selected()
        if row is None:
            return
        same = self.ops.read(rooms.free_rooms_for, reservation_id=row.id)
        other = [c for c in self.ops.read(rooms.free_rooms_for, reservation_id=row.id, any_type=True)
                 if not c.same_type]
        dialog = AssignRoomDialog(self, reservation=row, rooms=same, other_types=other)
        if not dialog.exec() or dialog.choice is None:
            return
        choice = dialog.choice
        outcome = self._run(rooms.assign_room, reservation_id=row.id, room_id=choice.room_id,
                            allow_type_change=not choice.same_type)
        if outcome:
            self.message.show_info(self.tr("{guest} ({confirmation}) gets room {room}.").format(
                guest=row.guest_name, confirmation=row.confirmation, room=outcome.value))

    def unassign_room(self) -> None:
        row = self.selected()
        if row is not None and self._run(rooms.unassign_room, reservation_id=row.id):
            self.message.show_info(self.tr("Room {room} is no longer held for {confirmation}.").format(
                room=row.room_number, confirmation=row.confirmation))

    def propose(self) -> None:
        proposals = self.ops.read(rooms.propose_assignments)
        if not proposals:
            self.message.show_info(self.tr("Every arrival of today has a room."))
            return
        dialog = ProposalsDialog(self, proposals=proposals)
        if dialog.exec() and dialog.accepted_assignments:
            outcome = self._run(rooms.assign_many, assignments=dialog.accepted_assignments)
            if outcome:
                self.message.show_info(self.tr("Rooms assigned: {rooms}.").format(rooms=", ".join(outcome.value)))

    def release_holds(self) -> None:
        outcome = self._run(booking.release_expired_holds)
        if outcome:
            released = outcome.value
            self.message.show_info(self.tr("Released as no-shows: {list}.").format(list=", ".join(released))
                                   if released else self.tr("No hold has passed."))
