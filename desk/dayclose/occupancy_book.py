"""The daily occupancy workbook of one business date, for the manager.

Sheets: the summary (the raw counts for the day, month to date and year to
date, and occupancy, ADR and RevPAR as formulas over those cells, by STR/USALI,
with the operational occupancy beside them, labelled), the rooms, arrivals,
departures, the guests in house, and the daily statistics the period figures
add up (one row per day, its ratios as formulas) with a chart of occupancy
over the last 30 days. Which state a past date's rooms are shown in is said in
``desk.dayclose.occupancy_rows``.
"""

from __future__ import annotations

from dataclasses import fields
from datetime import date, timedelta
from functools import cache
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.chart import LineChart, Reference, Series
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet
from sqlalchemy.orm import Session

from desk.dayclose import occupancy_rows as data
from desk.dayclose.figures import DayCounts
from desk.dayclose.history import CHART_DAYS, DayRow, day_rows
from desk.dayclose.labels import (
    COUNT,
    COUNT_LABELS,
    DAY,
    PERCENT,
    SMALL,
    STAY_KIND_NAMES,
    TIME,
    Context,
    align_headers,
    context,
    label,
    total_row,
    write_table,
)
from desk.exports import workbook as wb
from desk.i18n import QT_TRANSLATE_NOOP
from desk.reservations.queries import GUARANTEE_NAMES, STATUS_NAMES
from desk.rooms.codes import HK_NAMES

COUNT_FIELDS = [f.name for f in fields(DayCounts)]
MONEY_FIELDS = {"room_revenue", "day_use_revenue", "no_show_revenue", "other_revenue", "tax"}
FIRST_COUNT = 2  # 0-based column of ``keys`` on the daily sheet; the counts follow in field order


def build(session: Session, day: date) -> Workbook:
    """The workbook for ``day`` (not saved)."""
    ctx = context(session, day, label(QT_TRANSLATE_NOOP("desk", "Daily occupancy")))
    moment = data.moment_of(session, day)
    stays = data.in_house(session, moment)
    rows = day_rows(session, day)
    book = wb.new_workbook()
    summary = book.create_sheet(wb.sheet_name(label(QT_TRANSLATE_NOOP("desk", "Summary"))))
    daily = book.create_sheet(wb.sheet_name(label(QT_TRANSLATE_NOOP("desk", "Daily statistics"))))
    daily_table = _daily_sheet(daily, ctx, rows)
    _summary_sheet(summary, ctx, rows, daily, daily_table)
    _rooms_sheet(book.create_sheet(wb.sheet_name(label(QT_TRANSLATE_NOOP("desk", "Rooms")))), ctx,
                 data.rooms(session, moment, stays))
    _arrivals_sheet(book.create_sheet(wb.sheet_name(label(QT_TRANSLATE_NOOP("desk", "Arrivals")))), ctx,
                    data.arrivals(session, moment))
    _departures_sheet(book.create_sheet(wb.sheet_name(label(QT_TRANSLATE_NOOP("desk", "Departures")))), ctx,
                      data.departures(session, moment))
    _in_house_sheet(book.create_sheet(wb.sheet_name(label(QT_TRANSLATE_NOOP("desk", "In house")))), ctx, stays)
    book.move_sheet(daily, offset=len(book.sheetnames) - 1 - book.index(daily))  # the data sheet last
    return book


def write(session: Session, day: date, path: Path) -> Path:
    """Write the workbook for ``day`` to ``path`` (replaced atomically)."""
    return wb.save(build(session, day), path)


