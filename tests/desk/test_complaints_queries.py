"""What the tabs show: the filtered list with overdue complaints first, the
detail, the rooms with an overdue complaint, the shift handover's counts and
items; and the demo hotel's complaints."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from sqlalchemy import select

from desk import clock
from desk.actor import Actor
from desk.complaints import handling
from desk.complaints.queries import (
    ComplaintFilter,
    complaint_detail,
    complaints,
    handover_counts,
    overdue_room_ids,
    staff,
)
from desk.db import Database
from desk.i18n import install
from desk.models import Category, Complaint, ComplaintStatus, Level, Room
from tests.desk.complaint_helpers import NOON, in_session, local, log

DEMO_NUMBERS = [f"C2026-{n:04d}" for n in range(1, 11)]


@pytest.fixture(autouse=True)
def _noon() -> Iterator[None]:
    with clock.frozen(NOON):
        yield


def numbers(database: Database, filters: ComplaintFilter | None = None) -> list[str]:
    with database.reading() as session:
        return [r.number for r in complaints(session, filters or ComplaintFilter())]


def overdue_rooms(database: Database) -> set[int]:
    with database.reading() as session:
        return overdue_room_ids(session)


def room_id(database: Database, number: str) -> int:
    with database.reading() as session:
        return session.scalars(select(Room.id).where(Room.number == number)).one()


# --- The demo's complaints ----------------------------------------------------------------------------------------


def test_the_demo_has_every_level_and_status_and_one_overdue(demo_db: Database) -> None:
    with demo_db.reading() as session:
        rows = complaints(session)
    assert sorted(r.number for r in rows) == DEMO_NUMBERS
    assert {r.level for r in rows} == set(Level)
    assert {r.status for r in rows} == set(ComplaintStatus)
    assert [(r.number, r.overdue) for r in rows if r.overdue] == [("C2026-0003", ("resolution",))]
    assert {r.number for r in rows if r.major} == {"C2026-0005", "C2026-0009", "C2026-0010"}


def test_the_list_puts_overdue_first_then_the_next_deadline_then_the_rest_newest_first(demo_db: Database) -> None:
    assert numbers(demo_db) == [
        "C2026-0003",  # overdue since 11 November
        "C2026-0007",  # dissatisfaction, due at 15:00 today
        "C2026-0009",  # the dispute's first reply and report, tomorrow 10:30
        "C2026-0010",  # the repeat's report, tomorrow 11:10
        "C2026-0006",  # due Tuesday 24 November
        "C2026-0005",  # reopened, due 30 November
        "C2026-0008", "C2026-0004", "C2026-0001", "C2026-0002",  # done: newest first
    ]


def test_overdue_complaints_go_first_in_a_later_view(demo_db: Database) -> None:
    with clock.frozen(local(21, 10, 45)):
        with demo_db.reading() as session:
            overdue = [(r.number, r.overdue) for r in complaints(session) if r.overdue]
        assert overdue == [("C2026-0003", ("resolution",)), ("C2026-0007", ("resolution",)),
                           ("C2026-0009", ("reply", "report"))]
        assert numbers(demo_db)[:3] == ["C2026-0003", "C2026-0007", "C2026-0009"]


@pytest.mark.parametrize(("filters", "expected"), [
    (ComplaintFilter(statuses={ComplaintStatus.CLOSED}), ["C2026-0008", "C2026-0001", "C2026-0002"]),
    (ComplaintFilter(statuses={ComplaintStatus.OPEN, ComplaintStatus.REOPENED}),
     ["C2026-0007", "C2026-0009", "C2026-0010", "C2026-0005"]),
    (ComplaintFilter(levels={Level.DISPUTE, Level.INCIDENT}), ["C2026-0009", "C2026-0005"]),
    (ComplaintFilter(categories={Category.BILLING}), ["C2026-0009", "C2026-0004"]),
    (ComplaintFilter(received_from=date(2026, 11, 20), received_to=date(2026, 11, 20)),
     ["C2026-0007", "C2026-0009", "C2026-0010", "C2026-0008"]),
    (ComplaintFilter(received_from=date(2026, 11, 4), received_to=date(2026, 11, 11)),
     ["C2026-0003", "C2026-0001", "C2026-0002"]),
    (ComplaintFilter(received_to=date(2026, 11, 4)), ["C2026-0002"]),
    (ComplaintFilter(text="laptop"), ["C2026-0005"]),
    (ComplaintFilter(text="MA JUN"), ["C2026-0003"]),
    (ComplaintFilter(text="1234 0004"), ["C2026-0004"]),
    (ComplaintFilter(text="C2026-0002"), ["C2026-0002"]),
    (ComplaintFilter(text="213"), ["C2026-0003"]),
    (ComplaintFilter(text="50%_off"), []),
    (ComplaintFilter(overdue_only=True), ["C2026-0003"]),
])
def test_the_filters(demo_db: Database, filters: ComplaintFilter, expected: list[str]) -> None:
    assert numbers(demo_db, filters) == expected


def test_the_room_filter(demo_db: Database) -> None:
    assert numbers(demo_db, ComplaintFilter(room_id=room_id(demo_db, "213"))) == ["C2026-0003"]


def test_the_detail_of_the_reopened_incident(demo_db: Database) -> None:
    with demo_db.reading() as session:
        number_id = session.scalars(select(Complaint.id).where(Complaint.number == "C2026-0005")).one()
        shown = complaint_detail(session, number_id)
    assert shown.row.status is ComplaintStatus.REOPENED
    assert shown.row.handler_name == "Li Na" and shown.media_or_legal
    assert shown.report.startswith("22:15 guest reported the laptop missing.")
    assert shown.report_by == "Li Na" and shown.alert_acknowledged_by == "Li Na"
    assert [(c.kind.value, c.state.value, c.decided_by) for c in shown.compensations] == [
        ("free_night", "rejected", "Li Na")]
    assert [(f.reached, f.satisfaction) for f in shown.follow_ups] == [(True, 2)]
    assert [a.kind.value for a in shown.actions] == ["escalated", "marked_major", "assigned", "note", "report",
                                                     "resolved", "reopened"]


def test_staff_to_choose_from(demo_db: Database) -> None:
    with demo_db.reading() as session:
        rows = staff(session)
    assert [(s.name, s.may_handle) for s in rows] == [
        ("Chen Jing", False), ("Li Na", True), ("Wang Fang", True), ("Zhang Wei", True)]


# --- For the room board and the shift handover --------------------------------------------------------------------


def test_rooms_with_an_overdue_complaint(demo_db: Database, actors: dict[str, Actor]) -> None:
    assert overdue_rooms(demo_db) == {room_id(demo_db, "213")}
    late = log(demo_db, actors["clerk"], level=Level.FEEDBACK, room_id=room_id(demo_db, "305"),
               received_at=local(20, 6))
    assert late.overdue == ("resolution",)
    assert overdue_rooms(demo_db) == {room_id(demo_db, "213"), room_id(demo_db, "305")}
    in_session(demo_db, lambda s: handling.resolve(s, actors["clerk"], complaint_id=late.id, resolution="Done"))
    assert overdue_rooms(demo_db) == {room_id(demo_db, "213")}


def test_the_handover_counts_and_items(demo_db: Database) -> None:
    install(str)
    with demo_db.reading() as session:
        handover = handover_counts(session)
    assert (handover.open_count, handover.overdue_count) == (6, 1)
    assert [i.number for i in handover.items] == ["C2026-0003", "C2026-0007", "C2026-0009", "C2026-0010",
                                                  "C2026-0006", "C2026-0005"]
    first = handover.items[0]
    assert first.overdue
    assert first.text == ("OVERDUE C2026-0003 Staff attitude room 213: Review says the night clerk was curt and "
                          "refused to print a boarding pass. (due 11-11 19:20)")
    assert handover.items[1].text == "C2026-0007 Cleanliness room 310: Hair in the bathtub. (due 11-20 15:00)"


def test_the_handover_lists_a_resolved_complaint_whose_report_is_late(demo_db: Database,
                                                                      actors: dict[str, Actor]) -> None:
    manager = actors["manager"]
    major = log(demo_db, actors["clerk"], media_or_legal=True, handler_id=manager.user_id, resolution="Apologised")
    with clock.frozen(local(21, 13)), demo_db.reading() as session:
        handover = handover_counts(session)
    assert major.number in [i.number for i in handover.items if i.overdue]


def test_the_limit_never_hides_what_is_still_to_do(demo_db: Database) -> None:
    with demo_db.reading() as session:
        rows = complaints(session, limit=1)
    assert [r.number for r in rows] == ["C2026-0003", "C2026-0007", "C2026-0009", "C2026-0010", "C2026-0006",
                                        "C2026-0005", "C2026-0008"]
