"""Closing the business day: the checklist with a link to where each item is
fixed, the day's figures so far, the reason when items are open, the folder
for the workbooks; then desk.dayclose.run.close_and_export on a worker thread
with its steps on a progress bar, and what was done.

A refusal (no reason, the date closed meanwhile, no permission) stays in the
dialog's message bar. Should the close commit and the files fail, the dialog
says so and writes them again on the next press: close_and_export never closes
a day twice.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QPlainTextEdit,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desk.dayclose.checklist import Item, checklist
from desk.dayclose.run import DayClosed, close_and_export
from desk.dayclose.stats import day_counts, projected_counts
from desk.errors import ValidationError
from desk.settings import HotelInfo, hotel_info
from ui.dayclose import folder as folders
from ui.dayclose.checklist import ChecklistTree, open_items
from ui.dayclose.common import ProgressRow, label
from ui.dayclose.figures import FiguresGrid
from ui.dayclose.jobs import Job, failure_text
from ui.i18n import desk_text
from ui.ops import Ops
from ui.widgets import MessageBar

# What a close changes: the business date, stays' folios, rooms (dirty for service), no-shows.
CLOSE_KINDS = frozenset({"hotel", "day", "stay", "room", "reservation"})
FORM_PAGE, DONE_PAGE = 0, 1


def long_date(day: date) -> str:
    """'Friday 2026-11-20', the weekday in the window's language."""
    return f"{QLocale().dayName(QDate(day.year, day.month, day.day).dayOfWeek())} {day.isoformat()}"


