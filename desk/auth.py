"""Passwords, log-in with lock-out, and staff accounts."""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import os
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk import audit, clock, validate
from desk.actor import Actor
from desk.errors import AuthenticationError, NotFoundError, RuleError, ValidationError
from desk.i18n import QT_TRANSLATE_NOOP
from desk.models import Role, User
from desk.permissions import Permission, require

MAX_FAILED_LOGINS = 5
LOCKOUT = timedelta(minutes=15)
MIN_PASSWORD_LENGTH = 6

# scrypt parameters (RFC 7914's interactive-login recommendation, ~50 ms here).
_N, _R, _P = 2**14, 8, 1


def hash_password(password: str) -> str:
    salt = os.urandom(16)
    digest = hashlib.scrypt(password.encode(), salt=salt, n=_N, r=_R, p=_P, dklen=32)
    encode = base64.b64encode
    return f"scrypt${_N}${_R}${_P}${encode(salt).decode()}${encode(digest).decode()}"


def verify_password(password: str, stored: str) -> bool:
    """True if ``password`` matches; False for a wrong one or a damaged hash."""
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        candidate = hashlib.scrypt(
            password.encode(), salt=base64.b64decode(salt), n=int(n), r=int(r), p=int(p), dklen=32
        )
        return hmac.compare_digest(candidate, base64.b64decode(digest))
    except (ValueError, binascii.Error):
        return False


def actor_for(user: User, workstation: str | None = None) -> Actor:
    if workstation:
        return Actor(user.id, user.username, user.full_name, user.role, workstation)
    return Actor(user.id, user.username, user.full_name, user.role)


_BAD_LOGIN = QT_TRANSLATE_NOOP("desk", "Wrong user name or password.")


