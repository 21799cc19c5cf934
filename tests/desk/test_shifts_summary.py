"""The handover summary Desk assembles from the data, checked against the rows
counted here without desk.shifts (arrivals and departures still due, in
house, vacant dirty, out of order, deposits held by method, duty items and
complaints open), and frozen into the handover when it is handed over."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from desk import clock
from desk.actor import Actor
from desk.db import Database
from desk.models import DutyCategory, HandoverState
from desk.shifts import duty, handover, history
from tests.desk.frontdesk_helpers import NOON, TODAY, in_session
from tests.desk.shift_helpers import LATER, figures, money_day


@pytest.fixture(autouse=True)
def _noon() -> Iterator[None]:
    with clock.frozen(NOON):
        yield


def hand_over(database: Database, actor: Actor) -> int:
    with clock.frozen(LATER):
        return in_session(database, lambda s: handover.hand_over(s, actor, counted_total="1000.00",
                                                                 float_handed_over="1000.00"))


def _check_summary(demo_db: Database, actor: Actor) -> None:
    with demo_db.reading() as session:
        preview = handover.preview(session, actor)
        expected = figures(session, preview.business_date, clock.now())
    assert preview.business_date == TODAY
    assert {confirmation for _guest, _room, confirmation in preview.arrivals} == expected.arrivals
    assert len(preview.arrivals) == len(expected.arrivals)
    assert {room for room, _guest in preview.departures} == expected.departures
    assert len(preview.departures) == len(expected.departures)
    assert preview.in_house == expected.in_house
    assert set(preview.rooms_dirty) == expected.vacant_dirty and len(preview.rooms_dirty) == len(expected.vacant_dirty)
    assert set(preview.rooms_out_of_order) == expected.out_of_order
    assert preview.deposits_held == expected.deposits_held
    assert {item.id for item in preview.items if item.kind == "duty"} == expected.duty_open
    assert preview.duty_open == len(expected.duty_open)
    assert (preview.complaints_open, preview.complaints_overdue) == (expected.complaints_open,
                                                                     expected.complaints_overdue)


def test_the_summary_is_assembled_from_the_data(demo_db: Database, actors: dict[str, Actor]) -> None:
    with demo_db.reading() as session:
        expected = figures(session, TODAY, NOON)
    # The demo at noon, as the README describes it; there is something to count everywhere.
    assert (len(expected.arrivals), len(expected.departures), expected.in_house, len(expected.out_of_order)) == (
        6, 8, 38, 1)
    assert expected.vacant_dirty and expected.duty_open and set(expected.deposits_held) == {"cash", "card", "mobile"}
    assert expected.complaints_open > 0 and expected.complaints_overdue > 0
    _check_summary(demo_db, actors["clerk2"])
    # After three walk-ins (two of them gone again) and a duty entry the figures follow the data.
    money_day(demo_db, actors["clerk"])
    in_session(demo_db, lambda s: duty.log_entry(s, actors["clerk"], category=DutyCategory.OTHER,
                                                 text="Umbrella found in the lobby."))
    with demo_db.reading() as session:
        after = figures(session, TODAY, NOON)
    assert after.in_house == expected.in_house + 1
    assert len(after.vacant_dirty) == len(expected.vacant_dirty) + 2
    assert len(after.duty_open) == len(expected.duty_open) + 1
    _check_summary(demo_db, actors["clerk2"])


def test_the_handover_freezes_the_summary(demo_db: Database, actors: dict[str, Actor]) -> None:
    with clock.frozen(LATER), demo_db.reading() as session:
        preview = handover.preview(session, actors["clerk2"])
    handover_id = hand_over(demo_db, actors["clerk2"])
    # Later changes do not touch what was handed over.
    in_session(demo_db, lambda s: duty.log_entry(s, actors["clerk"], category=DutyCategory.OTHER,
                                                 text="Taxi ordered for room 305."))
    with demo_db.reading() as session:
        detail = history.handover_detail(session, handover_id)
    assert detail.summary == preview
    assert detail.row.state is HandoverState.PENDING
