"""Small widgets shared by the tabs."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QLineEdit, QTableView, QToolButton, QWidget


class MessageBar(QWidget):
    """A line above a tab's content: what just happened, or why it was refused.

    Refusals stay until closed or replaced; confirmations fade after a while.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("MessageBar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.label = QLabel()
        self.label.setObjectName("MessageText")
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        close = QToolButton()
        close.setText("×")
        close.setAutoRaise(True)
        close.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(close)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.hide)
        self.hide()

    def show_error(self, text: str) -> None:
        self._show(text, "error")

    def show_info(self, text: str) -> None:
        self._show(text, "info")
        self._timer.start(6000)

    def _show(self, text: str, kind: str) -> None:
        self._timer.stop()
        self.setProperty("kind", kind)
        self.style().unpolish(self)
        self.style().polish(self)
        self.label.setText(text)
        self.show()

    @property
    def kind(self) -> str:
        return str(self.property("kind") or "")


def make_table(model: object, parent: QWidget | None = None) -> QTableView:
    """A read-only, row-selecting table view with sensible defaults."""
    view = QTableView(parent)
    view.setModel(model)  # type: ignore[arg-type]
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    view.setWordWrap(False)
    return view


class GuestFields:
    """The guest's name, phone and "returning guest" line, as every form that
    takes them shows them (booking, check-in)."""

    def __init__(self) -> None:
        self.name = QLineEdit()
        self.name.setObjectName("guest_name")
        self.name.setMaxLength(80)
        self.name.setPlaceholderText(QCoreApplication.translate("GuestFields", "as on the ID"))
        self.phone = QLineEdit()
        self.phone.setObjectName("phone")
        self.phone.setMaxLength(30)
        self.phone.setPlaceholderText("138 1234 5678")
        self.returning = QLabel()
        self.returning.setObjectName("ReturningGuest")
        self.returning.setWordWrap(True)
        self.returning.hide()


def fill_facts(grid: QGridLayout, facts: list[tuple[str, str, str]]) -> dict[str, QLabel]:
    """Replace ``grid``'s contents with (key, title, value) facts in two columns,
    the first half on the left; returns the value labels by key."""
    while grid.count():
        item = grid.takeAt(0)
        if item is not None and item.widget() is not None:
            item.widget().hide()  # gone from the screen now, deleted at the next turn of the event loop
            item.widget().deleteLater()
    labels: dict[str, QLabel] = {}
    half = (len(facts) + 1) // 2
    for i, (key, title, value) in enumerate(facts):
        row, column = (i, 0) if i < half else (i - half, 2)
        name = QLabel(title)
        name.setObjectName("Hint")
        label = QLabel(value)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        labels[key] = label
        grid.addWidget(name, row, column, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(label, row, column + 1, Qt.AlignmentFlag.AlignTop)
    return labels
