"""A handover as an Excel sheet: read back with openpyxl (labels, values,
formulas), then recalculated by LibreOffice, whose formulas must give the
service's figures (expected cash, over or short, the cash dropped, the
denomination tables' totals)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from openpyxl.worksheet.worksheet import Worksheet

from desk import clock, i18n
from desk.actor import Actor
from desk.db import Database
from desk.models import DutyCategory
from desk.shifts import duty, handover, history
from desk.shifts.export import export_handover
from tests.desk.frontdesk_helpers import NOON, TODAY, in_session
from tests.desk.shift_helpers import LATER, handover_row, money_day, shift_at
from tests.helpers.fixtures import DEMO_MORNING, TEST_WORKSTATION
from tests.helpers.recalc import recalculated

D = Decimal
ACCEPTED_AT = LATER + timedelta(minutes=10)
OUTGOING = {"100": 17, "20": 2, "5": 1, "0.5": 3}  # 1746.50 counted: 3.50 short of 1750.00
INCOMING = {"100": 9, "50": 1, "10": 4, "5": 1}  # 995.00 recounted of the 1000.00 handed over
ISSUES = "Short by 3.50: change for room 305 given twice."
DISAGREEMENT = "One 5-yuan note missing from the float."


@pytest.fixture(autouse=True)
def _english_at_noon() -> Iterator[None]:
    i18n.install(str)
    with clock.frozen(NOON):
        yield
    i18n.install(str)


def local(moment: datetime) -> datetime:
    """What the sheet shows for an aware time: the hotel's wall time (Shanghai, UTC+8), without a zone."""
    return (moment + timedelta(hours=8)).replace(tzinfo=None)


@pytest.fixture
def accepted(demo_db: Database, actors: dict[str, Actor]) -> int:
    """The tests' money day handed over 3.50 short by clerk2 and accepted by clerk with a disagreement."""
    money_day(demo_db, actors["clerk"])
    entry = in_session(demo_db, lambda s: duty.log_entry(s, actors["clerk2"], category=DutyCategory.EQUIPMENT,
                                                         text="Card terminal 2 slow to connect."))
    with clock.frozen(LATER):
        handover_id = in_session(demo_db, lambda s: handover.hand_over(
            s, actors["clerk2"], counted_pieces=OUTGOING, float_handed_over="1000.00", notes_issues=ISSUES,
            notes_equipment="Terminal 2 slow.", carry=[("duty", entry)]))
    with clock.frozen(ACCEPTED_AT):
        in_session(demo_db, lambda s: handover.accept(s, actors["clerk"], handover_id=handover_id,
                                                      counted_pieces=INCOMING, disagreement=DISAGREEMENT))
    return handover_id


def export(database: Database, handover_id: int, path: Path) -> Path:
    with database.reading() as session:
        return export_handover(session, handover_id, path)


def rows(sheet: Worksheet) -> list[tuple[Any, ...]]:
    return [tuple(cell.value for cell in row) for row in sheet.iter_rows()]


def find(sheet: Worksheet, label: str, after: int = 0) -> int:
    """The first row (1-based) after ``after`` whose column A reads ``label``."""
    for number, values in enumerate(rows(sheet), start=1):
        if number > after and values and values[0] == label:
            return number
    raise AssertionError(f"no row {label!r} after row {after}")


def value(sheet: Worksheet, label: str, column: int = 2, after: int = 0) -> Any:
    return sheet.cell(row=find(sheet, label, after), column=column).value


def money(number: float | int) -> Decimal:
    return D(str(number)).quantize(D("0.01"))


