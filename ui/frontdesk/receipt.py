"""The guest's receipt: HTML from desk.frontdesk.queries.receipt, shown in a
preview, saved as an A5 PDF in the exports folder, or sent to a printer.

The ID number is the masked one the query gives: a receipt never carries a
full ID number.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QMarginsF, QObject, Qt, Signal
from PySide6.QtGui import QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from desk import clock
from desk.frontdesk.folio import CHARGE_NAMES, KIND_NAMES, METHOD_NAMES, LineRow
from desk.frontdesk.queries import Receipt
from desk.frontdesk.registration import ID_NAMES
from desk.models import ChargeType, LineKind, StayState
from desk.paths import exports_dir
from ui.frontdesk.models import money
from ui.i18n import desk_text


def _e(text: object) -> str:
    return html.escape(str(text))


def receipt_path(receipt: Receipt) -> Path:
    view = receipt.view
    return exports_dir() / f"receipt-{view.room_number}-{receipt.business_date.isoformat()}-{view.stay_id}.pdf"


class ReceiptWriter(QObject):
    """Builds the receipt's HTML in the window's language and renders it."""

    def item(self, line: LineRow) -> str:
        kind = desk_text(KIND_NAMES[line.kind])
        if line.charge_type is not None:
            text = desk_text(CHARGE_NAMES[line.charge_type])
        elif line.method is not None:
            text = f"{kind} · {desk_text(METHOD_NAMES[line.method])}"
        else:
            text = kind
        if line.charge_type in (ChargeType.ROOM, ChargeType.NO_SHOW):
            # Written in the reader's language from the line itself, not its stored (English) description.
            text = self.tr("{item}, room {room}, night of {date}").format(
                item=text, room=line.room_number, date=line.business_date.isoformat())
        elif line.description and line.kind is LineKind.CHARGE:
            text += f" · {line.description}"
        if line.reverses_id is not None:
            text = self.tr("Reversal of: {item}").format(item=text)
        return text

    def html(self, receipt: Receipt, *, clerk: str) -> str:
        view, totals, currency = receipt.view, receipt.view.totals, receipt.currency
        document = desk_text(ID_NAMES[view.id_type]) if view.id_type else self.tr("ID")
        facts = [
            (self.tr("Guest"), view.guest_name, self.tr("Room"), f"{view.room_number} ({view.type_code})"),
            (document, view.id_masked or "—", self.tr("Arrival"), view.arrival.isoformat()),
            (self.tr("Confirmation"), view.confirmation or self.tr("walk-in"), self.tr("Departure"),
             view.departure.isoformat()),
            (self.tr("Rate per night"), money(view.rate), self.tr("Nights"), str(view.nights)),
        ]
        fact_rows = "".join(
            f"<tr><td class='k'>{_e(a)}</td><td>{_e(b)}</td><td class='k'>{_e(c)}</td><td>{_e(d)}</td></tr>"
            for a, b, c, d in facts)
        line_rows = []
        for line in view.lines:
            style = " style='color:#888; text-decoration: line-through'" if line.reversed else \
                " style='color:#888'" if line.reverses_id is not None else ""
            item = self.item(line) + (self.tr(" (reversed)") if line.reversed else "")
            reference = line.reference or line.reason
            line_rows.append(
                f"<tr{style}><td>{_e(line.business_date.isoformat())}</td><td>{_e(item)}</td>"
                f"<td>{_e(reference)}</td><td align='right'>{_e(money(line.amount))}</td></tr>")
        sums = [(self.tr("Charges"), totals.charges), (self.tr("Payments"), totals.payments)]
        if totals.refunds:
            sums.append((self.tr("Refunds"), totals.refunds))
        sums.append((self.tr("Deposits taken"), totals.deposits))
        if totals.deposits_applied:
            sums.append((self.tr("Deposit applied"), totals.deposits_applied))
        refunded = [(line.method, line.amount) for line in view.lines if line.kind is LineKind.DEPOSIT_REFUND]
        for method, amount in refunded:
            sums.append((self.tr("Deposit refunded ({method})").format(
                method=desk_text(METHOD_NAMES[method]) if method else ""), amount))
        if view.state is StayState.IN_HOUSE and totals.deposit_held:
            sums.append((self.tr("Deposit held"), totals.deposit_held))
        sum_rows = "".join(f"<tr><td>{_e(title)}</td><td align='right'>{_e(money(amount))}</td></tr>"
                           for title, amount in sums)
        balance = self.tr("Balance due") if totals.balance > 0 else self.tr("Balance")
        printed = clock.now().astimezone().strftime("%Y-%m-%d %H:%M")
        status = self.tr("Checked out") if view.state is StayState.CHECKED_OUT else self.tr("In house (interim bill)")
        text = {
            "receipt": self.tr("RECEIPT"),
            "number": self.tr("No. {number}").format(number=f"R{view.stay_id:06d}"),
            "date": self.tr("Receipt date {date} · {status}").format(date=receipt.business_date.isoformat(),
                                                                     status=status),
            "day": self.tr("Date"), "item": self.tr("Item"), "reference": self.tr("Reference"),
            "amount": self.tr("Amount ({currency})").format(currency=currency),
            "clerk": self.tr("Clerk: {name}").format(name=clerk),
            "printed": self.tr("Printed {time}").format(time=printed),
            "signature": self.tr("Guest's signature:"),
            "thanks": self.tr("Thank you for staying with us."),
        }
        t = {key: _e(value) for key, value in text.items()}
        return f"""
