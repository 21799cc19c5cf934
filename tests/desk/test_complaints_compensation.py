"""Compensation: within the clerk's limit (per complaint, all of it counted)
it is granted at once, above it it waits for a manager, whose approval or
refusal is recorded; money off the bill is a discount line on the folio of a
stay still in house; gifts are given in kind."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import pytest
from sqlalchemy import select

from desk import clock
from desk.actor import Actor
from desk.complaints import compensation, handling
from desk.complaints.compensation import CompensationResult
from desk.db import Database
from desk.errors import PermissionDeniedError, RuleError, ValidationError
from desk.frontdesk import folio
from desk.models import (
    ChargeType,
    Compensation,
    CompensationState,
    CompensationType,
    FolioLine,
    LineKind,
    Stay,
    StayState,
)
from tests.desk.complaint_helpers import HOUR, NOON, detail, in_house_stays, in_session, log, refused, row

D = Decimal


@pytest.fixture(autouse=True)
def _noon() -> Iterator[None]:
    with clock.frozen(NOON):
        yield


def offer(database: Database, actor: Actor, complaint_id: int, amount: str,
          kind: CompensationType = CompensationType.DISCOUNT, description: str = "") -> CompensationResult:
    return in_session(database, lambda s: compensation.offer_compensation(
        s, actor, complaint_id=complaint_id, kind=kind, amount=amount, description=description))


def balance(database: Database, stay_id: int) -> Decimal:
    with database.reading() as session:
        return folio.stay_totals(session, stay_id).balance


def test_a_clerk_grants_up_to_the_limit_and_it_is_posted_to_the_folio(demo_db: Database,
                                                                       actors: dict[str, Actor]) -> None:
    clerk = actors["clerk"]
    [stay] = in_house_stays(demo_db)
    logged = log(demo_db, clerk, stay_id=stay.id)
    before = balance(demo_db, stay.id)
    result = offer(demo_db, clerk, logged.id, "150.00", description="Noise")
    assert (result.state, result.note) == (CompensationState.POSTED, "")
    assert balance(demo_db, stay.id) == before - D("150.00")
    with demo_db.reading() as session:
        line = session.get_one(FolioLine, result.folio_line_id)
        assert (line.stay_id, line.kind, line.charge_type, line.amount, line.user_id, line.room_id) == (
            stay.id, LineKind.CHARGE, ChargeType.DISCOUNT, D("-150.00"), clerk.user_id, stay.room_id)
        assert line.description == f"Compensation for complaint {logged.number}: Noise"
    [shown] = detail(demo_db, logged.id).compensations
    assert (shown.kind, shown.amount, shown.state, shown.requested_by, shown.decided_by, shown.decided_at,
            shown.folio_line_id) == (CompensationType.DISCOUNT, D("150.00"), CompensationState.POSTED, "Wang Fang",
                                     "Wang Fang", NOON, result.folio_line_id)
    assert row(demo_db, logged.id).compensation_granted == D("150.00")


def test_above_the_limit_it_waits_for_a_manager_who_approves_it(demo_db: Database, actors: dict[str, Actor]) -> None:
    clerk, manager = actors["clerk"], actors["manager"]
    [stay] = in_house_stays(demo_db)
    logged = log(demo_db, clerk, stay_id=stay.id, handler_id=clerk.user_id)
    before = balance(demo_db, stay.id)
    waiting = offer(demo_db, clerk, logged.id, "200.01", CompensationType.FREE_NIGHT)
    assert (waiting.state, waiting.folio_line_id) == (CompensationState.REQUESTED, None)
    assert waiting.note == "Above the clerk's limit: it waits for a manager's approval."
    assert balance(demo_db, stay.id) == before
    assert (row(demo_db, logged.id).compensation_waiting, row(demo_db, logged.id).compensation_granted) == (
        D("200.01"), D("0.00"))
    refused(demo_db, lambda s: handling.resolve(s, clerk, complaint_id=logged.id, resolution="Done"),
            RuleError, "waits for a manager's approval")
    refused(demo_db, lambda s: compensation.approve_compensation(s, clerk, compensation_id=waiting.compensation_id),
            PermissionDeniedError, "may not approve compensation above the clerk's limit")
    with clock.frozen(NOON + HOUR):
        approved = in_session(demo_db, lambda s: compensation.approve_compensation(
            s, manager, compensation_id=waiting.compensation_id, note="Regular guest"))
    assert approved.state is CompensationState.POSTED
    assert balance(demo_db, stay.id) == before - D("200.01")
    [shown] = detail(demo_db, logged.id).compensations
    assert (shown.requested_by, shown.decided_by, shown.decided_at, shown.decision_note) == (
        "Wang Fang", "Li Na", NOON + HOUR, "Regular guest")
    refused(demo_db, lambda s: compensation.approve_compensation(s, manager,
                                                                 compensation_id=waiting.compensation_id),
            RuleError, "This compensation is posted to the folio already")
    in_session(demo_db, lambda s: handling.resolve(s, clerk, complaint_id=logged.id, resolution="Done"))


def test_the_limit_counts_everything_on_the_complaint(demo_db: Database, actors: dict[str, Actor]) -> None:
    clerk, manager = actors["clerk"], actors["manager"]
    logged = log(demo_db, clerk)
    assert offer(demo_db, clerk, logged.id, "150.00", CompensationType.GIFT, "Flowers").state is \
        CompensationState.APPROVED
    second = offer(demo_db, clerk, logged.id, "50.01", CompensationType.GIFT, "Wine")
    assert second.state is CompensationState.REQUESTED
    # Refused, it no longer counts: 50.00 more fits.
    in_session(demo_db, lambda s: compensation.reject_compensation(s, manager, compensation_id=second.compensation_id,
                                                                   reason="Flowers are enough"))
    assert offer(demo_db, clerk, logged.id, "50.00", CompensationType.GIFT, "Chocolates").state is \
        CompensationState.APPROVED
    states = [(c.description, c.state, c.decided_by, c.decision_note)
              for c in detail(demo_db, logged.id).compensations]
    assert states == [("Flowers", CompensationState.APPROVED, "Wang Fang", ""),
                      ("Wine", CompensationState.REJECTED, "Li Na", "Flowers are enough"),
                      ("Chocolates", CompensationState.APPROVED, "Wang Fang", "")]
    assert row(demo_db, logged.id).compensation_granted == D("200.00")


def test_a_manager_grants_above_the_limit_at_once(demo_db: Database, actors: dict[str, Actor]) -> None:
    [stay] = in_house_stays(demo_db)
    logged = log(demo_db, actors["clerk"], stay_id=stay.id)
    result = offer(demo_db, actors["manager"], logged.id, "800.00", CompensationType.REFUND)
    assert result.state is CompensationState.POSTED
    with demo_db.reading() as session:
        assert session.get_one(FolioLine, result.folio_line_id).amount == D("-800.00")


@pytest.mark.parametrize("kind", [CompensationType.GIFT, CompensationType.OTHER])
def test_gifts_are_given_in_kind_not_posted(demo_db: Database, actors: dict[str, Actor],
                                            kind: CompensationType) -> None:
    [stay] = in_house_stays(demo_db)
    logged = log(demo_db, actors["clerk"], stay_id=stay.id)
    refused(demo_db, lambda s: compensation.offer_compensation(s, actors["clerk"], complaint_id=logged.id, kind=kind,
                                                               amount="88"),
            ValidationError, "Please fill in what is given")
    result = offer(demo_db, actors["clerk"], logged.id, "88.00", kind, "Fruit basket")
    assert (result.state, result.folio_line_id, result.note) == (
        CompensationState.APPROVED, None, "Given in kind; nothing is posted to a folio.")


def test_without_an_in_house_stay_nothing_is_posted(demo_db: Database, actors: dict[str, Actor]) -> None:
    clerk = actors["clerk"]
    no_stay = log(demo_db, clerk)
    result = offer(demo_db, clerk, no_stay.id, "100.00", CompensationType.REFUND)
    assert (result.state, result.folio_line_id) == (CompensationState.APPROVED, None)
    assert "linked to no stay" in result.note
    [stay] = in_house_stays(demo_db)
    left = log(demo_db, clerk, stay_id=stay.id)
    with demo_db.writing() as session:
        session.get_one(Stay, stay.id).state = StayState.CHECKED_OUT
    with demo_db.reading() as session:
        lines = session.scalar(select(FolioLine.id).order_by(FolioLine.id.desc()).limit(1))
    result = offer(demo_db, clerk, left.id, "100.00")
    assert (result.state, result.folio_line_id) == (CompensationState.APPROVED, None)
    assert "has checked out" in result.note
    with demo_db.reading() as session:
        assert session.scalar(select(FolioLine.id).order_by(FolioLine.id.desc()).limit(1)) == lines


@pytest.mark.parametrize(("amount", "message"), [
    ("0", "The compensation must be more than zero"),
    ("-10", "The compensation cannot be negative"),
    ("10.001", "The compensation has more than two decimals"),
    ("ten", "The compensation must be an amount"),
])
def test_the_amount_is_checked(demo_db: Database, actors: dict[str, Actor], amount: str, message: str) -> None:
    logged = log(demo_db, actors["clerk"])
    refused(demo_db, lambda s: compensation.offer_compensation(s, actors["clerk"], complaint_id=logged.id,
                                                               kind=CompensationType.DISCOUNT, amount=amount),
            ValidationError, message)


def test_staff_concerned_cannot_compensate_nor_approve(demo_db: Database, actors: dict[str, Actor]) -> None:
    clerk, manager = actors["clerk"], actors["manager"]
    logged = log(demo_db, clerk, staff_ids=(manager.user_id,))
    refused(demo_db, lambda s: compensation.offer_compensation(s, manager, complaint_id=logged.id,
                                                               kind=CompensationType.GIFT, amount="50",
                                                               description="Flowers"),
            RuleError, "You are among the staff")
    waiting = offer(demo_db, clerk, logged.id, "300.00", CompensationType.GIFT, "Dinner")
    refused(demo_db, lambda s: compensation.approve_compensation(s, manager, compensation_id=waiting.compensation_id),
            RuleError, "You are among the staff")
    refused(demo_db, lambda s: compensation.reject_compensation(s, manager, compensation_id=waiting.compensation_id,
                                                                reason="No"),
            RuleError, "You are among the staff")


def test_a_refusal_needs_a_reason(demo_db: Database, actors: dict[str, Actor]) -> None:
    logged = log(demo_db, actors["clerk"])
    waiting = offer(demo_db, actors["clerk"], logged.id, "300.00", CompensationType.GIFT, "Dinner")
    refused(demo_db, lambda s: compensation.reject_compensation(s, actors["manager"],
                                                                compensation_id=waiting.compensation_id, reason=""),
            ValidationError, "Please fill in the reason")


def test_the_demo_has_compensation_in_every_state(demo_db: Database) -> None:
    with demo_db.reading() as session:
        states = {c.state for c in session.scalars(select(Compensation))}
        posted = session.scalars(select(Compensation).where(Compensation.state == CompensationState.POSTED)).one()
        line = session.get_one(FolioLine, posted.folio_line_id)
        assert (line.amount, line.charge_type) == (D("-100.00"), ChargeType.DISCOUNT)
    assert states == set(CompensationState)
