"""What both day workbooks share: the labels of the counts, and each sheet's
title block (hotel, business date, whether the day is closed), header text,
money format and the hotel's wall time."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from openpyxl.styles import Alignment
from openpyxl.worksheet.worksheet import Worksheet
from sqlalchemy import select
from sqlalchemy.orm import Session

from desk import clock
from desk.exports import workbook as wb
from desk.frontdesk.checkin import KIND_NAMES
from desk.i18n import QT_TRANSLATE_NOOP, translate
from desk.models import DailyStats, User
from desk.settings import hotel_info

label = translate
# Figures sit right-aligned; "_)" keeps a blank after them so the next column's text does not touch them.
COUNT = "#,##0_)"
DAY = "yyyy-mm-dd"
TIME = "yyyy-mm-dd hh:mm"
PERCENT = "0.00%_)"
SMALL = "0"  # floors, nights, persons, line and shift numbers: centred under their header
RIGHT_HEADER = Alignment(horizontal="right", vertical="center", wrap_text=True)
CENTRE_HEADER = Alignment(horizontal="center", vertical="center", wrap_text=True)
LEFT = Alignment(horizontal="left")
CENTRE = Alignment(horizontal="center")
STAY_KIND_NAMES = KIND_NAMES

COUNT_LABELS = {
    "keys": QT_TRANSLATE_NOOP("desk", "Rooms in the hotel"),
    "out_of_order": QT_TRANSLATE_NOOP("desk", "Out of order"),
    "out_of_service": QT_TRANSLATE_NOOP("desk", "Out of service"),
    "sold": QT_TRANSLATE_NOOP("desk", "Sold (paid overnight)"),
    "complimentary": QT_TRANSLATE_NOOP("desk", "Complimentary"),
    "house_use": QT_TRANSLATE_NOOP("desk", "House use"),
    "day_use": QT_TRANSLATE_NOOP("desk", "Day use"),
    "no_shows": QT_TRANSLATE_NOOP("desk", "No-shows"),
    "arrivals": QT_TRANSLATE_NOOP("desk", "Arrivals"),
    "departures": QT_TRANSLATE_NOOP("desk", "Departures"),
    "walk_ins": QT_TRANSLATE_NOOP("desk", "Walk-ins"),
    "persons": QT_TRANSLATE_NOOP("desk", "Guests in house"),
    "room_revenue": QT_TRANSLATE_NOOP("desk", "Room revenue, net of tax"),
    "day_use_revenue": QT_TRANSLATE_NOOP("desk", "Day-use revenue"),
    "no_show_revenue": QT_TRANSLATE_NOOP("desk", "No-show revenue"),
    "other_revenue": QT_TRANSLATE_NOOP("desk", "Other revenue, net of tax"),
    "tax": QT_TRANSLATE_NOOP("desk", "Tax"),
}


@dataclass(frozen=True, slots=True)
class Context:
    hotel: str
    day: date
    title: str
    money: str
    zone: ZoneInfo
    status: str  # closed when and by whom, or open as at when
    closed: bool

    @property
    def header(self) -> str:
        """The printed page header."""
        return f"{self.hotel}  {self.title}  {self.day.isoformat()}"

    def local(self, moment: datetime) -> datetime:
        """A stored UTC time as the hotel's wall time (naive, for a cell)."""
        return moment.astimezone(self.zone).replace(tzinfo=None)

    def title_block(self, sheet: Worksheet, title: str, lines: Sequence[tuple[str, Any]] = ()) -> int:
        return wb.title_block(sheet, f"{self.hotel}: {title}", [
            (label(QT_TRANSLATE_NOOP("desk", "Business date")), self.day),
            (label(QT_TRANSLATE_NOOP("desk", "Status")), self.status),
            *lines,
        ])

    def moment_lines(self) -> list[tuple[str, Any]]:
        text = QT_TRANSLATE_NOOP("desk", "as they stood when the day was closed: guests in house then, housekeeping "
                                         "as last recorded that day, rooms blocked that day") if self.closed \
            else QT_TRANSLATE_NOOP("desk", "as they stand now (the day is open)")
        return [(label(QT_TRANSLATE_NOOP("desk", "Rooms and guests")), label(text))]


def write_table(sheet: Worksheet, row: int, headers: Sequence[str], rows: Sequence[Sequence[Any]],
                formats: Sequence[str | None], **options: bool) -> wb.Table:
    """``workbook.write_table``, with the headers of figures aligned over them."""
    # Dates and times read like text (left); small numbers sit centred: neither touches its neighbours.
    alignments = [LEFT if fmt in (DAY, TIME) else CENTRE if fmt == SMALL else None for fmt in formats]
    table = wb.write_table(sheet, row, headers, rows, formats, alignments=alignments, **options)
    align_headers(sheet, table, formats)
    return table


def total_row(sheet: Worksheet, table: wb.Table, text: str, sum_columns: Sequence[int],
              formats: Sequence[str | None]) -> int:
    """``workbook.total_row``, each sum aligned like its column."""
    row = wb.total_row(sheet, table, text, sum_columns, formats)
    for index in sum_columns:
        if formats[index] == SMALL:
            sheet.cell(row=row, column=index + 1).alignment = CENTRE
    return row


def align_headers(sheet: Worksheet, table: wb.Table, formats: Sequence[str | None]) -> None:
    """Headers of figures over them: to the right, or centred over small numbers."""
    for index, fmt in enumerate(formats):
        if fmt and fmt not in (DAY, TIME):
            sheet.cell(row=table.header_row, column=index + 1).alignment = \
                CENTRE_HEADER if fmt == SMALL else RIGHT_HEADER


def context(session: Session, day: date, title: str) -> Context:
    hotel = hotel_info(session)
    zone = ZoneInfo(hotel.timezone)
    closed = session.execute(select(DailyStats.closed_at, User.full_name).join(User, User.id == DailyStats.closed_by_id)
                             .where(DailyStats.business_date == day)).first()
    if closed is not None:
        status = label(QT_TRANSLATE_NOOP("desk", "closed {time} by {user}")).format(
            time=closed[0].astimezone(zone).strftime("%Y-%m-%d %H:%M"), user=closed[1])
    else:
        status = label(QT_TRANSLATE_NOOP("desk", "open: figures as they stand at {time}")).format(
            time=clock.now().astimezone(zone).strftime("%Y-%m-%d %H:%M"))
    return Context(hotel.name, day, title, wb.money_format(hotel.currency), zone, status, closed is not None)
