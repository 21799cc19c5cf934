"""Data safety in the window, driven through the real widgets: the manager's
audit trail (filters, export read back), the hotel rules (a change saved, a
refusal shown), the guest-data purge with its confirmation, and the idle lock."""

from __future__ import annotations

import gc
import time
from datetime import UTC, datetime, timedelta

import openpyxl
import pytest
from PySide6.QtCore import QCoreApplication, QDate, QEvent, Qt, QTime, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from sqlalchemy import func, insert, select

from desk.audit_trail import MAX_ROWS, TrailFilter, search
from desk.models import AuditEntry, Guest
from desk.policies import policies, update_policies
from desk.privacy import purge_plan
from desk.settings import settings_row
from tests.helpers.fixtures import DEMO_DATE
from ui.app import DeskApplication
from ui.main_window import MainWindow
from ui.safety.policies import PoliciesDialog
from ui.safety.trail import AuditTrailDialog, Col


def desk_menu(window: MainWindow) -> dict[str, object]:
    menu = window.menuBar().actions()[0].menu()
    return {action.text().replace("&", ""): action for action in menu.actions() if action.text()}


def when_dialog_opens(act) -> None:
    """Run ``act(dialog)`` once the next modal dialog is on screen."""
    def run():
        dialog = QApplication.activeModalWidget()
        assert dialog is not None, "no dialog opened"
        try:
            act(dialog)
        finally:
            dialog.reject()  # a failed check must not leave the test waiting on a modal dialog

    QTimer.singleShot(0, run)


def trail_dialog(qtbot, window: MainWindow) -> AuditTrailDialog:
    dialog = AuditTrailDialog(window, ops=window.ops)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def rows_of(dialog: AuditTrailDialog):
    return dialog.model.rows()


def choose(box, data: str) -> None:
    index = box.findData(data)
    assert index >= 0, f"{data!r} is not in the list"
    box.setCurrentIndex(index)


# --- who sees what -----------------------------------------------------------------------------------------------


def test_a_clerk_has_no_audit_trail_or_hotel_rules(open_window):
    entries = desk_menu(open_window("clerk"))
    assert "Lock / switch user" in entries
    assert "Audit trail…" not in entries and "Hotel rules…" not in entries


def test_the_manager_opens_both_from_the_desk_menu(open_window):
    window = open_window("manager")
    entries = desk_menu(window)
    opened = []
    when_dialog_opens(lambda dialog: opened.append(type(dialog)))
    entries["Audit trail…"].trigger()
    when_dialog_opens(lambda dialog: opened.append(type(dialog)))
    entries["Hotel rules…"].trigger()
    assert opened == [AuditTrailDialog, PoliciesDialog]


# --- the audit trail ---------------------------------------------------------------------------------------------


def test_audit_trail_lists_newest_first_in_hotel_time_and_filters(qtbot, open_window, actors, demo_db, qtmodeltester):
    window = open_window("manager")
    dialog = trail_dialog(qtbot, window)
    qtmodeltester.check(dialog.model)
    with demo_db.reading() as session:
        expected = search(session, actors["manager"], TrailFilter(date_from=DEMO_DATE - timedelta(days=6),
                                                                   date_to=DEMO_DATE))
    rows = rows_of(dialog)
    assert [r.id for r in rows] == [r.id for r in expected] and len(rows) > 200
    assert [r.id for r in rows] == sorted((r.id for r in rows), reverse=True)
    assert dialog.count.text() == f"Entries: {len(rows)}"
    # The tests' shift was opened at 03:30 UTC: 11:30 at the hotel in Shanghai.
    shift = next(i for i, r in enumerate(rows) if r.action == "shift.open" and r.workstation == "test-ws")
    assert dialog.model.index(shift, Col.TIME).data() == "2026-11-20 11:30:00"
    assert dialog.model.index(shift, Col.USER).data() == "clerk2"
    dialog.view.selectRow(shift)  # the chosen entry in full under the list
    assert dialog.detail.text().startswith(f"No. {rows[shift].id} · 2026-11-20 11:30:00 · business date 2026-11-20 · "
                                           "clerk2 at test-ws · shift.open")
    assert rows[shift].summary in dialog.detail.text()

    choose(dialog.user, "clerk2")
    qtbot.waitUntil(lambda: {r.username for r in rows_of(dialog)} == {"clerk2"})
    choose(dialog.action, "complaint")
    qtbot.waitUntil(lambda: rows_of(dialog) and all(r.action.startswith("complaint.") for r in rows_of(dialog)))
    assert all(r.username == "clerk2" for r in rows_of(dialog))
    assert dialog.action.currentText() == "Complaints"

    dialog.clear_filters()
    choose(dialog.workstation, "test-ws")
    qtbot.waitUntil(lambda: [r.action for r in rows_of(dialog)] == ["shift.open"])
    assert dialog.count.text() == "Entries: 1"

    dialog.clear_filters()
    dialog.text.setFocus()
    qtbot.keyClicks(dialog.text, "c2026-0009")
    qtbot.keyClick(dialog.text, Qt.Key.Key_Return)
    found = rows_of(dialog)
    assert found and all("C2026-0009" in r.summary for r in found)

    # A date range the wrong way round: desk/'s refusal in the bar, never a traceback.
    dialog.clear_filters()
    dialog.date_from.setDate(QDate(2026, 11, 21))
    dialog.search()
    assert dialog.message.kind == "error"
    assert dialog.message.label.text() == "The first date is after the last one."
    assert dialog.model.rowCount() == 0 and not dialog.export_button.isEnabled()
    dialog.date_from.setDate(QDate(2026, 11, 18))
    dialog.search()
    assert dialog.message.isHidden() and rows_of(dialog)
    assert {r.business_date for r in rows_of(dialog)} <= {DEMO_DATE - timedelta(days=n) for n in range(3)}


