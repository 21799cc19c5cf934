"""Logging a complaint: every field checked with a message a clerk can act on,
a number for each, links picked (a stay brings its room and guest), anonymous
complaints recorded as such, and a refusal that writes nothing."""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Iterator
from datetime import timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from desk import clock
from desk.actor import Actor
from desk.complaints import intake
from desk.complaints.queries import ComplaintRow
from desk.db import Database
from desk.errors import NotFoundError, PermissionDeniedError, RuleError, ValidationError
from desk.models import AuditEntry, Category, Channel, ComplaintStatus, Guest, Level, Room
from tests.desk.complaint_helpers import NOON, detail, details, in_house_stays, log, refused, row, stored
from tests.helpers.fixtures import DEMO_DATE


@pytest.fixture(autouse=True)
def _noon() -> Iterator[None]:
    with clock.frozen(NOON):
        yield


def test_each_complaint_gets_the_next_number_of_the_year(demo_db: Database, actors: dict[str, Actor]) -> None:
    first = log(demo_db, actors["clerk"])
    second = log(demo_db, actors["clerk2"], complainant_phone="139 5555 0202")
    assert re.fullmatch(r"C2026-\d{4}", first.number)
    assert int(second.number[-4:]) == int(first.number[-4:]) + 1
    assert first.number == "C2026-0011"  # after the demo's ten


def test_a_logged_complaint_holds_what_was_typed(demo_db: Database, actors: dict[str, Actor]) -> None:
    clerk = actors["clerk"]
    logged = log(demo_db, clerk, channel=Channel.PHONE, category=Category.BILLING, complainant_name=" Zhou Ming ",
                 complainant_phone="139 5555 0101", facts="  Charged twice for breakfast.\nSecond line.  ",
                 request="Remove one charge", compensation_claimed="58.00",
                 staff_ids=(actors["clerk2"].user_id, actors["clerk2"].user_id))
    assert (logged.status, logged.channel, logged.category, logged.level) == (
        ComplaintStatus.OPEN, Channel.PHONE, Category.BILLING, Level.COMPLAINT)
    assert (logged.complainant, logged.phone, logged.summary) == ("Zhou Ming", "139 5555 0101",
                                                                  "Charged twice for breakfast.")
    assert not logged.major and not logged.anonymous
    complaint = stored(demo_db, logged.id)
    assert complaint.complainant_phone == "+8613955550101"
    assert complaint.facts == "Charged twice for breakfast.\nSecond line."
    assert complaint.compensation_claimed == Decimal("58.00")
    assert (complaint.created_by_id, complaint.created_at, complaint.business_date) == (
        clerk.user_id, NOON, DEMO_DATE)
    shown = detail(demo_db, logged.id)
    assert [s.name for s in shown.staff] == ["Zhang Wei"]
    assert shown.request == "Remove one charge"
    with demo_db.reading() as session:
        entry = session.execute(select(AuditEntry.username, AuditEntry.subject_kind, AuditEntry.summary).where(
            AuditEntry.action == "complaint.log", AuditEntry.subject_id == logged.id)).one()
    assert (entry.username, entry.subject_kind, entry.summary) == ("clerk", "complaint",
                                                                  f"{logged.number}: complaint, billing")


def test_a_stay_brings_its_room_and_guest(demo_db: Database, actors: dict[str, Actor]) -> None:
    [stay] = in_house_stays(demo_db)
    logged = log(demo_db, actors["clerk"], stay_id=stay.id)
    with demo_db.reading() as session:
        room = session.get_one(Room, stay.room_id).number
        guest = session.get_one(Guest, stay.guest_id).name
    assert (logged.stay_id, logged.room_id, logged.room_number, logged.guest_id, logged.guest_name) == (
        stay.id, stay.room_id, room, stay.guest_id, guest)


def test_a_room_alone_can_be_named(demo_db: Database, actors: dict[str, Actor]) -> None:
    with demo_db.reading() as session:
        room_id = session.scalars(select(Room.id).where(Room.number == "305")).one()
    logged = log(demo_db, actors["clerk"], room_id=room_id)
    assert (logged.room_number, logged.guest_id, logged.stay_id) == ("305", None, None)


def test_an_anonymous_complaint_is_recorded_as_such(demo_db: Database, actors: dict[str, Actor]) -> None:
    logged = log(demo_db, actors["clerk"], anonymous=True, complainant_name="", complainant_phone="")
    assert logged.anonymous and logged.complainant == "" and logged.phone == ""
    with_phone = log(demo_db, actors["clerk"], anonymous=True, complainant_name="",
                     complainant_phone="13955550303")
    assert with_phone.phone == "139 5555 0303"


