"""The Reservations tab driven through its real widgets, as a clerk on the phone."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit
from sqlalchemy import func, select

from desk.actor import Actor
from desk.models import Reservation, ReservationState, RoomType
from desk.reservations import booking
from desk.reservations.queries import reservation_row
from tests.helpers.fixtures import DEMO_DATE
from ui.reservations.tab import ReservationsTab


def open_tab(open_window, username: str = "clerk") -> ReservationsTab:
    window = open_window(username)
    window.tabs.setCurrentWidget(window.reservations)
    assert window.reservations is not None
    return window.reservations


def type_id(db, code: str) -> int:
    with db.reading() as session:
        return session.scalar(select(RoomType.id).where(RoomType.code == code))


def reservation_count(db) -> int:
    with db.reading() as session:
        return session.scalar(select(func.count(Reservation.id)))


def type_into(qtbot, widget, text: str) -> None:
    widget.setFocus()
    qtbot.keyClicks(widget, text)


def fill_form(qtbot, tab: ReservationsTab, *, name: str, phone: str, code: str, nights: int = 2,
              arrival: date = DEMO_DATE) -> None:
    form = tab.form
    qtbot.keyClick(tab, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # new booking
    type_into(qtbot, form.guest_name, name)
    type_into(qtbot, form.phone, phone)
    form.room_type.setCurrentIndex(form.room_type.findData(type_id(tab.ops.database, code)))
    form.arrival.setDate(arrival)
    form.nights.setValue(nights)


def when_dialog_opens(qtbot, act) -> None:
    def run():
        dialog = QApplication.activeModalWidget()
        assert dialog is not None, "no dialog opened"
        act(dialog)

    QTimer.singleShot(0, run)


def test_book_by_keyboard_updates_the_grid(qtbot, open_window, demo_db):
    tab = open_tab(open_window)
    sk = type_id(demo_db, "SK")
    free_before = tab.grid.model.grid.free(sk, DEMO_DATE)
    before = reservation_count(demo_db)

    fill_form(qtbot, tab, name="Liu Yang", phone="139 0000 1234", code="SK")
    qtbot.keyClick(tab.form.notes, Qt.Key.Key_Return)  # Enter books

    assert reservation_count(demo_db) == before + 1
    assert tab.message.kind == "info" and "Liu Yang" in tab.message.label.text()
    assert tab.grid.model.grid.free(sk, DEMO_DATE) == free_before - 1
    assert any(r.guest_name == "Liu Yang" for r in tab.models["today"].rows())
    assert tab.form.guest_name.text() == ""  # ready for the next call


def test_refused_booking_says_why_and_saves_nothing(qtbot, open_window, demo_db):
    tab = open_tab(open_window)
    before = reservation_count(demo_db)
    fill_form(qtbot, tab, name="Liu Yang", phone="12345", code="SK")
    qtbot.mouseClick(tab.form.save_button, Qt.MouseButton.LeftButton)
    assert tab.message.kind == "error"
    assert "12345 is not a phone number" in tab.message.label.text()
    assert reservation_count(demo_db) == before
    assert tab.form.guest_name.text() == "Liu Yang"  # nothing typed is lost


def test_full_type_is_refused_for_a_clerk_naming_the_night(qtbot, open_window, demo_db):
    tab = open_tab(open_window)
    fs = type_id(demo_db, "FS")
    for i in range(tab.grid.model.grid.free(fs, DEMO_DATE)):
        fill_form(qtbot, tab, name=f"Family {i}", phone=f"13900001{i:03d}", code="FS", nights=1)
        qtbot.mouseClick(tab.form.save_button, Qt.MouseButton.LeftButton)
        assert tab.message.kind == "info", tab.message.label.text()
    fill_form(qtbot, tab, name="One Too Many", phone="13900009999", code="FS", nights=1)
    qtbot.mouseClick(tab.form.save_button, Qt.MouseButton.LeftButton)
    assert tab.message.kind == "error"
    assert f"FS is full on {DEMO_DATE.isoformat()}" in tab.message.label.text()


def test_manager_may_overbook_with_a_reason(qtbot, open_window, demo_db):
    tab = open_tab(open_window, "manager")
    fs = type_id(demo_db, "FS")
    for i in range(tab.grid.model.grid.free(fs, DEMO_DATE)):
        fill_form(qtbot, tab, name=f"Family {i}", phone=f"13900001{i:03d}", code="FS", nights=1)
        qtbot.mouseClick(tab.form.save_button, Qt.MouseButton.LeftButton)

    def give_reason(dialog):
        qtbot.keyClicks(dialog.findChild(QLineEdit, "reason"), "VIP, 309 will be freed")
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    fill_form(qtbot, tab, name="Very Important", phone="13900009999", code="FS", nights=1)
    when_dialog_opens(qtbot, give_reason)
    qtbot.mouseClick(tab.form.save_button, Qt.MouseButton.LeftButton)
    with demo_db.reading() as session:
        reason = session.scalar(select(Reservation.overbooking_reason).where(Reservation.overbooking_reason != ""))
    assert reason.startswith("VIP, 309 will be freed")
    assert tab.grid.model.grid.free(fs, DEMO_DATE) == -1


def test_assign_a_room_shows_on_the_board(qtbot, open_window, demo_db):
    window = open_window("clerk")
    tab = window.reservations
    unassigned = next(r for r in tab.models["today"].rows() if not r.room_number)
    tab.lists.setCurrentIndex(0)
    view = tab.views["today"]
    proxy = view.model()
    row = next(i for i in range(proxy.rowCount()) if proxy.index(i, 0).data() == unassigned.confirmation)
    view.setCurrentIndex(proxy.index(row, 0))
    assert tab.form.reservation.id == unassigned.id
    chosen = {}

    def pick_first(dialog):
        chosen["room"] = dialog.choice.number
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    when_dialog_opens(qtbot, pick_first)
    qtbot.mouseClick(tab.buttons["assign"], Qt.MouseButton.LeftButton)

    assert tab.message.kind == "info", tab.message.label.text()
    tile = next(t for t in window.room_status.model.tiles() if t.number == chosen["room"])
    assert tile.arrival_assigned and tile.arrival_name == unassigned.guest_name


def test_cancel_frees_the_night(qtbot, open_window, demo_db):
    tab = open_tab(open_window)
    tab.lists.setCurrentIndex(1)
    tab.views["tomorrow"].setCurrentIndex(tab.views["tomorrow"].model().index(0, 0))
    target = tab.selected()
    free_before = tab.grid.model.grid.free(target.room_type_id, target.arrival)

    def give_reason(dialog):
        qtbot.keyClicks(dialog.findChild(QLineEdit, "reason"), "Guest called: meeting moved")
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    when_dialog_opens(qtbot, give_reason)
    qtbot.mouseClick(tab.buttons["cancel"], Qt.MouseButton.LeftButton)
    with demo_db.reading() as session:
        cancelled = session.get(Reservation, target.id)
        assert cancelled.state is ReservationState.CANCELLED
        assert cancelled.cancel_reason == "Guest called: meeting moved"
    assert tab.grid.model.grid.free(target.room_type_id, target.arrival) == free_before + 1


def test_stale_edit_is_refused_and_the_current_state_shown(qtbot, open_window, demo_db, actors):
    tab = open_tab(open_window)
    tab.lists.setCurrentIndex(1)
    tab.views["tomorrow"].setCurrentIndex(tab.views["tomorrow"].model().index(0, 0))
    target = tab.selected()
    # Another workstation changes the same reservation first.
    other: Actor = actors["clerk2"]
    with demo_db.writing() as session:
        row = reservation_row(session, target.id)
        details = booking.BookingDetails(row.guest_name, row.phone, row.adults, row.children, row.room_type_id,
                                         row.arrival, row.departure, row.rate, row.guarantee, notes="Late check-in")
        booking.modify_reservation(session, other, reservation_id=row.id, version=row.version, details=details)
    tab.form.notes.setText("Quiet room")
    qtbot.mouseClick(tab.form.save_button, Qt.MouseButton.LeftButton)
    assert tab.message.kind == "error"
    assert "clerk2 changed reservation" in tab.message.label.text()
    assert tab.form.notes.text() == "Late check-in"  # the current state is shown


def test_returning_guest_is_recognised_by_phone(qtbot, open_window):
    tab = open_tab(open_window)
    qtbot.keyClick(tab, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    type_into(qtbot, tab.form.phone, "139 1111 2222")
    tab.form.phone.editingFinished.emit()
    assert tab.form.returning.isVisibleTo(tab.form)
    assert "2 cancelled, 1 no-show" in tab.form.returning.text()
    assert tab.form.guest_name.text() == "Guo Peng"


def test_models_pass_the_model_tester(qtmodeltester, open_window):
    tab = open_tab(open_window)
    qtmodeltester.check(tab.grid.model)
    qtmodeltester.check(tab.models["today"])
    qtmodeltester.check(tab.departures_model)
