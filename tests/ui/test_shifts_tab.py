"""The Shift handover tab driven through its real widgets: opening a shift,
the duty log, a handover between two clerks at one workstation, and the
history with its workbook."""

from __future__ import annotations

import socket
from dataclasses import replace
from decimal import Decimal

import openpyxl
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from sqlalchemy import select

from desk.models import (
    DutyCategory,
    DutyEntry,
    Handover,
    HandoverItem,
    HandoverState,
    Room,
    Shift,
    ShiftState,
    User,
)
from desk.shifts import handover
from desk.shifts.cash import denominations
from tests.ui.dialog_helpers import type_into, when_dialog_opens
from ui.shifts.accept import AcceptDialog
from ui.shifts.dialogs import CloseEntryDialog, DutyEntryDialog, OpenShiftDialog, ReportDialog
from ui.shifts.handover import HandOverDialog
from ui.shifts.sheet import save_pdf
from ui.shifts.tab import HISTORY_PAGE, ShiftsTab

HOST = socket.gethostname()[:80] or "desk"  # where the demo opened Wang Fang's shift


def open_tab(qtbot, open_window, actors, username: str = "clerk", workstation: str = HOST):
    """The window of ``username`` at ``workstation``, on the Shift handover tab."""
    actors[username] = replace(actors[username], workstation=workstation)
    window = open_window(username)
    assert isinstance(window.shifts, ShiftsTab)
    window.tabs.setCurrentWidget(window.shifts)
    window.activateWindow()  # shortcuts need the window active and the focus in the tab
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    return window, window.shifts


