"""Major complaints: a repeat by the same guest or phone within 30 days, a
media or legal threat, a claim above the clerk's limit, or marked by hand;
the manager is alerted and a written report is due within 24 hours."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest

from desk import clock
from desk.actor import Actor
from desk.complaints import followup, handling, intake
from desk.complaints.queries import manager_alerts
from desk.db import Database
from desk.errors import RuleError, ValidationError
from desk.models import ActionKind, HotelSettings, MajorReason
from tests.desk.complaint_helpers import HOUR, NOON, detail, details, in_house_stays, in_session, log, refused, row

DAY = timedelta(days=1)


@pytest.fixture(autouse=True)
def _noon() -> Iterator[None]:
    with clock.frozen(NOON):
        yield


def test_a_second_complaint_by_the_same_guest_within_30_days_is_major(demo_db: Database,
                                                                      actors: dict[str, Actor]) -> None:
    [stay] = in_house_stays(demo_db)
    first = log(demo_db, actors["clerk"], stay_id=stay.id, complainant_phone="139 5555 1001")
    assert not first.major
    # Another phone (a relative calls): the guest is the same.
    second = log(demo_db, actors["clerk"], stay_id=stay.id, complainant_phone="139 5555 1002")
    assert second.major and second.major_reasons == (MajorReason.REPEAT,)
    assert second.report_due_at == NOON + 24 * HOUR
    assert second.alert_pending
    assert detail(demo_db, second.id).repeat_of_number == first.number


def test_the_same_phone_within_30_days_is_a_repeat_and_31_days_is_not(demo_db: Database,
                                                                     actors: dict[str, Actor]) -> None:
    clerk = actors["clerk"]
    log(demo_db, clerk, complainant_phone="139 5555 2001", received_at=NOON - 31 * DAY)
    assert not log(demo_db, clerk, complainant_phone="+86 139 5555 2001").major
    log(demo_db, clerk, complainant_phone="139 5555 3001", received_at=NOON - 30 * DAY)
    repeat = log(demo_db, clerk, complainant_phone="13955553001")
    assert repeat.major_reasons == (MajorReason.REPEAT,)


def test_an_anonymous_complaint_without_a_phone_is_no_repeat(demo_db: Database, actors: dict[str, Actor]) -> None:
    for _ in range(2):
        logged = log(demo_db, actors["clerk"], anonymous=True, complainant_name="", complainant_phone="")
    assert not logged.major


def test_a_media_or_legal_threat_is_major(demo_db: Database, actors: dict[str, Actor]) -> None:
    logged = log(demo_db, actors["clerk"], media_or_legal=True)
    assert logged.major_reasons == (MajorReason.MEDIA_OR_LEGAL,)
    assert [a.kind for a in detail(demo_db, logged.id).actions] == [ActionKind.MARKED_MAJOR]


def test_a_claim_above_the_clerks_limit_is_major(demo_db: Database, actors: dict[str, Actor]) -> None:
    assert not log(demo_db, actors["clerk"], compensation_claimed="200.00", complainant_phone="139 5555 4001").major
    above = log(demo_db, actors["clerk"], compensation_claimed="200.01", complainant_phone="139 5555 4002")
    assert above.major_reasons == (MajorReason.CLAIM_ABOVE_LIMIT,)
    with demo_db.writing() as session:
        session.get_one(HotelSettings, 1).clerk_compensation_limit = 500
    assert not log(demo_db, actors["clerk"], compensation_claimed="499", complainant_phone="139 5555 4003").major


def test_every_reason_is_recorded(demo_db: Database, actors: dict[str, Actor]) -> None:
    log(demo_db, actors["clerk"], complainant_phone="139 5555 5001")
    logged = log(demo_db, actors["clerk"], complainant_phone="139 5555 5001", media_or_legal=True,
                 compensation_claimed="5000")
    assert logged.major_reasons == (MajorReason.REPEAT, MajorReason.MEDIA_OR_LEGAL, MajorReason.CLAIM_ABOVE_LIMIT)


def test_a_correction_can_make_a_complaint_major_and_it_stays_major(demo_db: Database,
                                                                   actors: dict[str, Actor]) -> None:
    clerk = actors["clerk"]
    logged = log(demo_db, clerk)
    with clock.frozen(NOON + 2 * HOUR):
        updated = in_session(demo_db, lambda s: intake.update_complaint(
            s, clerk, complaint_id=logged.id, version=logged.version,
            details=details(received_at=NOON, media_or_legal=True)))
    assert updated.major and updated.report_due_at == NOON + 26 * HOUR  # 24 hours from when it became major
    unchanged = in_session(demo_db, lambda s: intake.update_complaint(
        s, clerk, complaint_id=logged.id, version=None, details=details(received_at=NOON, media_or_legal=False)))
    assert unchanged.major and unchanged.major_reasons == (MajorReason.MEDIA_OR_LEGAL,)


def test_marking_major_by_hand_needs_a_reason_and_raises_the_alert_again(demo_db: Database,
                                                                         actors: dict[str, Actor]) -> None:
    clerk, manager = actors["clerk"], actors["manager"]
    logged = log(demo_db, clerk, level="dispute")
    in_session(demo_db, lambda s: handling.acknowledge_alert(s, manager, complaint_id=logged.id))
    refused(demo_db, lambda s: handling.mark_major(s, clerk, complaint_id=logged.id, reason=" "),
            ValidationError, "Please fill in why it is major")
    with clock.frozen(NOON + HOUR):
        marked = in_session(demo_db, lambda s: handling.mark_major(s, clerk, complaint_id=logged.id,
                                                                   reason="Travel agent's key account"))
    assert marked.major_reasons == (MajorReason.MARKED,)
    assert marked.alert_pending and marked.report_due_at == NOON + 25 * HOUR
    with demo_db.reading() as session:
        assert logged.number in {a.number for a in manager_alerts(session)}
    assert detail(demo_db, logged.id).major_note == "Travel agent's key account"
    refused(demo_db, lambda s: handling.mark_major(s, clerk, complaint_id=logged.id, reason="Again"),
            RuleError, "is marked major already")


def test_the_written_report_is_due_in_24_hours_and_written_once(demo_db: Database, actors: dict[str, Actor]) -> None:
    clerk, manager = actors["clerk"], actors["manager"]
    ordinary = log(demo_db, clerk, complainant_phone="139 5555 6001")
    refused(demo_db, lambda s: handling.write_report(s, manager, complaint_id=ordinary.id, report="Report"),
            RuleError, "is not major; it needs no written report")
    major = log(demo_db, clerk, complainant_phone="139 5555 6002", media_or_legal=True,
                handler_id=manager.user_id)
    with clock.frozen(NOON + 24 * HOUR):
        assert row(demo_db, major.id).overdue == ()
    with clock.frozen(NOON + 24 * HOUR + timedelta(minutes=1)):
        assert row(demo_db, major.id).overdue == ("reply", "report")
        in_session(demo_db, lambda s: handling.write_report(s, manager, complaint_id=major.id,
                                                            report="What happened.\nWhat we did."))
        assert row(demo_db, major.id).overdue == ("reply",)
    shown = detail(demo_db, major.id)
    assert (shown.report, shown.report_by, shown.report_at) == ("What happened.\nWhat we did.", "Li Na",
                                                                NOON + 24 * HOUR + timedelta(minutes=1))
    refused(demo_db, lambda s: handling.write_report(s, manager, complaint_id=major.id, report="Again"),
            RuleError, "is written already")


def test_a_major_complaint_closes_only_with_its_report(demo_db: Database, actors: dict[str, Actor]) -> None:
    clerk, manager = actors["clerk"], actors["manager"]
    major = log(demo_db, clerk, media_or_legal=True, handler_id=manager.user_id, resolution="Apologised in writing")
    refused(demo_db, lambda s: followup.close(s, clerk, complaint_id=major.id, reason="Guest unreachable"),
            RuleError, "is major: attach its written report before closing it")
    in_session(demo_db, lambda s: handling.write_report(s, manager, complaint_id=major.id, report="Report"))
    assert in_session(demo_db, lambda s: followup.close(s, clerk, complaint_id=major.id,
                                                        reason="Guest unreachable")).status.value == "closed"
