"""The Shift handover tab: the shift open at this workstation with its actions
(open, hand over, withdraw, accept, a manager's close), the duty log, and the
handover history; every change through desk.shifts services."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from desk.actor import Actor
from desk.errors import DeskError
from desk.permissions import Permission, allowed
from desk.settings import HotelInfo, hotel_info
from desk.shifts import cash, handover, shifts
from desk.shifts.history import ShiftInfo, handover_detail, open_shifts
from ui.i18n import error_text
from ui.ops import Ops, Outcome
from ui.shifts.accept import AcceptDialog, sign_in
from ui.shifts.count import amount
from ui.shifts.current import CurrentShift, ShiftPanel, current_shift
from ui.shifts.dialogs import OpenShiftDialog, OverrideDialog, plain
from ui.shifts.duty_log import DutyLogPage
from ui.shifts.handover import HandOverDialog
from ui.shifts.history import HistoryPage
from ui.widgets import MessageBar

KINDS = frozenset({"shift", "duty", "stay", "complaint", "hotel", "day"})
SHIFT = frozenset({"shift"})
DUTY_PAGE, HISTORY_PAGE = 0, 1


class ShiftsTab(QWidget):
    """``clerk_switched(actor)``: the incoming clerk accepted at this window, which now works for them."""

    clerk_switched = Signal(object)

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.hotel: HotelInfo = ops.read(hotel_info)
        self.current = CurrentShift(None, None, None, None)
        self._setup_ui()
        self.ops.hub.changed.connect(self._on_changed)
        self.refresh()
        self.history.search()

    def _setup_ui(self) -> None:
        self.message = MessageBar(self)
        self.panel = ShiftPanel(self)
        self.duty = DutyLogPage(self.ops, self.message, timezone=lambda: self.hotel.timezone)
        self.history = HistoryPage(self.ops, self.message, lambda: self.hotel)
        self.pages = QTabWidget()
        self.pages.setObjectName("ShiftPages")
        self.pages.addTab(self.duty, self.tr("Duty log and open items"))
        self.pages.addTab(self.history, self.tr("Handover history"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.message)
        layout.addWidget(self.panel)
        layout.addWidget(self.pages, 1)
        actions: dict[str, Callable[[], Any]] = {
            "open": self.open_shift, "hand_over": self.hand_over, "withdraw": self.withdraw,
            "accept": self.accept_handover, "override": self.close_without_acceptance,
        }
        for key, action in actions.items():
            self.panel.buttons[key].clicked.connect(action)

    # -- data ---------------------------------------------------------------------
    def _on_changed(self, kinds: frozenset[str]) -> None:
        if kinds & KINDS:
            self.refresh()
        if kinds & {"shift", "hotel"}:
            self.history.search()

    def refresh(self) -> None:
        """Reload the current shift and the duty log (the history reloads on shift changes)."""
        before = self.hotel.business_date
        self.hotel = self.ops.read(hotel_info)
        if self.hotel.business_date != before:
            self.history.follow_business_date(before, self.hotel.business_date)
        self.current = self.ops.read(current_shift, workstation=self.ops.actor.workstation)
        self.panel.show_shift(self.current, actor=self.ops.actor, currency=self.hotel.currency,
                              timezone=self.hotel.timezone)
        info = self.current.info
        self.duty.refresh(shift_id=info.id if info is not None else None, today=self.hotel.business_date)

    def _money(self, value: Any) -> str:
        return amount(value, self.hotel.currency)

    def _denominations(self) -> tuple[str, ...]:
        return cash.denominations(self.hotel.currency)

    def _run(self, service: Callable[..., Any], kinds: frozenset[str] = SHIFT, **kwargs: Any) -> Outcome[Any]:
        return self.ops.run(service, kinds=kinds, **kwargs)

    # -- the shift ------------------------------------------------------------------
    def open_shift(self) -> None:
        def submit(dialog: OpenShiftDialog) -> Outcome[Any]:
            total, pieces = dialog.count.values()
            return self._run(shifts.open_shift, float_total=total, float_pieces=pieces, note=dialog.note.text())

        dialog = OpenShiftDialog(self, currency=self.hotel.currency, timezone=self.hotel.timezone,
                                 denominations=self._denominations(), previous=self.current.previous,
                                 submit=submit)
        if dialog.exec():
            self.message.show_info(self.tr("Your shift is open with a float of {amount}.").format(
                amount=self._money(dialog.count.total)))
        dialog.deleteLater()

    def hand_over(self) -> None:
        try:
            summary = self.ops.read(handover.preview, actor=self.ops.actor)
        except DeskError as error:
            self.message.show_error(error_text(error))
            return
        dialog = HandOverDialog(self, summary=summary, currency=self.hotel.currency, timezone=self.hotel.timezone,
                                denominations=self._denominations(),
                                submit=lambda d: self._run(handover.hand_over, **d.values()))
        if dialog.exec():
            self.message.show_info(self.tr("Handed over. The incoming clerk signs in here with “Accept handover…”; "
                                           "until then no money can be taken (withdraw the handover to go on "
                                           "working)."))
        dialog.deleteLater()

    def withdraw(self) -> None:
        info = self.current.info
        if info is None or info.pending_handover_id is None:
            return
        outcome = self._run(handover.withdraw, handover_id=info.pending_handover_id)
        if outcome:
            self.message.show_info(self.tr("Handover withdrawn: the shift is open again."))
        else:
            self.message.show_error(outcome.error)

    def accept_handover(self) -> None:
        info = self.current.info
        if info is None or info.pending_handover_id is None:
            return
        try:
            detail = self.ops.read(handover_detail, handover_id=info.pending_handover_id)
        except DeskError as error:
            self.message.show_error(error_text(error))
            return
        dialog = AcceptDialog(self, detail=detail, hotel=self.hotel.name, currency=self.hotel.currency,
                              timezone=self.hotel.timezone, denominations=self._denominations(),
                              submit=self._take_over)
        accepted = dialog.exec()
        incoming, counted = dialog.signed_in, dialog.count.total
        dialog.deleteLater()
        if not accepted or incoming is None:
            return
        self.message.show_info(self.tr("{name} has taken over: their shift is open with a float of {amount}, and "
                                       "{outgoing}'s shift is closed.").format(
            name=incoming.full_name, amount=self._money(counted), outgoing=info.clerk))
        # After the dialog has closed: the window may be replaced by one working for the incoming clerk.
        self.clerk_switched.emit(incoming)

    def _take_over(self, dialog: AcceptDialog) -> Outcome[Any]:
        """Sign the incoming clerk in (its own transaction: a wrong password counts), then accept as them."""
        info = self.current.info
        username = dialog.username.text().strip()
        if info is None or info.pending_handover_id is None:
            return Outcome(False, error=self.tr("Nothing is waiting to be accepted here any more."))
        if not username:
            dialog.username.setFocus()
            return Outcome(False, error=self.tr("The incoming clerk enters their user name and password."))
        incoming = dialog.signed_in
        if incoming is None:
            signed = self._run(sign_in, kinds=frozenset({"user"}), username=username,
                               password=dialog.password.text())
            if not signed:
                return signed
            if isinstance(signed.value, DeskError):
                dialog.password.selectAll()
                dialog.password.setFocus()
                return Outcome(False, error=error_text(signed.value))
            incoming = signed.value
            assert isinstance(incoming, Actor)
            dialog.signed_in = incoming
        total, pieces = dialog.count.values()
        as_incoming = Ops(self.ops.database, incoming, self.ops.hub, self)
        try:
            return as_incoming.run(handover.accept, kinds=SHIFT, handover_id=info.pending_handover_id,
                                   counted_total=total, counted_pieces=pieces,
                                   disagreement=plain(dialog.disagreement))
        finally:
            as_incoming.deleteLater()

    def close_without_acceptance(self) -> None:
        info = self.current.info
        if info is None or not allowed(self.ops.actor.role, Permission.SHIFT_OVERRIDE):
            return
        self._override(info)

    def show_shift(self, shift_id: int) -> None:
        """Go to a shift (from the day close's checklist): this workstation's is on the
        panel; another workstation's a manager may close from here without acceptance."""
        self.pages.setCurrentIndex(DUTY_PAGE)
        if self.current.info is not None and self.current.info.id == shift_id:
            return
        info = next((shift for shift in self.ops.read(open_shifts) if shift.id == shift_id), None)
        if info is None:
            self.message.show_info(self.tr("That shift is closed already."))
            return
        self.message.show_info(self.tr("{clerk}'s shift at {workstation} is still open: it is handed over and "
                                       "accepted at {workstation}, or a manager closes it without acceptance.").format(
            clerk=info.clerk, workstation=info.workstation))
        if allowed(self.ops.actor.role, Permission.SHIFT_OVERRIDE):
            self._override(info)

    def _override(self, info: ShiftInfo) -> None:
        dialog = OverrideDialog(self, info=info, currency=self.hotel.currency, denominations=self._denominations(),
                                submit=lambda d: self._run(handover.override_close, shift_id=info.id,
                                                           reason=d.reason.text(), **d.values()))
        if dialog.exec():
            self.message.show_info(self.tr("{clerk}'s shift is closed without acceptance; the reason is "
                                           "recorded.").format(clerk=info.clerk))
        dialog.deleteLater()
