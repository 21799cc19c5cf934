"""The Front desk tab driven through its real widgets, as a clerk at a busy desk."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QMessageBox
from sqlalchemy import select

from desk import clock
from desk.frontdesk import folio, stays
from desk.frontdesk.queries import in_house, stay_view
from desk.models import ChargeType, Guarantee, Guest, IdType, RoomType, Stay, StayState
from desk.reservations import booking
from desk.reservations.queries import Status
from desk.rooms.codes import StatusCode
from tests.helpers.fixtures import DEMO_DATE
from tests.ui.dialog_helpers import ok, type_into, when_dialog_opens
from ui.frontdesk.checkout import CheckOutDialog
from ui.frontdesk.dialogs import ChargeDialog
from ui.frontdesk.receipt import ReceiptDialog, ReceiptWriter, receipt_path
from ui.frontdesk.registration import CheckInDialog
from ui.frontdesk.tab import ARRIVALS, DEPARTURES, IN_HOUSE, FrontDeskTab

RESIDENT_ID = "11010519491231002X"
WRONG_CHECK_DIGIT = "110105194912310021"


def open_tab(qtbot, open_window, username: str = "clerk") -> tuple[object, FrontDeskTab]:
    window = open_window(username)
    assert window.front_desk is not None
    window.tabs.setCurrentWidget(window.front_desk)
    window.activateWindow()  # shortcuts need the window active and the focus in the tab
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    window.front_desk.setFocus()
    return window, window.front_desk


def close_receipt(dialog) -> None:
    assert isinstance(dialog, ReceiptDialog)
    dialog.reject()


def select_stay(qtbot, tab: FrontDeskTab, room: str) -> None:
    type_into(qtbot, tab.search, room)
    assert tab.stay is not None and tab.stay.room_number == room


def tile(window, number: str):
    return next(t for t in window.room_status.model.tiles() if t.number == number)


def test_walk_in_typed_into_the_dialog(qtbot, open_window, demo_db):
    window, tab = open_tab(qtbot, open_window)
    before = tab.in_house_model.rowCount()
    seen = {}

    def register(dialog):
        assert isinstance(dialog, CheckInDialog)
        type_into(qtbot, dialog.name, "Gao Yuan")
        type_into(qtbot, dialog.phone, "139 0000 7777")
        dialog.id_type.setCurrentIndex(dialog.id_type.findData(IdType.RESIDENT_ID))
        type_into(qtbot, dialog.id_number, RESIDENT_ID)
        dialog.room_type.setCurrentIndex(dialog.room_type.findText("SK", Qt.MatchFlag.MatchStartsWith))
        dialog.nights.setValue(2)
        seen["room"] = dialog.room.number
        seen["deposit"] = dialog.deposit.text()
        qtbot.keyClick(dialog.deposit_reference, Qt.Key.Key_Return)  # Enter checks in

    when_dialog_opens(register)
    qtbot.keyClick(tab, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)

    assert tab.message.kind == "info", tab.message.label.text()
    assert seen["deposit"] == "800.00"  # 388 x 2, rounded up to the hundred
    assert tab.in_house_model.rowCount() == before + 1
    assert tab.stay is not None and tab.stay.guest_name == "Gao Yuan" and tab.stay.room_number == seen["room"]
    assert tab.stay.id_masked == "110105********002X"
    assert tab.panel.fact_labels["id"].text().endswith("110105********002X")
    assert tab.stay.totals.deposit_held == Decimal("800.00")
    assert tile(window, seen["room"]).occupied


def test_check_in_a_demo_arrival_with_an_assigned_room(qtbot, open_window, demo_db):
    window, tab = open_tab(qtbot, open_window)
    tab.lists.setCurrentIndex(ARRIVALS)
    view, model = tab.arrivals_view, tab.arrivals_model
    row = next(i for i, r in enumerate(model.rows()) if r.room_number and r.nights > 1)
    arrival = model.row(row)
    view.setCurrentIndex(view.model().index(row, 0))
    assert tab.buttons["check_in"].isEnabled()
    seen = {}

    def register(dialog):
        assert dialog.name.text() == arrival.guest_name
        seen["room"], seen["deposit"] = dialog.room.number, dialog.deposit.text()
        type_into(qtbot, dialog.id_number, RESIDENT_ID)
        ok(dialog)

    when_dialog_opens(register)
    qtbot.keyClick(view, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)

    assert tab.message.kind == "info", tab.message.label.text()
    assert seen["room"] == arrival.room_number
    expected = (arrival.rate * arrival.nights / 100).to_integral_value(rounding="ROUND_CEILING") * 100
    assert Decimal(seen["deposit"]) == expected
    assert all(r.id != arrival.id for r in model.rows())
    assert tab.stay.room_number == arrival.room_number and tab.stay.confirmation == arrival.confirmation
    assert tab.stay.departure == arrival.departure
    assert tile(window, arrival.room_number).occupied and not tile(window, arrival.room_number).arrival_assigned


def test_refused_check_in_keeps_the_dialog_and_what_was_typed(qtbot, open_window, demo_db):
    _window, tab = open_tab(qtbot, open_window)
    with demo_db.reading() as session:
        stays_before = len(in_house(session))
    seen = {}

    def register(dialog):
        type_into(qtbot, dialog.name, "Gao Yuan")
        type_into(qtbot, dialog.phone, "13900007777")
        type_into(qtbot, dialog.id_number, WRONG_CHECK_DIGIT)
        dialog.companions.setPlainText("Gao Ming")
        dialog.adults.setValue(2)
        ok(dialog)
        seen["open"] = dialog.isVisible()
        seen["error"] = dialog.error.text() if dialog.error.isVisible() else ""
        seen["fields"] = (dialog.name.text(), dialog.phone.text(), dialog.id_number.text(),
                          dialog.companions.toPlainText())
        dialog.reject()

    when_dialog_opens(register)
    qtbot.mouseClick(tab.buttons["walk_in"], Qt.MouseButton.LeftButton)

    assert seen["open"]
    assert "the last character does not match the others" in seen["error"]
    assert seen["fields"] == ("Gao Yuan", "13900007777", WRONG_CHECK_DIGIT, "Gao Ming")
    assert tab.message.kind == "error" and WRONG_CHECK_DIGIT in tab.message.label.text()
    with demo_db.reading() as session:
        assert len(in_house(session)) == stays_before


def test_returning_guest_is_recognised_by_id(qtbot, open_window, demo_db):
    _window, tab = open_tab(qtbot, open_window)
    with demo_db.reading() as session:
        name, number, nationality = session.execute(
            select(Guest.name, Guest.id_number, Guest.nationality).where(Guest.id_type == IdType.PASSPORT)).first()
    seen = {}

    def register(dialog):
        dialog.id_type.setCurrentIndex(dialog.id_type.findData(IdType.PASSPORT))
        type_into(qtbot, dialog.id_number, number)
        dialog.id_number.editingFinished.emit()
        seen["returning"] = dialog.returning.isVisibleTo(dialog) and dialog.returning.text()
        seen["name"], seen["nationality"] = dialog.name.text(), dialog.nationality.text()
        dialog.reject()

    when_dialog_opens(register)
    tab.buttons["walk_in"].click()
    assert seen["returning"] and name in seen["returning"]
    assert number not in seen["returning"]  # masked, never the full number
    assert (seen["name"], seen["nationality"]) == (name, nationality)


def test_minibar_charge_changes_the_balance(qtbot, open_window, demo_db):
    _window, tab = open_tab(qtbot, open_window)
    select_stay(qtbot, tab, "203")
    before = tab.stay.totals.balance

    def charge(dialog):
        assert isinstance(dialog, ChargeDialog)
        dialog.type.setCurrentIndex(dialog.type.findData(ChargeType.MINIBAR))
        type_into(qtbot, dialog.amount, "45")
        type_into(qtbot, dialog.description, "2 beers")
        ok(dialog)

    when_dialog_opens(charge)
    qtbot.keyClick(tab.in_house_view, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)

    assert tab.message.kind == "info", tab.message.label.text()
    assert tab.stay.totals.balance == before + Decimal("45.00")
    assert tab.panel.balance.text().endswith(f"{before + 45:,.2f}")
    last = tab.panel.folio_model.rows()[-1]
    assert last.charge_type is ChargeType.MINIBAR and last.description == "2 beers"
    row = next(r for r in tab.in_house_model.rows() if r.room_number == "203")
    assert row.balance == before + Decimal("45.00")


def test_reversed_line_is_marked_and_needs_a_reason(qtbot, open_window, demo_db, actors):
    _window, tab = open_tab(qtbot, open_window)
    select_stay(qtbot, tab, "203")
    with demo_db.writing() as session:
        line_id = folio.post_charge(session, actors["clerk"], stay_id=tab.stay.stay_id,
                                    charge_type=ChargeType.LAUNDRY, amount="60")
    tab.refresh()
    tab.panel.select_line(line_id)
    assert tab.buttons["reverse"].isEnabled()
    seen = {}

    def reverse(dialog):
        ok(dialog)  # no reason: refused, still open
        seen["refused"] = dialog.isVisible() and dialog.error.text()
        type_into(qtbot, dialog.reason, "posted to the wrong room")
        ok(dialog)

    when_dialog_opens(reverse)
    tab.buttons["reverse"].click()
    assert seen["refused"]
    lines = {line.id: line for line in tab.panel.folio_model.rows()}
    assert lines[line_id].reversed
    reversal = next(line for line in lines.values() if line.reverses_id == line_id)
    model = tab.panel.folio_model
    original_row = list(lines).index(line_id)
    assert model.index(original_row, 0).data(Qt.ItemDataRole.FontRole).strikeOut()
    assert "reversed" in model.index(original_row, 3).data()
    assert "posted to the wrong room" in model.index(list(lines).index(reversal.id), 3).data()
    assert not tab.buttons["reverse"].isEnabled() or not tab.panel.reversible(tab.panel.selected_line())


def test_check_out_with_the_payment_prefilled(qtbot, open_window, demo_db, actors):
    window, tab = open_tab(qtbot, open_window)
    tab.lists.setCurrentIndex(DEPARTURES)
    departure = tab.departures_model.rows()[0]
    with demo_db.writing() as session:  # more on the bill than the deposit covers
        held = stay_view(session, departure.stay_id).totals.deposit_held
        folio.post_charge(session, actors["clerk"], stay_id=departure.stay_id, charge_type=ChargeType.FOOD,
                          amount=str(held), description="Banquet")
    tab.refresh()
    tab.departures_view.setCurrentIndex(tab.departures_view.model().index(0, 0))
    assert tab.stay.stay_id == departure.stay_id
    due = tab.stay.totals.balance - tab.stay.totals.deposit_held
    seen = {}

    def check_out(dialog):
        assert isinstance(dialog, CheckOutDialog)
        seen["amount"] = dialog.amount.text()
        seen["applied"] = dialog.applied.text()
        when_dialog_opens(close_receipt)  # the receipt is offered next
        ok(dialog)

    when_dialog_opens(check_out)
    qtbot.keyClick(tab.departures_view, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)

    assert tab.message.kind == "info", tab.message.label.text()
    assert Decimal(seen["amount"]) == due
    assert Decimal(seen["applied"].replace(",", "")) == held
    assert all(r.stay_id != departure.stay_id for r in tab.in_house_model.rows())
    assert all(r.stay_id != departure.stay_id for r in tab.departures_model.rows())
    assert tile(window, departure.room_number).code is StatusCode.VD
    assert tab.stay.state is StayState.CHECKED_OUT and tab.buttons["receipt"].isEnabled()
    assert not tab.buttons["charge"].isEnabled()
    with demo_db.reading() as session:
        assert session.get(Stay, departure.stay_id).state is StayState.CHECKED_OUT


def test_check_out_refused_stays_open(qtbot, open_window, demo_db):
    _window, tab = open_tab(qtbot, open_window)
    select_stay(qtbot, tab, "201")
    seen = {}

    def check_out(dialog):
        type_into(qtbot, dialog.amount, "5000")  # far more than the bill
        ok(dialog)
        seen["open"], seen["error"] = dialog.isVisible(), dialog.error.text()
        dialog.reject()

    when_dialog_opens(check_out)
    tab.buttons["check_out"].click()
    assert seen["open"] and "more than the bill" in seen["error"]
    assert tab.stay.state is StayState.IN_HOUSE


def test_receipt_pdf_has_the_masked_id_only(qtbot, open_window, demo_db):
    _window, tab = open_tab(qtbot, open_window)
    select_stay(qtbot, tab, "201")
    with demo_db.reading() as session:
        full_id = session.get(Guest, tab.stay.guest_id).id_number
    assert full_id and tab.stay.id_masked != full_id
    seen = {}

    def save(dialog):
        assert isinstance(dialog, ReceiptDialog)
        seen["html"] = dialog.html
        dialog.save_button.click()
        seen["path"] = dialog.path
        dialog.reject()

    when_dialog_opens(save)
    qtbot.keyClick(tab.in_house_view, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)

    path = seen["path"]
    assert path is not None and path.exists() and path.read_bytes().startswith(b"%PDF")
    assert path.parent.name == "exports"
    assert tab.stay.id_masked in seen["html"] and full_id not in seen["html"]
    assert "Lakeside Hotel" in seen["html"] and tab.stay.guest_name in seen["html"]
    assert str(path) in tab.message.label.text()


def test_receipt_writer_renders_a_pdf(qtbot, demo_db, tmp_path):
    from desk.frontdesk.queries import receipt

    with demo_db.reading() as session:
        stay_id = in_house(session)[0].stay_id
        data = receipt(session, stay_id)
    writer = ReceiptWriter()
    text = writer.html(data, clerk="Wang Fang")
    path = writer.save_pdf(text, tmp_path / "r.pdf")
    assert path.read_bytes()[:4] == b"%PDF"
    assert data.view.id_masked in text and "Wang Fang" in text
    assert receipt_path(data).suffix == ".pdf"


def test_manager_sees_the_full_id_with_a_reason(qtbot, open_window, demo_db):
    _window, tab = open_tab(qtbot, open_window, "manager")
    select_stay(qtbot, tab, "201")
    with demo_db.reading() as session:
        full_id = session.get(Guest, tab.stay.guest_id).id_number
    seen = {}

    def read_box(box):
        assert isinstance(box, QMessageBox)
        seen["text"] = box.text()
        box.close()

    def give_reason(dialog):
        type_into(qtbot, dialog.findChild(QLineEdit, "reason"), "police registration check")
        when_dialog_opens(read_box)
        ok(dialog)

    when_dialog_opens(give_reason)
    tab.buttons["reveal"].click()
    assert full_id in seen["text"]
    shown = [label.text() for label in tab.findChildren(QLineEdit)] + [tab.message.label.text()]
    assert all(full_id not in text for text in shown)
    assert full_id not in tab.panel.fact_labels["id"].text()


def test_clerk_has_no_full_id_button(qtbot, open_window):
    _window, tab = open_tab(qtbot, open_window)
    assert not tab.buttons["reveal"].isVisibleTo(tab)


def test_move_room_and_change_departure(qtbot, open_window, demo_db):
    window, tab = open_tab(qtbot, open_window)
    select_stay(qtbot, tab, "203")
    stay_id, old_departure = tab.stay.stay_id, tab.stay.departure
    seen = {}

    def move(dialog):
        seen["room"] = dialog.room.number
        type_into(qtbot, dialog.reason, "noisy air conditioner")
        ok(dialog)

    when_dialog_opens(move)
    qtbot.keyClick(tab.in_house_view, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert tab.message.kind == "info", tab.message.label.text()
    assert tab.stay.stay_id == stay_id and tab.stay.room_number == seen["room"]
    assert tile(window, "203").code is StatusCode.VD and tile(window, seen["room"]).occupied

    def shorten(dialog):
        dialog.departure.setDate(DEMO_DATE + timedelta(days=2))
        ok(dialog)

    when_dialog_opens(shorten)
    tab.buttons["departure"].click()
    assert tab.message.kind == "info", tab.message.label.text()
    assert tab.stay.departure == DEMO_DATE + timedelta(days=2) != old_departure


def test_search_filters_the_in_house_list(qtbot, open_window):
    _window, tab = open_tab(qtbot, open_window)
    qtbot.keyClick(tab, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(tab.search, "20")
    rooms = {tab.in_house_proxy.index(i, 0).data().split()[0] for i in range(tab.in_house_proxy.rowCount())}
    assert rooms and all(room.startswith("20") for room in rooms)
    assert tab.lists.currentIndex() == IN_HOUSE and tab.stay.room_number in rooms
    tab.search.clear()
    assert tab.in_house_proxy.rowCount() == tab.in_house_model.rowCount()


def test_selected_stay_survives_a_change_elsewhere(qtbot, open_window, demo_db, actors):
    _window, tab = open_tab(qtbot, open_window)
    select_stay(qtbot, tab, "214")
    with demo_db.writing() as session:  # another workstation posts to the same folio
        folio.post_payment(session, actors["clerk2"], stay_id=tab.stay.stay_id, method="cash", amount="100")
    tab.ops.hub.poll()
    assert tab.stay.room_number == "214"
    assert tab.stay.totals.payments == Decimal("100.00")
    assert tab.in_house_view.selectionModel().hasSelection()


def test_models_pass_the_model_tester(qtmodeltester, qtbot, open_window):
    _window, tab = open_tab(qtbot, open_window)
    select_stay(qtbot, tab, "201")
    qtmodeltester.check(tab.in_house_model)
    qtmodeltester.check(tab.in_house_proxy)
    qtmodeltester.check(tab.arrivals_model)
    qtmodeltester.check(tab.departures_model)
    qtmodeltester.check(tab.panel.folio_model)



def test_stale_stay_change_is_refused_and_the_current_state_shown(qtbot, open_window, demo_db, actors):
    _window, tab = open_tab(qtbot, open_window)
    select_stay(qtbot, tab, "206")
    stale = tab.stay
    with demo_db.writing() as session:  # another workstation extends the same stay first
        stays.change_departure(session, actors["clerk2"], stay_id=stale.stay_id,
                               departure=stale.departure + timedelta(days=1), reason="guest asked")
    seen = {}

    def shorten(dialog):
        dialog.departure.setDate(DEMO_DATE + timedelta(days=2))
        ok(dialog)
        seen["open"], seen["error"] = dialog.isVisible(), dialog.error.text()
        dialog.reject()

    when_dialog_opens(shorten)
    tab.buttons["departure"].click()
    assert seen["open"] and "Someone changed this stay" in seen["error"]
    assert tab.stay.departure == stale.departure + timedelta(days=1)  # the current state is shown


def test_released_arrivals_are_shown_as_such(qtbot, open_window, demo_db, actors):
    _window, tab = open_tab(qtbot, open_window)
    with demo_db.writing() as session:  # not guaranteed: held until 18:00 today
        sk = session.scalar(select(RoomType.id).where(RoomType.code == "SK"))
        booking.create_reservation(session, actors["clerk"], details=booking.BookingDetails(
            "Late Guest", "139 0000 5555", 1, 0, sk, DEMO_DATE, DEMO_DATE + timedelta(days=1), None,
            Guarantee.NONE))
    with clock.frozen(datetime(2026, 11, 20, 12, 0, tzinfo=UTC)):  # 20:00 at the hotel: 18:00 holds passed
        tab.refresh()
    model = tab.arrivals_model
    released = [i for i, r in enumerate(model.rows()) if r.status is Status.RELEASED]
    assert [model.row(i).guest_name for i in released] == ["Late Guest"]
    index = model.index(released[0], model.columnCount() - 1)
    assert index.data() == "released (hold passed)"
    assert index.data(Qt.ItemDataRole.FontRole).italic()
    assert tab.lists.tabText(ARRIVALS) == f"Arrivals today ({model.rowCount()})"


def _select_tile(qtbot, window, number: str) -> None:
    board = window.room_status
    window.tabs.setCurrentWidget(board)
    assert board.jump_to_room(number)


def test_check_in_from_the_room_tile_of_an_assigned_arrival(qtbot, open_window, demo_db):
    window, tab = open_tab(qtbot, open_window)
    arrival = next(r for r in tab.arrivals_model.rows() if r.room_number)
    _select_tile(qtbot, window, arrival.room_number)
    seen = {}

    def register(dialog):
        assert isinstance(dialog, CheckInDialog)
        seen["name"], seen["room"] = dialog.name.text(), dialog.room.number
        type_into(qtbot, dialog.id_number, RESIDENT_ID)
        ok(dialog)

    when_dialog_opens(register)
    qtbot.mouseClick(window.room_status.buttons["checkin"], Qt.MouseButton.LeftButton)

    assert window.tabs.currentWidget() is tab  # the work goes on at the front desk
    assert (seen["name"], seen["room"]) == (arrival.guest_name, arrival.room_number)
    assert tab.message.kind == "info", tab.message.label.text()
    assert tab.stay.confirmation == arrival.confirmation
    assert tile(window, arrival.room_number).occupied


def test_walk_in_from_a_vacant_tile_takes_that_room(qtbot, open_window, demo_db):
    window, tab = open_tab(qtbot, open_window)
    vacant = next(t for t in window.room_status.model.tiles()
                  if t.code is StatusCode.VI and not t.arrival_assigned)
    _select_tile(qtbot, window, vacant.number)
    seen = {}

    def register(dialog):
        seen["room"], seen["walk_in"] = dialog.room.number, dialog.reservation is None
        type_into(qtbot, dialog.name, "Tian Ye")
        type_into(qtbot, dialog.phone, "139 0000 8888")
        type_into(qtbot, dialog.id_number, RESIDENT_ID)
        ok(dialog)

    when_dialog_opens(register)
    qtbot.mouseClick(window.room_status.buttons["checkin"], Qt.MouseButton.LeftButton)

    assert seen == {"room": vacant.number, "walk_in": True}
    assert tab.message.kind == "info", tab.message.label.text()
    assert tile(window, vacant.number).occupied and tile(window, vacant.number).guest_name == "Tian Ye"


def test_check_out_from_an_occupied_tile_opens_that_guests_bill(qtbot, open_window, demo_db):
    window, tab = open_tab(qtbot, open_window)
    occupied = next(t for t in window.room_status.model.tiles() if t.occupied)
    _select_tile(qtbot, window, occupied.number)
    assert not window.room_status.buttons["checkin"].isEnabled()
    seen = {}

    def look(dialog):
        assert isinstance(dialog, CheckOutDialog)
        seen["room"] = dialog.view.room_number
        dialog.reject()

    when_dialog_opens(look)
    qtbot.mouseClick(window.room_status.buttons["checkout"], Qt.MouseButton.LeftButton)

    assert seen["room"] == occupied.number
    assert window.tabs.currentWidget() is tab and tab.stay.room_number == occupied.number


def test_housekeeping_has_no_check_in_on_the_board(qtbot, open_window):
    window = open_window("housekeeping")
    assert not window.room_status.buttons["checkin"].isVisibleTo(window)
    assert not window.room_status.buttons["checkout"].isVisibleTo(window)


def test_search_finds_an_arrival_by_confirmation_number_to_check_in(qtbot, open_window, demo_db):
    _window, tab = open_tab(qtbot, open_window)
    arrival = tab.arrivals_model.rows()[-1]
    type_into(qtbot, tab.search, arrival.confirmation.lower())
    assert tab.lists.currentIndex() == ARRIVALS
    assert tab.arrival is not None and tab.arrival.id == arrival.id
    assert tab.buttons["check_in"].isEnabled()
    # A name finds the arrival too (guests in house come first when both match).
    type_into(qtbot, tab.search, arrival.guest_name)
    assert tab.arrival is not None and tab.arrival.id == arrival.id
