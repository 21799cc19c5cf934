"""Shared by the cashier-shift tests: actors at other workstations, the rows a
refused shift action must not add or change, one day of money at the tests'
workstation with its figures worked out by hand, and the handover summary's
figures recomputed from the rows without desk.shifts. No Qt here."""

from __future__ import annotations

import socket
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk.actor import Actor
from desk.db import Database
from desk.errors import DeskError
from desk.frontdesk import checkout, folio
from desk.frontdesk.checkin import DepositInput
from desk.models import (
    AuditEntry,
    BlockKind,
    ChargeType,
    Complaint,
    ComplaintStatus,
    DutyEntry,
    FolioLine,
    Guarantee,
    Handover,
    HandoverItem,
    HkState,
    LineKind,
    Method,
    Reservation,
    ReservationState,
    Room,
    RoomBlock,
    Shift,
    Stay,
    StayState,
)
from tests.desk.demo_rooms import free_rooms
from tests.desk.frontdesk_helpers import NOON, in_session, walk_in
from tests.helpers.fixtures import TEST_WORKSTATION

D = Decimal
# The demo's own open shift is at this machine's name (an Actor's default workstation).
HOST = socket.gethostname()[:80] or "desk"
LATER = NOON + timedelta(hours=1)  # 13:00 at the hotel: still before the 18:00 hold time
ACTIVE_COMPLAINTS = {ComplaintStatus.OPEN, ComplaintStatus.IN_PROGRESS, ComplaintStatus.REOPENED}


def at(actor: Actor, workstation: str) -> Actor:
    """The same person signed in at another workstation."""
    return replace(actor, workstation=workstation)


def shift_at(session: Session, workstation: str = TEST_WORKSTATION) -> Shift:
    """The shift open (or handing over) at ``workstation``, detached."""
    shift = session.scalars(select(Shift).where(Shift.open_workstation == workstation)).one()
    session.expunge(shift)
    return shift


def shift_row(session: Session, shift_id: int) -> Shift:
    shift = session.get_one(Shift, shift_id)
    session.refresh(shift)
    session.expunge(shift)
    return shift


def handover_row(session: Session, handover_id: int) -> Handover:
    handover = session.get_one(Handover, handover_id)
    session.refresh(handover)
    session.expunge(handover)
    return handover


def carried(session: Session, handover_id: int) -> list[tuple[str, int]]:
    return [(i.kind.value, i.item_id) for i in session.scalars(
        select(HandoverItem).where(HandoverItem.handover_id == handover_id).order_by(HandoverItem.id))]


@dataclass(frozen=True)
class Snapshot:
    """Row counts of everything a shift action may write, and the states it may change."""

    counts: tuple[int, ...]
    shifts: tuple[tuple[Any, ...], ...]
    handovers: tuple[tuple[Any, ...], ...]
    duty: tuple[tuple[Any, ...], ...]


def snapshot(session: Session) -> Snapshot:
    def n(column: Any) -> int:
        return session.scalar(select(func.count(column))) or 0

    def rows(*columns: Any) -> tuple[tuple[Any, ...], ...]:
        return tuple(tuple(row) for row in session.execute(select(*columns).order_by(columns[0])))

    return Snapshot(
        (n(Shift.id), n(Handover.id), n(HandoverItem.id), n(DutyEntry.id), n(FolioLine.id), n(AuditEntry.id),
         n(Stay.id)),
        rows(Shift.id, Shift.state, Shift.open_workstation, Shift.closed_at),
        rows(Handover.id, Handover.state, Handover.accepted_by_id, Handover.incoming_count, Handover.disagreement,
             Handover.override_by_id, Handover.withdrawn_at),
        rows(DutyEntry.id, DutyEntry.closed_at, DutyEntry.report),
    )


