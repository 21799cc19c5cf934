"""Levels and deadlines: on the spot within the shift, 3 or 7 working days
that skip weekends and the hotel's listed holidays, a first reply within 24
hours, disputes and incidents escalated at once."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime

import pytest

from desk import clock
from desk.actor import Actor
from desk.complaints import deadlines, handling, intake
from desk.complaints.deadlines import add_working_days, end_of_shift
from desk.db import Database
from desk.errors import PermissionDeniedError, RuleError, StaleDataError
from desk.models import ActionKind, Level
from tests.desk.complaint_helpers import HOUR, NOON, detail, details, in_session, local, log, refused, row

ZONE = "Asia/Shanghai"


@pytest.fixture(autouse=True)
def _noon() -> Iterator[None]:
    with clock.frozen(NOON):
        yield


# --- Pure rules ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("moment", "end"), [
    (local(20, 0, 30), local(20, 7)),
    (local(20, 6, 59), local(20, 7)),
    (local(20, 7), local(20, 15)),  # a boundary belongs to the shift it starts
    (local(20, 12), local(20, 15)),
    (local(20, 14, 59), local(20, 15)),
    (local(20, 15), local(20, 23)),
    (local(20, 22, 59), local(20, 23)),
    (local(20, 23), local(21, 7)),
    (local(20, 23, 45), local(21, 7)),
])
def test_the_shift_ends_at_the_next_of_07_15_and_23_hotel_time(moment: datetime, end: datetime) -> None:
    assert end_of_shift(moment, ZONE) == end


@pytest.mark.parametrize(("moment", "days", "holidays", "due"), [
    (local(20, 14), 3, set(), local(25, 14)),  # Friday -> Wednesday, same time
    (local(21, 10), 1, set(), local(23, 10)),  # Saturday: Monday is the first working day
    (local(22, 10), 3, set(), local(25, 10)),  # Sunday
    (local(23, 9), 3, set(), local(26, 9)),  # Monday -> Thursday
    (local(20, 14), 3, {date(2026, 11, 23)}, local(26, 14)),  # a holiday Monday is skipped
    (local(20, 14), 3, {date(2026, 11, 20)}, local(25, 14)),  # the day it came in never counts
    (local(20, 14), 7, set(), local(1, 14, month=12)),
    # National Day, Thursday 1 to Wednesday 7 October: Wednesday 30 September + 3 = Monday 12 October.
    (local(30, 10, month=9), 3, {date(2026, 10, d) for d in range(1, 8)}, local(12, 10, month=10)),
])
def test_working_days_skip_weekends_and_holidays(moment: datetime, days: int, holidays: set[date],
                                                 due: datetime) -> None:
    assert add_working_days(moment, days, ZONE, holidays) == due


def test_a_deadline_falls_at_the_hotel_time_of_day_not_utc() -> None:
    # 07:30 in Shanghai is 23:30 UTC the day before: the days are counted in hotel dates.
    assert add_working_days(local(20, 7, 30), 1, ZONE, set()) == local(23, 7, 30)
    assert add_working_days(local(20, 7, 30), 1, ZONE, set()) == datetime(2026, 11, 22, 23, 30, tzinfo=UTC)


# --- Logged complaints --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("level", [Level.FEEDBACK, Level.SUGGESTION, Level.DISSATISFACTION])
def test_on_the_spot_levels_are_due_at_the_end_of_the_shift_and_handled_by_the_clerk(
        demo_db: Database, actors: dict[str, Actor], level: Level) -> None:
    logged = log(demo_db, actors["clerk"], level=level)
    assert logged.due_at == local(20, 15)
    assert logged.first_reply_due_at is None
    assert logged.handler_id == actors["clerk"].user_id
    assert not logged.escalated and not logged.alert_pending


def test_a_late_evening_dissatisfaction_is_due_when_the_night_shift_ends(demo_db: Database,
                                                                          actors: dict[str, Actor]) -> None:
    with clock.frozen(local(20, 23, 30)):
        logged = log(demo_db, actors["clerk"], level=Level.DISSATISFACTION)
    assert logged.due_at == local(21, 7)


def test_a_complaint_is_due_in_three_working_days_with_a_first_reply_in_24_hours(
        demo_db: Database, actors: dict[str, Actor]) -> None:
    logged = log(demo_db, actors["clerk"], level=Level.COMPLAINT)
    assert logged.received_at == NOON
    assert logged.due_at == local(25, 12)  # Friday noon -> Wednesday noon
    assert logged.first_reply_due_at == local(21, 12)
    assert logged.handler_id is None  # the front-desk lead or duty manager is assigned
    assert not logged.escalated


@pytest.mark.parametrize("level", [Level.DISPUTE, Level.INCIDENT])
def test_a_dispute_or_incident_is_escalated_at_once_and_due_in_seven_working_days(
        demo_db: Database, actors: dict[str, Actor], level: Level) -> None:
    logged = log(demo_db, actors["clerk"], level=level)
    assert logged.due_at == local(1, 12, month=12)
    assert logged.first_reply_due_at == local(21, 12)
    assert logged.escalated and logged.alert_pending
    assert [a.kind for a in detail(demo_db, logged.id).actions] == [ActionKind.ESCALATED]
    assert detail(demo_db, logged.id).escalated_at == NOON


def test_listed_holidays_move_the_deadline(demo_db: Database, actors: dict[str, Actor]) -> None:
    manager = actors["manager"]
    for day in (date(2026, 11, 23), date(2026, 11, 24)):
        in_session(demo_db, lambda s, d=day: deadlines.add_holiday(s, manager, day=d, name="Hotel anniversary"))
    assert log(demo_db, actors["clerk"], level=Level.COMPLAINT).due_at == local(27, 12)
    assert log(demo_db, actors["clerk"], level=Level.DISPUTE).due_at == local(3, 12, month=12)


def test_a_complaint_received_earlier_counts_from_when_it_came_in(demo_db: Database,
                                                                  actors: dict[str, Actor]) -> None:
    logged = log(demo_db, actors["clerk"], level=Level.FEEDBACK, received_at=local(19, 22))
    assert logged.received_at == local(19, 22)
    assert logged.due_at == local(19, 23)
    assert logged.overdue == ("resolution",)


def test_raising_the_level_sets_new_deadlines_and_escalates(demo_db: Database, actors: dict[str, Actor]) -> None:
    clerk = actors["clerk"]
    logged = log(demo_db, clerk, level=Level.DISSATISFACTION)
    assert logged.handler_id == clerk.user_id
    with clock.frozen(NOON + 2 * HOUR):
        updated = in_session(demo_db, lambda s: intake.update_complaint(
            s, clerk, complaint_id=logged.id, version=logged.version, details=details(level=Level.DISPUTE,
                                                                                      received_at=NOON)))
    assert updated.level is Level.DISPUTE
    assert updated.due_at == local(1, 12, month=12)  # from when it came in
    assert updated.first_reply_due_at == local(21, 12)
    assert updated.escalated and updated.alert_pending
    assert updated.handler_id is None  # a clerk does not handle a dispute: the manager takes it over
    assert detail(demo_db, logged.id).escalated_at == NOON + 2 * HOUR


def test_a_stale_edit_is_refused(demo_db: Database, actors: dict[str, Actor]) -> None:
    clerk = actors["clerk"]
    logged = log(demo_db, clerk)
    in_session(demo_db, lambda s: handling.record_action(s, actors["clerk2"], complaint_id=logged.id,
                                                         text="Called the guest"))
    refused(demo_db, lambda s: intake.update_complaint(s, clerk, complaint_id=logged.id, version=logged.version,
                                                       details=details(level=Level.INCIDENT)),
            StaleDataError, "Someone changed complaint C2026-")
    assert row(demo_db, logged.id).level is Level.COMPLAINT


# --- Holidays -----------------------------------------------------------------------------------------------------


def test_only_a_manager_lists_holidays_and_each_day_once(demo_db: Database, actors: dict[str, Actor]) -> None:
    day = date(2026, 12, 24)
    refused(demo_db, lambda s: deadlines.add_holiday(s, actors["clerk"], day=day, name="Christmas Eve"),
            PermissionDeniedError, "may not change the hotel settings")
    in_session(demo_db, lambda s: deadlines.add_holiday(s, actors["manager"], day=day, name="Christmas Eve"))
    refused(demo_db, lambda s: deadlines.add_holiday(s, actors["manager"], day=day, name="Again"),
            RuleError, "2026-12-24 is listed already, as Christmas Eve")
    with demo_db.reading() as session:
        assert deadlines.HolidayRow(day, "Christmas Eve") in deadlines.holidays(session, year=2026)
        assert day not in {h.day for h in deadlines.holidays(session, year=2027)}
    in_session(demo_db, lambda s: deadlines.remove_holiday(s, actors["manager"], day=day))
    with demo_db.reading() as session:
        assert day not in {h.day for h in deadlines.holidays(session)}


def test_the_demo_lists_the_fixed_public_holidays(demo_db: Database) -> None:
    with demo_db.reading() as session:
        days = {h.day for h in deadlines.holidays(session, year=2027)}
    assert {date(2027, 1, 1), date(2027, 5, 1), date(2027, 10, 7)} <= days
    assert len(days) == 13

