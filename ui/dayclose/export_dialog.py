"""The manager's day workbooks for any date up to the business date: the
occupancy workbook, the settlement workbook or both, written by
desk.dayclose.run on a worker thread, then "Open folder"."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desk.dayclose.run import STEP_OCCUPANCY, STEP_SETTLEMENT, export_day, export_occupancy, export_settlement
from desk.settings import HotelInfo, hotel_info
from ui.dayclose import folder as folders
from ui.dayclose.common import ProgressRow, label
from ui.dayclose.jobs import Job, Progress, failure_text
from ui.ops import Ops
from ui.widgets import MessageBar

BOTH, OCCUPANCY, SETTLEMENT = "both", "occupancy", "settlement"


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class ExportDialog(QDialog):
    """Pick a date, what and where; ``written`` holds the paths of the last export."""

    def __init__(self, parent: QWidget | None = None, *, ops: Ops) -> None:
        super().__init__(parent)
        self.ops = ops
        self.hotel: HotelInfo = ops.read(hotel_info)
        self.written: list[Path] = []
        self.job = Job(self, name="day-export")
        self._setup_ui()
        self._describe()

    def _setup_ui(self) -> None:
        self.setWindowTitle(self.tr("Export workbooks"))
        self.setMinimumSize(600, 400)  # room for the files written below the form
        self.resize(660, 420)
        self.message = MessageBar(self)
        today = self.hotel.business_date
        self.day = QDateEdit(qdate(today - timedelta(days=1)))
        self.day.setObjectName("export_day")
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.day.setCalendarPopup(True)
        self.day.setMaximumDate(qdate(today))
        day_row = QHBoxLayout()
        day_row.addWidget(self.day)
        day_row.addStretch(1)
        self.day_hint = label(name="Hint")
        self.what = QButtonGroup(self)
        choices = QHBoxLayout()
        for key, text in ((BOTH, self.tr("Both")), (OCCUPANCY, self.tr("Occupancy workbook")),
                          (SETTLEMENT, self.tr("Settlement workbook"))):
            button = QRadioButton(text)
            button.setObjectName(f"what_{key}")
            button.setProperty("what", key)
            button.setChecked(key == BOTH)
            self.what.addButton(button)
            choices.addWidget(button)
        choices.addStretch(1)
        self.folder = folders.FolderField()
        form = QFormLayout()
        form.addRow(self.tr("Business date"), day_row)
        form.addRow("", self.day_hint)
        form.addRow(self.tr("Workbooks"), choices)
        form.addRow(self.tr("Save in"), self.folder)
        self.progress_row = ProgressRow("export_progress")
        self.result_label = label()
        self.result_label.setObjectName("export_result")
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result_label.hide()
        self.buttons = QDialogButtonBox()
        self.export_button = self.buttons.addButton(self.tr("Export"), QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button.setObjectName("export")
        self.export_button.setDefault(True)
        self.open_button = self.buttons.addButton(self.tr("Open folder"), QDialogButtonBox.ButtonRole.ActionRole)
        self.open_button.setObjectName("open_folder")
        self.open_button.hide()
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(label(self.tr("The day's workbooks"), "DialogTitle"))
        layout.addWidget(label(self.tr("The occupancy and settlement workbooks of a business date: a closed day "
                                       "from its frozen figures, the open day as it stands now."), "Hint"))
        layout.addSpacing(4)
        layout.addLayout(form)
        layout.addWidget(self.progress_row)
        layout.addWidget(self.result_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.day.dateChanged.connect(self._describe)
        self.export_button.clicked.connect(self.start_export)
        self.open_button.clicked.connect(self.open_folder)
        self.close_button.clicked.connect(self.reject)
        self.job.progress.connect(self.progress_row.report)
        self.job.finished.connect(self._written)
        self.job.failed.connect(self._failed)

    @property
    def chosen_day(self) -> date:
        day = self.day.date().toPython()
        assert isinstance(day, date)
        return day

    @property
    def chosen_what(self) -> str:
        button = self.what.checkedButton()
        return str(button.property("what")) if button is not None else BOTH

    def _describe(self, *_args: object) -> None:
        if self.chosen_day == self.hotel.business_date:
            self.day_hint.setText(self.tr("The open business day: its workbooks show it as it stands now."))
        else:
            self.day_hint.setText(self.tr("A closed day: its figures as frozen at the close."))

    def start_export(self) -> None:
        if self.job.running:
            return
        self.message.hide()
        self.result_label.hide()
        database, day, what, out_dir = self.ops.database, self.chosen_day, self.chosen_what, self.folder.folder
        actor = self.ops.actor

        def work(progress: Progress) -> list[Path]:
            if what == BOTH:
                files = export_day(database, day, out_dir, take_backup=False, progress=progress, actor=actor)
                return [files.occupancy, files.settlement]
            step, export = (STEP_OCCUPANCY, export_occupancy) if what == OCCUPANCY else \
                (STEP_SETTLEMENT, export_settlement)
            progress(0, 1, step)
            path = export(database, day, out_dir, actor=actor)
            progress(1, 1, "")
            return [path]

        self._busy(True)
        self.job.start(work)

    def _busy(self, busy: bool) -> None:
        if busy:
            self.progress_row.start()
        else:
            self.progress_row.hide()
        for widget in (self.export_button, self.close_button, self.day, self.folder, *self.what.buttons()):
            widget.setEnabled(not busy)

    def _written(self, paths: list[Path]) -> None:
        self._busy(False)
        self.written = paths
        self.folder.remember()
        self.result_label.setText(self.tr("Written:") + "\n" + "\n".join(f"  {path}" for path in paths))
        self.result_label.show()
        self.open_button.show()
        self.open_button.setFocus()

    def _failed(self, error: BaseException) -> None:
        self._busy(False)
        self.message.show_error(failure_text(error))

    def open_folder(self) -> None:
        if self.written:
            folders.open_folder(self.written[0].parent)

    def reject(self) -> None:
        if self.job.running:
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.job.running:
            event.ignore()
            return
        super().closeEvent(event)