def refused(database: Database, call: Callable[[Session], object], error: type[DeskError], match: str, *,
            commit_after: bool = True) -> DeskError:
    """``call`` must raise ``error`` (message matching ``match``) and change nothing.

    With ``commit_after`` the refusal is caught inside the transaction and the
    transaction committed anyway: the service itself wrote nothing. Without it
    the transaction is rolled back (as the window does with every refusal),
    the contract for services that write before they can decide.
    """
    with database.reading() as session:
        before = snapshot(session)
    if commit_after:
        with database.writing() as session, pytest.raises(error, match=match) as caught:
            call(session)
    else:
        with pytest.raises(error, match=match) as caught, database.writing() as session:
            call(session)
    with database.reading() as session:
        assert snapshot(session) == before
    return caught.value


def audit_actions(session: Session, after_id: int) -> list[tuple[str, str, int | None, str]]:
    """(action, user name, subject id, workstation) of the entries after ``after_id``."""
    return [(action, username, subject_id, workstation) for action, username, subject_id, workstation in
            session.execute(select(AuditEntry.action, AuditEntry.username, AuditEntry.subject_id,
                                   AuditEntry.workstation).where(AuditEntry.id > after_id).order_by(AuditEntry.id))]


def last_audit_id(session: Session) -> int:
    return session.scalar(select(func.coalesce(func.max(AuditEntry.id), 0))) or 0


# One day of money at the tests' workstation, where the fixture opened clerk2's
# shift with a float of 1000.00. What each line does to the drawer:
#   A: walk-in, cash deposit 300.00 ............................... +300.00
#      food 500.00 charged; paid 250.00 cash ...................... +250.00
#      paid 400.00 by card (not the drawer)
#      guest in credit by 150.00: refunded 100.00 in cash ......... -100.00
#      paid 80.00 cash, then the payment reversed ................. +80.00 -80.00
#   B: walk-in, card deposit 500.00; food 120.00; checked out: 120.00 of the
#      deposit applied, 380.00 refunded to the card (neither touches the drawer)
#   C: walk-in, cash deposit 300.00 ............................... +300.00
#      food 300.00; checked out: the deposit applied in full (no cash moves)
FLOAT = D("1000.00")
CASH_RECEIVED = D("850.00")  # 300 + 250 + 80 - 80 + 300
CASH_PAID_OUT = D("100.00")
EXPECTED_CASH = D("1750.00")
CARD_RECEIVED = D("900.00")  # 400 + 500
CARD_REFUNDED = D("380.00")


@dataclass(frozen=True)
class MoneyDay:
    stay_a: int
    stay_b: int
    stay_c: int
    reversed_line: int
    reversing_line: int


def charge(database: Database, actor: Actor, stay_id: int, amount: str) -> int:
    return in_session(database, lambda s: folio.post_charge(s, actor, stay_id=stay_id, charge_type=ChargeType.FOOD,
                                                             amount=amount))


def pay(database: Database, actor: Actor, stay_id: int, method: Method, amount: str) -> int:
    return in_session(database, lambda s: folio.post_payment(s, actor, stay_id=stay_id, method=method,
                                                              amount=amount))


def money_day(database: Database, clerk: Actor) -> MoneyDay:
    """The postings above, by ``clerk`` at the tests' workstation."""
    with database.reading() as session:
        room_a, room_b, room_c = free_rooms(session, HkState.INSPECTED, 3)
    stay_a = walk_in(database, clerk, room_a, nights=2)
    stay_b = walk_in(database, clerk, room_b, deposit=DepositInput(Method.CARD, "500.00", "POS-4471"))
    stay_c = walk_in(database, clerk, room_c)
    charge(database, clerk, stay_a, "500.00")
    pay(database, clerk, stay_a, Method.CASH, "250.00")
    pay(database, clerk, stay_a, Method.CARD, "400.00")
    in_session(database, lambda s: folio.refund(s, clerk, stay_id=stay_a, method=Method.CASH, amount="100.00",
                                                reason="Paid twice for the dinner"))
    reversed_line = pay(database, clerk, stay_a, Method.CASH, "80.00")
    reversing_line = in_session(database, lambda s: folio.reverse(s, clerk, line_id=reversed_line,
                                                                  reason="Posted to the wrong room"))
    charge(database, clerk, stay_b, "120.00")
    in_session(database, lambda s: checkout.check_out(s, clerk, stay_id=stay_b))
    charge(database, clerk, stay_c, "300.00")
    in_session(database, lambda s: checkout.check_out(s, clerk, stay_id=stay_c))
    return MoneyDay(stay_a, stay_b, stay_c, reversed_line, reversing_line)


