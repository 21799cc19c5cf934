"""The hotel's wall clock: dates and times in the hotel's time zone."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo


def at(day: date, moment: time, timezone: str) -> datetime:
    """``moment`` on ``day`` in the hotel's time zone, as an aware UTC datetime."""
    return datetime.combine(day, moment, tzinfo=ZoneInfo(timezone)).astimezone(UTC)


def local(moment: datetime, timezone: str) -> datetime:
    return moment.astimezone(ZoneInfo(timezone))