def _daily_sheet(sheet: Worksheet, ctx: Context, rows: list[DayRow]) -> wb.Table:
    start = ctx.title_block(sheet, label(QT_TRANSLATE_NOOP("desk", "Daily statistics")))
    headers = [label(QT_TRANSLATE_NOOP("desk", "Date")), label(QT_TRANSLATE_NOOP("desk", "Closed"))]
    headers += [label(COUNT_LABELS[name]) for name in COUNT_FIELDS]
    headers += [label(QT_TRANSLATE_NOOP("desk", "Occupancy")),
                label(QT_TRANSLATE_NOOP("desk", "Occupancy, out of order deducted")),
                label(QT_TRANSLATE_NOOP("desk", "ADR")), label(QT_TRANSLATE_NOOP("desk", "RevPAR"))]
    formats: list[str | None] = [DAY, TIME]
    formats += [ctx.money if name in MONEY_FIELDS else COUNT for name in COUNT_FIELDS]
    formats += [PERCENT, PERCENT, ctx.money, ctx.money]
    open_text = label(QT_TRANSLATE_NOOP("desk", "open"))
    values = [[r.business_date, ctx.local(r.closed_at) if r.closed_at else open_text]
              + [getattr(r.counts, name) for name in COUNT_FIELDS] + _daily_ratios(start + 1 + i)
              for i, r in enumerate(rows)]
    table = write_table(sheet, start, headers, values, formats)
    wb.finish(sheet, ctx.header, title_rows=start - 1, wrap_rows={start})
    return table


def _daily_ratios(r: int) -> list[str]:
    """Occupancy, occupancy with out-of-order rooms deducted, ADR and RevPAR of the daily sheet's row ``r``."""
    col = _count_columns()
    keys, ooo = f"{col['keys']}{r}", f"{col['out_of_order']}{r}"
    sold = f"({col['sold']}{r}+{col['day_use']}{r})"
    revenue = f"({col['room_revenue']}{r}+{col['day_use_revenue']}{r}+{col['no_show_revenue']}{r})"
    return [f'=IF({keys}=0,"",{sold}/{keys})', f'=IF({keys}-{ooo}=0,"",{sold}/({keys}-{ooo}))',
            f'=IF({sold}=0,"",{revenue}/{sold})', f'=IF({keys}=0,"",{revenue}/{keys})']


@cache
def _count_columns() -> dict[str, str]:
    return {name: get_column_letter(FIRST_COUNT + i + 1) for i, name in enumerate(COUNT_FIELDS)}