def test_the_sheet_has_the_summary_the_cash_the_notes_and_the_signatures(
    demo_db: Database, accepted: int, tmp_path: Path
) -> None:
    path = export(demo_db, accepted, tmp_path / "handover.xlsx")
    with demo_db.reading() as session:
        detail = history.handover_detail(session, accepted)
    s = detail.summary
    sheet = openpyxl.load_workbook(path)["Handover"]
    assert sheet["A1"].value == "Lakeside Hotel: Shift handover"
    assert value(sheet, "Business date") == datetime(2026, 11, 20)
    assert value(sheet, "Workstation") == TEST_WORKSTATION
    assert value(sheet, "Shift opened") == local(DEMO_MORNING)
    assert value(sheet, "Status") == "accepted"
    # The summary, as frozen at handover.
    assert [value(sheet, label) for label in (
        "Arrivals still due", "Departures still due", "Guests in house (rooms)", "Vacant dirty rooms",
        "Occupied dirty rooms", "Rooms out of order", "Complaints open", "Complaints overdue", "Duty-log items open",
    )] == [len(s.arrivals), len(s.departures), s.in_house, len(s.rooms_dirty), s.rooms_occupied_dirty,
           len(s.rooms_out_of_order), s.complaints_open, s.complaints_overdue, s.duty_open]
    assert value(sheet, "Arrivals still due") == 6 and value(sheet, "Duty-log items open") == 4
    # The cash: the figures as numbers, the arithmetic as formulas over them.
    first = find(sheet, "Float at the start")
    assert [sheet.cell(row=first + k, column=1).value for k in range(8)] == [
        "Float at the start", "Cash received", "Cash paid out", "Cash expected", "Cash counted",
        "Over (+) or short (-)", "Float handed over", "Cash dropped to the safe"]
    column_b = [sheet.cell(row=first + k, column=2).value for k in range(8)]
    assert column_b == [1000, 850, 100, f"=B{first}+B{first + 1}-B{first + 2}", 1746.5,
                        f"=B{first + 4}-B{first + 3}", 1000, f"=B{first + 4}-B{first + 6}"]
    assert all("¥" in sheet.cell(row=first + k, column=2).number_format for k in range(8))
    # Non-cash takings by method, and the deposits held.
    card = find(sheet, "Bank card")
    assert [sheet.cell(row=card, column=c).value for c in (2, 3, 4)] == [900, 380, 520]
    held = find(sheet, "Deposits held")
    assert {sheet.cell(row=r, column=1).value: money(sheet.cell(row=r, column=2).value)
            for r in range(held + 1, held + 1 + len(s.deposits_held))} == {
        {"cash": "Cash", "card": "Bank card", "mobile": "Mobile payment"}[m]: amount
        for m, amount in s.deposits_held.items()}
    # The two counts by denomination: face, pieces, face x pieces, and the total as a formula.
    outgoing = find(sheet, "Drawer count (outgoing)")
    assert rows(sheet)[outgoing - 1][:3] == ("Drawer count (outgoing)", "Pieces", "Amount")
    lines = [rows(sheet)[r - 1][:3] for r in range(outgoing + 1, outgoing + 5)]
    assert lines == [(100, 17, f"=A{outgoing + 1}*B{outgoing + 1}"), (20, 2, f"=A{outgoing + 2}*B{outgoing + 2}"),
                     (5, 1, f"=A{outgoing + 3}*B{outgoing + 3}"), (0.5, 3, f"=A{outgoing + 4}*B{outgoing + 4}")]
    assert rows(sheet)[outgoing + 4][:3] == ("Total", None, f"=SUM(C{outgoing + 1}:C{outgoing + 4})")
    incoming = find(sheet, "Float recount (incoming)")
    assert rows(sheet)[incoming + 4][:3] == ("Total", None, f"=SUM(C{incoming + 1}:C{incoming + 4})")
    # The notes that were written, and the carried items.
    assert value(sheet, "Difficult issues") == ISSUES
    assert value(sheet, "Equipment", after=find(sheet, "Notes")) == "Terminal 2 slow."
    assert value(sheet, "Disagreement") == DISAGREEMENT
    with pytest.raises(AssertionError):
        find(sheet, "Manager's reason")
    carried_from = find(sheet, "Carried forward")
    carried = [row[1] for row in rows(sheet)[carried_from:carried_from + len(detail.carried)]]
    assert carried == [c.text for c in detail.carried] and "Card terminal 2 slow to connect." in carried
    assert {row[0] for row in rows(sheet)[carried_from:carried_from + len(detail.carried)]} == {"Duty log"}
    # Both signatures: names and times (the hotel's wall time).
    signatures = find(sheet, "Signatures")
    assert rows(sheet)[signatures - 1][:3] == ("Signatures", "Name", "Time")
    assert rows(sheet)[signatures][:3] == ("Handed over by", "Zhang Wei", local(LATER))
    assert rows(sheet)[signatures + 1][:3] == ("Accepted by", "Wang Fang", local(ACCEPTED_AT))


