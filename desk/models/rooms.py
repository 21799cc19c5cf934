"""Room types, rooms, out-of-order/out-of-service periods, status events and
housekeeping reports."""

from __future__ import annotations

import enum
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desk.models.base import Base, StrEnumType


class HkState(enum.StrEnum):
    """Housekeeping axis of a room's status."""

    DIRTY = "dirty"
    CLEAN = "clean"
    INSPECTED = "inspected"


class BlockKind(enum.StrEnum):
    OUT_OF_ORDER = "ooo"  # removed from sale
    OUT_OF_SERVICE = "oos"  # still sellable


class StatusEventKind(enum.StrEnum):
    HOUSEKEEPING = "housekeeping"
    BLOCK_START = "block_start"
    BLOCK_END = "block_end"
    OCCUPANCY = "occupancy"


class RoomType(Base):
    __tablename__ = "room_types"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(10), unique=True)
    name: Mapped[str] = mapped_column(String(60))
    default_rate: Mapped[Decimal]
    capacity: Mapped[int]
    sort_order: Mapped[int] = mapped_column(default=0)


class Room(Base):
    __tablename__ = "rooms"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(10), unique=True)
    floor: Mapped[int]
    room_type_id: Mapped[int] = mapped_column(ForeignKey("room_types.id"))
    hk_state: Mapped[HkState] = mapped_column(StrEnumType(HkState), default=HkState.CLEAN)
    active: Mapped[bool] = mapped_column(default=True)
    version: Mapped[int] = mapped_column(default=1)

    room_type: Mapped[RoomType] = relationship()

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 - SQLAlchemy reads it as a dict


class RoomBlock(Base):
    """A period a room is out of order or out of service: [start_date, end_date)."""

    __tablename__ = "room_blocks"

    id: Mapped[int] = mapped_column(primary_key=True)
    room_id: Mapped[int] = mapped_column(ForeignKey("rooms.id"), index=True)
    kind: Mapped[BlockKind] = mapped_column(StrEnumType(BlockKind))
    reason: Mapped[str] = mapped_column(String(200))
    start_date: Mapped[date]
    end_date: Mapped[date]
    return_state: Mapped[HkState] = mapped_column(StrEnumType(HkState))
    created_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime]
    # Set when the room came back (early by hand, or at its end date).
    returned_on: Mapped[date | None]
    returned_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    returned_at: Mapped[datetime | None]


class RoomStatusEvent(Base):
    """One change of a room's status: append-only."""

    __tablename__ = "room_status_events"
    __table_args__ = (Index("ix_room_status_events_room_at", "room_id", "at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    room_id: Mapped[int] = mapped_column(ForeignKey("rooms.id"))
    at: Mapped[datetime]
    business_date: Mapped[date]
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    kind: Mapped[StatusEventKind] = mapped_column(StrEnumType(StatusEventKind))
    from_state: Mapped[str] = mapped_column(String(24))
    to_state: Mapped[str] = mapped_column(String(24))
    reason: Mapped[str] = mapped_column(String(200), default="")


class HousekeepingReport(Base):
    """What housekeeping found on its round, room by room."""

    __tablename__ = "housekeeping_reports"

    id: Mapped[int] = mapped_column(primary_key=True)
    business_date: Mapped[date]
    at: Mapped[datetime]
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    note: Mapped[str] = mapped_column(String(500), default="")


class HousekeepingFinding(Base):
    __tablename__ = "housekeeping_findings"

    id: Mapped[int] = mapped_column(primary_key=True)
    report_id: Mapped[int] = mapped_column(ForeignKey("housekeeping_reports.id"), index=True)
    room_id: Mapped[int] = mapped_column(ForeignKey("rooms.id"))
    found_occupied: Mapped[bool]
    # What the front office showed when the report was saved.
    front_office_occupied: Mapped[bool]
    note: Mapped[str] = mapped_column(String(200), default="")