class DayCloseDialog(QDialog):
    """``go_to(item)``: the manager chose a checklist item (the dialog has closed);
    ``day_closed(DayClosed)``: the close is done and its files written."""

    go_to = Signal(object)
    day_closed = Signal(object)

    def __init__(self, parent: QWidget | None = None, *, ops: Ops) -> None:
        super().__init__(parent)
        self.ops = ops
        self.hotel: HotelInfo = ops.read(hotel_info)
        self.day = self.hotel.business_date
        self.items: list[Item] = []
        self.outcome: DayClosed | None = None
        self.job = Job(self, name="day-close")
        self._setup_ui()
        self.reload()
        ops.hub.changed.connect(self._on_changed)

    # -- widgets ------------------------------------------------------------------
    def _setup_ui(self) -> None:
        self.setWindowTitle(self.tr("Close the day"))
        self.setMinimumSize(860, 560)
        self.resize(980, 660)
        self.message = MessageBar(self)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._form_page())
        self.pages.addWidget(self._done_page())
        self.progress_row = ProgressRow("close_progress")
        self.buttons = QDialogButtonBox()
        self.close_button = self.buttons.addButton(self.tr("Close the day"), QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button.setObjectName("close_day")
        self.close_button.setDefault(True)
        self.open_button = self.buttons.addButton(self.tr("Open folder"), QDialogButtonBox.ButtonRole.ActionRole)
        self.open_button.setObjectName("open_folder")
        self.open_button.hide()
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.progress_row)
        layout.addWidget(self.buttons)
        self.close_button.clicked.connect(self.start_close)
        self.open_button.clicked.connect(self.open_folder)
        self.cancel_button.clicked.connect(self.reject)
        self.tree.item_chosen.connect(self._go_to)
        self.job.progress.connect(self.progress_row.report)
        self.job.finished.connect(self._closed)
        self.job.failed.connect(self._failed)

    def _form_page(self) -> QWidget:
        page = QWidget()
        self.title = label(name="DialogTitle")
        self.explanation = label(name="Hint")
        self.summary = label(name="ChecklistSummary")
        self.tree = ChecklistTree()
        left = QVBoxLayout()
        left.addWidget(label(self.tr("Checklist"), "SectionTitle"))
        left.addWidget(self.summary)
        left.addWidget(self.tree, 1)
        self.figures = FiguresGrid()
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("reason")
        self.reason.setTabChangesFocus(True)
        self.reason.setMinimumHeight(64)
        self.reason_hint = label(name="Hint")
        self.folder = folders.FolderField()
        right = QVBoxLayout()
        right.addWidget(label(self.tr("The day as it will close"), "SectionTitle"))
        right.addWidget(self.figures)
        right.addWidget(label(self.tr("With tonight's room charges and the no-show charges the close will post."),
                              "Hint"))
        right.addSpacing(8)
        right.addWidget(label(self.tr("Reason for closing with items open"), "SectionTitle"))
        right.addWidget(self.reason_hint)
        right.addWidget(self.reason, 1)
        right.addSpacing(8)
        right.addWidget(label(self.tr("Save the workbooks in"), "SectionTitle"))
        right.addWidget(self.folder)
        body = QHBoxLayout()
        body.addLayout(left, 3)
        body.addSpacing(12)
        body.addLayout(right, 2)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.explanation)
        layout.addSpacing(4)
        layout.addLayout(body, 1)
        return page

    def _done_page(self) -> QWidget:
        page = QWidget()
        self.done_title = label(name="DialogTitle")
        self.done_text = label()
        self.done_text.setObjectName("done_text")
        self.done_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.final_figures = FiguresGrid()
        self.final_figures.setMaximumWidth(620)
        self.files = QFormLayout()
        self.files.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        self.file_labels = {key: label(name=f"{key}_file") for key in ("occupancy", "settlement", "backup")}
        for key, text in (("occupancy", self.tr("Occupancy workbook")), ("settlement", self.tr("Settlement workbook")),
                          ("backup", self.tr("Backup"))):
            self.file_labels[key].setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.files.addRow(text, self.file_labels[key])
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.done_title)
        layout.addWidget(self.done_text)
        layout.addSpacing(6)
        layout.addWidget(label(self.tr("The day's figures, as frozen"), "SectionTitle"))
        layout.addWidget(self.final_figures)
        layout.addSpacing(6)
        layout.addWidget(label(self.tr("Files"), "SectionTitle"))
        layout.addLayout(self.files)
        layout.addStretch(1)
        return page

    # -- data ---------------------------------------------------------------------
    def reload(self) -> None:
        """Read the checklist and the figures again (other workstations work on meanwhile)."""
        self.hotel = self.ops.read(hotel_info)
        self.items = self.ops.read(checklist, day=self.day)
        counts = self.ops.read(projected_counts, day=self.day)
        closed_elsewhere = self.hotel.business_date != self.day
        self.title.setText(self.tr("Close the business day {date}").format(date=long_date(self.day)))
        self.explanation.setText(self.tr(
            "Closing posts one room charge per guest in house tonight, charges the guaranteed no-shows, marks "
            "occupied rooms dirty for service, freezes the day's figures, writes the occupancy and settlement "
            "workbooks and a backup, and moves the business date on to {next}. A closed day is never changed; "
            "corrections go into the next day.").format(next=(self.day + timedelta(days=1)).isoformat()))
        self.tree.show_items(self.items)
        self.figures.show_counts(counts, self.hotel.currency)
        waiting = open_items(self.items)
        charged = len(self.items) - len(waiting)
        if closed_elsewhere:
            summary = self.tr("{date} is closed (the business date is now {current}). “Write the files” writes "
                              "its workbooks and backup again.").format(
                date=self.day.isoformat(), current=self.hotel.business_date.isoformat())
        elif waiting:
            summary = self.tr("%n item(s) still open. Click one to go where it is fixed, or give the reason for "
                              "closing anyway.", "", len(waiting))
        else:
            summary = self.tr("Nothing is left open.")
        if charged and not closed_elsewhere:
            summary += " " + self.tr("%n guaranteed no-show(s) will be charged one night.", "", charged)
        self.summary.setText(summary)
        self.summary.setProperty("kind", "error" if waiting or closed_elsewhere else "")
        self.summary.style().unpolish(self.summary)
        self.summary.style().polish(self.summary)
        if waiting:
            self.reason_hint.setText(self.tr("Required: %n item(s) are open. The reason is recorded with the day.",
                                             "", len(waiting)))
            self.reason.setPlaceholderText(self.tr("e.g. guest in 303 extends tomorrow morning; shift closes at "
                                                   "23:30"))
        else:
            self.reason_hint.setText(self.tr("Not needed: nothing is open."))
            self.reason.setPlaceholderText("")
        self.reason.setEnabled(not closed_elsewhere)
        self.close_button.setText(self.tr("Write the files") if closed_elsewhere else self.tr("Close the day"))

    def _on_changed(self, kinds: frozenset[str]) -> None:
        if not self.job.running and self.pages.currentIndex() == FORM_PAGE and self.isVisible():
            self.reload()

    # -- the close ------------------------------------------------------------------
    def start_close(self) -> None:
        if self.job.running:
            return
        self.message.hide()
        database, actor, day = self.ops.database, self.ops.actor, self.day
        reason, out_dir = self.reason.toPlainText(), self.folder.folder
        self._busy(True)
        self.job.start(lambda progress: close_and_export(database, actor, business_date=day, reason=reason,
                                                         out_dir=out_dir, progress=progress))

    def _busy(self, busy: bool) -> None:
        if busy:
            self.progress_row.start()
        else:
            self.progress_row.hide()
        for widget in (self.close_button, self.cancel_button, self.tree, self.reason, self.folder):
            widget.setEnabled(not busy)

    def _closed(self, outcome: DayClosed) -> None:
        self._busy(False)
        self.outcome = outcome
        self.folder.remember()
        self.ops.hub.announce(CLOSE_KINDS)
        self._show_done(outcome)
        self.day_closed.emit(outcome)

    def _failed(self, error: BaseException) -> None:
        self._busy(False)
        why = failure_text(error)
        try:
            closed = self.ops.read(hotel_info).business_date > self.day
        except Exception:  # the database is out of reach: it says so in ``why``
            closed = False
        if closed:  # the close committed; a file failed after it
            self.ops.hub.announce(CLOSE_KINDS)
            self.reload()
            self.message.show_error(self.tr("{date} is closed, but its files were not all written: {why} Press “Write "
                                            "the files” to write them again.").format(date=self.day.isoformat(),
                                                                                       why=why))
            return
        self.message.show_error(why)
        if isinstance(error, ValidationError) and open_items(self.items) and not self.reason.toPlainText().strip():
            self.reason.setFocus()

    def _show_done(self, outcome: DayClosed) -> None:
        result, files = outcome.result, outcome.files
        lines = []
        if result is None:
            self.done_title.setText(self.tr("{date} was closed already").format(date=files.business_date.isoformat()))
            lines.append(self.tr("Nothing was posted again; its workbooks and backup are written again."))
            counts = self.ops.read(day_counts, day=files.business_date)
        else:
            self.done_title.setText(self.tr("{date} is closed").format(date=result.business_date.isoformat()))
            lines.append(self.tr("The business date is now {date}.").format(date=long_date(result.next_date)))
            lines.append(self.tr("%n room charge(s) posted for the night.", "", result.room_charges))
            lines.append(self.tr("%n guaranteed no-show(s) charged.", "", result.no_show_charges))
            if result.released:
                lines.append(self.tr("Holds released at the close: {list}.").format(list=", ".join(result.released)))
            if result.open_items:
                lines.append(self.tr("Closed with %n item(s) open; the reason is recorded.", "",
                                     len(result.open_items)))
            counts = result.counts
        self.done_text.setText("\n".join(lines))
        self.final_figures.show_counts(counts, self.hotel.currency)
        self.file_labels["occupancy"].setText(str(files.occupancy))
        self.file_labels["settlement"].setText(str(files.settlement))
        self.file_labels["backup"].setText(str(files.backup) if files.backup is not None
                                           else desk_text(files.backup_note))
        self.pages.setCurrentIndex(DONE_PAGE)
        self.close_button.hide()
        self.open_button.show()
        self.open_button.setDefault(True)
        self.open_button.setFocus()
        self.cancel_button.setText(self.tr("Close"))

    def open_folder(self) -> None:
        if self.outcome is not None:
            folders.open_folder(self.outcome.files.occupancy.parent)

    # -- going where an item is fixed ----------------------------------------------------
    def _go_to(self, item: Item) -> None:
        if self.job.running:
            return
        self.reject()
        self.go_to.emit(item)

    def reject(self) -> None:
        if self.job.running:  # the close finishes; the window cannot stop it halfway
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.job.running:
            event.ignore()
            return
        super().closeEvent(event)

