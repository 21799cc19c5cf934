"""Handing the shift over: the summary Desk assembled, the cash counted against
what is expected, the float left for the next clerk, the notes, and the open
items carried forward (major incidents always are)."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desk.shifts.summary import Item, Summary
from ui.frontdesk.dialogs import ActionDialog, Submit
from ui.shifts.count import CashCount, amount, parse_amount
from ui.shifts.dialogs import hint, plain, text_edit
from ui.shifts.sheet import GREY, RED, SheetWriter, over_short, paint, when
from ui.table import Column, Index, RowTableModel
from ui.widgets import make_table


class CarryModel(RowTableModel[Item]):
    """Open items with a check box to carry them forward; major incidents are checked and locked."""

    def set_items(self, items: Sequence[Item]) -> None:
        self.set_rows(items, checked=set(range(len(items))))

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and self.row(index.row()).major:
            flags &= ~Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if index.isValid() and self.row(index.row()).major:
            return False  # carried until its report is in
        return super().setData(index, value, role)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < self.rowCount()):
            return None
        item = self.row(index.row())
        if role == Qt.ItemDataRole.FontRole and item.major:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and (item.major or item.overdue):
            return QBrush(QColor(RED))
        return super().data(index, role)

    def carried(self) -> list[tuple[str, int]]:
        return [(item.kind, item.id) for row, item in enumerate(self.rows()) if self.is_checked(row)]


class HandOverDialog(ActionDialog):
    """The outgoing clerk's side of the handover; OK hands over (``submit``)."""

    def __init__(self, parent: QWidget | None = None, *, summary: Summary, currency: str, timezone: str,
                 denominations: Sequence[str], submit: Submit) -> None:
        super().__init__(parent, title=self.tr("Hand over the shift"), ok_text=self.tr("Hand over"), submit=submit,
                         explanation=self.tr("{clerk}'s shift at {workstation}, opened {opened}. Count the drawer, "
                                             "leave the float, write what the next clerk must know and choose what "
                                             "to carry forward. The shift closes when the incoming clerk accepts.")
                         .format(clerk=summary.clerk, workstation=summary.workstation,
                                 opened=when(summary.opened_at, timezone)))
        self.summary = summary
        self._currency = currency
        self.writer = SheetWriter(self, currency=currency, timezone=timezone)
        self.resize(1220, 720)
        self._setup_ui(denominations)
        self._update_cash()

    def _setup_ui(self, denominations: Sequence[str]) -> None:
        s = self.summary
        self.summary_view = QTextBrowser()
        self.summary_view.setObjectName("HandoverSummary")
        self.summary_view.setHtml(self.writer.summary_page(s))
        summary_box = QGroupBox(self.tr("What Desk assembled"))
        summary_box.setObjectName("FormBox")
        QVBoxLayout(summary_box).addWidget(self.summary_view)

        # The cash: float + received - paid out = expected, against the count.
        self.count = CashCount(self, currency=self._currency, denominations=denominations)
        figures = QGridLayout()
        figures.setHorizontalSpacing(12)
        figures.setVerticalSpacing(2)
        self.counted_label, self.difference_label, self.drop_label = QLabel(), QLabel(), QLabel()
        self.difference_label.setObjectName("CashDifference")
        rows = [(self.tr("Float at the start"), amount(s.opening_float, self._currency)),
                (self.tr("+ Cash received"), amount(s.cash_received, self._currency)),
                (self.tr("− Cash paid out"), amount(s.cash_paid_out, self._currency)),
                (self.tr("= Cash expected"), amount(s.expected_cash, self._currency))]
        for row, (title, value) in enumerate(rows):
            label = QLabel(value)
            label.setAlignment(Qt.AlignmentFlag.AlignRight)
            if row == len(rows) - 1:
                label.setObjectName("ExpectedCash")
                label.setStyleSheet("font-weight: 600;")
            figures.addWidget(hint(title), row, 0)
            figures.addWidget(label, row, 1)
        self.counted_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        figures.addWidget(hint(self.tr("Cash counted")), len(rows), 0)
        figures.addWidget(self.counted_label, len(rows), 1)
        figures.addWidget(self.difference_label, len(rows) + 1, 0, 1, 2)
        figures.setColumnStretch(2, 1)
        self.float_edit = QLineEdit(f"{s.opening_float:.2f}")
        self.float_edit.setObjectName("float_handed_over")
        self.float_edit.setMaxLength(14)
        float_form = QFormLayout()
        float_form.addRow(self.tr("Float left for the next shift"), self.float_edit)
        float_form.addRow(self.tr("Cash to drop to the safe"), self.drop_label)
        cash_box = QGroupBox(self.tr("Cash"))
        cash_box.setObjectName("FormBox")
        cash_layout = QVBoxLayout(cash_box)
        cash_layout.addWidget(self.count)
        cash_layout.addSpacing(6)
        cash_layout.addLayout(figures)
        cash_layout.addSpacing(6)
        cash_layout.addLayout(float_form)

        # Notes and the items carried forward.
        self.notes = {
            "notes_equipment": text_edit("notes_equipment", self.tr("e.g. card terminal 2 slow to connect"), 40),
            "notes_issues": text_edit("notes_issues", self.tr("difficult guests, problems, any cash difference"), 40),
            "notes_staff": text_edit("notes_staff", self.tr("e.g. bellboy off sick, who covers"), 40),
            "notes_other": text_edit("notes_other", "", 40),
        }
        notes_box = QGroupBox(self.tr("Notes for the next shift"))
        notes_box.setObjectName("FormBox")
        notes_form = QFormLayout(notes_box)
        for key, title in (("notes_equipment", self.tr("Equipment")), ("notes_issues", self.tr("Difficult issues")),
                           ("notes_staff", self.tr("Staff changes")), ("notes_other", self.tr("Other"))):
            notes_form.addRow(title, self.notes[key])
        self.carry_model = CarryModel([
            Column(self.tr("Carry"), lambda i: ""),
            Column(self.tr("Kind"), self._kind_text),
            Column(self.tr("Open item"), lambda i: i.text, tooltip=lambda i: i.text),
        ], self, check_column=0)
        self.carry_model.set_items(s.items)
        self.carry_view = make_table(self.carry_model, self)
        self.carry_view.setObjectName("carry")
        self.carry_view.setWordWrap(True)  # the whole item, however long
        self.carry_view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.carry_view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        carry_box = QGroupBox(self.tr("Carry forward"))
        carry_box.setObjectName("FormBox")
        carry_layout = QVBoxLayout(carry_box)
        carry_layout.addWidget(hint(self.tr("Open items the next shift takes over. Major incidents are carried "
                                            "until their report is in.")))
        carry_layout.addWidget(self.carry_view, 1)

        middle = QVBoxLayout()
        middle.addWidget(cash_box)
        middle.addWidget(notes_box, 1)
        columns = QHBoxLayout()
        columns.addWidget(summary_box, 4)
        columns.addLayout(middle, 4)
        columns.addWidget(carry_box, 4)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addLayout(columns, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        self.count.changed.connect(self._update_cash)
        self.float_edit.textChanged.connect(self._update_cash)

    def _kind_text(self, item: Item) -> str:
        if item.kind == "complaint":
            return self.tr("Complaint")  # an overdue one says so in red
        if item.major:
            return self.tr("Major incident, report overdue") if item.overdue else self.tr("Major incident")
        return self.tr("Duty log")

    def _update_cash(self) -> None:
        counted = self.count.total
        expected = self.summary.expected_cash
        money = self._currency
        self.counted_label.setText(amount(counted, money) if counted is not None else "—")
        if counted is None:
            self.difference_label.setText(self.tr("Count the drawer"))
            paint(self.difference_label, GREY)
        else:
            words, colour = over_short(counted - expected, money)
            if counted != expected:
                words += " · " + self.tr("explain it under Difficult issues")
            self.difference_label.setText(words)
            paint(self.difference_label, colour)
        left = parse_amount(self.float_edit.text())
        drop = counted - left if counted is not None and left is not None else None
        self.drop_label.setText(amount(drop, money) if drop is not None else "—")
        paint(self.drop_label, RED if drop is not None and drop < 0 else "")

    @property
    def difference(self) -> Decimal | None:
        counted = self.count.total
        return counted - self.summary.expected_cash if counted is not None else None

    def values(self) -> dict[str, Any]:
        """The keyword arguments of desk.shifts.handover.hand_over."""
        total, pieces = self.count.values()
        values: dict[str, Any] = {"counted_total": total, "counted_pieces": pieces,
                                  "float_handed_over": self.float_edit.text(), "carry": self.carry_model.carried()}
        values.update({key: plain(edit) for key, edit in self.notes.items()})
        return values
