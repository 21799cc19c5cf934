"""Small widgets the day close and the export dialog share."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QWidget

from ui.i18n import desk_text


def label(text: str = "", name: str = "", *, wrap: bool = True) -> QLabel:
    widget = QLabel(text)
    if name:
        widget.setObjectName(name)
    widget.setWordWrap(wrap)
    return widget


class ProgressRow(QWidget):
    """The step being done and a bar; busy (no steps known) until the first step reports."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.step = label(name="Hint", wrap=False)
        self.bar = QProgressBar()
        self.bar.setObjectName(name)
        self.bar.setTextVisible(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.step)
        layout.addWidget(self.bar, 1)
        self.hide()

    def start(self) -> None:
        self.bar.setRange(0, 0)
        self.step.setText(QCoreApplication.translate("ProgressRow", "Starting…"))
        self.show()

    def report(self, done: int, steps: int, what: str) -> None:
        """A step starts (``what`` as desk/ marks it); all done when ``what`` is empty."""
        self.bar.setRange(0, steps)
        self.bar.setValue(done)
        self.step.setText(desk_text(what) + "…" if what else QCoreApplication.translate("ProgressRow", "Done"))
