"""The business-day close: one frozen row of statistics per closed date, and the
no-show charges it posts.

Only raw counts and money are stored (never a percentage): the ratios are
computed from them under a named convention, so a period's figures are sums
divided. A closed day's row is never changed; corrections go into the open day.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import JSON, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desk.models.base import Base


class DailyStats(Base):
    __tablename__ = "daily_stats"

    business_date: Mapped[date] = mapped_column(primary_key=True)
    closed_at: Mapped[datetime]
    closed_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    keys: Mapped[int]  # rooms in the hotel
    out_of_order: Mapped[int]  # short-term: still in rooms available (STR/USALI)
    out_of_service: Mapped[int]
    sold: Mapped[int]  # paid overnight rooms
    complimentary: Mapped[int]
    house_use: Mapped[int]
    day_use: Mapped[int]
    no_shows: Mapped[int]
    arrivals: Mapped[int]
    departures: Mapped[int]
    walk_ins: Mapped[int]
    persons: Mapped[int]  # guests in house overnight
    room_revenue: Mapped[Decimal]  # overnight room charges, net of tax
    day_use_revenue: Mapped[Decimal]
    no_show_revenue: Mapped[Decimal]
    other_revenue: Mapped[Decimal]  # extras, discounts and adjustments, net of tax
    tax: Mapped[Decimal]
    # What the checklist still had open when the manager closed anyway, and why.
    open_items: Mapped[list[Any]] = mapped_column(JSON, default=list)
    close_reason: Mapped[str] = mapped_column(Text, default="")


class NoShowCharge(Base):
    """A guaranteed reservation that did not arrive, charged to its guarantee."""

    __tablename__ = "no_show_charges"

    id: Mapped[int] = mapped_column(primary_key=True)
    reservation_id: Mapped[int] = mapped_column(ForeignKey("reservations.id"), unique=True)
    business_date: Mapped[date] = mapped_column(index=True)
    amount: Mapped[Decimal]
    posted_at: Mapped[datetime]
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    description: Mapped[str] = mapped_column(String(200), default="")
