"""The hotel's rules, for a manager: holds, the clerks' limits, inspected rooms
for arrivals, and the data-safety settings (keeping period for guest data,
idle lock, days backups are kept); and the purge of guests past the keeping
period. Every change goes through desk.policies.update_policies, which
checks it and writes an audit entry per field; a refusal stays in the
dialog's message bar."""

from __future__ import annotations

from datetime import time
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QTime
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from desk import privacy
from desk.errors import DeskError
from desk.policies import Policies, policies, update_policies
from desk.settings import hotel_info
from ui.i18n import error_text
from ui.ops import Ops
from ui.widgets import MessageBar

DEFAULT_KEEPING_DAYS = 365  # offered when a manager switches the keeping period on
POLICY_KINDS = frozenset({"hotel"})  # the tabs and the idle lock re-read the hotel's settings
PURGE_KINDS = frozenset({"guest", "reservation", "stay", "complaint"})


def _amount(text: str) -> Decimal:
    """What was typed, as a number; anything else as NaN, which desk/ refuses with its message."""
    try:
        return Decimal(text.replace(",", "").strip())
    except (InvalidOperation, ValueError):
        return Decimal("NaN")


def _time_edit(name: str, value: time) -> QTimeEdit:
    edit = QTimeEdit(QTime(value.hour, value.minute))
    edit.setObjectName(name)
    edit.setDisplayFormat("HH:mm")
    return edit


class WrappingLabel(QLabel):
    """A word-wrapped hint that keeps the height its text needs at its width, so
    the dialog grows with a longer text instead of squeezing it."""

    def __init__(self, text: str = "") -> None:
        super().__init__(text)
        self.setObjectName("Hint")
        self.setWordWrap(True)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def setText(self, text: str) -> None:
        super().setText(text)
        self._fit()

    def _fit(self) -> None:
        height = self.heightForWidth(self.width())
        if height > 0 and height != self.minimumHeight():
            self.setMinimumHeight(height)


def _inline(*parts: QWidget | str) -> QWidget:
    """Widgets and words on one line, left-aligned."""
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    for part in parts:
        layout.addWidget(QLabel(part) if isinstance(part, str) else part)
    layout.addStretch(1)
    return row


