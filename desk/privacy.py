"""Guests' identity numbers: kept in full, shown masked, revealed only to a
manager and only with an audit entry."""

from __future__ import annotations

from sqlalchemy.orm import Session

from desk import audit
from desk.actor import Actor
from desk.errors import NotFoundError
from desk.i18n import QT_TRANSLATE_NOOP
from desk.models import Guest
from desk.permissions import Permission, require


def mask_id(number: str) -> str:
    """110105194912310021 -> 110105********0021; short numbers keep two at each end."""
    if not number:
        return ""
    if len(number) <= 2:
        return "*" * len(number)
    if len(number) >= 12:
        return number[:6] + "*" * (len(number) - 10) + number[-4:]
    keep = 2 if len(number) > 4 else 1
    return number[:keep] + "*" * (len(number) - 2 * keep) + number[-keep:]


def reveal_id(session: Session, actor: Actor, *, guest_id: int, reason: str) -> str:
    """The full ID number, for a manager, with the reason in the audit trail."""
    from desk import validate

    require(actor, Permission.REVEAL_ID)
    reason = validate.text(reason, QT_TRANSLATE_NOOP("desk", "the reason"), max_length=200)
    guest = session.get(Guest, guest_id)
    if guest is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("desk", "That guest no longer exists."))
    audit.record(session, actor, "guest.reveal_id", "guest", guest.id,
                 f"ID number of {guest.name} revealed: {reason}")
    return guest.id_number