def test_audit_trail_exports_what_is_shown_and_logs_the_export(qtbot, open_window, demo_db, tmp_path, monkeypatch):
    window = open_window("manager")
    dialog = trail_dialog(qtbot, window)
    choose(dialog.action, "reservation")
    dialog.search()
    shown = [r.id for r in rows_of(dialog)]
    assert shown and all(r.action.startswith("reservation.") for r in rows_of(dialog))

    target = tmp_path / "trail"
    asked = {}

    def save_as(_parent, _title, default, _filter):
        asked["default"] = default
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)

    assert dialog.message.kind == "info", dialog.message.label.text()
    assert asked["default"].endswith("audit-trail-2026-11-14-to-2026-11-20.xlsx")
    written = tmp_path / "trail.xlsx"
    assert str(written) in dialog.message.label.text()
    sheet = openpyxl.load_workbook(written).active
    header = next(r for r in range(1, 12) if sheet.cell(row=r, column=1).value == "No.")
    ids = [sheet.cell(row=r, column=1).value for r in range(header + 1, sheet.max_row + 1)
           if sheet.cell(row=r, column=1).value is not None]
    assert ids == shown
    actions = {sheet.cell(row=r, column=6).value for r in range(header + 1, header + 1 + len(ids))}
    assert all(a.startswith("reservation.") for a in actions)

    with demo_db.reading() as session:
        [(username, summary)] = session.execute(select(AuditEntry.username, AuditEntry.summary)
                                                .where(AuditEntry.action == "audit.export")).all()
    assert username == "manager" and f"{len(shown)} entries" in summary and "trail.xlsx" in summary
    dialog.clear_filters()  # the export is the newest entry of the trail now
    assert rows_of(dialog)[0].action == "audit.export"


def test_audit_trail_with_thousands_of_entries(qtbot, open_window, actors, demo_db):
    clerk = actors["clerk"]
    moment = datetime(2026, 11, 20, 4, 0, tzinfo=UTC)
    with demo_db.writing() as session:  # in one statement: audit.record would take seconds for these
        session.execute(insert(AuditEntry), [
            {"at": moment, "user_id": clerk.user_id, "username": clerk.username, "workstation": clerk.workstation,
             "business_date": DEMO_DATE, "action": "folio.payment", "subject_kind": "stay",
             "subject_id": n % 40 + 1, "summary": f"Payment {n}"} for n in range(MAX_ROWS + 500)])
    window = open_window("manager")
    started = time.perf_counter()
    dialog = trail_dialog(qtbot, window)
    opened = time.perf_counter() - started
    assert dialog.model.rowCount() == MAX_ROWS
    assert dialog.count.text().startswith(f"Entries: the newest {MAX_ROWS:,}")
    dialog.view.scrollToBottom()
    qtbot.wait(10)
    assert dialog.model.index(MAX_ROWS - 1, Col.WHAT).data().startswith("Payment ")
    assert opened < 5, f"opening the trail took {opened:.2f} s"  # about 0.3 s here; generous for a busy machine


# --- the hotel rules ---------------------------------------------------------------------------------------------


def rules_dialog(qtbot, window: MainWindow) -> PoliciesDialog:
    dialog = PoliciesDialog(window, ops=window.ops)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def save_button(dialog: PoliciesDialog):
    return dialog.buttons.button(dialog.buttons.StandardButton.Save)


def apply_button(dialog: PoliciesDialog):
    return dialog.buttons.button(dialog.buttons.StandardButton.Apply)


