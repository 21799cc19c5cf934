"""Checking out: only at a zero balance, saying how much is owed or over-paid
otherwise, with nothing of the attempt kept; then the room is vacant dirty."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import pytest
from sqlalchemy import select

from desk import clock
from desk.actor import Actor
from desk.db import Database
from desk.errors import PermissionDeniedError, RuleError, ValidationError
from desk.frontdesk import checkin, checkout, folio
from desk.frontdesk.checkin import DepositInput
from desk.frontdesk.checkout import PaymentInput
from desk.models import (
    ChargeType,
    HkState,
    LineKind,
    Method,
    Reservation,
    ReservationState,
    RoomStatusEvent,
    StatusEventKind,
    StayKind,
    StayState,
)
from desk.rooms.board import load_board
from desk.rooms.codes import StatusCode
from tests.desk import reservation_helpers as small
from tests.desk.demo_rooms import assigned_arrival, free_rooms
from tests.desk.frontdesk_helpers import (
    NOON,
    TODAY,
    audits,
    counts,
    day,
    in_session,
    line_rows,
    refused,
    registration,
    room_of,
    stay_row,
    walk_in,
)

D = Decimal


@pytest.fixture(autouse=True)
def _noon() -> Iterator[None]:
    with clock.frozen(NOON):
        yield


@pytest.fixture
def room_id(demo_db: Database) -> int:
    with demo_db.reading() as session:
        return free_rooms(session, HkState.INSPECTED)[0]


def stay_owing(database: Database, actor: Actor, room: int, deposit: str = "100", bill: str = "388") -> int:
    """A walk-in with a cash deposit and extras worth ``bill``."""
    stay_id = walk_in(database, actor, room, nights=2, deposit=DepositInput(Method.CASH, deposit))
    in_session(database, lambda s: folio.post_charge(s, actor, stay_id=stay_id, charge_type=ChargeType.FOOD,
                                                      amount=bill))
    return stay_id


def leave(database: Database, actor: Actor, stay_id: int, *payments: PaymentInput) -> checkout.CheckoutResult:
    return in_session(database, lambda s: checkout.check_out(s, actor, stay_id=stay_id, payments=payments))


def test_a_balance_owed_refuses_check_out_and_keeps_nothing_of_the_attempt(
    demo_db: Database, actors: dict[str, Actor], room_id: int
) -> None:
    stay_id = stay_owing(demo_db, actors["clerk"], room_id)
    attempt = [PaymentInput(Method.CARD, "50"), PaymentInput(Method.CASH, "38.00")]
    error = refused(demo_db, lambda s: checkout.check_out(s, actors["clerk"], stay_id=stay_id, payments=attempt),
                    RuleError, "200.00 is still owed", commit_after=False)
    assert str(error) == ("200.00 is still owed (charges less payments and the deposit). Take a payment of 200.00 "
                          "to check out.")
    with demo_db.reading() as session:
        stay = stay_row(session, stay_id)
        kinds = [r.kind for r in line_rows(session, stay_id)]
        totals = folio.stay_totals(session, stay_id)
        hk = room_of(session, room_id).hk_state
    # The payments and the deposit's application were rolled back with the refusal.
    assert kinds == [LineKind.DEPOSIT, LineKind.CHARGE]
    assert (stay.state, totals.balance, totals.deposit_held, hk) == (StayState.IN_HOUSE, D("388.00"), D("100.00"),
                                                                    HkState.INSPECTED)


def test_overpaying_refuses_check_out_naming_the_credit(demo_db: Database, actors: dict[str, Actor],
                                                        room_id: int) -> None:
    stay_id = stay_owing(demo_db, actors["clerk"], room_id)
    error = refused(demo_db, lambda s: checkout.check_out(s, actors["clerk"], stay_id=stay_id,
                                                          payments=[PaymentInput(Method.CASH, "400")]),
                    RuleError, "The guest paid 12.00 more than the bill", commit_after=False)
    # The deposit went back in full (nothing left to apply it to); the 12.00 over the bill must be refunded.
    assert str(error) == "The guest paid 12.00 more than the bill. Refund 12.00 (or reverse the extra payment) to " \
        "check out."
    with demo_db.reading() as session:
        assert [r.kind for r in line_rows(session, stay_id)] == [LineKind.DEPOSIT, LineKind.CHARGE]
    # Paid beforehand: the over-payment must be refunded first.
    in_session(demo_db, lambda s: folio.post_payment(s, actors["clerk"], stay_id=stay_id, method=Method.CARD,
                                                      amount="400"))
    refused(demo_db, lambda s: checkout.check_out(s, actors["clerk"], stay_id=stay_id), RuleError,
            "The guest paid 12.00 more than the bill", commit_after=False)
    in_session(demo_db, lambda s: folio.refund(s, actors["clerk"], stay_id=stay_id, method=Method.CARD,
                                                amount="12", reason="Overpaid"))
    result = leave(demo_db, actors["clerk"], stay_id)
    assert (result.paid, result.deposit_applied, result.deposit_refunded) == (D("0.00"), D("0.00"),
                                                                              ((Method.CASH, D("100.00")),))


def test_a_final_payment_checks_the_guest_out_and_the_room_becomes_vacant_dirty(
    demo_db: Database, actors: dict[str, Actor], room_id: int
) -> None:
    stay_id = stay_owing(demo_db, actors["clerk"], room_id)
    with demo_db.reading() as session:
        number = room_of(session, room_id).number
        before = counts(session)
    result = leave(demo_db, actors["clerk2"], stay_id, PaymentInput(Method.MOBILE, "288", reference="WX-1"))
    assert (result.room, result.paid, result.deposit_applied, result.deposit_refunded) == (
        number, D("288.00"), D("100.00"), ())
    with demo_db.reading() as session:
        stay = stay_row(session, stay_id)
        rows = line_rows(session, stay_id)
        totals = folio.stay_totals(session, stay_id)
        tile = next(t for t in load_board(session).tiles if t.room_id == room_id)
        events = [(e.kind, e.from_state, e.to_state, e.user_id) for e in session.scalars(
            select(RoomStatusEvent).where(RoomStatusEvent.room_id == room_id).order_by(RoomStatusEvent.id))][-2:]
        [entry] = audits(session, "stay.check_out", stay_id)
        after = counts(session)
    assert (stay.state, stay.checked_out_at, stay.checked_out_by) == (StayState.CHECKED_OUT, NOON,
                                                                      actors["clerk2"].user_id)
    assert [(r.kind, r.method, r.amount, r.reference) for r in rows[2:]] == [
        (LineKind.PAYMENT, Method.MOBILE, D("288.00"), "WX-1"),
        (LineKind.DEPOSIT_APPLIED, Method.CASH, D("100.00"), ""),
    ]
    assert all(r.business_date == TODAY and r.user_id == actors["clerk2"].user_id for r in rows[2:])
    assert totals.balance == 0 and totals.deposit_held == 0
    assert (tile.occupied, tile.hk_state, tile.code) == (False, HkState.DIRTY, StatusCode.VD)
    uid = actors["clerk2"].user_id
    assert events == [(StatusEventKind.OCCUPANCY, "occupied", "vacant", uid),
                      (StatusEventKind.HOUSEKEEPING, "inspected", "dirty", uid)]
    assert entry.username == "clerk2" and number in entry.summary and "early" in entry.summary
    # Two lines, two folio audit entries, the check-out's own entry, two status events.
    assert (after.lines - before.lines, after.audits - before.audits, after.events - before.events) == (2, 3, 2)


def test_an_early_departure_frees_the_remaining_nights(empty_db: Database) -> None:
    hotel = small.small_hotel(empty_db, {"SK": 1})
    booked = small.book(empty_db, hotel.clerk, hotel.types["SK"], TODAY, 3)
    with empty_db.writing() as session:
        stay_id = checkin.check_in(session, hotel.clerk, reservation_id=booked.id, room_id=hotel.rooms["101"],
                                   registration=registration(), deposit=DepositInput(Method.CARD, "1200"))
    assert small.free(empty_db, hotel.types["SK"], TODAY, 4) == [0, 0, 0, 1]
    result = leave(empty_db, hotel.clerk, stay_id)
    assert result.deposit_refunded == ((Method.CARD, D("1200.00")),)
    assert small.free(empty_db, hotel.types["SK"], TODAY, 4) == [1, 1, 1, 1]
    with empty_db.reading() as session:
        stay = stay_row(session, stay_id)
        reservation = session.get_one(Reservation, booked.id)
        assert (stay.departure_date, stay.state) == (TODAY, StayState.CHECKED_OUT)
        assert reservation.state is ReservationState.CHECKED_OUT
    # The room is dirty: the next guest must wait for housekeeping.
    refused(empty_db, lambda s: checkin.check_in(s, hotel.clerk, registration=registration(),
                                                 room_id=hotel.rooms["101"], departure=day(1),
                                                 deposit=DepositInput(Method.CASH, "300")),
            RuleError, "Room 101 is dirty")


def test_a_demo_arrival_checks_in_and_out_the_same_day(demo_db: Database, actors: dict[str, Actor]) -> None:
    with demo_db.reading() as session:
        arrival = assigned_arrival(session)
        reservation_id, room = arrival.id, arrival.room_id
    with demo_db.writing() as session:
        stay_id = checkin.check_in(session, actors["clerk"], reservation_id=reservation_id, room_id=room,
                                   registration=registration(), kind=StayKind.COMPLIMENTARY)
    result = leave(demo_db, actors["clerk"], stay_id)
    assert (result.paid, result.deposit_applied, result.deposit_refunded) == (0, 0, ())
    with demo_db.reading() as session:
        assert session.get_one(Reservation, reservation_id).state is ReservationState.CHECKED_OUT
        assert room_of(session, room).hk_state is HkState.DIRTY


def test_a_bad_final_payment_is_refused(demo_db: Database, actors: dict[str, Actor], room_id: int) -> None:
    stay_id = stay_owing(demo_db, actors["clerk"], room_id)
    for amount, message in (("-288", "The payment cannot be negative"), ("288.001", "more than two decimals")):
        refused(demo_db, lambda s, a=amount: checkout.check_out(s, actors["clerk"], stay_id=stay_id,
                                                                 payments=[PaymentInput(Method.CASH, a)]),
                ValidationError, message, commit_after=False)
    refused(demo_db, lambda s: checkout.check_out(s, actors["housekeeping"], stay_id=stay_id),
            PermissionDeniedError, "may not work the front desk")
    leave(demo_db, actors["clerk"], stay_id, PaymentInput(Method.CASH, "150"), PaymentInput(Method.CARD, "138"))
    refused(demo_db, lambda s: checkout.check_out(s, actors["clerk"], stay_id=stay_id), RuleError,
            "This guest has checked out")
