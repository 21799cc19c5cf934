"""The day's workbooks, as the manager gets them after a close: recalculated by
LibreOffice, every formula's value is Desk's own figure; and they are fit for
a person (frozen headers, filters, print setup, the hotel's currency, no full
ID number), in Chinese when the language is Chinese."""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import fields
from datetime import timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import func, select

from desk import clock, i18n
from desk.actor import Actor
from desk.dayclose import occupancy_rows, run, settlement_rows
from desk.dayclose.figures import DayCounts, Figures, operational, str_usali
from desk.dayclose.history import day_rows, period_counts
from desk.dayclose.labels import COUNT_LABELS
from desk.db import Database
from desk.frontdesk import folio
from desk.models import FolioLine, Guest, HkState, LineKind, Stay
from desk.rooms import status
from tests.desk.dayclose_helpers import NIGHT, TODAY, busy_day
from tests.helpers.recalc import recalculated

Cell = tuple[str, str]  # (sheet, coordinate)


@pytest.fixture
def closed_day(demo_db: Database, actors: dict[str, Actor], tmp_path: Path) -> run.DayClosed:
    """The demo's business date with money of every kind, closed by the manager at night."""
    busy_day(demo_db, actors)
    with clock.frozen(NIGHT):
        return run.close_and_export(demo_db, actors["manager"], business_date=TODAY, reason="end of test day",
                                    out_dir=tmp_path / "out", backup_dir=tmp_path / "backups")


@pytest.fixture
def english() -> Iterator[None]:
    i18n.install(str)
    yield
    i18n.install(str)


def formula_cells(path: Path) -> dict[Cell, str]:
    book = openpyxl.load_workbook(path)
    return {(sheet.title, cell.coordinate): cell.value for sheet in book for row in sheet.iter_rows() for cell in row
            if isinstance(cell.value, str) and cell.value.startswith("=")}


def agrees(actual: Any, expected: Decimal | int | None) -> bool:
    if expected is None:
        return actual in (None, "")
    return isinstance(actual, int | float) and math.isclose(actual, float(expected), rel_tol=1e-9, abs_tol=1e-6)


def check(path: Path, tmp_path: Path, expected: dict[Cell, Decimal | int | None]) -> None:
    """Every formula cell of the workbook is in ``expected``, and computes it."""
    formulas = formula_cells(path)
    assert set(formulas) == set(expected), (sorted(set(formulas) - set(expected))[:10],
                                            sorted(set(expected) - set(formulas))[:10])
    values = recalculated(path, tmp_path)
    wrong = {cell: (formulas[cell], values[cell[0]][cell[1]].value, want) for cell, want in expected.items()
             if not agrees(values[cell[0]][cell[1]].value, want)}
    assert not wrong, list(wrong.items())[:10]


def rows_by_label(sheet: Any, column: int = 1) -> list[tuple[int, Any]]:
    return [(cell.row, cell.value) for cell in sheet.iter_cols(min_col=column, max_col=column).__next__()]


def header(sheet: Any, first: str) -> tuple[int, dict[str, str]]:
    """The table's header row (its first cell reads ``first``) and its columns by header text."""
    row = next(r for r, value in rows_by_label(sheet) if value == first)
    return row, {cell.value: cell.column_letter for cell in sheet[row] if cell.value}


def ratios(figures: Figures) -> list[Decimal | int | None]:
    return [figures.available, figures.sold, figures.rooms_revenue, figures.occupancy, figures.adr, figures.revpar]


