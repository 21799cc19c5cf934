"""Deposits: taken by method and held; at check-out applied to the bill up to
the balance and the rest refunded the way each deposit came in."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from decimal import Decimal

import pytest
from sqlalchemy.orm import Session

from desk import clock
from desk.actor import Actor
from desk.db import Database
from desk.errors import ValidationError
from desk.frontdesk import checkout, folio
from desk.frontdesk.checkout import PaymentInput
from desk.frontdesk.queries import in_house
from desk.models import ChargeType, HkState, LineKind, Method
from tests.desk.demo_rooms import free_rooms
from tests.desk.frontdesk_helpers import NOON, TODAY, in_session, ledger, line_rows, refused, walk_in

D = Decimal


@pytest.fixture(autouse=True)
def _noon() -> Iterator[None]:
    with clock.frozen(NOON):
        yield


@pytest.fixture
def stay_id(demo_db: Database, actors: dict[str, Actor]) -> int:
    """A walk-in with a cash deposit of 300.00 and a card deposit of 500.00."""
    with demo_db.reading() as session:
        [room_id] = free_rooms(session, HkState.INSPECTED)
    stay = walk_in(demo_db, actors["clerk"], room_id, nights=2)
    deposit(demo_db, actors["clerk"], stay, Method.CARD, "500", "POS778899")
    return stay


def deposit(database: Database, actor: Actor, stay: int, method: Method, amount: str, reference: str = "") -> int:
    return in_session(database, lambda s: folio.take_deposit(s, actor, stay_id=stay, method=method, amount=amount,
                                                              reference=reference))


def extra(database: Database, actor: Actor, stay: int, amount: str) -> None:
    in_session(database, lambda s: folio.post_charge(s, actor, stay_id=stay, charge_type=ChargeType.FOOD,
                                                      amount=amount))


def test_deposits_are_held_by_method(demo_db: Database, actors: dict[str, Actor], stay_id: int) -> None:
    line_id = deposit(demo_db, actors["clerk2"], stay_id, Method.CASH, "100.50")
    with demo_db.reading() as session:
        totals = folio.stay_totals(session, stay_id)
        [row] = [r for r in in_house(session) if r.stay_id == stay_id]
        posted = next(r for r in line_rows(session, stay_id) if r.id == line_id)
    assert totals.deposit_held == row.deposit_held == D("900.50")
    assert totals.held_by_method == {Method.CASH: D("400.50"), Method.CARD: D("500.00")}
    # A deposit is held money, not a payment: the balance is untouched.
    assert totals.balance == row.balance == 0 and totals.payments == 0
    assert (posted.kind, posted.method, posted.amount, posted.business_date, posted.user_id) == (
        LineKind.DEPOSIT, Method.CASH, D("100.50"), TODAY, actors["clerk2"].user_id)


def test_check_out_applies_deposits_to_the_bill_and_refunds_the_rest_by_the_same_method(
    demo_db: Database, actors: dict[str, Actor], stay_id: int
) -> None:
    extra(demo_db, actors["clerk"], stay_id, "600")
    result = in_session(demo_db, lambda s: checkout.check_out(s, actors["clerk"], stay_id=stay_id))
    assert (result.paid, result.deposit_applied, result.deposit_refunded) == (D("0.00"), D("600.00"),
                                                                              ((Method.CARD, D("200.00")),))
    with demo_db.reading() as session:
        rows = line_rows(session, stay_id)
        totals = folio.stay_totals(session, stay_id)
        own = ledger(session, stay_id)
    deposits = {r.method: r.id for r in rows if r.kind is LineKind.DEPOSIT}
    moves = [(r.kind, r.method, r.amount, r.deposit_id, r.reference) for r in rows
             if r.kind in (LineKind.DEPOSIT_APPLIED, LineKind.DEPOSIT_REFUND)]
    assert moves == [
        (LineKind.DEPOSIT_APPLIED, Method.CASH, D("300.00"), deposits[Method.CASH], ""),
        (LineKind.DEPOSIT_APPLIED, Method.CARD, D("300.00"), deposits[Method.CARD], ""),
        (LineKind.DEPOSIT_REFUND, Method.CARD, D("200.00"), deposits[Method.CARD], "POS778899"),
    ]
    assert totals.balance == own.balance == 0 and totals.deposit_held == own.held == 0
    assert totals.held_by_method == {}


def test_a_small_bill_leaves_each_deposit_refunded_its_own_way(demo_db: Database, actors: dict[str, Actor],
                                                               stay_id: int) -> None:
    extra(demo_db, actors["clerk"], stay_id, "100")
    result = in_session(demo_db, lambda s: checkout.check_out(s, actors["clerk"], stay_id=stay_id))
    assert result.deposit_applied == D("100.00")
    assert result.deposit_refunded == ((Method.CASH, D("200.00")), (Method.CARD, D("500.00")))


def test_nothing_owed_refunds_every_deposit(demo_db: Database, actors: dict[str, Actor], stay_id: int) -> None:
    result = in_session(demo_db, lambda s: checkout.check_out(s, actors["clerk"], stay_id=stay_id))
    assert result.deposit_applied == 0
    assert dict(result.deposit_refunded) == {Method.CASH: D("300.00"), Method.CARD: D("500.00")}


def test_a_bill_above_the_deposits_takes_them_all_and_the_final_payment(demo_db: Database, actors: dict[str, Actor],
                                                                        stay_id: int) -> None:
    extra(demo_db, actors["clerk"], stay_id, "1000")
    result = in_session(demo_db, lambda s: checkout.check_out(s, actors["clerk"], stay_id=stay_id,
                                                              payments=[PaymentInput(Method.MOBILE, "200")]))
    assert (result.paid, result.deposit_applied, result.deposit_refunded) == (D("200.00"), D("800.00"), ())


def test_a_reversed_deposit_is_neither_applied_nor_refunded(demo_db: Database, actors: dict[str, Actor],
                                                            stay_id: int) -> None:
    with demo_db.reading() as session:
        card = next(r.id for r in line_rows(session, stay_id) if r.method is Method.CARD)
    in_session(demo_db, lambda s: folio.reverse(s, actors["manager"], line_id=card, reason="Card charged twice"))
    extra(demo_db, actors["clerk"], stay_id, "50")
    result = in_session(demo_db, lambda s: checkout.check_out(s, actors["clerk"], stay_id=stay_id))
    assert (result.deposit_applied, result.deposit_refunded) == (D("50.00"), ((Method.CASH, D("250.00")),))


def test_a_deposit_is_taken_like_any_amount(demo_db: Database, actors: dict[str, Actor], stay_id: int) -> None:
    def take(amount: str, reference: str = "") -> Callable[[Session], int]:
        return lambda s: folio.take_deposit(s, actors["clerk"], stay_id=stay_id, method=Method.CASH, amount=amount,
                                            reference=reference)

    for amount, message in (("0", "more than zero"), ("-1", "cannot be negative"), ("1.999", "two decimals")):
        refused(demo_db, take(amount), ValidationError, message)
    refused(demo_db, take("10", "R" * 61), ValidationError, "the reference is too long")
