"""Screenshots of the window for the README and for looking at it: run under
Xvfb (`make screenshots`). Writes docs/screenshots/*.png."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("XDG_RUNTIME_DIR", tempfile.mkdtemp(prefix="desk-xdg-"))

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from desk import migrate
from desk.actor import Actor
from desk.auth import actor_for
from desk.backup import backup_now
from desk.complaints import queries as complaint_queries
from desk.db import Database
from desk.demo import build_demo
from desk.frontdesk import folio
from desk.frontdesk.queries import in_house, receipt, stay_view
from desk.hotel import room_types
from desk.models import BlockKind, Category, ChargeType, User
from desk.reservations.queries import arrivals
from desk.roomplan import BarKind, BarState
from desk.rooms.board import load_board
from desk.rooms.history import room_history
from desk.rooms.housekeeping import submit_report
from desk.settings import business_date, hotel_info
from desk.shifts import duty, handover
from desk.shifts.cash import denominations
from desk.shifts.history import handover_detail, handovers, shift_info
from desk.shifts.shifts import previous_float
from ui import i18n
from ui.app import make_qapplication
from ui.complaints.dialogs import AssignDialog, CompensationDialog, FollowUpDialog
from ui.complaints.intake import LogComplaintDialog
from ui.dayclose.close_dialog import DayCloseDialog
from ui.dayclose.export_dialog import ExportDialog
from ui.first_start import FirstStartDialog
from ui.frontdesk.checkout import CheckOutDialog
from ui.frontdesk.receipt import ReceiptWriter
from ui.frontdesk.registration import CheckInDialog
from ui.login import LoginDialog
from ui.main_window import MainWindow
from ui.ops import ChangeHub, Ops
from ui.rooms.dialogs import BlockDialog, HistoryDialog, HousekeepingReportDialog
from ui.safety.policies import PoliciesDialog
from ui.safety.trail import AuditTrailDialog
from ui.shifts.accept import AcceptDialog
from ui.shifts.dialogs import DutyEntryDialog, OpenShiftDialog, OverrideDialog, ReportDialog
from ui.shifts.handover import HandOverDialog

OUT = ROOT / "docs" / "screenshots"


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="desk-shots-"))
    database = Database(f"sqlite:///{tmp / 'demo.sqlite3'}")
    migrate.upgrade(database)
    with database.writing() as session:
        build_demo(session)
    _folio_examples(database)
    app = make_qapplication([])
    QSettings().remove("window/geometry")
    sizes = [(1280, 800), (1920, 1080)]
    for language in ("en", "zh_CN"):
        i18n.install(language)
        for username in ("manager", "housekeeping"):
            with database.reading() as session:
                user = session.query(User).filter_by(username=username).one()
                actor = actor_for(user, "FRONT-1")
            hub = ChangeHub(database)
            for width, height in sizes:
                window = MainWindow(database, actor, hub)
                window.resize(width, height)
                window.show()
                window.room_status.jump_to_room("305")
                _settle(app)
                window.room_status.jump_to_room("305")  # again, once the board has its final layout
                _settle(app)
                name = f"room-status-{language}-{username}-{width}x{height}.png"
                window.grab().save(str(OUT / name))
                print("wrote", OUT / name)
                if window.reservations is not None:
                    reservations(app, window, f"reservations-{language}-{width}x{height}.png")
                if window.room_plan is not None:
                    room_plan(app, window, f"room-plan-{language}-{width}x{height}.png")
                if window.front_desk is not None:
                    front_desk(app, window, f"frontdesk-{language}-{width}x{height}.png")
                if window.complaints is not None:
                    complaints_tab(app, window, f"complaints-{language}-{width}x{height}.png")
                if window.shifts is not None:
                    shift_handover(app, database, f"shifts-{language}-{width}x{height}.png", (width, height))
                window.close()
                window.deleteLater()
                app.processEvents()
    for language in ("en", "zh_CN"):
        i18n.install(language)
        dialogs(app, database, language)
        front_desk_dialogs(app, database, language)
        shift_dialogs(app, database, language)
        complaint_dialogs(app, database, language)
        safety_dialogs(app, database, language)
        day_close_dialogs(app, database, language)
    QApplication.quit()
    return 0


def reservations(app: QApplication, window: MainWindow, name: str) -> None:
    """The Reservations tab with a booking half-typed and an arrival selected."""
    tab = window.reservations
    window.tabs.setCurrentWidget(tab)
    view = tab.views["today"]
    view.setCurrentIndex(view.model().index(0, 0))
    _settle(app, 0.2)
    window.grab().save(str(OUT / name))
    print("wrote", OUT / name)
    tab.form.clear()
    tab.form.guest_name.setText("Zhou Min")
    tab.form.phone.setText("139 1111 2222")
    tab.form.phone.editingFinished.emit()
    tab.form.nights.setValue(3)
    tab.form.for_other.setChecked(True)
    tab.form.booker_name.setText("Guo Peng")
    _settle(app, 0.2)
    window.grab().save(str(OUT / name.replace("reservations-", "booking-")))
    print("wrote", OUT / name.replace("reservations-", "booking-"))
    window.tabs.setCurrentIndex(0)


def room_plan(app: QApplication, window: MainWindow, name: str) -> None:
    """The Room plan for a month, an in-house guest selected (the line under the chart says who)."""
    tab = window.room_plan
    window.tabs.setCurrentWidget(tab)
    _settle(app)
    bar = next(b for b in tab.plan.bars if b.kind is BarKind.STAY and b.state is BarState.CHECKED_IN)
    tab.view.select_bar(bar.key)
    tab.view.verticalScrollBar().setValue(0)
    tab.view.horizontalScrollBar().setValue(0)
    _settle(app, 0.2)
    window.grab().save(str(OUT / name))
    print("wrote", OUT / name)
    window.tabs.setCurrentIndex(0)


def _folio_examples(database: Database) -> None:
    """A minibar charge and a reversed laundry charge on room 303's folio."""
    with database.writing() as session:
        actor = actor_for(session.query(User).filter_by(username="clerk").one(), "FRONT-1")
        stay_id = next(r.stay_id for r in in_house(session) if r.room_number == "303")
        folio.post_charge(session, actor, stay_id=stay_id, charge_type=ChargeType.MINIBAR, amount="45",
                          description="2 beers, 1 water")
        wrong = folio.post_charge(session, actor, stay_id=stay_id, charge_type=ChargeType.LAUNDRY, amount="60")
        folio.reverse(session, actor, line_id=wrong, reason="posted to the wrong room")


