"""Shared by the front-desk tests: valid registrations, walk-ins and check-ins
with sensible defaults, the rows a refused action must not add, and the folio
recomputed from its rows without the code under test. No Qt here."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any, TypeVar

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session
from stdnum.cn import ric

from desk.actor import Actor
from desk.db import Database
from desk.errors import DeskError
from desk.frontdesk import checkin
from desk.frontdesk.checkin import DepositInput
from desk.frontdesk.registration import Registration
from desk.models import (
    AuditEntry,
    BlockKind,
    FolioLine,
    Guest,
    HkState,
    HotelSettings,
    IdType,
    LineKind,
    Method,
    Reservation,
    ReservationState,
    Room,
    RoomBlock,
    RoomMove,
    RoomStatusEvent,
    Stay,
    StayOccupant,
    StayState,
)
from tests.helpers.fixtures import DEMO_DATE

TODAY = DEMO_DATE
# Noon at the hotel (Shanghai) on TODAY: after the demo's morning, before the 18:00 hold time.
NOON = datetime(2026, 11, 20, 4, 0, tzinfo=UTC)
VALID_ID = "11010519491231002X"  # a well-known example resident ID (Beijing Chaoyang, born 1949-12-31)
CASH_300 = DepositInput(Method.CASH, "300.00")
T = TypeVar("T")


def day(offset: int) -> date:
    return TODAY + timedelta(days=offset)


def resident_id(born: str = "19800101", region: str = "310104", sequence: str = "123") -> str:
    """A resident ID number with a correct check digit (stdnum wants the number with a check digit slot)."""
    body = f"{region}{born}{sequence}"
    return body + ric.calc_check_digit(body + "0")


def registration(**changes: Any) -> Registration:
    base = Registration(name="Zhou Ming", phone="138 1234 5678", id_type=IdType.RESIDENT_ID, id_number=VALID_ID,
                        nationality="CHN", adults=1, children=0)
    return replace(base, **changes)


def walk_in(database: Database, actor: Actor, room_id: int, *, nights: int = 1,
            deposit: DepositInput | None = CASH_300, reg: Registration | None = None, **changes: Any) -> int:
    """Check a walk-in into the room for ``nights`` nights; returns the stay id.

    ``changes`` go to check_in (kind, rate, departure).
    """
    changes.setdefault("departure", day(nights))
    with database.writing() as session:
        return checkin.check_in(session, actor, registration=reg or registration(), room_id=room_id,
                                deposit=deposit, **changes)


def in_session(database: Database, call: Callable[[Session], T]) -> T:
    """Run ``call`` as one committed action."""
    with database.writing() as session:
        return call(session)


@dataclass(frozen=True)
class Counts:
    stays: int
    lines: int
    audits: int
    guests: int
    occupants: int
    events: int
    moves: int


def counts(session: Session) -> Counts:
    def n(column: Any) -> int:
        return session.scalar(select(func.count(column))) or 0

    return Counts(n(Stay.id), n(FolioLine.id), n(AuditEntry.id), n(Guest.id), n(StayOccupant.id),
                  n(RoomStatusEvent.id), n(RoomMove.id))


def refused(database: Database, call: Callable[[Session], object], error: type[DeskError], match: str, *,
            commit_after: bool = True) -> DeskError:
    """``call`` must raise ``error`` (message matching ``match``) and leave no row behind.

    With ``commit_after`` the caller catches the refusal inside the transaction
    and commits anyway (as the booking tests do): the service itself must not
    have written anything. Without it the transaction is rolled back, which is
    the contract for services that post before they can decide (check-out).
    """
    with database.reading() as session:
        before = counts(session)
    if commit_after:
        with database.writing() as session, pytest.raises(error, match=match) as caught:
            call(session)
    else:
        with pytest.raises(error, match=match) as caught, database.writing() as session:
            call(session)
    with database.reading() as session:
        assert counts(session) == before
    return caught.value


def listed_rooms(message: str) -> list[str]:
    """The room numbers after 'Ready rooms of this type:' in a refusal."""
    found = re.search(r"Ready rooms of this type: ([^.]*)\.", message)
    assert found, f"no ready rooms offered in: {message}"
    return [n.strip() for n in found.group(1).split(",") if n.strip() not in ("", "—")]


def ready_now(session: Session, type_id: int, *, inspected_only: bool = False) -> set[str]:
    """Rooms of the type a guest could walk into tonight, worked out from the rows."""
    today = session.get_one(HotelSettings, 1).business_date
    occupied = set(session.scalars(select(Stay.room_id).where(Stay.state == StayState.IN_HOUSE)))
    blocked = set(session.scalars(select(RoomBlock.room_id).where(
        RoomBlock.kind == BlockKind.OUT_OF_ORDER, RoomBlock.returned_on.is_(None), RoomBlock.start_date <= today,
        RoomBlock.end_date > today)))
    promised = set(session.scalars(select(Reservation.room_id).where(
        Reservation.state == ReservationState.CONFIRMED, Reservation.room_id.is_not(None),
        Reservation.arrival <= today, Reservation.departure > today)))
    wanted = {HkState.INSPECTED} if inspected_only else {HkState.INSPECTED, HkState.CLEAN}
    return {r.number for r in session.scalars(select(Room).where(Room.room_type_id == type_id))
            if r.hk_state in wanted and r.id not in occupied | blocked | promised}


def free_room_of_type(session: Session, type_id: int, state: HkState = HkState.INSPECTED) -> int:
    """A vacant room of the type in ``state``, promised to nobody and never blocked."""
    busy = (set(session.scalars(select(Stay.room_id).where(Stay.state == StayState.IN_HOUSE)))
            | set(session.scalars(select(Reservation.room_id).where(Reservation.room_id.is_not(None))))
            | set(session.scalars(select(RoomBlock.room_id).where(RoomBlock.returned_on.is_(None)))))
    room_id = session.scalar(select(Room.id).where(Room.room_type_id == type_id, Room.hk_state == state,
                                                   Room.id.not_in(busy)).order_by(Room.id).limit(1))
    assert room_id is not None, f"no free {state} room of type {type_id}"
    return room_id


def set_need_inspected(database: Database, value: bool) -> None:
    with database.writing() as session:
        session.get_one(HotelSettings, 1).arrivals_need_inspected = value


def room_of(session: Session, room_id: int) -> Room:
    return session.get_one(Room, room_id)


def stay_row(session: Session, stay_id: int) -> Stay:
    """The stay, detached so it can be read after the session is gone."""
    stay = session.get_one(Stay, stay_id)
    session.refresh(stay)
    session.expunge(stay)
    return stay


def _detached(session: Session, rows: list[T]) -> list[T]:
    for row in rows:
        session.expunge(row)
    return rows


def line_rows(session: Session, stay_id: int) -> list[FolioLine]:
    """The stay's folio lines in posting order, detached."""
    return _detached(session, list(session.scalars(select(FolioLine).where(FolioLine.stay_id == stay_id)
                                                   .order_by(FolioLine.id))))


