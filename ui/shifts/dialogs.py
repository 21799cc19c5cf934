"""The Shift handover tab's smaller dialogs: opening a shift with the float
counted, a duty-log entry, closing one, a major incident's report, and a
manager closing a shift nobody accepted.

Like the Front desk's dialogs, each takes its inputs in the constructor and a
``submit`` callback: OK runs the one operation; a refusal shows inside the
dialog, which stays open with everything typed.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QDateTime, QTime, QTimeZone
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from desk import clock, hoteltime
from desk.models import DutyCategory, ShiftState
from desk.shifts.duty import CATEGORY_NAMES, DutyRow
from desk.shifts.history import ShiftInfo
from desk.shifts.shifts import PreviousFloat
from ui.frontdesk.dialogs import ActionDialog, Submit
from ui.i18n import desk_text
from ui.shifts.count import CashCount, amount
from ui.shifts.sheet import over_short, paint, when


def plain(edit: QPlainTextEdit) -> str:
    """The typed text, line breaks kept (desk/ trims and checks it)."""
    return edit.toPlainText()


def text_edit(name: str, placeholder: str = "", height: int = 70) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setObjectName(name)
    edit.setTabChangesFocus(True)
    edit.setPlaceholderText(placeholder)
    edit.setMinimumHeight(height)
    return edit


def hint(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setObjectName("Hint")
    label.setWordWrap(True)
    return label


class OpenShiftDialog(ActionDialog):
    """Count the float into the drawer; it is compared with what the last shift here handed over."""

    def __init__(self, parent: QWidget | None = None, *, currency: str, timezone: str,
                 denominations: Sequence[str], previous: PreviousFloat | None, submit: Submit) -> None:
        if previous is not None:
            explanation = self.tr("The last shift at this workstation ({clerk}, closed {time}) handed over a float "
                                  "of {amount}. Count what is in the drawer.").format(
                clerk=previous.clerk, time=when(previous.closed_at, timezone),
                amount=amount(previous.amount, currency))
        else:
            explanation = self.tr("No shift has been handed over at this workstation yet. Count the float you "
                                  "put into the drawer.")
        super().__init__(parent, title=self.tr("Open a shift"), explanation=explanation,
                         ok_text=self.tr("Open shift"), submit=submit)
        self.setMinimumWidth(560)
        self._previous = previous
        self._currency = currency
        self.count = CashCount(self, currency=currency, denominations=denominations)
        self.difference = QLabel()
        self.difference.setObjectName("CashDifference")
        self.note = QLineEdit()
        self.note.setObjectName("note")
        self.note.setMaxLength(500)
        self.note.setPlaceholderText(self.tr("needed when the float differs from what was handed over"))
        self.form.addRow(self.tr("Float"), self.count)
        if previous is not None:
            self.form.addRow("", self.difference)
        self.form.addRow(self.tr("Note"), self.note)
        self._finish()
        self.count.changed.connect(self._compare)
        self._compare()

    def _compare(self) -> None:
        counted = self.count.total
        if self._previous is None or counted is None:
            self.difference.setText("")
            return
        words, colour = over_short(counted - self._previous.amount, self._currency)
        self.difference.setText(self.tr("Against the float handed over: {words}").format(words=words))
        paint(self.difference, colour)


def hotel_now(timezone: str) -> QDateTime:
    """The hotel's wall-clock time now, to the minute. Held as UTC so that the
    workstation's own time zone (and its daylight saving) plays no part."""
    moment = hoteltime.local(clock.now(), timezone)
    return QDateTime(QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute),
                     QTimeZone(QTimeZone.Initialization.UTC))


class DutyEntryDialog(ActionDialog):
    """A line of the duty log: when, what kind, what happened, which room, major or not."""

    def __init__(self, parent: QWidget | None = None, *, timezone: str, rooms: Sequence[tuple[int, str]],
                 submit: Submit) -> None:
        super().__init__(parent, title=self.tr("Duty log entry"), ok_text=self.tr("Log entry"), submit=submit,
                         explanation=self.tr("Equipment faults, incidents, guest requests and staff changes go "
                                             "into the shift's log and stay open until someone closes them."))
        self.setMinimumWidth(520)
        self._timezone = timezone
        self.time = QDateTimeEdit(hotel_now(timezone))
        self.time.setObjectName("occurred_at")
        self.time.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.time.setCalendarPopup(True)
        self.category = QComboBox()
        self.category.setObjectName("category")
        for category, name in CATEGORY_NAMES.items():
            self.category.addItem(desk_text(name), category)
        self.room = QComboBox()
        self.room.setObjectName("room")
        self.room.addItem(self.tr("no room"), None)
        for room_id, number in rooms:
            self.room.addItem(number, room_id)
        self.room.setMaxVisibleItems(20)
        self.text = text_edit("text", self.tr("What happened, what was done, who was told"), 90)
        self.major = QCheckBox(self.tr("Major incident: a written report is due by tomorrow"))
        self.major.setObjectName("major")
        self.form.addRow(self.tr("Time"), self.time)
        self.form.addRow(self.tr("Category"), self.category)
        self.form.addRow(self.tr("Room"), self.room)
        self.form.addRow(self.tr("What happened"), self.text)
        self.form.addRow("", self.major)
        self._finish()
        self.text.setFocus()

    @property
    def occurred_at(self) -> datetime:
        naive = self.time.dateTime().toPython()
        assert isinstance(naive, datetime)
        return naive.replace(second=0, microsecond=0, tzinfo=ZoneInfo(self._timezone))

    @property
    def category_value(self) -> DutyCategory:
        return DutyCategory(self.category.currentData())

    @property
    def room_id(self) -> int | None:
        value = self.room.currentData()
        return int(value) if value is not None else None


