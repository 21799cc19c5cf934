"""The Room plan tab driven through its real widgets: bars dragged with the
mouse onto rooms, the keyboard's way through a list, opening and booking
from the plan, and refreshing when another workstation changes something."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLineEdit, QMessageBox
from sqlalchemy import func, select

from desk.models import AuditEntry, HkState, Reservation, Room, RoomMove, Stay
from desk.reservations import rooms
from desk.roomplan import Bar, BarKind, BarState, PlanRoom
from tests.helpers.fixtures import DEMO_DATE
from tests.ui.dialog_helpers import ok, when_dialog_opens
from ui.reservations.dialogs import AssignRoomDialog
from ui.roomplan.tab import RoomPlanTab
from ui.roomplan.view import RoomPlanView


def open_tab(qtbot, open_window, username: str = "clerk"):
    window = open_window(username)
    assert window.room_plan is not None
    window.tabs.setCurrentWidget(window.room_plan)
    qtbot.waitUntil(window.room_plan.isVisible)
    return window, window.room_plan


# --- finding things on the plan ------------------------------------------------------------------------------------


def rooms_of(tab: RoomPlanTab) -> list[PlanRoom]:
    return [tab.model.room(row) for row in range(tab.model.rowCount())]


def free_for(tab: RoomPlanTab, bar: Bar, *, same_type: bool = True, ready: bool = False) -> PlanRoom:
    """A room (near the bar's row) with nothing on the bar's nights."""
    start = max(bar.start, tab.plan.business_date)
    origin = tab.model.row_of_room(bar.room_id) if bar.room_id is not None else 0
    candidates = sorted(range(tab.model.rowCount()), key=lambda row: abs(row - origin))
    for row in candidates:
        room = tab.model.room(row)
        if room.room_id == bar.room_id or (room.type_id == bar.type_id) != same_type:
            continue
        if ready and room.hk_state is HkState.DIRTY:
            continue
        if all(other.end <= start or other.start >= bar.end for other in tab.model.bars_of_row(row)):
            return room
    raise AssertionError("no free room")


def busy_for(tab: RoomPlanTab, bar: Bar) -> PlanRoom:
    """A room of the bar's type with a guest in house on one of its nights."""
    for row in range(tab.model.rowCount()):
        room = tab.model.room(row)
        if room.room_id != bar.room_id and room.type_id == bar.type_id and any(
                other.kind is BarKind.STAY and other.start < bar.end and other.end > bar.start
                for other in tab.model.bars_of_row(row)):
            return room
    raise AssertionError("no busy room")


def bar_where(tab: RoomPlanTab, test) -> Bar:
    return next(bar for row in range(tab.model.rowCount()) for bar in tab.model.bars_of_row(row) if test(bar))


def show_row(view: RoomPlanView, row: int) -> None:
    view.scrollTo(view.model().index(row, 0), view.ScrollHint.PositionAtCenter)
    view.horizontalScrollBar().setValue(0)


def bar_point(view: RoomPlanView, bar: Bar) -> QPoint:
    """The middle of a bar's visible part, in viewport coordinates."""
    model = view.plan_model()
    row = model.row_of_room(bar.room_id)
    show_row(view, row)
    left, right = view.layout_.bar_span(model, bar)
    left = max(left, view.horizontalOffset())
    right = min(right, view.horizontalOffset() + view.viewport().width())
    return QPoint((left + right) // 2 - view.horizontalOffset(),
                  view.layout_.row_tops[row] + view.layout_.row_height // 2 - view.verticalOffset())


def row_point(view: RoomPlanView, room: PlanRoom, x: int) -> QPoint:
    row = view.plan_model().row_of_room(room.room_id)
    return QPoint(x, view.layout_.row_tops[row] + view.layout_.row_height // 2 - view.verticalOffset())


def drag(qtbot, view: RoomPlanView, start: QPoint, end: QPoint) -> None:
    viewport = view.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    middle = QPoint((start.x() + end.x()) // 2, (start.y() + end.y()) // 2)
    for point in (start + QPoint(0, 12), middle, end):
        qtbot.mouseMove(viewport, point)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=end)


def drag_to_room(qtbot, view: RoomPlanView, bar: Bar, room: PlanRoom) -> None:
    """Drag a bar onto a room's row; both rows on screen at once."""
    model = view.plan_model()
    origin, target = model.row_of_room(bar.room_id), model.row_of_room(room.room_id)
    view.verticalScrollBar().setValue((view.layout_.row_tops[origin] + view.layout_.row_tops[target]) // 2
                                      - view.viewport().height() // 2)
    view.horizontalScrollBar().setValue(0)
    start = bar_point_here(view, bar)
    drag(qtbot, view, start, row_point(view, room, start.x()))


def bar_point_here(view: RoomPlanView, bar: Bar) -> QPoint:
    model = view.plan_model()
    row = model.row_of_room(bar.room_id)
    left, right = view.layout_.bar_span(model, bar)
    left = max(left, view.horizontalOffset())
    x = min((left + right) // 2, left + 30) - view.horizontalOffset()
    y = view.layout_.row_tops[row] + view.layout_.row_height // 2 - view.verticalOffset()
    assert 0 <= y < view.viewport().height(), "the bar's row is not on screen"
    return QPoint(x, y)


def to_strip(view: RoomPlanView, point: QPoint) -> QPoint:
    """A viewport point in the strip's coordinates."""
    return view.strip.mapFrom(view, view.viewport().mapTo(view, point))


def settled(qtbot, tab: RoomPlanTab) -> None:
    """Until the plan read in the background is on screen."""
    qtbot.waitUntil(lambda: not tab.loader.busy() and tab.view.drag is None and tab.plan.complete, timeout=5000)


def room_of_reservation(db, reservation_id: int) -> int | None:
    with db.reading() as session:
        return session.scalar(select(Reservation.room_id).where(Reservation.id == reservation_id))


def audit_count(db) -> int:
    with db.reading() as session:
        return session.scalar(select(func.count(AuditEntry.id)))


def assigned_reservation(tab: RoomPlanTab) -> Bar:
    return bar_where(tab, lambda b: b.kind is BarKind.RESERVATION and b.room_id is not None)


# --- the model -------------------------------------------------------------------------------------------------------


def test_the_model_passes_the_model_tester(qtmodeltester, qtbot, open_window):
    _window, tab = open_tab(qtbot, open_window)
    assert tab.model.rowCount() == 70 and tab.model.columnCount() == 31
    qtmodeltester.check(tab.model)
    bar = assigned_reservation(tab)
    row = tab.model.row_of_room(bar.room_id)
    index = tab.model.index(row, tab.model.column_of(max(bar.start, DEMO_DATE)))
    assert index.data() == bar.name
    assert bar.confirmation in index.data(Qt.ItemDataRole.ToolTipRole)


def test_the_rooms_on_screen_come_first_and_the_rest_in_the_background(qtbot, open_window):
    _window, tab = open_tab(qtbot, open_window)
    tab.view.verticalScrollBar().setValue(tab.view.verticalScrollBar().maximum())  # the top floor
    resets = []
    tab.model.modelReset.connect(lambda: resets.append(1))
    tab.refresh()
    assert not tab.plan.complete and not tab.loader.busy()  # the rest is read once this is painted
    shown = tab.view.layout_.rows_between(tab.view.verticalOffset(), tab.view.verticalOffset() + 200)
    bars_then = [tab.model.bars_of_row(row) for row in shown]
    assert any(bars_then)
    qtbot.waitUntil(lambda: tab.plan.complete, timeout=5000)
    assert not resets
    assert [tab.model.bars_of_row(row) for row in shown] == bars_then
    assert tab.model.bars_of_row(0)  # the first floor's guests and reservations are there too


def test_the_plan_shows_the_demo_hotel(qtbot, open_window):
    _window, tab = open_tab(qtbot, open_window)
    view = tab.view
    assert [r.number for r in rooms_of(tab)[:3]] == ["201", "202", "203"]
    states = {bar.state for row in range(tab.model.rowCount()) for bar in tab.model.bars_of_row(row)}
    assert {BarState.CHECKED_IN, BarState.DUE_OUT, BarState.GUARANTEED, BarState.OUT_OF_ORDER,
            BarState.OUT_OF_SERVICE} <= states
    assert sum(tab.plan.unassigned.values()) > 0
    assert view.layout_.columns == 31 and tab.plan.start == DEMO_DATE
    # Clicking a bar selects it and says what it is.
    bar = assigned_reservation(tab)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=bar_point(view, bar))
    assert view.selected == bar
    assert bar.name in tab.details.text() and tab.buttons["move"].isEnabled()


# --- dragging --------------------------------------------------------------------------------------------------------


def test_drag_a_reservation_onto_a_free_room_assigns_it(qtbot, open_window, demo_db):
    _window, tab = open_tab(qtbot, open_window)
    bar = assigned_reservation(tab)
    target = free_for(tab, bar)
    drag_to_room(qtbot, tab.view, bar, target)
    assert room_of_reservation(demo_db, bar.id) == target.room_id
    assert tab.message.kind == "info" and target.number in tab.message.label.text()
    # The bar waits where it landed until the plan, read again in the background, has it there.
    assert tab.view.drag is not None and tab.view.drag.saved
    settled(qtbot, tab)
    assert tab.view.drag is None
    assert [b.id for b in tab.model.bars_of_row(tab.model.row_of_room(target.room_id))
            if b.kind is BarKind.RESERVATION] == [bar.id]


def test_drag_from_the_strip_gives_a_reservation_its_first_room(qtbot, open_window, demo_db):
    _window, tab = open_tab(qtbot, open_window)
    view = tab.view
    (type_id, night), _count = next((key, n) for key, n in sorted(tab.plan.unassigned.items(),
                                                                  key=lambda item: item[0][1]) if n)
    candidate = tab._unassigned(type_id, night)[0]
    target = free_for(tab, candidate)
    show_row(view, tab.model.row_of_room(target.room_id))
    column = tab.model.column_of(night)
    strip_point = QPoint(column * view.layout_.column_width + view.layout_.column_width // 2,
                         [t.id for t in tab.plan.types].index(type_id) * view.strip_row_height + 4)
    qtbot.mousePress(view.strip, Qt.MouseButton.LeftButton, pos=strip_point)
    end = to_strip(view, row_point(view, target, strip_point.x()))
    for point in (strip_point + QPoint(0, 10), end):
        qtbot.mouseMove(view.strip, point)  # the strip has the mouse until the button comes up
    qtbot.mouseRelease(view.strip, Qt.MouseButton.LeftButton, pos=end)
    assert room_of_reservation(demo_db, candidate.id) == target.room_id, tab.message.label.text()
    settled(qtbot, tab)
    assert tab.plan.unassigned.get((type_id, night), 0) == _count - 1


def test_drop_on_an_occupied_room_is_refused_and_the_bar_springs_back(qtbot, open_window, demo_db):
    _window, tab = open_tab(qtbot, open_window)
    bar = assigned_reservation(tab)
    target = busy_for(tab, bar)
    before = audit_count(demo_db)
    resets = []
    tab.model.modelReset.connect(lambda: resets.append(1))
    drag_to_room(qtbot, tab.view, bar, target)
    assert tab.message.kind == "error"
    assert f"Room {target.number} is occupied" in tab.message.label.text()
    assert room_of_reservation(demo_db, bar.id) == bar.room_id  # nothing changed
    assert audit_count(demo_db) == before
    qtbot.waitUntil(lambda: tab.view.drag is None, timeout=2000)  # sprang back
    assert tab.model.find(bar.key) == (tab.model.row_of_room(bar.room_id), bar)
    assert not resets


def test_a_change_of_room_type_asks_first(qtbot, open_window, demo_db):
    _window, tab = open_tab(qtbot, open_window)
    bar = assigned_reservation(tab)
    target = free_for(tab, bar, same_type=False)
    seen = []

    def cancel(box):
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        box.button(QMessageBox.StandardButton.Cancel).click()

    when_dialog_opens(cancel)
    drag_to_room(qtbot, tab.view, bar, target)
    assert seen and f"room {target.number} is {target.type_code}" in seen[0]
    assert room_of_reservation(demo_db, bar.id) == bar.room_id
    qtbot.waitUntil(lambda: tab.view.drag is None, timeout=2000)

    when_dialog_opens(lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    drag_to_room(qtbot, tab.view, bar, target)
    assert room_of_reservation(demo_db, bar.id) == target.room_id, tab.message.label.text()
    with demo_db.reading() as session:
        assert session.get(Reservation, bar.id).room_type_id == bar.type_id  # booked type kept; room counts


def test_moving_an_in_house_guest_asks_the_reason_and_leaves_the_old_room_dirty(qtbot, open_window, demo_db):
    _window, tab = open_tab(qtbot, open_window)
    bar = bar_where(tab, lambda b: b.kind is BarKind.STAY and b.state is BarState.CHECKED_IN)
    target = free_for(tab, bar, ready=True)
    seen = []

    def give_reason(dialog):
        seen.append(dialog.windowTitle())
        qtbot.keyClicks(dialog.findChild(QLineEdit, "reason"), "Air conditioner noisy")
        ok(dialog)

    when_dialog_opens(give_reason)
    drag_to_room(qtbot, tab.view, bar, target)
    assert seen == [f"Move {bar.name} to room {target.number}"]
    assert tab.message.kind == "info", tab.message.label.text()
    settled(qtbot, tab)
    with demo_db.reading() as session:
        stay = session.get(Stay, bar.id)
        assert stay.room_id == target.room_id
        assert session.get(Room, bar.room_id).hk_state is HkState.DIRTY
        move = session.scalars(select(RoomMove).where(RoomMove.stay_id == bar.id)).one()
        assert move.reason == "Air conditioner noisy" and move.from_room_id == bar.room_id
    old_row = tab.model.row_of_room(bar.room_id)
    assert tab.model.room(old_row).hk_state is HkState.DIRTY
    assert tab.model.find(bar.key)[0] == tab.model.row_of_room(target.room_id)


def test_an_in_house_move_without_a_reason_is_refused(qtbot, open_window, demo_db):
    _window, tab = open_tab(qtbot, open_window)
    bar = bar_where(tab, lambda b: b.kind is BarKind.STAY and b.state is BarState.CHECKED_IN)
    target = free_for(tab, bar, ready=True)
    when_dialog_opens(ok)
    drag_to_room(qtbot, tab.view, bar, target)
    assert tab.message.kind == "error" and "reason" in tab.message.label.text()
    with demo_db.reading() as session:
        assert session.get(Stay, bar.id).room_id == bar.room_id
    qtbot.waitUntil(lambda: tab.view.drag is None, timeout=2000)


def test_blocks_do_not_move_and_escape_cancels_a_drag(qtbot, open_window, demo_db):
    _window, tab = open_tab(qtbot, open_window)
    view = tab.view
    block = bar_where(tab, lambda b: b.kind is BarKind.BLOCK)
    start = bar_point(view, block)
    drag(qtbot, view, start, start + QPoint(0, 3 * view.layout_.row_height))
    assert view.drag is None and tab.message.isHidden()
    bar = assigned_reservation(tab)
    start = bar_point(view, bar)
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(view.viewport(), start + QPoint(0, 40))
    assert view.drag is not None and view.drag.active
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: view.drag is None, timeout=2000)
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=start + QPoint(0, 40))
    assert room_of_reservation(demo_db, bar.id) == bar.room_id


def test_drop_on_the_strip_takes_the_room_away(qtbot, open_window, demo_db):
    _window, tab = open_tab(qtbot, open_window)
    view = tab.view
    bar = assigned_reservation(tab)
    start = bar_point(view, bar)
    strip = view.from_strip(QPoint(start.x(), 4))
    drag(qtbot, view, start, strip)
    assert room_of_reservation(demo_db, bar.id) is None, tab.message.label.text()
    settled(qtbot, tab)
    assert tab.plan.unassigned[(bar.type_id, bar.start)] >= 1


# --- the keyboard's way --------------------------------------------------------------------------------------------


def test_select_by_keyboard_then_pick_a_room_from_the_list(qtbot, open_window, demo_db):
    window, tab = open_tab(qtbot, open_window)
    view = tab.view
    bar = assigned_reservation(tab)
    target = free_for(tab, bar)
    row = tab.model.row_of_room(bar.room_id)
    view.setFocus()
    view.setCurrentIndex(tab.model.index(0, tab.model.column_of(bar.start)))
    for _ in range(row):
        qtbot.keyClick(view, Qt.Key.Key_Down)
    assert view.selected == bar
    chosen = []

    def pick(dialog):
        assert isinstance(dialog, AssignRoomDialog)
        numbers = [c.number for c in dialog.model.rows()]
        dialog.table.clearSelection()
        dialog.table.selectRow(numbers.index(target.number))
        chosen.append(target.number)
        ok(dialog)

    window.activateWindow()  # shortcuts need the window active and the focus in the tab
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    view.setFocus()
    when_dialog_opens(pick)
    qtbot.keyClick(view, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert chosen == [target.number]
    assert room_of_reservation(demo_db, bar.id) == target.room_id, (tab.message.kind, tab.message.label.text())
    settled(qtbot, tab)
    # The selection follows the bar to its new room.
    assert view.selected is not None and view.selected.room_id == target.room_id


def test_typing_a_room_number_goes_to_its_row(qtbot, open_window):
    _window, tab = open_tab(qtbot, open_window)
    view = tab.view
    view.setFocus()
    qtbot.keyClicks(view, "612")
    assert tab.model.room(view.currentIndex().row()).number == "612"


# --- opening and booking ---------------------------------------------------------------------------------------


def test_double_click_a_reservation_opens_it_in_reservations(qtbot, open_window):
    window, tab = open_tab(qtbot, open_window)
    bar = assigned_reservation(tab)
    qtbot.mouseDClick(tab.view.viewport(), Qt.MouseButton.LeftButton, pos=bar_point(tab.view, bar))
    assert window.tabs.currentWidget() is window.reservations
    form = window.reservations.form
    assert form.reservation is not None and form.reservation.id == bar.id
    assert bar.confirmation in form.title.text()


def test_double_click_a_stay_opens_it_at_the_front_desk(qtbot, open_window):
    window, tab = open_tab(qtbot, open_window)
    bar = bar_where(tab, lambda b: b.kind is BarKind.STAY)
    qtbot.mouseDClick(tab.view.viewport(), Qt.MouseButton.LeftButton, pos=bar_point(tab.view, bar))
    assert window.tabs.currentWidget() is window.front_desk
    assert window.front_desk.stay is not None and window.front_desk.stay.stay_id == bar.id


def test_double_click_an_empty_night_books_that_room(qtbot, open_window, demo_db):
    window, tab = open_tab(qtbot, open_window)
    view = tab.view
    night = date.fromordinal(DEMO_DATE.toordinal() + 10)
    row, room = next((row, tab.model.room(row)) for row in range(tab.model.rowCount())
                     if tab.model.bar_at(row, night) is None and tab.model.room(row).type_code == "SK")
    show_row(view, row)
    column = tab.model.column_of(night)
    view.horizontalScrollBar().setValue(column * view.layout_.column_width - 100)
    point = QPoint(column * view.layout_.column_width + view.layout_.column_width // 2 - view.horizontalOffset(),
                   row_point(view, room, 0).y())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    reservations = window.reservations
    assert window.tabs.currentWidget() is reservations
    form = reservations.form
    assert form.reservation is None and form.room_id == room.room_id
    assert form.arrival.date().toPython() == night and form.room_type.currentData() == room.type_id
    assert room.number in form.room_label.text() and form.room_box.isVisibleTo(form)
    qtbot.keyClicks(form.guest_name, "Plan Guest")
    qtbot.keyClicks(form.phone, "139 0000 4321")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert reservations.message.kind == "info", reservations.message.label.text()
    assert f"Room {room.number} is assigned" in reservations.message.label.text()
    with demo_db.reading() as session:
        booked, booked_type = session.execute(select(Reservation.id, Reservation.room_type_id).where(
            Reservation.arrival == night, Reservation.room_id == room.room_id)).one()
    assert booked_type == room.type_id
    assert form.room_id is None  # cleared for the next call
    # Back on the plan, the new booking is a bar in that room.
    window.tabs.setCurrentWidget(tab)
    settled(qtbot, tab)
    assert tab.model.bar_at(row, night).id == booked


def test_changing_the_type_in_the_form_lets_go_of_the_room(qtbot, open_window):
    window, tab = open_tab(qtbot, open_window)
    room = rooms_of(tab)[0]
    tab.book_cell(room, DEMO_DATE)
    form = window.reservations.form
    assert form.room_id == room.room_id
    form.room_type.setCurrentIndex((form.room_type.currentIndex() + 1) % form.room_type.count())
    assert form.room_id is None and not form.room_box.isVisibleTo(form)


# --- refreshing ----------------------------------------------------------------------------------------------------


def test_a_change_on_another_workstation_appears_without_rebuilding(qtbot, open_window, demo_db, actors):
    window, tab = open_tab(qtbot, open_window)
    bar = assigned_reservation(tab)
    target = free_for(tab, bar)
    resets, changed = [], []
    tab.model.modelReset.connect(lambda: resets.append(1))
    tab.model.dataChanged.connect(lambda first, last: changed.append((first.row(), last.row())))
    with demo_db.writing() as session:
        rooms.assign_room(session, actors["clerk2"], reservation_id=bar.id, room_id=target.room_id)
    window.ops.hub.poll()  # what the two-second timer does; the plan is read off the GUI thread
    assert tab.loader.busy()
    qtbot.waitUntil(lambda: tab.model.find(bar.key)[0] == tab.model.row_of_room(target.room_id), timeout=3000)
    assert not resets
    rows = {row for first, last in changed for row in range(first, last + 1)}
    assert rows == {tab.model.row_of_room(bar.room_id), tab.model.row_of_room(target.room_id)}


def test_a_hidden_plan_refreshes_when_shown(qtbot, open_window, demo_db, actors):
    window, tab = open_tab(qtbot, open_window)
    window.tabs.setCurrentWidget(window.room_status)
    bar = assigned_reservation(tab)
    with demo_db.writing() as session:
        rooms.unassign_room(session, actors["clerk2"], reservation_id=bar.id)
    window.ops.hub.poll()
    assert tab.model.find(bar.key) is not None  # not read while hidden
    window.tabs.setCurrentWidget(tab)
    settled(qtbot, tab)
    assert tab.model.find(bar.key) is None


@pytest.mark.parametrize("zoom", [0, 7])
def test_zoom_keeps_the_columns_filling_the_view(qtbot, open_window, zoom):
    _window, tab = open_tab(qtbot, open_window)
    view = tab.view
    view.set_zoom(zoom)
    width = view.layout_.column_width
    assert width * view.layout_.columns >= view.viewport().width() - view.layout_.columns
    assert tab.zoom_in.isEnabled() == (zoom < 7)
    tab.days.setCurrentIndex(tab.days.findData(62))
    assert view.layout_.columns == 62 and tab.plan.end.toordinal() - tab.plan.start.toordinal() == 62


def test_a_read_for_dates_no_longer_shown_is_dropped(qtbot, open_window):
    _window, tab = open_tab(qtbot, open_window)
    tab.days.setCurrentIndex(tab.days.findData(62))
    tab.days.setCurrentIndex(tab.days.findData(14))  # before the first read of 62 days came back
    settled(qtbot, tab)
    qtbot.wait(50)
    assert len(tab.plan.days) == 14 == tab.model.columnCount() == tab.view.layout_.columns
