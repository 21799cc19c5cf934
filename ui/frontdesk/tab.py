"""The Front desk tab: who is in house, arriving and leaving today; the chosen
stay with its folio; check-in, postings, stay changes, check-out and the
receipt, every change through desk.frontdesk services."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desk import privacy
from desk.errors import NotFoundError, StaleDataError
from desk.frontdesk import checkin, checkout, folio, stays
from desk.frontdesk.checkin import KIND_NAMES as STAY_KIND_NAMES
from desk.frontdesk.queries import InHouseRow, StayView, find_guest, in_house, receipt, stay_view
from desk.frontdesk.registration import ID_NAMES
from desk.hotel import room_types
from desk.models import IdType, StayKind, StayState
from desk.permissions import Permission, allowed
from desk.reservations.queries import STATUS_NAMES, DepartureRow, ReservationRow, Status, arrivals, departures
from desk.rooms.board import load_board
from desk.rooms.lookup import natural_key
from desk.settings import HotelInfo, hotel_info
from ui.frontdesk.checkout import CheckOutDialog
from ui.frontdesk.dialogs import (
    ChargeDialog,
    DepartureDialog,
    MoneyDialog,
    MoveRoomDialog,
    RevealReasonDialog,
    ReverseDialog,
)
from ui.frontdesk.models import SORT_ROLE, InHouseFilter, Look, LookRowModel, money
from ui.frontdesk.receipt import ReceiptDialog
from ui.frontdesk.registration import CheckInDialog
from ui.frontdesk.stay_panel import GREY, StayPanel
from ui.i18n import desk_text
from ui.ops import Ops, Outcome
from ui.table import Column
from ui.widgets import MessageBar, make_table

KINDS = frozenset({"stay", "room", "reservation", "hotel"})
RUN_KINDS = frozenset({"stay", "room", "reservation"})
IN_HOUSE, ARRIVALS, DEPARTURES = 0, 1, 2
DUE_OUT_BACKGROUND = "#fff4dc"


def _room_key(number: str) -> str:
    number_part, rest = natural_key(number)
    return f"{number_part:09d}{rest}"


class FrontDeskTab(QWidget):
    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.hotel: HotelInfo = ops.read(hotel_info)
        self.stay_id: int | None = None
        self.arrival: ReservationRow | None = None
        self._setup_ui()
        self.ops.hub.changed.connect(self._on_changed)
        self.refresh()

    # -- building ---------------------------------------------------------------
    def _setup_ui(self) -> None:
        self.message = MessageBar(self)
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Room, guest name or confirmation number (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)

        in_house_columns: list[Column[InHouseRow]] = [
            Column(self.tr("Room"), lambda r: f"{r.room_number}  {r.type_code}"),
            Column(self.tr("Guest"), lambda r: r.guest_name),
            Column(self.tr("Arrival"), lambda r: r.arrival.strftime("%m-%d"), tooltip=lambda r: r.arrival.isoformat()),
            Column(self.tr("Departure"), lambda r: r.departure.strftime("%m-%d"),
                   tooltip=lambda r: r.departure.isoformat()),
            Column(self.tr("Balance"), lambda r: money(r.balance), Qt.AlignmentFlag.AlignRight),
            Column(self.tr("Deposit"), lambda r: money(r.deposit_held), Qt.AlignmentFlag.AlignRight),
            Column(self.tr("Note"), self._in_house_note),
        ]
        self.in_house_model: LookRowModel[InHouseRow] = LookRowModel(
            in_house_columns, self, look=lambda r: Look(background=DUE_OUT_BACKGROUND) if r.due_out else Look(),
            sort_keys={0: lambda r: _room_key(r.room_number), 2: lambda r: r.arrival.isoformat(),
                       3: lambda r: r.departure.isoformat(), 4: lambda r: float(r.balance),
                       5: lambda r: float(r.deposit_held)})
        self.in_house_proxy = InHouseFilter(self)
        self.in_house_proxy.setSourceModel(self.in_house_model)
        self.in_house_view = self._list_view(self.in_house_proxy, "in_house")
        self.in_house_view.setSortingEnabled(True)
        self.in_house_view.sortByColumn(0, Qt.SortOrder.AscendingOrder)

        arrival_columns: list[Column[ReservationRow]] = [
            Column(self.tr("Guest"), lambda r: r.guest_name),
            Column(self.tr("Confirmation"), lambda r: r.confirmation),
            Column(self.tr("Type"), lambda r: r.type_code),
            Column(self.tr("Room"), lambda r: r.room_number),
            Column(self.tr("Nights"), lambda r: str(r.nights), Qt.AlignmentFlag.AlignRight),
            Column(self.tr("Rate"), lambda r: money(r.rate), Qt.AlignmentFlag.AlignRight),
            Column(self.tr("Status"), self._arrival_status),
        ]
        self.arrivals_model: LookRowModel[ReservationRow] = LookRowModel(
            arrival_columns, self,
            look=lambda r: Look(foreground=GREY, italic=True) if r.status is Status.RELEASED else Look())
        # Found by the search box too: guest, booker, confirmation number, phone or room.
        self.arrivals_proxy = InHouseFilter(self, matches=lambda r, text: (
            text in r.guest_name.casefold() or text in r.booker_name.casefold()
            or r.confirmation.casefold() == text or (len(text) >= 4 and text in r.phone.replace(" ", ""))
            or (bool(r.room_number) and r.room_number.casefold().startswith(text))))
        self.arrivals_proxy.setSourceModel(self.arrivals_model)
        self.arrivals_view = self._list_view(self.arrivals_proxy, "arrivals")
        self.arrivals_view.activated.connect(lambda _i: self.buttons["check_in"].click())

        departure_columns: list[Column[DepartureRow]] = [
            Column(self.tr("Room"), lambda d: d.room_number),
            Column(self.tr("Guest"), lambda d: d.guest_name),
            Column(self.tr("Arrived"), lambda d: d.arrival.isoformat()),
            Column(self.tr("Due out"), lambda d: d.departure.isoformat()),
        ]
        self.departures_model: LookRowModel[DepartureRow] = LookRowModel(departure_columns, self)
        self.departures_view = self._list_view(self.departures_model, "departures")

        self.lists = QTabWidget()
        self.lists.setObjectName("FrontDeskLists")
        for view in (self.in_house_view, self.arrivals_view, self.departures_view):
            self.lists.addTab(view, "")

        self.buttons: dict[str, QPushButton] = {}
        specs = (
            ("check_in", self.tr("Check in…"), "Ctrl+I"), ("walk_in", self.tr("Walk-in…"), "Ctrl+N"),
            ("charge", self.tr("Post charge…"), "Ctrl+E"), ("payment", self.tr("Take payment…"), "Ctrl+Y"),
            ("deposit", self.tr("Deposit…"), "Ctrl+D"), ("refund", self.tr("Refund…"), ""),
            ("reverse", self.tr("Reverse line…"), "Ctrl+R"), ("move", self.tr("Move room…"), "Ctrl+M"),
            ("departure", self.tr("Change departure…"), "Ctrl+T"), ("check_out", self.tr("Check out…"), "Ctrl+O"),
            ("receipt", self.tr("Print receipt…"), "Ctrl+P"), ("reveal", self.tr("Show full ID…"), ""),
        )
        for key, text, keys in specs:
            button = QPushButton(text)
            button.setObjectName(f"button_{key}")
            if keys:
                shortcut = QKeySequence(keys)
                button.setToolTip(shortcut.toString(QKeySequence.SequenceFormat.NativeText))
                QShortcut(shortcut, self, button.click, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.buttons[key] = button
        self.buttons["reveal"].setVisible(allowed(self.ops.actor.role, Permission.REVEAL_ID))

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.lists, 1)
        arrival_row = QHBoxLayout()
        arrival_row.addWidget(self.buttons["check_in"])
        arrival_row.addWidget(self.buttons["walk_in"])
        arrival_row.addStretch(1)
        left_layout.addLayout(arrival_row)

        self.panel = StayPanel(self)
        grid = QGridLayout()
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(4)
        layout_keys = (("charge", "payment", "deposit", "refund"), ("reverse", "move", "departure", "check_out"),
                       ("receipt", "reveal"))
        for row, keys in enumerate(layout_keys):
            for column, key in enumerate(keys):
                grid.addWidget(self.buttons[key], row, column)
        self.panel.action_area.addLayout(grid)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.panel)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([650, 610])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.message)
        layout.addWidget(splitter, 1)

        self.setFocusProxy(self.search)  # coming to the tab, the clerk types a room or a name
        self.search.textChanged.connect(self._filter)
        self.search.returnPressed.connect(self.in_house_view.setFocus)
        self.lists.currentChanged.connect(lambda _i: self._show_current())
        self.panel.line_chosen.connect(self._update_buttons)
        actions: dict[str, Callable[[], None]] = {
            "check_in": self.check_in, "walk_in": self.walk_in, "charge": self.post_charge,
            "payment": self.take_payment, "deposit": self.take_deposit, "refund": self.refund,
            "reverse": self.reverse_line, "move": self.move_room, "departure": self.change_departure,
            "check_out": self.check_out, "receipt": self.print_receipt, "reveal": self.reveal_id,
        }
        for key, action in actions.items():
            self.buttons[key].clicked.connect(action)
        QShortcut(QKeySequence("Ctrl+F"), self, self._focus_search,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def _list_view(self, model: Any, name: str) -> QTableView:
        if not isinstance(model, QSortFilterProxyModel):
            proxy = QSortFilterProxyModel(self)
            proxy.setSourceModel(model)
            proxy.setSortRole(SORT_ROLE)
            model = proxy
        view = make_table(model, self)
        view.setObjectName(f"list_{name}")
        view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        view.selectionModel().selectionChanged.connect(lambda _s, _d: self._show_current())
        return view

    def _in_house_note(self, row: InHouseRow) -> str:
        notes = [self.tr("due out")] if row.due_out else []
        if row.kind is not StayKind.NORMAL:
            notes.append(desk_text(STAY_KIND_NAMES[row.kind]))
        return ", ".join(notes)

    def _arrival_status(self, row: ReservationRow) -> str:
        if row.status is Status.CONFIRMED and row.hold_until is not None:
            return self.tr("held until {time}").format(time=row.hold_until.astimezone().strftime("%H:%M"))
        return desk_text(STATUS_NAMES[row.status])

    # -- data -------------------------------------------------------------------
    @property
    def today(self) -> date:
        return self.hotel.business_date

    def _on_changed(self, kinds: frozenset[str]) -> None:
        if kinds & KINDS:
            self.refresh()

    def refresh(self) -> None:
        """Reload the lists and the chosen stay; what is selected stays selected."""
        self.hotel = self.ops.read(hotel_info)
        guests = self.ops.read(in_house)
        expected = self.ops.read(arrivals, day=self.today)
        leaving = self.ops.read(departures, day=self.today)
        for view, model, rows, key in (
                (self.in_house_view, self.in_house_model, guests, lambda r: r.stay_id),
                (self.arrivals_view, self.arrivals_model, expected, lambda r: r.id),
                (self.departures_view, self.departures_model, leaving, lambda r: r.stay_id)):
            chosen = self._selected_row(view, model)
            view.selectionModel().blockSignals(True)
            model.set_rows(rows)
            if chosen is not None:
                self._select_in(view, model, key, key(chosen))
            view.selectionModel().blockSignals(False)
            view.resizeColumnsToContents()
        self.lists.setTabText(IN_HOUSE, self.tr("In house ({count})").format(count=len(guests)))
        self.lists.setTabText(ARRIVALS, self.tr("Arrivals today ({count})").format(count=len(expected)))
        self.lists.setTabText(DEPARTURES, self.tr("Departures today ({count})").format(count=len(leaving)))
        if self.arrival is not None:
            self.arrival = next((r for r in expected if r.id == self.arrival.id), None)
        self._show_current(reload=True)

    @staticmethod
    def _selected_row(view: QTableView, model: LookRowModel[Any]) -> Any:
        index = view.currentIndex()
        if not index.isValid() or not view.selectionModel().isSelected(index):
            return None
        proxy = view.model()
        assert isinstance(proxy, QSortFilterProxyModel)
        return model.row(proxy.mapToSource(index).row())

    @staticmethod
    def _select_in(view: QTableView, model: LookRowModel[Any], key: Callable[[Any], int], wanted: int) -> bool:
        proxy = view.model()
        assert isinstance(proxy, QSortFilterProxyModel)
        for row, item in enumerate(model.rows()):
            if key(item) == wanted:
                index = proxy.mapFromSource(model.index(row, 0))
                if index.isValid():
                    view.setCurrentIndex(index)
                    view.selectRow(index.row())
                    return True
        return False

    def _show_current(self, *, reload: bool = False) -> None:
        """Show what the list on screen has chosen (a stay or an arrival)."""
        tab = self.lists.currentIndex()
        if tab == ARRIVALS:
            row = self._selected_row(self.arrivals_view, self.arrivals_model)
            self.arrival = row
            if row is not None:
                self.panel.show_arrival(row)
            else:
                self.panel.clear(self.tr("Choose an arrival"))
            self._update_buttons()
            return
        self.arrival = None
        view, model = (self.in_house_view, self.in_house_model) if tab == IN_HOUSE else \
            (self.departures_view, self.departures_model)
        row = self._selected_row(view, model)
        if row is not None and (row.stay_id != self.stay_id or reload or self.panel.view is None):
            self._load_stay(row.stay_id)
        elif self.stay_id is not None and (reload or self.panel.view is None):
            self._load_stay(self.stay_id)  # e.g. the guest just checked out: no longer listed
        self._update_buttons()

    def _load_stay(self, stay_id: int) -> None:
        try:
            view = self.ops.read(stay_view, stay_id=stay_id)
        except NotFoundError:
            self.stay_id = None
            self.panel.clear()
            return
        self.stay_id = stay_id
        self.panel.show_stay(view, self.today)

    def show_stay(self, stay_id: int) -> None:
        """Choose a stay: in the in-house list when it is there, on the right anyway."""
        self.lists.setCurrentIndex(IN_HOUSE)
        self.in_house_view.selectionModel().blockSignals(True)
        self.in_house_view.clearSelection()
        self._select_in(self.in_house_view, self.in_house_model, lambda r: r.stay_id, stay_id)
        self.in_house_view.selectionModel().blockSignals(False)
        self._load_stay(stay_id)
        self._update_buttons()

    @property
    def stay(self) -> StayView | None:
        """The stay on the right, or None."""
        return self.panel.view

    def _update_buttons(self) -> None:
        view = self.panel.view
        open_stay = view is not None and view.state is StayState.IN_HOUSE
        self.buttons["check_in"].setEnabled(self.arrival is not None and self.lists.currentIndex() == ARRIVALS)
        for key in ("charge", "payment", "deposit", "refund", "move", "departure", "check_out"):
            self.buttons[key].setEnabled(open_stay)
        self.buttons["reverse"].setEnabled(open_stay and self.panel.reversible(self.panel.selected_line()))
        self.buttons["receipt"].setEnabled(view is not None)
        self.buttons["reveal"].setEnabled(view is not None and bool(view.id_masked))

    def _filter(self, text: str) -> None:
        """Room or name typed: the guests in house, else today's arrivals (to check one in)."""
        self.in_house_proxy.set_text(text)
        self.arrivals_proxy.set_text(text)
        arriving = bool(text.strip()) and not self.in_house_proxy.rowCount() and self.arrivals_proxy.rowCount()
        view = self.arrivals_view if arriving else self.in_house_view
        self.lists.setCurrentIndex(ARRIVALS if arriving else IN_HOUSE)
        current = view.currentIndex()
        chosen = current.isValid() and view.selectionModel().isSelected(current)
        if text.strip() and view.model().rowCount() and not chosen:
            view.selectRow(0)  # the first match is on the right at once
        self._show_current()

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # -- actions ----------------------------------------------------------------
    def _run(self, service: Callable[..., Any], kinds: frozenset[str] = RUN_KINDS, **kwargs: Any) -> Outcome[Any]:
        outcome = self.ops.run(service, kinds=kinds, **kwargs)
        if not outcome:
            self.message.show_error(outcome.error)
            if outcome.refusal is StaleDataError and self.stay_id is not None:
                self._load_stay(self.stay_id)  # as the message says: the current state is shown
                self._update_buttons()
        return outcome

    def _open_stay(self) -> StayView | None:
        view = self.panel.view
        return view if view is not None and view.state is StayState.IN_HOUSE else None

    def check_in(self) -> None:
        if self.arrival is not None:
            self._check_in(self.arrival)

    def walk_in(self) -> None:
        self._check_in(None)

    def check_in_room(self, room_id: int) -> None:
        """From a room tile: the arrival assigned to that room, else a walk-in into it."""
        self.refresh()
        arrival = next((r for r in self.arrivals_model.rows()
                        if r.room_id == room_id and r.status is not Status.RELEASED), None)
        if arrival is not None:
            self.arrival = arrival
        self._check_in(arrival, room_id=None if arrival is not None else room_id)

    def check_out_room(self, room_id: int) -> None:
        """From a room tile: the guest in that room."""
        self.refresh()
        row = next((r for r in self.in_house_model.rows() if r.room_id == room_id), None)
        if row is None:
            self.message.show_error(self.tr("Nobody is checked in to that room."))
            return
        self.show_stay(row.stay_id)
        self.check_out()

    def _check_in(self, reservation: ReservationRow | None, room_id: int | None = None) -> None:
        dialog = CheckInDialog(
            self, today=self.today, room_types=self.ops.read(room_types), rooms=self.ops.read(load_board).tiles,
            ready_rooms=lambda type_id, departure: self.ops.read(checkin.ready_rooms, room_type_id=type_id,
                                                                 departure=departure, limit=12),
            find_guest=self._find_guest, reservation=reservation,
            submit=lambda d: self._run(checkin.check_in, registration=d.registration, room_id=d.room_id,
                                       reservation_id=reservation.id if reservation else None,
                                       departure=d.departure, rate=d.rate_text, kind=d.stay_kind,
                                       deposit=d.deposit_input))
        tile = next((t for t in dialog.room._tiles.values() if t.room_id == room_id), None) if room_id else None
        if tile is not None:
            # A walk-in chosen on the board: that room, whatever its state (desk says if it is not ready).
            dialog.room_type.setCurrentIndex(max(0, dialog.room_type.findText(tile.type_code,
                                                                               Qt.MatchFlag.MatchStartsWith)))
            dialog.room.set_rooms([tile.number], tile.number)
        if not dialog.exec() or dialog.outcome is None:
            return
        self.show_stay(dialog.outcome.value)
        view = self.panel.view
        if view is not None:
            text = self.tr("{guest} is checked in to room {room} until {departure}.").format(
                guest=view.guest_name, room=view.room_number, departure=view.departure.isoformat())
            if view.totals.deposit_held:
                text += " " + self.tr("Deposit held: {amount}.").format(amount=money(view.totals.deposit_held))
            self.message.show_info(text)

    def _find_guest(self, phone: str, id_type: IdType | None, number: str) -> Any:
        return self.ops.read(find_guest, phone=phone, id_type=id_type, id_number=number)

    def post_charge(self) -> None:
        view = self._open_stay()
        if view is None:
            return
        dialog = ChargeDialog(self, view=view, submit=lambda d: self._run(
            folio.post_charge, stay_id=view.stay_id, charge_type=d.charge_type, amount=d.amount.text(),
            description=d.description.text()))
        if dialog.exec():
            self.message.show_info(self.tr("Posted to room {room}: {amount}. Balance {balance}.").format(
                room=view.room_number, amount=dialog.amount.text(), balance=self._balance()))

    def _balance(self) -> str:
        view = self.panel.view
        return money(view.totals.balance) if view is not None else ""

    def take_payment(self) -> None:
        view = self._open_stay()
        if view is None:
            return
        dialog = MoneyDialog(self, title=self.tr("Take a payment"), ok_text=self.tr("Take payment"),
                             explanation=self.tr("Room {room} · {guest}. Balance {balance}.").format(
                                 room=view.room_number, guest=view.guest_name, balance=money(view.totals.balance)),
                             amount=view.totals.balance, submit=lambda d: self._run(
                                 folio.post_payment, stay_id=view.stay_id, method=d.method, amount=d.amount.text(),
                                 reference=d.note.text()))
        if dialog.exec():
            self.message.show_info(self.tr("Payment of {amount} taken for room {room}. Balance {balance}.").format(
                amount=dialog.amount.text(), room=view.room_number, balance=self._balance()))

    def take_deposit(self) -> None:
        view = self._open_stay()
        if view is None:
            return
        dialog = MoneyDialog(self, title=self.tr("Take a deposit"), ok_text=self.tr("Take deposit"),
                             explanation=self.tr("Room {room} · {guest}. Deposit held now: {held}. It is applied "
                                                 "or refunded, the way it came, at check-out.").format(
                                 room=view.room_number, guest=view.guest_name,
                                 held=money(view.totals.deposit_held)),
                             submit=lambda d: self._run(folio.take_deposit, stay_id=view.stay_id, method=d.method,
                                                        amount=d.amount.text(), reference=d.note.text()))
        if dialog.exec():
            self.message.show_info(self.tr("Deposit of {amount} taken for room {room}.").format(
                amount=dialog.amount.text(), room=view.room_number))

    def refund(self) -> None:
        view = self._open_stay()
        if view is None:
            return
        credit = -view.totals.balance
        dialog = MoneyDialog(self, title=self.tr("Refund"), ok_text=self.tr("Refund"), note_label=self.tr("Reason"),
                             note_required=True,
                             explanation=self.tr("Pays back what the guest paid over the bill (in credit now: "
                                                 "{credit}). Deposits are refunded at check-out.").format(
                                 credit=money(max(credit, 0))),
                             amount=credit, submit=lambda d: self._run(
                                 folio.refund, stay_id=view.stay_id, method=d.method, amount=d.amount.text(),
                                 reason=d.note.text()))
        if dialog.exec():
            self.message.show_info(self.tr("Refund of {amount} for room {room} recorded.").format(
                amount=dialog.amount.text(), room=view.room_number))

    def reverse_line(self) -> None:
        view = self._open_stay()
        line = self.panel.selected_line()
        if view is None or not self.panel.reversible(line):
            return
        assert line is not None
        dialog = ReverseDialog(self, line=line, submit=lambda d: self._run(folio.reverse, line_id=line.id,
                                                                           reason=d.reason.text()))
        if dialog.exec():
            self.message.show_info(self.tr("Line reversed. Balance {balance}.").format(balance=self._balance()))

    def move_room(self) -> None:
        view = self._open_stay()
        if view is None:
            return
        ready = self.ops.read(checkin.ready_rooms, room_type_id=view.room_type_id, departure=view.departure,
                              limit=12)
        dialog = MoveRoomDialog(self, view=view, rooms=self.ops.read(load_board).tiles, ready=ready,
                                submit=lambda d: self._run(stays.move_room, stay_id=view.stay_id,
                                                           room_id=d.room.room_id, reason=d.reason.text(),
                                                           version=view.version))
        if dialog.exec() and dialog.outcome is not None:
            self.message.show_info(self.tr("{guest} moved from room {old} to room {new}; room {old} is vacant "
                                           "dirty.").format(guest=view.guest_name, old=view.room_number,
                                                            new=dialog.outcome.value))

    def change_departure(self) -> None:
        view = self._open_stay()
        if view is None:
            return
        dialog = DepartureDialog(self, view=view, today=self.today, submit=lambda d: self._run(
            stays.change_departure, stay_id=view.stay_id, departure=d.new_departure, reason=d.reason.text(),
            version=view.version))
        if dialog.exec() and dialog.outcome is not None:
            self.message.show_info(self.tr("Room {room} now departs on {date}.").format(
                room=view.room_number, date=dialog.outcome.value.isoformat()))

    def check_out(self) -> None:
        view = self._open_stay()
        if view is None:
            return
        dialog = CheckOutDialog(self, view=view, today=self.today, submit=lambda d: self._run(
            checkout.check_out, stay_id=view.stay_id, payments=d.payments))
        if not dialog.exec() or dialog.outcome is None:
            return
        result: checkout.CheckoutResult = dialog.outcome.value
        text = self.tr("{guest} checked out of room {room}; the room is vacant dirty.").format(
            guest=view.guest_name, room=result.room)
        if result.deposit_refunded:
            text += " " + self.tr("Give back the deposit: {refunds}.").format(refunds=", ".join(
                f"{money(amount)} ({desk_text(folio.METHOD_NAMES[method])})"
                for method, amount in result.deposit_refunded))
        self.message.show_info(text)
        self._load_stay(view.stay_id)
        self._update_buttons()
        self.print_receipt()

    def print_receipt(self) -> None:
        view = self.panel.view
        if view is None:
            return
        dialog = ReceiptDialog(self, receipt=self.ops.read(receipt, stay_id=view.stay_id),
                               clerk=self.ops.actor.full_name)
        dialog.saved.connect(lambda path: self.message.show_info(self.tr("Receipt saved: {path}").format(path=path)))
        dialog.exec()
        dialog.deleteLater()

    def reveal_id(self) -> None:
        view = self.panel.view
        if view is None or not view.id_masked:
            return
        dialog = RevealReasonDialog(self, view=view, submit=lambda d: self._run(
            privacy.reveal_id, kinds=frozenset({"guest"}), guest_id=view.guest_id, reason=d.reason.text()))
        if not dialog.exec() or dialog.outcome is None:
            return
        document = desk_text(ID_NAMES[view.id_type]) if view.id_type else ""
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Full ID number"),
                          self.tr("{guest}\n{document}: {number}").format(guest=view.guest_name, document=document,
                                                                          number=dialog.outcome.value),
                          QMessageBox.StandardButton.Close, self)
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        dialog.outcome = None  # the number lives only in the box, and the box only until closed
        box.exec()
        box.setText("")
        box.deleteLater()
        dialog.deleteLater()
