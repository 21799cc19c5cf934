"""Work that takes a while (closing the day, writing workbooks) on a worker
thread: the GUI thread gets progress and a plain value, or the error, back
as signals. The worker opens its own sessions (desk.dayclose.run does)."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from sqlalchemy.exc import DBAPIError

from desk.errors import DeskError
from ui.i18n import error_text

# What the work is handed: call it as each step starts (steps done, steps in all, desk's text for the step).
Progress = Callable[[int, int, str], None]


class Job(QObject):
    """Runs one piece of work at a time on a worker thread.

    ``progress(done, steps, what)`` as it goes (``what`` untranslated, as desk/
    marks it), then ``finished(value)`` or ``failed(error)``; ``running`` is
    False again by the time either arrives.
    """

    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(object)  # the exception
    _done = Signal(bool, object)  # from the worker: (ok, value or error)

    def __init__(self, parent: QObject | None = None, *, name: str = "desk-job") -> None:
        super().__init__(parent)
        self.name = name
        self.running = False
        self._done.connect(self._on_done)

    def start(self, work: Callable[[Progress], Any]) -> None:
        if self.running:
            raise RuntimeError("a job is running already")
        self.running = True
        threading.Thread(target=self._run, args=(work,), name=self.name, daemon=True).start()

    def _run(self, work: Callable[[Progress], Any]) -> None:
        try:
            value = work(self.progress.emit)
        except Exception as error:  # handed to the window, never lost with the thread
            if not isinstance(error, DeskError | OSError | DBAPIError):
                logging.getLogger(__name__).exception("%s failed", self.name)
            self._done.emit(False, error)
        else:
            self._done.emit(True, value)

    def _on_done(self, ok: bool, value: object) -> None:
        self.running = False
        if ok:
            self.finished.emit(value)
        else:
            self.failed.emit(value)


def failure_text(error: BaseException) -> str:
    """Why the work failed, for the person at the desk (no traceback)."""
    def tr(text: str) -> str:
        return QCoreApplication.translate("Job", text)

    if isinstance(error, DeskError):
        return error_text(error)
    if isinstance(error, DBAPIError):
        return tr("The database could not be reached. ({detail})").format(detail=str(error.orig or error)[:200])
    if isinstance(error, OSError):
        where = f" ({error.filename})" if error.filename else ""
        return tr("A file could not be written{where}: {detail}").format(
            where=where, detail=error.strerror or str(error))
    return tr("Something went wrong: {detail}. It is written to Desk's log.").format(detail=str(error)[:200])