def test_every_formula_of_the_occupancy_workbook_is_desks_figure(closed_day: run.DayClosed, demo_db: Database,
                                                                 tmp_path: Path, english: None) -> None:
    path = closed_day.files.occupancy
    with demo_db.reading() as session:
        periods = period_counts(session, TODAY)
        days = day_rows(session, TODAY)
        moment = occupancy_rows.moment_of(session, TODAY)
        stays = occupancy_rows.in_house(session, moment)
        arrivals = occupancy_rows.arrivals(session, moment)
    assert closed_day.result is not None and periods.day == closed_day.result.counts
    book = openpyxl.load_workbook(path)
    expected: dict[Cell, Decimal | int | None] = {}

    summary = book["Summary"]
    labelled = {value: row for row, value in rows_by_label(summary) if value}
    month, year = periods.month, periods.year
    expected[("Summary", f"C{labelled['Days with figures']}")] = periods.month_days
    expected[("Summary", f"D{labelled['Days with figures']}")] = periods.year_days
    for field in fields(DayCounts):
        row = labelled[COUNT_LABELS[field.name]]
        expected[("Summary", f"C{row}")] = getattr(month, field.name)
        expected[("Summary", f"D{row}")] = getattr(year, field.name)
    str_lines = ("Rooms available", "Rooms sold (paid overnight and day use)", "Rooms revenue (room, day use, no-show)",
                 "Occupancy (sold / available)", "ADR (rooms revenue / sold)", "RevPAR (rooms revenue / available)")
    ops_lines = ("Rooms available less out of order", "Occupancy, out of order deducted",
                 "RevPAR, out of order deducted")
    for column, counts in zip("BCD", (periods.day, month, year), strict=True):
        for text, value in zip(str_lines, ratios(str_usali(counts)), strict=True):
            expected[("Summary", f"{column}{labelled[text]}")] = value
        ops = operational(counts)
        for text, value in zip(ops_lines, (ops.available, ops.occupancy, ops.revpar), strict=True):
            expected[("Summary", f"{column}{labelled[text]}")] = value
    # The day's own column holds the frozen counts as values.
    assert summary[f"B{labelled[COUNT_LABELS['keys']]}"].value == periods.day.keys == 70
    assert summary[f"B{labelled[COUNT_LABELS['sold']]}"].value == periods.day.sold
    assert month.keys == 70 * periods.month_days and periods.year_days == len(
        [d for d in days if d.business_date.year == TODAY.year])

    daily = book["Daily statistics"]
    header_row, columns = header(daily, "Date")
    by_date = {d.business_date: d.counts for d in days}
    for row in range(header_row + 1, header_row + 1 + len(days)):
        when = daily[f"A{row}"].value.date()
        figures, ops = str_usali(by_date[when]), operational(by_date[when])
        for text, value in (("Occupancy", figures.occupancy), ("Occupancy, out of order deducted", ops.occupancy),
                            ("ADR", figures.adr), ("RevPAR", figures.revpar)):
            expected[("Daily statistics", f"{columns[text]}{row}")] = value
    assert daily[f"A{header_row + len(days)}"].value.date() == TODAY

    for title, sums in (("Arrivals", {"Nights": sum(a.nights for a in arrivals),
                                      "Persons": sum(a.persons for a in arrivals)}),
                        ("In house", {"Persons": sum(s.persons for s in stays),
                                      "Balance": sum(s.balance for s in stays),
                                      "Deposit held": sum(s.deposit_held for s in stays)})):
        sheet = book[title]
        total = next(r for r, value in rows_by_label(sheet) if value == "Total")
        _row, columns = header(sheet, "Room" if title == "In house" else "Confirmation")
        for text, value in sums.items():
            expected[(title, f"{columns[text]}{total}")] = value
    check(path, tmp_path, expected)