def log_in(session: Session, username: str, password: str, workstation: str | None = None) -> Actor:
    """Check the password and return the actor; count failures and lock after five.

    The caller commits whatever happens, so that failures are counted.
    """
    user = session.scalar(select(User).where(User.username == username.strip().lower()))
    now = clock.now()
    if user is None:
        raise AuthenticationError(_BAD_LOGIN)
    if user.locked_until is not None and user.locked_until > now:
        minutes = max(1, int((user.locked_until - now).total_seconds() // 60) + 1)
        raise AuthenticationError(
            QT_TRANSLATE_NOOP(
                "desk",
                "Too many wrong passwords: {user} is locked for {minutes} more minutes, or until a manager unlocks it.",
            ),
            user=user.username,
            minutes=minutes,
        )
    if not verify_password(password, user.password_hash):
        user.failed_logins += 1
        if user.failed_logins >= MAX_FAILED_LOGINS:
            user.locked_until = now + LOCKOUT
            user.failed_logins = 0
            audit.record(session, None, "user.locked", "user", user.id,
                         f"{user.username} locked after {MAX_FAILED_LOGINS} wrong passwords")
            raise AuthenticationError(
                QT_TRANSLATE_NOOP(
                    "desk",
                    "Too many wrong passwords: {user} is locked for {minutes} minutes, or until a manager unlocks it.",
                ),
                user=user.username,
                minutes=int(LOCKOUT.total_seconds() // 60),
            )
        raise AuthenticationError(_BAD_LOGIN)
    if not user.active:
        # Said only after the right password, so it does not reveal which names exist.
        raise AuthenticationError(
            QT_TRANSLATE_NOOP("desk", "The account {user} is deactivated. Ask a manager."), user=user.username
        )
    user.failed_logins = 0
    user.locked_until = None
    actor = actor_for(user, workstation)
    audit.record(session, actor, "user.login", "user", user.id, f"{user.username} logged in")
    return actor


@dataclass(frozen=True, slots=True)
class UserRow:
    id: int
    username: str
    full_name: str
    role: Role
    active: bool
    locked: bool


def list_users(session: Session) -> list[UserRow]:
    now = clock.now()
    return [
        UserRow(u.id, u.username, u.full_name, u.role, u.active, bool(u.locked_until and u.locked_until > now))
        for u in session.scalars(select(User).order_by(User.username))
    ]


def has_users(session: Session) -> bool:
    return session.scalar(select(User.id).limit(1)) is not None


def _check_password(password: str) -> str:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationError(
            QT_TRANSLATE_NOOP("desk", "The password must have at least {count} characters."),
            count=MIN_PASSWORD_LENGTH,
        )
    return password


def _new_user(session: Session, username: str, full_name: str, role: Role, password: str) -> User:
    name = validate.text(username, QT_TRANSLATE_NOOP("desk", "the user name"), max_length=40).lower()
    if not name.replace(".", "").replace("_", "").replace("-", "").isalnum():
        raise ValidationError(
            QT_TRANSLATE_NOOP("desk", "A user name may contain only letters, digits, '.', '-' and '_'.")
        )
    if session.scalar(select(User.id).where(User.username == name)) is not None:
        raise RuleError(QT_TRANSLATE_NOOP("desk", "The user name {user} is taken."), user=name)
    user = User(
        username=name,
        full_name=validate.text(full_name, QT_TRANSLATE_NOOP("desk", "the full name"), max_length=80),
        role=role,
        password_hash=hash_password(_check_password(password)),
        active=True,
        failed_logins=0,
        created_at=clock.now(),
    )
    session.add(user)
    session.flush()
    return user


def create_first_manager(session: Session, *, username: str, full_name: str, password: str) -> Actor:
    """The first account of a new database; refused once any account exists."""
    if has_users(session):
        raise RuleError(QT_TRANSLATE_NOOP("desk", "This hotel already has accounts; log in as a manager."))
    user = _new_user(session, username, full_name, Role.MANAGER, password)
    actor = actor_for(user)
    audit.record(session, actor, "user.create", "user", user.id, f"first manager {user.username} created")
    return actor


def create_user(session: Session, actor: Actor, *, username: str, full_name: str, role: Role, password: str) -> UserRow:
    require(actor, Permission.USERS_MANAGE)
    user = _new_user(session, username, full_name, role, password)
    audit.record(session, actor, "user.create", "user", user.id, f"{user.username} created as {role.value}")
    return UserRow(user.id, user.username, user.full_name, user.role, True, False)


def _user(session: Session, user_id: int) -> User:
    user = session.get(User, user_id)
    if user is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("desk", "That user no longer exists."))
    return user


def set_active(session: Session, actor: Actor, *, user_id: int, active: bool) -> None:
    """Deactivate (or reactivate) an account; its history stays."""
    require(actor, Permission.USERS_MANAGE)
    user = _user(session, user_id)
    if user.id == actor.user_id and not active:
        raise RuleError(QT_TRANSLATE_NOOP("desk", "You cannot deactivate your own account."))
    user.active = active
    audit.record(session, actor, "user.activate" if active else "user.deactivate", "user", user.id,
                 f"{user.username} {'reactivated' if active else 'deactivated'}")


def unlock(session: Session, actor: Actor, *, user_id: int) -> None:
    require(actor, Permission.USERS_MANAGE)
    user = _user(session, user_id)
    user.locked_until = None
    user.failed_logins = 0
    audit.record(session, actor, "user.unlock", "user", user.id, f"{user.username} unlocked")


def change_password(
    session: Session, actor: Actor, *, user_id: int, old_password: str | None, new_password: str
) -> None:
    """Users change their own password (with the old one); managers reset anyone's."""
    user = _user(session, user_id)
    if user.id != actor.user_id:
        require(actor, Permission.USERS_MANAGE)
    elif not verify_password(old_password or "", user.password_hash):
        raise AuthenticationError(QT_TRANSLATE_NOOP("desk", "The current password is wrong."))
    user.password_hash = hash_password(_check_password(new_password))
    audit.record(session, actor, "user.password", "user", user.id, f"password of {user.username} changed")