@pytest.mark.parametrize(("changes", "error", "message"), [
    ({"complainant_name": ""}, ValidationError, "Please fill in the complainant's name"),
    ({"complainant_phone": " "}, ValidationError, "Please fill in the complainant's phone"),
    ({"complainant_phone": "12345"}, ValidationError, "12345 is not a phone number"),
    ({"anonymous": True}, ValidationError, "An anonymous complaint has no name"),
    ({"facts": "   "}, ValidationError, "Please fill in what happened"),
    ({"facts": "x" * 4001}, ValidationError, "what happened is too long: at most 4000"),
    ({"channel": "fax"}, ValidationError, "Choose how the complaint came in"),
    ({"category": ""}, ValidationError, "Choose a category"),
    ({"level": "catastrophe"}, ValidationError, "Choose a level"),
    ({"compensation_claimed": "-5"}, ValidationError, "The compensation claimed cannot be negative"),
    ({"compensation_claimed": "12.345"}, ValidationError, "The compensation claimed has more than two decimals"),
    ({"received_at": NOON + timedelta(minutes=6)}, ValidationError, "cannot be in the future"),
    ({"received_at": NOON - timedelta(days=91)}, ValidationError, "more than 90 days ago"),
    ({"stay_id": 999999}, NotFoundError, "That stay no longer exists"),
    ({"room_id": 999999}, NotFoundError, "That room no longer exists"),
    ({"guest_id": 999999}, NotFoundError, "That guest no longer exists"),
    ({"staff_ids": (999999,)}, NotFoundError, "A chosen member of staff no longer exists"),
])
def test_a_refused_complaint_writes_nothing(demo_db: Database, actors: dict[str, Actor], changes: dict[str, object],
                                            error: type[Exception], message: str) -> None:
    refused(demo_db, lambda s: intake.log_complaint(s, actors["clerk"], details=details(**changes)),
            error, message)


def test_a_few_minutes_of_clock_difference_are_accepted(demo_db: Database, actors: dict[str, Actor]) -> None:
    assert log(demo_db, actors["clerk"], received_at=NOON + timedelta(minutes=4)).received_at == NOON + timedelta(
        minutes=4)


def test_housekeeping_does_not_log_complaints(demo_db: Database, actors: dict[str, Actor]) -> None:
    refused(demo_db, lambda s: intake.log_complaint(s, actors["housekeeping"], details=details()),
            PermissionDeniedError, "may not log and handle complaints")


def test_feedback_can_be_resolved_as_it_is_logged(demo_db: Database, actors: dict[str, Actor]) -> None:
    logged = log(demo_db, actors["clerk"], level=Level.FEEDBACK, resolution="Brought extra pillows at once.")
    assert logged.status is ComplaintStatus.RESOLVED
    assert logged.first_reply_at == NOON
    shown = detail(demo_db, logged.id)
    assert (shown.resolution, shown.resolved_at) == ("Brought extra pillows at once.", NOON)


def test_a_complaint_about_the_clerk_logging_it_gets_no_handler(demo_db: Database, actors: dict[str, Actor]) -> None:
    clerk = actors["clerk"]
    logged = log(demo_db, clerk, level=Level.FEEDBACK, staff_ids=(clerk.user_id,))
    assert logged.handler_id is None
    refused(demo_db, lambda s: intake.log_complaint(s, clerk, details=details(level=Level.FEEDBACK,
                                                                              staff_ids=(clerk.user_id,)),
                                                    resolution="Said sorry"),
            RuleError, "This complaint is about you")


def test_a_handler_can_be_named_when_logging(demo_db: Database, actors: dict[str, Actor]) -> None:
    logged = log(demo_db, actors["clerk"], handler_id=actors["clerk2"].user_id)
    assert logged.handler_name == "Zhang Wei"
    refused(demo_db, lambda s: intake.log_complaint(s, actors["clerk"], details=details(level=Level.DISPUTE),
                                                    handler_id=actors["clerk2"].user_id),
            RuleError, "Disputes and incidents are handled by a manager")
    refused(demo_db, lambda s: intake.log_complaint(
        s, actors["clerk"], details=details(staff_ids=(actors["clerk2"].user_id,)),
        handler_id=actors["clerk2"].user_id), RuleError, "Zhang Wei is among the staff this complaint is about")
    assert row(demo_db, logged.id).handler_id == actors["clerk2"].user_id


def test_two_workstations_logging_at_once_get_consecutive_numbers(demo_db: Database,
                                                                  actors: dict[str, Actor]) -> None:
    """The second waits for the first's number (on PostgreSQL the unique index
    refuses it) and takes the next one; nothing is lost."""
    second: list[object] = []

    def log_second() -> None:
        try:
            second.append(log(demo_db, actors["clerk2"], complainant_phone="139 5555 0909"))
        except Exception as error:  # the test looks at what it was
            second.append(error)

    with demo_db.writing() as session:
        first = intake.log_complaint(session, actors["clerk"], details=details())
        worker = threading.Thread(target=log_second)
        worker.start()
        time.sleep(0.5)  # the second workstation reaches the same number meanwhile
    worker.join(timeout=30)
    [other] = second
    assert isinstance(other, ComplaintRow), other
    assert (first.number, other.number) == ("C2026-0011", "C2026-0012")