def test_every_formula_of_the_settlement_workbook_is_desks_figure(closed_day: run.DayClosed, demo_db: Database,
                                                                  tmp_path: Path, english: None) -> None:
    path = closed_day.files.settlement
    with demo_db.reading() as session:
        money = settlement_rows.ledger(session, TODAY)
        takings = {t.method: t for t in settlement_rows.takings(money)}
        by_type, no_show = settlement_rows.charges(session, TODAY)
        deposits = {d.method: d for d in settlement_rows.deposits(money)}
        # Deposits still held, straight from the lines: taken less applied less refunded.
        held = sum((Decimal(amount) * (1 if kind is LineKind.DEPOSIT else -1) for kind, amount in session.execute(
            select(FolioLine.kind, func.sum(FolioLine.amount)).where(
                FolioLine.business_date <= TODAY, FolioLine.kind.in_(settlement_rows.DEPOSIT_KINDS))
            .group_by(FolioLine.kind))), Decimal("0.00"))
        assert held == sum(money.deposits_held(closing=True).values(), Decimal("0.00"))
        shifts = settlement_rows.shifts(session, TODAY)
        transactions = settlement_rows.transactions(session, TODAY)
        on_day = {kind: Decimal(amount) for kind, amount in session.execute(
            select(FolioLine.kind, func.sum(FolioLine.amount)).where(FolioLine.business_date == TODAY)
            .group_by(FolioLine.kind))}
        # The guest ledger's closing balance the long way round: every stay's folio up to the date.
        closing = sum((folio.totals(session.execute(
            select(FolioLine.kind, FolioLine.method, FolioLine.amount, FolioLine.deposit_id)
            .where(FolioLine.stay_id == stay_id, FolioLine.business_date <= TODAY)).all()).balance
            for stay_id in session.scalars(select(Stay.id))), Decimal("0.00"))
    assert closing == money.balance(closing=True)
    assert no_show.lines >= 1 and {LineKind.PAYMENT, LineKind.REFUND, LineKind.DEPOSIT, LineKind.DEPOSIT_APPLIED,
                                   LineKind.DEPOSIT_REFUND, LineKind.CHARGE} <= set(on_day)
    book = openpyxl.load_workbook(path)
    expected: dict[Cell, Decimal | int | None] = {}
    methods = {"Cash": "cash", "Bank card": "card", "Mobile payment": "mobile", "Bank transfer": "transfer"}

    sheet = book["Settlement"]
    section = ""
    charges_total = sum((c.amount for c in by_type), Decimal("0.00"))
    for row, text in rows_by_label(sheet):
        if sheet[f"A{row}"].fill.fgColor.rgb in ("00DDE4EE", "FFDDE4EE"):  # a section's header
            section = text
            continue
        cell = ("Settlement", row)
        chosen = [t for t in takings.values() if text == "Total" or t.method.value == methods.get(text)]
        received = sum((t.received for t in chosen), Decimal(0))
        refunded = sum((t.refunded for t in chosen), Decimal(0))
        if section == "Takings by payment method" and text in (*methods, "Total"):
            if text == "Total":
                expected[(cell[0], f"B{row}")], expected[(cell[0], f"C{row}")] = received, refunded
            expected[(cell[0], f"D{row}")] = received - refunded
        elif section == "Charges by type" and text == "Charges to guest folios":
            expected[(cell[0], f"B{row}")] = sum(c.lines for c in by_type)
            expected[(cell[0], f"C{row}")] = charges_total
        elif section == "Charges by type" and text == "Total charges":
            expected[(cell[0], f"B{row}")] = sum(c.lines for c in by_type) + no_show.lines
            expected[(cell[0], f"C{row}")] = charges_total + no_show.amount
        elif section == "Deposits" and text in (*methods, "Total"):
            chosen_d = [d for d in deposits.values() if text == "Total" or d.method.value == methods[text]]
            if text == "Total":
                for column, attr in zip("BCDE", ("held_at_start", "taken", "applied", "refunded"), strict=True):
                    expected[(cell[0], f"{column}{row}")] = sum((getattr(d, attr) for d in chosen_d), Decimal(0))
            expected[(cell[0], f"F{row}")] = sum((d.held_at_end for d in chosen_d), Decimal(0))
        elif section == "Payments by method" and text in (*methods, "Total"):
            for column, value in zip("BCDEF", (received, refunded, received - refunded, received - refunded, 0),
                                     strict=True):
                expected[(cell[0], f"{column}{row}")] = value
        elif section == "Guest ledger and deposits":
            value = {"+ Charges to guest folios": on_day[LineKind.CHARGE], "- Payments": on_day[LineKind.PAYMENT],
                     "+ Refunds": on_day[LineKind.REFUND], "- Deposits applied": on_day[LineKind.DEPOSIT_APPLIED],
                     "Closing balance": closing, "Difference": 0,
                     "Charges by type less the charges in the transactions": 0,
                     "Deposits held at the end": held}.get(text)
            if value is not None:
                expected[(cell[0], f"B{row}")] = value
    assert sum(1 for (_s, coordinate) in expected if coordinate.startswith("B")) > 10

    sheet = book["Shifts"]
    header_row, columns = header(sheet, "Shift")
    assert [sheet[f"A{header_row + 1 + i}"].value for i in range(len(shifts))] == [s.shift_id for s in shifts]
    for offset, s in enumerate(shifts):
        row = header_row + 1 + offset
        expected[("Shifts", f"{columns['Expected']}{row}")] = s.expected
        if s.counted is not None:
            expected[("Shifts", f"{columns['Over (+) or short (-)']}{row}")] = s.counted - s.expected
    total = header_row + 1 + len(shifts)
    expected[("Shifts", f"{columns['Cash in']}{total}")] = sum(s.cash_in for s in shifts)
    expected[("Shifts", f"{columns['Cash out']}{total}")] = sum(s.cash_out for s in shifts)
    expected[("Shifts", f"{columns['Over (+) or short (-)']}{total}")] = sum(
        s.counted - s.expected for s in shifts if s.counted is not None)
    assert Decimal("-20.00") in [s.counted - s.expected for s in shifts if s.counted is not None]

    sheet = book["Transactions"]
    header_row, columns = header(sheet, "Line")
    expected[("Transactions", f"{columns['Amount']}{header_row + 1 + len(transactions)}")] = sum(
        t.amount for t in transactions)
    check(path, tmp_path, expected)