def test_hotel_rules_show_the_settings_and_save_a_change(qtbot, open_window, demo_db):
    window = open_window("manager")
    dialog = rules_dialog(qtbot, window)
    assert dialog.hold_until.time() == QTime(18, 0) and dialog.hold_latest.time() == QTime(22, 0)
    assert dialog.compensation.text() == "200.00" and dialog.adjustment.text() == "200.00"
    assert dialog.discount.text() == "15"
    assert not dialog.keep_limited.isChecked() and not dialog.keep_days.isEnabled()
    assert "kept for good" in dialog.keep_hint.text()
    assert dialog.idle_minutes.value() == 10 and dialog.backup_days.value() == 30

    dialog.hold_until.setTime(QTime(17, 0))
    dialog.compensation.setFocus()
    dialog.compensation.selectAll()
    qtbot.keyClicks(dialog.compensation, "350")
    dialog.inspected.setChecked(True)
    dialog.idle_minutes.setValue(5)
    dialog.backup_days.setValue(60)
    dialog.keep_limited.setChecked(True)
    dialog.keep_days.setValue(400)
    assert "more than 400 days" in dialog.keep_hint.text() and "cannot be undone" in dialog.keep_hint.text()
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)

    with demo_db.reading() as session:
        saved = policies(session)
        changes = session.scalars(select(AuditEntry.summary).where(AuditEntry.action == "settings.change")).all()
    assert saved.hold_until_time.hour == 17 and saved.arrivals_need_inspected
    assert str(saved.clerk_compensation_limit) == "350.00"
    assert (saved.retention_days, saved.idle_lock_minutes, saved.backup_keep_days) == (400, 5, 60)
    assert len(changes) == 6 and "retention_days: None -> 400" in changes
    assert window.hotel.hold_until_time.hour == 17  # the window re-read the hotel's settings


