"""The manager's alert: a banner across the top of the window while a major or
escalated complaint waits for a manager's acknowledgement. It appears as soon
as the complaint is logged, here or on another workstation (within the change
poll), blocks nothing, and offers to open the complaint or acknowledge it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from desk.complaints import handling
from desk.complaints.names import CATEGORY_NAMES, LEVEL_NAMES, MAJOR_REASON_NAMES
from desk.complaints.queries import ManagerAlert, manager_alerts
from desk.settings import hotel_info
from ui.complaints.common import MAJOR, MAJOR_BACKGROUND, escape, short_when
from ui.i18n import desk_text
from ui.ops import Ops

KINDS = frozenset({"complaint"})


class ComplaintAlertBar(QFrame):
    """Shows the newest waiting alert and how many more wait; hidden when none."""

    open_requested = Signal(int)  # a complaint id

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.alerts: list[ManagerAlert] = []
        self._timezone = ops.read(hotel_info).timezone
        self._setup_ui()
        ops.hub.changed.connect(self._on_changed)
        self.refresh()

    def _setup_ui(self) -> None:
        self.setObjectName("ComplaintAlert")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(f"QFrame#ComplaintAlert {{ background: {MAJOR_BACKGROUND}; border: 1px solid {MAJOR};"
                           " border-radius: 6px; margin: 6px 8px 0 8px; }")
        self.label = QLabel()
        self.label.setObjectName("AlertText")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.more = QLabel()
        self.more.setObjectName("AlertMore")
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.setObjectName("alert_open")
        self.acknowledge_button = QPushButton(self.tr("Acknowledge"))
        self.acknowledge_button.setObjectName("alert_acknowledge")
        self.acknowledge_button.setToolTip(self.tr("You have seen it: the alert goes, the complaint stays open."))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 6, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.more)
        layout.addWidget(self.open_button)
        layout.addWidget(self.acknowledge_button)
        self.open_button.clicked.connect(self._open)
        self.acknowledge_button.clicked.connect(self.acknowledge)
        self.hide()

    def _on_changed(self, kinds: frozenset[str]) -> None:
        if kinds & KINDS:
            self.refresh()

    def refresh(self) -> None:
        # Newest first: a complaint that just came in is the one to see.
        self.alerts = sorted(self.ops.read(manager_alerts), key=lambda a: (a.received_at, a.complaint_id),
                             reverse=True)
        self._show()

    @property
    def current(self) -> ManagerAlert | None:
        return self.alerts[0] if self.alerts else None

    def _show(self, error: str = "") -> None:
        alert = self.current
        if alert is None:
            self.hide()
            return
        self.label.setText(self.describe(alert) + (
            f"<br><span style='color:#b91c1c'>{escape(error)}</span>" if error else ""))
        more = len(self.alerts) - 1
        self.more.setText(self.tr("%n more waiting", "", more) if more else "")
        self.more.setVisible(bool(more))
        self.show()

    def describe(self, alert: ManagerAlert) -> str:
        level = desk_text(LEVEL_NAMES[alert.level])
        if alert.major and alert.escalated:
            head = self.tr("Major {level}, escalated to the manager").format(level=level.lower())
        elif alert.major:
            head = self.tr("Major {level}").format(level=level.lower())
        else:
            head = self.tr("{level} escalated to the manager").format(level=level)
        parts = [alert.number, desk_text(CATEGORY_NAMES[alert.category])]
        if alert.room_number:
            parts.append(self.tr("room {room}").format(room=alert.room_number))
        if alert.complainant:
            parts.append(alert.complainant)
        text = f"<b style='color:{MAJOR}'>{escape(head)}:</b> {escape(' · '.join(parts))}: {escape(alert.summary)}"
        notes = [desk_text(MAJOR_REASON_NAMES[reason]) for reason in alert.major_reasons]
        if alert.major and not alert.report_written and alert.report_due_at is not None:
            notes.append(self.tr("written report due {due}").format(due=short_when(alert.report_due_at,
                                                                                   self._timezone)))
        return text + (f" <i>({escape('; '.join(notes))})</i>" if notes else "")

    def _open(self) -> None:
        if self.current is not None:
            self.open_requested.emit(self.current.complaint_id)

    def acknowledge(self) -> None:
        alert = self.current
        if alert is None:
            return
        outcome = self.ops.run(handling.acknowledge_alert, kinds=KINDS, complaint_id=alert.complaint_id)
        if not outcome:
            self.refresh()
            self._show(outcome.error)
