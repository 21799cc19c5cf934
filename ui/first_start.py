"""First start on an empty database: the demo hotel, or a new hotel."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desk.demo import DEMO_PASSWORD, DEMO_USERS
from desk.permissions import ROLE_NAMES
from ui.i18n import desk_text


def database_text(url: str) -> tuple[bool, str]:
    """(is a file, what to show): a SQLite URL's file path, else the URL without its password."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        parsed = make_url(url)
    except ArgumentError:
        return False, url
    if parsed.get_backend_name() == "sqlite":
        return True, parsed.database or ":memory:"
    return False, parsed.render_as_string(hide_password=True)


class FirstStartDialog(QDialog):
    """Result: ``use_demo``, or the new hotel's name, manager and rooms file."""

    def __init__(self, parent: QWidget | None = None, *, database_label: str) -> None:
        super().__init__(parent)
        self._database_label = database_label
        self._setup_ui()

    def _setup_ui(self) -> None:
        self.setWindowTitle(self.tr("Welcome to Desk"))
        self.setMinimumWidth(560)
        is_file, where = database_text(self._database_label)
        intro = QLabel(self.tr("This database has no hotel yet."))
        intro.setObjectName("DialogTitle")
        self.database = QLabel((self.tr("Database file: {path}") if is_file
                                else self.tr("Database: {url}")).format(path=where, url=where))
        self.database.setObjectName("databaseLabel")
        self.database.setWordWrap(True)
        self.database.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.demo_choice = QRadioButton(self.tr("Open the demo hotel (70 rooms, guests and history)"))
        self.new_choice = QRadioButton(self.tr("Set up my hotel"))
        self.demo_choice.setChecked(True)

        self.demo_box = QGroupBox()
        self.demo_box.setObjectName("DemoBox")
        users = QLabel(self.tr("Log in as one of these users, all with the password {password}:").format(
            password=f"<b>{DEMO_PASSWORD}</b>"))
        users.setWordWrap(True)
        demo_form = QFormLayout(self.demo_box)
        demo_form.addRow(users)
        for username, _full_name, role in DEMO_USERS:
            name = QLabel(f"<b>{username}</b>")
            name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            demo_form.addRow(name, QLabel(desk_text(ROLE_NAMES[role])))

        self.hotel_name = QLineEdit()
        self.manager = QLineEdit()
        self.manager_name = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_again = QLineEdit()
        self.password_again.setEchoMode(QLineEdit.EchoMode.Password)
        self.rooms_file = QLineEdit()
        self.rooms_file.setPlaceholderText(self.tr("A .csv file, one room a line"))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._choose_rooms_file)
        rooms_row = QHBoxLayout()
        rooms_row.addWidget(self.rooms_file, 1)
        rooms_row.addWidget(browse)
        rooms_help = QLabel(self.tr("Columns, with this header line: number, floor, type_code, type_name, rate, "
                                    "capacity"))
        rooms_help.setObjectName("Hint")
        rooms_help.setWordWrap(True)
        rooms_help.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        rooms_field = QVBoxLayout()
        rooms_field.setSpacing(2)
        rooms_field.addLayout(rooms_row)
        rooms_field.addWidget(rooms_help)
        self.new_box = QGroupBox()
        form = QFormLayout(self.new_box)
        form.addRow(self.tr("Hotel name"), self.hotel_name)
        form.addRow(self.tr("Manager's user name"), self.manager)
        form.addRow(self.tr("Manager's full name"), self.manager_name)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("Password again"), self.password_again)
        form.addRow(self.tr("Rooms file"), rooms_field)
        self.error = QLabel()
        self.error.setProperty("kind", "error")
        self.error.setObjectName("LoginStatus")
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.database)
        layout.addSpacing(6)
        layout.addWidget(self.demo_choice)
        layout.addWidget(self.demo_box)
        layout.addWidget(self.new_choice)
        layout.addWidget(self.new_box)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        self.new_choice.toggled.connect(self._follow_choice)
        self.buttons.accepted.connect(self._check_and_accept)
        self.buttons.rejected.connect(self.reject)
        self._follow_choice()

    def _follow_choice(self, *_args: object) -> None:
        demo = self.use_demo
        self.demo_box.setVisible(demo)
        self.new_box.setEnabled(not demo)
        self.ok_button.setText(self.tr("Open the demo hotel") if demo else self.tr("Create my hotel"))
        self.adjustSize()

    @property
    def use_demo(self) -> bool:
        return self.demo_choice.isChecked()

    @property
    def rooms_path(self) -> Path | None:
        text = self.rooms_file.text().strip()
        return Path(text) if text else None

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))

    def _choose_rooms_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Rooms file"), "", self.tr("CSV files (*.csv)"))
        if path:
            self.rooms_file.setText(path)

    def _check_and_accept(self) -> None:
        if not self.use_demo and self.password.text() != self.password_again.text():
            self.show_error(self.tr("The two passwords differ; type them again."))
            return
        self.accept()
