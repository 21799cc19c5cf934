"""The right side of the Front desk tab: the chosen stay (guest, room, dates,
rate) with its folio and totals, or the chosen arrival."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QHeaderView, QLabel, QVBoxLayout, QWidget

from desk.frontdesk.checkin import KIND_NAMES as STAY_KIND_NAMES
from desk.frontdesk.folio import CHARGE_NAMES, KIND_NAMES, METHOD_NAMES, LineRow
from desk.frontdesk.queries import StayView
from desk.frontdesk.registration import ID_NAMES
from desk.models import LineKind, Method, StayState
from desk.reservations.queries import GUARANTEE_NAMES, STATUS_NAMES, ReservationRow
from ui.frontdesk.dialogs import set_kind
from ui.frontdesk.models import Look, LookRowModel, money
from ui.i18n import desk_text
from ui.table import Column
from ui.widgets import fill_facts, make_table

GREY = "#6b7280"


def held_by(held: dict[Method, Decimal]) -> str:
    """' (Bank card)', or ' (Cash 500.00, Bank card 1,000.00)' when it came in several ways."""
    if not held:
        return ""
    if len(held) == 1:
        return f" ({desk_text(METHOD_NAMES[next(iter(held))])})"
    return " (" + ", ".join(f"{desk_text(METHOD_NAMES[m])} {money(a)}" for m, a in held.items()) + ")"


class StayPanel(QFrame):
    """Shows one stay or one arrival; the tab puts its action buttons below."""

    line_chosen = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SidePanel")
        self.view: StayView | None = None
        self._setup_ui()
        self.clear()

    def _setup_ui(self) -> None:
        self.title = QLabel()
        self.title.setObjectName("DetailTitle")
        self.title.setWordWrap(True)
        self.subtitle = QLabel()
        self.subtitle.setObjectName("Hint")
        self.subtitle.setWordWrap(True)
        self.facts = QGridLayout()
        self.facts.setHorizontalSpacing(12)
        self.facts.setVerticalSpacing(3)
        self.facts.setColumnStretch(1, 3)
        self.facts.setColumnStretch(3, 2)
        self.fact_labels: dict[str, QLabel] = {}

        columns: list[Column[LineRow]] = [
            Column(self.tr("Date"), lambda line: line.business_date.isoformat()),
            Column(self.tr("Kind"), lambda line: desk_text(KIND_NAMES[line.kind])),
            Column(self.tr("Type / method"), self._what),
            Column(self.tr("Description / reference"), self._description, tooltip=self._description),
            Column(self.tr("Amount"), lambda line: money(line.amount), Qt.AlignmentFlag.AlignRight),
            Column(self.tr("Clerk"), lambda line: line.username),
        ]
        self.folio_model: LookRowModel[LineRow] = LookRowModel(columns, self, look=self._look)
        self.folio_view = make_table(self.folio_model, self)
        self.folio_view.setObjectName("folio")
        self.folio_view.setSelectionMode(self.folio_view.SelectionMode.SingleSelection)
        header = self.folio_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.folio_view.selectionModel().selectionChanged.connect(lambda *_a: self.line_chosen.emit())
        self.folio_title = QLabel(self.tr("Folio"))
        self.folio_title.setObjectName("SectionTitle")

        self.charges = QLabel()
        self.payments = QLabel()
        self.balance = QLabel()
        self.balance.setObjectName("FolioBalance")
        self.deposit = QLabel()
        self.deposit.setWordWrap(True)
        totals = QHBoxLayout()
        totals.setSpacing(18)
        for label in (self.charges, self.payments, self.balance):
            totals.addWidget(label)
        totals.addWidget(self.deposit, 1)
        self.totals_box = QWidget()
        self.totals_box.setLayout(totals)
        totals.setContentsMargins(0, 2, 0, 2)

        self.action_area = QVBoxLayout()  # the tab puts its buttons here
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(6)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addLayout(self.facts)
        layout.addSpacing(4)
        layout.addWidget(self.folio_title)
        layout.addWidget(self.folio_view, 1)
        layout.addWidget(self.totals_box)
        self.stretch = QWidget()
        layout.addWidget(self.stretch, 1)
        layout.addLayout(self.action_area)

    # -- folio columns -------------------------------------------------------------
    def _what(self, line: LineRow) -> str:
        if line.charge_type is not None:
            return desk_text(CHARGE_NAMES[line.charge_type])
        return desk_text(METHOD_NAMES[line.method]) if line.method is not None else ""

    def _description(self, line: LineRow) -> str:
        text = " · ".join(part for part in (line.description, line.reference) if part)
        if line.reverses_id is not None:
            return self.tr("reversal: {reason}").format(reason=line.reason)
        if line.reason and line.reason != line.description:
            text = " · ".join(part for part in (text, line.reason) if part)
        return text + (self.tr(" (reversed)") if line.reversed else "")

    @staticmethod
    def _look(line: LineRow) -> Look:
        if line.reversed:
            return Look(foreground=GREY, strike=True)
        if line.reverses_id is not None:
            return Look(foreground=GREY, italic=True)
        return Look()

    # -- content --------------------------------------------------------------------
    def _set_facts(self, facts: list[tuple[str, str, str]]) -> None:
        """(key, title, value) pairs in two columns, the first half on the left."""
        self.fact_labels = fill_facts(self.facts, facts)

    def _show_folio(self, shown: bool) -> None:
        for widget in (self.folio_title, self.folio_view, self.totals_box):
            widget.setVisible(shown)
        self.stretch.setVisible(not shown)

    def clear(self, text: str = "") -> None:
        self.view = None
        self.title.setText(text or self.tr("Choose a guest"))
        self.subtitle.setText(self.tr("Pick a guest in house, an arrival or a departure on the left, or type a "
                                      "room number or name in the search box (Ctrl+F)."))
        self._set_facts([])
        self.folio_model.set_rows([])
        self._show_folio(False)

    def show_stay(self, view: StayView, today: date) -> None:
        selected = self.selected_line()
        self.view = view
        if view.state is StayState.CHECKED_OUT:
            state = self.tr("Checked out")
        elif view.departure <= today:
            state = self.tr("In house · due out today")
        else:
            state = self.tr("In house")
        self.title.setText(self.tr("Room {room} · {guest}").format(room=view.room_number, guest=view.guest_name))
        self.subtitle.setText(state)
        document = desk_text(ID_NAMES[view.id_type]) if view.id_type else ""
        occupants = ", ".join(view.occupants) or view.guest_name
        party = self.party(view.adults, view.children)
        self._set_facts([
            ("guest", self.tr("Guest"), view.guest_name),
            ("id", self.tr("ID"), f"{document} {view.id_masked}".strip() or "—"),
            ("nationality", self.tr("Nationality"), view.nationality or "—"),
            ("phone", self.tr("Phone"), view.phone or "—"),
            ("occupants", self.tr("In the room"), f"{occupants} ({party})"),
            ("room", self.tr("Room"), f"{view.room_number} · {view.type_code}"),
            ("dates", self.tr("Dates"), f"{view.arrival.isoformat()} → {view.departure.isoformat()}"),
            ("nights", self.tr("Nights"), str(view.nights)),
            ("rate", self.tr("Rate"), f"{money(view.rate)} · {desk_text(STAY_KIND_NAMES[view.kind])}"),
            ("confirmation", self.tr("Confirmation"), view.confirmation or self.tr("walk-in")),
        ])
        self.folio_model.set_rows(view.lines)
        self._show_folio(True)
        totals = view.totals
        self.charges.setText(self.tr("Charges {amount}").format(amount=money(totals.charges)))
        paid = totals.payments - totals.refunds + totals.deposits_applied
        self.payments.setText(self.tr("Paid {amount}").format(amount=money(paid)))
        self.balance.setText(self.tr("Balance {amount}").format(amount=money(totals.balance)))
        set_kind(self.balance, "owed" if totals.balance > 0 else "credit" if totals.balance < 0 else "settled")
        self.deposit.setText(self.tr("Deposit held {amount}").format(amount=money(totals.deposit_held))
                             + held_by(totals.held_by_method))
        if selected is not None:
            self.select_line(selected.id)
        else:
            self.folio_view.scrollToBottom()

    def show_arrival(self, row: ReservationRow) -> None:
        self.view = None
        self.title.setText(self.tr("Arrival · {guest}").format(guest=row.guest_name))
        self.subtitle.setText(desk_text(STATUS_NAMES[row.status]) + " · " +
                              self.tr("Enter or Ctrl+I checks the guest in"))
        self._set_facts([
            ("guest", self.tr("Guest"), row.guest_name),
            ("phone", self.tr("Phone"), row.phone or "—"),
            ("party", self.tr("Party"), self.party(row.adults, row.children)),
            ("guarantee", self.tr("Guarantee"), desk_text(GUARANTEE_NAMES[row.guarantee])),
            ("room", self.tr("Room"), (row.room_number or self.tr("not assigned")) + f" · {row.type_code}"),
            ("dates", self.tr("Dates"), f"{row.arrival.isoformat()} → {row.departure.isoformat()}"),
            ("nights", self.tr("Nights"), str(row.nights)),
            ("rate", self.tr("Rate"), money(row.rate)),
            ("confirmation", self.tr("Confirmation"), row.confirmation),
            ("notes", self.tr("Notes"), row.notes or "—"),
        ])
        self.folio_model.set_rows([])
        self._show_folio(False)

    def party(self, adults: int, children: int) -> str:
        text = self.tr("%n adult(s)", "", adults)
        return text + (", " + self.tr("%n child(ren)", "", children) if children else "")

    def selected_line(self) -> LineRow | None:
        index = self.folio_view.currentIndex()
        if self.view is None or not index.isValid() or not self.folio_view.selectionModel().isSelected(index):
            return None
        return self.folio_model.row(index.row())

    def select_line(self, line_id: int) -> None:
        for row, line in enumerate(self.folio_model.rows()):
            if line.id == line_id:
                self.folio_view.selectRow(row)
                return

    def reversible(self, line: LineRow | None) -> bool:
        return (line is not None and not line.reversed and line.reverses_id is None
                and line.kind not in (LineKind.DEPOSIT_APPLIED, LineKind.DEPOSIT_REFUND))
