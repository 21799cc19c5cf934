"""Where the day's workbooks go: a folder field remembered on this
workstation, and opening a folder in the desktop's file manager."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLineEdit, QPushButton, QWidget

from desk.paths import exports_dir

SETTINGS_KEY = "dayclose/folder"


def remembered_folder() -> Path:
    """The folder used last time on this workstation, else Desk's exports folder."""
    saved = str(QSettings().value(SETTINGS_KEY, "") or "")
    return Path(saved) if saved else exports_dir()


def open_folder(path: Path) -> bool:
    """Show ``path`` (a folder) in the file manager."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class FolderField(QWidget):
    """The folder as a path one can type or choose; ``folder`` is what it says."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(str(remembered_folder()))
        self.edit.setObjectName("folder")
        self.edit.setCursorPosition(0)
        self.choose = QPushButton(self.tr("Choose…"))
        self.choose.setObjectName("choose_folder")
        self.choose.clicked.connect(self._choose)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.choose)

    @property
    def folder(self) -> Path:
        text = self.edit.text().strip()
        return Path(text).expanduser() if text else exports_dir()

    def remember(self) -> None:
        QSettings().setValue(SETTINGS_KEY, str(self.folder))

    def _choose(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Save the workbooks in"), str(self.folder))
        if chosen:
            self.edit.setText(chosen)
            self.edit.setCursorPosition(0)