# The handover summary's figures, from the rows.

@dataclass(frozen=True)
class Figures:
    arrivals: set[str]  # confirmation numbers
    departures: set[str]  # room numbers
    in_house: int
    vacant_dirty: set[str]
    out_of_order: set[str]
    deposits_held: dict[str, Decimal]
    duty_open: set[int]
    complaints_open: int
    complaints_overdue: int


def _overdue(c: Complaint, now: datetime) -> bool:
    def before(moment: datetime | None) -> bool:
        return moment is not None and moment.astimezone(UTC) < now

    active = c.status in ACTIVE_COMPLAINTS
    return ((active and before(c.due_at)) or (active and c.first_reply_at is None and before(c.first_reply_due_at))
            or (c.major and c.report_at is None and c.status is not ComplaintStatus.CLOSED
                and before(c.report_due_at)))


def figures(session: Session, today: date, now: datetime) -> Figures:
    """What the handover should say, worked out here without desk.shifts or the board."""
    confirmed = session.scalars(select(Reservation).where(Reservation.arrival == today,
                                                          Reservation.state == ReservationState.CONFIRMED)).all()

    def held_on(r: Reservation) -> bool:
        hold = r.hold_extended_until or r.hold_until
        return r.guarantee is not Guarantee.NONE or hold is None or hold.astimezone(UTC) > now

    arrivals = {r.confirmation for r in confirmed if held_on(r)}
    in_house_stays = session.execute(select(Stay.id, Stay.room_id, Stay.departure_date)
                                     .where(Stay.state == StayState.IN_HOUSE)).all()
    rooms = {r.id: r for r in session.scalars(select(Room).where(Room.active.is_(True)))}
    occupied = {room_id for _id, room_id, _dep in in_house_stays}
    blocks = {b.room_id: b.kind for b in session.scalars(select(RoomBlock).where(
        RoomBlock.returned_on.is_(None), RoomBlock.start_date <= today, RoomBlock.end_date > today))}
    held: dict[str, Decimal] = {}
    stay_ids = {stay_id for stay_id, _room, _dep in in_house_stays}
    for line in session.scalars(select(FolioLine).where(FolioLine.kind.in_(
            (LineKind.DEPOSIT, LineKind.DEPOSIT_APPLIED, LineKind.DEPOSIT_REFUND)))):
        if line.stay_id in stay_ids:
            sign = 1 if line.kind is LineKind.DEPOSIT else -1
            key = (line.method or Method.CASH).value
            held[key] = held.get(key, D("0.00")) + sign * line.amount
    complaints = session.scalars(select(Complaint)).all()
    return Figures(
        arrivals=arrivals,
        departures={rooms[room_id].number for _id, room_id, dep in in_house_stays if dep <= today},
        in_house=len(occupied & set(rooms)),
        vacant_dirty={r.number for r in rooms.values()
                      if r.hk_state is HkState.DIRTY and r.id not in occupied and r.id not in blocks},
        out_of_order={rooms[room_id].number for room_id, kind in blocks.items() if kind is BlockKind.OUT_OF_ORDER},
        deposits_held={k: v for k, v in held.items() if v},
        duty_open=set(session.scalars(select(DutyEntry.id).where(DutyEntry.closed_at.is_(None)))),
        complaints_open=sum(c.status in ACTIVE_COMPLAINTS for c in complaints),
        complaints_overdue=sum(_overdue(c, now) for c in complaints),
    )