@dataclass(frozen=True)
class Ledger:
    """A folio summed from its rows, independently of desk.frontdesk.folio.totals."""

    charges: Decimal
    payments: Decimal
    refunds: Decimal
    deposits: Decimal
    applied: Decimal
    deposit_refunds: Decimal

    @property
    def balance(self) -> Decimal:
        return self.charges - self.payments + self.refunds - self.applied

    @property
    def held(self) -> Decimal:
        return self.deposits - self.applied - self.deposit_refunds


def ledger(session: Session, stay_id: int) -> Ledger:
    sums = {kind: Decimal("0.00") for kind in LineKind}
    for kind, amount in session.execute(select(FolioLine.kind, FolioLine.amount)
                                        .where(FolioLine.stay_id == stay_id)):
        sums[kind] += amount
    return Ledger(sums[LineKind.CHARGE], sums[LineKind.PAYMENT], sums[LineKind.REFUND], sums[LineKind.DEPOSIT],
                  sums[LineKind.DEPOSIT_APPLIED], sums[LineKind.DEPOSIT_REFUND])


def audits(session: Session, action: str, subject_id: int | None = None) -> list[AuditEntry]:
    """The entries of ``action`` (on ``subject_id``), oldest first, detached."""
    query = select(AuditEntry).where(AuditEntry.action == action)
    if subject_id is not None:
        query = query.where(AuditEntry.subject_id == subject_id)
    return _detached(session, list(session.scalars(query.order_by(AuditEntry.id))))