def _entry_line(row: DutyRow, timezone: str) -> str:
    room = f" · {row.room_number}" if row.room_number else ""
    return f"{when(row.occurred_at, timezone)} · {desk_text(CATEGORY_NAMES[row.category])}{room} · {row.clerk}"


class CloseEntryDialog(ActionDialog):
    """Close an open entry with what was done."""

    def __init__(self, parent: QWidget | None = None, *, row: DutyRow, timezone: str, submit: Submit) -> None:
        super().__init__(parent, title=self.tr("Close a duty-log entry"), ok_text=self.tr("Close entry"),
                         submit=submit, explanation=f"{_entry_line(row, timezone)}\n{row.text}")
        self.resolution = QLineEdit()
        self.resolution.setObjectName("resolution")
        self.resolution.setMaxLength(500)
        self.resolution.setPlaceholderText(self.tr("e.g. engineer replaced the card reader"))
        self.form.addRow(self.tr("What was done"), self.resolution)
        self._finish()


class ReportDialog(ActionDialog):
    """The written report of a major incident; attaching it closes the incident."""

    def __init__(self, parent: QWidget | None = None, *, row: DutyRow, timezone: str, submit: Submit) -> None:
        due = row.report_due.isoformat() if row.report_due else "—"
        super().__init__(parent, title=self.tr("Report on a major incident"), ok_text=self.tr("Attach report"),
                         submit=submit, explanation=self.tr("{entry}\n{text}\nReport due {due}. Attaching it "
                                                            "closes the incident.").format(
                             entry=_entry_line(row, timezone), text=row.text, due=due))
        self.setMinimumWidth(600)
        self.report = text_edit("report", self.tr("What happened, who attended, what was done, what follows"), 200)
        self.form.addRow(self.tr("Report"), self.report)
        self._finish()
        self.report.setFocus()


class OverrideDialog(ActionDialog):
    """A manager closes a shift nobody accepted: a reason, and the drawer's count
    when the shift was not handed over."""

    def __init__(self, parent: QWidget | None = None, *, info: ShiftInfo, currency: str,
                 denominations: Sequence[str], submit: Submit) -> None:
        counted = info.state is ShiftState.HANDING_OVER
        explanation = self.tr("{clerk}'s shift at {workstation} closes without an incoming clerk's acceptance. "
                              "Your name and the reason are recorded.").format(clerk=info.clerk,
                                                                               workstation=info.workstation)
        if not counted:
            explanation += " " + self.tr("It was not handed over: count the drawer.")
        super().__init__(parent, title=self.tr("Close a shift without acceptance"), explanation=explanation,
                         ok_text=self.tr("Close shift"), submit=submit)
        self.setMinimumWidth(560)
        self.reason = QLineEdit()
        self.reason.setObjectName("reason")
        self.reason.setMaxLength(500)
        self.reason.setPlaceholderText(self.tr("e.g. clerk taken ill, nobody to take over"))
        self.form.addRow(self.tr("Reason"), self.reason)
        self.count: CashCount | None = None
        self.float_handed_over: QLineEdit | None = None
        if not counted:
            self.count = CashCount(self, currency=currency, denominations=denominations)
            self.float_handed_over = QLineEdit(f"{info.opening_float:.2f}")
            self.float_handed_over.setObjectName("float_handed_over")
            self.form.addRow(self.tr("Drawer counted"), self.count)
            self.form.addRow(self.tr("Float left in the drawer"), self.float_handed_over)
        self._finish()
        self.reason.setFocus()

    def values(self) -> dict[str, object]:
        if self.count is None or self.float_handed_over is None:
            return {}
        total, pieces = self.count.values()
        return {"counted_total": total, "counted_pieces": pieces,
                "float_handed_over": self.float_handed_over.text()}
