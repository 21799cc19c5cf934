"""All tables, imported in one place so the metadata is complete."""

from desk.models.audit import AuditEntry
from desk.models.base import Base
from desk.models.hotel import HotelSettings
from desk.models.rooms import (
    BlockKind,
    HkState,
    HousekeepingFinding,
    HousekeepingReport,
    Room,
    RoomBlock,
    RoomStatusEvent,
    RoomType,
    StatusEventKind,
)
from desk.models.stays import (
    BookingSource,
    Guarantee,
    Guest,
    Reservation,
    ReservationState,
    Stay,
    StayState,
)
from desk.models.users import Role, User

__all__ = [
    "AuditEntry",
    "Base",
    "BlockKind",
    "BookingSource",
    "Guarantee",
    "Guest",
    "HkState",
    "HotelSettings",
    "HousekeepingFinding",
    "HousekeepingReport",
    "Reservation",
    "ReservationState",
    "Role",
    "Room",
    "RoomBlock",
    "RoomStatusEvent",
    "RoomType",
    "StatusEventKind",
    "Stay",
    "StayState",
    "User",
]
