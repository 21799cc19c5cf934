"""The follow-up call after resolution: satisfaction 1 to 5, an unhappy guest
(1 or 2) reopens the complaint; closing needs a reached follow-up after the
latest resolution, or the reason none was possible."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from desk import clock
from desk.actor import Actor
from desk.complaints import followup, handling
from desk.complaints.queries import ComplaintRow
from desk.db import Database
from desk.errors import RuleError, ValidationError
from desk.models import ActionKind, ComplaintStatus
from tests.desk.complaint_helpers import HOUR, NOON, detail, in_session, local, log, refused


@pytest.fixture(autouse=True)
def _noon() -> Iterator[None]:
    with clock.frozen(NOON):
        yield


def resolved(database: Database, actors: dict[str, Actor]) -> ComplaintRow:
    clerk = actors["clerk"]
    return log(database, clerk, handler_id=clerk.user_id, resolution="Moved the guest to a quiet room")


def follow_up(database: Database, actor: Actor, complaint_id: int, satisfaction: int | None, *, reached: bool = True,
              words: str = "") -> ComplaintRow:
    return in_session(database, lambda s: followup.record_follow_up(s, actor, complaint_id=complaint_id,
                                                                    reached=reached, satisfaction=satisfaction,
                                                                    words=words))


def test_the_follow_up_comes_after_the_resolution(demo_db: Database, actors: dict[str, Actor]) -> None:
    logged = log(demo_db, actors["clerk"])
    refused(demo_db, lambda s: followup.record_follow_up(s, actors["clerk"], complaint_id=logged.id, reached=True,
                                                         satisfaction=5),
            RuleError, "is not resolved; the follow-up call comes after the resolution")


@pytest.mark.parametrize("satisfaction", [1, 2])
def test_an_unhappy_guest_reopens_the_complaint(demo_db: Database, actors: dict[str, Actor],
                                                satisfaction: int) -> None:
    logged = resolved(demo_db, actors)
    with clock.frozen(local(23, 10)):
        after = follow_up(demo_db, actors["clerk2"], logged.id, satisfaction, words="Still noisy at night")
    assert after.status is ComplaintStatus.REOPENED
    assert after.due_at == local(26, 10)  # three working days from the call
    shown = detail(demo_db, logged.id)
    assert [(f.user_name, f.reached, f.satisfaction, f.words, f.at) for f in shown.follow_ups] == [
        ("Zhang Wei", True, satisfaction, "Still noisy at night", local(23, 10))]
    assert (shown.actions[-1].kind, shown.actions[-1].text) == (ActionKind.REOPENED, "Still noisy at night")
    assert (shown.reopened_at, shown.resolved_at) == (local(23, 10), None)
    assert not shown.followed_up


@pytest.mark.parametrize("satisfaction", [3, 4, 5])
def test_a_satisfied_or_neutral_guest_lets_it_close(demo_db: Database, actors: dict[str, Actor],
                                                    satisfaction: int) -> None:
    logged = resolved(demo_db, actors)
    with clock.frozen(NOON + HOUR):
        assert follow_up(demo_db, actors["clerk"], logged.id, satisfaction).status is ComplaintStatus.RESOLVED
        assert detail(demo_db, logged.id).followed_up
        closed = in_session(demo_db, lambda s: followup.close(s, actors["clerk"], complaint_id=logged.id))
    assert closed.status is ComplaintStatus.CLOSED
    shown = detail(demo_db, logged.id)
    assert (shown.closed_at, shown.close_reason) == (NOON + HOUR, "")


def test_closing_needs_a_follow_up_or_a_reason(demo_db: Database, actors: dict[str, Actor]) -> None:
    clerk = actors["clerk"]
    logged = resolved(demo_db, actors)
    refused(demo_db, lambda s: followup.close(s, clerk, complaint_id=logged.id),
            RuleError, "needs its follow-up call before closing, or the reason why no follow-up was possible")
    follow_up(demo_db, clerk, logged.id, None, reached=False, words="No answer")
    refused(demo_db, lambda s: followup.close(s, clerk, complaint_id=logged.id), RuleError, "needs its follow-up")
    closed = in_session(demo_db, lambda s: followup.close(s, clerk, complaint_id=logged.id,
                                                          reason="Three calls unanswered"))
    assert closed.status is ComplaintStatus.CLOSED
    assert detail(demo_db, logged.id).close_reason == "Three calls unanswered"


def test_a_follow_up_before_the_latest_resolution_does_not_count(demo_db: Database,
                                                                 actors: dict[str, Actor]) -> None:
    clerk = actors["clerk"]
    logged = resolved(demo_db, actors)
    with clock.frozen(NOON + HOUR):
        follow_up(demo_db, clerk, logged.id, 2)
    with clock.frozen(NOON + 2 * HOUR):
        in_session(demo_db, lambda s: handling.resolve(s, clerk, complaint_id=logged.id,
                                                       resolution="Manager apologised in person"))
        refused(demo_db, lambda s: followup.close(s, clerk, complaint_id=logged.id), RuleError,
                "needs its follow-up")
    with clock.frozen(NOON + 3 * HOUR):
        follow_up(demo_db, clerk, logged.id, 4)
        assert in_session(demo_db, lambda s: followup.close(s, clerk, complaint_id=logged.id)).status is \
            ComplaintStatus.CLOSED


@pytest.mark.parametrize(("reached", "satisfaction", "message"), [
    (True, None, "Choose how satisfied the guest is, from 1 to 5"),
    (True, 0, "Satisfaction must be a whole number from 1 to 5"),
    (True, 6, "Satisfaction must be a whole number from 1 to 5"),
    (False, 3, "A guest who was not reached gives no satisfaction score"),
])
def test_the_follow_up_is_checked(demo_db: Database, actors: dict[str, Actor], reached: bool,
                                  satisfaction: int | None, message: str) -> None:
    logged = resolved(demo_db, actors)
    refused(demo_db, lambda s: followup.record_follow_up(s, actors["clerk"], complaint_id=logged.id, reached=reached,
                                                         satisfaction=satisfaction),
            ValidationError, message)
