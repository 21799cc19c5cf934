"""Guests, reservations and stays: what makes a room occupied or expected.

The foundation needs them for the room board (occupied, due out, arrival
assigned); the Reservations and Front desk work extends them.
"""

from __future__ import annotations

import enum
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from desk.models.base import Base, StrEnumType


class ReservationState(enum.StrEnum):
    CONFIRMED = "confirmed"
    IN_HOUSE = "in_house"
    CHECKED_OUT = "checked_out"
    CANCELLED = "cancelled"
    NO_SHOW = "no_show"


class Guarantee(enum.StrEnum):
    """How a reservation is guaranteed; NONE is held only until the hold time."""

    NONE = "none"
    DEPOSIT = "deposit"
    CARD = "card"
    COMPANY = "company"


class BookingSource(enum.StrEnum):
    PHONE = "phone"
    WALK_IN = "walk_in"
    EMAIL = "email"
    WEBSITE = "website"
    TRAVEL_AGENT = "travel_agent"
    OTA = "ota"
    COMPANY = "company"


class IdType(enum.StrEnum):
    RESIDENT_ID = "resident_id"  # 居民身份证
    PASSPORT = "passport"
    HK_MACAU_PERMIT = "hk_macau_permit"  # 港澳居民来往内地通行证
    TAIWAN_PERMIT = "taiwan_permit"  # 台湾居民来往大陆通行证
    OTHER = "other"


class StayKind(enum.StrEnum):
    NORMAL = "normal"
    COMPLIMENTARY = "complimentary"  # no charge, not a room sold
    HOUSE_USE = "house_use"  # the hotel's own use
    DAY_USE = "day_use"  # arrives and leaves the same day


class StayState(enum.StrEnum):
    IN_HOUSE = "in_house"
    CHECKED_OUT = "checked_out"


class Guest(Base):
    __tablename__ = "guests"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80))
    phone: Mapped[str] = mapped_column(String(30), index=True)
    created_at: Mapped[datetime]
    id_type: Mapped[IdType | None] = mapped_column(StrEnumType(IdType))
    # Stored in full (registration is a legal duty); shown masked everywhere.
    id_number: Mapped[str] = mapped_column(String(40), default="", index=True)
    nationality: Mapped[str] = mapped_column(String(3), default="")
    # Set by the retention purge: the personal data above is gone.
    anonymised_at: Mapped[datetime | None]


class Reservation(Base):
    __tablename__ = "reservations"
    __table_args__ = (
        Index("ix_reservations_dates", "arrival", "departure"),
        # Availability: the confirmed reservations arriving in a window.
        Index("ix_reservations_state_arrival", "state", "arrival", "departure"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    confirmation: Mapped[str] = mapped_column(String(16), unique=True)
    guest_id: Mapped[int] = mapped_column(ForeignKey("guests.id"))
    room_type_id: Mapped[int] = mapped_column(ForeignKey("room_types.id"))
    room_id: Mapped[int | None] = mapped_column(ForeignKey("rooms.id"), index=True)
    arrival: Mapped[date]
    departure: Mapped[date]
    adults: Mapped[int] = mapped_column(default=1)
    children: Mapped[int] = mapped_column(default=0)
    state: Mapped[ReservationState] = mapped_column(StrEnumType(ReservationState))
    created_at: Mapped[datetime]
    rate: Mapped[Decimal] = mapped_column(default=Decimal("0.00"))
    # Booked for someone else: who booked it.
    booker_name: Mapped[str] = mapped_column(String(80), default="")
    booker_phone: Mapped[str] = mapped_column(String(30), default="")
    guarantee: Mapped[Guarantee] = mapped_column(StrEnumType(Guarantee), default=Guarantee.NONE)
    # Non-guaranteed: released at hold_until (or the one extension) on the arrival day.
    hold_until: Mapped[datetime | None]
    hold_extended_until: Mapped[datetime | None]
    hold_extended_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    hold_extension_reason: Mapped[str] = mapped_column(String(200), default="")
    source: Mapped[BookingSource] = mapped_column(StrEnumType(BookingSource), default=BookingSource.PHONE)
    notes: Mapped[str] = mapped_column(String(500), default="")
    overbooking_reason: Mapped[str] = mapped_column(String(200), default="")
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    cancel_reason: Mapped[str] = mapped_column(String(200), default="")
    cancelled_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    cancelled_at: Mapped[datetime | None]
    no_show_at: Mapped[datetime | None]
    version: Mapped[int] = mapped_column(default=1)

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 - SQLAlchemy reads it as a dict

    @property
    def effective_hold(self) -> datetime | None:
        """When a non-guaranteed reservation is released (None if guaranteed)."""
        if self.guarantee is not Guarantee.NONE:
            return None
        return self.hold_extended_until or self.hold_until


class Stay(Base):
    """One room occupied by a reservation or a walk-in, from check-in to check-out."""

    __tablename__ = "stays"
    __table_args__ = (Index("ix_stays_state_room", "state", "room_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    reservation_id: Mapped[int | None] = mapped_column(ForeignKey("reservations.id"))
    guest_id: Mapped[int] = mapped_column(ForeignKey("guests.id"))
    room_id: Mapped[int] = mapped_column(ForeignKey("rooms.id"))
    arrival_date: Mapped[date]
    departure_date: Mapped[date]
    adults: Mapped[int] = mapped_column(default=1)
    children: Mapped[int] = mapped_column(default=0)
    state: Mapped[StayState] = mapped_column(StrEnumType(StayState))
    checked_in_at: Mapped[datetime]
    checked_out_at: Mapped[datetime | None]
    kind: Mapped[StayKind] = mapped_column(StrEnumType(StayKind), default=StayKind.NORMAL)
    rate: Mapped[Decimal] = mapped_column(default=Decimal("0.00"))
    checked_in_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    checked_out_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    version: Mapped[int] = mapped_column(default=1)

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 - SQLAlchemy reads it as a dict


class StayOccupant(Base):
    """Everyone staying in the room, the registered guest first (position 0)."""

    __tablename__ = "stay_occupants"

    id: Mapped[int] = mapped_column(primary_key=True)
    stay_id: Mapped[int] = mapped_column(ForeignKey("stays.id"), index=True)
    position: Mapped[int]
    name: Mapped[str] = mapped_column(String(80))


class RoomMove(Base):
    """A guest moved from one room to another during a stay: append-only."""

    __tablename__ = "room_moves"

    id: Mapped[int] = mapped_column(primary_key=True)
    stay_id: Mapped[int] = mapped_column(ForeignKey("stays.id"), index=True)
    from_room_id: Mapped[int] = mapped_column(ForeignKey("rooms.id"))
    to_room_id: Mapped[int] = mapped_column(ForeignKey("rooms.id"))
    at: Mapped[datetime]
    business_date: Mapped[date]
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    reason: Mapped[str] = mapped_column(String(200))
