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

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from desk import migrate
from desk.auth import actor_for
from desk.db import Database
from desk.demo import build_demo
from desk.frontdesk import folio
from desk.frontdesk.queries import in_house, receipt, stay_view
from desk.hotel import room_types
from desk.models import BlockKind, ChargeType, User
from desk.reservations.queries import arrivals
from desk.rooms.board import load_board
from desk.rooms.history import room_history
from desk.rooms.housekeeping import submit_report
from desk.settings import business_date
from ui import i18n
from ui.app import make_qapplication
from ui.first_start import FirstStartDialog
from ui.frontdesk.checkout import CheckOutDialog
from ui.frontdesk.receipt import ReceiptWriter
from ui.frontdesk.registration import CheckInDialog
from ui.login import LoginDialog
from ui.main_window import MainWindow
from ui.ops import ChangeHub
from ui.rooms.dialogs import BlockDialog, HistoryDialog, HousekeepingReportDialog

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
                if window.front_desk is not None:
                    front_desk(app, window, f"frontdesk-{language}-{width}x{height}.png")
                window.close()
                window.deleteLater()
                app.processEvents()
    for language in ("en", "zh_CN"):
        i18n.install(language)
        dialogs(app, database, language)
        front_desk_dialogs(app, database, language)
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


def _settle(app: QApplication, seconds: float = 0.4) -> None:
    """Process events for a while: the board re-lays out 100 ms after a resize."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


def _shot(app: QApplication, widget, name: str) -> None:
    widget.show()
    _settle(app)
    widget.grab().save(str(OUT / name))
    print("wrote", OUT / name)
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


if __name__ == "__main__":
    raise SystemExit(main())
