"""Shared by the day-close tests: a small inn whose checklist is empty, a busy
day on the demo hotel (payments, a reversal, a refund, a deposit, a check-out
and a shift handed over short), and the moment the night audit runs. No Qt."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk import auth, clock
from desk.actor import Actor
from desk.db import Database
from desk.frontdesk import checkout, folio
from desk.hotel import RoomSpec, RoomTypeSpec, create_hotel
from desk.models import (
    BlockKind,
    ChargeType,
    Guarantee,
    Guest,
    HkState,
    Method,
    Reservation,
    ReservationState,
    Role,
    Room,
    RoomBlock,
    RoomType,
    Stay,
    StayKind,
    StayState,
)
from desk.shifts import handover
from tests.helpers.fixtures import DEMO_DATE, TEST_WORKSTATION

TODAY = DEMO_DATE
# 23:00 at the hotel (Shanghai) on TODAY: the night audit, after the 18:00 hold time.
NIGHT = datetime(2026, 11, 20, 15, 0, tzinfo=UTC)


@dataclass(frozen=True)
class Inn:
    manager: Actor
    clerk: Actor
    rooms: dict[str, int]  # number -> id
    stays: dict[str, int]  # "paid1", "paid2", "arrived", "comp", "house", "left" -> stay id
    guaranteed: int  # a guaranteed reservation that did not arrive


def build_inn(database: Database) -> Inn:
    """Eight rooms on TODAY: three paid stays (one arrived today), a complimentary
    and a house-use stay, one guest who left today, a room out of order, a
    vacant room, and a guaranteed arrival that never came. Nothing is open on
    the checklist."""
    with clock.frozen(NIGHT - timedelta(hours=12)), database.writing() as session:
        create_hotel(session, None, name="Test Inn", business_date=TODAY,
                     room_types=[RoomTypeSpec("SK", "Standard King", Decimal("300.00"), 2),
                                 RoomTypeSpec("DK", "Deluxe King", Decimal("400.00"), 2)],
                     rooms=[RoomSpec(f"10{n}", 1, "DK" if n == 3 else "SK") for n in range(1, 9)])
        manager = auth.create_first_manager(session, username="boss", full_name="Ma Li", password="secret99")
        row = auth.create_user(session, manager, username="clerk", full_name="Wang Fang", role=Role.CLERK,
                               password="secret99")
        clerk = Actor(row.id, row.username, row.full_name, row.role, TEST_WORKSTATION)
        manager = Actor(manager.user_id, manager.username, manager.full_name, manager.role, TEST_WORKSTATION)
        rooms = {room.number: room.id for room in session.scalars(select(Room))}
        stays = {}
        specs = (("paid1", "101", -1, 1, StayKind.NORMAL, "300.00", StayState.IN_HOUSE),
                 ("arrived", "102", 0, 2, StayKind.NORMAL, "300.00", StayState.IN_HOUSE),
                 ("paid2", "103", -2, 1, StayKind.NORMAL, "400.00", StayState.IN_HOUSE),
                 ("comp", "104", -1, 2, StayKind.COMPLIMENTARY, "0.00", StayState.IN_HOUSE),
                 ("house", "105", -1, 3, StayKind.HOUSE_USE, "0.00", StayState.IN_HOUSE),
                 ("left", "106", -2, 0, StayKind.NORMAL, "300.00", StayState.CHECKED_OUT))
        now = clock.now()
        for key, number, arrival, departure, kind, rate, state in specs:
            guest = Guest(name=f"Guest {number}", phone="+8613800138000", created_at=now)
            session.add(guest)
            session.flush()
            stay = Stay(guest_id=guest.id, room_id=rooms[number], arrival_date=TODAY + timedelta(days=arrival),
                        departure_date=TODAY + timedelta(days=departure), adults=2, state=state, kind=kind,
                        rate=Decimal(rate), checked_in_at=now + timedelta(days=arrival),
                        checked_out_at=now if state is StayState.CHECKED_OUT else None)
            session.add(stay)
            session.flush()
            stays[key] = stay.id
            session.get_one(Room, rooms[number]).hk_state = HkState.CLEAN
        session.add(RoomBlock(room_id=rooms["107"], kind=BlockKind.OUT_OF_ORDER, reason="leaking tap",
                              start_date=TODAY, end_date=TODAY + timedelta(days=2), return_state=HkState.DIRTY,
                              created_by=manager.user_id, created_at=now))
        guest = Guest(name="Late Guest", phone="+8613900139000", created_at=now)
        session.add(guest)
        session.flush()
        sk = session.scalars(select(RoomType).where(RoomType.code == "SK")).one()
        reservation = Reservation(confirmation="G0001", guest_id=guest.id, room_type_id=sk.id, arrival=TODAY,
                                  departure=TODAY + timedelta(days=2), state=ReservationState.CONFIRMED,
                                  created_at=now, rate=Decimal("350.00"), guarantee=Guarantee.CARD)
        session.add(reservation)
        session.flush()
        return Inn(manager, clerk, rooms, stays, reservation.id)


def stay_with(session: Session, *, due_out: bool) -> Stay:
    """A paid in-house stay of the demo, due out today or not, with a deposit still held."""
    for stay in session.scalars(select(Stay).where(Stay.state == StayState.IN_HOUSE, Stay.kind == StayKind.NORMAL)
                                .order_by(Stay.id)):
        if (stay.departure_date <= TODAY) == due_out and folio.held_deposits(session, stay.id):
            return stay
    raise AssertionError("the demo has no such stay")


def busy_day(database: Database, actors: dict[str, Actor]) -> None:
    """Money of every kind on the demo's business date, posted through the
    services by clerk2 at the tests' workstation; then clerk2 hands over 20.00
    short and clerk accepts."""
    clerk = actors["clerk2"]
    with clock.frozen(NIGHT - timedelta(hours=4)), database.writing() as session:
        staying = stay_with(session, due_out=False)
        folio.post_payment(session, clerk, stay_id=staying.id, method=Method.CASH, amount="500.00")
        card = folio.post_payment(session, clerk, stay_id=staying.id, method=Method.CARD, amount="180.00",
                                  reference="POS123456")
        folio.post_payment(session, clerk, stay_id=staying.id, method=Method.MOBILE, amount="200.00")
        folio.post_charge(session, clerk, stay_id=staying.id, charge_type=ChargeType.MINIBAR, amount="45.00",
                          description="Water and nuts")
        folio.reverse(session, clerk, line_id=card, reason="Wrong card")
        folio.take_deposit(session, clerk, stay_id=staying.id, method=Method.TRANSFER, amount="800.00",
                           reference="TT-889")
        # Paid 150.00 over the bill, and 100.00 of it given back.
        balance = folio.stay_totals(session, staying.id).balance
        if balance > Decimal("-150.00"):
            folio.post_payment(session, clerk, stay_id=staying.id, method=Method.CASH,
                               amount=str(balance + Decimal("150.00")))
        folio.refund(session, clerk, stay_id=staying.id, method=Method.CASH, amount="100.00", reason="Paid twice")
        leaving = stay_with(session, due_out=True)
        owed = folio.stay_totals(session, leaving.id).balance - sum(
            (d.amount for d in folio.held_deposits(session, leaving.id)), Decimal("0.00"))
        payments = [checkout.PaymentInput(Method.CASH, str(owed))] if owed > 0 else []
        checkout.check_out(session, clerk, stay_id=leaving.id, payments=payments)
    with clock.frozen(NIGHT - timedelta(hours=3)), database.writing() as session:
        expected = handover.preview(session, clerk).expected_cash
        handover_id = handover.hand_over(session, clerk, counted_total=expected - Decimal("20.00"),
                                         float_handed_over=Decimal("1000.00"),
                                         notes_issues="20.00 short: change given twice")
    with clock.frozen(NIGHT - timedelta(hours=3) + timedelta(minutes=5)), database.writing() as session:
        handover.accept(session, actors["clerk"], handover_id=handover_id, counted_total="1000.00")
