"""The handover as people read it: the summary Desk assembled, and the whole
handover sheet (cash, counts, notes, carried items, signatures) as HTML for
the screen and the printer."""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence
from datetime import datetime
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QMarginsF, QObject
from PySide6.QtGui import QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QLabel, QWidget

from desk import hoteltime
from desk.frontdesk.folio import METHOD_NAMES
from desk.models import HandoverState, Method
from desk.shifts.history import STATE_NAMES, HandoverDetail
from desk.shifts.summary import Summary
from ui.frontdesk.models import money
from ui.i18n import desk_text
from ui.shifts.count import amount, face_text

GREEN, AMBER, RED, GREY = "#1a7f37", "#b45309", "#b91c1c", "#6b7280"
ZERO = Decimal("0.00")


def _e(text: object) -> str:
    return html.escape(str(text))


def when(moment: datetime | None, timezone: str) -> str:
    """A moment in the hotel's time zone, to the minute."""
    return hoteltime.local(moment, timezone).strftime("%Y-%m-%d %H:%M") if moment is not None else "—"


def method_name(method: str) -> str:
    try:
        return desk_text(METHOD_NAMES[Method(method)])
    except ValueError:
        return method


def over_short(difference: Decimal, currency: str) -> tuple[str, str]:
    """The cash difference in words, and its colour: balanced, over or short."""
    if difference > 0:
        text = QCoreApplication.translate("ShiftSheet", "Over by {amount}")
        return text.format(amount=amount(difference, currency)), AMBER
    if difference < 0:
        text = QCoreApplication.translate("ShiftSheet", "Short by {amount}")
        return text.format(amount=amount(-difference, currency)), RED
    return QCoreApplication.translate("ShiftSheet", "Balanced: no difference"), GREEN


def paint(label: QLabel, colour: str) -> None:
    """Colour a figure's label (over, short, balanced) in bold."""
    label.setStyleSheet(f"color: {colour}; font-weight: 600;" if colour else "")


# Headings as styled paragraphs: Qt's rich text enlarges <h1>/<h2> beyond their CSS size.
H1 = "<p style='font-size: 13pt; font-weight: 700; margin: 0 0 4px 0'>"
H2 = "<p style='font-size: 10.5pt; font-weight: 700; color: #1f2937; margin: 10px 0 2px 0'>"
STYLE = """<style>
body { font-size: 9.5pt; color: #111; }
td { padding: 1px 8px 1px 0; vertical-align: top; }
td.k { color: #4b5563; }
td.n { text-align: right; }
th { text-align: left; color: #374151; border-bottom: 1px solid #9ca3af; padding-right: 8px; }
</style>"""