def front_desk(app: QApplication, window: MainWindow, name: str) -> None:
    """The Front desk tab with a due-out guest's folio on the right."""
    tab = window.front_desk
    window.tabs.setCurrentWidget(tab)
    tab.search.setText("303")
    _settle(app, 0.2)
    tab.search.clear()
    tab.show_stay(tab.stay_id)
    _settle(app, 0.2)
    window.grab().save(str(OUT / name))
    print("wrote", OUT / name)
    window.tabs.setCurrentIndex(0)


def front_desk_dialogs(app: QApplication, database: Database, language: str) -> None:
    """Check-in, check-out and the receipt (a PDF rendered to PNG with pdftoppm)."""
    with database.reading() as session:
        actor = actor_for(session.query(User).filter_by(username="clerk").one(), "FRONT-1")
        tiles = load_board(session).tiles
        types = room_types(session)
        arrival = next(r for r in arrivals(session, business_date(session)) if r.room_number)
        stay_id = next(r.stay_id for r in in_house(session) if r.room_number == "303")
        view = stay_view(session, stay_id)
        data = receipt(session, stay_id)
    dialog = CheckInDialog(today=arrival.arrival, room_types=types, rooms=tiles, reservation=arrival,
                           ready_rooms=lambda *_a: ["209", "309", "311"], find_guest=lambda *_a: None,
                           submit=lambda _d: None)
    dialog.id_number.setText("11010519491231002X")
    dialog.companions.setPlainText("Xu Lin")
    dialog.show_error(i18n.desk_text("Room {room} is dirty; have it cleaned or choose another room. Ready rooms of "
                                     "this type: {ready}.").format(room="305", ready="209, 309, 311"))
    _shot(app, dialog, f"check-in-{language}.png")
    _shot(app, CheckOutDialog(view=view, today=arrival.arrival, submit=lambda _d: None), f"check-out-{language}.png")
    writer = ReceiptWriter()
    pdf = Path(tempfile.mkdtemp(prefix="desk-receipt-")) / "receipt.pdf"
    writer.save_pdf(writer.html(data, clerk=actor.full_name), pdf)
    if shutil.which("pdftoppm"):
        subprocess.run(["pdftoppm", "-png", "-r", "80", "-singlefile", str(pdf), str(OUT / f"receipt-{language}")],
                       check=True)
        print("wrote", OUT / f"receipt-{language}.png")
    else:
        print("pdftoppm (poppler-utils) is missing: no receipt PNG")