MONEY_COLUMNS = {"Rooms": ["Rate"], "Arrivals": ["Rate"], "In house": ["Rate", "Balance", "Deposit held"],
                 "Daily statistics": ["Room revenue, net of tax", "Tax", "ADR", "RevPAR"],
                 "Shifts": ["Float", "Cash in", "Cash out", "Expected", "Counted", "Over (+) or short (-)"],
                 "Transactions": ["Amount"]}


def test_the_workbooks_are_fit_for_a_person(closed_day: run.DayClosed, demo_db: Database, english: None) -> None:
    with demo_db.reading() as session:
        id_numbers = [n for n in session.scalars(select(Guest.id_number)) if n]
    assert len(id_numbers) > 20
    for path in (closed_day.files.occupancy, closed_day.files.settlement):
        book = openpyxl.load_workbook(path)
        lists = [name for name in book.sheetnames if name not in ("Summary", "Settlement")]
        for sheet in book:
            setup = sheet.page_setup
            assert (setup.orientation, int(setup.paperSize), setup.fitToWidth, setup.fitToHeight) == (
                "landscape", 9, 1, 0), sheet.title  # 9: A4
            assert sheet.sheet_properties.pageSetUpPr.fitToPage
            assert "Lakeside Hotel" in sheet.oddHeader.center.text and "2026-11-20" in sheet.oddHeader.center.text
            assert "&P" in sheet.oddFooter.center.text
            assert all(sheet.column_dimensions[letter].width >= 8 for letter in sheet.column_dimensions)
            text = [str(cell.value) for row in sheet.iter_rows() for cell in row if cell.value is not None]
            assert not [n for n in id_numbers if any(n in value for value in text)], sheet.title
        for name in lists:
            sheet = book[name]
            row = int(sheet.freeze_panes[1:]) - 1
            assert sheet.auto_filter.ref and sheet.auto_filter.ref.startswith(f"A{row}:"), name
            assert sheet.print_title_rows == f"${row}:${row}"
        for name, headers in MONEY_COLUMNS.items():
            if name not in book.sheetnames:
                continue
            sheet = book[name]
            header_row, columns = header(sheet, sheet["A"][int(sheet.freeze_panes[1:]) - 2].value)
            for text in headers:
                cells = [c for c in sheet[columns[text]][header_row:] if c.value is not None]
                assert cells and all("¥" in c.number_format for c in cells), (name, text)
    occupancy = openpyxl.load_workbook(closed_day.files.occupancy)
    assert occupancy.sheetnames == ["Summary", "Rooms", "Arrivals", "Departures", "In house", "Daily statistics"]
    assert occupancy["Summary"]._charts, "the 30-day chart"
    assert occupancy["Summary"]["A3"].value == "Status" and "closed" in occupancy["Summary"]["B3"].value
    settlement = openpyxl.load_workbook(closed_day.files.settlement)
    assert settlement.sheetnames == ["Settlement", "Shifts", "Transactions"]
    takings = settlement["Settlement"]
    first = next(c.row for c in takings["A"] if c.value == "Takings by payment method") + 1
    assert all("¥" in takings[f"{column}{first + k}"].number_format for column in "BCD" for k in range(5))


