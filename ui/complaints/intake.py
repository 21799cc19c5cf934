"""Logging a complaint in under a minute: who, about what and whom, what
happened and what the guest wants. The room or the guest in house is picked
from a list (type a room number or a name to find it); nothing is typed as
an id. Keyboard first: Tab moves on, Enter (Ctrl+Enter in a text box) logs."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLayout,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk.complaints.deadlines import ESCALATED_LEVELS, ON_THE_SPOT
from desk.complaints.intake import ComplaintInput
from desk.complaints.names import CATEGORY_NAMES, CHANNEL_NAMES, LEVEL_NAMES
from desk.complaints.queries import StaffRow
from desk.frontdesk.queries import InHouseRow
from desk.models import Category, Channel, Level
from desk.permissions import ROLE_NAMES
from desk.rooms.lookup import natural_key
from ui.complaints.common import hint, line_edit, moment_edit, moment_of, text_edit
from ui.frontdesk.dialogs import ActionDialog, Submit, amount_edit
from ui.i18n import desk_text
from ui.widgets import GuestFields


@dataclass(frozen=True, slots=True)
class Concern:
    """What the complaint is about, as picked: a guest's stay, or a room."""

    stay_id: int | None
    room_id: int
    guest_name: str


def staff_list(staff: Sequence[StaffRow], checked: Sequence[int] = ()) -> QListWidget:
    """Staff to tick (Space ticks the current one)."""
    widget = QListWidget()
    widget.setObjectName("staff")
    for row in staff:
        item = QListWidgetItem(f"{row.name} · {desk_text(ROLE_NAMES[row.role])}")
        item.setData(Qt.ItemDataRole.UserRole, row.user_id)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if row.user_id in checked else Qt.CheckState.Unchecked)
        widget.addItem(item)
    widget.setSpacing(1)
    rows = min(max(len(staff), 2), 4)
    row_height = (widget.sizeHintForRow(0) if staff else widget.fontMetrics().height() + 4) + 2
    widget.setFixedHeight(rows * row_height + 2 * widget.frameWidth() + 2)
    return widget


