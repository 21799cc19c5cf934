"""Handling: nobody handles a complaint about themselves, the action log with
its promises and first reply, the status workflow (illegal steps refused by
name), overdue complaints, and escalation to the manager."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest

from desk import clock
from desk.actor import Actor
from desk.complaints import followup, handling, intake
from desk.complaints.queries import manager_alerts
from desk.db import Database
from desk.errors import NotFoundError, PermissionDeniedError, RuleError, ValidationError
from desk.models import ActionKind, ComplaintStatus, Level
from tests.desk.complaint_helpers import HOUR, NOON, detail, details, in_session, local, log, refused, row


@pytest.fixture(autouse=True)
def _noon() -> Iterator[None]:
    with clock.frozen(NOON):
        yield


# --- Conflict of interest -----------------------------------------------------------------------------------------


def test_a_handler_among_the_staff_concerned_is_refused(demo_db: Database, actors: dict[str, Actor]) -> None:
    clerk, clerk2 = actors["clerk"], actors["clerk2"]
    logged = log(demo_db, clerk, staff_ids=(clerk2.user_id,))
    error = refused(demo_db, lambda s: handling.assign_handler(s, clerk, complaint_id=logged.id,
                                                               handler_id=clerk2.user_id),
                    RuleError, "nobody handles a complaint about themselves")
    assert error.params["name"] == "Zhang Wei"
    # Nor can they assign themselves, or take it over by changing the staff list.
    refused(demo_db, lambda s: handling.assign_handler(s, clerk2, complaint_id=logged.id, handler_id=clerk2.user_id),
            RuleError, "Zhang Wei is among the staff")
    in_session(demo_db, lambda s: handling.assign_handler(s, clerk2, complaint_id=logged.id,
                                                          handler_id=clerk.user_id))
    assert row(demo_db, logged.id).handler_name == "Wang Fang"
    refused(demo_db, lambda s: intake.update_complaint(s, clerk2, complaint_id=logged.id, version=None,
                                                       details=details(staff_ids=(clerk.user_id,))),
            RuleError, "Wang Fang handles complaint C2026-\\d+ and cannot be among the staff it is about")


def test_staff_concerned_cannot_act_resolve_or_report_on_it(demo_db: Database, actors: dict[str, Actor]) -> None:
    clerk, clerk2, manager = actors["clerk"], actors["clerk2"], actors["manager"]
    logged = log(demo_db, clerk, staff_ids=(clerk2.user_id,), media_or_legal=True, handler_id=manager.user_id)
    message = "You are among the staff complaint C2026-\\d+ is about; a colleague must handle it"
    refused(demo_db, lambda s: handling.record_action(s, clerk2, complaint_id=logged.id, text="Sorry"),
            RuleError, message)
    refused(demo_db, lambda s: handling.resolve(s, clerk2, complaint_id=logged.id, resolution="Done"),
            RuleError, message)
    refused(demo_db, lambda s: handling.write_report(s, clerk2, complaint_id=logged.id, report="My side"),
            RuleError, message)
    # A colleague handles it.
    in_session(demo_db, lambda s: handling.resolve(s, clerk, complaint_id=logged.id, resolution="Apologised"))
    refused(demo_db, lambda s: followup.record_follow_up(s, clerk2, complaint_id=logged.id, reached=True,
                                                         satisfaction=5), RuleError, message)


def test_a_dispute_is_handled_by_a_manager(demo_db: Database, actors: dict[str, Actor]) -> None:
    logged = log(demo_db, actors["clerk"], level=Level.DISPUTE)
    refused(demo_db, lambda s: handling.assign_handler(s, actors["clerk"], complaint_id=logged.id,
                                                       handler_id=actors["clerk2"].user_id),
            RuleError, "Disputes and incidents are handled by a manager")
    in_session(demo_db, lambda s: handling.assign_handler(s, actors["clerk"], complaint_id=logged.id,
                                                          handler_id=actors["manager"].user_id))
    assert row(demo_db, logged.id).handler_name == "Li Na"


def test_housekeeping_cannot_handle_complaints(demo_db: Database, actors: dict[str, Actor]) -> None:
    logged = log(demo_db, actors["clerk"])
    refused(demo_db, lambda s: handling.assign_handler(s, actors["clerk"], complaint_id=logged.id,
                                                       handler_id=actors["housekeeping"].user_id),
            RuleError, r"Chen Jing \(Housekeeping lead\) does not handle complaints")
    refused(demo_db, lambda s: handling.assign_handler(s, actors["clerk"], complaint_id=logged.id, handler_id=9999),
            NotFoundError, "Choose an active member of staff")


# --- The action log -----------------------------------------------------------------------------------------------


def test_actions_are_logged_with_the_promise_and_the_first_reply(demo_db: Database,
                                                                 actors: dict[str, Actor]) -> None:
    clerk, clerk2 = actors["clerk"], actors["clerk2"]
    logged = log(demo_db, clerk)
    with clock.frozen(NOON + HOUR):
        in_session(demo_db, lambda s: handling.record_action(s, clerk2, complaint_id=logged.id,
                                                             text="Spoke to the neighbours\nThey turned it down",
                                                             promise="A call back at 14:00",
                                                             guest_told_at=NOON + HOUR / 2))
        in_session(demo_db, lambda s: handling.record_action(s, clerk, complaint_id=logged.id,
                                                             text="Checked again", guest_told_at=NOON + HOUR))
    shown = detail(demo_db, logged.id)
    assert shown.row.status is ComplaintStatus.IN_PROGRESS
    assert shown.row.first_reply_at == NOON + HOUR / 2  # the first time the guest was told
    assert [(a.kind, a.user_name, a.text, a.promise, a.at, a.guest_told_at) for a in shown.actions] == [
        (ActionKind.NOTE, "Zhang Wei", "Spoke to the neighbours\nThey turned it down", "A call back at 14:00",
         NOON + HOUR, NOON + HOUR / 2),
        (ActionKind.NOTE, "Wang Fang", "Checked again", "", NOON + HOUR, NOON + HOUR),
    ]


@pytest.mark.parametrize(("told", "message"), [
    (NOON + timedelta(minutes=10), "The time the guest was told cannot be in the future"),
    (NOON - timedelta(minutes=1), "The time the guest was told cannot be before the complaint came in"),
])
def test_the_time_the_guest_was_told_is_checked(demo_db: Database, actors: dict[str, Actor], told: object,
                                               message: str) -> None:
    logged = log(demo_db, actors["clerk"])
    refused(demo_db, lambda s: handling.record_action(s, actors["clerk"], complaint_id=logged.id, text="Told",
                                                      guest_told_at=told), ValidationError, message)


def test_an_empty_action_is_refused(demo_db: Database, actors: dict[str, Actor]) -> None:
    logged = log(demo_db, actors["clerk"])
    refused(demo_db, lambda s: handling.record_action(s, actors["clerk"], complaint_id=logged.id, text="  "),
            ValidationError, "Please fill in what was done")


# --- The workflow -------------------------------------------------------------------------------------------------


def test_a_complaint_needs_a_handler_before_it_is_resolved(demo_db: Database, actors: dict[str, Actor]) -> None:
    logged = log(demo_db, actors["clerk"])
    refused(demo_db, lambda s: handling.resolve(s, actors["clerk"], complaint_id=logged.id, resolution="Fixed"),
            RuleError, "Assign a handler to complaint C2026-\\d+ before resolving it")


def test_open_to_resolved_to_closed_and_the_illegal_steps(demo_db: Database, actors: dict[str, Actor]) -> None:
    clerk = actors["clerk"]
    logged = log(demo_db, clerk, level=Level.FEEDBACK)
    refused(demo_db, lambda s: handling.reopen(s, clerk, complaint_id=logged.id, reason="Guest called"),
            RuleError, "is open; only a resolved or closed complaint can be reopened")
    refused(demo_db, lambda s: followup.close(s, clerk, complaint_id=logged.id, reason="No need"),
            RuleError, "is open; only a resolved complaint can be closed")
    with clock.frozen(NOON + HOUR):
        in_session(demo_db, lambda s: handling.resolve(s, clerk, complaint_id=logged.id, resolution="Fixed the lamp"))
    refused(demo_db, lambda s: handling.resolve(s, clerk, complaint_id=logged.id, resolution="Again"),
            RuleError, "is resolved; only an open, in-progress or reopened complaint can be resolved")
    in_session(demo_db, lambda s: followup.close(s, clerk, complaint_id=logged.id, reason="Guest left no number"))
    for call, message in (
        (lambda s: handling.resolve(s, clerk, complaint_id=logged.id, resolution="Again"), "is closed; only an open"),
        (lambda s: handling.record_action(s, clerk, complaint_id=logged.id, text="More"), "is closed; reopen it"),
        (lambda s: handling.assign_handler(s, clerk, complaint_id=logged.id, handler_id=actors["manager"].user_id),
         "is closed; reopen it"),
        (lambda s: intake.update_complaint(s, clerk, complaint_id=logged.id, version=None, details=details()),
         "is closed; reopen it"),
        (lambda s: followup.close(s, clerk, complaint_id=logged.id, reason="Twice"), "is closed; only a resolved"),
    ):
        refused(demo_db, call, RuleError, message)
    shown = detail(demo_db, logged.id)
    assert (shown.row.status, shown.resolved_at, shown.closed_at, shown.close_reason) == (
        ComplaintStatus.CLOSED, NOON + HOUR, NOON, "Guest left no number")
    assert [a.kind for a in shown.actions] == [ActionKind.ASSIGNED, ActionKind.RESOLVED, ActionKind.CLOSED]


def test_a_closed_complaint_reopens_with_a_reason_and_a_new_deadline(demo_db: Database,
                                                                     actors: dict[str, Actor]) -> None:
    clerk = actors["clerk"]
    logged = log(demo_db, clerk, handler_id=clerk.user_id, resolution="Refunded the breakfast")
    in_session(demo_db, lambda s: followup.close(s, clerk, complaint_id=logged.id, reason="Unreachable"))
    refused(demo_db, lambda s: handling.reopen(s, clerk, complaint_id=logged.id, reason=""),
            ValidationError, "Please fill in the reason for reopening")
    with clock.frozen(local(23, 9)):
        reopened = in_session(demo_db, lambda s: handling.reopen(s, clerk, complaint_id=logged.id,
                                                                 reason="The guest wrote again"))
    assert reopened.status is ComplaintStatus.REOPENED
    assert reopened.due_at == local(26, 9)  # 3 working days from the reopening
    shown = detail(demo_db, logged.id)
    assert (shown.reopened_at, shown.resolved_at, shown.closed_at, shown.close_reason) == (local(23, 9), None, None,
                                                                                          "")
    assert shown.actions[-1].kind is ActionKind.REOPENED and shown.actions[-1].text == "The guest wrote again"


# --- Overdue ------------------------------------------------------------------------------------------------------


def test_a_late_first_reply_then_a_late_resolution_make_it_overdue(demo_db: Database,
                                                                   actors: dict[str, Actor]) -> None:
    clerk = actors["clerk"]
    logged = log(demo_db, clerk, handler_id=clerk.user_id)
    assert logged.overdue == ()
    with clock.frozen(local(21, 12, 1)):
        assert row(demo_db, logged.id).overdue == ("reply",)
        in_session(demo_db, lambda s: handling.record_action(s, clerk, complaint_id=logged.id, text="Called",
                                                             guest_told_at=local(21, 12, 1)))
        assert row(demo_db, logged.id).overdue == ()
    with clock.frozen(local(25, 12)):
        assert row(demo_db, logged.id).overdue == ()  # due at noon, not yet past
    with clock.frozen(local(25, 12, 1)):
        assert row(demo_db, logged.id).overdue == ("resolution",)
        in_session(demo_db, lambda s: handling.resolve(s, clerk, complaint_id=logged.id, resolution="Moved rooms"))
        assert row(demo_db, logged.id).overdue == ()


# --- Escalation and the manager's alert ---------------------------------------------------------------------------


def test_an_incident_alerts_the_manager_until_acknowledged(demo_db: Database, actors: dict[str, Actor]) -> None:
    logged = log(demo_db, actors["clerk"], level=Level.INCIDENT, category="security")
    with demo_db.reading() as session:
        alerts = {a.number: a for a in manager_alerts(session)}
    assert alerts[logged.number].escalated and not alerts[logged.number].major
    refused(demo_db, lambda s: handling.acknowledge_alert(s, actors["clerk"], complaint_id=logged.id),
            PermissionDeniedError, "Only a manager can acknowledge a complaint alert")
    with clock.frozen(NOON + HOUR):
        in_session(demo_db, lambda s: handling.acknowledge_alert(s, actors["manager"], complaint_id=logged.id))
    with demo_db.reading() as session:
        assert logged.number not in {a.number for a in manager_alerts(session)}
    shown = detail(demo_db, logged.id)
    assert (shown.alert_acknowledged_at, shown.alert_acknowledged_by, shown.row.alert_pending) == (
        NOON + HOUR, "Li Na", False)
    refused(demo_db, lambda s: handling.acknowledge_alert(s, actors["manager"], complaint_id=logged.id),
            RuleError, "has no alert waiting")


def test_an_ordinary_complaint_raises_no_alert(demo_db: Database, actors: dict[str, Actor]) -> None:
    logged = log(demo_db, actors["clerk"])
    with demo_db.reading() as session:
        assert logged.number not in {a.number for a in manager_alerts(session)}
    refused(demo_db, lambda s: handling.acknowledge_alert(s, actors["manager"], complaint_id=logged.id),
            RuleError, "has no alert waiting")


def test_the_demo_alerts_show_the_waiting_dispute_and_the_repeat(demo_db: Database) -> None:
    with demo_db.reading() as session:
        alerts = manager_alerts(session)
    assert [(a.number, a.level, a.escalated, [r.value for r in a.major_reasons]) for a in alerts] == [
        ("C2026-0009", Level.DISPUTE, True, ["claim_above_limit"]),
        ("C2026-0010", Level.COMPLAINT, False, ["repeat"]),
    ]
