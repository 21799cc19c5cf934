"""The weekly and monthly complaint summaries, and their Excel workbook.

``build_report`` reads the complaints received in the period (hotel dates);
``write_workbook`` needs no database, so the window can build the report and
write the file off the GUI thread. The workbook has the summary (counts by
category, level and status, median hours to the first reply and to
resolution, overdue count, compensation granted, average satisfaction) as
formulas over the list on the second sheet, so the manager can audit them.
No phone or ID numbers are exported.
"""

from __future__ import annotations

import enum
import statistics
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session, aliased

from desk import clock, hoteltime
from desk.complaints.names import CATEGORY_NAMES, CHANNEL_NAMES, LEVEL_NAMES, STATUS_NAMES
from desk.complaints.queries import overdue_parts
from desk.i18n import QT_TRANSLATE_NOOP, translate
from desk.models import (
    Category,
    Channel,
    Compensation,
    CompensationState,
    Complaint,
    ComplaintStatus,
    FollowUp,
    Level,
    Room,
    User,
)
from desk.settings import hotel_info

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet

WEEK = "week"
MONTH = "month"
HOUR = Decimal("0.1")


@dataclass(frozen=True, slots=True)
class Period:
    kind: str  # WEEK or MONTH
    first: date
    last: date  # included


def week_of(day: date) -> Period:
    """Monday to Sunday around ``day``."""
    monday = day - timedelta(days=day.weekday())
    return Period(WEEK, monday, monday + timedelta(days=6))


def month_of(day: date) -> Period:
    first = day.replace(day=1)
    following = (first + timedelta(days=32)).replace(day=1)
    return Period(MONTH, first, following - timedelta(days=1))


def default_filename(period: Period) -> str:
    if period.kind == MONTH:
        return f"complaints-{period.first:%Y-%m}.xlsx"
    return f"complaints-week-{period.first.isoformat()}.xlsx"


@dataclass(frozen=True, slots=True)
class ReportLine:
    number: str
    received: datetime  # hotel wall time, naive
    channel: Channel
    complainant: str  # "" when anonymous
    anonymous: bool
    room_number: str
    category: Category
    level: Level
    major: bool
    status: ComplaintStatus
    handler: str
    due: datetime  # hotel wall time, naive
    hours_to_first_reply: Decimal | None
    hours_to_resolution: Decimal | None  # for resolved and closed complaints
    overdue: bool  # resolved after its deadline, or something late now
    compensation: Decimal  # granted
    satisfaction: int | None  # the latest reached follow-up
    summary: str
    resolution: str


def _median(values: list[Decimal]) -> Decimal | None:
    return Decimal(statistics.median(values)).quantize(HOUR) if values else None


@dataclass(frozen=True, slots=True)
class ComplaintReport:
    hotel: str
    currency: str
    period: Period
    generated: datetime  # hotel wall time, naive
    lines: tuple[ReportLine, ...]

    def by_category(self) -> Counter[Category]:
        return Counter(line.category for line in self.lines)

    def by_level(self) -> Counter[Level]:
        return Counter(line.level for line in self.lines)

    def by_status(self) -> Counter[ComplaintStatus]:
        return Counter(line.status for line in self.lines)

    @property
    def median_hours_to_first_reply(self) -> Decimal | None:
        return _median([line.hours_to_first_reply for line in self.lines if line.hours_to_first_reply is not None])

    @property
    def median_hours_to_resolution(self) -> Decimal | None:
        return _median([line.hours_to_resolution for line in self.lines if line.hours_to_resolution is not None])

    @property
    def overdue_count(self) -> int:
        return sum(line.overdue for line in self.lines)

    @property
    def compensation_total(self) -> Decimal:
        return sum((line.compensation for line in self.lines), Decimal("0.00"))

    @property
    def satisfaction_average(self) -> Decimal | None:
        scores = [line.satisfaction for line in self.lines if line.satisfaction is not None]
        return (Decimal(sum(scores)) / len(scores)).quantize(Decimal("0.01")) if scores else None


def _hours(start: datetime, end: datetime | None) -> Decimal | None:
    if end is None:
        return None
    return (Decimal((end - start).total_seconds()) / 3600).quantize(HOUR)