def test_the_formulas_give_the_services_figures(demo_db: Database, accepted: int, tmp_path: Path) -> None:
    path = export(demo_db, accepted, tmp_path / "handover.xlsx")
    with demo_db.reading() as session:
        row = handover_row(session, accepted)
    sheet = recalculated(path, tmp_path)["Handover"]
    assert (row.expected_cash, row.difference, row.cash_dropped) == (D("1750.00"), D("-3.50"), D("746.50"))
    assert money(value(sheet, "Cash expected")) == row.expected_cash
    assert money(value(sheet, "Over (+) or short (-)")) == row.difference
    assert money(value(sheet, "Cash dropped to the safe")) == row.cash_dropped
    outgoing = find(sheet, "Drawer count (outgoing)")
    incoming = find(sheet, "Float recount (incoming)")
    assert money(value(sheet, "Total", 3, after=outgoing)) == row.counted_cash == D("1746.50")
    assert money(value(sheet, "Total", 3, after=incoming)) == row.incoming_count == D("995.00")
    assert [money(sheet.cell(row=r, column=3).value) for r in range(outgoing + 1, outgoing + 5)] == [
        D("1700.00"), D("40.00"), D("5.00"), D("1.50")]


def test_a_sheet_for_a_shift_closed_by_a_manager(demo_db: Database, actors: dict[str, Actor],
                                                 tmp_path: Path) -> None:
    money_day(demo_db, actors["clerk"])
    with demo_db.reading() as session:
        shift_id = shift_at(session).id
    reason = "Zhang Wei fell ill; drawer counted by the manager."
    with clock.frozen(LATER):
        handover_id = in_session(demo_db, lambda s: handover.override_close(
            s, actors["manager"], shift_id=shift_id, reason=reason, counted_total="1762.00",
            float_handed_over="1200.00"))
    path = export(demo_db, handover_id, tmp_path / "override.xlsx")
    sheet = openpyxl.load_workbook(path)["Handover"]
    assert value(sheet, "Status") == "closed by a manager"
    assert value(sheet, "Manager's reason") == reason
    # Counted as a total: no denomination tables.
    for label in ("Drawer count (outgoing)", "Float recount (incoming)", "Disagreement"):
        with pytest.raises(AssertionError):
            find(sheet, label)
    signatures = find(sheet, "Signatures")
    assert rows(sheet)[signatures][:3] == ("Shift of (not handed over)", "Zhang Wei", None)
    assert value(sheet, "Clerk") == "Zhang Wei"
    assert rows(sheet)[signatures + 1][:3] == ("Closed by manager", "Li Na", local(LATER))
    recalc = recalculated(path, tmp_path)["Handover"]
    assert (money(value(recalc, "Cash expected")), money(value(recalc, "Over (+) or short (-)")),
            money(value(recalc, "Cash dropped to the safe"))) == (D("1750.00"), D("12.00"), D("562.00"))


def test_the_demo_handovers_export(demo_db: Database, tmp_path: Path) -> None:
    with demo_db.reading() as session:
        listed = history.handovers(session)
    short = next(row for row in listed if row.difference < 0)
    path = export(demo_db, short.id, tmp_path / "short.xlsx")
    sheet = recalculated(path, tmp_path)["Handover"]
    assert money(value(sheet, "Over (+) or short (-)")) == short.difference == D("-20.00")
    assert money(value(sheet, "Cash expected")) == short.expected_cash
    assert value(sheet, "Business date") == datetime.combine(short.business_date, datetime.min.time())
    assert short.business_date < TODAY and isinstance(short.business_date, date)
