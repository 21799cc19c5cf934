"""How many SQL statements one check-in issues. On PostgreSQL each is a round
trip, and a check-in must stay quick at the desk (issue 8: under 30 ms on a
local server, bench/multi.py). The bounds are what check-in issues today:
raise one only for a statement the check-in needs, and say which."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from sqlalchemy import event, select

from desk import clock
from desk.actor import Actor
from desk.db import Database
from desk.frontdesk import checkin
from desk.frontdesk.checkin import DepositInput
from desk.models import HkState, Method, Reservation, ReservationState, Room, Stay, StayState
from tests.desk.frontdesk_helpers import NOON, TODAY, free_room_of_type, registration, walk_in

# Settings; the reservation and the room (with its type), locked; out of order,
# occupied and promised elsewhere in one query; the guest; then the writes:
# guest, stay, status event, reservation, occupant, audit, deposit, audit.
FROM_A_RESERVATION = 13
# No reservation to lock or update, a new guest; the type locked and its free
# rooms counted (room types, out of order, reservations, stays).
WALK_IN = 16


@pytest.fixture(autouse=True)
def _noon() -> Iterator[None]:
    with clock.frozen(NOON):
        yield


@contextmanager
def statements(database: Database) -> Iterator[list[str]]:
    """The SQL statements sent while the block runs (SQLite's BEGIN left out:
    psycopg sends PostgreSQL's own without a cursor, so neither is counted)."""
    sent: list[str] = []

    def note(_connection: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if not statement.lstrip().upper().startswith("BEGIN"):
            sent.append(statement)

    event.listen(database.engine, "before_cursor_execute", note)
    try:
        yield sent
    finally:
        event.remove(database.engine, "before_cursor_execute", note)


def _check(sent: list[str], bound: int) -> None:
    # A money posting looks up the cashier shift open at the workstation (once a
    # session): allowed on top of the bound, but once only.
    shift_lookups = [s for s in sent if re.search(r"\bFROM shifts\b", s)]
    own = [s for s in sent if s not in shift_lookups]
    listing = "\n".join(f"  {s.split(chr(10))[0][:150]}" for s in sent)
    assert len(own) <= bound, f"check-in issued {len(own)} statements, at most {bound} expected:\n{listing}"
    assert len(shift_lookups) <= 1, f"the cashier shift was looked up {len(shift_lookups)} times:\n{listing}"


def test_a_check_in_from_a_reservation_stays_within_its_statements(demo_db: Database,
                                                                   actors: dict[str, Actor]) -> None:
    with demo_db.reading() as session:
        arrival = session.scalars(
            select(Reservation).join(Room, Room.id == Reservation.room_id)
            .where(Reservation.arrival == TODAY, Reservation.state == ReservationState.CONFIRMED,
                   Room.hk_state != HkState.DIRTY).order_by(Reservation.id)).first()
        assert arrival is not None
        reservation_id, room_id = arrival.id, arrival.room_id
    assert room_id is not None
    with statements(demo_db) as sent, demo_db.writing() as session:
        stay_id = checkin.check_in(session, actors["clerk"], registration=registration(), room_id=room_id,
                                   reservation_id=reservation_id, deposit=DepositInput(Method.CARD, "500"))
    _check(sent, FROM_A_RESERVATION)
    with demo_db.reading() as session:
        stay = session.get_one(Stay, stay_id)
        assert (stay.state, stay.reservation_id, stay.room_id) == (StayState.IN_HOUSE, reservation_id, room_id)


def test_a_walk_in_stays_within_its_statements(demo_db: Database, actors: dict[str, Actor]) -> None:
    with demo_db.reading() as session:
        type_id = session.scalars(select(Room.room_type_id).order_by(Room.id)).first()
        assert type_id is not None
        room_id = free_room_of_type(session, type_id)
    with statements(demo_db) as sent:
        stay_id = walk_in(demo_db, actors["clerk"], room_id)
    _check(sent, WALK_IN)
    with demo_db.reading() as session:
        assert session.get_one(Stay, stay_id).room_id == room_id