def build_report(session: Session, period: Period) -> ComplaintReport:
    """The complaints received from ``period.first`` to ``period.last`` (hotel dates), oldest first."""
    info = hotel_info(session)
    zone = info.timezone
    start = hoteltime.at(period.first, time(0), zone)
    end = hoteltime.at(period.last + timedelta(days=1), time(0), zone)
    handler = aliased(User)
    granted = (select(Compensation.complaint_id, func.sum(Compensation.amount).label("amount"))
               .where(Compensation.state.in_((CompensationState.APPROVED, CompensationState.POSTED)))
               .group_by(Compensation.complaint_id).subquery())
    rows = session.execute(
        select(Complaint, Room.number, handler.full_name, granted.c.amount)
        .outerjoin(Room, Room.id == Complaint.room_id).outerjoin(handler, handler.id == Complaint.handler_id)
        .outerjoin(granted, granted.c.complaint_id == Complaint.id)
        .where(and_(Complaint.received_at >= start, Complaint.received_at < end))
        .order_by(Complaint.received_at, Complaint.id)
    ).all()
    scores: dict[int, int] = {}
    for complaint_id, score in session.execute(
        select(FollowUp.complaint_id, FollowUp.satisfaction)
        .where(FollowUp.complaint_id.in_([c.id for c, *_ in rows]), FollowUp.reached.is_(True))
        .order_by(FollowUp.at, FollowUp.id)
    ):
        if score is not None:
            scores[complaint_id] = score  # the latest wins
    now = clock.now()

    def wall(moment: datetime) -> datetime:
        return hoteltime.local(moment, zone).replace(tzinfo=None)

    lines = []
    for c, room, handler_name, amount in rows:
        late_resolution = c.resolved_at is not None and c.resolved_at > c.due_at
        lines.append(ReportLine(
            c.number, wall(c.received_at), c.channel, c.complainant_name, c.anonymous, room or "", c.category,
            c.level, c.major, c.status, handler_name or "", wall(c.due_at), _hours(c.received_at, c.first_reply_at),
            _hours(c.received_at, c.resolved_at), late_resolution or bool(overdue_parts(c, now)),
            Decimal(amount or 0).quantize(Decimal("0.01")), scores.get(c.id),
            c.facts.strip().splitlines()[0][:200] if c.facts.strip() else "", c.resolution[:500],
        ))
    return ComplaintReport(info.name, info.currency, period, wall(now), tuple(lines))


# --- The workbook --------------------------------------------------------------------------------------------------


class Col(enum.IntEnum):
    """The list sheet's columns (0-based), which the summary's formulas count."""

    NUMBER = 0
    RECEIVED = 1
    CHANNEL = 2
    COMPLAINANT = 3
    ROOM = 4
    CATEGORY = 5
    LEVEL = 6
    MAJOR = 7
    STATUS = 8
    HANDLER = 9
    DUE = 10
    HOURS_TO_FIRST_REPLY = 11
    HOURS_TO_RESOLUTION = 12
    OVERDUE = 13
    COMPENSATION = 14
    SATISFACTION = 15
    FACTS = 16
    RESOLUTION = 17


def _t(text: str) -> str:
    return translate(text)


def _sheet_title(text: str) -> str:
    """A title Excel accepts: none of []:*?/\\, at most 31 characters."""
    return "".join(" " if ch in "[]:*?/\\" else ch for ch in text).strip(" '")[:31] or "Sheet"


def _sheet_ref(sheet: Worksheet) -> str:
    return "'" + sheet.title.replace("'", "''") + "'!"


