"""The check-out dialog: the bill, what happens to the deposit, and the final
payment, prefilled with what is still due.

OK runs the check-out through the tab's ``submit``; when the bill does not
come to zero desk/ refuses, the message shows here and the dialog stays open.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QWidget

from desk.frontdesk.checkout import PaymentInput
from desk.frontdesk.folio import METHOD_NAMES, plan_settlement
from desk.frontdesk.queries import StayView
from desk.models import Method
from ui.frontdesk.dialogs import ActionDialog, Submit, amount_edit, method_combo, set_kind
from ui.frontdesk.models import money
from ui.frontdesk.stay_panel import held_by
from ui.i18n import desk_text

ZERO = Decimal("0.00")


def due_after_deposit(view: StayView) -> Decimal:
    return max(view.totals.balance - view.totals.deposit_held, ZERO)


class CheckOutDialog(ActionDialog):
    def __init__(self, parent: QWidget | None = None, *, view: StayView, today: date, submit: Submit) -> None:
        early = view.departure > today
        explanation = self.tr("{guest}, room {room}: arrived {arrival}, due out {departure}.").format(
            guest=view.guest_name, room=view.room_number, arrival=view.arrival.isoformat(),
            departure=view.departure.isoformat())
        if early:
            explanation += " " + self.tr("Leaving early: the nights from today are freed for sale.")
        super().__init__(parent, title=self.tr("Check out room {room}").format(room=view.room_number),
                         ok_text=self.tr("Check out"), explanation=explanation, submit=submit)
        self.view = view
        totals = view.totals
        bill = QGridLayout()
        bill.setHorizontalSpacing(18)
        self._row = 0

        def line(title: str, value: str, *, bold: bool = False) -> QLabel:
            name = QLabel(title)
            amount = QLabel(value)
            amount.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if bold:
                for label in (name, amount):
                    font = label.font()
                    font.setBold(True)
                    label.setFont(font)
            bill.addWidget(name, self._row, 0)
            bill.addWidget(amount, self._row, 1)
            self._row += 1
            return amount

        line(self.tr("Charges"), money(totals.charges))
        line(self.tr("Payments"), money(totals.payments))
        if totals.refunds:
            line(self.tr("Refunds"), money(totals.refunds))
        if totals.deposits_applied:
            line(self.tr("Deposit applied"), money(totals.deposits_applied))
        line(self.tr("Balance"), money(totals.balance), bold=True)
        line(self.tr("Deposit held"), money(totals.deposit_held) + held_by(totals.held_by_method))
        self.applied = line(self.tr("Deposit applied to the bill"), "")
        self.refunded = line(self.tr("Deposit refunded"), "")
        self.due = line(self.tr("Still due after the deposit"), money(due_after_deposit(view)), bold=True)
        bill.setColumnStretch(2, 1)
        self.form.addRow(bill)

        self.method_box = method_combo()
        self.amount = amount_edit(value=due_after_deposit(view))
        self.reference = QLineEdit()
        self.reference.setObjectName("reference")
        self.reference.setMaxLength(60)
        self.reference.setPlaceholderText(self.tr("slip, transaction or receipt number"))
        self.settle_note = QLabel()
        self.settle_note.setObjectName("SettleResult")
        self.settle_note.setWordWrap(True)
        payment_title = QLabel(self.tr("Final payment"))
        payment_title.setObjectName("SectionTitle")
        self.form.addRow(payment_title)
        self.form.addRow(self.tr("Method"), self.method_box)
        self.form.addRow(self.tr("Amount"), self.amount)
        self.form.addRow(self.tr("Reference"), self.reference)
        self.form.addRow(self.settle_note)
        self._finish()
        self.amount.textChanged.connect(self._preview)
        self._preview()
        self.amount.setFocus()
        self.amount.selectAll()

    @property
    def paying(self) -> Decimal:
        try:
            return Decimal(self.amount.text().replace(",", "").strip() or "0")
        except InvalidOperation:
            return ZERO

    @property
    def payments(self) -> list[PaymentInput]:
        """The final payment, or none when nothing is typed (or zero)."""
        text = self.amount.text().strip()
        if not text or self.paying == 0:
            return []
        return [PaymentInput(method=Method(self.method_box.currentData()), amount=text,
                             reference=self.reference.text())]

    def _preview(self, *_args: object) -> None:
        totals = self.view.totals
        # The same plan desk.frontdesk.checkout carries out.
        plan = plan_settlement(totals.balance - self.paying, self.view.deposits)
        self.applied.setText(money(plan.applied_total))
        self.refunded.setText(", ".join(f"{money(a)} → {desk_text(METHOD_NAMES[m])}"
                                        for m, a in plan.refunded_by_method.items()) or money(ZERO))
        if plan.remaining > 0:
            text, kind = self.tr("{amount} would still be owed: take it as the final payment.").format(
                amount=money(plan.remaining)), "error"
        elif plan.remaining < 0 and totals.balance < 0 and self.paying == 0:
            text, kind = self.tr("The guest is {amount} in credit: refund it first (Refund…), then check out.")\
                .format(amount=money(-plan.remaining)), "error"
        elif plan.remaining < 0:
            text, kind = self.tr("That is {amount} more than the bill.").format(amount=money(-plan.remaining)), \
                "error"
        else:
            text, kind = self.tr("The bill comes to zero: the guest can check out."), "info"
        self.settle_note.setText(text)
        set_kind(self.settle_note, kind)