class PoliciesDialog(QDialog):
    """The hotel's rules; Save (or Apply) runs update_policies; the purge works on the saved keeping period."""

    def __init__(self, parent: QWidget | None = None, *, ops: Ops) -> None:
        super().__init__(parent)
        self.ops = ops
        self.saved: Policies = ops.read(policies)
        self.currency = ops.read(hotel_info).currency
        self._labels: list[QLabel] = []
        self._setup_ui()
        self._show(self.saved)

    # -- building ------------------------------------------------------------------
    def _box(self, title: str) -> tuple[QGroupBox, QFormLayout]:
        box = QGroupBox(title)
        box.setObjectName("FormBox")
        form = QFormLayout(box)
        form.setContentsMargins(12, 14, 12, 10)
        form.setHorizontalSpacing(14)
        return box, form

    def _label(self, text: str) -> QLabel:
        label = QLabel(text)
        self._labels.append(label)
        return label

    def _setup_ui(self) -> None:
        self.setWindowTitle(self.tr("Hotel rules"))
        self.setMinimumWidth(660)
        self.message = MessageBar(self)
        intro = WrappingLabel(self.tr("These rules hold for every workstation of the hotel. Each change is written "
                                      "to the audit trail."))

        reservations, form = self._box(self.tr("Reservations"))
        self.hold_until = _time_edit("hold_until", time(18))
        self.hold_latest = _time_edit("hold_latest", time(22))
        form.addRow(self._label(self.tr("Hold non-guaranteed reservations until")), _inline(self.hold_until))
        form.addRow(self._label(self.tr("A manager may extend a hold to at most")), _inline(self.hold_latest))

        front, form = self._box(self.tr("Front desk"))
        self.inspected = QCheckBox(self.tr("Arrivals get inspected rooms only (clean is not enough)"))
        self.inspected.setObjectName("inspected")
        self.compensation = self._amount_edit("compensation")
        self.discount = self._amount_edit("discount")
        self.adjustment = self._amount_edit("adjustment")
        form.addRow(self.inspected)
        form.addRow(self._label(self.tr("A clerk may lower a room rate by up to")), _inline(self.discount, "%"))
        form.addRow(self._label(self.tr("A clerk may post discounts and reversals up to")),
                    _inline(self.adjustment, self.currency))
        form.addRow(self._label(self.tr("A clerk may grant compensation up to")),
                    _inline(self.compensation, self.currency))
        limits_hint = QLabel(self.tr("Above these limits a manager approves."))
        limits_hint.setObjectName("Hint")
        form.addRow("", limits_hint)

        safety, form = self._box(self.tr("Guest data and security"))
        self.keep_limited = QCheckBox(self.tr("Anonymise guests after"))
        self.keep_limited.setObjectName("keep_limited")
        self.keep_days = QSpinBox()
        self.keep_days.setObjectName("keep_days")
        self.keep_days.setRange(1, 36500)  # desk/ says why less than its minimum is refused
        self.keep_days.setValue(DEFAULT_KEEPING_DAYS)
        self.keep_hint = WrappingLabel()
        self.purge_button = QPushButton(self.tr("Anonymise old guests now…"))
        self.purge_button.setObjectName("button_purge")
        self.purge_button.setAutoDefault(False)
        self.idle_minutes = QSpinBox()
        self.idle_minutes.setObjectName("idle_minutes")
        self.idle_minutes.setRange(0, 240)
        self.idle_minutes.setSpecialValueText(self.tr("never"))
        self.backup_days = QSpinBox()
        self.backup_days.setObjectName("backup_days")
        self.backup_days.setRange(1, 3650)
        form.addRow(self._label(self.tr("Guest data")), _inline(self.keep_limited, self.keep_days,
                                                                self.tr("days without a stay or booking")))
        form.addRow(self.keep_hint)
        form.addRow(_inline(self.purge_button))
        form.addRow(self._label(self.tr("Lock an idle workstation after")),
                    _inline(self.idle_minutes, self.tr("minutes without a key or the mouse")))
        form.addRow(self._label(self.tr("Keep backups for")), _inline(self.backup_days, self.tr("days")))
        width = max(label.sizeHint().width() for label in self._labels)
        for label in self._labels:  # the fields of all three boxes in one column
            label.setMinimumWidth(width)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Apply
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Apply).setText(self.tr("Apply"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))

        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(intro)
        layout.addWidget(reservations)
        layout.addWidget(front)
        layout.addWidget(safety)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        self.keep_limited.toggled.connect(self._describe_keeping)
        self.keep_days.valueChanged.connect(self._describe_keeping)
        self.purge_button.clicked.connect(self.purge)
        self.buttons.accepted.connect(self._save_and_close)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Apply).clicked.connect(self.save)

    def _amount_edit(self, name: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setMaxLength(12)
        edit.setPlaceholderText("0.00")
        edit.setMaximumWidth(110)
        return edit

    def _show(self, rules: Policies) -> None:
        self.hold_until.setTime(QTime(rules.hold_until_time.hour, rules.hold_until_time.minute))
        self.hold_latest.setTime(QTime(rules.hold_extension_latest.hour, rules.hold_extension_latest.minute))
        self.inspected.setChecked(rules.arrivals_need_inspected)
        self.compensation.setText(f"{rules.clerk_compensation_limit:.2f}")
        self.discount.setText(f"{rules.clerk_rate_discount_limit.normalize():f}")
        self.adjustment.setText(f"{rules.clerk_adjustment_limit:.2f}")
        self.keep_limited.setChecked(rules.retention_days is not None)
        self.keep_days.setValue(rules.retention_days or DEFAULT_KEEPING_DAYS)
        self.idle_minutes.setValue(rules.idle_lock_minutes)
        self.backup_days.setValue(rules.backup_keep_days)
        self._describe_keeping()

    def _describe_keeping(self, *_args: object) -> None:
        limited = self.keep_limited.isChecked()
        self.keep_days.setEnabled(limited)
        if limited:
            text = self.tr("Nothing is deleted by itself. The button below anonymises every guest whose last stay "
                           "or booking ended more than {days} days before the business date: their name, phone, ID "
                           "number and nationality, the names of everyone in their rooms, and the names and phone "
                           "numbers on their bookings and complaints become “—”, and their booking notes are "
                           "emptied. Stays, bills, statistics and the audit trail stay, so every figure still adds "
                           "up. It cannot be undone.").format(days=self.keep_days.value())
        else:
            text = self.tr("Off: guests' personal data is kept for good. With a period set, a manager can "
                           "anonymise guests who have not stayed or booked for that long.")
        self.keep_hint.setText(text)

    # -- saving --------------------------------------------------------------------
    @property
    def retention_days(self) -> int | None:
        return self.keep_days.value() if self.keep_limited.isChecked() else None

    @property
    def rules(self) -> Policies:
        """The rules as the form shows them (not yet checked: desk/ does that)."""
        return Policies(
            hold_until_time=self.hold_until.time().toPython(),  # type: ignore[arg-type]
            hold_extension_latest=self.hold_latest.time().toPython(),  # type: ignore[arg-type]
            arrivals_need_inspected=self.inspected.isChecked(),
            clerk_compensation_limit=_amount(self.compensation.text()),
            clerk_rate_discount_limit=_amount(self.discount.text()),
            clerk_adjustment_limit=_amount(self.adjustment.text()),
            retention_days=self.retention_days,
            idle_lock_minutes=self.idle_minutes.value(),
            backup_keep_days=self.backup_days.value(),
        )

    def save(self) -> bool:
        """Save the form; True when saved (or nothing changed), else the refusal is shown."""
        new = self.rules
        if new == self.saved:
            self.message.show_info(self.tr("Nothing changed."))
            return True
        outcome = self.ops.run(update_policies, kinds=POLICY_KINDS, new=new)
        if not outcome:
            self.message.show_error(outcome.error)
            return False
        self.saved = self.ops.read(policies)
        self._show(self.saved)
        self.message.show_info(self.tr("Saved. Every workstation uses the new rules from now on."))
        return True

    def _save_and_close(self) -> None:
        if self.save():
            self.accept()

    # -- the purge -----------------------------------------------------------------
    def purge(self) -> int | None:
        """Show who the purge would anonymise, ask, then run it; how many were anonymised, or None."""
        if self.retention_days != self.saved.retention_days:
            self.message.show_error(self.tr("The purge works with the saved keeping period: apply your change "
                                            "first."))
            return None
        try:
            plan = self.ops.read(privacy.purge_plan)
        except DeskError as error:
            self.message.show_error(error_text(error))
            return None
        cutoff = plan.cutoff.isoformat()
        if not plan.guest_ids:
            self.message.show_info(self.tr("No guest's last stay or booking ended before {cutoff}: there is nobody "
                                           "to anonymise.").format(cutoff=cutoff))
            return 0
        answer = QMessageBox.question(
            self, self.tr("Anonymise old guests"),
            self.tr("Anonymise %n guest(s) whose last stay or booking ended before {cutoff}?\n\n"
                    "Their names, phone numbers, ID numbers and nationality become “—”, and so do the names of "
                    "everyone in their rooms and the names and phone numbers on their bookings and complaints. "
                    "Their stays, bills and the statistics stay as they are. This cannot be undone.", "",
                    len(plan.guest_ids)).format(cutoff=cutoff),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            self.message.show_info(self.tr("Nothing was anonymised."))
            return None
        outcome = self.ops.run(privacy.purge, kinds=PURGE_KINDS)
        if not outcome:
            self.message.show_error(outcome.error)
            return None
        count = int(outcome.value or 0)
        self.message.show_info(self.tr("%n guest(s) anonymised: last stay or booking before {cutoff}.", "",
                                       count).format(cutoff=cutoff))
        return count