def with_hint(field: QWidget | QLayout, below: QLabel) -> QWidget:
    """A field with its explanation just below it."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    if isinstance(field, QLayout):
        layout.addLayout(field)
    else:
        layout.addWidget(field)
    layout.addWidget(below)
    return box


def ticked(widget: QListWidget) -> tuple[int, ...]:
    return tuple(int(widget.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(widget.count())
                 if widget.item(i).checkState() == Qt.CheckState.Checked)


class LogComplaintDialog(ActionDialog):
    """OK logs the complaint (``submit``); desk checks every field and explains."""

    def __init__(self, parent: QWidget | None = None, *, timezone: str, guests: Sequence[InHouseRow],
                 rooms: Sequence[tuple[int, str]], staff: Sequence[StaffRow], clerk_limit: Decimal,
                 phone_of: Callable[[int], str], submit: Submit) -> None:
        super().__init__(parent, title=self.tr("Log a complaint"), ok_text=self.tr("Log complaint"), submit=submit,
                         explanation="")
        self.setMinimumWidth(620)
        self._timezone = timezone
        self._clerk_limit = clerk_limit
        self._phone_of = phone_of
        self._filled_from: Concern | None = None  # the stay whose guest filled in name and phone
        self.received = moment_edit("received_at", timezone)
        self._received_default = self.received.dateTime()
        self.channel = QComboBox()
        self.channel.setObjectName("channel")
        for channel in Channel:
            self.channel.addItem(desk_text(CHANNEL_NAMES[channel]), channel)
        self.concern = QComboBox()
        self.concern.setObjectName("concern")
        self.concern.setEditable(True)
        self.concern.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.concern.setMaxVisibleItems(20)
        self.concern.lineEdit().setPlaceholderText(self.tr("room number or guest's name; empty for none"))
        self._concerns: dict[str, Concern] = {}
        self._fill_concerns(guests, rooms)
        completer = QCompleter(list(self._concerns), self.concern)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.concern.setCompleter(completer)
        self.concern_hint = hint()
        guest = GuestFields()
        self.name, self.phone = guest.name, guest.phone
        self.name.setObjectName("complainant_name")
        self.name.setPlaceholderText(self.tr("the complainant's name"))
        self.anonymous = QCheckBox(self.tr("Anonymous"))
        self.anonymous.setObjectName("anonymous")
        self.anonymous.setToolTip(self.tr("The complainant gives no name; a phone for a call back is optional."))
        self.category = QComboBox()
        self.category.setObjectName("category")
        for category in Category:
            self.category.addItem(desk_text(CATEGORY_NAMES[category]), category)
        self.level = QComboBox()
        self.level.setObjectName("level")
        for level in Level:
            self.level.addItem(desk_text(LEVEL_NAMES[level]), level)
        self.level.setCurrentIndex(self.level.findData(Level.COMPLAINT))
        self.level_hint = hint()
        self.staff = staff_list(staff)
        self.staff.setToolTip(self.tr("Tick the staff the complaint is about (Space ticks): none of them may "
                                      "handle it."))
        self.facts = text_edit("facts", self.tr("What happened, as the guest tells it"), 80)
        self.request = line_edit("request", 500, self.tr("e.g. another room, a refund, an apology"))
        self.media_or_legal = QCheckBox(self.tr("Threatens the press, social media or a lawsuit"))
        self.media_or_legal.setObjectName("media_or_legal")
        self.claimed = amount_edit("compensation_claimed")
        self.claimed.setPlaceholderText(self.tr("amount, if the guest names one"))
        self.major_hint = hint()
        self.resolution = line_edit("resolution", 500, self.tr("what was done, if it is settled on the spot"))

        who = QHBoxLayout()
        who.addWidget(self.name, 3)
        who.addWidget(self.phone, 2)
        who.addWidget(self.anonymous)
        kind = QHBoxLayout()
        kind.addWidget(self.category, 1)
        kind.addWidget(self.level, 1)
        when = QHBoxLayout()
        when.addWidget(self.received, 1)
        when.addWidget(self.channel, 1)
        self.form.addRow(self.tr("Received, by"), when)
        self.form.addRow(self.tr("Room or guest"), with_hint(self.concern, self.concern_hint))
        self.form.addRow(self.tr("Complainant"), who)
        self.form.addRow(self.tr("Category, level"), with_hint(kind, self.level_hint))
        self.form.addRow(self.tr("Staff it is about"), self.staff)
        self.form.addRow(self.tr("What happened"), self.facts)
        self.form.addRow(self.tr("The guest asks for"), self.request)
        self.form.addRow(self.tr("Compensation claimed"), self.claimed)
        self.form.addRow("", with_hint(self.media_or_legal, self.major_hint))
        self.form.addRow(self.tr("Settled on the spot"), self.resolution)
        self._finish()
        order = [self.received, self.channel, self.concern, self.name, self.phone, self.anonymous, self.category,
                 self.level, self.staff, self.facts, self.request, self.claimed, self.media_or_legal,
                 self.resolution, self.ok_button]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.accept)
        QShortcut(QKeySequence("Ctrl+Enter"), self, self.accept)

        self.concern.currentTextChanged.connect(self._concern_changed)
        completer.activated.connect(self._concern_changed)
        self.anonymous.toggled.connect(self._anonymous_toggled)
        self.level.currentIndexChanged.connect(self._describe)
        self.media_or_legal.toggled.connect(self._describe)
        self.claimed.textChanged.connect(self._describe)
        self._concern_changed(self.concern.currentText())
        self._describe()
        self.concern.setFocus()

    def _fill_concerns(self, guests: Sequence[InHouseRow], rooms: Sequence[tuple[int, str]]) -> None:
        self.concern.addItem("")
        entries: list[tuple[tuple[int, str], str, Concern]] = []
        occupied = set()
        for stay in guests:
            occupied.add(stay.room_id)
            entries.append((natural_key(stay.room_number), f"{stay.room_number} · {stay.guest_name}",
                            Concern(stay.stay_id, stay.room_id, stay.guest_name)))
        for room_id, number in rooms:
            if room_id not in occupied:
                entries.append((natural_key(number), self.tr("{room} · no guest in house").format(room=number),
                                Concern(None, room_id, "")))
        for _key, text, concern in sorted(entries, key=lambda entry: entry[0]):
            self._concerns[text] = concern
            self.concern.addItem(text)

    # -- reacting ---------------------------------------------------------------------
    @property
    def concern_value(self) -> Concern | None:
        """The picked stay or room; None when nothing (or nothing listed) is typed."""
        return self._concerns.get(self.concern.currentText().strip())

    def _concern_changed(self, _text: object = None) -> None:
        text = self.concern.currentText().strip()
        concern = self.concern_value
        if not text:
            self.concern_hint.setText(self.tr("Not about a room or a guest in house."))
        elif concern is None:
            self.concern_hint.setText(self.tr("Choose from the list: type a room number or a guest's name."))
        elif concern.stay_id is not None:
            self.concern_hint.setText(self.tr("Linked to {guest}'s stay: money off the bill goes to their folio.")
                                      .format(guest=concern.guest_name))
            self._fill_in_guest(concern)
        else:
            self.concern_hint.setText(self.tr("Linked to the room only."))

    def _fill_in_guest(self, concern: Concern) -> None:
        """The guest in the room is usually the one complaining: their name and phone, unless typed already."""
        assert concern.stay_id is not None
        previous = self._filled_from
        untouched = previous is not None and self.name.text() == previous.guest_name
        if self.anonymous.isChecked() or not (untouched or not self.name.text().strip()):
            return
        self.name.setText(concern.guest_name)
        self.phone.setText(self._phone_of(concern.stay_id))
        self._filled_from = concern

    def _anonymous_toggled(self, anonymous: bool) -> None:
        if anonymous:
            self.name.clear()
        self.name.setEnabled(not anonymous)
        self.phone.setPlaceholderText(self.tr("optional, for a call back") if anonymous else "138 1234 5678")

    def _claim(self) -> Decimal | None:
        try:
            return Decimal(self.claimed.text().replace(",", "").strip())
        except (InvalidOperation, ValueError):
            return None

    def _describe(self, *_args: object) -> None:
        level = Level(self.level.currentData())
        if level in ON_THE_SPOT:
            text = self.tr("Handled on the spot by you: due by the end of this shift.")
        elif level in ESCALATED_LEVELS:
            text = self.tr("Goes to the manager at once; first reply within 24 hours, due in 7 working days.")
        else:
            text = self.tr("First reply within 24 hours; due in 3 working days.")
        self.level_hint.setText(text)
        self.resolution.setEnabled(level in ON_THE_SPOT)
        claim = self._claim()
        major = self.media_or_legal.isChecked() or (claim is not None and claim > self._clerk_limit)
        self.major_hint.setText(self.tr("This makes it a major complaint: the manager is alerted and a written "
                                        "report is due within 24 hours.") if major else
                                self.tr("A claim above {limit} makes it a major complaint.").format(
                                    limit=f"{self._clerk_limit:,.2f}"))
        self.major_hint.setProperty("kind", "error" if major else "")
        self.major_hint.style().unpolish(self.major_hint)
        self.major_hint.style().polish(self.major_hint)

    # -- the result -------------------------------------------------------------------
    @property
    def details(self) -> ComplaintInput:
        concern = self.concern_value
        received = None if self.received.dateTime() == self._received_default else \
            moment_of(self.received, self._timezone)
        return ComplaintInput(
            channel=Channel(self.channel.currentData()), category=Category(self.category.currentData()),
            level=Level(self.level.currentData()), facts=self.facts.toPlainText(),
            complainant_name=self.name.text(), complainant_phone=self.phone.text(),
            anonymous=self.anonymous.isChecked(), received_at=received,
            room_id=concern.room_id if concern else None, stay_id=concern.stay_id if concern else None,
            staff_ids=ticked(self.staff), request=self.request.text(), media_or_legal=self.media_or_legal.isChecked(),
            compensation_claimed=self.claimed.text().strip() or None,
        )

    @property
    def resolution_text(self) -> str:
        return self.resolution.text() if self.resolution.isEnabled() else ""

    def accept(self) -> None:
        if self.concern.currentText().strip() and self.concern_value is None:
            self.show_error(self.tr("Choose the room or the guest from the list, or leave it empty."))
            self.concern.setFocus()
            return
        super().accept()
