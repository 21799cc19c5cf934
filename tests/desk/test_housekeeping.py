"""The housekeeping report: what the round found, against the front office."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from desk import clock
from desk.actor import Actor
from desk.db import Database
from desk.errors import NotFoundError, PermissionDeniedError, ValidationError
from desk.models import (
    AuditEntry,
    Guest,
    HkState,
    HotelSettings,
    HousekeepingFinding,
    HousekeepingReport,
    Stay,
    StayState,
)
from desk.rooms.board import load_board
from desk.rooms.housekeeping import Discrepancy, current_discrepancies, submit_report
from tests.desk.demo_rooms import free_rooms, in_house_room, number_of
from tests.helpers.fixtures import DEMO_DATE


@pytest.fixture
def rooms(demo_db: Database) -> dict[str, int]:
    """Two occupied and two vacant demo rooms."""
    with demo_db.reading() as session:
        vacant = free_rooms(session, HkState.INSPECTED, 2)
        occupied = sorted(
            session.scalars(select(Stay.room_id).where(Stay.state == StayState.IN_HOUSE).order_by(Stay.room_id))
        )[:2]
    return {"occupied": occupied[0], "occupied_too": occupied[1], "vacant": vacant[0], "vacant_too": vacant[1]}


def report(database: Database, actor: Actor, findings: dict[int, bool], **kwargs) -> list[Discrepancy]:
    with database.writing() as session:
        return submit_report(session, actor, findings=findings, **kwargs)


def test_report_finds_skips_and_sleepers_only(demo_db: Database, actors: dict[str, Actor],
                                              rooms: dict[str, int]) -> None:
    findings = {
        rooms["occupied"]: False,  # skip: the front office has a guest, housekeeping found the room empty
        rooms["vacant"]: True,  # sleeper: the front office shows it vacant, housekeeping found it slept in
        rooms["occupied_too"]: True,
        rooms["vacant_too"]: False,
    }
    at = datetime(2026, 11, 20, 15, 0, tzinfo=UTC)
    with clock.frozen(at):
        found = report(demo_db, actors["housekeeping"], findings, notes={rooms["vacant"]: "bed used"},
                       note="afternoon round")
    with demo_db.reading() as session:
        numbers = {key: number_of(session, room_id) for key, room_id in rooms.items()}
        assert {(d.room_id, d.number, d.kind, d.front_office_occupied, d.found_occupied) for d in found} == {
            (rooms["occupied"], numbers["occupied"], "skip", True, False),
            (rooms["vacant"], numbers["vacant"], "sleep", False, True),
        }
        assert next(d.note for d in found if d.kind == "sleep") == "bed used"
        saved = session.scalars(select(HousekeepingReport)).one()
        assert (saved.business_date, saved.at, saved.user_id, saved.note) == (
            DEMO_DATE, at, actors["housekeeping"].user_id, "afternoon round")
        findings_saved = session.scalars(select(HousekeepingFinding).where(HousekeepingFinding.report_id == saved.id))
        stored = {f.room_id: (f.front_office_occupied, f.found_occupied) for f in findings_saved}
        assert stored == {rooms["occupied"]: (True, False), rooms["vacant"]: (False, True),
                          rooms["occupied_too"]: (True, True), rooms["vacant_too"]: (False, False)}
        entry = session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(1)).one()
        assert (entry.action, entry.subject_id, entry.username) == ("housekeeping.report", saved.id, "housekeeping")


def test_a_report_where_everything_agrees_has_no_discrepancy(demo_db: Database, actors: dict[str, Actor],
                                                             rooms: dict[str, int]) -> None:
    found = report(demo_db, actors["housekeeping"], {rooms["occupied"]: True, rooms["vacant"]: False})
    assert found == []
    with demo_db.reading() as session:
        assert current_discrepancies(session) == []


def test_the_latest_report_of_the_day_is_the_one_that_counts(demo_db: Database, actors: dict[str, Actor],
                                                             rooms: dict[str, int]) -> None:
    report(demo_db, actors["housekeeping"], {rooms["occupied"]: False})
    with demo_db.reading() as session:
        assert [d.room_id for d in current_discrepancies(session)] == [rooms["occupied"]]
    report(demo_db, actors["manager"], {rooms["vacant"]: True, rooms["occupied"]: True})
    with demo_db.reading() as session:
        assert [(d.room_id, d.kind) for d in current_discrepancies(session)] == [(rooms["vacant"], "sleep")]


def test_discrepancies_belong_to_their_business_date(demo_db: Database, actors: dict[str, Actor],
                                                     rooms: dict[str, int]) -> None:
    report(demo_db, actors["housekeeping"], {rooms["occupied"]: False})
    with demo_db.writing() as session:
        session.get_one(HotelSettings, 1).business_date = DEMO_DATE + timedelta(days=1)
    with demo_db.reading() as session:
        assert current_discrepancies(session) == []
        assert [d.room_id for d in current_discrepancies(session, DEMO_DATE)] == [rooms["occupied"]]


def test_a_discrepancy_drops_out_once_the_front_office_agrees(demo_db: Database, actors: dict[str, Actor],
                                                              rooms: dict[str, int]) -> None:
    report(demo_db, actors["housekeeping"], {rooms["occupied"]: False, rooms["vacant"]: True})
    with demo_db.writing() as session:
        # The skipper is checked out, and the sleeper turns out to be a late check-in.
        stay = session.scalars(select(Stay).where(Stay.room_id == rooms["occupied"],
                                                  Stay.state == StayState.IN_HOUSE)).one()
        stay.state = StayState.CHECKED_OUT
        stay.checked_out_at = clock.now()
        guest = Guest(name="Late Arrival", phone="13900000000", created_at=clock.now())
        session.add(guest)
        session.flush()
        session.add(Stay(guest_id=guest.id, room_id=rooms["vacant"], arrival_date=DEMO_DATE,
                         departure_date=DEMO_DATE + timedelta(days=1), state=StayState.IN_HOUSE,
                         checked_in_at=clock.now()))
    with demo_db.reading() as session:
        assert current_discrepancies(session) == []


def test_the_board_flags_the_rooms_in_question(demo_db: Database, actors: dict[str, Actor],
                                               rooms: dict[str, int]) -> None:
    report(demo_db, actors["housekeeping"], {rooms["occupied"]: False, rooms["vacant"]: True,
                                             rooms["vacant_too"]: False})
    with demo_db.reading() as session:
        board = load_board(session)
    flags = {t.room_id: t.discrepancy for t in board.tiles if t.discrepancy}
    assert flags == {rooms["occupied"]: "skip", rooms["vacant"]: "sleep"}
    assert {d.room_id for d in board.discrepancies} == set(flags)


def test_an_empty_report_is_refused(demo_db: Database, actors: dict[str, Actor]) -> None:
    with pytest.raises(ValidationError, match="no rooms"), demo_db.writing() as session:
        submit_report(session, actors["housekeeping"], findings={})
    with demo_db.reading() as session:
        assert session.scalars(select(HousekeepingReport)).all() == []


def test_a_report_naming_an_unknown_room_is_refused(demo_db: Database, actors: dict[str, Actor]) -> None:
    with pytest.raises(NotFoundError), demo_db.writing() as session:
        submit_report(session, actors["housekeeping"], findings={10_000: True})


def test_a_note_with_control_characters_is_refused_and_nothing_is_saved(
    demo_db: Database, actors: dict[str, Actor], rooms: dict[str, int]
) -> None:
    with pytest.raises(ValidationError, match="control characters"), demo_db.writing() as session:
        submit_report(session, actors["housekeeping"], findings={rooms["vacant"]: True, rooms["occupied"]: True},
                      notes={rooms["occupied"]: "bad\x07note"})
    with demo_db.reading() as session:
        assert session.scalars(select(HousekeepingReport)).all() == []


@pytest.mark.parametrize(("username", "may"), [("housekeeping", True), ("manager", True), ("clerk", False)])
def test_who_may_enter_the_report(demo_db: Database, actors: dict[str, Actor], username: str, may: bool) -> None:
    with demo_db.reading() as session:
        room_id = in_house_room(session, due_out=False)
    if may:
        assert report(demo_db, actors[username], {room_id: False})
    else:
        with pytest.raises(PermissionDeniedError, match="may not enter the housekeeping report"):
            report(demo_db, actors[username], {room_id: False})
