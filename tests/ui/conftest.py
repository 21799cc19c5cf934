from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings

from desk import clock
from desk.db import Database
from ui import i18n
from ui.main_window import MainWindow
from ui.ops import ChangeHub


@pytest.fixture(autouse=True)
def _hotel_morning():
    """Noon at the hotel on the demo's business date: today's holds still run."""
    with clock.frozen(datetime(2026, 11, 20, 4, 0, tzinfo=UTC)):
        yield


@pytest.fixture(autouse=True)
def _english_and_fresh_settings(qapp, tmp_path):
    QCoreApplication.setOrganizationName("DeskTests")
    QCoreApplication.setApplicationName("DeskTests")
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    QSettings().clear()
    i18n.install("en")
    yield
    i18n.install("en")


@pytest.fixture
def open_window(qtbot, demo_db: Database, actors) -> Iterator[Callable[[str], MainWindow]]:
    """Open the main window on the demo hotel as the named demo user."""
    opened: list[tuple[MainWindow, ChangeHub]] = []  # qtbot holds widgets weakly

    def _open(username: str) -> MainWindow:
        hub = ChangeHub(demo_db)
        window = MainWindow(demo_db, actors[username], hub)
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        qtbot.waitExposed(window)
        hub.start()
        opened.append((window, hub))
        return window

    yield _open
    # Tear down in a fixed order, inside Qt's event loop, before the database
    # goes: a timer firing into a half-collected object crashes the process.
    for window, hub in opened:
        hub.stop()
        window.close()
        window.deleteLater()
        hub.deleteLater()
    opened.clear()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