def test_hotel_rules_refuse_a_keeping_period_of_seven_days(qtbot, open_window, demo_db):
    window = open_window("manager")
    dialog = rules_dialog(qtbot, window)
    dialog.keep_limited.setChecked(True)
    dialog.keep_days.setValue(7)
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)

    assert dialog.isVisible()  # still open, with the reason
    assert dialog.message.kind == "error"
    assert dialog.message.label.text() == "The keeping period in days must be a whole number from 30 to 36500."
    with demo_db.reading() as session:
        assert policies(session).retention_days is None

    dialog.compensation.setText("lots")  # another refusal, in words too
    dialog.keep_days.setValue(30)
    qtbot.mouseClick(apply_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.message.label.text() == "The clerk's compensation limit must be an amount such as 388.00."


def test_purge_counts_asks_and_anonymises(qtbot, open_window, demo_db, monkeypatch):
    with demo_db.writing() as session:
        settings_row(session).business_date = DEMO_DATE + timedelta(days=400)  # a year on: last year's guests
    window = open_window("manager")
    dialog = rules_dialog(qtbot, window)

    asked = []
    answer = [QMessageBox.StandardButton.Cancel]

    def question(_parent, title, text, *_args):
        asked.append((title, text))
        return answer[0]

    monkeypatch.setattr(QMessageBox, "question", question)

    qtbot.mouseClick(dialog.purge_button, Qt.MouseButton.LeftButton)  # no keeping period yet
    assert dialog.message.kind == "error" and "No keeping period is set" in dialog.message.label.text()

    dialog.keep_limited.setChecked(True)
    dialog.keep_days.setValue(30)
    qtbot.mouseClick(dialog.purge_button, Qt.MouseButton.LeftButton)  # not saved yet
    assert dialog.message.kind == "error" and "apply your change first" in dialog.message.label.text()
    qtbot.mouseClick(apply_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.message.kind == "info", dialog.message.label.text()

    with demo_db.reading() as session:
        plan = purge_plan(session)
    count, cutoff = len(plan.guest_ids), plan.cutoff.isoformat()
    assert count > 0 and cutoff == "2027-11-25"

    qtbot.mouseClick(dialog.purge_button, Qt.MouseButton.LeftButton)  # asked, and cancelled
    assert len(asked) == 1 and asked[0][0] == "Anonymise old guests"
    assert f"Anonymise {count} guest" in asked[0][1] and cutoff in asked[0][1]
    assert dialog.message.label.text() == "Nothing was anonymised."
    with demo_db.reading() as session:
        assert session.scalar(select(func.count(Guest.id)).where(Guest.anonymised_at.is_not(None))) == 0

    answer[0] = QMessageBox.StandardButton.Yes
    qtbot.mouseClick(dialog.purge_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 2
    assert dialog.message.kind == "info" and dialog.message.label.text().startswith(f"{count} guest")
    with demo_db.reading() as session:
        gone = set(session.scalars(select(Guest.id).where(Guest.anonymised_at.is_not(None))))
        names = set(session.scalars(select(Guest.name).where(Guest.id.in_(gone))))
        entries = session.scalars(select(AuditEntry.summary).where(AuditEntry.action == "guest.purge")).all()
    assert gone == set(plan.guest_ids) and names == {"—"}
    assert len(entries) == 1 and entries[0].startswith(f"{count} guests anonymised (and ")
    assert entries[0].endswith(f"before {cutoff}")

    qtbot.mouseClick(dialog.purge_button, Qt.MouseButton.LeftButton)  # nobody left: nothing to ask
    assert len(asked) == 2 and "nobody to anonymise" in dialog.message.label.text()


# --- the idle lock -----------------------------------------------------------------------------------------------

MINUTE_MS = 600  # a minute of idle time, for these tests


@pytest.fixture
def desk_app(qapp, qtbot, demo_db, actors, monkeypatch):
    """Desk as started, with a 0.6-second minute and the hotel's idle time at one minute."""
    with demo_db.writing() as session:
        update_policies(session, actors["manager"], _with(policies(session), idle_lock_minutes=1))
    monkeypatch.setenv("DESK_DATABASE_URL", demo_db.url)
    app = DeskApplication(qapp, idle_minute_ms=MINUTE_MS)
    app.start()
    qtbot.addWidget(app.login)
    qtbot.waitUntil(lambda: app.database is not None, timeout=10000)
    yield app
    app.idle.stop()
    if app.hub is not None:
        app.hub.stop()
    for widget in (app.login, app.window):
        if widget is not None:
            widget.blockSignals(True)
            widget.close()
            widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    app.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
    app.database.dispose()


def _with(rules, **changes):
    from dataclasses import replace

    return replace(rules, **changes)


def log_in(qtbot, app, username="manager", password="desk123") -> MainWindow:
    app.login.username.setText(username)
    app.login.password.setText(password)
    app.login.password.setFocus()
    qtbot.keyClick(app.login.password, Qt.Key.Key_Return)
    assert app.login is None, "the log-in failed"
    qtbot.addWidget(app.window)
    return app.window


def locked(window: MainWindow) -> bool:
    return window.stack.currentWidget() is window.locked_screen


def test_the_window_locks_after_the_idle_time_and_input_keeps_it_open(qtbot, desk_app):
    window = log_in(qtbot, desk_app)
    assert desk_app.idle.running and desk_app.idle.minutes == 1
    end = time.monotonic() + 2.5 * MINUTE_MS / 1000
    while time.monotonic() < end:  # someone at work: keys and the mouse
        qtbot.keyClick(window.tabs, Qt.Key.Key_Shift)
        qtbot.mouseMove(window.tabs)
        qtbot.wait(MINUTE_MS // 4)
        assert not locked(window)
    started = time.monotonic()
    qtbot.waitUntil(lambda: locked(window), timeout=5 * MINUTE_MS)
    waited = time.monotonic() - started
    assert 0.8 * MINUTE_MS / 1000 <= waited <= 3 * MINUTE_MS / 1000
    assert desk_app.login is not None and "Locked by manager" in desk_app.login.subtitle.text()
    assert not desk_app.idle.running  # nothing to count while locked

    window = log_in(qtbot, desk_app, "clerk")  # someone else takes the desk: watched again
    assert not locked(window) and desk_app.idle.running


def test_the_idle_lock_closes_an_open_dialog(qtbot, desk_app):
    window = log_in(qtbot, desk_app)
    seen, timed_out = [], []
    QTimer.singleShot(0, desk_menu(window)["Hotel rules…"].trigger)
    QTimer.singleShot(MINUTE_MS // 3, lambda: seen.append(type(QApplication.activeModalWidget())))

    def give_up():
        if (dialog := QApplication.activeModalWidget()) is not None and dialog is not desk_app.login:
            timed_out.append(True)
            dialog.reject()

    QTimer.singleShot(10 * MINUTE_MS, give_up)
    qtbot.waitUntil(lambda: locked(window), timeout=12 * MINUTE_MS)
    assert seen == [PoliciesDialog] and not timed_out
    assert QApplication.activeModalWidget() is None
    assert desk_app.login is not None and desk_app.login.isVisible()


def test_idle_time_never_and_a_change_from_another_workstation(qtbot, desk_app, demo_db, actors):
    window = log_in(qtbot, desk_app)
    dialog = rules_dialog(qtbot, window)
    assert dialog.idle_minutes.value() == 1
    dialog.idle_minutes.setValue(0)
    assert dialog.idle_minutes.text() == "never"
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert desk_app.idle.minutes == 0 and not desk_app.idle.running  # re-read at once
    qtbot.wait(3 * MINUTE_MS)
    assert not locked(window)

    with demo_db.writing() as session:  # the manager's office sets it again
        update_policies(session, actors["manager"], _with(policies(session), idle_lock_minutes=1))
    qtbot.waitUntil(lambda: desk_app.idle.running, timeout=5000)  # the next poll of the trail
    qtbot.waitUntil(lambda: locked(window), timeout=5 * MINUTE_MS)
