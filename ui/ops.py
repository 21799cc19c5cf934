"""Running one user action as one transaction, and telling every tab what changed.

Like Anki's operations: the window calls ``Ops.run(service, **kwargs)``; the
service runs in its own transaction; on success ``ChangeHub.changed`` carries
the kinds of record that changed to every tab, and each tab decides whether to
redraw. Other workstations' changes arrive the same way through a poll of the
audit trail's newest id (every mutation writes one entry).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, QTimer, Signal
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm.exc import StaleDataError as OrmStaleDataError

from desk import audit
from desk.actor import Actor
from desk.db import Database
from desk.errors import DeskError
from ui.i18n import error_text

T = TypeVar("T")
POLL_MS = 2000


class ChangeHub(QObject):
    """Emits ``changed(kinds)`` after this window's actions and others'."""

    changed = Signal(frozenset)
    connection_lost = Signal(str)
    connection_restored = Signal()

    def __init__(self, database: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self._seen = 0
        self._online = True
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self.poll)

    def start(self) -> None:
        with self._database.reading() as session:
            self._seen = audit.last_change_id(session)
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def poll(self) -> None:
        """Look for changes made elsewhere; cheap when there are none."""
        try:
            with self._database.reading() as session:
                newest = audit.last_change_id(session)
                if newest <= self._seen:
                    self._set_online(True)
                    return
                summary = audit.changes_since(session, self._seen)
        except (OperationalError, DBAPIError) as exc:
            self._set_online(False, str(exc.orig or exc))
            return
        self._set_online(True)
        self._seen = max(self._seen, summary.last_id)
        if summary.subject_kinds:
            self.changed.emit(summary.subject_kinds)

    def _set_online(self, online: bool, why: str = "") -> None:
        if online == self._online:
            return
        self._online = online
        if online:
            self.connection_restored.emit()
        else:
            self.connection_lost.emit(why)

    def announce(self, kinds: frozenset[str]) -> None:
        """This window changed ``kinds``: redraw now, not at the next poll."""
        self.changed.emit(kinds)


@dataclass(frozen=True, slots=True)
class Outcome(Generic[T]):
    """What one action came to: its value, or the message saying why not."""

    ok: bool
    value: T | None = None
    error: str = ""
    refusal: type[DeskError] | None = None  # what kind of refusal, for a follow-up (e.g. overbooking)

    def __bool__(self) -> bool:
        return self.ok


class Ops(QObject):
    """The window's only way to read and change data."""

    def __init__(self, database: Database, actor: Actor, hub: ChangeHub, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.actor = actor
        self.hub = hub

    def read(self, query: Callable[..., T], /, **kwargs: Any) -> T:
        with self.database.reading() as session:
            return query(session, **kwargs)

    def run(self, service: Callable[..., T], /, *, kinds: frozenset[str], **kwargs: Any) -> Outcome[T]:
        """Run ``service(session, actor, **kwargs)`` in one transaction.

        A refusal or a lost connection comes back as a failed Outcome with a
        translated message; nothing of the action is saved then.
        """
        for attempt in range(RETRIES + 1):
            try:
                with self.database.writing() as session:
                    result = service(session, self.actor, **kwargs)
                break
            except (OperationalError, DBAPIError) as exc:
                if not _conflict(exc):
                    return self._unreachable(exc)
                if attempt == RETRIES:
                    return Outcome(False, error=self.tr(
                        "Another workstation was changing the same records at that moment; nothing was saved. "
                        "Try again."))
            except DeskError as error:
                return Outcome(False, error=error_text(error), refusal=type(error))
            except OrmStaleDataError:
                # Another workstation saved the same row in the same instant.
                return Outcome(False, error=self.tr("Someone else changed this record at the same moment; nothing "
                                                    "of yours was saved. Look at it again and repeat your change."))
        self.hub.announce(kinds)
        return Outcome(True, result)

    def _unreachable(self, exc: DBAPIError) -> Outcome[Any]:
        message = self.tr("The database could not be reached; nothing was saved. ({detail})")
        return Outcome(False, error=message.format(detail=str(exc.orig or exc)[:200]))


RETRIES = 2
# Deadlock and serialization failure (PostgreSQL); "database is locked" (SQLite,
# after its busy timeout): the other transaction won, this one can run again.
_CONFLICT_STATES = {"40P01", "40001"}


def _conflict(exc: DBAPIError) -> bool:
    state = getattr(exc.orig, "sqlstate", None)
    return state in _CONFLICT_STATES or "database is locked" in str(exc.orig)

