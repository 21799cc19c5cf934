"""Who may do what. Services call ``require``; the window only mirrors it."""

from __future__ import annotations

import enum

from desk.actor import Actor
from desk.errors import PermissionDeniedError
from desk.i18n import QT_TRANSLATE_NOOP
from desk.models import Role


class Permission(enum.StrEnum):
    ROOM_MARK_CLEAN = "room.mark_clean"
    ROOM_MARK_DIRTY = "room.mark_dirty"
    ROOM_MARK_INSPECTED = "room.mark_inspected"
    ROOM_BLOCK = "room.block"  # out of order / out of service, and back
    HOUSEKEEPING_REPORT = "housekeeping.report"
    FRONT_DESK = "front_desk"  # reservations, check-in/out, payments
    OVERBOOK = "reservation.overbook"
    EXTEND_HOLD = "reservation.extend_hold"
    RATE_BELOW_LIMIT = "reservation.rate_below_limit"
    ADJUST_ABOVE_LIMIT = "folio.adjust_above_limit"  # discounts and reversals above the clerk's limit
    REVEAL_ID = "guest.reveal_id"
    SHIFT_OVERRIDE = "shift.override"  # close a shift nobody accepted
    COMPLAINTS = "complaints"  # log and handle complaints
    COMPENSATE_ABOVE_LIMIT = "complaint.compensate_above_limit"
    COMPLAINT_ALERTS = "complaint.alerts"  # is alerted to major complaints and acknowledges them
    DAY_CLOSE = "day.close"
    GUEST_DATA = "guest.data"  # export lists with guests' personal data; the retention purge
    AUDIT_TRAIL = "audit.trail"  # browse and export the audit trail
    USERS_MANAGE = "users.manage"
    SETTINGS_MANAGE = "settings.manage"


# What each action is called in a refusal ("... may not mark rooms inspected").
ACTION_NAMES: dict[Permission, str] = {
    Permission.ROOM_MARK_CLEAN: QT_TRANSLATE_NOOP("desk", "mark rooms clean"),
    Permission.ROOM_MARK_DIRTY: QT_TRANSLATE_NOOP("desk", "mark rooms dirty"),
    Permission.ROOM_MARK_INSPECTED: QT_TRANSLATE_NOOP("desk", "mark rooms inspected"),
    Permission.ROOM_BLOCK: QT_TRANSLATE_NOOP("desk", "take rooms out of order or out of service"),
    Permission.HOUSEKEEPING_REPORT: QT_TRANSLATE_NOOP("desk", "enter the housekeeping report"),
    Permission.FRONT_DESK: QT_TRANSLATE_NOOP("desk", "work the front desk"),
    Permission.OVERBOOK: QT_TRANSLATE_NOOP("desk", "overbook"),
    Permission.EXTEND_HOLD: QT_TRANSLATE_NOOP("desk", "extend a reservation's hold"),
    Permission.RATE_BELOW_LIMIT: QT_TRANSLATE_NOOP("desk", "give a rate below the clerk's limit"),
    Permission.ADJUST_ABOVE_LIMIT: QT_TRANSLATE_NOOP("desk", "post a discount or reversal above the clerk's limit"),
    Permission.REVEAL_ID: QT_TRANSLATE_NOOP("desk", "see a guest's full ID number"),
    Permission.SHIFT_OVERRIDE: QT_TRANSLATE_NOOP("desk", "close a shift that nobody accepted"),
    Permission.COMPLAINTS: QT_TRANSLATE_NOOP("desk", "log and handle complaints"),
    Permission.COMPENSATE_ABOVE_LIMIT: QT_TRANSLATE_NOOP("desk", "approve compensation above the clerk's limit"),
    Permission.COMPLAINT_ALERTS: QT_TRANSLATE_NOOP("desk", "acknowledge a major complaint's alert"),
    Permission.DAY_CLOSE: QT_TRANSLATE_NOOP("desk", "close the business day"),
    Permission.GUEST_DATA: QT_TRANSLATE_NOOP("desk", "export or purge guests' personal data"),
    Permission.AUDIT_TRAIL: QT_TRANSLATE_NOOP("desk", "see the audit trail"),
    Permission.USERS_MANAGE: QT_TRANSLATE_NOOP("desk", "manage users"),
    Permission.SETTINGS_MANAGE: QT_TRANSLATE_NOOP("desk", "change the hotel settings"),
}

ROLE_NAMES: dict[Role, str] = {
    Role.CLERK: QT_TRANSLATE_NOOP("desk", "Front-desk clerk"),
    Role.HOUSEKEEPING: QT_TRANSLATE_NOOP("desk", "Housekeeping lead"),
    Role.MANAGER: QT_TRANSLATE_NOOP("desk", "Manager"),
}

_GRANTS: dict[Role, frozenset[Permission]] = {
    # Clerks take the housekeeper's call ("305 is done") but do not inspect.
    Role.CLERK: frozenset(
        {Permission.ROOM_MARK_CLEAN, Permission.ROOM_MARK_DIRTY, Permission.FRONT_DESK, Permission.COMPLAINTS}
    ),
    Role.HOUSEKEEPING: frozenset(
        {
            Permission.ROOM_MARK_CLEAN,
            Permission.ROOM_MARK_DIRTY,
            Permission.ROOM_MARK_INSPECTED,
            Permission.ROOM_BLOCK,
            Permission.HOUSEKEEPING_REPORT,
        }
    ),
    Role.MANAGER: frozenset(Permission),
}


def allowed(role: Role, permission: Permission) -> bool:
    return permission in _GRANTS[role]


def require(actor: Actor, permission: Permission) -> None:
    """Raise ``PermissionDeniedError`` unless the actor's role grants ``permission``."""
    role = actor.role
    if not allowed(role, permission):
        raise PermissionDeniedError(
            QT_TRANSLATE_NOOP("desk", "{user} ({role}) may not {action}. Ask a manager."),
            user=actor.username,
            role=ROLE_NAMES[role],
            action=ACTION_NAMES[permission],
        )
