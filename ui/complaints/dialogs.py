"""The dialogs of handling a complaint: the handler, an action, resolving,
the follow-up call, closing, compensation and the manager's decision on it,
the written report, and reasons (reopen, mark major).

Like the Front desk's, each takes its inputs in the constructor and a
``submit`` callback: OK runs the one operation; a refusal shows inside the
dialog, which stays open with everything typed.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import datetime
from decimal import Decimal

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QWidget,
)

from desk.complaints.names import COMPENSATION_TYPE_NAMES
from desk.complaints.queries import CompensationRow, ComplaintRow, StaffRow
from desk.models import CompensationType
from desk.permissions import ROLE_NAMES
from ui.complaints.common import hint, line_edit, moment_edit, moment_of, text_edit, when
from ui.frontdesk.dialogs import ActionDialog, Submit, amount_edit
from ui.frontdesk.models import money
from ui.i18n import desk_text


def _about(row: ComplaintRow) -> str:
    room = f" · {row.room_number}" if row.room_number else ""
    return f"{row.number}{room} · {row.summary}"


class AssignDialog(ActionDialog):
    """Who handles it. Everyone who may handle complaints is offered; desk
    refuses one the complaint is about, and says why."""

    def __init__(self, parent: QWidget | None = None, *, row: ComplaintRow, staff: Sequence[StaffRow],
                 concerned: Collection[int], submit: Submit) -> None:
        super().__init__(parent, title=self.tr("Assign a handler"), ok_text=self.tr("Assign"), submit=submit,
                         explanation=_about(row))
        self.handler = QComboBox()
        self.handler.setObjectName("handler")
        for person in staff:
            if not person.may_handle:
                continue
            text = f"{person.name} · {desk_text(ROLE_NAMES[person.role])}"
            if person.user_id in concerned:
                text = self.tr("{person} (the complaint is about them)").format(person=text)
            self.handler.addItem(text, person.user_id)
        if row.handler_id is not None:
            self.handler.setCurrentIndex(max(0, self.handler.findData(row.handler_id)))
        self.form.addRow(self.tr("Handler"), self.handler)
        self._finish()

    @property
    def handler_id(self) -> int:
        return int(self.handler.currentData())


class ActionEntryDialog(ActionDialog):
    """A line of the log: what was done, what was promised, when the guest was told."""

    def __init__(self, parent: QWidget | None = None, *, row: ComplaintRow, timezone: str, submit: Submit) -> None:
        super().__init__(parent, title=self.tr("Add an action"), ok_text=self.tr("Add to the log"), submit=submit,
                         explanation=_about(row))
        self.setMinimumWidth(540)
        self._timezone = timezone
        self.text = text_edit("text", self.tr("What was done or said"), 80)
        self.promise = line_edit("promise", 300, self.tr("e.g. the manager calls back by 18:00"))
        self.told = QCheckBox(self.tr("The guest was told at"))
        self.told.setObjectName("guest_told")
        self.told_at = moment_edit("guest_told_at", timezone)
        self.told_at.setEnabled(False)
        told = QHBoxLayout()
        told.addWidget(self.told)
        told.addWidget(self.told_at, 1)
        self.form.addRow(self.tr("What was done"), self.text)
        self.form.addRow(self.tr("Promised"), self.promise)
        self.form.addRow("", told)
        self.form.addRow("", hint(self.tr("The first time the guest is told is the complaint's first reply.")))
        self._finish()
        self.told.toggled.connect(self.told_at.setEnabled)
        self.text.setFocus()

    @property
    def guest_told_at(self) -> datetime | None:
        return moment_of(self.told_at, self._timezone) if self.told.isChecked() else None


class TextDialog(ActionDialog):
    """One text to give: a resolution, a report, a reason, a note."""

    def __init__(self, parent: QWidget | None = None, *, title: str, explanation: str, ok_text: str, label: str,
                 submit: Submit, placeholder: str = "", lines: int = 1, name: str = "text") -> None:
        super().__init__(parent, title=title, explanation=explanation, ok_text=ok_text, submit=submit)
        self.setMinimumWidth(600 if lines > 3 else 500)
        self.editor: QPlainTextEdit | QLineEdit
        if lines > 1:
            self.editor = text_edit(name, placeholder, 22 * lines)
            self.editor.setMaximumHeight(16777215)
        else:
            self.editor = line_edit(name, 300, placeholder)
        self.form.addRow(label, self.editor)
        self._finish()
        self.editor.setFocus()

    @property
    def text(self) -> str:
        editor = self.editor
        return editor.toPlainText() if isinstance(editor, QPlainTextEdit) else editor.text()


class FollowUpDialog(ActionDialog):
    """The call after resolution: reached, with a score from 1 to 5, or not reached and why."""

    def __init__(self, parent: QWidget | None = None, *, row: ComplaintRow, submit: Submit) -> None:
        phone = f" · {row.phone}" if row.phone else ""
        super().__init__(parent, title=self.tr("Follow-up call"), ok_text=self.tr("Record the call"), submit=submit,
                         explanation=self.tr("{complaint}\nCall {who}{phone}.").format(
                             complaint=_about(row), who=row.complainant or self.tr("the guest"), phone=phone))
        self.setMinimumWidth(540)
        self.reached = QRadioButton(self.tr("Reached the guest"))
        self.reached.setObjectName("reached")
        self.reached.setChecked(True)
        self.not_reached = QRadioButton(self.tr("Could not reach the guest"))
        self.not_reached.setObjectName("not_reached")
        outcome = QHBoxLayout()
        outcome.addWidget(self.reached)
        outcome.addWidget(self.not_reached)
        outcome.addStretch(1)
        self.scores = QButtonGroup(self)
        scale = QHBoxLayout()
        labels = {1: self.tr("1 very unhappy"), 2: "2", 3: "3", 4: "4", 5: self.tr("5 very happy")}
        for score, text in labels.items():
            button = QRadioButton(text)
            button.setObjectName(f"score_{score}")
            self.scores.addButton(button, score)
            scale.addWidget(button)
        scale.addStretch(1)
        self.words = text_edit("words", self.tr("What the guest said"), 60)
        self.scale_hint = hint(self.tr("A score of 1 or 2 reopens the complaint."))
        self.form.addRow(self.tr("Call"), outcome)
        self.form.addRow(self.tr("Satisfaction"), scale)
        self.form.addRow("", self.scale_hint)
        self.form.addRow(self.tr("Words"), self.words)
        self._finish()
        self.reached.toggled.connect(self._reached_toggled)

    def _reached_toggled(self, reached: bool) -> None:
        for button in self.scores.buttons():
            button.setEnabled(reached)
        self.words.setPlaceholderText(self.tr("What the guest said") if reached else
                                      self.tr("Why not: no answer, wrong number, asked not to be called..."))

    @property
    def satisfaction(self) -> int | None:
        score = self.scores.checkedId()
        return score if self.reached.isChecked() and score > 0 else None


class CompensationDialog(ActionDialog):
    """What the hotel gives: within the clerk's limit at once, above it after a manager's approval."""

    def __init__(self, parent: QWidget | None = None, *, row: ComplaintRow, limit: Decimal, manager: bool,
                 linked_stay: bool, submit: Submit) -> None:
        given = row.compensation_granted + row.compensation_waiting
        lines = [_about(row)]
        if not manager:
            lines.append(self.tr("A clerk grants up to {limit} per complaint ({given} granted or waiting now); "
                                 "above that it waits for a manager's approval.").format(
                limit=money(limit), given=money(given)))
        lines.append(self.tr("A discount, refund or free night is credited to the guest's folio.") if linked_stay
                     else self.tr("The complaint is linked to no stay in house: money is given by other means."))
        super().__init__(parent, title=self.tr("Compensation"), ok_text=self.tr("Grant"), submit=submit,
                         explanation="\n".join(lines))
        self.type = QComboBox()
        self.type.setObjectName("compensation_type")
        for kind in CompensationType:
            self.type.addItem(desk_text(COMPENSATION_TYPE_NAMES[kind]), kind)
        self.amount = amount_edit()
        self.description = line_edit("description", 150, self.tr("e.g. one night at the Deluxe rate"))
        self.form.addRow(self.tr("Kind"), self.type)
        self.form.addRow(self.tr("Amount"), self.amount)
        self.form.addRow(self.tr("What is given"), self.description)
        self._finish()
        self.amount.setFocus()

    @property
    def kind(self) -> CompensationType:
        return CompensationType(self.type.currentData())


def compensation_line(item: CompensationRow, timezone: str) -> str:
    """A compensation waiting for a decision, in one line."""
    what = f" ({item.description})" if item.description else ""
    return f"{desk_text(COMPENSATION_TYPE_NAMES[item.kind])} {money(item.amount)}{what} · {item.requested_by}, " \
           f"{when(item.requested_at, timezone)}"
