"""The Room status tab driven through its real widgets."""

from __future__ import annotations

import dataclasses
import re
import subprocess
import sys

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit
from sqlalchemy import func, select

from desk.models import AuditEntry, HkState, Room, RoomBlock, Stay, StayState
from desk.rooms.board import RoomTile
from desk.rooms.codes import StatusCode
from ui.rooms.delegate import TILE_MAX_WIDTH, tile_columns
from ui.rooms.dialogs import HousekeepingReportDialog
from ui.rooms.model import BoardFilter, BoardModel, Role
from ui.rooms.tab import RoomStatusTab


def tile_of(tab: RoomStatusTab, number: str) -> RoomTile:
    return next(t for t in tab.model.tiles() if t.number == number)


def first_room(tab: RoomStatusTab, code: StatusCode, *, skip: int = 0) -> RoomTile:
    return [t for t in tab.model.tiles() if t.code is code and not t.arrival_assigned][skip]


def click_tile(qtbot, tab: RoomStatusTab, number: str, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    row = tab.model.row_of_room(tile_of(tab, number).room_id)
    index = tab.proxy.mapFromSource(tab.model.index(row))
    tab.view.scrollTo(index)
    rect = tab.view.visualRect(index)
    qtbot.mouseClick(tab.view.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())


def hk_state(db, number: str) -> HkState:
    with db.reading() as session:
        return session.scalar(select(Room.hk_state).where(Room.number == number))


def audit_count(db) -> int:
    with db.reading() as session:
        return session.scalar(select(func.count(AuditEntry.id)))


def test_click_and_multi_select_then_mark_clean(qtbot, open_window, demo_db):
    tab = open_window("housekeeping").room_status
    first, second = first_room(tab, StatusCode.VD), first_room(tab, StatusCode.VD, skip=1)
    vd_before = tab.board.counts()["VD"]
    assert tab.chips["VD"].text() == f"VD {vd_before}"

    click_tile(qtbot, tab, first.number)
    assert tab.detail_title.text() == f"Room {first.number}"
    click_tile(qtbot, tab, second.number, Qt.KeyboardModifier.ControlModifier)
    assert {t.number for t in tab.selected_tiles()} == {first.number, second.number}
    assert tab.detail_title.text() == "2 rooms selected"

    qtbot.mouseClick(tab.buttons["clean"], Qt.MouseButton.LeftButton)

    assert hk_state(demo_db, first.number) is HkState.CLEAN
    assert hk_state(demo_db, second.number) is HkState.CLEAN
    assert tile_of(tab, first.number).code is StatusCode.VC
    assert tab.chips["VD"].text() == f"VD {vd_before - 2}"
    assert "Marked 2 rooms clean" in tab.message.label.text()
    # The selection survives the refresh.
    assert {t.number for t in tab.selected_tiles()} == {first.number, second.number}


def test_tile_colour_follows_the_code(qtbot, open_window):
    tab = open_window("housekeeping").room_status
    room = first_room(tab, StatusCode.VD)
    click_tile(qtbot, tab, room.number)
    index = tab.view.currentIndex()
    before = tab.view.grab(tab.view.visualRect(index)).toImage()
    tab.window().activateWindow()
    tab.view.setFocus()
    qtbot.waitUntil(tab.view.hasFocus)
    qtbot.keyClick(tab.view, Qt.Key.Key_C)  # the shortcut for Mark clean
    after = tab.view.grab(tab.view.visualRect(tab.view.currentIndex())).toImage()
    # The code band at the bottom of the tile changes from amber (VD) to green (VC).
    y = before.height() - 8
    assert before.pixelColor(60, y).red() > before.pixelColor(60, y).green() - 40
    assert after.pixelColor(60, y).green() > after.pixelColor(60, y).red()


def test_refused_inspection_shows_why_and_changes_nothing(qtbot, open_window, demo_db):
    tab = open_window("housekeeping").room_status
    dirty, clean = first_room(tab, StatusCode.VD), first_room(tab, StatusCode.VC)
    entries = audit_count(demo_db)
    click_tile(qtbot, tab, clean.number)
    click_tile(qtbot, tab, dirty.number, Qt.KeyboardModifier.ControlModifier)
    assert tab.buttons["inspected"].isEnabled()  # one of them is clean

    qtbot.mouseClick(tab.buttons["inspected"], Qt.MouseButton.LeftButton)

    assert tab.message.isVisible() and tab.message.kind == "error"
    assert f"Room {dirty.number} is dirty" in tab.message.label.text()
    assert hk_state(demo_db, clean.number) is HkState.CLEAN  # not half-done
    assert audit_count(demo_db) == entries


def test_refused_inspection_of_dirty_rooms_only(qtbot, open_window, demo_db):
    tab = open_window("housekeeping").room_status
    first, second = first_room(tab, StatusCode.VD), first_room(tab, StatusCode.VD, skip=1)
    entries = audit_count(demo_db)
    click_tile(qtbot, tab, first.number)
    click_tile(qtbot, tab, second.number, Qt.KeyboardModifier.ControlModifier)
    assert not tab.buttons["inspected"].isEnabled()
    assert not tab.actions["inspected"].isEnabled()

    tab.mark(HkState.INSPECTED)  # the service refuses it all the same

    assert tab.message.kind == "error"
    assert first.number in tab.message.label.text() and "dirty" in tab.message.label.text()
    assert hk_state(demo_db, first.number) is HkState.DIRTY
    assert audit_count(demo_db) == entries


def enabled_actions(tab: RoomStatusTab) -> set[str]:
    return {key for key in ("clean", "inspected", "dirty", "ooo", "oos", "back", "history")
            if tab.buttons[key].isEnabled()}


def test_actions_follow_the_selected_rooms_state(qtbot, open_window):
    tab = open_window("housekeeping").room_status
    assert enabled_actions(tab) == set()
    click_tile(qtbot, tab, first_room(tab, StatusCode.VD).number)
    assert enabled_actions(tab) == {"clean", "ooo", "oos", "history"}
    click_tile(qtbot, tab, first_room(tab, StatusCode.VC).number)
    assert enabled_actions(tab) == {"inspected", "dirty", "ooo", "oos", "history"}
    click_tile(qtbot, tab, first_room(tab, StatusCode.VI).number)
    assert enabled_actions(tab) == {"dirty", "ooo", "oos", "history"}
    click_tile(qtbot, tab, first_room(tab, StatusCode.OOO).number)
    assert "back" in enabled_actions(tab)
    click_tile(qtbot, tab, first_room(tab, StatusCode.OOS).number)
    assert "back" in enabled_actions(tab)
    click_tile(qtbot, tab, first_room(tab, StatusCode.VD).number, Qt.KeyboardModifier.ControlModifier)
    assert {"clean", "back"} <= enabled_actions(tab)
    assert "history" not in enabled_actions(tab)  # two rooms


def test_selected_tile_has_a_dark_outline(qtbot, open_window):
    tab = open_window("housekeeping").room_status
    room = first_room(tab, StatusCode.VC)
    index = tab.proxy.mapFromSource(tab.model.index(tab.model.row_of_room(room.room_id)))
    tab.view.scrollTo(index)
    before = tab.view.grab(tab.view.visualRect(index)).toImage()
    click_tile(qtbot, tab, room.number)
    after = tab.view.grab(tab.view.visualRect(index)).toImage()
    # Inside the tile's left edge half-way down, and over the code band at the bottom.
    for x, y in ((4, after.height() // 2), (after.width() // 2, after.height() - 3)):
        assert after.pixelColor(x, y).lightness() < 60, (x, y)
        assert before.pixelColor(x, y).lightness() > 60, (x, y)


def floor_rows(tab: RoomStatusTab, floor: int) -> list[list[int]]:
    """The tile widths of a floor, row by row as the view shows them."""
    rows: dict[int, list[int]] = {}
    for row in range(tab.proxy.rowCount()):
        index = tab.proxy.index(row, 0)
        tile = index.data(Role.TILE)
        if tile is not None and tile.floor == floor:
            rect = tab.view.visualRect(index)
            rows.setdefault(rect.y(), []).append(rect.width())
    return [rows[y] for y in sorted(rows)]


def test_tile_columns_split_the_fullest_floor_evenly():
    assert tile_columns(1700, 14, 8) == (113, 14)  # all 14 fit on one row
    assert tile_columns(922, 14, 8) == (123, 7)  # 7 fit: two rows of 7
    assert tile_columns(1558, 14, 8) == (TILE_MAX_WIDTH, 7)  # 12 fit: still two rows of 7
    assert tile_columns(500, 14, 8) == (117, 4)  # 4 fit: four rows, 4 + 4 + 4 + 2
    assert tile_columns(400, 0, 8)[0] == 112


def test_floors_read_like_the_building(qtbot, open_window):
    window = open_window("housekeeping")
    tab = window.room_status
    assert [len(row) for row in floor_rows(tab, 3)] == [7, 7]
    window.resize(1920, 1080)
    qtbot.waitUntil(lambda: floor_rows(tab, 3)[0][0] == TILE_MAX_WIDTH)
    rows = floor_rows(tab, 3)
    fits = (tab.view.width() - 30) // (112 + 8) >= 14
    assert [len(row) for row in rows] == ([14] if fits else [7, 7])


def test_clerk_sees_no_inspect_or_out_of_order(qtbot, open_window):
    tab = open_window("clerk").room_status
    assert tab.buttons["clean"].isVisible()
    assert not tab.buttons["inspected"].isVisible()
    assert not tab.buttons["ooo"].isVisible()
    assert not tab.report_button.isVisible()


def _fill_modal(qtbot, fill) -> None:
    def run():
        dialog = QApplication.activeModalWidget()
        assert dialog is not None, "no dialog opened"
        fill(dialog)

    QTimer.singleShot(0, run)


def test_out_of_order_through_the_dialog(qtbot, open_window, demo_db):
    tab = open_window("housekeeping").room_status
    room = first_room(tab, StatusCode.VI)
    click_tile(qtbot, tab, room.number)

    def fill(dialog):
        reason = dialog.findChild(QLineEdit, "reason")
        assert reason.width() >= 340
        qtbot.keyClicks(reason, "Shower leaking")
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        assert ok.text() == "Set out of order"
        ok.click()

    _fill_modal(qtbot, fill)
    qtbot.mouseClick(tab.buttons["ooo"], Qt.MouseButton.LeftButton)

    assert tile_of(tab, room.number).code is StatusCode.OOO
    with demo_db.reading() as session:
        reason = session.scalar(select(RoomBlock.reason).where(RoomBlock.room_id == room.room_id))
    assert reason == "Shower leaking"
    assert tab.chips["OOO"].text().endswith(str(tab.board.counts()["OOO"]))


def test_out_of_order_refused_on_an_occupied_room(qtbot, open_window, demo_db):
    tab = open_window("housekeeping").room_status
    # A guest due out today is still in the room.
    room = next(t for t in tab.model.tiles() if t.code is StatusCode.OC and t.due_out)

    def fill(dialog):
        qtbot.keyClicks(dialog.findChild(QLineEdit, "reason"), "Broken window")
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    click_tile(qtbot, tab, room.number)
    _fill_modal(qtbot, fill)
    qtbot.mouseClick(tab.buttons["ooo"], Qt.MouseButton.LeftButton)

    assert tab.message.kind == "error"
    assert f"Room {room.number} is occupied" in tab.message.label.text()
    assert tile_of(tab, room.number).code is StatusCode.OC


def test_typing_a_room_number_jumps_to_its_tile(qtbot, open_window):
    tab = open_window("clerk").room_status
    qtbot.mouseClick(tab.chips["VD"], Qt.MouseButton.LeftButton)  # a filter that hides room 301
    qtbot.keyClicks(tab.goto, "301")
    assert tab.current_tile().number == "301"
    assert [t.number for t in tab.selected_tiles()] == ["301"]


def test_state_chip_filters_the_board(qtbot, open_window):
    tab = open_window("clerk").room_status
    qtbot.mouseClick(tab.chips["VD"], Qt.MouseButton.LeftButton)
    shown = [tab.proxy.index(r, 0).data(Role.TILE) for r in range(tab.proxy.rowCount())]
    tiles = [t for t in shown if t is not None]
    assert tiles and all(t.code is StatusCode.VD for t in tiles)
    assert tab.total_label.text().startswith(f"{len(tiles)} of 70")
    qtbot.mouseClick(tab.clear_filter, Qt.MouseButton.LeftButton)
    assert tab.proxy.rowCount() == tab.model.rowCount()


def test_floor_and_type_filters(qtbot, open_window):
    tab = open_window("clerk").room_status
    tab.floor_filter.setCurrentIndex(tab.floor_filter.findData(3))
    tab.type_filter.setCurrentIndex(tab.type_filter.findData("DK"))
    tiles = [t for t in (tab.proxy.index(r, 0).data(Role.TILE) for r in range(tab.proxy.rowCount())) if t]
    assert tiles and all(t.floor == 3 and t.type_code == "DK" for t in tiles)


def test_history_lists_the_changes(qtbot, open_window):
    tab = open_window("housekeeping").room_status
    room = first_room(tab, StatusCode.VD)
    click_tile(qtbot, tab, room.number)
    qtbot.mouseClick(tab.buttons["clean"], Qt.MouseButton.LeftButton)
    seen = {}

    def read(dialog):
        seen["rows"] = dialog.model.rows()
        seen["what"] = dialog.model.index(0, 2).data()
        seen["when"] = dialog.model.index(0, 0).data()
        dialog.accept()

    _fill_modal(qtbot, read)
    qtbot.mouseClick(tab.buttons["history"], Qt.MouseButton.LeftButton)
    newest = seen["rows"][0]
    assert (newest.username, newest.from_state, newest.to_state) == ("housekeeping", "dirty", "clean")
    assert seen["what"] == "Cleaning status"
    assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d", seen["when"])


def test_housekeeping_report_lists_discrepancies(qtbot, open_window, demo_db):
    tab = open_window("housekeeping").room_status
    vacant = first_room(tab, StatusCode.VI)
    occupied = first_room(tab, StatusCode.OC)

    def fill(dialog):
        # Housekeeping found the vacant room slept in and every other occupied room as the front office has it,
        # except `occupied`, which it found empty.
        with demo_db.reading() as session:
            in_house = {r.number for r in session.scalars(
                select(Room).join(Stay, Stay.room_id == Room.id).where(Stay.state == StayState.IN_HOUSE))}
        dialog.set_found_occupied((in_house - {occupied.number}) | {vacant.number})
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    _fill_modal(qtbot, fill)
    qtbot.mouseClick(tab.report_button, Qt.MouseButton.LeftButton)

    kinds = {d.number: d.kind for d in tab.discrepancy_model.rows()}
    assert kinds == {vacant.number: "sleep", occupied.number: "skip"}
    assert tile_of(tab, vacant.number).discrepancy == "sleep"
    assert tab.chips["discrepancy"].text().endswith("2")
    assert tab.discrepancy_box.title() == "All discrepancies (2)"
    shown = {tab.discrepancy_model.index(r, 0).data(): tab.discrepancy_model.index(r, 1).data()
             for r in range(tab.discrepancy_model.rowCount())}
    assert shown == {vacant.number: "SLEEP", occupied.number: "SKIP"}

    # One click on a row selects its room on the board.
    row = next(r for r in range(tab.discrepancy_model.rowCount())
               if tab.discrepancy_model.row(r).number == occupied.number)
    rect = tab.discrepancy_view.visualRect(tab.discrepancy_model.index(row, 2))
    qtbot.mouseClick(tab.discrepancy_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert [t.number for t in tab.selected_tiles()] == [occupied.number]
    assert tab.detail_title.text() == f"Room {occupied.number}"


def test_housekeeping_report_covers_the_floor_shown(qtbot, open_window):
    tab = open_window("housekeeping").room_status
    tiles = tab.board.tiles
    dialog = HousekeepingReportDialog(tab, tiles=tiles, business_date=tab.board.business_date, floor=3)
    qtbot.addWidget(dialog)
    dialog.show()
    floor_3 = [t for t in tiles if t.floor == 3]
    assert set(dialog.findings) == {t.room_id for t in floor_3}
    assert not any(dialog.findings.values())
    assert dialog.title.text() == f"Report for {tab.board.business_date.isoformat()} · Floor 3: 14 rooms"

    # A click anywhere on a row ticks it; Space on the current row too.
    table = dialog.table
    first, second = floor_3[0], floor_3[1]
    def click(row: int, column: int) -> None:
        rect = table.visualRect(table.model().index(row, column))
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())

    click(0, 3)
    assert dialog.findings[first.room_id]
    click(0, 0)
    assert not dialog.findings[first.room_id]  # the check box column toggles once, not twice
    table.setCurrentIndex(table.model().index(1, 1))
    qtbot.keyClick(table, Qt.Key.Key_Space)
    assert dialog.findings[second.room_id]

    # Another floor: only its rooms are reported; the ticks elsewhere stay.
    dialog.floor_choice.setCurrentIndex(dialog.floor_choice.findData(4))
    assert set(dialog.findings) == {t.room_id for t in tiles if t.floor == 4}
    dialog.floor_choice.setCurrentIndex(dialog.floor_choice.findData(None))
    assert len(dialog.findings) == len(tiles) and dialog.findings[second.room_id]
    assert dialog.title.text().endswith(f"All floors: {len(tiles)} rooms")


def test_change_by_another_process_appears_within_two_seconds(qtbot, open_window, demo_db):
    tab = open_window("clerk").room_status
    room = first_room(tab, StatusCode.VD)
    script = (
        "import sys; from desk.db import Database; from desk.rooms import status; from desk.models import HkState;"
        "from desk.auth import log_in\n"
        "db = Database(sys.argv[1])\n"
        "with db.writing() as s: actor = log_in(s, 'housekeeping', 'desk123', 'HK-OFFICE')\n"
        "with db.writing() as s: status.mark_rooms(s, actor, room_ids=[int(sys.argv[2])], state=HkState.CLEAN)\n"
    )
    subprocess.run([sys.executable, "-c", script, demo_db.url, str(room.room_id)], check=True, timeout=60)
    qtbot.waitUntil(lambda: tile_of(tab, room.number).code is StatusCode.VC, timeout=3000)


def test_board_models_pass_the_model_tester(qtmodeltester, open_window):
    tab = open_window("manager").room_status
    qtmodeltester.check(tab.model)
    qtmodeltester.check(tab.proxy)
    qtmodeltester.check(tab.discrepancy_model)


def test_board_model_keeps_rows_when_only_states_change(qtbot, open_window):
    tab = open_window("manager").room_status
    model = BoardModel()
    model.set_tiles(tab.board.tiles)
    resets = []
    model.modelReset.connect(lambda: resets.append(1))
    with qtbot.waitSignal(model.dataChanged) as blocker:
        first = dataclasses.replace(tab.board.tiles[0], hk_state=HkState.DIRTY, code=StatusCode.OD)
        changed = [first, *tab.board.tiles[1:]]
        model.set_tiles(changed)
    assert not resets
    assert blocker.args[0].row() == 1  # row 0 is the floor header
    proxy = BoardFilter()
    proxy.setSourceModel(model)
    proxy.set_filter(floor=None, type_code=None, states=frozenset({"OD"}))
    assert proxy.index(1, 0).data(Role.TILE).code is StatusCode.OD


def test_selection_model_flags_headers_unselectable(open_window):
    tab = open_window("manager").room_status
    header = tab.proxy.index(0, 0)
    assert header.data(Role.TILE) is None
    tab.view.selectionModel().select(header, QItemSelectionModel.SelectionFlag.Select)
    assert tab.selected_tiles() == []
