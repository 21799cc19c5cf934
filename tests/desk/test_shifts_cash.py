"""The drawer: counting cash by denomination or as a total, and the shift's cash
arithmetic (float + cash received - cash paid out = expected; counted -
expected = over or short) over payments, deposits, refunds, reversals and
check-outs; every money line belongs to the open shift, charges to none."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import pytest
from sqlalchemy import select

from desk import clock
from desk.actor import Actor
from desk.db import Database
from desk.errors import RuleError, ValidationError
from desk.frontdesk import checkin, folio
from desk.frontdesk.checkin import DepositInput
from desk.models import FolioLine, HandoverState, HkState, LineKind, Method, ShiftState
from desk.shifts import cash, handover, shifts
from desk.shifts.cash import CashFigures, Takings
from tests.desk.demo_rooms import free_rooms
from tests.desk.frontdesk_helpers import CASH_300, NOON, TODAY, day, in_session, registration, walk_in
from tests.desk.shift_helpers import (
    CARD_RECEIVED,
    CARD_REFUNDED,
    CASH_PAID_OUT,
    CASH_RECEIVED,
    EXPECTED_CASH,
    FLOAT,
    LATER,
    at,
    charge,
    figures,
    handover_row,
    money_day,
    pay,
    refused,
    shift_at,
    shift_row,
)

D = Decimal


@pytest.fixture(autouse=True)
def _noon() -> Iterator[None]:
    with clock.frozen(NOON):
        yield


# Counting.

def test_a_count_by_denomination_is_the_sum_of_face_times_pieces() -> None:
    pieces = {"100": 3, "50": 1, "20": 2, "5": 1, "0.5": 4, "0.1": 3}
    assert cash.count(pieces=pieces).total == D("397.30")  # 300 + 50 + 40 + 5 + 2 + 0.3
    # A total given as well must agree (written either way).
    assert cash.count("397.30", pieces).total == D("397.30")
    assert cash.count("397.3", pieces).total == D("397.30")
    # Denominations with no pieces are left out of the record; nothing counted is a count of zero.
    assert cash.count(pieces={"100": 0, "5": 2}) == cash.Count(D("10.00"), {"5": 2})
    assert cash.count(pieces={}).total == D("0.00")


def test_a_count_as_a_total() -> None:
    assert cash.count("1,234.50") == cash.Count(D("1234.50"), {})
    assert cash.count(D("0")).total == D("0.00")


def test_a_total_that_disagrees_with_the_pieces_is_refused() -> None:
    with pytest.raises(ValidationError, match=r"add up to 397\.30, not 400; please recount"):
        cash.count("400", {"100": 3, "50": 1, "20": 2, "5": 1, "0.5": 4, "0.1": 3})


@pytest.mark.parametrize("face", ["abc", "0", "-5", "NaN", "Infinity", ""])
def test_a_bad_denomination_is_refused(face: str) -> None:
    with pytest.raises(ValidationError, match="is not a note or coin"):
        cash.count(pieces={"100": 1, face: 2})


@pytest.mark.parametrize("number", [-1, 2.5, "3", True, cash.MAX_PIECES + 1])
def test_a_bad_number_of_pieces_is_refused(number: object) -> None:
    with pytest.raises(ValidationError, match="The number of pieces must be a whole number from 0 to 100000"):
        cash.count(pieces={"10": number})


@pytest.mark.parametrize(("total", "message"), [
    (None, "The cash counted must be an amount"),
    ("12.345", "The cash counted has more than two decimals"),
    ("-1.00", "The cash counted cannot be negative"),
    ("1000000", "The cash counted is too large"),
])
def test_a_bad_total_is_refused(total: str | None, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        cash.count(total)


def test_a_count_keeps_the_denominations_as_written(demo_db: Database, actors: dict[str, Actor]) -> None:
    pieces = {"100": 5, "50": 6, "20": 1, "0.5": 4}
    assert cash.count(pieces=pieces).pieces == pieces
    shift_id = in_session(demo_db, lambda s: shifts.open_shift(s, at(actors["clerk"], "ws-2"), float_pieces=pieces))
    with demo_db.reading() as session:
        assert shift_row(session, shift_id).opening_count == pieces


def test_a_face_value_below_a_cent_is_refused() -> None:
    with pytest.raises(ValidationError):
        cash.count(pieces={"0.001": 5})


# The arithmetic.

def test_expected_cash_and_the_sign_of_over_or_short() -> None:
    figures_ = CashFigures(D("1000.00"), D("850.00"), D("100.00"))
    assert figures_.expected == D("1750.00")
    assert figures_.difference(D("1760.00")) == D("10.00")  # over
    assert figures_.difference(D("1745.50")) == D("-4.50")  # short
    assert figures_.difference(D("1750.00")) == 0
    # Cash only: other methods do not touch the drawer.
    by_method = {Method.CASH: Takings(D("850.00"), D("100.00")), Method.CARD: Takings(D("900.00"), D("380.00"))}
    assert cash.cash_figures(D("1000.00"), by_method) == figures_
    assert cash.cash_figures(D("1000.00"), {Method.CARD: Takings(D("5.00"))}) == CashFigures(D("1000.00"),
                                                                                              D("0.00"), D("0.00"))


def test_a_days_money_in_the_drawer_and_by_method(demo_db: Database, actors: dict[str, Actor]) -> None:
    with demo_db.reading() as session:
        shift_id = shift_at(session).id
        held_before = figures(session, TODAY, NOON).deposits_held
    day = money_day(demo_db, actors["clerk"])
    with demo_db.reading() as session:
        by_method = cash.takings(session, shift_id)
        preview = handover.preview(session, actors["clerk2"])
        held_after = figures(session, TODAY, NOON).deposits_held
    assert by_method == {Method.CASH: Takings(CASH_RECEIVED, CASH_PAID_OUT),
                         Method.CARD: Takings(CARD_RECEIVED, CARD_REFUNDED)}
    assert (preview.opening_float, preview.cash_received, preview.cash_paid_out, preview.expected_cash) == (
        FLOAT, CASH_RECEIVED, CASH_PAID_OUT, EXPECTED_CASH)
    # The card deposit refunded at check-out shows under the card, not in the drawer.
    assert [(t.method, t.received, t.refunded, t.net) for t in preview.non_cash] == [
        ("card", D("900.00"), D("380.00"), D("520.00"))]
    # Of the three deposits only A's cash is still held (B and C settled at check-out).
    assert preview.deposits_held == held_after
    assert held_after["cash"] - held_before["cash"] == D("300.00")
    assert held_after.get("card") == held_before.get("card")
    assert day.reversing_line > day.reversed_line


def test_every_money_line_carries_the_shift_and_charges_do_not(demo_db: Database,
                                                               actors: dict[str, Actor]) -> None:
    day = money_day(demo_db, actors["clerk"])
    with demo_db.reading() as session:
        shift_id = shift_at(session).id
        lines = session.execute(select(FolioLine.kind, FolioLine.shift_id).where(
            FolioLine.stay_id.in_((day.stay_a, day.stay_b, day.stay_c)))).all()
    money = [(kind, shift) for kind, shift in lines if kind is not LineKind.CHARGE]
    assert {kind for kind, _shift in money} == {LineKind.PAYMENT, LineKind.REFUND, LineKind.DEPOSIT,
                                                LineKind.DEPOSIT_APPLIED, LineKind.DEPOSIT_REFUND}
    assert {shift for _kind, shift in money} == {shift_id}
    assert len(money) == 11  # 3 deposits, 3 payments and a reversal, a refund, 2 applied, 1 refunded
    assert {shift for kind, shift in lines if kind is LineKind.CHARGE} == {None}


def test_over_or_short_is_counted_minus_expected(demo_db: Database, actors: dict[str, Actor]) -> None:
    money_day(demo_db, actors["clerk"])
    clerk2 = actors["clerk2"]
    with clock.frozen(LATER):
        refused(demo_db, lambda s: handover.hand_over(s, clerk2, counted_total="1745.00", float_handed_over="1000"),
                ValidationError, r"The cash is short by 5\.00\. Explain it under difficult issues",
                commit_after=False)
        refused(demo_db, lambda s: handover.hand_over(s, clerk2, counted_total="1760.00", float_handed_over="1000"),
                ValidationError, r"The cash is over by 10\.00", commit_after=False)
        handover_id = in_session(demo_db, lambda s: handover.hand_over(
            s, clerk2, counted_total="1745.00", float_handed_over="1000.00",
            notes_issues="Change for a 100 given as 105 to the guest in 305."))
    with demo_db.reading() as session:
        row = handover_row(session, handover_id)
    assert (row.opening_float, row.cash_received, row.cash_paid_out, row.expected_cash) == (
        FLOAT, CASH_RECEIVED, CASH_PAID_OUT, EXPECTED_CASH)
    assert (row.counted_cash, row.difference, row.float_handed_over, row.cash_dropped) == (
        D("1745.00"), D("-5.00"), D("1000.00"), D("745.00"))
    assert row.non_cash == {"card": "520.00"}


def test_a_balanced_drawer_hands_over_without_an_explanation(demo_db: Database, actors: dict[str, Actor]) -> None:
    money_day(demo_db, actors["clerk"])
    with clock.frozen(LATER):
        handover_id = in_session(demo_db, lambda s: handover.hand_over(
            s, actors["clerk2"], counted_pieces={"100": 17, "50": 1}, float_handed_over="1000"))
    with demo_db.reading() as session:
        row = handover_row(session, handover_id)
    assert (row.counted_cash, row.difference, row.cash_dropped, row.state) == (
        D("1750.00"), D("0.00"), D("750.00"), HandoverState.PENDING)
    assert sum(D(face) * n for face, n in row.counted_detail.items()) == D("1750")


# Money needs the open shift.

def test_money_is_refused_where_no_shift_is_open_and_charges_are_not(demo_db: Database,
                                                                     actors: dict[str, Actor]) -> None:
    with demo_db.reading() as session:
        room_id, other_room = free_rooms(session, HkState.INSPECTED, 2)
    stay_id = walk_in(demo_db, actors["clerk"], room_id)
    elsewhere = at(actors["clerk"], "back-office")
    message = r"No shift is open at this workstation \(back-office\)\. Open a shift"
    refused(demo_db, lambda s: folio.post_payment(s, elsewhere, stay_id=stay_id, method=Method.CASH, amount="50"),
            RuleError, message)
    refused(demo_db, lambda s: folio.take_deposit(s, elsewhere, stay_id=stay_id, method=Method.CARD, amount="50"),
            RuleError, message)
    refused(demo_db, lambda s: checkin.check_in(s, elsewhere, registration=registration(name="Lu Ying"),
                                                room_id=other_room, departure=day(1),
                                                deposit=CASH_300),
            RuleError, message, commit_after=False)
    # A charge moves no money: it needs no shift.
    line_id = charge(demo_db, elsewhere, stay_id, "35.00")
    with demo_db.reading() as session:
        line = session.get_one(FolioLine, line_id)
        assert (line.shift_id, line.workstation) == (None, "back-office")


def test_money_is_refused_while_handing_over_and_taken_again_after_withdrawing(
    demo_db: Database, actors: dict[str, Actor]
) -> None:
    with demo_db.reading() as session:
        [room_id] = free_rooms(session, HkState.INSPECTED)
        shift_id = shift_at(session).id
    stay_id = walk_in(demo_db, actors["clerk"], room_id, deposit=DepositInput(Method.CASH, "200.00"))
    handover_id = in_session(demo_db, lambda s: handover.hand_over(s, actors["clerk2"], counted_total="1200.00",
                                                                   float_handed_over="1000.00"))
    with demo_db.reading() as session:
        assert shift_row(session, shift_id).state is ShiftState.HANDING_OVER
    for actor in (actors["clerk"], actors["clerk2"], actors["manager"]):
        refused(demo_db, lambda s, a=actor: folio.post_payment(s, a, stay_id=stay_id, method=Method.CASH,
                                                               amount="50"),
                RuleError, "This shift is being handed over and its cash is counted")
    refused(demo_db, lambda s: folio.take_deposit(s, actors["clerk"], stay_id=stay_id, method=Method.CARD,
                                                  amount="50"), RuleError, "being handed over")
    in_session(demo_db, lambda s: handover.withdraw(s, actors["clerk2"], handover_id=handover_id))
    line_id = pay(demo_db, actors["clerk"], stay_id, Method.CASH, "50.00")
    with demo_db.reading() as session:
        assert session.get_one(FolioLine, line_id).shift_id == shift_id
        assert shift_row(session, shift_id).state is ShiftState.OPEN
        withdrawn = handover_row(session, handover_id)
        # The withdrawn handover keeps the figures it had; the next one counts the new payment.
        assert (withdrawn.state, withdrawn.expected_cash) == (HandoverState.WITHDRAWN, D("1200.00"))
        assert handover.preview(session, actors["clerk2"]).expected_cash == D("1250.00")
