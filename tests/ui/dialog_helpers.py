"""Driving modal dialogs from pytest-qt: shared by the tab tests."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox


def when_dialog_opens(act) -> None:
    """Run ``act(dialog)`` once the next modal dialog is on screen."""
    def run():
        dialog = QApplication.activeModalWidget()
        assert dialog is not None, "no dialog opened"
        try:
            act(dialog)
        except BaseException:
            dialog.reject()  # a failed check must not leave the test waiting on a modal dialog
            raise

    QTimer.singleShot(0, run)


def type_into(qtbot, widget, text: str) -> None:
    widget.setFocus()
    widget.clear()
    qtbot.keyClicks(widget, text)


def ok(dialog) -> None:
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