def _clerk_here(database: Database) -> Actor:
    """Wang Fang at this host, where the demo opened her shift."""
    with database.reading() as session:
        return actor_for(session.query(User).filter_by(username="clerk").one())


def shift_handover(app: QApplication, database: Database, name: str, size: tuple[int, int]) -> None:
    """The Shift handover tab with the demo's open shift and duty log, then the history."""
    window = MainWindow(database, _clerk_here(database), ChangeHub(database))
    window.resize(*size)
    window.show()
    tab = window.shifts
    window.tabs.setCurrentWidget(tab)
    _settle(app)
    window.grab().save(str(OUT / name))
    print("wrote", OUT / name)
    tab.pages.setCurrentIndex(1)
    tab.history.view.selectRow(1)
    _settle(app, 0.2)
    window.grab().save(str(OUT / name.replace("shifts-", "shift-history-")))
    print("wrote", OUT / name.replace("shifts-", "shift-history-"))
    window.close()
    window.deleteLater()
    app.processEvents()


def shift_dialogs(app: QApplication, database: Database, language: str) -> None:
    """Opening a shift, a duty entry, a major incident's report, the handover, its acceptance, the override."""
    actor = _clerk_here(database)
    with database.reading() as session:
        info = hotel_info(session)
        summary = handover.preview(session, actor)
        previous = previous_float(session, actor.workstation)
        rooms = [(t.room_id, t.number) for t in load_board(session).tiles]
        major = next(row for row in duty.open_items(session) if row.major)
        past = handover_detail(session, handovers(session)[0].id)
        shift = shift_info(session, actor.workstation)
    faces = denominations(info.currency)
    kwargs = {"currency": info.currency, "denominations": faces, "submit": lambda _d: None}
    opening = OpenShiftDialog(timezone=info.timezone, previous=previous, **kwargs)
    opening.count.set_pieces({"100": 10, "50": 10, "20": 10, "10": 20, "5": 10, "1": 40, "0.5": 18})
    opening.note.setText("One 1-yuan coin short" if language == "en" else "少一枚一元硬币")
    _shot(app, opening, f"open-shift-{language}.png")
    entry = DutyEntryDialog(timezone=info.timezone, rooms=rooms, submit=lambda _d: None)
    entry.category.setCurrentIndex(1)
    entry.room.setCurrentIndex(entry.room.findText("412"))
    entry.text.setPlainText("Water leaking from the ceiling of the bathroom; engineering called, guest moved.")
    entry.major.setChecked(True)
    _shot(app, entry, f"duty-entry-{language}.png")
    _shot(app, ReportDialog(row=major, timezone=info.timezone, submit=lambda _d: None), f"duty-report-{language}.png")
    hand = HandOverDialog(summary=summary, timezone=info.timezone, **kwargs)
    hand.count.set_pieces({"100": 60, "50": 12, "20": 10, "10": 20, "5": 10, "1": 40, "0.5": 18})
    hand.notes["notes_equipment"].setPlainText("Lift 2 stops between floors now and then; engineering notified.")
    hand.notes["notes_issues"].setPlainText("Drawer 20.00 short: change given twice to room 305?")
    _shot(app, hand, f"hand-over-{language}.png")
    accept = AcceptDialog(detail=past, hotel=info.name, timezone=info.timezone, **kwargs)
    accept.username.setText("clerk2")
    accept.password.setText("desk123")
    accept.count.set_total(past.float_handed_over)
    _shot(app, accept, f"accept-handover-{language}.png")
    if shift is not None:
        _shot(app, OverrideDialog(info=shift, **kwargs), f"close-shift-{language}.png")