def _summary_sheet(sheet: Worksheet, ctx: Context, rows: list[DayRow], daily: Worksheet, table: wb.Table) -> None:
    day = ctx.day
    header_row = ctx.title_block(sheet, ctx.title)
    # Rows of the daily sheet in the month and the year (dates ascending, the day last).
    firsts = [table.first_row + next(i for i, r in enumerate(rows) if r.business_date >= since)
              for since in (day.replace(day=1), day.replace(month=1, day=1))]
    today = rows[-1].counts
    col = _count_columns()
    lines: list[tuple[str, list[Any], str]] = []
    at: dict[str, int] = {}  # the sheet row of each named line

    def add(key: str, text: str, values: list[Any], fmt: str) -> None:
        at[key] = header_row + 1 + len(lines)
        lines.append((label(text), values, fmt))

    def period(fn: str, column: str) -> list[str]:
        return [f"={fn}({wb.reference(daily, f'{column}{first}:{column}{table.last_row}')})" for first in firsts]

    def formula(template: str, *keys: str) -> list[str]:
        """The same formula in the day, month and year columns, over the named lines."""
        return [template.format(*(f"{c}{at[k]}" for k in keys)) for c in "BCD"]

    add("days", QT_TRANSLATE_NOOP("desk", "Days with figures"), [1, *period("COUNT", "A")], COUNT)
    for name in COUNT_FIELDS:
        add(name, COUNT_LABELS[name], [getattr(today, name), *period("SUM", col[name])],
            ctx.money if name in MONEY_FIELDS else COUNT)
    add("str", QT_TRANSLATE_NOOP("desk", "STR / USALI"), [None] * 3, "")
    add("available", QT_TRANSLATE_NOOP("desk", "Rooms available"), formula("={}", "keys"), COUNT)
    add("sold_all", QT_TRANSLATE_NOOP("desk", "Rooms sold (paid overnight and day use)"),
        formula("={}+{}", "sold", "day_use"), COUNT)
    add("revenue", QT_TRANSLATE_NOOP("desk", "Rooms revenue (room, day use, no-show)"),
        formula("={}+{}+{}", "room_revenue", "day_use_revenue", "no_show_revenue"), ctx.money)
    add("occupancy", QT_TRANSLATE_NOOP("desk", "Occupancy (sold / available)"),
        formula('=IF({0}=0,"",{1}/{0})', "available", "sold_all"), PERCENT)
    add("adr", QT_TRANSLATE_NOOP("desk", "ADR (rooms revenue / sold)"),
        formula('=IF({0}=0,"",{1}/{0})', "sold_all", "revenue"), ctx.money)
    add("revpar", QT_TRANSLATE_NOOP("desk", "RevPAR (rooms revenue / available)"),
        formula('=IF({0}=0,"",{1}/{0})', "available", "revenue"), ctx.money)
    add("ops", QT_TRANSLATE_NOOP("desk", "Operational: out-of-order rooms deducted (not STR / USALI)"), [None] * 3,
        "")
    add("ops_available", QT_TRANSLATE_NOOP("desk", "Rooms available less out of order"),
        formula("={}-{}", "keys", "out_of_order"), COUNT)
    add("ops_occupancy", QT_TRANSLATE_NOOP("desk", "Occupancy, out of order deducted"),
        formula('=IF({0}=0,"",{1}/{0})', "ops_available", "sold_all"), PERCENT)
    add("ops_revpar", QT_TRANSLATE_NOOP("desk", "RevPAR, out of order deducted"),
        formula('=IF({0}=0,"",{1}/{0})', "ops_available", "revenue"), ctx.money)
    headers = ["", label(QT_TRANSLATE_NOOP("desk", "Day")), label(QT_TRANSLATE_NOOP("desk", "Month to date")),
               label(QT_TRANSLATE_NOOP("desk", "Year to date"))]
    written = wb.write_table(sheet, header_row, headers, [[text, *values] for text, values, _f in lines],
                             freeze=False, filters=False)
    align_headers(sheet, written, [None, COUNT, COUNT, COUNT])
    for offset, (_text, _values, fmt) in enumerate(lines):
        r = written.first_row + offset
        if not fmt:  # a section heading
            for column in range(1, 5):
                sheet.cell(row=r, column=column).fill = wb.HEADER_FILL
            sheet.cell(row=r, column=1).font = wb.BOLD
            continue
        for column in range(2, 5):
            sheet.cell(row=r, column=column).number_format = fmt
    for key in ("occupancy", "adr", "revpar", "ops_occupancy"):
        for column in range(1, 5):
            sheet.cell(row=at[key], column=column).font = wb.BOLD
    sheet.freeze_panes = f"A{header_row + 1}"
    sheet.print_title_rows = f"{header_row}:{header_row}"
    wb.finish(sheet, ctx.header, title_rows=header_row - 1, wrap_rows={header_row})
    notes = written.last_row + 2  # after the widths are set: long lines may run across the empty cells
    for offset, text in enumerate((
        QT_TRANSLATE_NOOP("desk", "STR / USALI: out-of-order rooms stay in rooms available; complimentary and "
                                  "house-use rooms are not sold; day use is sold and its revenue counted; no-show "
                                  "revenue is rooms revenue, the room is not sold."),
        QT_TRANSLATE_NOOP("desk", "Month and year to date are sums over the daily statistics sheet (closed days as "
                                  "frozen at their close), divided: never averaged percentages. Revenue is net of "
                                  "tax."),
    )):
        sheet.cell(row=notes + offset, column=1, value=label(text))
    _chart(sheet, daily, rows, table, day, f"F{header_row}")


