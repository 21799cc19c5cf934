"""Handing a shift over and the incoming clerk's acceptance: the count and who
may hand over, the carried items (a major incident always), the acceptance
rules, withdrawing, the manager's override, the history and the audit trail."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from desk import clock
from desk.actor import Actor
from desk.db import Database
from desk.errors import NotFoundError, PermissionDeniedError, RuleError, ValidationError
from desk.models import (
    AuditEntry,
    DutyCategory,
    DutyEntry,
    FolioLine,
    Handover,
    HandoverState,
    HkState,
    Method,
    Shift,
    ShiftState,
)
from desk.shifts import duty, handover, history, shifts
from tests.desk.demo_rooms import free_rooms
from tests.desk.frontdesk_helpers import NOON, TODAY, in_session, walk_in
from tests.desk.shift_helpers import (
    LATER,
    at,
    audit_actions,
    carried,
    handover_row,
    last_audit_id,
    money_day,
    pay,
    refused,
    shift_at,
    shift_row,
)
from tests.helpers.fixtures import TEST_WORKSTATION

D = Decimal
ACCEPTED_AT = LATER + timedelta(minutes=10)


@pytest.fixture(autouse=True)
def _noon() -> Iterator[None]:
    with clock.frozen(NOON):
        yield


def hand_over(database: Database, actor: Actor, counted: str = "1000.00", handed: str = "1000.00",
              **changes: object) -> int:
    with clock.frozen(LATER):
        return in_session(database, lambda s: handover.hand_over(s, actor, counted_total=counted,
                                                                 float_handed_over=handed, **changes))


def accept(database: Database, actor: Actor, handover_id: int, counted: str = "1000.00", **changes: object) -> int:
    with clock.frozen(ACCEPTED_AT):
        return in_session(database, lambda s: handover.accept(s, actor, handover_id=handover_id,
                                                              counted_total=counted, **changes))


# Handing over.

def test_handing_over_checks_the_count_and_who_hands_over(demo_db: Database, actors: dict[str, Actor]) -> None:
    clerk2 = actors["clerk2"]
    with clock.frozen(LATER):
        refused(demo_db, lambda s: handover.hand_over(s, clerk2, counted_total="1000.00",
                                                      float_handed_over="1000.01"),
                ValidationError, r"The float handed over \(1000\.01\) cannot be more than the cash counted "
                                 r"\(1000\.00\)")
        refused(demo_db, lambda s: handover.hand_over(s, actors["clerk"], counted_total="1000.00",
                                                      float_handed_over="1000.00"),
                PermissionDeniedError, "Only the clerk whose shift it is can hand it over")
        refused(demo_db, lambda s: handover.hand_over(s, at(clerk2, "ws-2"), counted_total="1000.00",
                                                      float_handed_over="1000.00"),
                RuleError, "No shift is open at this workstation")
        refused(demo_db, lambda s: handover.hand_over(s, clerk2, counted_total="1000.00", float_handed_over="900",
                                                      notes_staff="Liu\x00off"),
                ValidationError, "the staff changes contains control characters")
        refused(demo_db, lambda s: handover.hand_over(s, clerk2, counted_total="1000.00", float_handed_over="900",
                                                      carry=[("duty", 999_999)]),
                RuleError, "An item chosen to carry forward is no longer open")
    handover_id = hand_over(demo_db, clerk2, "1000.00", "800.00")
    refused(demo_db, lambda s: handover.hand_over(s, clerk2, counted_total="1000.00", float_handed_over="800.00"),
            RuleError, "This shift has been handed over already; it waits for the incoming clerk")
    with demo_db.reading() as session:
        row = handover_row(session, handover_id)
        shift = shift_row(session, row.shift_id)
        info = history.shift_info(session, TEST_WORKSTATION)
    assert (row.state, row.prepared_by_id, row.prepared_at, row.float_handed_over, row.cash_dropped) == (
        HandoverState.PENDING, clerk2.user_id, LATER, D("800.00"), D("200.00"))
    # Handed over is not closed: the shift holds the workstation until someone accepts.
    assert (shift.state, shift.open_workstation, shift.closed_at) == (ShiftState.HANDING_OVER, TEST_WORKSTATION,
                                                                      None)
    assert info is not None and info.pending_handover_id == handover_id
    refused(demo_db, lambda s: shifts.open_shift(s, actors["clerk"], float_total="800.00"), RuleError,
            "already has a shift open at this workstation")


def test_carried_items_and_the_major_incident_always_carried(demo_db: Database, actors: dict[str, Actor]) -> None:
    clerk = actors["clerk"]

    def log(text: str, major: bool = False) -> int:
        return in_session(demo_db, lambda s: duty.log_entry(s, clerk, category=DutyCategory.INCIDENT, text=text,
                                                            major=major))

    chosen = log("Guest in 305 asks for a late check-out at 14:00; waiting for the manager.")
    not_chosen = log("Printer toner low.")
    major = log("Water leaking from the ceiling of the lobby bar.", major=True)
    with demo_db.reading() as session:
        open_majors = set(session.scalars(select(DutyEntry.id).where(DutyEntry.major.is_(True),
                                                                     DutyEntry.closed_at.is_(None))))
        preview = handover.preview(session, actors["clerk2"])
    complaint = next(item for item in preview.items if item.kind == "complaint")
    assert major in open_majors and len(open_majors) == 2  # and the demo's slip in the lobby, report still due
    handover_id = hand_over(demo_db, actors["clerk2"], carry=[("duty", chosen), ("complaint", complaint.id)],
                            notes_equipment="Card terminal 2 offline since 12:40.",
                            notes_staff="Zhou covers the lobby until 20:00.")
    incoming = accept(demo_db, clerk, handover_id)
    with demo_db.reading() as session:
        items = set(carried(session, handover_id))
        detail = history.last_handover_into(session, incoming)
        texts = {row.id: row.summary for row in duty.entries(session)}
    assert items == {("duty", chosen), ("complaint", complaint.id)} | {("duty", m) for m in open_majors}
    assert ("duty", not_chosen) not in items
    assert detail is not None and detail.row.id == handover_id
    assert {(c.kind, c.item_id): c.text for c in detail.carried} == {
        **{("duty", i): texts[i] for i in (chosen, *open_majors)}, ("complaint", complaint.id): complaint.text}
    assert (detail.notes_equipment, detail.notes_staff, detail.notes_issues) == (
        "Card terminal 2 offline since 12:40.", "Zhou covers the lobby until 20:00.", "")


def test_a_major_incident_logged_while_the_handover_waits_reaches_the_incoming_clerk(
    demo_db: Database, actors: dict[str, Actor]
) -> None:
    handover_id = hand_over(demo_db, actors["clerk2"])
    try:
        entry_id = in_session(demo_db, lambda s: duty.log_entry(
            s, actors["clerk2"], category=DutyCategory.INCIDENT, major=True,
            text="Fire alarm on floor 4 while counting the drawer; guests evacuated for ten minutes."))
    except RuleError:
        return  # refusing the entry until the handover is withdrawn or accepted is an answer too
    accept(demo_db, actors["clerk"], handover_id)
    with demo_db.reading() as session:
        assert ("duty", entry_id) in carried(session, handover_id)


# Accepting.

def test_acceptance_rules(demo_db: Database, actors: dict[str, Actor]) -> None:
    clerk, clerk2 = actors["clerk"], actors["clerk2"]
    handover_id = hand_over(demo_db, clerk2, "1000.00", "800.00")
    with clock.frozen(ACCEPTED_AT):
        refused(demo_db, lambda s: handover.accept(s, clerk2, handover_id=handover_id, counted_total="800.00"),
                RuleError, "The incoming clerk must sign in with their own account")
        error = refused(demo_db, lambda s: handover.accept(s, at(clerk, "ws-2"), handover_id=handover_id,
                                                           counted_total="800.00"),
                        RuleError, r"A handover is accepted at the workstation it was handed over at \(test-ws\)")
        assert error.params == {"workstation": TEST_WORKSTATION}
        refused(demo_db, lambda s: handover.accept(s, actors["housekeeping"], handover_id=handover_id,
                                                   counted_total="800.00"),
                PermissionDeniedError, "may not work the front desk")
        error = refused(demo_db, lambda s: handover.accept(s, clerk, handover_id=handover_id, counted_total="790"),
                        ValidationError, r"You counted 790\.00, but 800\.00 was handed over\. Recount, or write "
                                         r"down the disagreement")
        refused(demo_db, lambda s: handover.accept(s, clerk, handover_id=handover_id, counted_total="800.00",
                                                   counted_pieces={"100": 7}),
                ValidationError, r"add up to 700\.00, not 800\.00")
        refused(demo_db, lambda s: handover.accept(s, clerk, handover_id=10**9, counted_total="800.00"),
                NotFoundError, "That handover no longer exists")


def test_acceptance_closes_the_outgoing_shift_and_opens_the_incoming_one(demo_db: Database,
                                                                         actors: dict[str, Actor]) -> None:
    clerk, clerk2 = actors["clerk"], actors["clerk2"]
    with demo_db.reading() as session:
        outgoing_id = shift_at(session).id
    handover_id = hand_over(demo_db, clerk2, "1000.00", "800.00")
    with clock.frozen(ACCEPTED_AT):
        incoming_id = in_session(demo_db, lambda s: handover.accept(
            s, clerk, handover_id=handover_id, counted_pieces={"100": 7, "5": 20}))
    with demo_db.reading() as session:
        outgoing, incoming = shift_row(session, outgoing_id), shift_row(session, incoming_id)
        row = handover_row(session, handover_id)
        assert shift_at(session).id == incoming_id
    assert (outgoing.state, outgoing.open_workstation, outgoing.closed_at) == (ShiftState.CLOSED, None, ACCEPTED_AT)
    assert (row.state, row.accepted_by_id, row.accepted_at, row.incoming_count, row.disagreement,
            row.incoming_shift_id) == (HandoverState.ACCEPTED, clerk.user_id, ACCEPTED_AT, D("800.00"), "",
                                       incoming_id)
    assert sum(D(face) * n for face, n in row.incoming_detail.items()) == D("800")  # (keys: see the cash tests)
    assert (incoming.state, incoming.workstation, incoming.open_workstation, incoming.user_id, incoming.opened_at,
            incoming.opening_float, incoming.previous_shift_id, incoming.float_handed_over,
            incoming.float_difference) == (ShiftState.OPEN, TEST_WORKSTATION, TEST_WORKSTATION, clerk.user_id,
                                           ACCEPTED_AT, D("800.00"), outgoing_id, D("800.00"), D("0.00"))
    # Money now goes into the incoming shift.
    with demo_db.reading() as session:
        [room_id] = free_rooms(session, HkState.INSPECTED)
    stay_id = walk_in(demo_db, clerk, room_id)
    line_id = pay(demo_db, clerk2, stay_id, Method.CASH, "10.00")
    with demo_db.reading() as session:
        assert handover.preview(session, clerk).cash_received == D("310.00")
        assert session.get_one(FolioLine, line_id).shift_id == incoming_id


def test_whoever_handed_over_cannot_also_accept(demo_db: Database, actors: dict[str, Actor]) -> None:
    manager = actors["manager"]
    handover_id = hand_over(demo_db, manager)  # Zhang Wei's shift, counted and handed over by the manager
    with demo_db.reading() as session:
        assert handover_row(session, handover_id).prepared_by_id == manager.user_id
    refused(demo_db, lambda s: handover.accept(s, manager, handover_id=handover_id, counted_total="1000.00"),
            RuleError, "own account")


def test_an_accepted_handover_is_final(demo_db: Database, actors: dict[str, Actor]) -> None:
    handover_id = hand_over(demo_db, actors["clerk2"])
    accept(demo_db, actors["clerk"], handover_id)
    with demo_db.reading() as session:
        outgoing_id = handover_row(session, handover_id).shift_id
    for call in (
        lambda s: handover.accept(s, actors["manager"], handover_id=handover_id, counted_total="1000.00"),
        lambda s: handover.withdraw(s, actors["clerk2"], handover_id=handover_id),
        lambda s: handover.withdraw(s, actors["manager"], handover_id=handover_id),
    ):
        refused(demo_db, call, RuleError, "This handover is no longer waiting: it was accepted, withdrawn or closed")
    refused(demo_db, lambda s: handover.override_close(s, actors["manager"], shift_id=outgoing_id, reason="Again",
                                                       counted_total="1000.00"),
            RuleError, "This shift is closed already")


def test_a_disagreement_is_recorded(demo_db: Database, actors: dict[str, Actor]) -> None:
    handover_id = hand_over(demo_db, actors["clerk2"], "1000.00", "800.00")
    text = "One 10-yuan note missing from the float; Zhang Wei informed by phone."
    incoming_id = accept(demo_db, actors["clerk"], handover_id, "790.00", disagreement=text)
    with demo_db.reading() as session:
        row = handover_row(session, handover_id)
        incoming = shift_row(session, incoming_id)
        [listed] = history.handovers(session, workstation=TEST_WORKSTATION)
        summary = session.scalars(select(AuditEntry.summary).where(AuditEntry.action == "shift.accept")
                                  .order_by(AuditEntry.id.desc()).limit(1)).one()
    assert (row.state, row.incoming_count, row.disagreement) == (HandoverState.ACCEPTED, D("790.00"), text)
    assert (incoming.opening_float, incoming.float_handed_over, incoming.float_difference, incoming.float_note) == (
        D("790.00"), D("800.00"), D("-10.00"), text)
    assert (listed.id, listed.disagreement, listed.incoming, listed.state) == (handover_id, text, "Wang Fang",
                                                                              HandoverState.ACCEPTED)
    assert summary == (f"Handover {handover_id} accepted; float counted 790.00 of 800.00; disagreement: {text}; "
                             f"shift {incoming_id} opened")


def test_withdrawing_a_handover(demo_db: Database, actors: dict[str, Actor]) -> None:
    first = hand_over(demo_db, actors["clerk2"])
    refused(demo_db, lambda s: handover.withdraw(s, actors["clerk"], handover_id=first), PermissionDeniedError,
            "Only the clerk who handed over can withdraw it")
    in_session(demo_db, lambda s: handover.withdraw(s, actors["clerk2"], handover_id=first))
    refused(demo_db, lambda s: handover.accept(s, actors["clerk"], handover_id=first, counted_total="1000.00"),
            RuleError, "no longer waiting")
    second = hand_over(demo_db, actors["clerk2"])
    with demo_db.reading() as session:
        first_row = handover_row(session, first)
        shift = shift_row(session, first_row.shift_id)
        listed = [row.id for row in history.handovers(session, workstation=TEST_WORKSTATION)]
    assert (first_row.state, first_row.withdrawn_at) == (HandoverState.WITHDRAWN, NOON)
    assert shift.state is ShiftState.HANDING_OVER
    assert listed == [second]  # a withdrawn handover is not history


# The manager's override.

def test_override_needs_a_manager_and_a_reason(demo_db: Database, actors: dict[str, Actor]) -> None:
    with demo_db.reading() as session:
        shift_id = shift_at(session).id
    refused(demo_db, lambda s: handover.override_close(s, actors["clerk"], shift_id=shift_id, reason="Gone home",
                                                       counted_total="1000.00"),
            PermissionDeniedError, r"clerk \(Front-desk clerk\) may not close a shift that nobody accepted")
    refused(demo_db, lambda s: handover.override_close(s, actors["manager"], shift_id=shift_id, reason="  ",
                                                       counted_total="1000.00"),
            ValidationError, "Please fill in the reason")
    refused(demo_db, lambda s: handover.override_close(s, actors["manager"], shift_id=shift_id,
                                                       reason="Zhang Wei fell ill"),
            ValidationError, "Count the drawer: a shift that was not handed over is closed with the manager's count")
    refused(demo_db, lambda s: handover.override_close(s, actors["manager"], shift_id=10**9, reason="Nobody",
                                                       counted_total="1.00"),
            NotFoundError, "That shift no longer exists")


def test_override_of_an_open_shift_takes_the_managers_count(demo_db: Database, actors: dict[str, Actor]) -> None:
    manager = actors["manager"]
    money_day(demo_db, actors["clerk"])  # expected 1750.00
    with demo_db.reading() as session:
        shift_id = shift_at(session).id
    before = in_session(demo_db, last_audit_id)
    reason = "Zhang Wei fell ill at 13:00; drawer counted by the manager with Wang Fang."
    with clock.frozen(LATER):
        handover_id = in_session(demo_db, lambda s: handover.override_close(
            s, manager, shift_id=shift_id, reason=reason, counted_pieces={"100": 17, "20": 2}))
    with demo_db.reading() as session:
        row = handover_row(session, handover_id)
        shift = shift_row(session, shift_id)
        entries = audit_actions(session, before)
        listed = history.handovers(session, workstation=TEST_WORKSTATION)
        assert shifts.open_shift_at(session, TEST_WORKSTATION) is None
    assert (row.state, row.override_by_id, row.override_reason, row.notes_other, row.prepared_by_id) == (
        HandoverState.OVERRIDDEN, manager.user_id, reason, reason, manager.user_id)
    # No float given: the opening float stays in the drawer (1000.00); the rest is dropped.
    assert (row.expected_cash, row.counted_cash, row.difference, row.float_handed_over, row.cash_dropped) == (
        D("1750.00"), D("1740.00"), D("-10.00"), D("1000.00"), D("740.00"))
    assert (shift.state, shift.open_workstation, shift.closed_at) == (ShiftState.CLOSED, None, LATER)
    assert entries == [("shift.override", "manager", shift_id, TEST_WORKSTATION)]
    assert [(r.id, r.state, r.incoming, r.accepted_at) for r in listed] == [
        (handover_id, HandoverState.OVERRIDDEN, "Li Na", LATER)]


def test_override_keeps_the_count_of_a_shift_handed_over(demo_db: Database, actors: dict[str, Actor]) -> None:
    handover_id = hand_over(demo_db, actors["clerk2"], "1000.00", "600.00")
    with demo_db.reading() as session:
        shift_id = handover_row(session, handover_id).shift_id
    with clock.frozen(ACCEPTED_AT):
        closed = in_session(demo_db, lambda s: handover.override_close(
            s, actors["manager"], shift_id=shift_id, reason="Night clerk did not come; Wang Fang went home.",
            counted_total="5.00"))
    with demo_db.reading() as session:
        row = handover_row(session, handover_id)
        shift = shift_row(session, shift_id)
        previous = shifts.previous_float(session, TEST_WORKSTATION)
    assert closed == handover_id
    assert (row.state, row.counted_cash, row.float_handed_over, row.accepted_by_id, row.override_by_id) == (
        HandoverState.OVERRIDDEN, D("1000.00"), D("600.00"), None, actors["manager"].user_id)
    assert (shift.state, shift.closed_at) == (ShiftState.CLOSED, ACCEPTED_AT)
    # The next shift here compares its float with the 600.00 left.
    assert previous is not None and (previous.shift_id, previous.amount) == (shift_id, D("600.00"))


def test_the_float_left_by_an_override_is_never_more_than_the_count(demo_db: Database,
                                                                    actors: dict[str, Actor]) -> None:
    with demo_db.reading() as session:
        shift_id = shift_at(session).id
    handover_id = in_session(demo_db, lambda s: handover.override_close(
        s, actors["manager"], shift_id=shift_id, reason="Drawer short; counted with security.", counted_total="900"))
    with demo_db.reading() as session:
        row = handover_row(session, handover_id)
    assert (row.counted_cash, row.float_handed_over, row.cash_dropped, row.difference) == (
        D("900.00"), D("900.00"), D("0.00"), D("-100.00"))


def test_a_float_typed_above_the_count_is_refused_in_an_override(demo_db: Database,
                                                                 actors: dict[str, Actor]) -> None:
    with demo_db.reading() as session:
        shift_id = shift_at(session).id
    refused(demo_db, lambda s: handover.override_close(
        s, actors["manager"], shift_id=shift_id, reason="Counted with security.", counted_total="900.00",
        float_handed_over="1200.00"), ValidationError, r"cannot be more than the cash counted")


# History and the audit trail.

def test_history_by_date_clerk_and_workstation(demo_db: Database, actors: dict[str, Actor]) -> None:
    handover_id = hand_over(demo_db, actors["clerk2"])
    accept(demo_db, actors["manager"], handover_id)  # the manager takes over the desk

    def ids(**search: object) -> list[int]:
        with demo_db.reading() as session:
            return [row.id for row in history.handovers(session, **search)]

    def expected(where: Callable[[Handover], bool]) -> list[int]:
        with demo_db.reading() as session:
            rows = session.scalars(select(Handover).where(Handover.state != HandoverState.WITHDRAWN)).all()
            return [h.id for h in sorted(rows, key=lambda h: (h.prepared_at, h.id), reverse=True) if where(h)]

    everything = ids()
    assert len(everything) == 11 and everything == expected(lambda h: True)
    assert ids(date_from=TODAY.replace(day=16), date_to=TODAY.replace(day=17)) == expected(
        lambda h: TODAY.replace(day=16) <= h.business_date <= TODAY.replace(day=17))
    assert len(ids(date_from=TODAY.replace(day=16), date_to=TODAY.replace(day=17))) == 4
    assert ids(date_from=TODAY) == expected(lambda h: h.business_date >= TODAY)
    # By either signature, full name or user name, any case.
    assert ids(clerk="li na") == ids(clerk="MANAGER") == [handover_id]
    assert ids(clerk="zhang") == everything  # Zhang Wei signed every demo handover and handed over this one
    with demo_db.reading() as session:
        wang = session.scalars(select(Handover.id).join(Shift, Shift.id == Handover.shift_id)
                               .where((Shift.user_id == actors["clerk"].user_id)
                                      | (Handover.accepted_by_id == actors["clerk"].user_id))).all()
    assert sorted(ids(clerk="Wang Fang")) == sorted(wang) and handover_id not in wang
    assert ids(workstation=TEST_WORKSTATION) == [handover_id]
    assert ids(clerk="nobody by that name") == []


def test_every_step_leaves_an_audit_entry(demo_db: Database, actors: dict[str, Actor]) -> None:
    clerk, clerk2 = actors["clerk"], actors["clerk2"]
    with demo_db.reading() as session:
        shift_id = shift_at(session).id
    before = in_session(demo_db, last_audit_id)
    first = hand_over(demo_db, clerk2)
    in_session(demo_db, lambda s: handover.withdraw(s, clerk2, handover_id=first))
    second = hand_over(demo_db, clerk2)
    incoming = accept(demo_db, clerk, second)
    other = in_session(demo_db, lambda s: shifts.open_shift(s, at(clerk2, "ws-2"), float_total="300"))
    with demo_db.reading() as session:
        entries = audit_actions(session, before)
    assert entries == [
        ("shift.hand_over", "clerk2", shift_id, TEST_WORKSTATION),
        ("shift.withdraw", "clerk2", shift_id, TEST_WORKSTATION),
        ("shift.hand_over", "clerk2", shift_id, TEST_WORKSTATION),
        ("shift.accept", "clerk", shift_id, TEST_WORKSTATION),
        ("shift.open", "clerk2", other, "ws-2"),
    ]
    assert incoming != shift_id