def complaints_tab(app: QApplication, window: MainWindow, name: str) -> None:
    """The Complaints tab with the overdue complaint chosen (and the manager's alert above), then a major one."""
    tab = window.complaints
    window.tabs.setCurrentWidget(tab)
    tab.view.selectRow(0)
    _settle(app, 0.3)
    window.grab().save(str(OUT / name))
    print("wrote", OUT / name)
    major = next(i for i, row in enumerate(tab.rows) if row.major and row.compensation_waiting)
    tab.view.selectRow(major)
    _settle(app, 0.3)
    window.grab().save(str(OUT / name.replace("complaints-", "complaint-major-")))
    print("wrote", OUT / name.replace("complaints-", "complaint-major-"))
    window.tabs.setCurrentIndex(0)


def complaint_dialogs(app: QApplication, database: Database, language: str) -> None:
    """Logging a complaint, a handler refused, the follow-up call and compensation."""
    with database.reading() as session:
        info = hotel_info(session)
        guests = in_house(session)
        rooms = [(t.room_id, t.number) for t in load_board(session).tiles]
        people = complaint_queries.staff(session)
        rows = complaint_queries.complaints(session)
    log = LogComplaintDialog(timezone=info.timezone, guests=guests, rooms=rooms, staff=people,
                             clerk_limit=info.clerk_compensation_limit, phone_of=lambda _s: "139 1234 5678",
                             submit=lambda _d: None)
    log.concern.setCurrentIndex(log.concern.findText(next(g for g in guests if g.room_number == "303").room_number,
                                                     Qt.MatchFlag.MatchStartsWith))
    log.channel.setCurrentIndex(1)
    log.category.setCurrentIndex(log.category.findData(Category.NOISE))
    log.facts.setPlainText("Loud music from the room above until 2 a.m.; the guest called twice."
                           if language == "en" else "楼上房间音乐声到凌晨两点，客人打了两次电话。")
    log.request.setText("A quiet room tonight" if language == "en" else "今晚换一间安静的房间")
    log.staff.item(0).setCheckState(Qt.CheckState.Checked)
    _shot(app, log, f"log-complaint-{language}.png")
    attitude = next(r for r in rows if r.category is Category.STAFF_ATTITUDE)
    assign = AssignDialog(row=attitude, staff=people, concerned={p.user_id for p in people if p.name == "Zhang Wei"},
                          submit=lambda _d: None)
    assign.handler.setCurrentIndex(assign.handler.findData(next(p.user_id for p in people if p.name == "Zhang Wei")))
    assign.show_error(i18n.desk_text("{name} is among the staff this complaint is about, and nobody handles a "
                                     "complaint about themselves. Choose another handler.").format(name="Zhang Wei"))
    _shot(app, assign, f"assign-handler-{language}.png")
    resolved = next(r for r in rows if r.status.value == "resolved")
    call = FollowUpDialog(row=resolved, submit=lambda _d: None)
    call.scores.button(2).setChecked(True)
    _shot(app, call, f"follow-up-{language}.png")
    smell = next(r for r in rows if r.compensation_granted == 0 and r.stay_id and r.active)
    _shot(app, CompensationDialog(row=smell, limit=info.clerk_compensation_limit, manager=False, linked_stay=True,
                                  submit=lambda _d: None), f"compensation-{language}.png")


