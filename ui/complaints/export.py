"""The weekly and monthly complaint reports: choose the period and the file;
the report is read here and the workbook written off the GUI thread."""

from __future__ import annotations

import logging
import threading
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QObject, QSettings, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desk.complaints.report import WEEK, ComplaintReport, Period, default_filename, month_of, week_of, write_workbook
from desk.paths import exports_dir
from ui.complaints.common import hint


class PeriodDialog(QDialog):
    """A day in the week (or month) wanted; the whole period is shown."""

    def __init__(self, parent: QWidget | None = None, *, kind: str, today: date) -> None:
        super().__init__(parent)
        self._kind = kind
        self.setWindowTitle(self.tr("Weekly complaint report") if kind == WEEK else
                            self.tr("Monthly complaint report"))
        self.setMinimumWidth(420)
        self.day = QDateEdit(QDate(today.year, today.month, today.day))
        self.day.setObjectName("report_day")
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.day.setCalendarPopup(True)
        self.period_label = hint()
        form = QFormLayout()
        form.addRow(self.tr("Week of") if kind == WEEK else self.tr("Month of"), self.day)
        form.addRow("", self.period_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Counts by category, level and status, times to reply and to resolve, "
                                        "overdue, compensation and satisfaction, and the list itself.")))
        layout.itemAt(0).widget().setWordWrap(True)  # type: ignore[union-attr]
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.day.dateChanged.connect(self._describe)
        self._describe()

    @property
    def period(self) -> Period:
        day = self.day.date().toPython()
        assert isinstance(day, date)
        return week_of(day) if self._kind == WEEK else month_of(day)

    def _describe(self, *_args: object) -> None:
        period = self.period
        self.period_label.setText(self.tr("Complaints received {first} to {last}").format(
            first=period.first.isoformat(), last=period.last.isoformat()))


def choose_path(parent: QWidget, period: Period) -> Path | None:
    """Ask where to save, in the folder used last time; None when cancelled."""
    folder = str(QSettings().value("complaints/report_dir", "") or exports_dir())
    chosen, _filter = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("PeriodDialog", "Export the complaint report"),
        str(Path(folder) / default_filename(period)),
        QCoreApplication.translate("PeriodDialog", "Excel workbook (*.xlsx)"))
    if not chosen:
        return None
    path = Path(chosen if chosen.lower().endswith(".xlsx") else chosen + ".xlsx")
    QSettings().setValue("complaints/report_dir", str(path.parent))
    return path


class ReportWriter(QObject):
    """Writes one workbook on a worker thread; says so when done."""

    written = Signal(object)  # the Path
    failed = Signal(str)

    def write(self, report: ComplaintReport, path: Path) -> None:
        threading.Thread(target=self._run, args=(report, path), name="complaint-report", daemon=True).start()

    def _run(self, report: ComplaintReport, path: Path) -> None:
        try:
            written = write_workbook(report, path)
        except OSError as error:
            self.failed.emit(str(error.strerror or error))
            return
        except Exception as error:  # anything else would die silently with the thread
            logging.getLogger(__name__).exception("complaint report")
            self.failed.emit(str(error))
            return
        self.written.emit(written)