<html><head><style>
body {{ font-size: 9pt; color: #111; }}
h1 {{ font-size: 15pt; margin: 0; }}
td.k {{ color: #555; }}
th {{ text-align: left; border-bottom: 1px solid #999; color: #333; }}
</style></head><body>
<h1 align="center">{_e(receipt.hotel)}</h1>
<p align="center"><b>{t["receipt"]}</b> &nbsp; {t["number"]}<br>{t["date"]}</p>
<table width="100%" cellpadding="2">{fact_rows}</table>
<hr>
<table width="100%" cellpadding="3" cellspacing="0">
<tr><th>{t["day"]}</th><th>{t["item"]}</th><th>{t["reference"]}</th><th align="right">{t["amount"]}</th></tr>
{"".join(line_rows)}
</table>
<hr>
<table width="60%" align="right" cellpadding="2">{sum_rows}
<tr><td><b>{_e(balance)}</b></td><td align="right"><b>{_e(money(totals.balance))} {_e(currency)}</b></td></tr>
</table>
<p style="clear: both"></p>
<table width="100%" cellpadding="2"><tr>
<td>{t["clerk"]}<br>{t["printed"]}</td>
<td align="right">{t["signature"]} ____________________</td></tr></table>
<p align="center" style="color:#555">{t["thanks"]}</p>
</body></html>"""

    def save_pdf(self, text: str, path: Path) -> Path:
        """Render ``text`` to an A5 PDF at ``path``."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(path))
        self._print(text, printer)
        return path

    def _print(self, text: str, printer: QPrinter) -> None:
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A5))
        printer.setPageMargins(QMarginsF(12, 12, 12, 12), QPageLayout.Unit.Millimeter)
        document = QTextDocument()
        # Laid out for the printer's page itself: otherwise Qt adds 2 cm margins of its own.
        document.documentLayout().setPaintDevice(printer)
        document.setPageSize(printer.pageRect(QPrinter.Unit.DevicePixel).size())
        document.setDocumentMargin(0)
        document.setHtml(text)
        document.print_(printer)

    def print_on(self, text: str, parent: QWidget) -> bool:
        """Ask for a printer and print; False when the clerk cancels."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        self._print(text, printer)
        return True


class ReceiptDialog(QDialog):
    """The receipt as it will print, with Save as PDF and Print…."""

    saved = Signal(str)

    def __init__(self, parent: QWidget | None = None, *, receipt: Receipt, clerk: str) -> None:
        super().__init__(parent)
        self.receipt = receipt
        self.writer = ReceiptWriter(self)
        self.html = self.writer.html(receipt, clerk=clerk)
        self.path: Path | None = None
        self.setWindowTitle(self.tr("Receipt · room {room} · {guest}").format(room=receipt.view.room_number,
                                                                             guest=receipt.view.guest_name))
        self.resize(640, 760)
        self.preview = QTextBrowser()
        self.preview.setObjectName("ReceiptPreview")
        self.preview.setHtml(self.html)
        self.where = QLabel(self.tr("Save as PDF writes it to {folder}.").format(folder=exports_dir()))
        self.where.setObjectName("Hint")
        self.where.setWordWrap(True)
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_button = QPushButton(self.tr("Save as PDF"))
        self.save_button.setObjectName("save_pdf")
        self.print_button = QPushButton(self.tr("Print…"))
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.where)
        layout.addWidget(buttons)
        self.save_button.clicked.connect(self.save_pdf)
        self.print_button.clicked.connect(lambda: self.writer.print_on(self.html, self))
        self.save_button.setDefault(True)
        self.save_button.setFocus()

    def save_pdf(self) -> Path:
        self.path = self.writer.save_pdf(self.html, receipt_path(self.receipt))
        self.where.setText(self.tr("Saved: {path}").format(path=self.path))
        self.saved.emit(str(self.path))
        return self.path