class SheetWriter(QObject):
    """Builds the summary and the handover sheet in the window's language."""

    def __init__(self, parent: QObject | None = None, *, currency: str, timezone: str) -> None:
        super().__init__(parent)
        self.currency = currency
        self.timezone = timezone

    def money(self, value: Decimal) -> str:
        return amount(value, self.currency)

    # -- pieces ---------------------------------------------------------------------
    @staticmethod
    def _facts(rows: Iterable[tuple[str, str]], numeric: bool = False) -> str:
        """Label / value lines (values are HTML already), amounts right-aligned."""
        cell = "<td class=n>" if numeric else "<td>"
        return "<table>" + "".join(f"<tr><td class='k'>{_e(k)}</td>{cell}{v}</td></tr>" for k, v in rows) + "</table>"

    @staticmethod
    def _table(headers: Sequence[str], rows: Iterable[Sequence[str]], numeric: Sequence[int] = ()) -> str:
        head = "".join(f"<th{' align=right' if i in numeric else ''}>{_e(h)}</th>" for i, h in enumerate(headers))
        body = "".join("<tr>" + "".join(f"<td{' class=n' if i in numeric else ''}>{_e(c)}</td>"
                                        for i, c in enumerate(row)) + "</tr>" for row in rows)
        return f"<table cellspacing=0>{head and '<tr>' + head + '</tr>'}{body}</table>"

    def _listing(self, items: Sequence[str], empty: str) -> str:
        return _e(", ".join(items)) if items else f"<span style='color:{GREY}'>{_e(empty)}</span>"

    # -- the summary ------------------------------------------------------------------
    def summary_html(self, s: Summary) -> str:
        """What Desk assembled: guests, rooms, complaints, duty items, deposits, non-cash takings."""
        none = self.tr("none")
        no_room = self.tr("no room yet")
        arrivals = [f"{guest} ({room or no_room})" for guest, room, _conf in s.arrivals]
        departures = [f"{room} {guest}" for room, guest in s.departures]
        overdue_text = self.tr("{count} overdue").format(count=s.complaints_overdue)
        overdue = f" · <b style='color:{RED}'>{_e(overdue_text)}</b>" if s.complaints_overdue else ""
        majors = len(s.majors_open)
        major_text = self.tr("{count} major").format(count=majors)
        duty = _e(str(s.duty_open)) + (f" · <b style='color:{RED}'>{_e(major_text)}</b>" if majors else "")
        facts = [
            (self.tr("Arrivals still due"), f"<b>{len(s.arrivals)}</b> {self._listing(arrivals, '')}"),
            (self.tr("Departures still due"), f"<b>{len(s.departures)}</b> {self._listing(departures, '')}"),
            (self.tr("In house"), _e(self.tr("%n room(s)", "", s.in_house))),
            (self.tr("Vacant dirty"), f"<b>{len(s.rooms_dirty)}</b> {self._listing(s.rooms_dirty, '')}"),
            (self.tr("Occupied dirty"), _e(str(s.rooms_occupied_dirty))),
            (self.tr("Out of order"), self._listing(s.rooms_out_of_order, none)),
            (self.tr("Complaints open"), _e(str(s.complaints_open)) + overdue),
            (self.tr("Duty items open"), duty),
        ]
        held = [(method_name(m), self.money(v)) for m, v in sorted(s.deposits_held.items())]
        takings = [(method_name(t.method), money(t.received), money(t.refunded), money(t.net)) for t in s.non_cash]
        parts = [self._facts(facts), H2 + _e(self.tr("Deposits held")) + "</p>"]
        parts.append(self._table([], held, numeric=(1,)) if held else _e(none))
        takings_title = self.tr("Non-cash takings this shift ({currency})").format(currency=self.currency)
        parts.append(H2 + _e(takings_title) + "</p>")
        parts.append(self._table([self.tr("Method"), self.tr("Received"), self.tr("Refunded"), self.tr("Net")],
                                 takings, numeric=(1, 2, 3)) if takings else _e(none))
        return "".join(parts)

    def summary_page(self, s: Summary) -> str:
        """The summary as a page of its own (the handover dialog shows it)."""
        return f"<html><head>{STYLE}</head><body>{self.summary_html(s)}</body></html>"

    def cash_rows(self, s: Summary, counted: Decimal | None) -> list[tuple[str, str]]:
        """float + received - paid out = expected; counted; over or short (HTML values)."""
        rows = [
            (self.tr("Float at the start"), _e(self.money(s.opening_float))),
            (self.tr("+ Cash received"), _e(self.money(s.cash_received))),
            (self.tr("− Cash paid out"), _e(self.money(s.cash_paid_out))),
            (self.tr("= Cash expected"), f"<b>{_e(self.money(s.expected_cash))}</b>"),
        ]
        if counted is not None:
            words, colour = over_short(counted - s.expected_cash, self.currency)
            rows.append((self.tr("Cash counted"), f"<b>{_e(self.money(counted))}</b>"))
            rows.append((self.tr("Over or short"), f"<b style='color:{colour}'>{_e(words)}</b>"))
        return rows

    # -- the whole sheet ----------------------------------------------------------------
    def _count(self, title: str, pieces: dict[str, int], total: Decimal | None) -> str:
        if not pieces:
            return ""
        ordered = sorted(pieces.items(), key=lambda item: Decimal(item[0]), reverse=True)
        rows = [(face_text(face), str(n), self.money(Decimal(face) * n)) for face, n in ordered]
        if total is not None:
            rows.append((self.tr("Total"), "", self.money(total)))
        return f"{H2}{_e(title)}</p>" + self._table([self.tr("Note or coin"), self.tr("Pieces"), self.tr("Amount")],
                                                     rows, numeric=(1, 2))

    def detail_html(self, d: HandoverDetail, *, hotel: str) -> str:
        """The handover sheet: what the history shows and what prints."""
        row, s = d.row, d.summary
        header = self._facts([
            (self.tr("Business date"), _e(row.business_date.isoformat())),
            (self.tr("Workstation"), _e(row.workstation)),
            (self.tr("Shift"), _e(self.tr("{clerk}, from {start}").format(clerk=row.clerk,
                                                                           start=when(row.opened_at, self.timezone)))),
            (self.tr("Status"), _e(desk_text(STATE_NAMES[row.state]))),
        ])
        cash = self.cash_rows(s, row.counted_cash)
        cash.append((self.tr("Float handed over"), _e(self.money(d.float_handed_over))))
        cash.append((self.tr("Cash dropped to the safe"), _e(self.money(d.cash_dropped))))
        if d.incoming_count is not None:
            cash.append((self.tr("Float recounted by the incoming clerk"), _e(self.money(d.incoming_count))))
        notes = [(title, text) for title, text in (
            (self.tr("Equipment"), d.notes_equipment), (self.tr("Difficult issues"), d.notes_issues),
            (self.tr("Staff changes"), d.notes_staff), (self.tr("Other"), d.notes_other),
            (self.tr("Disagreement of the incoming clerk"), row.disagreement),
            (self.tr("Manager's reason"), d.override_reason)) if text]
        carried = [(self.tr("Duty log") if item.kind == "duty" else self.tr("Complaint"), item.text)
                   for item in d.carried]
        if row.state is HandoverState.OVERRIDDEN:
            taken = (self.tr("Closed by a manager"), row.incoming, when(row.accepted_at, self.timezone))
        else:
            taken = (self.tr("Accepted by"), row.incoming or "—", when(row.accepted_at, self.timezone))
        signatures = [(self.tr("Handed over by"), row.prepared_by, when(row.prepared_at, self.timezone)), taken]
        parts = [
            f"<html><head>{STYLE}</head><body>",
            H1 + _e(self.tr("{hotel}: shift handover").format(hotel=hotel)) + "</p>", header,
            H2 + _e(self.tr("Summary")) + "</p>", self.summary_html(s),
            H2 + _e(self.tr("Cash")) + "</p>", self._facts(cash, numeric=True),
            self._count(self.tr("Drawer count (outgoing)"), d.counted_detail, row.counted_cash),
            self._count(self.tr("Float recount (incoming)"), d.incoming_detail, d.incoming_count),
            H2 + _e(self.tr("Notes")) + "</p>",
            self._facts((k, _e(v)) for k, v in notes) if notes else _e(self.tr("none")),
            H2 + _e(self.tr("Carried forward")) + "</p>",
            self._facts((k, _e(v)) for k, v in carried) if carried else _e(self.tr("none")),
            H2 + _e(self.tr("Signatures")) + "</p>",
            self._table([self.tr("Signed"), self.tr("Name"), self.tr("Time")], signatures),
            "</body></html>",
        ]
        return "".join(parts)


def _print(text: str, printer: QPrinter) -> None:
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter)
    document = QTextDocument()
    document.documentLayout().setPaintDevice(printer)
    document.setPageSize(printer.pageRect(QPrinter.Unit.DevicePixel).size())
    document.setDocumentMargin(0)
    document.setHtml(text)
    document.print_(printer)


def save_pdf(text: str, path: str) -> None:
    """The sheet as an A4 PDF (what Print… sends to a printer)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(path)
    _print(text, printer)


def print_sheet(text: str, parent: QWidget) -> bool:
    """Ask for a printer and print the sheet; False when cancelled."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    _print(text, printer)
    return True
