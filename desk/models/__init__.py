"""All tables, imported in one place so the metadata is complete."""

from desk.models.audit import AuditEntry
from desk.models.base import Base
from desk.models.folio import ChargeType, FolioLine, LineKind, Method
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
from desk.models.shifts import (
    CarriedKind,
    DutyCategory,
    DutyEntry,
    Handover,
    HandoverItem,
    HandoverState,
    Shift,
    ShiftState,
)
from desk.models.stays import (
    BookingSource,
    Guarantee,
    Guest,
    IdType,
    Reservation,
    ReservationState,
    RoomMove,
    Stay,
    StayKind,
    StayOccupant,
    StayState,
)
from desk.models.users import Role, User

__all__ = [
    "AuditEntry",
    "Base",
    "BlockKind",
    "BookingSource",
    "CarriedKind",
    "ChargeType",
    "DutyCategory",
    "DutyEntry",
    "FolioLine",
    "Guarantee",
    "Guest",
    "Handover",
    "HandoverItem",
    "HandoverState",
    "HkState",
    "HotelSettings",
    "HousekeepingFinding",
    "HousekeepingReport",
    "IdType",
    "LineKind",
    "Method",
    "Reservation",
    "ReservationState",
    "Role",
    "Room",
    "RoomBlock",
    "RoomMove",
    "RoomStatusEvent",
    "RoomType",
    "Shift",
    "ShiftState",
    "StatusEventKind",
    "Stay",
    "StayKind",
    "StayOccupant",
    "StayState",
    "User",
]
