"""The settlement workbook of one business date, for the manager.

The first sheet has the takings by payment method, the charges by type, the
deposits and a reconciliation; then the cashier shifts and every transaction.
Totals are formulas. The reconciliation recomputes the money from the
transactions sheet (SUMIFS by entry and method) and sets it beside Desk's own
figures, with the differences as formulas that must be zero: payments by
method against the takings, the guest ledger from its opening balance to its
closing balance against the balance Desk computes, and the deposits held.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.worksheet.pagebreak import Break
from openpyxl.worksheet.worksheet import Worksheet
from sqlalchemy.orm import Session

from desk.dayclose import settlement_rows as data
from desk.dayclose.labels import COUNT, SMALL, TIME, Context, context, label, total_row, write_table
from desk.exports import workbook as wb
from desk.frontdesk.folio import CHARGE_NAMES, KIND_NAMES, METHOD_NAMES
from desk.i18n import QT_TRANSLATE_NOOP
from desk.models import LineKind, Method
from desk.shifts.history import STATE_NAMES

NO_SHOW_ENTRY = QT_TRANSLATE_NOOP("desk", "No-show charge")
# Columns of the transactions sheet (0-based) the reconciliation adds up.
ENTRY, METHOD, AMOUNT = 4, 6, 7


def build(session: Session, day: date) -> Workbook:
    """The workbook for ``day`` (not saved)."""
    ctx = context(session, day, label(QT_TRANSLATE_NOOP("desk", "Settlement")))
    book = wb.new_workbook()
    summary = book.create_sheet(wb.sheet_name(label(QT_TRANSLATE_NOOP("desk", "Settlement"))))
    shifts = book.create_sheet(wb.sheet_name(label(QT_TRANSLATE_NOOP("desk", "Shifts"))))
    transactions = book.create_sheet(wb.sheet_name(label(QT_TRANSLATE_NOOP("desk", "Transactions"))))
    table = _transactions_sheet(transactions, ctx, data.transactions(session, day))
    _shifts_sheet(shifts, ctx, data.shifts(session, day))
    _summary_sheet(summary, ctx, session, transactions, table)
    return book


def write(session: Session, day: date, path: Path) -> Path:
    """Write the workbook for ``day`` to ``path`` (replaced atomically)."""
    return wb.save(build(session, day), path)


def _transactions_sheet(sheet: Worksheet, ctx: Context, rows: list[data.Transaction]) -> wb.Table:
    start = ctx.title_block(sheet, label(QT_TRANSLATE_NOOP("desk", "Transactions")))
    headers = [label(t) for t in (
        QT_TRANSLATE_NOOP("desk", "Line"), QT_TRANSLATE_NOOP("desk", "Time"), QT_TRANSLATE_NOOP("desk", "Room"),
        QT_TRANSLATE_NOOP("desk", "Guest"), QT_TRANSLATE_NOOP("desk", "Entry"), QT_TRANSLATE_NOOP("desk", "Type"),
        QT_TRANSLATE_NOOP("desk", "Method"), QT_TRANSLATE_NOOP("desk", "Amount"), QT_TRANSLATE_NOOP("desk", "Clerk"),
        QT_TRANSLATE_NOOP("desk", "Shift"), QT_TRANSLATE_NOOP("desk", "Reference"),
        QT_TRANSLATE_NOOP("desk", "Reverses line"), QT_TRANSLATE_NOOP("desk", "Note"))]
    kinds = {kind: label(text) for kind, text in KIND_NAMES.items()}
    types = {kind: label(text) for kind, text in CHARGE_NAMES.items()}
    methods = {kind: label(text) for kind, text in METHOD_NAMES.items()}
    no_show = label(NO_SHOW_ENTRY)
    values = [[t.line_id, ctx.local(t.posted_at), t.room_number, t.guest_name,
               kinds[t.kind] if t.kind else no_show, types[t.charge_type] if t.charge_type else "",
               methods[t.method] if t.method else "", t.amount, t.clerk, t.shift_id, t.reference, t.reverses_id,
               t.note] for t in rows]
    formats = [SMALL, TIME, None, None, None, None, None, ctx.money, None, SMALL, None, SMALL, None]
    table = write_table(sheet, start, headers, values, formats)
    wb.finish(sheet, ctx.header, title_rows=start - 1, wrap_rows={start})
    # The total row after the widths: its label may run on across the empty cells beside it.
    row = table.last_row + 1
    sheet.cell(row=row, column=1, value=label(QT_TRANSLATE_NOOP("desk", "Total of the rows shown"))).font = wb.BOLD
    total = sheet.cell(row=row, column=AMOUNT + 1, value=f"=SUBTOTAL(9,{table.range(AMOUNT)})")
    total.font, total.number_format = wb.BOLD, ctx.money
    for column in range(1, table.columns + 1):
        sheet.cell(row=row, column=column).border = wb.TOTAL_BORDER
    return table


def _shifts_sheet(sheet: Worksheet, ctx: Context, rows: list[data.ShiftLine]) -> None:
    start = ctx.title_block(sheet, label(QT_TRANSLATE_NOOP("desk", "Cashier shifts")))
    headers = [label(t) for t in (
        QT_TRANSLATE_NOOP("desk", "Shift"), QT_TRANSLATE_NOOP("desk", "Workstation"),
        QT_TRANSLATE_NOOP("desk", "Clerk"), QT_TRANSLATE_NOOP("desk", "Opened"),
        QT_TRANSLATE_NOOP("desk", "Handed over"), QT_TRANSLATE_NOOP("desk", "Float"),
        QT_TRANSLATE_NOOP("desk", "Cash in"), QT_TRANSLATE_NOOP("desk", "Cash out"),
        QT_TRANSLATE_NOOP("desk", "Expected"), QT_TRANSLATE_NOOP("desk", "Counted"),
        QT_TRANSLATE_NOOP("desk", "Over (+) or short (-)"), QT_TRANSLATE_NOOP("desk", "Accepted by"),
        QT_TRANSLATE_NOOP("desk", "Status"))]
    still_open = label(QT_TRANSLATE_NOOP("desk", "open, not handed over"))
    values: list[list[Any]] = []
    for s in rows:
        status = label(STATE_NAMES[s.state]) if s.state else still_open
        if s.handover_date is not None and s.handover_date != ctx.day:
            status = f"{status} ({s.handover_date.isoformat()})"
        r = start + 1 + len(values)
        values.append([s.shift_id, s.workstation, s.clerk, ctx.local(s.opened_at),
                       ctx.local(s.handed_over_at) if s.handed_over_at else None, s.opening_float, s.cash_in,
                       s.cash_out, f"=F{r}+G{r}-H{r}", s.counted, f"=J{r}-I{r}" if s.counted is not None else None,
                       s.accepted_by, status])
    money = ctx.money
    formats = [SMALL, None, None, TIME, TIME, money, money, money, money, money, money, None, None]
    table = write_table(sheet, start, headers, values, formats)
    total_row(sheet, table, label(QT_TRANSLATE_NOOP("desk", "Total")), [6, 7, 10], formats)
    wb.finish(sheet, ctx.header, title_rows=start - 1, wrap_rows={start})


def _summary_sheet(sheet: Worksheet, ctx: Context, session: Session, transactions: Worksheet,
                   table: wb.Table) -> None:
    day, money = ctx.day, ctx.money
    row = ctx.title_block(sheet, ctx.title)
    methods = {m: label(text) for m, text in METHOD_NAMES.items()}

    def sumifs(entry: str, method: str | None = None) -> str:
        criteria = f"{wb.reference(transactions, _absolute(table, ENTRY))},{wb.formula_text(entry)}"
        if method is not None:
            criteria += f",{wb.reference(transactions, _absolute(table, METHOD))},{wb.formula_text(method)}"
        return f"SUMIFS({wb.reference(transactions, _absolute(table, AMOUNT))},{criteria})"

    # Takings by payment method.
    ledger = data.ledger(session, day)
    takings = data.takings(ledger)
    t = _section(sheet, row, [QT_TRANSLATE_NOOP("desk", "Takings by payment method"),
                              QT_TRANSLATE_NOOP("desk", "Received"), QT_TRANSLATE_NOOP("desk", "Refunded"),
                              QT_TRANSLATE_NOOP("desk", "Net")],
                 [[methods[m.method], m.received, m.refunded, f"=B{r}-C{r}"] for r, m in enumerate(takings, row + 1)],
                 [None, money, money, money])
    takings_net = {m.method: f"D{t.first_row + i}" for i, m in enumerate(takings)}
    takings_total = total_row(sheet, t, label(QT_TRANSLATE_NOOP("desk", "Total")), [1, 2, 3],
                                 [None, money, money, money])

    # Charges by type; no-show charges go to the guarantee, not to a folio.
    by_type, no_show = data.charges(session, day)
    t = _section(sheet, takings_total + 2, [QT_TRANSLATE_NOOP("desk", "Charges by type"),
                                             QT_TRANSLATE_NOOP("desk", "Lines"), QT_TRANSLATE_NOOP("desk", "Amount")],
                 [[label(CHARGE_NAMES[c.charge_type]), c.lines, c.amount] for c in by_type],
                 [None, COUNT, money])
    folio_charges = total_row(sheet, t, label(QT_TRANSLATE_NOOP("desk", "Charges to guest folios")), [1, 2],
                                 [None, COUNT, money])
    r = folio_charges + 1
    _line(sheet, r, label(QT_TRANSLATE_NOOP("desk", "No-show charges (to the guarantee)")),
          [no_show.lines, no_show.amount], [COUNT, money])
    _line(sheet, r + 1, label(QT_TRANSLATE_NOOP("desk", "Total charges")),
          [f"=B{folio_charges}+B{r}", f"=C{folio_charges}+C{r}"], [COUNT, money], bold=True)

    # Deposits.
    moves = data.deposits(ledger)
    first = r + 4
    t = _section(sheet, first - 1, [QT_TRANSLATE_NOOP("desk", "Deposits"),
                                    QT_TRANSLATE_NOOP("desk", "Held at start"), QT_TRANSLATE_NOOP("desk", "Taken"),
                                    QT_TRANSLATE_NOOP("desk", "Applied"), QT_TRANSLATE_NOOP("desk", "Refunded"),
                                    QT_TRANSLATE_NOOP("desk", "Held at end")],
                 [[methods[d.method], d.held_at_start, d.taken, d.applied, d.refunded, f"=B{r}+C{r}-D{r}-E{r}"]
                  for r, d in enumerate(moves, first)], [None, money, money, money, money, money])
    deposits_total = total_row(sheet, t, label(QT_TRANSLATE_NOOP("desk", "Total")), [1, 2, 3, 4, 5],
                                  [None, money, money, money, money, money])

    # Reconciliation 1, on a page of its own: the transactions by method add up to the takings.
    sheet.row_breaks.append(Break(id=deposits_total + 1))
    title = sheet.cell(row=deposits_total + 2, column=1, value=label(QT_TRANSLATE_NOOP("desk", "Reconciliation")))
    title.font = wb.TITLE
    received = [label(KIND_NAMES[k]) for k in (LineKind.PAYMENT, LineKind.DEPOSIT)]
    paid_out = [label(KIND_NAMES[k]) for k in (LineKind.REFUND, LineKind.DEPOSIT_REFUND)]
    first = deposits_total + 4
    t = _section(sheet, first - 1, [
        QT_TRANSLATE_NOOP("desk", "Payments by method"), QT_TRANSLATE_NOOP("desk", "Received (transactions)"),
        QT_TRANSLATE_NOOP("desk", "Refunded (transactions)"), QT_TRANSLATE_NOOP("desk", "Net (transactions)"),
        QT_TRANSLATE_NOOP("desk", "Net (takings)"), QT_TRANSLATE_NOOP("desk", "Difference")],
        [[methods[m], "=" + "+".join(sumifs(k, methods[m]) for k in received),
          "=" + "+".join(sumifs(k, methods[m]) for k in paid_out), f"=B{r}-C{r}", f"={takings_net[m]}",
          f"=D{r}-E{r}"] for r, m in enumerate(Method, first)],
        [None, money, money, money, money, money])
    payments_total = total_row(sheet, t, label(QT_TRANSLATE_NOOP("desk", "Total")), [1, 2, 3, 4, 5],
                                  [None, money, money, money, money, money])

    # Reconciliation 2: the guest ledger from its opening to its closing balance.
    opening, closing = ledger.balance(closing=False), ledger.balance(closing=True)
    held = sum(ledger.deposits_held(closing=True).values(), data.ZERO)
    first = payments_total + 3
    steps: list[tuple[str, Any]] = [
        (QT_TRANSLATE_NOOP("desk", "Opening balance (every line before the date)"), opening),
        (QT_TRANSLATE_NOOP("desk", "+ Charges to guest folios"), "=" + sumifs(label(KIND_NAMES[LineKind.CHARGE]))),
        (QT_TRANSLATE_NOOP("desk", "- Payments"), "=" + sumifs(label(KIND_NAMES[LineKind.PAYMENT]))),
        (QT_TRANSLATE_NOOP("desk", "+ Refunds"), "=" + sumifs(label(KIND_NAMES[LineKind.REFUND]))),
        (QT_TRANSLATE_NOOP("desk", "- Deposits applied"), "=" + sumifs(label(KIND_NAMES[LineKind.DEPOSIT_APPLIED]))),
        (QT_TRANSLATE_NOOP("desk", "Closing balance"), f"=B{first}+B{first + 1}-B{first + 2}+B{first + 3}"
                                                       f"-B{first + 4}"),
        (QT_TRANSLATE_NOOP("desk", "Closing balance computed by Desk"), closing),
        (QT_TRANSLATE_NOOP("desk", "Difference"), f"=B{first + 5}-B{first + 6}"),
        (QT_TRANSLATE_NOOP("desk", "Charges by type less the charges in the transactions"),
         f"=C{folio_charges}-B{first + 1}"),
        (QT_TRANSLATE_NOOP("desk", "Deposits held at the end"), f"=F{deposits_total}"),
        (QT_TRANSLATE_NOOP("desk", "Deposits held at the end, computed by Desk"), held),
        (QT_TRANSLATE_NOOP("desk", "Difference"), f"=B{first + 9}-B{first + 10}"),
    ]
    t = _section(sheet, first - 1, [QT_TRANSLATE_NOOP("desk", "Guest ledger and deposits"),
                                    QT_TRANSLATE_NOOP("desk", "Amount")],
                 [[label(text), value] for text, value in steps], [None, money])
    for offset in (5, 7, 8, 11):
        for column in (1, 2):
            sheet.cell(row=t.first_row + offset, column=column).font = wb.BOLD
    header_rows = {cell.row for cell in sheet["A"] if cell.fill == wb.HEADER_FILL}
    wb.finish(sheet, ctx.header, title_rows=row - 1, wrap_rows=header_rows)


def _section(sheet: Worksheet, row: int, headers: list[str], rows: list[list[Any]],
             formats: list[str | None]) -> wb.Table:
    """One table of the summary sheet."""
    return write_table(sheet, row, [label(h) for h in headers], rows, formats, freeze=False, filters=False)


def _line(sheet: Worksheet, row: int, text: str, values: list[Any], formats: list[str], *, bold: bool = False) -> None:
    first = sheet.cell(row=row, column=1, value=text)
    if bold:
        first.font = wb.BOLD
    for column, (value, fmt) in enumerate(zip(values, formats, strict=True), start=2):
        cell = sheet.cell(row=row, column=column, value=wb.cell_value(value))
        cell.number_format = fmt
        if bold:
            cell.font = wb.BOLD


def _absolute(table: wb.Table, index: int) -> str:
    letter = table.column(index)
    return f"${letter}${table.first_row}:${letter}${max(table.last_row, table.first_row)}"
