"""The weekly and monthly complaint reports: the figures, and the workbook read
back with openpyxl and recalculated by LibreOffice, whose formulas must give
the same figures."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from desk import clock, i18n
from desk.actor import Actor
from desk.complaints import compensation, followup, handling, report
from desk.complaints.report import ComplaintReport, Period
from desk.db import Database
from desk.models import Category, CompensationType, ComplaintStatus, Guest, Level
from tests.desk.complaint_helpers import in_house_stays, in_session, local, log
from tests.helpers.recalc import recalculated

D = Decimal
WEEK = Period(report.WEEK, date(2026, 12, 7), date(2026, 12, 13))
NOW = local(16, 12, month=12)  # Wednesday 16 December, noon: when the report is made


def dec(day: int, hour: int, minute: int = 0) -> datetime:
    return local(day, hour, minute, month=12)


@pytest.fixture(autouse=True)
def _english() -> Iterator[None]:
    i18n.install(str)
    yield
    i18n.install(str)


@pytest.fixture
def december(demo_db: Database, actors: dict[str, Actor]) -> Database:
    """Four complaints in the week of 7 December, one just before and one just after it."""
    clerk, clerk2, manager = actors["clerk"], actors["clerk2"], actors["manager"]
    [stay] = in_house_stays(demo_db)

    def at(moment: datetime, call: Any) -> Any:
        with clock.frozen(moment):
            return in_session(demo_db, call)

    # A: replied in 1 hour, resolved in 24, a posted discount, satisfaction 4, closed.
    with clock.frozen(dec(7, 9)):
        a = log(demo_db, clerk, stay_id=stay.id, complainant_phone="139 5555 7001", handler_id=clerk.user_id)
    at(dec(7, 10), lambda s: handling.record_action(s, clerk, complaint_id=a.id, text="Called",
                                                    guest_told_at=dec(7, 10)))
    at(dec(7, 11), lambda s: compensation.offer_compensation(s, clerk, complaint_id=a.id,
                                                             kind=CompensationType.DISCOUNT, amount="150.00"))
    at(dec(8, 9), lambda s: handling.resolve(s, clerk, complaint_id=a.id, resolution="New room"))
    at(dec(9, 9), lambda s: followup.record_follow_up(s, clerk2, complaint_id=a.id, reached=True, satisfaction=4))
    at(dec(9, 9, 5), lambda s: followup.close(s, clerk2, complaint_id=a.id))
    # B: anonymous feedback, resolved on the spot, closed with a reason.
    with clock.frozen(dec(8, 14)):
        b = log(demo_db, clerk, level=Level.FEEDBACK, category=Category.FACILITIES, anonymous=True,
                complainant_name="", complainant_phone="", resolution="Fixed the lamp")
    at(dec(8, 14, 5), lambda s: followup.close(s, clerk, complaint_id=b.id, reason="Anonymous"))
    # C: replied in 6 hours, a gift granted and a dinner refused, resolved late, satisfaction 3.
    with clock.frozen(dec(9, 20)):
        c = log(demo_db, clerk, category=Category.BILLING, complainant_name="Qian Li",
                complainant_phone="139 5555 7003", handler_id=manager.user_id)
    at(dec(10, 2), lambda s: handling.record_action(s, clerk2, complaint_id=c.id, text="Explained the bill",
                                                    guest_told_at=dec(10, 2)))
    at(dec(10, 9), lambda s: compensation.offer_compensation(s, clerk, complaint_id=c.id, kind=CompensationType.GIFT,
                                                             amount="88.00", description="Fruit"))
    waiting = at(dec(10, 9, 5), lambda s: compensation.offer_compensation(
        s, clerk, complaint_id=c.id, kind=CompensationType.GIFT, amount="300.00", description="Dinner"))
    at(dec(10, 10), lambda s: compensation.reject_compensation(s, manager, compensation_id=waiting.compensation_id,
                                                               reason="Fruit is enough"))
    at(dec(15, 8), lambda s: handling.resolve(s, manager, complaint_id=c.id, resolution="Charge removed"))
    at(dec(15, 10), lambda s: followup.record_follow_up(s, clerk, complaint_id=c.id, reached=True, satisfaction=3))
    # D: a dispute on Sunday night, claiming 1000: major, never answered (late now).
    with clock.frozen(dec(13, 23, 30)):
        log(demo_db, clerk, level=Level.DISPUTE, category=Category.RESERVATION, complainant_name="Sun Yu",
            complainant_phone="139 5555 7004", compensation_claimed="1000")
    # Outside the week, inside the month.
    with clock.frozen(dec(6, 23, 59)):
        log(demo_db, clerk, level=Level.SUGGESTION, complainant_phone="139 5555 7005")
    with clock.frozen(dec(14, 0, 30)):
        log(demo_db, clerk, level=Level.SUGGESTION, complainant_phone="139 5555 7006")
    return demo_db


def build(database: Database, period: Period) -> ComplaintReport:
    with clock.frozen(NOW), database.reading() as session:
        return report.build_report(session, period)


def test_periods() -> None:
    assert report.week_of(date(2026, 12, 10)) == WEEK
    assert report.week_of(date(2026, 12, 7)) == WEEK
    assert report.week_of(date(2026, 12, 13)) == WEEK
    assert report.month_of(date(2026, 12, 31)) == Period(report.MONTH, date(2026, 12, 1), date(2026, 12, 31))
    assert report.month_of(date(2027, 2, 3)) == Period(report.MONTH, date(2027, 2, 1), date(2027, 2, 28))
    assert report.default_filename(WEEK) == "complaints-week-2026-12-07.xlsx"
    assert report.default_filename(report.month_of(date(2026, 12, 5))) == "complaints-2026-12.xlsx"


def test_the_weekly_figures(december: Database) -> None:
    built = build(december, WEEK)
    assert [line.received for line in built.lines] == [datetime(2026, 12, 7, 9), datetime(2026, 12, 8, 14),
                                                       datetime(2026, 12, 9, 20), datetime(2026, 12, 13, 23, 30)]
    assert [line.status for line in built.lines] == [ComplaintStatus.CLOSED, ComplaintStatus.CLOSED,
                                                     ComplaintStatus.RESOLVED, ComplaintStatus.OPEN]
    assert [line.hours_to_first_reply for line in built.lines] == [D("1.0"), D("0.0"), D("6.0"), None]
    assert [line.hours_to_resolution for line in built.lines] == [D("24.0"), D("0.0"), D("132.0"), None]
    assert [line.overdue for line in built.lines] == [False, False, True, True]
    assert [line.compensation for line in built.lines] == [D("150.00"), D("0.00"), D("88.00"), D("0.00")]
    assert [line.satisfaction for line in built.lines] == [4, None, 3, None]
    assert built.by_category() == {Category.NOISE: 1, Category.FACILITIES: 1, Category.BILLING: 1,
                                   Category.RESERVATION: 1}
    assert built.by_level() == {Level.COMPLAINT: 2, Level.FEEDBACK: 1, Level.DISPUTE: 1}
    assert built.by_status() == {ComplaintStatus.CLOSED: 2, ComplaintStatus.RESOLVED: 1, ComplaintStatus.OPEN: 1}
    assert (built.median_hours_to_first_reply, built.median_hours_to_resolution) == (D("1.0"), D("24.0"))
    assert (built.overdue_count, built.compensation_total, built.satisfaction_average) == (2, D("238.00"), D("3.50"))
    assert built.generated == datetime(2026, 12, 16, 12)


def test_the_month_takes_every_day_of_it(december: Database) -> None:
    built = build(december, report.month_of(date(2026, 12, 1)))
    assert len(built.lines) == 6
    assert built.by_level()[Level.SUGGESTION] == 2


def summary_figures(sheet: Any) -> dict[str, Any]:
    """The summary sheet as {label: value}, sections prefixed ("By level/Complaint")."""
    found: dict[str, Any] = {}
    section = ""
    for label, value, *_ in sheet.iter_rows(min_row=1, max_col=2, values_only=True):
        if label in ("By category", "By level", "By status"):
            section = label
        elif label is not None:
            found[f"{section}/{label}" if section else label] = value
    return found


def test_the_workbook_reads_back_and_its_formulas_give_the_figures(december: Database, tmp_path: Path) -> None:
    built = build(december, WEEK)
    path = report.write_workbook(built, tmp_path / report.default_filename(WEEK))
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["Summary", "Complaints"]
    listing = book["Complaints"]
    assert listing["A1"].value == "Lakeside Hotel: Weekly complaint report"
    header = [cell.value for cell in listing[4]]
    assert header[:6] == ["Number", "Received", "Channel", "Complainant", "Room", "Category"]
    rows = [[cell.value for cell in row] for row in listing.iter_rows(min_row=5, max_row=8)]
    assert [r[0] for r in rows] == [line.number for line in built.lines]
    assert rows[1][3] == "Anonymous" and rows[2][3] == "Qian Li"
    assert rows[0][1] == datetime(2026, 12, 7, 9) and listing["B5"].number_format == "yyyy-mm-dd hh:mm"
    assert [r[13] for r in rows] == ["No", "No", "Yes", "Yes"]
    assert listing["A9"].value == "Total" and listing["O9"].value == "=SUM(O5:O8)"
    assert listing.freeze_panes == "A5" and listing.auto_filter.ref == "A4:R8"
    summary = book["Summary"]
    formulas = summary_figures(summary)
    assert formulas["Overdue (resolved late, or late now)"] == "=COUNTIF('Complaints'!$N$5:$N$8,\"Yes\")"
    assert formulas["By category/Noise"].startswith("=COUNTIF('Complaints'!$F$5:$F$8,A")

    values = summary_figures(recalculated(path, tmp_path)["Summary"])
    assert values["Complaints received"] == 4
    assert values["Median hours to first reply"] == pytest.approx(1.0)
    assert values["Median hours to resolution"] == pytest.approx(24.0)
    assert values["Overdue (resolved late, or late now)"] == 2
    assert values["Compensation granted"] == pytest.approx(238.0)
    assert values["Average satisfaction (1-5)"] == pytest.approx(3.5)
    assert {k: v for k, v in values.items() if k.startswith("By category/") and v} == {
        "By category/Noise": 1, "By category/Facilities": 1, "By category/Billing": 1,
        "By category/Reservation": 1, "By category/Total": 4}
    assert {k: v for k, v in values.items() if k.startswith("By level/") and v} == {
        "By level/Feedback": 1, "By level/Complaint": 2, "By level/Dispute": 1, "By level/Total": 4}
    assert {k: v for k, v in values.items() if k.startswith("By status/") and v} == {
        "By status/open": 1, "By status/resolved": 1, "By status/closed": 2, "By status/Total": 4}


def test_no_phone_or_id_number_is_exported(december: Database, tmp_path: Path) -> None:
    path = report.write_workbook(build(december, report.month_of(date(2026, 12, 1))), tmp_path / "month.xlsx")
    with december.reading() as session:
        [stay] = in_house_stays(december)
        id_number = session.get_one(Guest, stay.guest_id).id_number
    assert id_number
    text = " ".join(str(cell.value) for sheet in openpyxl.load_workbook(path) for row in sheet.iter_rows()
                    for cell in row if cell.value is not None)
    assert "5555" not in text and "+86" not in text
    assert id_number not in text and id_number[-4:] not in text


def test_translated_labels_still_count(december: Database, tmp_path: Path) -> None:
    i18n.install(lambda text: f"«{text}»")
    built = build(december, WEEK)
    path = report.write_workbook(built, tmp_path / "translated.xlsx")
    book = recalculated(path, tmp_path)
    assert book.sheetnames == ["«Summary»", "«Complaints»"]
    values = {label: value for label, value, *_ in book["«Summary»"].iter_rows(max_col=2, values_only=True)
              if label is not None}
    assert values["«Overdue (resolved late, or late now)»"] == 2
    assert values["«Dispute»"] == 1 and values["«Billing»"] == 1


def test_an_empty_period_gives_an_empty_report(december: Database, tmp_path: Path) -> None:
    empty = Period(report.WEEK, date(2027, 1, 4), date(2027, 1, 10))
    built = build(december, empty)
    assert built.lines == () and built.median_hours_to_first_reply is None and built.satisfaction_average is None
    path = report.write_workbook(built, tmp_path / "empty.xlsx")
    values = summary_figures(recalculated(path, tmp_path)["Summary"])
    assert values["Complaints received"] == 0
    assert values["Compensation granted"] == 0
    assert values["Median hours to first reply"] in (None, "")
    assert values["By level/Total"] == 0


def test_the_demo_fills_the_month(demo_db: Database) -> None:
    with clock.frozen(local(20, 12)), demo_db.reading() as session:
        built = report.build_report(session, report.month_of(date(2026, 11, 20)))
    assert [line.number for line in built.lines][:3] == ["C2026-0002", "C2026-0003", "C2026-0001"]
    assert built.compensation_total == D("308.00")