def pieces_for(total: Decimal, faces) -> dict[str, int]:
    """The notes and coins a clerk would count for ``total`` (largest first)."""
    pieces, rest = {}, total
    for face in faces:
        number = int(rest // Decimal(face))
        if number:
            pieces[face] = number
            rest -= Decimal(face) * number
    assert rest == 0
    return pieces


def count_pieces(qtbot, count, pieces: dict[str, int]) -> None:
    count.by_pieces.click()
    for face, number in pieces.items():
        spin = count.spins[face]
        spin.setFocus()
        spin.selectAll()
        qtbot.keyClicks(spin, str(number))


def shift_at(session, workstation: str) -> Shift | None:
    return session.scalar(select(Shift).where(Shift.open_workstation == workstation))


def user_id(session, username: str) -> int:
    return session.scalar(select(User.id).where(User.username == username))


def hand_over_here(demo_db, actors, username: str = "clerk") -> int:
    """Wang Fang hands over at the demo's workstation, the cash as expected (desk services, no window)."""
    clerk = replace(actors[username], workstation=HOST)
    with demo_db.writing() as session:
        preview = handover.preview(session, clerk)
        return handover.hand_over(session, clerk, counted_total=preview.expected_cash,
                                  float_handed_over=preview.opening_float)


def test_open_a_shift_counting_notes_and_coins(qtbot, open_window, actors, demo_db):
    _window, tab = open_tab(qtbot, open_window, actors, workstation="FRONT-2")
    assert tab.panel.buttons["open"].isVisible() and not tab.panel.buttons["hand_over"].isVisible()
    assert not tab.duty.buttons["log"].isEnabled()
    seen = {}

    def count(dialog):
        assert isinstance(dialog, OpenShiftDialog)
        assert list(dialog.count.spins) == list(denominations("CNY"))
        count_pieces(qtbot, dialog.count, {"100": 5, "20": 10, "1": 30, "0.5": 4})
        seen["total"] = dialog.count.total_label.text()
        dialog.ok_button.click()

    when_dialog_opens(count)
    qtbot.mouseClick(tab.panel.buttons["open"], Qt.MouseButton.LeftButton)

    assert seen["total"] == "Counted: 732.00 CNY"
    assert tab.message.kind == "info", tab.message.label.text()
    with demo_db.reading() as session:
        shift = shift_at(session, "FRONT-2")
        assert shift is not None and shift.user_id == user_id(session, "clerk")
        assert shift.state is ShiftState.OPEN and shift.opening_float == Decimal("732.00")
        # By face value: desk stores the faces normalised ("1E+2" for 100).
        counted = {Decimal(face): number for face, number in shift.opening_count.items()}
        assert counted == {Decimal("100"): 5, Decimal("20"): 10, Decimal("1"): 30, Decimal("0.5"): 4}
    assert tab.panel.title.text() == "Wang Fang's shift"
    assert tab.panel.fact_labels["float"].text().startswith("732.00 CNY")
    assert tab.panel.buttons["hand_over"].isVisible() and tab.duty.buttons["log"].isEnabled()


def test_log_an_entry_and_a_major_incident_then_close_and_report(qtbot, open_window, actors, demo_db):
    window, tab = open_tab(qtbot, open_window, actors, "clerk2", workstation="test-ws")
    view = tab.duty.view

    def entry(text: str, room: str, major: bool):
        def act(dialog):
            assert isinstance(dialog, DutyEntryDialog)
            dialog.category.setCurrentIndex(dialog.category.findData(
                DutyCategory.INCIDENT if major else DutyCategory.EQUIPMENT))
            dialog.room.setCurrentIndex(dialog.room.findText(room))
            dialog.text.setFocus()
            qtbot.keyClicks(dialog.text, text)
            dialog.major.setChecked(major)
            dialog.ok_button.click()
        return act

    when_dialog_opens(entry("Safe in the room will not open.", "305", False))
    qtbot.mouseClick(tab.duty.buttons["log"], Qt.MouseButton.LeftButton)
    assert tab.message.kind == "info", tab.message.label.text()
    assert tab.message.label.text() == "Entry logged."
    window.activateWindow()  # back from the dialog
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    view.setFocus()
    when_dialog_opens(entry("Water leaking through the ceiling; guest moved.", "412", True))
    qtbot.keyClick(view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # Ctrl+N: a new entry
    assert tab.message.label.text().startswith("Major incident logged"), tab.message.label.text()

    with demo_db.reading() as session:
        rows = {e.text: (e.id, number, e.category, e.major, e.business_date, e.report_due)
                for e, number in session.execute(
                    select(DutyEntry, Room.number).join(Room, Room.id == DutyEntry.room_id)
                    .where(DutyEntry.text.like("%guest moved%") | DutyEntry.text.like("Safe%")))}
    safe_id, *safe = rows["Safe in the room will not open."]
    leak_id, *leak = rows["Water leaking through the ceiling; guest moved."]
    assert safe == ["305", DutyCategory.EQUIPMENT, False, safe[3], None]
    leak_room, leak_category, leak_major, logged_on, report_due = leak
    assert (leak_room, leak_category, leak_major) == ("412", DutyCategory.INCIDENT, True)
    assert report_due is not None and report_due > logged_on

    rows_shown = tab.duty.model.rows()
    majors_first = [r.open and r.major for r in rows_shown]
    assert majors_first == sorted(majors_first, reverse=True)  # open major incidents on top
    leak_row = next(i for i, r in enumerate(rows_shown) if r.id == leak_id)
    assert tab.duty.model.index(leak_row, 0).data() == "MAJOR"
    assert tab.duty.model.index(leak_row, 5).data() == report_due.isoformat()

    # The plain entry closes with what was done; the major one only with its report.
    view.selectRow(next(i for i, r in enumerate(tab.duty.model.rows()) if r.id == safe_id))
    assert tab.duty.buttons["close"].isEnabled() and not tab.duty.buttons["report"].isEnabled()

    def close(dialog):
        assert isinstance(dialog, CloseEntryDialog)
        type_into(qtbot, dialog.resolution, "Engineer reset the safe.")
        dialog.ok_button.click()

    when_dialog_opens(close)
    tab.duty.buttons["close"].click()
    view.selectRow(next(i for i, r in enumerate(tab.duty.model.rows()) if r.id == leak_id))
    assert tab.duty.buttons["report"].isEnabled() and not tab.duty.buttons["close"].isEnabled()

    def report(dialog):
        assert isinstance(dialog, ReportDialog)
        dialog.report.setPlainText("At 11:40 water came through the ceiling of 412.\nGuest moved to 415.")
        dialog.ok_button.click()

    when_dialog_opens(report)
    tab.duty.buttons["report"].click()
    with demo_db.reading() as session:
        safe, leak = session.get(DutyEntry, safe_id), session.get(DutyEntry, leak_id)
        assert safe.closed_at is not None and safe.resolution == "Engineer reset the safe."
        assert leak.closed_at is not None and leak.report.startswith("At 11:40") and "Guest moved to 415" in leak.report


def test_full_handover_between_two_clerks(qtbot, open_window, actors, demo_db):
    window, tab = open_tab(qtbot, open_window, actors)
    assert tab.panel.title.text() == "Wang Fang's shift"
    with demo_db.reading() as session:
        outgoing = shift_at(session, HOST)
        outgoing_id, opening_float = outgoing.id, outgoing.opening_float
    seen = {}

    def hand_over(dialog):
        assert isinstance(dialog, HandOverDialog)
        expected = dialog.summary.expected_cash
        count_pieces(qtbot, dialog.count, pieces_for(expected, denominations("CNY")))
        seen["difference"] = dialog.difference_label.text()
        seen["float"] = dialog.float_edit.text()
        model = dialog.carry_model
        seen["items"] = model.rows()
        # Carry the major incident (locked) and the lift; drop the rest.
        for row, item in enumerate(model.rows()):
            index = model.index(row, 0)
            if item.major:
                assert not model.flags(index) & Qt.ItemFlag.ItemIsUserCheckable
                assert not model.setData(index, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
            elif "Lift 2" not in item.text:
                model.setData(index, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
        dialog.notes["notes_equipment"].setPlainText("Lift 2 stops between floors now and then.")
        dialog.ok_button.click()

    when_dialog_opens(hand_over)
    qtbot.mouseClick(tab.panel.buttons["hand_over"], Qt.MouseButton.LeftButton)

    assert seen["difference"] == "Balanced: no difference"
    assert seen["float"] == f"{opening_float:.2f}"  # the opening float, by default
    assert tab.message.kind == "info", tab.message.label.text()
    assert "waiting for the incoming clerk" in tab.panel.state.text()
    assert tab.panel.buttons["withdraw"].isVisible() and tab.panel.buttons["accept"].isVisible()
    with demo_db.reading() as session:
        pending = session.scalar(select(Handover).where(Handover.shift_id == outgoing_id))
        assert pending.state is HandoverState.PENDING and pending.difference == 0
        pending_id, handed = pending.id, pending.float_handed_over
        carried = set(session.scalars(select(HandoverItem.text).where(HandoverItem.handover_id == pending_id)))
    major = next(item for item in seen["items"] if item.major)
    lift = next(item for item in seen["items"] if "Lift 2" in item.text)
    assert carried == {major.text, lift.text}

    def accept(dialog):
        assert isinstance(dialog, AcceptDialog)
        type_into(qtbot, dialog.username, "clerk2")
        type_into(qtbot, dialog.password, "desk123")
        dialog.count.as_total.click()
        type_into(qtbot, dialog.count.total_edit, f"{handed:.2f}")
        dialog.ok_button.click()

    when_dialog_opens(accept)
    with qtbot.waitSignal(window.user_switched) as switched:
        qtbot.mouseClick(tab.panel.buttons["accept"], Qt.MouseButton.LeftButton)

    incoming = switched.args[0]
    assert (incoming.username, incoming.workstation) == ("clerk2", HOST)
    with demo_db.reading() as session:
        old = session.get(Shift, outgoing_id)
        assert old.state is ShiftState.CLOSED and old.closed_at is not None and old.open_workstation is None
        new = shift_at(session, HOST)
        assert new.user_id == user_id(session, "clerk2") and new.state is ShiftState.OPEN
        assert new.opening_float == handed and new.float_difference == 0
        done = session.get(Handover, pending_id)
        assert done.state is HandoverState.ACCEPTED and done.incoming_shift_id == new.id
        assert done.prepared_by_id == user_id(session, "clerk") and done.prepared_at is not None
        assert done.accepted_by_id == user_id(session, "clerk2") and done.accepted_at is not None
        assert done.incoming_count == handed
    assert tab.panel.title.text() == "Zhang Wei's shift"
    assert "Zhang Wei has taken over" in tab.message.label.text()


def test_wrong_incoming_password_is_refused_and_nothing_changes(qtbot, open_window, actors, demo_db):
    handover_id = hand_over_here(demo_db, actors)
    _window, tab = open_tab(qtbot, open_window, actors)
    with demo_db.reading() as session:
        failed_before = session.scalar(select(User.failed_logins).where(User.username == "clerk2"))
    seen = {}

    def accept(dialog):
        type_into(qtbot, dialog.username, "clerk2")
        type_into(qtbot, dialog.password, "wrong-password")
        dialog.count.set_total(Decimal("1999.00"))
        dialog.ok_button.click()
        seen["open"], seen["error"] = dialog.isVisible(), dialog.error.text()
        seen["signed_in"] = dialog.signed_in
        dialog.reject()

    when_dialog_opens(accept)
    tab.panel.buttons["accept"].click()

    assert seen["open"] and seen["error"] == "Wrong user name or password." and seen["signed_in"] is None
    with demo_db.reading() as session:
        assert session.get(Handover, handover_id).state is HandoverState.PENDING
        shift = shift_at(session, HOST)
        assert shift.state is ShiftState.HANDING_OVER and shift.user_id == user_id(session, "clerk")
        # The failed attempt counts towards the lock-out, as at the log-in.
        assert session.scalar(select(User.failed_logins).where(User.username == "clerk2")) == failed_before + 1
    assert "waiting for the incoming clerk" in tab.panel.state.text()


def test_a_recount_that_differs_needs_the_disagreement_in_writing(qtbot, open_window, actors, demo_db):
    handover_id = hand_over_here(demo_db, actors)
    window, tab = open_tab(qtbot, open_window, actors)
    with demo_db.reading() as session:
        handed = session.get(Handover, handover_id).float_handed_over
    short = handed - Decimal("1.00")
    seen = {}

    def accept(dialog):
        type_into(qtbot, dialog.username, "clerk2")
        type_into(qtbot, dialog.password, "desk123")
        dialog.count.set_total(short)
        seen["difference"] = dialog.difference.text()
        dialog.ok_button.click()
        seen["refused"] = dialog.error.text() if dialog.isVisible() else ""
        dialog.disagreement.setPlainText("One 1-yuan coin missing from the float.")
        dialog.ok_button.click()

    when_dialog_opens(accept)
    with qtbot.waitSignal(window.user_switched):
        tab.panel.buttons["accept"].click()

    assert seen["difference"] == "Against the float handed over: Short by 1.00 CNY"
    assert seen["refused"].startswith(f"You counted {short}, but {handed} was handed over.")
    with demo_db.reading() as session:
        done = session.get(Handover, handover_id)
        assert done.state is HandoverState.ACCEPTED and done.incoming_count == short
        assert done.disagreement == "One 1-yuan coin missing from the float."
        new = shift_at(session, HOST)
        assert new.opening_float == short and new.float_difference == Decimal("-1.00")
        assert new.float_note == done.disagreement


def test_history_lists_the_handover_and_exports_it(qtbot, open_window, actors, demo_db, tmp_path, monkeypatch):
    handover_id = hand_over_here(demo_db, actors)
    with demo_db.writing() as session:
        handover.accept(session, replace(actors["clerk2"], workstation=HOST), handover_id=handover_id,
                        counted_total="1998.00", disagreement="One coin short.")
    _window, tab = open_tab(qtbot, open_window, actors, "manager")
    tab.pages.setCurrentIndex(HISTORY_PAGE)
    history = tab.history
    type_into(qtbot, history.clerk, "Zhang")
    qtbot.keyClick(history.clerk, Qt.Key.Key_Return)

    rows = history.model.rows()
    assert rows and all("Zhang Wei" in (r.clerk, r.incoming) for r in rows)
    assert rows[0].id == handover_id  # newest first
    assert history.select(handover_id)
    assert history.model.index(0, 5).data() == "accepted · disagreement"
    sheet = history.sheet.toPlainText()
    for text in ("Handed over by", "Wang Fang", "Accepted by", "Zhang Wei", "One coin short.", "Balanced"):
        assert text in sheet

    target = tmp_path / "handover.xlsx"
    asked = {}

    def save_as(_parent, _title, default, _filter):
        asked["default"] = default
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    qtbot.mouseClick(history.export_button, Qt.MouseButton.LeftButton)

    assert tab.message.kind == "info", tab.message.label.text()
    assert asked["default"].endswith(".xlsx") and "handover-2026-11-20-" in asked["default"]
    book = openpyxl.load_workbook(target)
    values = [cell for sheet in book.worksheets for row in sheet.iter_rows(values_only=True) for cell in row
              if cell is not None]
    assert "Shift handover" in " ".join(str(v) for v in values)
    assert "Wang Fang" in values and "Zhang Wei" in values and "One coin short." in values

    # What Print… sends to the printer, rendered to a PDF instead.
    pdf = tmp_path / "handover.pdf"
    save_pdf(history.html, str(pdf))
    assert pdf.read_bytes().startswith(b"%PDF") and pdf.stat().st_size > 2000


def test_withdraw_then_a_manager_closes_the_shift_without_acceptance(qtbot, open_window, actors, demo_db):
    handover_id = hand_over_here(demo_db, actors)
    _window, tab = open_tab(qtbot, open_window, actors)
    assert not tab.panel.buttons["override"].isVisible()  # a clerk cannot
    qtbot.mouseClick(tab.panel.buttons["withdraw"], Qt.MouseButton.LeftButton)
    assert tab.message.label.text() == "Handover withdrawn: the shift is open again."
    assert tab.panel.buttons["hand_over"].isVisible() and not tab.panel.buttons["accept"].isVisible()

    _manager_window, managers_tab = open_tab(qtbot, open_window, actors, "manager")
    assert managers_tab.panel.buttons["override"].isVisible()
    seen = {}

    def close(dialog):
        assert dialog.count is not None  # not handed over: the manager counts the drawer
        dialog.ok_button.click()
        seen["refused"] = dialog.error.text()
        type_into(qtbot, dialog.reason, "Clerk taken ill; nobody to take over.")
        dialog.count.set_total(Decimal("7099.00"))
        dialog.ok_button.click()

    when_dialog_opens(close)
    managers_tab.panel.buttons["override"].click()

    assert seen["refused"] == "Please fill in the reason."
    assert managers_tab.message.kind == "info", managers_tab.message.label.text()
    assert managers_tab.panel.buttons["open"].isVisible()
    with demo_db.reading() as session:
        assert session.get(Handover, handover_id).state is HandoverState.WITHDRAWN
        closed = session.scalar(select(Handover).where(Handover.state == HandoverState.OVERRIDDEN))
        assert closed.override_reason == "Clerk taken ill; nobody to take over."
        assert closed.override_by_id == user_id(session, "manager") and shift_at(session, HOST) is None


def test_models_pass_the_model_tester(qtmodeltester, qtbot, open_window, actors, demo_db):
    _window, tab = open_tab(qtbot, open_window, actors)
    qtmodeltester.check(tab.duty.model)
    qtmodeltester.check(tab.history.model)
    summary = tab.ops.read(handover.preview, actor=tab.ops.actor)
    dialog = HandOverDialog(summary=summary, currency="CNY", timezone="Asia/Shanghai",
                            denominations=denominations("CNY"), submit=lambda _d: None)
    qtbot.addWidget(dialog)
    assert dialog.carry_model.rowCount() == len(summary.items)
    qtmodeltester.check(dialog.carry_model)
