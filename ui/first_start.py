"""First start on an empty database: the demo hotel, or a new hotel."""

from __future__ import annotations

from pathlib import Path

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


class FirstStartDialog(QDialog):
    """Result: ``use_demo``, or the new hotel's name, manager and rooms file."""

    def __init__(self, parent: QWidget | None = None, *, database_label: str) -> None:
        super().__init__(parent)
        self._database_label = database_label
        self._setup_ui()

    def _setup_ui(self) -> None:
        self.setWindowTitle(self.tr("Welcome to Desk"))
        self.setMinimumWidth(520)
        intro = QLabel(self.tr("This database has no hotel yet:\n{where}").format(where=self._database_label))
        intro.setWordWrap(True)
        self.demo_choice = QRadioButton(self.tr("Open the demo hotel (70 rooms, guests, history; users and "
                                                "passwords are in the README)"))
        self.new_choice = QRadioButton(self.tr("Set up my hotel"))
        self.demo_choice.setChecked(True)

        self.hotel_name = QLineEdit()
        self.manager = QLineEdit()
        self.manager_name = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_again = QLineEdit()
        self.password_again.setEchoMode(QLineEdit.EchoMode.Password)
        self.rooms_file = QLineEdit()
        self.rooms_file.setPlaceholderText(self.tr("CSV: number, floor, type_code, type_name, rate, capacity"))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._choose_rooms_file)
        rooms_row = QHBoxLayout()
        rooms_row.addWidget(self.rooms_file, 1)
        rooms_row.addWidget(browse)
        self.new_box = QGroupBox()
        form = QFormLayout(self.new_box)
        form.addRow(self.tr("Hotel name"), self.hotel_name)
        form.addRow(self.tr("Manager's user name"), self.manager)
        form.addRow(self.tr("Manager's full name"), self.manager_name)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("Password again"), self.password_again)
        form.addRow(self.tr("Rooms file"), rooms_row)
        self.error = QLabel()
        self.error.setProperty("kind", "error")
        self.error.setObjectName("LoginStatus")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.demo_choice)
        layout.addWidget(self.new_choice)
        layout.addWidget(self.new_box)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

        self.new_choice.toggled.connect(self.new_box.setEnabled)
        self.new_box.setEnabled(False)
        buttons.accepted.connect(self._check_and_accept)
        buttons.rejected.connect(self.reject)

    @property
    def use_demo(self) -> bool:
        return self.demo_choice.isChecked()

    @property
    def rooms_path(self) -> Path | None:
        text = self.rooms_file.text().strip()
        return Path(text) if text else None

    def show_error(self, message: str) -> None:
        self.error.setText(message)

    def _choose_rooms_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Rooms file"), "", self.tr("CSV files (*.csv)"))
        if path:
            self.rooms_file.setText(path)

    def _check_and_accept(self) -> None:
        if not self.use_demo and self.password.text() != self.password_again.text():
            self.show_error(self.tr("The two passwords differ; type them again."))
            return
        self.accept()
