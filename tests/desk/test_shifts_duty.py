"""The duty log: entries by category with the room if any, closed with what
was done; a major incident open until its written report is in (due the next
day) and carried in every handover until then; bad input refused."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import select

from desk import clock
from desk.actor import Actor
from desk.db import Database
from desk.errors import DeskError, NotFoundError, PermissionDeniedError, RuleError, ValidationError
from desk.models import AuditEntry, DutyCategory, DutyEntry, HotelSettings, Room
from desk.shifts import duty, handover
from tests.desk.frontdesk_helpers import NOON, TODAY, in_session
from tests.desk.shift_helpers import HOST, LATER, at, carried, refused, shift_at

EARLIER = NOON - timedelta(minutes=20)


@pytest.fixture(autouse=True)
def _noon() -> Iterator[None]:
    with clock.frozen(NOON):
        yield


def log(database: Database, actor: Actor, text: str, category: DutyCategory = DutyCategory.OTHER,
        **changes: object) -> int:
    return in_session(database, lambda s: duty.log_entry(s, actor, category=category, text=text, **changes))


def entry_row(database: Database, entry_id: int) -> DutyEntry:
    with database.reading() as session:
        entry = session.get_one(DutyEntry, entry_id)
        session.expunge(entry)
    return entry


def test_an_entry_of_each_category_goes_into_the_shift_open_here(demo_db: Database,
                                                                   actors: dict[str, Actor]) -> None:
    clerk = actors["clerk"]
    with demo_db.reading() as session:
        shift_id = shift_at(session).id
        room_id, number = session.execute(select(Room.id, Room.number).where(Room.number == "305")).one()
    texts = {
        DutyCategory.EQUIPMENT: "Key card encoder at desk 2 fails on every third card.",
        DutyCategory.INCIDENT: "Two guests argued loudly in the corridor; calmed down by security.",
        DutyCategory.GUEST_REQUEST: "  Extra towels and a baby cot for room 305.  ",
        DutyCategory.STAFF: "Bellboy Liu off sick; Zhou covers until 20:00.",
        DutyCategory.OTHER: "Lost and found: a black umbrella.",
    }
    ids = {category: log(demo_db, clerk, text, category, occurred_at=EARLIER,
                         room_id=room_id if category is DutyCategory.GUEST_REQUEST else None)
           for category, text in texts.items()}
    request = entry_row(demo_db, ids[DutyCategory.GUEST_REQUEST])
    assert (request.shift_id, request.user_id, request.occurred_at, request.logged_at, request.business_date,
            request.category, request.text, request.room_id, request.major, request.report_due,
            request.closed_at) == (shift_id, clerk.user_id, EARLIER, NOON, TODAY, DutyCategory.GUEST_REQUEST,
                                   "Extra towels and a baby cot for room 305.", room_id, False, None, None)
    with demo_db.reading() as session:
        rows = {row.id: row for row in duty.entries(session, shift_id=shift_id)}
        audits = session.execute(select(AuditEntry.action, AuditEntry.subject_id, AuditEntry.workstation)
                                 .where(AuditEntry.action == "duty.log", AuditEntry.subject_id.in_(ids.values()))
                                 ).all()
    assert set(rows) == set(ids.values())
    assert {rows[i].category for i in ids.values()} == set(DutyCategory)
    assert rows[request.id].room_number == number and rows[request.id].clerk == "Wang Fang"
    assert rows[request.id].summary == f"{number}: Extra towels and a baby cot for room 305."
    assert all(rows[i].room_number == "" for c, i in ids.items() if c is not DutyCategory.GUEST_REQUEST)
    assert sorted(audits) == sorted(("duty.log", i, "test-ws") for i in ids.values())
    assert set(duty.CATEGORY_NAMES) == set(DutyCategory)


def test_a_plain_entry_is_closed_with_what_was_done(demo_db: Database, actors: dict[str, Actor]) -> None:
    entry_id = log(demo_db, actors["clerk"], "Lift 1 stuck on floor 5.", DutyCategory.EQUIPMENT)
    refused(demo_db, lambda s: duty.attach_report(s, actors["clerk"], entry_id=entry_id, report="Fixed."),
            RuleError, "Only a major incident takes a written report")
    refused(demo_db, lambda s: duty.close_entry(s, actors["clerk"], entry_id=entry_id, resolution=" "),
            ValidationError, "Please fill in what was done")
    refused(demo_db, lambda s: duty.close_entry(s, actors["housekeeping"], entry_id=entry_id, resolution="ok"),
            PermissionDeniedError, "may not work the front desk")
    with clock.frozen(LATER):
        in_session(demo_db, lambda s: duty.close_entry(s, actors["clerk2"], entry_id=entry_id,
                                                       resolution="Engineering reset it at 12:40."))
    entry = entry_row(demo_db, entry_id)
    assert (entry.closed_at, entry.closed_by_id, entry.resolution, entry.report) == (
        LATER, actors["clerk2"].user_id, "Engineering reset it at 12:40.", "")
    with demo_db.reading() as session:
        assert session.execute(select(AuditEntry.action, AuditEntry.username).where(
            AuditEntry.subject_kind == "duty", AuditEntry.subject_id == entry_id).order_by(AuditEntry.id)).all() == [
            ("duty.log", "clerk"), ("duty.close", "clerk2")]
    refused(demo_db, lambda s: duty.close_entry(s, actors["clerk"], entry_id=entry_id, resolution="again"),
            RuleError, "This entry is closed already")
    refused(demo_db, lambda s: duty.close_entry(s, actors["clerk"], entry_id=10**9, resolution="x"),
            NotFoundError, "That duty-log entry no longer exists")


def test_a_major_incident_stays_open_until_its_report(demo_db: Database, actors: dict[str, Actor]) -> None:
    entry_id = log(demo_db, actors["clerk"], "Guest fainted in the lobby; ambulance called.", DutyCategory.INCIDENT,
                   major=True)
    entry = entry_row(demo_db, entry_id)
    assert (entry.major, entry.report_due, entry.closed_at) == (True, TODAY + timedelta(days=1), None)
    refused(demo_db, lambda s: duty.close_entry(s, actors["clerk"], entry_id=entry_id, resolution="Guest fine."),
            RuleError, "A major incident stays open until its written report is attached")
    refused(demo_db, lambda s: duty.attach_report(s, actors["clerk"], entry_id=entry_id, report="\n  \n"),
            ValidationError, "Please fill in the report")
    with demo_db.reading() as session:
        [row] = [r for r in duty.open_items(session) if r.id == entry_id]
    assert row.open and not row.report_overdue(TODAY) and not row.report_overdue(TODAY + timedelta(days=1))
    assert row.report_overdue(TODAY + timedelta(days=2))
    report = "At 11:50 a guest fainted near the lifts. " * 20
    with clock.frozen(LATER):
        in_session(demo_db, lambda s: duty.attach_report(s, actors["clerk2"], entry_id=entry_id, report=report))
    entry = entry_row(demo_db, entry_id)
    assert (entry.report, entry.report_at, entry.report_by_id, entry.closed_at, entry.closed_by_id) == (
        report.strip(), LATER, actors["clerk2"].user_id, LATER, actors["clerk2"].user_id)
    assert entry.resolution == report.strip()[:500]
    with demo_db.reading() as session:
        assert entry_id not in {r.id for r in duty.open_items(session)}
        assert session.scalars(select(AuditEntry.action).where(AuditEntry.subject_kind == "duty",
                                                               AuditEntry.subject_id == entry_id)
                               .order_by(AuditEntry.id)).all() == ["duty.log", "duty.report"]
    refused(demo_db, lambda s: duty.attach_report(s, actors["clerk"], entry_id=entry_id, report="Another"),
            RuleError, "This entry is closed already")


def test_an_overdue_report_is_flagged_in_the_handover(demo_db: Database, actors: dict[str, Actor]) -> None:
    entry_id = log(demo_db, actors["clerk"], "Scalding water from the tap in 412.", DutyCategory.INCIDENT,
                   major=True)
    with demo_db.reading() as session:
        [item] = [i for i in handover.preview(session, actors["clerk"]).items if i.id == entry_id and i.kind == "duty"]
    assert (item.major, item.overdue) == (True, False)
    with demo_db.writing() as session:  # two day closes later (the day close itself is not tested here)
        session.get_one(HotelSettings, 1).business_date = TODAY + timedelta(days=2)
    with demo_db.reading() as session:
        [item] = [i for i in handover.preview(session, actors["clerk"]).items if i.id == entry_id and i.kind == "duty"]
    assert (item.major, item.overdue) == (True, True)


def test_open_items_are_listed_across_shifts(demo_db: Database, actors: dict[str, Actor]) -> None:
    with demo_db.reading() as session:
        host_shift = shift_at(session, HOST).id
        demo_open = {e.id: e.shift_id for e in session.scalars(select(DutyEntry).where(DutyEntry.closed_at.is_(None)))}
    # The demo: today's two requests in the shift open at this machine, and last night's fall in the lobby
    # (a major incident written in an earlier shift, its report still due).
    assert sorted(demo_open.values()).count(host_shift) == 2 and len(demo_open) == 3
    here = log(demo_db, actors["clerk"], "Fire door on floor 3 propped open; closed it.")
    closed = log(demo_db, actors["clerk"], "Guest asked for the Wi-Fi password.")
    in_session(demo_db, lambda s: duty.close_entry(s, actors["clerk"], entry_id=closed, resolution="Given."))
    with demo_db.reading() as session:
        listed = duty.open_items(session)
        host_rows = duty.entries(session, shift_id=host_shift)
    assert {row.id for row in listed} == set(demo_open) | {here}
    assert closed not in {row.id for row in listed}
    assert len({row.shift_id for row in listed}) == 3
    # Open major incidents first, then by time.
    assert [row.major for row in listed][:1] == [True] and not any(row.major for row in listed[1:])
    assert [row.occurred_at for row in listed[1:]] == sorted(row.occurred_at for row in listed[1:])
    assert {row.id for row in host_rows} == {i for i, s in demo_open.items() if s == host_shift}


@pytest.mark.parametrize(("changes", "error", "message"), [
    ({"text": ""}, ValidationError, "Please fill in what happened"),
    ({"text": " \t "}, ValidationError, "Please fill in what happened"),
    ({"text": "Alarm\x07 rang"}, ValidationError, "what happened contains control characters"),
    ({"text": "Zero\u200bwidth"}, ValidationError, "what happened contains control characters"),
    ({"text": "x" * (duty.MAX_TEXT + 1)}, ValidationError, "what happened is too long: at most 2000"),
    ({"occurred_at": NOON + timedelta(hours=1)}, ValidationError, "within the last two days, not in the future"),
    ({"occurred_at": NOON + timedelta(minutes=6)}, ValidationError, "not in the future"),
    ({"occurred_at": NOON - timedelta(days=2, minutes=1)}, ValidationError, "within the last two days"),
    ({"occurred_at": NOON.replace(tzinfo=None)}, ValidationError, "The time of the entry has no time zone"),
    ({"room_id": 10**9}, NotFoundError, "That room does not exist"),
])
def test_bad_input_is_refused(demo_db: Database, actors: dict[str, Actor], changes: dict[str, object],
                              error: type[DeskError], message: str) -> None:
    fields: dict[str, Any] = {"text": "Something happened.", **changes}
    refused(demo_db, lambda s: duty.log_entry(s, actors["clerk"], category=DutyCategory.OTHER, **fields),
            error, message)


def test_a_time_a_few_minutes_ahead_is_taken_as_clock_skew(demo_db: Database, actors: dict[str, Actor]) -> None:
    entry_id = log(demo_db, actors["clerk"], "Taxi for 412 arrived.", occurred_at=NOON + timedelta(minutes=4))
    assert entry_row(demo_db, entry_id).occurred_at == NOON + timedelta(minutes=4)


def test_the_duty_log_needs_a_shift_and_a_front_desk_role(demo_db: Database, actors: dict[str, Actor]) -> None:
    refused(demo_db, lambda s: duty.log_entry(s, at(actors["clerk"], "back-office"), category=DutyCategory.OTHER,
                                              text="Something happened."),
            RuleError, "Open a shift at this workstation before writing the duty log")
    refused(demo_db, lambda s: duty.log_entry(s, actors["housekeeping"], category=DutyCategory.OTHER,
                                              text="Something happened."),
            PermissionDeniedError, "may not work the front desk")


def test_a_major_incident_is_in_every_handover_until_its_report(demo_db: Database, actors: dict[str, Actor]) -> None:
    clerk, clerk2 = actors["clerk"], actors["clerk2"]
    entry_id = log(demo_db, clerk2, "Guest slipped on the stairs to the pool; first aid given.",
                   DutyCategory.INCIDENT, major=True)

    def cycle(outgoing: Actor, incoming: Actor) -> int:
        with clock.frozen(LATER):
            handover_id = in_session(demo_db, lambda s: handover.hand_over(s, outgoing, counted_total="1000",
                                                                           float_handed_over="1000"))
            in_session(demo_db, lambda s: handover.accept(s, incoming, handover_id=handover_id,
                                                          counted_total="1000"))
        return handover_id

    first = cycle(clerk2, clerk)
    second = cycle(clerk, clerk2)
    in_session(demo_db, lambda s: duty.attach_report(s, clerk2, entry_id=entry_id, report="Full report filed."))
    third = cycle(clerk2, clerk)
    with demo_db.reading() as session:
        assert ("duty", entry_id) in carried(session, first)
        assert ("duty", entry_id) in carried(session, second)
        assert ("duty", entry_id) not in carried(session, third)