def _chart(sheet: Worksheet, daily: Worksheet, rows: list[DayRow], table: wb.Table, day: date, anchor: str) -> None:
    """Occupancy over the last 30 days, from the daily sheet's formulas."""
    first_day = day - timedelta(days=CHART_DAYS - 1)
    first = table.first_row + next(i for i, r in enumerate(rows) if r.business_date >= first_day)
    occupancy = FIRST_COUNT + len(COUNT_FIELDS) + 1  # 1-based column of the occupancy formula
    chart = LineChart()
    chart.title = label(QT_TRANSLATE_NOOP("desk", "Occupancy, last 30 days"))
    chart.height, chart.width = 9, 16
    for column, title in ((occupancy, QT_TRANSLATE_NOOP("desk", "Occupancy")),
                          (occupancy + 1, QT_TRANSLATE_NOOP("desk", "Occupancy, out of order deducted"))):
        chart.series.append(Series(Reference(daily, min_col=column, min_row=first, max_row=table.last_row),
                                   title=label(title)))
    for series in chart.series:
        series.smooth = False
    chart.series[1].graphicalProperties.line.dashStyle = "dash"
    chart.set_categories(Reference(daily, min_col=1, min_row=first, max_row=table.last_row))
    chart.y_axis.number_format = "0%"
    chart.y_axis.scaling.min = 0
    chart.y_axis.scaling.max = 1
    chart.x_axis.number_format = "d"  # the day of the month: 30 labels fit
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    if chart.legend is not None:
        chart.legend.position = "b"
    sheet.add_chart(chart, anchor)


def _rooms_sheet(sheet: Worksheet, ctx: Context, lines: list[data.RoomLine]) -> None:
    start = ctx.title_block(sheet, label(QT_TRANSLATE_NOOP("desk", "Rooms")), ctx.moment_lines())
    occupied, vacant = label(QT_TRANSLATE_NOOP("desk", "Occupied")), label(QT_TRANSLATE_NOOP("desk", "Vacant"))
    headers = [label(t) for t in (
        QT_TRANSLATE_NOOP("desk", "Room"), QT_TRANSLATE_NOOP("desk", "Floor"), QT_TRANSLATE_NOOP("desk", "Type"),
        QT_TRANSLATE_NOOP("desk", "Front office"), QT_TRANSLATE_NOOP("desk", "Housekeeping"),
        QT_TRANSLATE_NOOP("desk", "Status"), QT_TRANSLATE_NOOP("desk", "Out of order or service"),
        QT_TRANSLATE_NOOP("desk", "Guest"), QT_TRANSLATE_NOOP("desk", "Arrival"),
        QT_TRANSLATE_NOOP("desk", "Departure"), QT_TRANSLATE_NOOP("desk", "Stay"), QT_TRANSLATE_NOOP("desk", "Rate"))]
    values = []
    for line in lines:
        stay = line.stay
        values.append([
            line.number, line.floor, f"{line.type_code} {line.type_name}", occupied if line.occupied else vacant,
            label(HK_NAMES[line.hk_state]), line.code.value, line.block_reason,
            stay.guest_name if stay else "", stay.arrival if stay else None, stay.departure if stay else None,
            label(STAY_KIND_NAMES[stay.kind]) if stay else "", stay.rate if stay else None,
        ])
    write_table(sheet, start, headers, values, [None, SMALL, None, None, None, None, None, None, DAY,
                                                   DAY, None, ctx.money])
    wb.finish(sheet, ctx.header, title_rows=start - 1, wrap_rows={start})


def _arrivals_sheet(sheet: Worksheet, ctx: Context, lines: list[data.ArrivalLine]) -> None:
    start = ctx.title_block(sheet, label(QT_TRANSLATE_NOOP("desk", "Arrivals")), ctx.moment_lines())
    walk_in = label(QT_TRANSLATE_NOOP("desk", "walk-in"))
    headers = [label(t) for t in (
        QT_TRANSLATE_NOOP("desk", "Confirmation"), QT_TRANSLATE_NOOP("desk", "Guest"),
        QT_TRANSLATE_NOOP("desk", "Type"), QT_TRANSLATE_NOOP("desk", "Room"), QT_TRANSLATE_NOOP("desk", "Arrival"),
        QT_TRANSLATE_NOOP("desk", "Departure"), QT_TRANSLATE_NOOP("desk", "Nights"),
        QT_TRANSLATE_NOOP("desk", "Persons"), QT_TRANSLATE_NOOP("desk", "Rate"),
        QT_TRANSLATE_NOOP("desk", "Guarantee"), QT_TRANSLATE_NOOP("desk", "Status"),
        QT_TRANSLATE_NOOP("desk", "Checked in"))]
    values = [[a.confirmation or walk_in, a.guest_name, a.type_code, a.room_number, a.arrival, a.departure, a.nights,
               a.persons, a.rate, label(GUARANTEE_NAMES[a.guarantee]) if a.guarantee else "",
               label(STATUS_NAMES[a.status]), ctx.local(a.checked_in_at) if a.checked_in_at else None]
              for a in lines]
    formats = [None, None, None, None, DAY, DAY, SMALL, SMALL, ctx.money, None, None, TIME]
    table = write_table(sheet, start, headers, values, formats)
    total_row(sheet, table, label(QT_TRANSLATE_NOOP("desk", "Total")), [6, 7], formats)
    wb.finish(sheet, ctx.header, title_rows=start - 1, wrap_rows={start})


