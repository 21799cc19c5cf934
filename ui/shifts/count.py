"""Counting a drawer: by notes and coins (a grid of the hotel currency's
denominations with a live total) or as one total."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSizePolicy,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desk.shifts.cash import MAX_PIECES
from ui.frontdesk.models import money

MAX_ROWS = 5  # then another column: the grid stays short enough for a dialog


def face_text(face: str) -> str:
    """'100' -> '100', '0.5' -> '0.50': notes as whole numbers, coins with cents."""
    value = Decimal(face)
    return f"{value:,.0f}" if value >= 1 and value == value.to_integral_value() else f"{value:.2f}"


def amount(amount: Decimal, currency: str) -> str:
    """Money as the tab shows it: two decimals and the hotel's currency."""
    return f"{money(amount)} {currency}"


def parse_amount(text: str) -> Decimal | None:
    """What a typed amount comes to, for the live figures (desk checks it properly)."""
    try:
        value = Decimal(text.replace(",", "").strip())
    except (InvalidOperation, ValueError):
        return None
    return value.quantize(Decimal("0.01")) if value.is_finite() else None


class CashCount(QWidget):
    """A drawer count. ``values()`` gives (total as typed, None) or (None, pieces)
    for the desk services; ``total`` is what it comes to now (None: not a number)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, currency: str, denominations: Sequence[str],
                 pieces: Mapping[str, int] | None = None, total: Decimal | None = None) -> None:
        super().__init__(parent)
        self._currency = currency
        self._faces = list(denominations)
        self._setup_ui()
        if pieces:
            self.set_pieces(pieces)
        elif total is not None:
            self.set_total(total)
        self._update()

    def _setup_ui(self) -> None:
        self.by_pieces = QRadioButton(self.tr("Notes and coins"))
        self.by_pieces.setObjectName("count_by_pieces")
        self.as_total = QRadioButton(self.tr("As a total"))
        self.as_total.setObjectName("count_as_total")
        group = QButtonGroup(self)
        group.addButton(self.by_pieces)
        group.addButton(self.as_total)
        modes = QHBoxLayout()
        modes.setContentsMargins(0, 0, 0, 0)
        modes.addWidget(self.by_pieces)
        modes.addWidget(self.as_total)
        modes.addStretch(1)

        grid_page = QWidget()
        grid = QGridLayout(grid_page)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(4)
        self.spins: dict[str, QSpinBox] = {}
        self._amounts: dict[str, QLabel] = {}
        blocks = max(1, -(-len(self._faces) // MAX_ROWS))
        rows = max(1, -(-len(self._faces) // blocks))
        for index, face in enumerate(self._faces):
            row, block = index % rows, index // rows
            name = QLabel(f"{face_text(face)} ×")
            name.setObjectName("Hint")
            spin = QSpinBox()
            spin.setObjectName(f"pieces_{face}")
            spin.setRange(0, MAX_PIECES)
            spin.setMinimumWidth(72)
            spin.setMaximumWidth(110)
            spin.setAccelerated(True)
            spin.valueChanged.connect(self._update)
            line = QLabel()
            line.setMinimumWidth(70)
            name.setBuddy(spin)
            self.spins[face], self._amounts[face] = spin, line
            column = block * 4
            grid.addWidget(name, row, column)
            grid.addWidget(spin, row, column + 1)
            grid.addWidget(line, row, column + 2)
            if block:
                grid.setColumnMinimumWidth(column - 1, 12)
        grid.setColumnStretch(grid.columnCount(), 1)

        total_page = QWidget()
        total_column = QVBoxLayout(total_page)
        total_column.setContentsMargins(0, 0, 0, 0)
        total_row = QHBoxLayout()
        total_column.addLayout(total_row)
        total_column.addStretch(1)
        self.total_edit = QLineEdit()
        self.total_edit.setObjectName("count_total")
        self.total_edit.setMaxLength(14)
        self.total_edit.setMaximumWidth(160)
        self.total_edit.setPlaceholderText("0.00")
        self.total_edit.textChanged.connect(self._update)
        total_row.addWidget(self.total_edit)
        total_row.addWidget(QLabel(self._currency))
        total_row.addStretch(1)

        self.pages = QStackedWidget()
        self.pages.addWidget(grid_page)
        self.pages.addWidget(total_page)
        self.total_label = QLabel()
        self.total_label.setObjectName("CountTotal")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(modes)
        layout.addWidget(self.pages)
        layout.addWidget(self.total_label)

        if not self._faces:  # a currency Desk has no notes for: counted as a total
            self.by_pieces.hide()
            self.as_total.hide()
        (self.by_pieces if self._faces else self.as_total).setChecked(True)
        self.by_pieces.toggled.connect(self._mode_changed)
        self._mode_changed()

    # -- values -----------------------------------------------------------------
    @property
    def counting_pieces(self) -> bool:
        return self.by_pieces.isChecked() and bool(self._faces)

    def pieces(self) -> dict[str, int]:
        return {face: spin.value() for face, spin in self.spins.items() if spin.value()}

    @property
    def total(self) -> Decimal | None:
        if self.counting_pieces:
            return sum((Decimal(face) * n for face, n in self.pieces().items()), Decimal("0.00"))
        return parse_amount(self.total_edit.text())

    def values(self) -> tuple[str | None, dict[str, int] | None]:
        """(total, pieces) as the desk services take them."""
        if self.counting_pieces:
            return None, self.pieces()
        return self.total_edit.text(), None

    def set_pieces(self, pieces: Mapping[str, int]) -> None:
        self.by_pieces.setChecked(True)
        for face, spin in self.spins.items():
            spin.setValue(int(pieces.get(face, 0)))

    def set_total(self, total: Decimal) -> None:
        self.as_total.setChecked(True)
        self.total_edit.setText(f"{total:.2f}")

    # -- live figures ---------------------------------------------------------------
    def _mode_changed(self, *_args: object) -> None:
        current = 0 if self.counting_pieces else 1
        self.pages.setCurrentIndex(current)
        for index in range(self.pages.count()):  # as tall as the page shown, not the tallest
            ignored = QSizePolicy.Policy.Ignored if index != current else QSizePolicy.Policy.Preferred
            self.pages.widget(index).setSizePolicy(QSizePolicy.Policy.Preferred, ignored)
        self.pages.adjustSize()
        if self.counting_pieces:
            first = next(iter(self.spins.values()), None)
            if first is not None:
                first.setFocus()
        else:
            if not self.total_edit.text() and self.pieces():
                self.total_edit.setText(f"{self.total:.2f}")
            self.total_edit.setFocus()
        self._update()

    def _update(self, *_args: object) -> None:
        for face, spin in self.spins.items():
            value = Decimal(face) * spin.value()
            self._amounts[face].setText(money(value) if spin.value() else "")
        total = self.total
        self.total_label.setText(self.tr("Counted: {amount}").format(
            amount=amount(total, self._currency) if total is not None else "—"))
        self.changed.emit()
