"""The Complaints tab driven through its real widgets: logging, handling,
the manager's alert, the room board's marker and the report."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from decimal import Decimal

import openpyxl
from PySide6.QtCore import Qt
from sqlalchemy import select

from desk import hoteltime
from desk.complaints import intake
from desk.complaints.intake import ComplaintInput
from desk.complaints.queries import complaint_row
from desk.complaints.report import build_report, week_of
from desk.frontdesk.queries import in_house, stay_view
from desk.models import (
    Category,
    Channel,
    CompensationType,
    Complaint,
    ComplaintStatus,
    Level,
    Room,
    User,
    complaint_staff,
)
from tests.helpers.fixtures import DEMO_DATE
from tests.ui.dialog_helpers import ok, type_into, when_dialog_opens
from ui.complaints.dialogs import ActionEntryDialog, AssignDialog, FollowUpDialog, TextDialog
from ui.complaints.export import PeriodDialog
from ui.complaints.intake import LogComplaintDialog
from ui.complaints.tab import ComplaintsTab
from ui.rooms.model import Role

NOW = datetime(2026, 11, 20, 4, 0, tzinfo=UTC)  # the frozen clock of tests/ui/conftest.py: noon at the hotel


def open_tab(qtbot, open_window, username: str = "clerk") -> tuple[object, ComplaintsTab]:
    window = open_window(username)
    assert window.complaints is not None
    window.tabs.setCurrentWidget(window.complaints)
    window.activateWindow()  # shortcuts need the window active and the focus in the tab
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    window.complaints.setFocus()
    return window, window.complaints


def choose(tab: ComplaintsTab, number: str) -> None:
    row = next(i for i, r in enumerate(tab.rows) if r.number == number)
    tab.view.selectRow(row)
    assert tab.panel.detail is not None and tab.panel.detail.row.number == number


def click(qtbot, tab: ComplaintsTab, key: str) -> None:
    button = tab.panel.buttons[key]
    assert button.isEnabled(), key
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def user_id(demo_db, username: str) -> int:
    with demo_db.reading() as session:
        return session.scalar(select(User.id).where(User.username == username))


def test_log_a_complaint_through_the_dialog(qtbot, open_window, demo_db):
    _window, tab = open_tab(qtbot, open_window)
    with demo_db.reading() as session:
        guest = next(g for g in in_house(session) if g.room_number == "303")
    zhang_wei = user_id(demo_db, "clerk2")
    seen = {}

    def fill(dialog):
        assert isinstance(dialog, LogComplaintDialog)
        assert dialog.focusWidget() is dialog.concern  # the room or guest first: it fills in who complains
        dialog.concern.setCurrentIndex(dialog.concern.findText(f"303 · {guest.guest_name}"))
        seen["name"], seen["phone"] = dialog.name.text(), dialog.phone.text()
        dialog.channel.setCurrentIndex(dialog.channel.findData(Channel.PHONE))
        dialog.category.setCurrentIndex(dialog.category.findData(Category.NOISE))
        dialog.level.setCurrentIndex(dialog.level.findData(Level.COMPLAINT))
        staff = dialog.staff
        item = next(staff.item(i) for i in range(staff.count()) if staff.item(i).data(Qt.ItemDataRole.UserRole)
                    == zhang_wei)
        staff.setCurrentItem(item)
        staff.setFocus()
        qtbot.keyClick(staff, Qt.Key.Key_Space)  # ticks the one under the cursor
        type_into(qtbot, dialog.facts, "Loud music from the room above until 2 a.m.")
        type_into(qtbot, dialog.request, "A quiet room tonight")
        seen["major_hint"] = dialog.major_hint.text()
        qtbot.keyClick(dialog.request, Qt.Key.Key_Return)  # Enter logs it

    when_dialog_opens(fill)
    qtbot.keyClick(tab, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)

    assert seen["name"] == guest.guest_name and seen["phone"]  # filled in from the stay
    assert "A claim above 200.00" in seen["major_hint"]
    assert tab.message.kind == "info", tab.message.label.text()
    with demo_db.reading() as session:
        complaint = session.scalars(select(Complaint).order_by(Complaint.id.desc())).first()
        row = complaint_row(session, complaint.id)
        staff_ids = set(session.scalars(select(complaint_staff.c.user_id)
                                        .where(complaint_staff.c.complaint_id == complaint.id)))
    assert row.number == "C2026-0011"  # the demo has ten
    assert row.level is Level.COMPLAINT and row.category is Category.NOISE and row.channel is Channel.PHONE
    assert row.stay_id == guest.stay_id and row.room_number == "303" and row.complainant == guest.guest_name
    assert staff_ids == {zhang_wei}
    assert row.received_at == NOW  # the time was left as it was: now
    # Friday noon: three working days is Wednesday noon; the first reply within 24 hours.
    assert row.due_at == hoteltime.at(DEMO_DATE + timedelta(days=5), time(12, 0), "Asia/Shanghai")
    assert row.first_reply_due_at == NOW + timedelta(hours=24)
    assert not row.major and row.status is ComplaintStatus.OPEN
    text = tab.message.label.text()
    assert "C2026-0011" in text and "2026-11-25 12:00" in text and "2026-11-21 12:00" in text
    assert tab.panel.title.text() == "C2026-0011"  # chosen, on the right
    assert any(r.number == "C2026-0011" for r in tab.rows)
    assert "Zhang Wei" in tab.panel.fields["staff"].text()


def test_a_handler_among_the_staff_concerned_is_refused(qtbot, open_window, demo_db):
    _window, tab = open_tab(qtbot, open_window)
    choose(tab, "C2026-0003")  # a review about Zhang Wei's manner, handled by Wang Fang
    zhang_wei = user_id(demo_db, "clerk2")
    seen = {}

    def assign(dialog):
        assert isinstance(dialog, AssignDialog)
        index = dialog.handler.findData(zhang_wei)
        seen["offered"] = dialog.handler.itemText(index)
        dialog.handler.setCurrentIndex(index)
        ok(dialog)
        seen["open"] = dialog.isVisible()
        seen["error"] = dialog.error.text() if dialog.error.isVisible() else ""
        dialog.reject()

    when_dialog_opens(assign)
    click(qtbot, tab, "assign")

    assert "the complaint is about them" in seen["offered"]
    assert seen["open"]
    assert seen["error"] == ("Zhang Wei is among the staff this complaint is about, and nobody handles a complaint "
                             "about themselves. Choose another handler.")
    with demo_db.reading() as session:
        assert session.scalar(select(Complaint.handler_id).where(Complaint.number == "C2026-0003")) == \
            user_id(demo_db, "clerk")


def test_resolve_follow_up_and_close(qtbot, open_window, demo_db):
    _window, tab = open_tab(qtbot, open_window)
    choose(tab, "C2026-0006")  # smoke smell, in progress with Zhang Wei
    assert not tab.panel.buttons["close"].isEnabled()

    def action(dialog):
        assert isinstance(dialog, ActionEntryDialog)
        type_into(qtbot, dialog.text, "Moved the guest to a non-smoking room on the fifth floor.")
        type_into(qtbot, dialog.promise, "A fruit basket tonight")
        dialog.told.setChecked(True)
        ok(dialog)

    when_dialog_opens(action)
    click(qtbot, tab, "action")
    assert tab.message.kind == "info", tab.message.label.text()
    assert "A fruit basket tonight" in tab.panel.log.text()

    def resolve(dialog):
        assert isinstance(dialog, TextDialog)
        type_into(qtbot, dialog.editor, "Guest moved; fruit basket delivered.")
        ok(dialog)

    when_dialog_opens(resolve)
    click(qtbot, tab, "resolve")
    assert tab.panel.detail.row.status is ComplaintStatus.RESOLVED
    assert tab.panel.buttons["follow_up"].isEnabled() and tab.panel.buttons["close"].isEnabled()

    def satisfied(dialog):
        assert isinstance(dialog, FollowUpDialog)
        dialog.scores.button(4).click()
        type_into(qtbot, dialog.words, "Much better, thank you.")
        ok(dialog)

    when_dialog_opens(satisfied)
    click(qtbot, tab, "follow_up")
    assert "can be closed now" in tab.message.label.text()
    assert tab.panel.detail.followed_up

    click(qtbot, tab, "close")  # followed up: no reason needed
    assert tab.message.kind == "info" and "closed" in tab.message.label.text()
    with demo_db.reading() as session:
        complaint = session.scalars(select(Complaint).where(Complaint.number == "C2026-0006")).one()
        assert complaint.status is ComplaintStatus.CLOSED and complaint.first_reply_at is not None
    assert "CLOSED" in tab.panel.badges.text()


def test_an_unsatisfied_follow_up_reopens_the_complaint(qtbot, open_window, demo_db):
    _window, tab = open_tab(qtbot, open_window)
    choose(tab, "C2026-0004")  # resolved; the first call did not reach the guest

    def close_without_reason(dialog):
        assert isinstance(dialog, TextDialog)  # no reached follow-up yet: a reason is asked for
        ok(dialog)
        seen["error"] = dialog.error.text()
        dialog.reject()

    seen = {}
    when_dialog_opens(close_without_reason)
    click(qtbot, tab, "close")
    assert "needs its follow-up call before closing" in seen["error"]

    def unhappy(dialog):
        dialog.scores.button(2).click()
        type_into(qtbot, dialog.words, "The refund never arrived.")
        ok(dialog)

    when_dialog_opens(unhappy)
    click(qtbot, tab, "follow_up")
    assert tab.message.kind == "error"  # stays on screen until read
    assert "not satisfied (2 of 5)" in tab.message.label.text() and "reopened" in tab.message.label.text()
    assert "REOPENED" in tab.panel.badges.text()
    assert not tab.panel.buttons["close"].isEnabled() and tab.panel.buttons["resolve"].isEnabled()
    row = next(r for r in tab.rows if r.number == "C2026-0004")
    assert row.status is ComplaintStatus.REOPENED and row.due_at > NOW
    with demo_db.reading() as session:
        assert session.scalar(select(Complaint.status).where(Complaint.number == "C2026-0004")) is \
            ComplaintStatus.REOPENED


def test_manager_alert_for_a_new_major_complaint(qtbot, open_window, demo_db, actors):
    window = open_window("manager")
    bar = window.complaint_alert
    assert bar is not None and bar.isVisible()  # the demo's dispute and repeat complaint wait
    waiting = len(bar.alerts)
    with demo_db.writing() as session:  # another workstation, this very moment
        row = intake.log_complaint(session, actors["clerk2"], details=ComplaintInput(
            Channel.IN_PERSON, Category.SECURITY, Level.COMPLAINT, "Wallet taken from the pool locker.",
            "Qian Lei", "139 5555 0101", media_or_legal=True, request="The police and the press"))
    assert row.major

    qtbot.waitUntil(lambda: row.number in bar.label.text(), timeout=6000)  # the next change poll
    assert "Major complaint" in bar.label.text() and "media or legal threat" in bar.label.text()
    assert bar.more.text() == f"{waiting} more waiting"
    assert window.tabs.currentWidget() is window.room_status  # nothing was in the way: no dialog

    qtbot.mouseClick(bar.open_button, Qt.MouseButton.LeftButton)
    assert window.tabs.currentWidget() is window.complaints
    assert window.complaints.panel.title.text() == row.number

    qtbot.mouseClick(bar.acknowledge_button, Qt.MouseButton.LeftButton)
    assert row.number not in bar.label.text()
    with demo_db.reading() as session:
        complaint = session.get(Complaint, row.id)
        assert complaint.alert_acknowledged_at is not None
        assert complaint.alert_acknowledged_by_id == actors["manager"].user_id
    for _ in range(waiting):
        qtbot.mouseClick(bar.acknowledge_button, Qt.MouseButton.LeftButton)
    assert not bar.isVisible() and bar.alerts == []


def test_clerks_get_no_manager_alert(open_window):
    window = open_window("clerk")
    assert window.complaint_alert is None and window.complaints is not None
    assert open_window("housekeeping").complaints is None


def test_overdue_complaint_marked_on_the_room_tile(qtbot, open_window, demo_db, actors):
    window = open_window("housekeeping")
    board = window.room_status

    def marked(number: str) -> bool:
        room_id = next(t.room_id for t in board.model.tiles() if t.number == number)
        return bool(board.model.index(board.model.row_of_room(room_id)).data(Role.OVERDUE_COMPLAINT))

    assert marked("213")  # the demo's review about a clerk, days late
    assert not marked("305")
    assert any(label.text() == "CPL" for label in board.panel.findChildren(type(board.total_label)))
    with demo_db.writing() as session:
        room_id = session.scalar(select(Room.id).where(Room.number == "305"))
        intake.log_complaint(session, actors["clerk"], details=ComplaintInput(
            Channel.IN_PERSON, Category.CLEANLINESS, Level.DISSATISFACTION, "Towels not changed.", "Ma Li",
            "139 5555 0202", room_id=room_id, received_at=NOW - timedelta(hours=6)))  # due by the end of that shift

    qtbot.waitUntil(lambda: marked("305"), timeout=6000)
    board.jump_to_room("305")
    assert not board.view.grab().isNull()  # painted with its marker


def test_weekly_report_exported_and_read_back(qtbot, open_window, demo_db, tmp_path, monkeypatch):
    _window, tab = open_tab(qtbot, open_window, "manager")
    target = tmp_path / "week.xlsx"
    monkeypatch.setattr("ui.complaints.export.QFileDialog.getSaveFileName",
                        lambda *_args, **_kwargs: (str(target), ""))
    seen = {}

    def period(dialog):
        assert isinstance(dialog, PeriodDialog)
        seen["period"] = dialog.period_label.text()
        ok(dialog)

    when_dialog_opens(period)
    qtbot.mouseClick(tab.weekly_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "saved" in tab.message.label.text(), timeout=10000)

    assert seen["period"] == "Complaints received 2026-11-16 to 2026-11-22"
    assert str(target) in tab.message.label.text()
    with demo_db.reading() as session:
        report = build_report(session, week_of(DEMO_DATE))
    book = openpyxl.load_workbook(target)
    assert book.sheetnames == ["Summary", "Complaints"]
    listing = book["Complaints"]
    numbers = [cell.value for cell in listing["A"] if isinstance(cell.value, str) and cell.value.startswith("C2026")]
    assert numbers == [line.number for line in report.lines] and len(numbers) >= 5
    summary = book["Summary"]
    formulas = {row[0].value: row[1].value for row in summary.iter_rows(min_col=1, max_col=2) if row[0].value}
    assert formulas["Complaints received"].startswith("=COUNTA(")
    assert formulas["Compensation granted"].startswith("=SUM(")
    compensation = [row[14].value for row in listing.iter_rows() if row[0].value in numbers]
    assert [Decimal(str(value)) for value in compensation] == [line.compensation for line in report.lines]


def test_no_name_refused_unless_anonymous(qtbot, open_window, demo_db):
    _window, tab = open_tab(qtbot, open_window)
    seen = {}

    def fill(dialog):
        dialog.level.setCurrentIndex(dialog.level.findData(Level.FEEDBACK))
        dialog.category.setCurrentIndex(dialog.category.findData(Category.FACILITIES))
        type_into(qtbot, dialog.facts, "The gym's treadmill squeaks.")
        ok(dialog)
        seen["error"] = dialog.error.text()
        dialog.anonymous.setChecked(True)
        assert not dialog.name.isEnabled()
        type_into(qtbot, dialog.resolution, "Engineering oiled it.")
        ok(dialog)

    when_dialog_opens(fill)
    qtbot.mouseClick(tab.log_button, Qt.MouseButton.LeftButton)

    assert "name" in seen["error"]
    row = tab.panel.detail.row
    assert row.anonymous and row.complainant == "" and row.status is ComplaintStatus.RESOLVED
    assert "Resolved on the spot" in tab.message.label.text()
    assert tab.model.data(tab.model.index(
        next(i for i, r in enumerate(tab.model.rows()) if r.id == row.id), 5)) == "anonymous"


def test_compensation_above_the_limit_waits_for_the_manager(qtbot, open_window, demo_db):
    _window, tab = open_tab(qtbot, open_window)
    choose(tab, "C2026-0006")  # smoke smell, linked to the guest's stay; 100.00 granted already
    assert not tab.panel.buttons["approve"].isVisible()

    def offer(dialog):
        dialog.type.setCurrentIndex(dialog.type.findData(CompensationType.FREE_NIGHT))
        type_into(qtbot, dialog.amount, "388")
        ok(dialog)

    when_dialog_opens(offer)
    click(qtbot, tab, "compensate")
    assert "waiting for a manager" in tab.message.label.text()
    assert "waiting for a manager" in tab.panel.compensation.text()

    manager_window = open_window("manager")
    manager = manager_window.complaints
    manager_window.tabs.setCurrentWidget(manager)
    choose(manager, "C2026-0006")
    stay_id = manager.panel.detail.row.stay_id
    with demo_db.reading() as session:
        balance = stay_view(session, stay_id).totals.balance

    def approve(dialog):
        assert "Free night 388.00" in dialog.explanation.text()
        ok(dialog)

    when_dialog_opens(approve)
    click(qtbot, manager, "approve")
    assert "credited to room 410's folio" in manager.message.label.text()
    assert not manager.panel.buttons["approve"].isEnabled()
    with demo_db.reading() as session:
        assert stay_view(session, stay_id).totals.balance == balance - Decimal("388.00")
