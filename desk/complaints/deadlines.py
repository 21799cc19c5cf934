"""Levels and deadlines: who handles a complaint and by when; working days
and the hotel's listed holidays.

| level                                  | due                                  |
|----------------------------------------|--------------------------------------|
| feedback, suggestion, dissatisfaction  | the end of the shift it came in      |
| complaint                              | 3 working days; first reply in 24 h  |
| dispute, incident                      | 7 working days; first reply in 24 h; |
|                                        | escalated to the manager at once     |

A major complaint's written report is due 24 hours after it became major.
Working days skip Saturdays, Sundays and the hotel's holidays; a deadline in
working days falls at the same time of day as the complaint came in.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from desk import audit, hoteltime, validate
from desk.actor import Actor
from desk.errors import NotFoundError, RuleError
from desk.i18n import QT_TRANSLATE_NOOP
from desk.models import Holiday, Level
from desk.permissions import Permission, require
from desk.settings import settings_row

ON_THE_SPOT = frozenset({Level.FEEDBACK, Level.SUGGESTION, Level.DISSATISFACTION})
ESCALATED_LEVELS = frozenset({Level.DISPUTE, Level.INCIDENT})
WORKING_DAYS = {Level.COMPLAINT: 3, Level.DISPUTE: 7, Level.INCIDENT: 7}
FIRST_REPLY_WITHIN = timedelta(hours=24)
REPORT_WITHIN = timedelta(hours=24)
# The front desk's shifts until the shift service says otherwise: three of
# eight hours, starting at these hotel times.
SHIFT_STARTS = (time(7, 0), time(15, 0), time(23, 0))
# Far enough ahead for 7 working days over the longest Chinese holiday (8 days).
_HOLIDAY_HORIZON = timedelta(days=45)


def end_of_shift(moment: datetime, timezone: str) -> datetime:
    """When the front-desk shift that ``moment`` falls in ends (UTC).

    A stand-in until shifts are kept: 8-hour shifts start at 07:00, 15:00 and
    23:00 hotel time, so a moment on a boundary belongs to the shift it starts.
    """
    local = hoteltime.local(moment, timezone)
    for day in (local.date(), local.date() + timedelta(days=1)):
        for start in SHIFT_STARTS:
            boundary = hoteltime.at(day, start, timezone)
            if boundary > moment:
                return boundary
    raise AssertionError("a shift starts within a day")  # pragma: no cover


def is_working_day(day: date, holidays: Collection[date]) -> bool:
    return day.weekday() < 5 and day not in holidays


def add_working_days(moment: datetime, days: int, timezone: str, holidays: Collection[date]) -> datetime:
    """``days`` working days after ``moment``, at the same hotel time of day.

    The day ``moment`` falls on does not count, working day or not: a complaint
    received on Friday at 14:00 with 3 working days is due on Wednesday at 14:00.
    """
    local = hoteltime.local(moment, timezone)
    day, counted = local.date(), 0
    while counted < days:
        day += timedelta(days=1)
        if is_working_day(day, holidays):
            counted += 1
    return hoteltime.at(day, local.time(), timezone)


def holidays_between(session: Session, first: date, last: date) -> set[date]:
    return set(session.scalars(select(Holiday.day).where(Holiday.day >= first, Holiday.day <= last)))


@dataclass(frozen=True, slots=True)
class Deadlines:
    due_at: datetime
    first_reply_due_at: datetime | None  # None: handled on the spot, the handling is the reply
    escalated: bool  # to the manager at once


def deadlines(session: Session, level: Level, received_at: datetime) -> Deadlines:
    """When a complaint of ``level`` received at ``received_at`` is due."""
    timezone = settings_row(session).timezone
    if level in ON_THE_SPOT:
        return Deadlines(end_of_shift(received_at, timezone), None, False)
    start = hoteltime.local(received_at, timezone).date()
    holidays = holidays_between(session, start, start + _HOLIDAY_HORIZON)
    due = add_working_days(received_at, WORKING_DAYS[level], timezone, holidays)
    return Deadlines(due, received_at + FIRST_REPLY_WITHIN, level in ESCALATED_LEVELS)


# --- The hotel's holidays ------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class HolidayRow:
    day: date
    name: str


def holidays(session: Session, *, year: int | None = None) -> list[HolidayRow]:
    """The listed holidays (of ``year``), in date order."""
    query = select(Holiday).order_by(Holiday.day)
    if year is not None:
        query = query.where(Holiday.day >= date(year, 1, 1), Holiday.day <= date(year, 12, 31))
    return [HolidayRow(h.day, h.name) for h in session.scalars(query)]


def add_holiday(session: Session, actor: Actor, *, day: date, name: str) -> HolidayRow:
    """List ``day`` as a holiday. Deadlines already set keep their dates."""
    require(actor, Permission.SETTINGS_MANAGE)
    name = validate.text(name, QT_TRANSLATE_NOOP("desk", "the holiday's name"), max_length=80)
    existing = session.scalar(select(Holiday).where(Holiday.day == day).with_for_update())
    if existing is not None:
        raise RuleError(QT_TRANSLATE_NOOP("desk", "{date} is listed already, as {name}."),
                        date=day.isoformat(), name=existing.name)
    session.add(Holiday(day=day, name=name))
    session.flush()
    audit.record(session, actor, "holiday.add", "holiday", None, f"Holiday {day}: {name}")
    return HolidayRow(day, name)


def remove_holiday(session: Session, actor: Actor, *, day: date) -> None:
    require(actor, Permission.SETTINGS_MANAGE)
    name = session.scalar(select(Holiday.name).where(Holiday.day == day))
    if name is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("desk", "{date} is not a listed holiday."), date=day.isoformat())
    session.execute(delete(Holiday).where(Holiday.day == day))
    audit.record(session, actor, "holiday.remove", "holiday", None, f"Holiday {day} ({name}) removed")