def _departures_sheet(sheet: Worksheet, ctx: Context, lines: list[data.DepartureLine]) -> None:
    start = ctx.title_block(sheet, label(QT_TRANSLATE_NOOP("desk", "Departures")), ctx.moment_lines())
    left, staying = label(QT_TRANSLATE_NOOP("desk", "checked out")), label(QT_TRANSLATE_NOOP("desk", "not checked out"))
    headers = [label(t) for t in (
        QT_TRANSLATE_NOOP("desk", "Room"), QT_TRANSLATE_NOOP("desk", "Type"), QT_TRANSLATE_NOOP("desk", "Guest"),
        QT_TRANSLATE_NOOP("desk", "Arrival"), QT_TRANSLATE_NOOP("desk", "Departure"),
        QT_TRANSLATE_NOOP("desk", "Nights"), QT_TRANSLATE_NOOP("desk", "Status"),
        QT_TRANSLATE_NOOP("desk", "Checked out"))]
    values = [[d.room_number, d.type_code, d.guest_name, d.arrival, d.departure, d.nights,
               left if d.checked_out_at else staying, ctx.local(d.checked_out_at) if d.checked_out_at else None]
              for d in lines]
    write_table(sheet, start, headers, values, [None, None, None, DAY, DAY, SMALL, None, TIME])
    wb.finish(sheet, ctx.header, title_rows=start - 1, wrap_rows={start})


def _in_house_sheet(sheet: Worksheet, ctx: Context, lines: list[data.StayLine]) -> None:
    start = ctx.title_block(sheet, label(QT_TRANSLATE_NOOP("desk", "In house")), ctx.moment_lines())
    due = label(QT_TRANSLATE_NOOP("desk", "due out, not checked out"))
    headers = [label(t) for t in (
        QT_TRANSLATE_NOOP("desk", "Room"), QT_TRANSLATE_NOOP("desk", "Type"), QT_TRANSLATE_NOOP("desk", "Guest"),
        QT_TRANSLATE_NOOP("desk", "Persons"), QT_TRANSLATE_NOOP("desk", "Arrival"),
        QT_TRANSLATE_NOOP("desk", "Departure"), QT_TRANSLATE_NOOP("desk", "Nights"),
        QT_TRANSLATE_NOOP("desk", "Stay"), QT_TRANSLATE_NOOP("desk", "Rate"), QT_TRANSLATE_NOOP("desk", "Balance"),
        QT_TRANSLATE_NOOP("desk", "Deposit held"), QT_TRANSLATE_NOOP("desk", "Note"))]
    values = [[s.room_number, s.type_code, s.guest_name, s.persons, s.arrival, s.departure, s.nights,
               label(STAY_KIND_NAMES[s.kind]), s.rate, s.balance, s.deposit_held,
               due if s.departure <= ctx.day else ""] for s in lines]
    formats = [None, None, None, SMALL, DAY, DAY, SMALL, None, ctx.money, ctx.money, ctx.money,
               None]
    table = write_table(sheet, start, headers, values, formats)
    total_row(sheet, table, label(QT_TRANSLATE_NOOP("desk", "Total")), [3, 9, 10], formats)
    wb.finish(sheet, ctx.header, title_rows=start - 1, wrap_rows={start})
