"""The folio: extras, discounts and adjustments, payments, refunds and
reversals; an append-only ledger whose balance is right to the cent, where
every line carries the business date and the clerk, and where discounts and
reversals above the clerk's limit need a manager."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from decimal import Decimal

import pytest

from desk import clock
from desk.actor import Actor
from desk.db import Database
from desk.errors import NotFoundError, PermissionDeniedError, RuleError, ValidationError
from desk.frontdesk import checkout, folio, stays
from desk.frontdesk.checkin import DepositInput
from desk.frontdesk.checkout import PaymentInput
from desk.frontdesk.queries import in_house, stay_view
from desk.models import ChargeType, FolioLine, HkState, HotelSettings, LineKind, Method, Stay
from tests.desk.demo_rooms import free_rooms
from tests.desk.frontdesk_helpers import (
    NOON,
    TODAY,
    audits,
    counts,
    in_session,
    ledger,
    line_rows,
    refused,
    walk_in,
)

D = Decimal


@pytest.fixture(autouse=True)
def _noon() -> Iterator[None]:
    with clock.frozen(NOON):
        yield


@pytest.fixture
def stay_id(demo_db: Database, actors: dict[str, Actor]) -> int:
    """A walk-in in house for two nights, with a cash deposit of 300.00 and nothing else."""
    with demo_db.reading() as session:
        [room_id] = free_rooms(session, HkState.INSPECTED)
    return walk_in(demo_db, actors["clerk"], room_id, nights=2)


def charge(database: Database, actor: Actor, stay: int, charge_type: ChargeType, amount: str,
           description: str = "") -> int:
    return in_session(database, lambda s: folio.post_charge(s, actor, stay_id=stay, charge_type=charge_type,
                                                             amount=amount, description=description))


def pay(database: Database, actor: Actor, stay: int, amount: str, method: Method = Method.CASH) -> int:
    return in_session(database, lambda s: folio.post_payment(s, actor, stay_id=stay, method=method, amount=amount))


def reverse(database: Database, actor: Actor, line_id: int, reason: str = "Posted to the wrong room") -> int:
    return in_session(database, lambda s: folio.reverse(s, actor, line_id=line_id, reason=reason))


def balance(database: Database, stay: int) -> Decimal:
    with database.reading() as session:
        return folio.stay_totals(session, stay).balance


def line(database: Database, line_id: int) -> FolioLine:
    with database.reading() as session:
        row = session.get_one(FolioLine, line_id)
        session.expunge(row)
        return row


# --- Charges ------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("charge_type", folio.EXTRAS)
def test_an_extra_is_a_positive_charge_with_the_date_the_clerk_and_the_room(
    demo_db: Database, actors: dict[str, Actor], stay_id: int, charge_type: ChargeType
) -> None:
    line_id = charge(demo_db, actors["clerk2"], stay_id, charge_type, "38.50", description=" Two beers ")
    posted = line(demo_db, line_id)
    with demo_db.reading() as session:
        stay_room = session.get_one(Stay, stay_id).room_id
        entry = audits(session, "folio.charge", stay_id)[-1]
    assert (posted.kind, posted.charge_type, posted.amount, posted.description) == (
        LineKind.CHARGE, charge_type, D("38.50"), "Two beers")
    assert (posted.business_date, posted.user_id, posted.workstation, posted.room_id, posted.posted_at) == (
        TODAY, actors["clerk2"].user_id, "test-ws", stay_room, NOON)
    assert (posted.reverses_id, posted.deposit_id, posted.method) == (None, None, None)
    assert entry.username == "clerk2" and "38.50" in entry.summary
    assert balance(demo_db, stay_id) == D("38.50")


def test_other_charges_need_a_description(demo_db: Database, actors: dict[str, Actor], stay_id: int) -> None:
    refused(demo_db, lambda s: folio.post_charge(s, actors["clerk"], stay_id=stay_id, charge_type=ChargeType.OTHER,
                                                 amount="10"), ValidationError, "Please fill in the description")


@pytest.mark.parametrize("charge_type", [ChargeType.ROOM, ChargeType.NO_SHOW, ChargeType.DAY_USE])
def test_room_nights_are_not_posted_by_hand(demo_db: Database, actors: dict[str, Actor], stay_id: int,
                                            charge_type: ChargeType) -> None:
    refused(demo_db, lambda s: folio.post_charge(s, actors["manager"], stay_id=stay_id, charge_type=charge_type,
                                                 amount="388"), ValidationError, "posted by the day close")


AMOUNT_REFUSALS = [
    ("0", "must be more than zero"),
    ("0.00", "must be more than zero"),
    ("-5", "cannot be negative"),
    ("12.345", "has more than two decimals"),
    ("0.001", "has more than two decimals"),
    ("NaN", "must be an amount such as 388.00"),
    ("Infinity", "must be an amount such as 388.00"),
    ("abc", "must be an amount such as 388.00"),
    ("", "must be an amount such as 388.00"),
    (None, "must be an amount such as 388.00"),
    ("1000000", "is too large: at most 999999.99"),
    ("1e9", "is too large: at most 999999.99"),
]


@pytest.mark.parametrize(("amount", "message"), AMOUNT_REFUSALS)
def test_a_bad_amount_is_refused_by_every_posting(demo_db: Database, actors: dict[str, Actor], stay_id: int,
                                                  amount: object, message: str) -> None:
    manager = actors["manager"]
    calls: list[Callable[..., object]] = [
        lambda s: folio.post_charge(s, manager, stay_id=stay_id, charge_type=ChargeType.MINIBAR, amount=amount),
        lambda s: folio.post_charge(s, manager, stay_id=stay_id, charge_type=ChargeType.DISCOUNT, amount=amount,
                                    description="Loyalty"),
        lambda s: folio.post_payment(s, manager, stay_id=stay_id, method=Method.CARD, amount=amount),
        lambda s: folio.refund(s, manager, stay_id=stay_id, method=Method.CASH, amount=amount, reason="Overpaid"),
        lambda s: folio.take_deposit(s, manager, stay_id=stay_id, method=Method.MOBILE, amount=amount),
    ]
    for call in calls:
        refused(demo_db, call, ValidationError, re.escape(message))
    if message != "cannot be negative":  # an adjustment may be negative
        refused(demo_db, lambda s: folio.post_charge(s, manager, stay_id=stay_id, charge_type=ChargeType.ADJUSTMENT,
                                                     amount=amount, description="Fix"),
                ValidationError, re.escape(message))


def test_the_largest_amount_and_a_cent_are_accepted(demo_db: Database, actors: dict[str, Actor],
                                                    stay_id: int) -> None:
    charge(demo_db, actors["clerk"], stay_id, ChargeType.FOOD, "999999.99")
    charge(demo_db, actors["clerk"], stay_id, ChargeType.FOOD, "0.01")
    charge(demo_db, actors["clerk"], stay_id, ChargeType.FOOD, "1,234.50")
    assert balance(demo_db, stay_id) == D("1001234.50")


def test_the_balance_is_exact_to_the_cent(demo_db: Database, actors: dict[str, Actor], stay_id: int) -> None:
    for _ in range(10):
        charge(demo_db, actors["clerk"], stay_id, ChargeType.TELEPHONE, "0.10")
    charge(demo_db, actors["clerk"], stay_id, ChargeType.FOOD, "0.20")
    pay(demo_db, actors["clerk"], stay_id, "0.30")
    with demo_db.reading() as session:
        totals = folio.stay_totals(session, stay_id)
        own = ledger(session, stay_id)
    assert totals.balance == own.balance == D("0.90")
    assert str(totals.balance) == "0.90" and totals.charges == D("1.20")


# --- Discounts and adjustments ------------------------------------------------------------------------------------


def test_a_discount_is_stored_negative_with_its_reason(demo_db: Database, actors: dict[str, Actor],
                                                       stay_id: int) -> None:
    charge(demo_db, actors["clerk"], stay_id, ChargeType.FOOD, "300")
    line_id = charge(demo_db, actors["clerk"], stay_id, ChargeType.DISCOUNT, "50", description="Noise complaint")
    posted = line(demo_db, line_id)
    assert (posted.kind, posted.amount, posted.reason, posted.description) == (
        LineKind.CHARGE, D("-50.00"), "Noise complaint", "Noise complaint")
    assert balance(demo_db, stay_id) == D("250.00")
    refused(demo_db, lambda s: folio.post_charge(s, actors["clerk"], stay_id=stay_id,
                                                 charge_type=ChargeType.DISCOUNT, amount="-50",
                                                 description="Sign"), ValidationError, "cannot be negative")
    refused(demo_db, lambda s: folio.post_charge(s, actors["clerk"], stay_id=stay_id,
                                                 charge_type=ChargeType.DISCOUNT, amount="50"),
            ValidationError, "Please fill in the description")


def test_an_adjustment_takes_either_sign_and_needs_a_reason(demo_db: Database, actors: dict[str, Actor],
                                                            stay_id: int) -> None:
    up = charge(demo_db, actors["clerk"], stay_id, ChargeType.ADJUSTMENT, "45.00", description="Late check-out")
    down = charge(demo_db, actors["clerk"], stay_id, ChargeType.ADJUSTMENT, "-20.00", description="Minibar miscount")
    assert (line(demo_db, up).amount, line(demo_db, down).amount) == (D("45.00"), D("-20.00"))
    assert line(demo_db, down).reason == "Minibar miscount"
    assert balance(demo_db, stay_id) == D("25.00")
    refused(demo_db, lambda s: folio.post_charge(s, actors["clerk"], stay_id=stay_id,
                                                 charge_type=ChargeType.ADJUSTMENT, amount="5", description=" "),
            ValidationError, "Please fill in the description")


@pytest.mark.parametrize(("charge_type", "amount", "what"), [(ChargeType.DISCOUNT, "200.01", "discount"),
                                                             (ChargeType.ADJUSTMENT, "-250", "correction"),
                                                             (ChargeType.ADJUSTMENT, "250", "correction")])
def test_above_the_clerks_limit_a_manager_is_needed(demo_db: Database, actors: dict[str, Actor], stay_id: int,
                                                    charge_type: ChargeType, amount: str, what: str) -> None:
    error = refused(demo_db, lambda s: folio.post_charge(s, actors["clerk"], stay_id=stay_id,
                                                         charge_type=charge_type, amount=amount,
                                                         description="Goodwill"),
                    PermissionDeniedError, "above the clerk's limit")
    shown = str(abs(D(amount)).quantize(D("0.01")))
    assert str(error) == f"A {what} of {shown} is above the clerk's limit of 200.00; ask a manager."
    line_id = charge(demo_db, actors["manager"], stay_id, charge_type, amount, description="Goodwill")
    assert abs(line(demo_db, line_id).amount) == D(shown)


def test_the_limit_itself_is_within_a_clerks_reach(demo_db: Database, actors: dict[str, Actor],
                                                   stay_id: int) -> None:
    charge(demo_db, actors["clerk"], stay_id, ChargeType.DISCOUNT, "200.00", description="Goodwill")
    charge(demo_db, actors["clerk"], stay_id, ChargeType.ADJUSTMENT, "-200.00", description="Goodwill")
    # Extras and payments have no clerk's limit.
    charge(demo_db, actors["clerk"], stay_id, ChargeType.FOOD, "5000")
    pay(demo_db, actors["clerk"], stay_id, "4600")
    assert balance(demo_db, stay_id) == D("0.00")


def test_the_limit_follows_the_hotel_setting(demo_db: Database, actors: dict[str, Actor], stay_id: int) -> None:
    with demo_db.writing() as session:
        session.get_one(HotelSettings, 1).clerk_adjustment_limit = D("50.00")
    refused(demo_db, lambda s: folio.post_charge(s, actors["clerk"], stay_id=stay_id,
                                                 charge_type=ChargeType.DISCOUNT, amount="50.01",
                                                 description="Goodwill"),
            PermissionDeniedError, "limit of 50.00")


# --- Payments and refunds -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("method", list(Method))
def test_a_payment_by_each_method(demo_db: Database, actors: dict[str, Actor], stay_id: int,
                                  method: Method) -> None:
    charge(demo_db, actors["clerk"], stay_id, ChargeType.LAUNDRY, "65")
    line_id = in_session(demo_db, lambda s: folio.post_payment(s, actors["clerk"], stay_id=stay_id, method=method,
                                                                amount="65.00", reference=" 2026-AB "))
    posted = line(demo_db, line_id)
    assert (posted.kind, posted.method, posted.amount, posted.reference) == (LineKind.PAYMENT, method, D("65.00"),
                                                                            "2026-AB")
    assert (posted.business_date, posted.user_id) == (TODAY, actors["clerk"].user_id)
    assert balance(demo_db, stay_id) == 0


def test_a_refund_pays_back_only_a_credit(demo_db: Database, actors: dict[str, Actor], stay_id: int) -> None:
    clerk = actors["clerk"]

    def refund(amount: str) -> Callable[..., int]:
        return lambda s: folio.refund(s, clerk, stay_id=stay_id, method=Method.CASH, amount=amount,
                                      reason="Overpaid")

    # The deposit held is not a credit: it is settled at check-out.
    error = refused(demo_db, refund("0.01"), RuleError, "The guest has 0.00 in credit; a refund cannot be larger")
    assert "Deposits are refunded at check-out" in str(error)
    charge(demo_db, clerk, stay_id, ChargeType.FOOD, "80")
    pay(demo_db, clerk, stay_id, "100")
    refused(demo_db, refund("20.01"), RuleError, "The guest has 20.00 in credit")
    refused(demo_db, lambda s: folio.refund(s, clerk, stay_id=stay_id, method=Method.CASH, amount="5", reason=""),
            ValidationError, "Please fill in the reason")
    line_id = in_session(demo_db, refund("20.00"))
    posted = line(demo_db, line_id)
    assert (posted.kind, posted.amount, posted.method, posted.reason) == (LineKind.REFUND, D("20.00"), Method.CASH,
                                                                         "Overpaid")
    assert balance(demo_db, stay_id) == 0
    refused(demo_db, refund("0.01"), RuleError, "0.00 in credit")


# --- Reversals ----------------------------------------------------------------------------------------------------


def test_a_reversal_is_an_opposite_line_of_the_same_kind_and_the_original_stays(
    demo_db: Database, actors: dict[str, Actor], stay_id: int
) -> None:
    original_id = charge(demo_db, actors["clerk"], stay_id, ChargeType.MINIBAR, "38.00", description="Beer")
    before = line(demo_db, original_id)
    reversal_id = reverse(demo_db, actors["clerk2"], original_id, "  Guest did not take the beer ")
    after, reversal = line(demo_db, original_id), line(demo_db, reversal_id)
    assert (after.amount, after.reverses_id, after.kind, after.reason) == (before.amount, None, before.kind, "")
    assert (reversal.kind, reversal.charge_type, reversal.amount, reversal.reverses_id, reversal.reason) == (
        LineKind.CHARGE, ChargeType.MINIBAR, D("-38.00"), original_id, "Guest did not take the beer")
    assert (reversal.description, reversal.user_id, reversal.business_date) == ("Beer", actors["clerk2"].user_id,
                                                                              TODAY)
    assert balance(demo_db, stay_id) == 0
    with demo_db.reading() as session:
        rows = {r.id: r for r in folio.lines(session, stay_id)}
        [entry] = [e for e in audits(session, "folio.charge", stay_id) if f"reversing line {original_id}" in e.summary]
    assert rows[original_id].reversed and not rows[reversal_id].reversed
    assert entry.username == "clerk2" and "Guest did not take the beer" in entry.summary


def test_a_line_is_reversed_once_and_a_reversal_is_not_reversed(demo_db: Database, actors: dict[str, Actor],
                                                                stay_id: int) -> None:
    original_id = pay(demo_db, actors["clerk"], stay_id, "120", Method.MOBILE)
    reversal_id = reverse(demo_db, actors["clerk"], original_id)
    assert (line(demo_db, reversal_id).method, line(demo_db, reversal_id).amount) == (Method.MOBILE, D("-120.00"))
    refused(demo_db, lambda s: folio.reverse(s, actors["manager"], line_id=original_id, reason="Again"),
            RuleError, "This line has been reversed already.")
    refused(demo_db, lambda s: folio.reverse(s, actors["manager"], line_id=reversal_id, reason="Undo"),
            RuleError, "This line is itself a reversal; post the entry again instead.")
    refused(demo_db, lambda s: folio.reverse(s, actors["manager"], line_id=999_999, reason="Gone"),
            NotFoundError, "That folio line no longer exists.")
    other = pay(demo_db, actors["clerk"], stay_id, "10")
    refused(demo_db, lambda s: folio.reverse(s, actors["clerk"], line_id=other, reason="  "),
            ValidationError, "Please fill in the reason")


@pytest.mark.parametrize(("kind", "amount"), [("charge", "250"), ("payment", "250"), ("discount", "200"),
                                              ("deposit", "300")])
def test_reversing_more_than_the_limit_needs_a_manager(demo_db: Database, actors: dict[str, Actor], stay_id: int,
                                                       kind: str, amount: str) -> None:
    clerk, manager = actors["clerk"], actors["manager"]
    if kind == "charge":
        line_id = charge(demo_db, clerk, stay_id, ChargeType.FOOD, amount)
    elif kind == "payment":
        line_id = pay(demo_db, clerk, stay_id, amount)
    elif kind == "discount":
        line_id = charge(demo_db, clerk, stay_id, ChargeType.DISCOUNT, amount, description="Goodwill")
    else:
        line_id = line_rows_of(demo_db, stay_id, LineKind.DEPOSIT)[0]
    if abs(D(amount)) > 200:
        refused(demo_db, lambda s: folio.reverse(s, clerk, line_id=line_id, reason="Mistake"),
                PermissionDeniedError, f"A reversal of {D(amount):.2f} is above the clerk's limit of 200.00")
        reversal_id = reverse(demo_db, manager, line_id)
    else:
        reversal_id = reverse(demo_db, clerk, line_id)  # 200.00 exactly is within reach
    assert line(demo_db, reversal_id).reverses_id == line_id
    assert line(demo_db, reversal_id).amount == -line(demo_db, line_id).amount


def line_rows_of(database: Database, stay: int, kind: LineKind | None) -> list[int]:
    with database.reading() as session:
        return [r.id for r in line_rows(session, stay) if kind is None or r.kind is kind]


def test_a_reversed_deposit_is_no_longer_held(demo_db: Database, actors: dict[str, Actor], stay_id: int) -> None:
    extra = in_session(demo_db, lambda s: folio.take_deposit(s, actors["clerk"], stay_id=stay_id, method=Method.CARD,
                                                              amount="150", reference="POS1"))
    reverse(demo_db, actors["clerk"], extra, "Card declined after all")
    with demo_db.reading() as session:
        totals = folio.stay_totals(session, stay_id)
    assert totals.deposit_held == D("300.00") and totals.held_by_method == {Method.CASH: D("300.00")}
    assert totals.balance == 0


def test_a_deposit_already_applied_or_refunded_cannot_be_reversed(demo_db: Database, actors: dict[str, Actor],
                                                                  stay_id: int) -> None:
    [deposit_id] = line_rows_of(demo_db, stay_id, LineKind.DEPOSIT)
    # A movement of the deposit while the guest is still in house (written as a row: no service does it yet).
    with demo_db.writing() as session:
        deposit = session.get_one(FolioLine, deposit_id)
        session.add(FolioLine(stay_id=stay_id, kind=LineKind.DEPOSIT_APPLIED, method=Method.CASH, amount=D("100.00"),
                              business_date=TODAY, posted_at=NOON, user_id=actors["clerk"].user_id,
                              room_id=deposit.room_id, deposit_id=deposit_id))
    refused(demo_db, lambda s: folio.reverse(s, actors["manager"], line_id=deposit_id, reason="Mistake"),
            RuleError, "This deposit was applied or refunded; reverse that first.")


def test_after_check_out_the_folio_is_closed(demo_db: Database, actors: dict[str, Actor], stay_id: int) -> None:
    clerk, manager = actors["clerk"], actors["manager"]
    charge_id = charge(demo_db, clerk, stay_id, ChargeType.FOOD, "100")
    [deposit_id] = line_rows_of(demo_db, stay_id, LineKind.DEPOSIT)
    in_session(demo_db, lambda s: checkout.check_out(s, clerk, stay_id=stay_id))
    with demo_db.reading() as session:
        [room_id] = free_rooms(session, HkState.INSPECTED)
    closed = "This guest has checked out; the folio is closed."
    for call in (
        lambda s: folio.post_charge(s, clerk, stay_id=stay_id, charge_type=ChargeType.FOOD, amount="1"),
        lambda s: folio.post_charge(s, manager, stay_id=stay_id, charge_type=ChargeType.ADJUSTMENT, amount="-1",
                                    description="Late fix"),
        lambda s: folio.post_payment(s, clerk, stay_id=stay_id, method=Method.CASH, amount="1"),
        lambda s: folio.refund(s, clerk, stay_id=stay_id, method=Method.CASH, amount="1", reason="x"),
        lambda s: folio.take_deposit(s, clerk, stay_id=stay_id, method=Method.CASH, amount="1"),
        lambda s: folio.reverse(s, manager, line_id=charge_id, reason="x"),
        lambda s: folio.reverse(s, manager, line_id=deposit_id, reason="x"),
        lambda s: checkout.check_out(s, clerk, stay_id=stay_id, payments=[PaymentInput(Method.CASH, "1")]),
        lambda s: stays.move_room(s, clerk, stay_id=stay_id, room_id=room_id, reason="x"),
        lambda s: stays.change_departure(s, clerk, stay_id=stay_id, departure=TODAY.replace(day=25)),
    ):
        refused(demo_db, call, RuleError, re.escape(closed))
    refused(demo_db, lambda s: folio.post_payment(s, clerk, stay_id=999_999, method=Method.CASH, amount="1"),
            NotFoundError, "That stay no longer exists.")


def test_only_front_desk_staff_post(demo_db: Database, actors: dict[str, Actor], stay_id: int) -> None:
    housekeeping = actors["housekeeping"]
    for call in (
        lambda s: folio.post_charge(s, housekeeping, stay_id=stay_id, charge_type=ChargeType.MINIBAR, amount="1"),
        lambda s: folio.post_payment(s, housekeeping, stay_id=stay_id, method=Method.CASH, amount="1"),
        lambda s: folio.take_deposit(s, housekeeping, stay_id=stay_id, method=Method.CASH, amount="1"),
    ):
        refused(demo_db, call, PermissionDeniedError, "may not work the front desk")


def test_every_line_has_one_audit_entry_and_the_views_agree(demo_db: Database, actors: dict[str, Actor],
                                                            stay_id: int) -> None:
    clerk = actors["clerk"]
    charge(demo_db, clerk, stay_id, ChargeType.FOOD, "128")
    charge(demo_db, clerk, stay_id, ChargeType.DISCOUNT, "28", description="Cold soup")
    pay(demo_db, clerk, stay_id, "50", Method.CARD)
    in_session(demo_db, lambda s: folio.take_deposit(s, clerk, stay_id=stay_id, method=Method.MOBILE,
                                                      amount=DepositInput(Method.MOBILE, "200").amount))
    with demo_db.reading() as session:
        rows = line_rows(session, stay_id)
        entries = [e for e in audits(session, "folio.charge", stay_id) + audits(session, "folio.payment", stay_id)
                   + audits(session, "folio.deposit", stay_id)]
        view = stay_view(session, stay_id)
        [row] = [r for r in in_house(session) if r.stay_id == stay_id]
        own = ledger(session, stay_id)
        total = counts(session)
    assert len(rows) == len(entries) == 5
    assert all(r.business_date == TODAY and r.user_id == clerk.user_id for r in rows)
    assert view.totals.balance == row.balance == own.balance == D("50.00")
    assert view.totals.deposit_held == row.deposit_held == own.held == D("500.00")
    assert [r.amount for r in view.lines] == [r.amount for r in rows]
    assert total.lines >= 5
