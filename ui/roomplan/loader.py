"""Reading the room plan off the GUI thread.

A change notice (from this window or another workstation, every two seconds
at most) must not stop the window for the time the plan's queries take: a
worker reads it in its own session, and the GUI thread only applies the
immutable result, repainting the rows that changed. One read at a time; a
notice arriving meanwhile reads once more afterwards.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from sqlalchemy.exc import DBAPIError

from desk.errors import DeskError
from desk.roomplan import RoomPlan, room_plan
from ui.i18n import error_text
from ui.ops import Ops


class _Signals(QObject):
    done = Signal(object, int, str)  # RoomPlan | None, generation, error text


class _Read(QRunnable):
    def __init__(self, ops: Ops, kwargs: dict[str, Any], generation: int) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self.signals = _Signals()  # lives in the GUI thread: its signal arrives there, queued
        self._ops, self._kwargs, self._generation = ops, kwargs, generation

    def run(self) -> None:
        try:
            plan: RoomPlan | None = self._ops.read(room_plan, **self._kwargs)
            error = ""
        except (DeskError, DBAPIError) as exc:  # offline or gone: the status bar says so already
            plan, error = None, error_text(exc) if isinstance(exc, DeskError) else str(exc.orig or exc)
        self.signals.done.emit(plan, self._generation, error)


class PlanLoader(QObject):
    """``load(**kwargs)`` reads ``room_plan`` in a worker; ``loaded(plan, generation)`` brings it back."""

    loaded = Signal(object, int)

    def __init__(self, ops: Ops, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ops = ops
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self.generation = 0
        self._running: _Signals | None = None  # the read under way (its signals kept alive until they arrive)
        self._again: dict[str, Any] | None = None

    def next_generation(self) -> int:
        """A number newer than every read started so far (a read on the GUI thread takes one too)."""
        self.generation += 1
        return self.generation

    def load(self, **kwargs: Any) -> None:
        if self._running is not None:
            self._again = kwargs
            return
        job = _Read(self._ops, kwargs, self.next_generation())
        job.signals.done.connect(self._done)
        self._running = job.signals
        self._pool.start(job)

    def busy(self) -> bool:
        return self._running is not None

    def _done(self, plan: RoomPlan | None, generation: int, _error: str) -> None:
        self._running = None
        if plan is not None:
            self.loaded.emit(plan, generation)
        if self._again is not None:
            kwargs, self._again = self._again, None
            self.load(**kwargs)

    def wait(self) -> None:
        """Until the read under way is over (closing, tests)."""
        self._pool.waitForDone()
