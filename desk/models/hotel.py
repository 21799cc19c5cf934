"""Hotel settings: one row, the business date among them."""

from __future__ import annotations

from datetime import date, time
from decimal import Decimal

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from desk.models.base import Base


class HotelSettings(Base):
    __tablename__ = "hotel_settings"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    currency: Mapped[str] = mapped_column(String(3), default="CNY")
    timezone: Mapped[str] = mapped_column(String(64), default="Asia/Shanghai")
    business_date: Mapped[date]
    check_out_time: Mapped[time] = mapped_column(default=time(12, 0))
    hold_until_time: Mapped[time] = mapped_column(default=time(18, 0))
    hold_extension_latest: Mapped[time] = mapped_column(default=time(22, 0))
    arrivals_need_inspected: Mapped[bool] = mapped_column(default=False)
    clerk_compensation_limit: Mapped[Decimal] = mapped_column(default=Decimal("200.00"))
    # A clerk may quote a rate down to this percentage below the room type's rate.
    clerk_rate_discount_limit: Mapped[Decimal] = mapped_column(default=Decimal("15.00"))
    # Discounts and reversals above this amount need a manager.
    clerk_adjustment_limit: Mapped[Decimal] = mapped_column(default=Decimal("200.00"))
    tax_rate: Mapped[Decimal] = mapped_column(default=Decimal("6.00"))
    rates_include_tax: Mapped[bool] = mapped_column(default=True)
    # Guests whose last stay ended longer ago are anonymised by the manager's purge; None: kept.
    retention_days: Mapped[int | None]
    # The window locks after this many minutes without input (0: never).
    idle_lock_minutes: Mapped[int] = mapped_column(default=10)
    # Automatic backups (at every day close) older than this are removed.
    backup_keep_days: Mapped[int] = mapped_column(default=30)
