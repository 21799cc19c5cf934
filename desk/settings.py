"""Reading the hotel's settings and business date."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time
from decimal import Decimal

from sqlalchemy.orm import Session

from desk.errors import NotFoundError
from desk.i18n import QT_TRANSLATE_NOOP
from desk.models import HotelSettings


@dataclass(frozen=True, slots=True)
class HotelInfo:
    name: str
    currency: str
    timezone: str
    business_date: date
    check_out_time: time
    hold_until_time: time
    hold_extension_latest: time
    arrivals_need_inspected: bool
    clerk_compensation_limit: Decimal
    clerk_rate_discount_limit: Decimal
    clerk_adjustment_limit: Decimal
    tax_rate: Decimal
    rates_include_tax: bool
    retention_days: int | None
    idle_lock_minutes: int
    backup_keep_days: int


def settings_row(session: Session) -> HotelSettings:
    row = session.get(HotelSettings, 1)  # from the identity map after the first read
    if row is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("desk", "This database has no hotel yet; run 'desk init' or 'desk demo'.")
        )
    return row


def business_date(session: Session) -> date:
    return settings_row(session).business_date


def hotel_info(session: Session) -> HotelInfo:
    s = settings_row(session)
    return HotelInfo(
        name=s.name,
        currency=s.currency,
        timezone=s.timezone,
        business_date=s.business_date,
        check_out_time=s.check_out_time,
        hold_until_time=s.hold_until_time,
        hold_extension_latest=s.hold_extension_latest,
        arrivals_need_inspected=s.arrivals_need_inspected,
        clerk_compensation_limit=s.clerk_compensation_limit,
        clerk_rate_discount_limit=s.clerk_rate_discount_limit,
        clerk_adjustment_limit=s.clerk_adjustment_limit,
        tax_rate=s.tax_rate,
        rates_include_tax=s.rates_include_tax,
        retention_days=s.retention_days,
        idle_lock_minutes=s.idle_lock_minutes,
        backup_keep_days=s.backup_keep_days,
    )

