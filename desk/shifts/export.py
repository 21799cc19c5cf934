"""One handover as an Excel sheet: the summary, the cash count, the notes, the
items carried forward and the two signatures (names and times).

The cash lines are formulas (expected = float + received - paid out; over or
short = counted - expected; a count by denomination = face x pieces), so the
reader can check the arithmetic in the sheet itself.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

from openpyxl.worksheet.worksheet import Worksheet
from sqlalchemy.orm import Session

from desk.exports import workbook as wb
from desk.frontdesk.folio import METHOD_NAMES
from desk.i18n import QT_TRANSLATE_NOOP, translate
from desk.models import HandoverState, Method
from desk.settings import hotel_info
from desk.shifts.history import STATE_NAMES, HandoverDetail, handover_detail


def _label(text: str) -> str:
    return translate(text)


def export_handover(session: Session, handover_id: int, path: Path) -> Path:
    """Write the handover's sheet to ``path`` (replaced atomically)."""
    detail = handover_detail(session, handover_id)
    hotel = hotel_info(session)
    zone = ZoneInfo(hotel.timezone)
    money = wb.money_format(hotel.currency)
    book = wb.new_workbook()
    sheet = book.create_sheet(_label(QT_TRANSLATE_NOOP("desk", "Handover")))
    row, s = detail.row, detail.summary
    title = _label(QT_TRANSLATE_NOOP("desk", "Shift handover"))
    next_row = wb.title_block(sheet, f"{hotel.name}: {title}", [
        (_label(QT_TRANSLATE_NOOP("desk", "Business date")), row.business_date),
        (_label(QT_TRANSLATE_NOOP("desk", "Workstation")), row.workstation),
        (_label(QT_TRANSLATE_NOOP("desk", "Clerk")), row.clerk),
        (_label(QT_TRANSLATE_NOOP("desk", "Shift opened")), row.opened_at.astimezone(zone)),
        (_label(QT_TRANSLATE_NOOP("desk", "Status")), _label(STATE_NAMES[row.state])),
    ])

    # The summary Desk assembled at handover.
    facts = [
        (QT_TRANSLATE_NOOP("desk", "Arrivals still due"), len(s.arrivals)),
        (QT_TRANSLATE_NOOP("desk", "Departures still due"), len(s.departures)),
        (QT_TRANSLATE_NOOP("desk", "Guests in house (rooms)"), s.in_house),
        (QT_TRANSLATE_NOOP("desk", "Vacant dirty rooms"), len(s.rooms_dirty)),
        (QT_TRANSLATE_NOOP("desk", "Occupied dirty rooms"), s.rooms_occupied_dirty),
        (QT_TRANSLATE_NOOP("desk", "Rooms out of order"), len(s.rooms_out_of_order)),
        (QT_TRANSLATE_NOOP("desk", "Complaints open"), s.complaints_open),
        (QT_TRANSLATE_NOOP("desk", "Complaints overdue"), s.complaints_overdue),
        (QT_TRANSLATE_NOOP("desk", "Duty-log items open"), s.duty_open),
    ]
    table = wb.write_table(sheet, next_row, [_label(QT_TRANSLATE_NOOP("desk", "Summary")), ""],
                           [(_label(text), value) for text, value in facts], [None, wb.INTEGER], freeze=False,
                           filters=False)
    next_row = table.last_row + 2

    # Cash: the arithmetic as formulas.
    cash_rows = [
        (QT_TRANSLATE_NOOP("desk", "Float at the start"), s.opening_float),
        (QT_TRANSLATE_NOOP("desk", "Cash received"), s.cash_received),
        (QT_TRANSLATE_NOOP("desk", "Cash paid out"), s.cash_paid_out),
    ]
    table = wb.write_table(sheet, next_row, [_label(QT_TRANSLATE_NOOP("desk", "Cash")), ""],
                           [(_label(text), value) for text, value in cash_rows], [None, money],
                           freeze=False, filters=False)
    first = table.first_row
    formulas = [
        (QT_TRANSLATE_NOOP("desk", "Cash expected"), f"=B{first}+B{first + 1}-B{first + 2}"),
        (QT_TRANSLATE_NOOP("desk", "Cash counted"), detail.row.counted_cash),
        (QT_TRANSLATE_NOOP("desk", "Over (+) or short (-)"), f"=B{first + 4}-B{first + 3}"),
        (QT_TRANSLATE_NOOP("desk", "Float handed over"), detail.float_handed_over),
        (QT_TRANSLATE_NOOP("desk", "Cash dropped to the safe"), f"=B{first + 4}-B{first + 6}"),
    ]
    for offset, (text, value) in enumerate(formulas, start=3):
        sheet.cell(row=first + offset, column=1, value=_label(text)).font = wb.BOLD
        sheet.cell(row=first + offset, column=2, value=wb.cell_value(value)).number_format = money
    next_row = first + 3 + len(formulas) + 1

    if s.non_cash or s.deposits_held:
        method_rows = [(_label(METHOD_NAMES[Method(t.method)]), t.received, t.refunded, t.net) for t in s.non_cash]
        table = wb.write_table(sheet, next_row, [
            _label(QT_TRANSLATE_NOOP("desk", "Non-cash takings")), _label(QT_TRANSLATE_NOOP("desk", "Received")),
            _label(QT_TRANSLATE_NOOP("desk", "Refunded")), _label(QT_TRANSLATE_NOOP("desk", "Net")),
        ], method_rows, [None, money, money, money], freeze=False, filters=False)
        next_row = table.last_row + 2
        held = [(_label(METHOD_NAMES[Method(m)]), amount) for m, amount in sorted(s.deposits_held.items())]
        table = wb.write_table(sheet, next_row, [_label(QT_TRANSLATE_NOOP("desk", "Deposits held")), ""], held,
                               [None, money], freeze=False, filters=False)
        next_row = table.last_row + 2

    next_row = _count_table(sheet, next_row, _label(QT_TRANSLATE_NOOP("desk", "Drawer count (outgoing)")),
                            detail.counted_detail, money)
    next_row = _count_table(sheet, next_row, _label(QT_TRANSLATE_NOOP("desk", "Float recount (incoming)")),
                            detail.incoming_detail, money)

    notes = [
        (QT_TRANSLATE_NOOP("desk", "Equipment"), detail.notes_equipment),
        (QT_TRANSLATE_NOOP("desk", "Difficult issues"), detail.notes_issues),
        (QT_TRANSLATE_NOOP("desk", "Staff changes"), detail.notes_staff),
        (QT_TRANSLATE_NOOP("desk", "Other"), detail.notes_other),
        (QT_TRANSLATE_NOOP("desk", "Disagreement"), detail.row.disagreement),
        (QT_TRANSLATE_NOOP("desk", "Manager's reason"), detail.override_reason),
    ]
    table = wb.write_table(sheet, next_row, [_label(QT_TRANSLATE_NOOP("desk", "Notes")), ""],
                           [(_label(text), value) for text, value in notes if value], freeze=False, filters=False)
    next_row = table.last_row + 2
    table = wb.write_table(sheet, next_row, [_label(QT_TRANSLATE_NOOP("desk", "Carried forward")), ""],
                           [(_label(QT_TRANSLATE_NOOP("desk", "Duty log") if item.kind == "duty"
                                    else QT_TRANSLATE_NOOP("desk", "Complaint")), item.text)
                            for item in detail.carried], freeze=False, filters=False)
    next_row = table.last_row + 2
    _signatures(sheet, next_row, detail, zone)
    wb.finish(sheet, f"{hotel.name} {title} {row.business_date.isoformat()}")
    return wb.save(book, path)


