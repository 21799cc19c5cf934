"""The idle lock: ``idle`` is emitted after the hotel's idle time without a key
or a mouse at this workstation.

An application-wide event filter sees every event, so it does as little as
possible: compare the event's type with a fixed set and set a flag. A timer
ticks a few times a minute and counts the ticks that saw no input; the lock
comes between the set time and one tick after it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal

MINUTE_MS = 60_000
TICKS_PER_MINUTE = 6  # precision of the lock: 10 seconds

_INPUT = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TabletPress,
})


class IdleWatch(QObject):
    """Counts idle time while running; ``minutes`` 0 means never.

    ``minute_ms`` is how long a minute is, for tests.
    """

    idle = Signal()

    def __init__(self, app: QCoreApplication, parent: QObject | None = None, *, minute_ms: int = MINUTE_MS) -> None:
        super().__init__(parent)
        self._app = app
        self._minutes = 0
        self._input_seen = False
        self._idle_ticks = 0
        self._filtering = False
        self._watching = False
        self._timer = QTimer(self)
        self._timer.setInterval(max(1, minute_ms // TICKS_PER_MINUTE))
        self._timer.timeout.connect(self._tick)

    @property
    def minutes(self) -> int:
        return self._minutes

    @property
    def running(self) -> bool:
        """Counting idle time now (watching, with a time set)."""
        return self._timer.isActive()

    def set_minutes(self, minutes: int) -> None:
        """The hotel's idle time; a new time starts the count afresh (0 stops it)."""
        minutes = max(0, minutes)
        if minutes == self._minutes:
            return
        self._minutes = minutes
        if self._watching:
            self._arm()

    def start(self) -> None:
        """Watch from now (someone has just logged in)."""
        self._watching = True
        self._arm()

    def stop(self) -> None:
        """Stop watching (the window is locked, or closing)."""
        self._watching = False
        self._disarm()

    def _arm(self) -> None:
        self._idle_ticks = 0
        self._input_seen = False
        if self._minutes == 0:
            self._disarm()  # never: not even the filter
            return
        if not self._filtering:
            self._app.installEventFilter(self)
            self._filtering = True
        self._timer.start()

    def _disarm(self) -> None:
        self._timer.stop()
        if self._filtering:
            self._app.removeEventFilter(self)
            self._filtering = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT:
            self._input_seen = True
        return False

    def _tick(self) -> None:
        if self._input_seen:
            self._input_seen = False
            self._idle_ticks = 0
            return
        self._idle_ticks += 1
        if self._idle_ticks >= self._minutes * TICKS_PER_MINUTE:
            self.stop()
            self.idle.emit()
