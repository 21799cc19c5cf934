"""The main window: the working tabs, the menus, and who is at the desk."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QStackedWidget, QTabWidget, QVBoxLayout, QWidget

from desk.actor import Actor
from desk.db import Database
from desk.permissions import ROLE_NAMES, Permission, allowed
from desk.settings import HotelInfo, hotel_info
from ui.complaints.alert import ComplaintAlertBar
from ui.complaints.tab import ComplaintsTab
from ui.frontdesk.tab import FrontDeskTab
from ui.i18n import desk_text
from ui.ops import ChangeHub, Ops
from ui.reservations.tab import ReservationsTab
from ui.roomplan.tab import RoomPlanTab
from ui.rooms.tab import RoomStatusTab
from ui.shifts.tab import ShiftsTab

if TYPE_CHECKING:
    from desk.dayclose.checklist import Item


class MainWindow(QMainWindow):
    lock_requested = Signal()
    user_switched = Signal(object)  # Actor: the incoming clerk took the shift over at this window
    language_changed = Signal(str)

    def __init__(self, database: Database, actor: Actor, hub: ChangeHub) -> None:
        super().__init__()
        self.ops = Ops(database, actor, hub, self)
        self.hotel: HotelInfo = self.ops.read(hotel_info)
        self._setup_ui()
        hub.changed.connect(self._on_changed)
        hub.connection_lost.connect(self._offline)
        hub.connection_restored.connect(self._online)
        geometry = QSettings().value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)

    def _setup_ui(self) -> None:
        self.setObjectName("MainWindow")
        self.tabs = QTabWidget()
        self.tabs.setObjectName("MainTabs")
        self.tabs.setDocumentMode(True)
        self.room_status = RoomStatusTab(self.ops)
        self.tabs.addTab(self.room_status, self.tr("Room status"))
        self.reservations: ReservationsTab | None = None
        if allowed(self.ops.actor.role, Permission.FRONT_DESK):
            self.reservations = ReservationsTab(self.ops)
            self.tabs.addTab(self.reservations, self.tr("Reservations"))
        self.room_plan: RoomPlanTab | None = None
        if allowed(self.ops.actor.role, Permission.FRONT_DESK):
            self.room_plan = RoomPlanTab(self.ops)
            self.tabs.addTab(self.room_plan, self.tr("Room plan"))
            self.room_plan.open_requested.connect(self._open_from_room_plan)
        self.front_desk: FrontDeskTab | None = None
        if allowed(self.ops.actor.role, Permission.FRONT_DESK):
            self.front_desk = FrontDeskTab(self.ops)
            self.tabs.addTab(self.front_desk, self.tr("Front desk"))
            self.room_status.front_desk_requested.connect(self._front_desk_for_room)
        self.shifts: ShiftsTab | None = None
        if allowed(self.ops.actor.role, Permission.FRONT_DESK):
            self.shifts = ShiftsTab(self.ops)
            self.tabs.addTab(self.shifts, self.tr("Shift handover"))
            self.shifts.clerk_switched.connect(self.user_switched)
        self.complaints: ComplaintsTab | None = None
        if allowed(self.ops.actor.role, Permission.COMPLAINTS):
            self.complaints = ComplaintsTab(self.ops)
            self.tabs.addTab(self.complaints, self.tr("Complaints"))
        # A manager sees major and escalated complaints above every tab until acknowledged.
        self.complaint_alert: ComplaintAlertBar | None = None
        if allowed(self.ops.actor.role, Permission.COMPLAINT_ALERTS):
            self.complaint_alert = ComplaintAlertBar(self.ops)
            self.complaint_alert.open_requested.connect(self._open_complaint)
        self.work = QWidget()  # the tabs, under the manager's alert; hidden with them when locked
        work_layout = QVBoxLayout(self.work)
        work_layout.setContentsMargins(0, 0, 0, 0)
        work_layout.setSpacing(0)
        if self.complaint_alert is not None:
            work_layout.addWidget(self.complaint_alert)
        work_layout.addWidget(self.tabs, 1)
        self.locked_screen = QLabel(self.tr("Locked. Log in to continue."))
        self.locked_screen.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.locked_screen.setObjectName("LockedScreen")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.work)
        self.stack.addWidget(self.locked_screen)
        self.setCentralWidget(self.stack)
        self._make_menus()
        self._make_status_bar()
        self._update_title()

    def _make_menus(self) -> None:
        desk_menu = self.menuBar().addMenu(self.tr("&Desk"))
        lock = QAction(self.tr("&Lock / switch user"), self)
        lock.setShortcut(QKeySequence("Ctrl+L"))
        lock.triggered.connect(self.lock_requested)
        desk_menu.addAction(lock)
        password = QAction(self.tr("Change my &password…"), self)
        password.triggered.connect(self._change_password)
        desk_menu.addAction(password)
        if allowed(self.ops.actor.role, Permission.USERS_MANAGE):
            users = QAction(self.tr("&Users…"), self)
            users.triggered.connect(self._manage_users)
            desk_menu.addAction(users)
        if allowed(self.ops.actor.role, Permission.AUDIT_TRAIL):
            audit_trail = QAction(self.tr("&Audit trail…"), self)
            audit_trail.triggered.connect(self._audit_trail)
            desk_menu.addAction(audit_trail)
        if allowed(self.ops.actor.role, Permission.SETTINGS_MANAGE):
            rules = QAction(self.tr("&Hotel rules…"), self)
            rules.triggered.connect(self._hotel_rules)
            desk_menu.addAction(rules)
        if allowed(self.ops.actor.role, Permission.DAY_CLOSE):
            desk_menu.addSeparator()
            self.close_day_action = QAction(self.tr("&Close the day…"), self)
            self.close_day_action.triggered.connect(self.close_day)
            desk_menu.addAction(self.close_day_action)
            self.export_action = QAction(self.tr("&Export workbooks…"), self)
            self.export_action.triggered.connect(self.export_workbooks)
            desk_menu.addAction(self.export_action)
        desk_menu.addSeparator()
        settings = QAction(self.tr("&Settings…"), self)
        settings.triggered.connect(self._settings)
        desk_menu.addAction(settings)
        desk_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        desk_menu.addAction(quit_action)
        self.lock_action = lock

    def _make_status_bar(self) -> None:
        actor = self.ops.actor
        self.user_label = QLabel(self.tr("{name} ({role})").format(name=actor.full_name,
                                                                  role=desk_text(ROLE_NAMES[actor.role])))
        self.date_label = QLabel()
        self.connection_label = QLabel(self.tr("Online"))
        self.connection_label.setObjectName("ConnectionLabel")
        self.connection_label.setProperty("kind", "online")
        bar = self.statusBar()
        bar.addWidget(self.date_label)
        bar.addPermanentWidget(self.user_label)
        bar.addPermanentWidget(QLabel(actor.workstation))
        bar.addPermanentWidget(self.connection_label)

    def _update_title(self) -> None:
        self.setWindowTitle(self.tr("{hotel} · Desk").format(hotel=self.hotel.name))
        self.date_label.setText(self.tr("Business date: {date}").format(date=self.hotel.business_date.isoformat()))

    def _on_changed(self, kinds: frozenset[str]) -> None:
        if "hotel" in kinds:
            self.hotel = self.ops.read(hotel_info)
            self._update_title()

    def _offline(self, why: str) -> None:
        self.connection_label.setText(self.tr("Offline: the database cannot be reached"))
        self.connection_label.setToolTip(why)
        self._set_kind("offline")

    def _online(self) -> None:
        self.connection_label.setText(self.tr("Online"))
        self.connection_label.setToolTip("")
        self._set_kind("online")
        self.room_status.refresh()
        if self.reservations is not None:
            self.reservations.refresh()
        if self.front_desk is not None:
            self.front_desk.refresh()
        if self.shifts is not None:
            self.shifts.refresh()
        if self.complaints is not None:
            self.complaints.refresh()
        if self.complaint_alert is not None:
            self.complaint_alert.refresh()

    def _set_kind(self, kind: str) -> None:
        self.connection_label.setProperty("kind", kind)
        self.connection_label.style().unpolish(self.connection_label)
        self.connection_label.style().polish(self.connection_label)

    def _front_desk_for_room(self, action: str, room_id: int) -> None:
        """A check-in or check-out started on the board goes on at the front desk."""
        if self.front_desk is None:
            return
        self.tabs.setCurrentWidget(self.front_desk)
        if action == "check_in":
            self.front_desk.check_in_room(room_id)
        else:
            self.front_desk.check_out_room(room_id)

    def _open_from_room_plan(self, what: str, value: object) -> None:
        """A stay opens at the front desk; a reservation, or a booking of a room, in Reservations."""
        if what == "stay" and self.front_desk is not None and isinstance(value, int):
            self.tabs.setCurrentWidget(self.front_desk)
            self.front_desk.show_stay(value)
        elif self.reservations is not None:
            self.tabs.setCurrentWidget(self.reservations)
            if what == "reservation" and isinstance(value, int):
                self.reservations.show_reservation(value)
            elif what == "booking" and isinstance(value, tuple):
                self.reservations.start_booking(*value)

    def _open_complaint(self, complaint_id: int) -> None:
        """From the manager's alert: the complaint in the Complaints tab."""
        if self.complaints is not None:
            self.tabs.setCurrentWidget(self.complaints)
            self.complaints.show_complaint(complaint_id)

    def close_day(self) -> None:
        """The day close's dialog, window-modal; an item chosen on its checklist opens where it is fixed."""
        from ui.dayclose.close_dialog import DayCloseDialog

        dialog = DayCloseDialog(self, ops=self.ops)
        # Queued: the click's handler unwinds in the dialog before the tab (which may open a dialog) takes over.
        dialog.go_to.connect(self.go_to_checklist_item, Qt.ConnectionType.QueuedConnection)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def export_workbooks(self) -> None:
        from ui.dayclose.export_dialog import ExportDialog

        dialog = ExportDialog(self, ops=self.ops)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def go_to_checklist_item(self, item: Item) -> None:
        """The tab where a day-close checklist item is fixed, with its record chosen."""
        if item.tab == "reservations" and self.reservations is not None:
            self.tabs.setCurrentWidget(self.reservations)
            self.reservations.show_reservation(item.record_id)
        elif item.tab == "front_desk" and self.front_desk is not None:
            self.tabs.setCurrentWidget(self.front_desk)
            self.front_desk.show_stay(item.record_id)
        elif item.tab == "shifts" and self.shifts is not None:
            self.tabs.setCurrentWidget(self.shifts)
            self.shifts.show_shift(item.record_id)
        elif item.tab == "complaints":
            self._open_complaint(item.record_id)

    def set_locked(self, locked: bool) -> None:
        """Hide guests' data while nobody is logged in at this desk."""
        self.stack.setCurrentWidget(self.locked_screen if locked else self.work)
        self.menuBar().setEnabled(not locked)

    def _change_password(self) -> None:
        from ui.users import ChangePasswordDialog

        ChangePasswordDialog(self, ops=self.ops).exec()

    def _manage_users(self) -> None:
        from ui.users import UsersDialog

        UsersDialog(self, ops=self.ops).exec()

    def _audit_trail(self) -> None:
        from ui.safety.trail import AuditTrailDialog

        AuditTrailDialog(self, ops=self.ops).exec()

    def _hotel_rules(self) -> None:
        from ui.safety.policies import PoliciesDialog

        PoliciesDialog(self, ops=self.ops).exec()

    def _settings(self) -> None:
        from ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self)
        if dialog.exec() and dialog.language_changed:
            self.language_changed.emit(dialog.language)

    def closeEvent(self, event: QCloseEvent) -> None:
        QSettings().setValue("window/geometry", self.saveGeometry())
        super().closeEvent(event)

    def tab_widget(self) -> QWidget:
        return self.tabs
