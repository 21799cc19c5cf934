"""Two workstations at once: opening a shift at one desk from two sessions, and
a handover racing a payment. On PostgreSQL the services lock rows (the hotel
settings row while shifts open and close, the shift row while money is posted
into it); on SQLite write transactions queue up. Each side runs on its own
engine in its own thread."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from decimal import Decimal

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from desk import clock
from desk.actor import Actor
from desk.db import Database
from desk.errors import DeskError, RuleError
from desk.frontdesk import folio
from desk.models import HkState, Method, Shift
from desk.shifts import handover, shifts
from tests.desk.demo_rooms import free_rooms
from tests.desk.frontdesk_helpers import NOON, walk_in
from tests.desk.shift_helpers import at, handover_row

D = Decimal


@pytest.fixture(autouse=True)
def _noon() -> Iterator[None]:
    with clock.frozen(NOON):
        yield


def _in_thread(database: Database, call: Callable[[Session], object], results: dict[str, object], key: str,
               started: threading.Event | None = None, hold: float = 0.0) -> threading.Thread:
    """Run ``call`` as one action on its own engine in a thread; keep what it returned or raised.
    With ``started``, signal once the action has done its work and hold the
    transaction open ``hold`` seconds before committing."""

    def work() -> None:
        own = Database(database.url)
        try:
            with own.writing() as session:
                result = call(session)
                if started is not None:
                    started.set()
                    time.sleep(hold)
            results[key] = result
        except Exception as error:  # the test looks at what it was
            results[key] = error
            if started is not None:
                started.set()
        finally:
            own.dispose()

    thread = threading.Thread(target=work)
    thread.start()
    return thread


def test_two_clerks_opening_a_shift_at_one_workstation_while_the_first_commits(
    demo_db: Database, actors: dict[str, Actor]
) -> None:
    results: dict[str, object] = {}
    first_done = threading.Event()
    first = _in_thread(demo_db, lambda s: shifts.open_shift(s, at(actors["clerk"], "race-ws"), float_total="500"),
                       results, "first", first_done, hold=0.6)
    assert first_done.wait(30)
    began = time.monotonic()
    second = _in_thread(demo_db, lambda s: shifts.open_shift(s, at(actors["clerk2"], "race-ws"),
                                                             float_total="500"), results, "second")
    first.join(30)
    second.join(30)
    assert isinstance(results["first"], int)
    assert isinstance(results["second"], DeskError), repr(results["second"])
    assert "Wang Fang already has a shift open at this workstation" in str(results["second"])
    assert time.monotonic() - began >= 0.3  # the second waited for the first to commit
    with demo_db.reading() as session:
        assert [s.id for s in session.scalars(select(Shift).where(Shift.workstation == "race-ws"))] == [
            results["first"]]


@pytest.mark.parametrize("round_", range(4))
def test_two_clerks_opening_a_shift_at_one_workstation_at_the_same_moment(
    demo_db: Database, actors: dict[str, Actor], round_: int
) -> None:
    results: dict[str, object] = {}
    barrier = threading.Barrier(2)
    workstation = f"race-{round_}"

    def opening(actor: Actor) -> Callable[[Session], object]:
        def call(session: Session) -> object:
            barrier.wait(10)
            return shifts.open_shift(session, at(actor, workstation), float_total="500")
        return call

    threads = [_in_thread(demo_db, opening(actors[name]), results, name) for name in ("clerk", "clerk2")]
    for thread in threads:
        thread.join(60)
    outcomes = sorted(type(value).__name__ for value in results.values())
    assert len(results) == 2
    winners = [v for v in results.values() if isinstance(v, int)]
    losers = [v for v in results.values() if not isinstance(v, int)]
    assert len(winners) == 1 and len(losers) == 1, outcomes
    assert isinstance(losers[0], RuleError), repr(losers[0])
    assert "already has a shift open at this workstation" in str(losers[0])
    with demo_db.reading() as session:
        assert [s.id for s in session.scalars(select(Shift).where(Shift.workstation == workstation))] == winners


def test_a_handover_waits_for_a_payment_in_flight_and_counts_it(demo_db: Database,
                                                                actors: dict[str, Actor]) -> None:
    with demo_db.reading() as session:
        [room_id] = free_rooms(session, HkState.INSPECTED)
    stay_id = walk_in(demo_db, actors["clerk"], room_id)  # a cash deposit of 300.00: expected 1300.00
    results: dict[str, object] = {}
    paid = threading.Event()
    payment = _in_thread(demo_db, lambda s: folio.post_payment(s, actors["clerk"], stay_id=stay_id,
                                                               method=Method.CASH, amount="70.00"),
                         results, "payment", paid, hold=0.6)
    assert paid.wait(30)
    # Counted with the payment: without it this would be 70.00 over and refused for want of an explanation.
    closing = _in_thread(demo_db, lambda s: handover.hand_over(s, actors["clerk2"], counted_total="1370.00",
                                                               float_handed_over="1000"),
                         results, "handover")
    payment.join(30)
    closing.join(30)
    handover_id = results["handover"]
    assert isinstance(results["payment"], int), repr(results["payment"])
    assert isinstance(handover_id, int), repr(handover_id)
    with demo_db.reading() as session:
        row = handover_row(session, handover_id)
    assert (row.cash_received, row.expected_cash, row.difference) == (D("370.00"), D("1370.00"), D("0.00"))


def test_a_payment_waits_for_a_handover_in_flight_and_is_refused(demo_db: Database,
                                                                 actors: dict[str, Actor]) -> None:
    with demo_db.reading() as session:
        [room_id] = free_rooms(session, HkState.INSPECTED)
    stay_id = walk_in(demo_db, actors["clerk"], room_id)
    results: dict[str, object] = {}
    handed = threading.Event()
    closing = _in_thread(demo_db, lambda s: handover.hand_over(s, actors["clerk2"], counted_total="1300.00",
                                                               float_handed_over="1000"),
                         results, "handover", handed, hold=0.6)
    assert handed.wait(30)
    payment = _in_thread(demo_db, lambda s: folio.post_payment(s, actors["clerk"], stay_id=stay_id,
                                                               method=Method.CASH, amount="70.00"),
                         results, "payment")
    closing.join(30)
    payment.join(30)
    assert isinstance(results["handover"], int), repr(results["handover"])
    assert isinstance(results["payment"], RuleError), repr(results["payment"])
    assert "This shift is being handed over" in str(results["payment"])
