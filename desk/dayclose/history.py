"""The days behind a period's figures: the frozen rows of closed days, and the
day asked for as it stands when it is still open.

Month to date and year to date are the sums of these days' raw counts (never
an average of daily percentages); the occupancy workbook lists the same days,
so every period figure in it is a SUM over rows the reader can see.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.dayclose.figures import DayCounts, total
from desk.dayclose.stats import count_day
from desk.models import DailyStats

CHART_DAYS = 30


@dataclass(frozen=True, slots=True)
class DayRow:
    business_date: date
    counts: DayCounts
    closed_at: datetime | None  # None: the open day, counted as it stands


@dataclass(frozen=True, slots=True)
class Periods:
    day: DayCounts
    month: DayCounts
    year: DayCounts
    month_days: int  # days with figures in the month to date
    year_days: int


def history_start(day: date) -> date:
    """The first day the workbook lists: 1 January, or earlier for a 30-day chart in January."""
    return min(day.replace(month=1, day=1), day - timedelta(days=CHART_DAYS - 1))


def day_rows(session: Session, day: date, first: date | None = None) -> list[DayRow]:
    """The days from ``first`` to ``day`` with figures, oldest first: closed days
    frozen, ``day`` itself counted now if it is not closed. Days never closed
    before ``day`` are left out (they have no frozen figures)."""
    first = first or history_start(day)
    # The counts' columns only (a year of rows as ORM objects costs more than the rest of the query).
    names = [f.name for f in fields(DayCounts)]
    rows = [DayRow(found[0], DayCounts(*found[2:]), found[1]) for found in session.execute(
        select(DailyStats.business_date, DailyStats.closed_at, *(getattr(DailyStats, name) for name in names))
        .where(DailyStats.business_date >= first, DailyStats.business_date <= day)
        .order_by(DailyStats.business_date))]
    if not rows or rows[-1].business_date != day:
        rows.append(DayRow(day, count_day(session, day), None))
    return rows


def periods(rows: list[DayRow], day: date) -> Periods:
    """Day, month to date and year to date of ``day`` from its rows."""
    month = [r.counts for r in rows if r.business_date.year == day.year and r.business_date.month == day.month
             and r.business_date <= day]
    year = [r.counts for r in rows if r.business_date.year == day.year and r.business_date <= day]
    today = next(r.counts for r in rows if r.business_date == day)
    return Periods(today, total(month), total(year), len(month), len(year))


def period_counts(session: Session, day: date) -> Periods:
    """Desk's own figures for ``day``: what the workbook's formulas must agree with."""
    return periods(day_rows(session, day, day.replace(month=1, day=1)), day)