def test_a_past_date_shows_its_rooms_as_they_stood_when_it_closed(closed_day: run.DayClosed, demo_db: Database,
                                                                  actors: dict[str, Actor], tmp_path: Path,
                                                                  english: None) -> None:
    with demo_db.reading() as session:
        before = {line.number: line for line in occupancy_rows.rooms(
            session, occupancy_rows.moment_of(session, TODAY),
            occupancy_rows.in_house(session, occupancy_rows.moment_of(session, TODAY)))}
    dirty_occupied = next(n for n, line in before.items() if line.occupied and line.hk_state is HkState.DIRTY)
    # The next morning: housekeeping cleans the room.
    with clock.frozen(NIGHT + timedelta(hours=10)), demo_db.writing() as session:
        room_id = next(line.stay.room_id for line in before.values() if line.number == dirty_occupied and line.stay)
        status.mark_rooms(session, actors["housekeeping"], room_ids=[room_id], state=HkState.CLEAN)
    again = run.export_occupancy(demo_db, TODAY, tmp_path / "again")
    rooms = openpyxl.load_workbook(again)["Rooms"]
    header_row, columns = header(rooms, "Room")
    row = next(r for r, value in rows_by_label(rooms) if value == dirty_occupied and r > header_row)
    assert rooms[f"{columns['Housekeeping']}{row}"].value == "dirty"
    assert rooms[f"{columns['Front office']}{row}"].value == "Occupied"
    assert rooms[f"{columns['Status']}{row}"].value == "OD"
    # Every room on the sheet, vacant or occupied as the in-house list says.
    occupied = sum(1 for r in range(header_row + 1, rooms.max_row + 1)
                   if rooms[f"{columns['Front office']}{r}"].value == "Occupied")
    assert occupied == sum(line.occupied for line in before.values())
    assert rooms.max_row - header_row == 70


CHINESE = {"Summary": "概要", "Rooms": "房间", "Arrivals": "抵店", "Departures": "离店", "In house": "在住",
           "Daily statistics": "每日统计", "Settlement": "结算", "Shifts": "班次", "Transactions": "交易明细",
           "Payment": "付款", "Refund": "退款", "Deposit": "押金", "Deposit applied": "押金抵扣",
           "Deposit refunded": "押金退还", "Charge": "消费", "Cash": "现金", "Bank card": "银行卡",
           "Mobile payment": "移动支付", "Bank transfer": "银行转账", "Difference": "差额"}


def test_sheet_titles_and_labels_in_chinese(closed_day: run.DayClosed, demo_db: Database, tmp_path: Path) -> None:
    i18n.install(lambda text: CHINESE.get(text, text))
    try:
        files = run.export_day(demo_db, TODAY, tmp_path / "zh", take_backup=False)
    finally:
        i18n.install(str)
    occupancy = openpyxl.load_workbook(files.occupancy)
    assert occupancy.sheetnames == ["概要", "房间", "抵店", "离店", "在住", "每日统计"]
    assert "'每日统计'!" in occupancy["概要"]["C6"].value
    settlement = recalculated(files.settlement, tmp_path)
    assert settlement.sheetnames == ["结算", "班次", "交易明细"]
    sheet = settlement["结算"]
    differences = [sheet[f"B{cell.row}"].value for cell in sheet["A"] if cell.value == "差额"]
    assert differences == [0, 0]
    found = [sheet.cell(row=r, column=6).value for r in range(1, sheet.max_row + 1)
             if sheet.cell(row=r, column=1).value in ("现金", "银行卡", "移动支付", "银行转账")]
    assert found[-4:] == [0, 0, 0, 0] and any(found[4:8])  # deposits held, then the reconciliation by method


def test_a_date_after_the_business_date_has_nothing_to_export(demo_db: Database, tmp_path: Path) -> None:
    from desk.errors import ValidationError

    with pytest.raises(ValidationError, match="is after the business date"):
        run.export_settlement(demo_db, TODAY + timedelta(days=1), tmp_path)
    assert not list(tmp_path.glob("*.xlsx"))


def test_the_open_day_exports_as_it_stands(demo_db: Database, tmp_path: Path, english: None) -> None:
    with clock.frozen(NIGHT):
        files = run.export_day(demo_db, TODAY, tmp_path / "open", take_backup=False)
    book = openpyxl.load_workbook(files.occupancy)
    assert book["Summary"]["B3"].value.startswith("open: figures as they stand at 2026-11-20 23:00")
    assert files.backup is None and files.backup_note == ""
