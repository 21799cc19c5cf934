"""Staff accounts: a manager's list, and changing one's own password."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk import auth
from desk.auth import UserRow
from desk.models import Role
from desk.permissions import ROLE_NAMES
from ui.i18n import desk_text
from ui.ops import Ops
from ui.table import Column, RowTableModel
from ui.widgets import MessageBar, make_table


def _password_edit() -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


class NewUserDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New user"))
        self.username = QLineEdit()
        self.full_name = QLineEdit()
        self.role = QComboBox()
        for role in Role:
            self.role.addItem(desk_text(ROLE_NAMES[role]), role)
        self.password = _password_edit()
        form = QFormLayout()
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Full name"), self.full_name)
        form.addRow(self.tr("Role"), self.role)
        form.addRow(self.tr("Password"), self.password)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    @property
    def values(self) -> dict[str, object]:
        return {"username": self.username.text(), "full_name": self.full_name.text(),
                "role": self.role.currentData(), "password": self.password.text()}


class UsersDialog(QDialog):
    """List, add, deactivate, unlock and reset; every change through desk.auth."""

    def __init__(self, parent: QWidget | None = None, *, ops: Ops) -> None:
        super().__init__(parent)
        self.ops = ops
        self._setup_ui()
        self.refresh()

    def _setup_ui(self) -> None:
        self.setWindowTitle(self.tr("Users"))
        self.resize(640, 420)
        self.message = MessageBar(self)
        columns: list[Column[UserRow]] = [
            Column(self.tr("User name"), lambda u: u.username),
            Column(self.tr("Full name"), lambda u: u.full_name),
            Column(self.tr("Role"), lambda u: desk_text(ROLE_NAMES[u.role])),
            Column(self.tr("State"), lambda u: self.tr("locked") if u.locked
                   else (self.tr("active") if u.active else self.tr("deactivated"))),
        ]
        self.model = RowTableModel(columns, self)
        self.table = make_table(self.model, self)
        add = QPushButton(self.tr("Add…"))
        self.toggle = QPushButton(self.tr("Deactivate / reactivate"))
        unlock = QPushButton(self.tr("Unlock"))
        reset = QPushButton(self.tr("Reset password…"))
        close = QPushButton(self.tr("Close"))
        row = QHBoxLayout()
        for button in (add, self.toggle, unlock, reset):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.table)
        layout.addLayout(row)
        add.clicked.connect(self._add)
        self.toggle.clicked.connect(self._toggle)
        unlock.clicked.connect(self._unlock)
        reset.clicked.connect(self._reset)
        close.clicked.connect(self.accept)

    def refresh(self) -> None:
        self.model.set_rows(self.ops.read(auth.list_users))

    def _selected(self) -> UserRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def _run(self, service: Callable[..., object], done: str, **kwargs: object) -> None:
        outcome = self.ops.run(service, kinds=frozenset({"user"}), **kwargs)
        if outcome:
            self.message.show_info(done)
            self.refresh()
        else:
            self.message.show_error(outcome.error)

    def _add(self) -> None:
        dialog = NewUserDialog(self)
        if dialog.exec():
            self._run(auth.create_user, self.tr("User added."), **dialog.values)

    def _toggle(self) -> None:
        user = self._selected()
        if user is not None:
            self._run(auth.set_active, self.tr("Saved."), user_id=user.id, active=not user.active)

    def _unlock(self) -> None:
        user = self._selected()
        if user is not None:
            self._run(auth.unlock, self.tr("Unlocked."), user_id=user.id)

    def _reset(self) -> None:
        user = self._selected()
        if user is None:
            return
        dialog = ChangePasswordDialog(self, ops=self.ops, user_id=user.id, username=user.username)
        dialog.exec()


class ChangePasswordDialog(QDialog):
    """One's own password (with the current one), or a manager's reset."""

    def __init__(self, parent: QWidget | None = None, *, ops: Ops, user_id: int | None = None,
                 username: str = "") -> None:
        super().__init__(parent)
        self.ops = ops
        self.user_id = user_id if user_id is not None else ops.actor.user_id
        self.own = self.user_id == ops.actor.user_id
        self.setWindowTitle(self.tr("Password of {user}").format(user=username or ops.actor.username))
        self.message = MessageBar(self)
        self.old = _password_edit()
        self.new = _password_edit()
        self.again = _password_edit()
        form = QFormLayout()
        if self.own:
            form.addRow(self.tr("Current password"), self.old)
        form.addRow(self.tr("New password"), self.new)
        form.addRow(self.tr("New password again"), self.again)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _save(self) -> None:
        if self.new.text() != self.again.text():
            self.message.show_error(self.tr("The two new passwords differ; type them again."))
            return
        outcome = self.ops.run(auth.change_password, kinds=frozenset({"user"}), user_id=self.user_id,
                               old_password=self.old.text() if self.own else None, new_password=self.new.text())
        if outcome:
            self.accept()
        else:
            self.message.show_error(outcome.error)
