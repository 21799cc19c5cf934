"""The log-in dialog: on screen first, usable while the database opens."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:  # importing QtGui costs ~13 ms before the first window
    from PySide6.QtGui import QKeyEvent


class LoginDialog(QDialog):
    """Asks for user name and password; ``login_requested`` carries them.

    The owner checks them and calls ``show_error`` or closes the dialog.
    """

    login_requested = Signal(str, str)

    def __init__(self, parent: QWidget | None = None, *, hotel_name: str = "", locked_by: str = "") -> None:
        super().__init__(parent)
        self._ready = False
        self._pending = False
        self._locked_by = locked_by
        self._hotel_name = hotel_name
        self._setup_ui()

    def _setup_ui(self) -> None:
        self.setWindowTitle(self.tr("Desk: log in"))
        self.setObjectName("LoginDialog")
        self.setMinimumWidth(380)
        self.title = QLabel(self._hotel_name or self.tr("Desk"))
        self.title.setObjectName("LoginTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        subtitle = self.tr("Locked by {user}. Log in to continue, or as another user to switch.").format(
            user=self._locked_by) if self._locked_by else self.tr("Front desk")
        self.subtitle = QLabel(subtitle)
        self.subtitle.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.subtitle.setWordWrap(True)
        self.username = QLineEdit()
        self.username.setObjectName("username")
        self.username.setMaxLength(40)
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.status = QLabel()
        self.status.setObjectName("LoginStatus")
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.login_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.login_button.setText(self.tr("Log in"))

        form = QFormLayout()
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Password"), self.password)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        self.username.setFocus()
        self.set_busy(self.tr("Opening the database…"))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Return in the user name moves on; in the password it logs in, once
        # (the button box's default button would submit a second time).
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.focusWidget() is self.username:
                self.password.setFocus()
            else:
                self._submit()
            return
        super().keyPressEvent(event)

    def set_busy(self, message: str) -> None:
        self._ready = False
        self.status.setProperty("kind", "info")
        self.status.setText(message)
        self._restyle()

    def set_ready(self, hotel_name: str = "") -> None:
        self._ready = True
        if hotel_name:
            self.title.setText(hotel_name)
        self.status.setText("")
        if self._pending:
            self._submit()

    def show_error(self, message: str) -> None:
        self.status.setProperty("kind", "error")
        self.status.setText(message)
        self._restyle()
        self.password.selectAll()
        self.password.setFocus()

    def _submit(self) -> None:
        if not self.username.text().strip():
            self.show_error(self.tr("Enter your user name."))
            self.username.setFocus()
            return
        if not self._ready:
            # Log in as soon as the database is open.
            self._pending = True
            return
        self._pending = False
        self.login_requested.emit(self.username.text(), self.password.text())

    def _restyle(self) -> None:
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)
