"""The hotel's rules a manager changes from the window: holds, the clerks'
limits, inspected rooms for arrivals, and the data-safety settings (keeping
period for guest data, idle lock, how long backups are kept)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import time
from decimal import Decimal

from sqlalchemy.orm import Session

from desk import audit, validate
from desk.actor import Actor
from desk.errors import ValidationError
from desk.i18n import QT_TRANSLATE_NOOP
from desk.permissions import Permission, require
from desk.settings import settings_row


@dataclass(frozen=True, slots=True)
class Policies:
    """The hotel's rules a manager may change from the window."""

    hold_until_time: time
    hold_extension_latest: time
    arrivals_need_inspected: bool
    clerk_compensation_limit: Decimal
    clerk_rate_discount_limit: Decimal
    clerk_adjustment_limit: Decimal
    retention_days: int | None  # None: guest data is kept
    idle_lock_minutes: int  # 0: never
    backup_keep_days: int


def policies(session: Session) -> Policies:
    s = settings_row(session)
    return Policies(s.hold_until_time, s.hold_extension_latest, s.arrivals_need_inspected, s.clerk_compensation_limit,
                    s.clerk_rate_discount_limit, s.clerk_adjustment_limit, s.retention_days, s.idle_lock_minutes,
                    s.backup_keep_days)


MIN_RETENTION_DAYS = 30  # a purge never touches last month's guests


def update_policies(session: Session, actor: Actor, new: Policies) -> None:
    """Change the hotel's rules (manager); each change is an audit entry."""
    require(actor, Permission.SETTINGS_MANAGE)
    if new.hold_extension_latest < new.hold_until_time:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "A hold can only be extended to a time after the usual hold "
                                                        "time."))
    money_fields = {
        "clerk_compensation_limit": QT_TRANSLATE_NOOP("desk", "The clerk's compensation limit"),
        "clerk_adjustment_limit": QT_TRANSLATE_NOOP("desk", "The clerk's adjustment limit"),
    }
    cleaned = {name: validate.money(getattr(new, name), label, allow_zero=True) for name, label in
               money_fields.items()}
    discount = validate.money(new.clerk_rate_discount_limit, QT_TRANSLATE_NOOP("desk", "The clerk's rate discount"),
                              allow_zero=True)
    if discount > 100:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "A discount is at most 100 percent."))
    if new.retention_days is not None:
        validate.count(new.retention_days, QT_TRANSLATE_NOOP("desk", "The keeping period in days"),
                       minimum=MIN_RETENTION_DAYS, maximum=36500)
    validate.count(new.idle_lock_minutes, QT_TRANSLATE_NOOP("desk", "The idle time before locking"), minimum=0,
                   maximum=240)
    validate.count(new.backup_keep_days, QT_TRANSLATE_NOOP("desk", "The days backups are kept"), minimum=1,
                   maximum=3650)
    row = settings_row(session)
    values = {**{f: getattr(new, f) for f in Policies.__dataclass_fields__}, **cleaned,
              "clerk_rate_discount_limit": discount}
    for name, value in values.items():
        old = getattr(row, name)
        if old != value:
            setattr(row, name, value)
            audit.record(session, actor, "settings.change", "hotel", 1, f"{name}: {old} -> {value}")