def _settle(app: QApplication, seconds: float = 0.4) -> None:
    """Process events for a while: the board re-lays out 100 ms after a resize."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


def _shot(app: QApplication, widget, name: str, out: Path = OUT) -> None:
    widget.show()
    _settle(app)
    widget.grab().save(str(out / name))
    print("wrote", out / name)
    widget.close()


def dialogs(app: QApplication, database: Database, language: str) -> None:
    """The dialogs of the Room status tab and of starting Desk."""
    login = LoginDialog(hotel_name="Lakeside Hotel")
    login.set_ready("Lakeside Hotel")
    login.username.setText("housekeeping")
    login.show_error(i18n.desk_text("Wrong user name or password."))
    _shot(app, login, f"login-{language}.png")
    _shot(app, FirstStartDialog(database_label="sqlite:////home/desk/.local/share/Desk/desk.sqlite3"),
          f"first-start-{language}.png")
    with database.reading() as session:
        actor = actor_for(session.query(User).filter_by(username="housekeeping").one(), "HK-OFFICE")
    hub = ChangeHub(database)
    window = MainWindow(database, actor, hub)
    window.resize(1280, 800)
    tab = window.room_status
    tiles = tab.board.tiles
    block = BlockDialog(kind=BlockKind.OUT_OF_ORDER, rooms=["305", "306"], business_date=tab.board.business_date)
    block.reason.setText("Air conditioner leaking" if language == "en" else "空调漏水")
    _shot(app, block, f"out-of-order-{language}.png")
    room = next(t for t in tiles if t.number == "204")
    with database.reading() as session:
        rows = room_history(session, room.room_id)
    _shot(app, HistoryDialog(room="204", rows=rows), f"history-{language}.png")
    report = HousekeepingReportDialog(tiles=tiles, floor=3, business_date=tab.board.business_date)
    report.set_found_occupied({t.number for t in tiles if t.floor == 3 and t.occupied} - {"303"} | {"304"})
    _shot(app, report, f"housekeeping-report-{language}.png")
    if language == "en":
        findings = {t.room_id: (t.occupied and t.number != "303") or t.number == "304" for t in tiles if t.floor == 3}
        with database.writing() as session:
            submit_report(session, actor, findings=findings)
    tab.refresh()
    window.show()
    _settle(app)  # the board has its final layout before it scrolls to the room
    tab.jump_to_room("303")
    _shot(app, window, f"discrepancies-{language}.png")


def safety_dialogs(app: QApplication, database: Database, language: str, out: Path = OUT) -> None:
    """The manager's audit trail and the hotel rules with a keeping period for guest data."""
    with database.reading() as session:
        actor = actor_for(session.query(User).filter_by(username="manager").one(), "MANAGER-OFFICE")
    ops = Ops(database, actor, ChangeHub(database))
    trail = AuditTrailDialog(ops=ops)
    trail.view.selectRow(3)
    _shot(app, trail, f"audit-trail-{language}.png", out)
    rules = PoliciesDialog(ops=ops)
    rules.keep_limited.setChecked(True)
    _shot(app, rules, f"hotel-rules-{language}.png", out)


def day_close_dialogs(app: QApplication, database: Database, language: str, out: Path = OUT) -> None:
    """The day close (checklist, the figures so far, a reason typed) and what it did, on a copy of the
    demo so that the other shots keep their business date; the export dialog after writing both workbooks."""
    work = Path(tempfile.mkdtemp(prefix="desk-close-"))
    copy = Database(f"sqlite:///{backup_now(database, work, 'close')}")
    with copy.reading() as session:
        actor = actor_for(session.query(User).filter_by(username="manager").one(), "MANAGER-OFFICE")
    ops = Ops(copy, actor, ChangeHub(copy))
    close = DayCloseDialog(ops=ops)
    close.folder.edit.setText(str(work / "exports"))
    close.reason.setPlainText("Late departures settle in the morning; Wang Fang hands over at 23:30."
                              if language == "en" else "延迟退房的客人明早结账；王芳 23:30 交班。")
    _shot(app, close, f"day-close-{language}.png", out)
    close.show()
    close.start_close()
    _wait(app, lambda: not close.job.running)
    _shot(app, close, f"day-closed-{language}.png", out)
    export = ExportDialog(ops=ops)
    export.folder.edit.setText(str(work / "exports"))
    export.show()
    export.start_export()
    _wait(app, lambda: not export.job.running)
    _shot(app, export, f"export-workbooks-{language}.png", out)
    copy.dispose()


def _wait(app: QApplication, done, seconds: float = 120) -> None:
    """Process events until ``done()`` (work on a worker thread reports back through them)."""
    end = time.monotonic() + seconds
    while not done() and time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


if __name__ == "__main__":
    raise SystemExit(main())
