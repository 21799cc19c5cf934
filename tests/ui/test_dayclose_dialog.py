"""The day close and the export dialog driven through their real widgets:
the checklist and its links, the reason a close with open items needs, the
close on a worker thread (the database and the files checked afterwards),
and the day's workbooks for a date."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel

from desk.dayclose.checklist import ItemKind, checklist
from desk.models import DailyStats
from desk.settings import business_date
from tests.helpers.fixtures import DEMO_DATE
from ui.dayclose.checklist import ITEM_ROLE
from ui.dayclose.close_dialog import DONE_PAGE, DayCloseDialog
from ui.dayclose.export_dialog import ExportDialog
from ui.shifts.dialogs import OverrideDialog

CLOSE_TIMEOUT_MS = 60000  # the close, two workbooks and a backup, on a loaded 2-core machine


def plural(text: str) -> str:
    """English plurals as the catalogue gives them ("2 items"), or as the source has them ("2 item(s)")."""
    return text.replace("(s)", "s")


def open_close_dialog(qtbot, open_window, username: str = "manager"):
    window = open_window(username)
    window.close_day_action.trigger()
    dialog = window.findChild(DayCloseDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.waitExposed(dialog)
    return window, dialog


def click_row(qtbot, tree, row) -> None:
    tree.scrollToItem(row)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualItemRect(row).center())


def row_of(dialog: DayCloseDialog, kind: ItemKind):
    return next(row for row in dialog.tree.item_rows() if row.data(0, ITEM_ROLE).kind is kind)


def close_with(qtbot, dialog: DayCloseDialog, folder: Path, reason: str = "") -> None:
    dialog.folder.edit.setText(str(folder))
    if reason:
        dialog.reason.setFocus()
        qtbot.keyClicks(dialog.reason, reason)
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)


def test_only_managers_may_close_the_day(qtbot, open_window):
    clerk = open_window("clerk")
    texts = [action.text() for action in clerk.menuBar().actions()[0].menu().actions()]
    assert "&Close the day…" not in texts and "&Export workbooks…" not in texts
    manager = open_window("manager")
    texts = [action.text() for action in manager.menuBar().actions()[0].menu().actions()]
    assert "&Close the day…" in texts and "&Export workbooks…" in texts


def test_checklist_lists_the_demo_open_items(qtbot, open_window, demo_db):
    _window, dialog = open_close_dialog(qtbot, open_window)
    with demo_db.reading() as session:
        expected = checklist(session, DEMO_DATE)
    shown = [row.data(0, ITEM_ROLE) for row in dialog.tree.item_rows()]
    assert sorted(shown, key=repr) == sorted(expected, key=repr)
    kinds = {item.kind for item in expected}
    assert {ItemKind.NO_SHOW, ItemKind.DEPARTURE, ItemKind.SHIFT, ItemKind.COMPLAINT} <= kinds
    groups = [dialog.tree.topLevelItem(i).text(0) for i in range(dialog.tree.topLevelItemCount())]
    departures = sum(item.kind is ItemKind.DEPARTURE for item in expected)
    assert f"Departure not checked out ({departures})" in groups
    assert groups[-1].startswith("Guaranteed arrival not arrived")  # nothing to do: listed last
    for row in dialog.tree.item_rows():
        item = row.data(0, ITEM_ROLE)
        assert row.text(0) == item.text
        assert row.text(1) == ("will be charged" if item.kind is ItemKind.NO_SHOW else
                               dialog.tree.tab_names[item.tab] + " ›")
    still_open = sum(item.kind is not ItemKind.NO_SHOW for item in expected)
    assert f"{still_open} items still open" in plural(dialog.summary.text())
    assert dialog.reason_hint.text().startswith("Required")
    assert dialog.title.text().endswith("2026-11-20")
    assert dialog.figures.text("available") == "70"
    assert dialog.figures.text("available", operational_figure=True) == "69"  # one room out of order
    assert dialog.figures.text("occupancy").endswith(" %")


def test_closing_without_a_reason_is_refused(qtbot, open_window, demo_db, tmp_path):
    window, dialog = open_close_dialog(qtbot, open_window)
    out = tmp_path / "books"
    close_with(qtbot, dialog, out)
    qtbot.waitUntil(lambda: dialog.message.isVisible(), timeout=CLOSE_TIMEOUT_MS)

    assert dialog.message.kind == "error"
    assert "items on the checklist are still open" in dialog.message.label.text()
    assert "give the reason for closing anyway" in dialog.message.label.text()
    assert dialog.pages.currentIndex() != DONE_PAGE and dialog.isVisible()
    assert dialog.close_button.isEnabled() and not dialog.progress_row.isVisible()
    assert dialog.reason.hasFocus()
    with demo_db.reading() as session:
        assert business_date(session) == DEMO_DATE
        assert session.get(DailyStats, DEMO_DATE) is None
    assert not out.exists()
    assert "2026-11-20" in window.date_label.text()


def test_closing_with_a_reason_closes_the_day(qtbot, open_window, demo_db, tmp_path):
    window, dialog = open_close_dialog(qtbot, open_window)
    out = tmp_path / "books"
    with qtbot.waitSignal(dialog.day_closed, timeout=CLOSE_TIMEOUT_MS) as closed:
        close_with(qtbot, dialog, out, "Late departures settle in the morning")
        assert dialog.progress_row.isVisible() and not dialog.close_button.isEnabled()  # off the GUI thread
        dialog.reject()  # refused while it works
        assert dialog.isVisible()
    outcome = closed.args[0]

    assert dialog.pages.currentIndex() == DONE_PAGE
    assert not dialog.message.isVisible()
    with demo_db.reading() as session:
        assert business_date(session) == DEMO_DATE + timedelta(days=1)
        stats = session.get(DailyStats, DEMO_DATE)
        assert stats is not None and stats.close_reason == "Late departures settle in the morning"
        assert stats.sold == outcome.result.counts.sold
    result = outcome.result
    assert result.room_charges > 0 and result.no_show_charges == 6
    assert dialog.done_title.text() == "2026-11-20 is closed"
    done = plural(dialog.done_text.text())
    assert "The business date is now" in done and "2026-11-21" in done
    assert f"{result.room_charges} room charges posted" in done
    assert "6 guaranteed no-shows charged" in done
    assert "the reason is recorded" in done
    qtbot.waitUntil(lambda: "2026-11-21" in window.date_label.text(), timeout=3000)  # the window follows

    files = outcome.files
    for path in (files.occupancy, files.settlement):
        assert path.parent == out and path.exists()
        assert openpyxl.load_workbook(path).sheetnames
    assert dialog.file_labels["occupancy"].text() == str(files.occupancy)
    assert dialog.file_labels["settlement"].text() == str(files.settlement)
    if demo_db.is_sqlite:
        assert files.backup is not None and files.backup.exists()
        assert dialog.file_labels["backup"].text() == str(files.backup)
    else:
        assert files.backup is None and dialog.file_labels["backup"].text()  # the server's tools, said so
    assert dialog.final_figures.text("sold") == str(result.counts.sold + result.counts.day_use)


def test_open_folder_after_the_close(qtbot, open_window, demo_db, tmp_path, monkeypatch):
    opened = []
    monkeypatch.setattr("ui.dayclose.folder.QDesktopServices.openUrl", lambda url: opened.append(url) or True)
    _window, dialog = open_close_dialog(qtbot, open_window)
    with qtbot.waitSignal(dialog.day_closed, timeout=CLOSE_TIMEOUT_MS):
        close_with(qtbot, dialog, tmp_path, "test")
    assert dialog.open_button.isVisible() and not dialog.close_button.isVisible()
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert [Path(url.toLocalFile()) for url in opened] == [tmp_path]
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)  # now labelled Close
    assert not dialog.isVisible()


def test_files_failing_after_the_close_are_written_again(qtbot, open_window, demo_db, tmp_path):
    window, dialog = open_close_dialog(qtbot, open_window)
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    close_with(qtbot, dialog, blocker / "books", "test")  # no folder can be made there
    qtbot.waitUntil(dialog.message.isVisible, timeout=CLOSE_TIMEOUT_MS)

    assert dialog.message.kind == "error"
    assert dialog.message.label.text().startswith("2026-11-20 is closed, but its files were not all written")
    assert dialog.close_button.text() == "Write the files" and dialog.pages.currentIndex() != DONE_PAGE
    with demo_db.reading() as session:
        assert business_date(session) == DEMO_DATE + timedelta(days=1)
    qtbot.waitUntil(lambda: "2026-11-21" in window.date_label.text(), timeout=3000)

    out = tmp_path / "books"
    with qtbot.waitSignal(dialog.day_closed, timeout=CLOSE_TIMEOUT_MS) as closed:
        close_with(qtbot, dialog, out)
    assert closed.args[0].result is None  # not closed twice
    assert dialog.done_title.text() == "2026-11-20 was closed already"
    assert sorted(p.name for p in out.iterdir()) == ["occupancy-2026-11-20.xlsx", "settlement-2026-11-20.xlsx"]
    with demo_db.reading() as session:
        assert business_date(session) == DEMO_DATE + timedelta(days=1)


@pytest.mark.parametrize("kind", [ItemKind.DEPARTURE, ItemKind.NO_SHOW, ItemKind.COMPLAINT])
def test_clicking_an_item_goes_where_it_is_fixed(qtbot, open_window, kind):
    window, dialog = open_close_dialog(qtbot, open_window)
    row = row_of(dialog, kind)
    item = row.data(0, ITEM_ROLE)
    with qtbot.waitSignal(dialog.go_to) as chosen:
        click_row(qtbot, dialog.tree, row)
    assert chosen.args == [item]
    assert not dialog.isVisible()
    tab = {ItemKind.DEPARTURE: window.front_desk, ItemKind.NO_SHOW: window.reservations,
           ItemKind.COMPLAINT: window.complaints}[kind]
    qtbot.waitUntil(lambda: window.tabs.currentWidget() is tab, timeout=3000)
    if kind is ItemKind.DEPARTURE:
        assert window.front_desk.stay_id == item.record_id
    elif kind is ItemKind.NO_SHOW:
        assert window.reservations.form.reservation.id == item.record_id
    else:
        assert window.complaints.complaint_id == item.record_id


def test_a_shift_here_shows_on_the_handover_tab(qtbot, open_window, demo_db):
    window, dialog = open_close_dialog(qtbot, open_window)
    here = window.shifts.current.info
    assert here is not None  # the tests' workstation has a shift open
    row = next(r for r in dialog.tree.item_rows() if r.data(0, ITEM_ROLE).record_id == here.id
               and r.data(0, ITEM_ROLE).kind is ItemKind.SHIFT)
    click_row(qtbot, dialog.tree, row)
    qtbot.waitUntil(lambda: window.tabs.currentWidget() is window.shifts, timeout=3000)
    assert QApplication.activeModalWidget() is None  # its own shift: nothing to close from here


def test_a_shift_elsewhere_a_manager_may_close_from_here(qtbot, open_window, demo_db):
    window, dialog = open_close_dialog(qtbot, open_window)
    here = window.shifts.current.info
    row = next(r for r in dialog.tree.item_rows() if r.data(0, ITEM_ROLE).kind is ItemKind.SHIFT
               and r.data(0, ITEM_ROLE).record_id != here.id)
    item = row.data(0, ITEM_ROLE)
    seen = {}

    def look():
        override = QApplication.activeModalWidget()
        if not isinstance(override, OverrideDialog):
            QTimer.singleShot(10, look)  # not open yet
            return
        seen["dialog"] = override
        seen["text"] = " ".join(label.text() for label in override.findChildren(QLabel))
        override.reject()

    click_row(qtbot, dialog.tree, row)  # the tab opens the manager's close once the click is over
    QTimer.singleShot(0, look)
    qtbot.waitUntil(lambda: "dialog" in seen, timeout=3000)
    assert isinstance(seen["dialog"], OverrideDialog)
    clerk, workstation = item.text.split(" @ ")
    assert f"{clerk}'s shift at {workstation}" in seen["text"]
    assert window.tabs.currentWidget() is window.shifts
    assert f"{clerk}'s shift at {workstation} is still open" in window.shifts.message.label.text()


def test_export_dialog_writes_both_workbooks(qtbot, open_window, demo_db, tmp_path, monkeypatch):
    opened = []
    monkeypatch.setattr("ui.dayclose.folder.QDesktopServices.openUrl", lambda url: opened.append(url) or True)
    window = open_window("manager")
    window.export_action.trigger()
    dialog = window.findChild(ExportDialog)
    assert dialog is not None and dialog.isVisible()
    day = DEMO_DATE - timedelta(days=3)
    dialog.day.setDate(QDate(day.year, day.month, day.day))
    assert dialog.day.maximumDate() == QDate(2026, 11, 20)
    assert dialog.chosen_what == "both"
    dialog.folder.edit.setText(str(tmp_path))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.progress_row.isVisible()
    qtbot.waitUntil(lambda: dialog.result_label.isVisible() or dialog.message.isVisible(), timeout=CLOSE_TIMEOUT_MS)

    assert not dialog.message.isVisible(), dialog.message.label.text()
    expected = [tmp_path / f"occupancy-{day}.xlsx", tmp_path / f"settlement-{day}.xlsx"]
    assert dialog.written == expected
    for path in expected:
        assert path.exists() and openpyxl.load_workbook(path).sheetnames
        assert str(path) in dialog.result_label.text()
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert [Path(url.toLocalFile()) for url in opened] == [tmp_path]


def test_export_of_one_workbook_and_a_refusal(qtbot, open_window, demo_db, tmp_path):
    window = open_window("manager")
    window.export_action.trigger()
    dialog = window.findChild(ExportDialog)
    out = tmp_path / "books"
    dialog.folder.edit.setText(str(out))
    dialog.findChild(type(dialog.what.buttons()[0]), "what_settlement").setChecked(True)
    dialog.day.setDate(QDate(2026, 11, 20))
    assert "open business day" in dialog.day_hint.text()
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result_label.isVisible() or dialog.message.isVisible(), timeout=CLOSE_TIMEOUT_MS)
    assert dialog.written == [out / "settlement-2026-11-20.xlsx"]
    assert [p.name for p in out.iterdir()] == ["settlement-2026-11-20.xlsx"]
    # A folder that cannot be made: said in the message bar, no traceback.
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    dialog.folder.edit.setText(str(blocker / "inside"))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.message.isVisible, timeout=CLOSE_TIMEOUT_MS)
    assert dialog.message.kind == "error" and "could not be written" in dialog.message.label.text()
    assert dialog.export_button.isEnabled()