def _quoted(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def write_workbook(report: ComplaintReport, path: Path) -> Path:
    """Write the report as an .xlsx at ``path`` (atomically); returns the path."""
    from desk.exports import workbook as wb

    book = wb.new_workbook()
    summary = book.create_sheet(_sheet_title(_t(QT_TRANSLATE_NOOP("desk", "Summary"))))
    listing = book.create_sheet(_sheet_title(_t(QT_TRANSLATE_NOOP("desk", "Complaints"))))
    money = wb.money_format(report.currency)
    yes, no = _t(QT_TRANSLATE_NOOP("desk", "Yes")), _t(QT_TRANSLATE_NOOP("desk", "No"))
    kind = _t(QT_TRANSLATE_NOOP("desk", "Weekly complaint report") if report.period.kind == WEEK
              else QT_TRANSLATE_NOOP("desk", "Monthly complaint report"))
    title = f"{report.hotel}: {kind}"
    period_text = f"{report.period.first.isoformat()} – {report.period.last.isoformat()}"
    header = f"{title}, {period_text}"

    # The list first: the summary's formulas point into it.
    headers = [_t(h) for h in (
        QT_TRANSLATE_NOOP("desk", "Number"), QT_TRANSLATE_NOOP("desk", "Received"),
        QT_TRANSLATE_NOOP("desk", "Channel"), QT_TRANSLATE_NOOP("desk", "Complainant"),
        QT_TRANSLATE_NOOP("desk", "Room"), QT_TRANSLATE_NOOP("desk", "Category"), QT_TRANSLATE_NOOP("desk", "Level"),
        QT_TRANSLATE_NOOP("desk", "Major"), QT_TRANSLATE_NOOP("desk", "Status"), QT_TRANSLATE_NOOP("desk", "Handler"),
        QT_TRANSLATE_NOOP("desk", "Due"), QT_TRANSLATE_NOOP("desk", "Hours to first reply"),
        QT_TRANSLATE_NOOP("desk", "Hours to resolution"), QT_TRANSLATE_NOOP("desk", "Overdue"),
        QT_TRANSLATE_NOOP("desk", "Compensation"), QT_TRANSLATE_NOOP("desk", "Satisfaction (1-5)"),
        QT_TRANSLATE_NOOP("desk", "What happened"), QT_TRANSLATE_NOOP("desk", "Resolution"))]
    anonymous = _t(QT_TRANSLATE_NOOP("desk", "Anonymous"))
    rows = [[line.number, line.received, _t(CHANNEL_NAMES[line.channel]),
             anonymous if line.anonymous and not line.complainant else line.complainant, line.room_number,
             _t(CATEGORY_NAMES[line.category]), _t(LEVEL_NAMES[line.level]), yes if line.major else no,
             _t(STATUS_NAMES[line.status]), line.handler, line.due, line.hours_to_first_reply,
             line.hours_to_resolution, yes if line.overdue else no, line.compensation, line.satisfaction,
             line.summary, line.resolution] for line in report.lines]
    formats = [None, wb.DATETIME, None, None, None, None, None, None, None, None, wb.DATETIME, "0.0", "0.0", None,
               money, "0"]
    start = wb.title_block(listing, title, [(_t(QT_TRANSLATE_NOOP("desk", "Period")), period_text)])
    table = wb.write_table(listing, start, headers, rows, formats)
    if report.lines:
        wb.total_row(listing, table, _t(QT_TRANSLATE_NOOP("desk", "Total")), [Col.COMPENSATION], formats)
    wb.finish(listing, header)

    ref = _sheet_ref(listing)

    def column(index: int) -> str:
        """A list column's data cells, absolute, for the summary's formulas."""
        letter = table.column(index)
        return f"{ref}${letter}${table.first_row}:${letter}${max(table.last_row, table.first_row)}"

    row = wb.title_block(summary, title, [
        (_t(QT_TRANSLATE_NOOP("desk", "Period")), period_text),
        (_t(QT_TRANSLATE_NOOP("desk", "Generated")), report.generated),
    ])
    figures = [
        (_t(QT_TRANSLATE_NOOP("desk", "Complaints received")), f"=COUNTA({column(Col.NUMBER)})", "0"),
        (_t(QT_TRANSLATE_NOOP("desk", "Median hours to first reply")),
         f'=IFERROR(MEDIAN({column(Col.HOURS_TO_FIRST_REPLY)}),"")', "0.0"),
        (_t(QT_TRANSLATE_NOOP("desk", "Median hours to resolution")),
         f'=IFERROR(MEDIAN({column(Col.HOURS_TO_RESOLUTION)}),"")', "0.0"),
        (_t(QT_TRANSLATE_NOOP("desk", "Overdue (resolved late, or late now)")),
         f"=COUNTIF({column(Col.OVERDUE)},{_quoted(yes)})", "0"),
        (_t(QT_TRANSLATE_NOOP("desk", "Compensation granted")), f"=SUM({column(Col.COMPENSATION)})", money),
        (_t(QT_TRANSLATE_NOOP("desk", "Average satisfaction (1-5)")),
         f'=IFERROR(AVERAGE({column(Col.SATISFACTION)}),"")', "0.00"),
    ]
    figure_table = wb.write_table(summary, row, [_t(QT_TRANSLATE_NOOP("desk", "Figure")),
                                                 _t(QT_TRANSLATE_NOOP("desk", "Value"))],
                                  [(label, formula) for label, formula, _ in figures], freeze=False, filters=False)
    for offset, (_label, _formula, fmt) in enumerate(figures):
        summary.cell(row=figure_table.first_row + offset, column=2).number_format = fmt
    row = figure_table.last_row + 2
    for heading, names, index in (
        (QT_TRANSLATE_NOOP("desk", "By category"), CATEGORY_NAMES, Col.CATEGORY),
        (QT_TRANSLATE_NOOP("desk", "By level"), LEVEL_NAMES, Col.LEVEL),
        (QT_TRANSLATE_NOOP("desk", "By status"), STATUS_NAMES, Col.STATUS),
    ):
        counts = wb.write_table(summary, row, [_t(heading), _t(QT_TRANSLATE_NOOP("desk", "Complaints"))],
                                [(_t(label), "") for label in names.values()], freeze=False, filters=False)
        for r in range(counts.first_row, counts.last_row + 1):
            summary.cell(row=r, column=2, value=f"=COUNTIF({column(index)},A{r})").number_format = "0"
        wb.total_row(summary, counts, _t(QT_TRANSLATE_NOOP("desk", "Total")), [1], ["", "0"])
        row = counts.last_row + 3
    wb.finish(summary, header)
    return wb.save(book, path)
