"""What the Complaints tab's parts share: moments in the hotel's time zone,
the colours of overdue and major, and small widgets."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QDateTime, QTime, QTimeZone
from PySide6.QtWidgets import QDateTimeEdit, QLabel, QLineEdit, QPlainTextEdit

from desk import clock, hoteltime

OVERDUE = "#b91c1c"  # text and badges: red, always with the word "overdue" beside it
OVERDUE_BACKGROUND = "#fde8e8"
MAJOR = "#9a3412"  # dark orange, apart from the overdue red
MAJOR_BACKGROUND = "#ffedd5"
DONE = "#6b7280"  # closed complaints, greyed


def when(moment: datetime | None, timezone: str) -> str:
    """A moment in the hotel's time zone, to the minute; a dash for none."""
    return hoteltime.local(moment, timezone).strftime("%Y-%m-%d %H:%M") if moment is not None else "—"


def short_when(moment: datetime | None, timezone: str) -> str:
    """The same without the year, for the list."""
    return hoteltime.local(moment, timezone).strftime("%m-%d %H:%M") if moment is not None else ""


def hotel_now(timezone: str) -> QDateTime:
    """The hotel's wall-clock time now, to the minute. Held as UTC so that the
    workstation's own time zone (and its daylight saving) plays no part."""
    moment = hoteltime.local(clock.now(), timezone)
    return QDateTime(QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute),
                     QTimeZone(QTimeZone.Initialization.UTC))


def moment_edit(name: str, timezone: str) -> QDateTimeEdit:
    """A date and time at the hotel, now by default, never later than now."""
    edit = QDateTimeEdit(hotel_now(timezone))
    edit.setObjectName(name)
    edit.setDisplayFormat("yyyy-MM-dd HH:mm")
    edit.setCalendarPopup(True)
    edit.setMaximumDateTime(hotel_now(timezone).addSecs(60))
    return edit


def moment_of(edit: QDateTimeEdit, timezone: str) -> datetime:
    """What ``moment_edit`` shows, as an aware moment at the hotel."""
    naive = edit.dateTime().toPython()
    assert isinstance(naive, datetime)
    return naive.replace(second=0, microsecond=0, tzinfo=ZoneInfo(timezone))


def text_edit(name: str, placeholder: str = "", height: int = 70) -> QPlainTextEdit:
    """Several lines; Tab moves on, as in every other field."""
    edit = QPlainTextEdit()
    edit.setObjectName(name)
    edit.setTabChangesFocus(True)
    edit.setPlaceholderText(placeholder)
    edit.setMinimumHeight(height)
    edit.setMaximumHeight(max(height, 140))
    return edit


def line_edit(name: str, max_length: int, placeholder: str = "") -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setMaxLength(max_length)
    edit.setPlaceholderText(placeholder)
    return edit


def hint(text: str = "", name: str = "Hint") -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    label.setWordWrap(True)
    return label


def badge(text: str, colour: str) -> str:
    """A word on a coloured ground, for rich-text labels."""
    return (f"<span style='background:{colour}; color:white; font-weight:700;'>&nbsp;{text}&nbsp;</span>")


def escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def paragraphs(text: str) -> str:
    """Typed text for a rich-text label: escaped, its line breaks kept."""
    return escape(text).replace("\n", "<br>")