def _count_table(sheet: Worksheet, row: int, title: str, pieces: dict[str, int], money: str) -> int:
    """Face value x pieces = amount, with the total as a formula; nothing when counted as a total."""
    if not pieces:
        return row
    ordered = sorted(pieces.items(), key=lambda item: Decimal(item[0]), reverse=True)
    table = wb.write_table(sheet, row, [title, _label(QT_TRANSLATE_NOOP("desk", "Pieces")),
                                        _label(QT_TRANSLATE_NOOP("desk", "Amount"))],
                           [(Decimal(face), number, None) for face, number in ordered], [money, wb.INTEGER, money],
                           freeze=False, filters=False)
    for r in range(table.first_row, table.last_row + 1):
        sheet.cell(row=r, column=3, value=f"=A{r}*B{r}").number_format = money
    wb.total_row(sheet, table, _label(QT_TRANSLATE_NOOP("desk", "Total")), [2], [None, None, money])
    return table.last_row + 3


def _signatures(sheet: Worksheet, row: int, detail: HandoverDetail, zone: ZoneInfo) -> None:
    handed_over: tuple[str, str, datetime | None]
    if detail.row.state is HandoverState.OVERRIDDEN and detail.row.prepared_by == detail.row.incoming:
        # The manager counted and closed it: the clerk never handed over.
        handed_over = (_label(QT_TRANSLATE_NOOP("desk", "Shift of (not handed over)")), detail.row.clerk, None)
    else:
        handed_over = (_label(QT_TRANSLATE_NOOP("desk", "Handed over by")), detail.row.prepared_by,
                       detail.row.prepared_at.astimezone(zone))
    if detail.row.state is HandoverState.OVERRIDDEN:
        taken = (_label(QT_TRANSLATE_NOOP("desk", "Closed by manager")), detail.row.incoming,
                 detail.row.accepted_at.astimezone(zone) if detail.row.accepted_at else None)
    else:
        taken = (_label(QT_TRANSLATE_NOOP("desk", "Accepted by")), detail.row.incoming,
                 detail.row.accepted_at.astimezone(zone) if detail.row.accepted_at else None)
    wb.write_table(sheet, row, [_label(QT_TRANSLATE_NOOP("desk", "Signatures")),
                                _label(QT_TRANSLATE_NOOP("desk", "Name")), _label(QT_TRANSLATE_NOOP("desk", "Time"))],
                   [handed_over, taken], [None, None, wb.DATETIME], freeze=False, filters=False)
