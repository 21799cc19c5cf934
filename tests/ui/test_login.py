"""Starting Desk: the log-in dialog, the lock-out message, the window after."""

from __future__ import annotations

import gc

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt

from ui.app import DeskApplication
from ui.main_window import MainWindow


@pytest.fixture
def desk_app(qapp, qtbot, demo_db, monkeypatch):
    monkeypatch.setenv("DESK_DATABASE_URL", demo_db.url)
    app = DeskApplication(qapp)
    app.start()
    qtbot.addWidget(app.login)
    qtbot.waitUntil(lambda: app.database is not None, timeout=10000)
    yield app
    if app.hub is not None:
        app.hub.stop()
    for widget in (app.login, app.window):
        if widget is not None:
            widget.blockSignals(True)
            widget.close()
            widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    app.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
    app.database.dispose()


def log_in(qtbot, app, username, password):
    """Type as a clerk would: name, Return, password, Return."""
    dialog = app.login
    dialog.username.clear()
    dialog.password.clear()
    dialog.username.setFocus()
    qtbot.keyClicks(dialog.username, username)
    qtbot.keyClick(dialog.username, Qt.Key.Key_Return)
    assert dialog.focusWidget() is dialog.password
    qtbot.keyClicks(dialog.password, password)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)


def test_wrong_password_then_right_one_opens_the_window(qtbot, desk_app):
    assert desk_app.login.title.text() == "Lakeside Hotel"
    log_in(qtbot, desk_app, "clerk", "nope")
    assert desk_app.login.status.text() == "Wrong user name or password."
    assert desk_app.window is None
    log_in(qtbot, desk_app, "clerk", "desk123")
    assert isinstance(desk_app.window, MainWindow)
    qtbot.addWidget(desk_app.window)
    assert desk_app.window.ops.actor.username == "clerk"
    assert desk_app.window.room_status.board is not None


def test_five_wrong_passwords_lock_the_account(qtbot, desk_app):
    for _ in range(4):
        log_in(qtbot, desk_app, "clerk2", "wrong")
        assert desk_app.login.status.text() == "Wrong user name or password."
    log_in(qtbot, desk_app, "clerk2", "wrong")
    assert "locked for 15 minutes" in desk_app.login.status.text()
    log_in(qtbot, desk_app, "clerk2", "desk123")
    assert "locked" in desk_app.login.status.text()
    assert desk_app.window is None


def test_lock_and_switch_user(qtbot, desk_app):
    log_in(qtbot, desk_app, "clerk", "desk123")
    window = desk_app.window
    qtbot.addWidget(window)
    window.lock_action.trigger()
    assert window.stack.currentWidget() is window.locked_screen
    assert "Locked by clerk" in desk_app.login.subtitle.text()
    log_in(qtbot, desk_app, "housekeeping", "desk123")
    qtbot.addWidget(desk_app.window)
    assert desk_app.window.ops.actor.username == "housekeeping"
    assert desk_app.window.room_status.buttons["inspected"].isVisibleTo(desk_app.window)
