"""Several workstations on one hotel at once.

- The hammer: four processes (tests/desk/multistation_worker.py), each with its
  own connection, book the last rooms, cancel, assign rooms, check guests in and
  out, mark rooms clean or dirty and post charges and payments for 30 seconds,
  on SQLite (one WAL file) and on PostgreSQL when DESK_TEST_POSTGRES_URL is set.
  Afterwards the database must hold: no room twice on one night, no type-night
  sold beyond its rooms, every folio equal to the sum of the lines the stations
  were told were posted (nothing lost, nothing extra), every confirmed action's
  audit entries and nothing of a refused one, and every refusal a DeskError with
  a message.
- Races pinned down on PostgreSQL: two transactions held at a chosen statement
  (an event hook on one engine) so that the interleaving is certain, not lucky.
  (Each of them caught a real race or deadlock before its fix.)
- Stale edits: a save based on an old look is refused with a message.
"""

from __future__ import annotations

import inspect
import json
import os
import subprocess
import sys
import threading
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, func, select, text

from desk import auth, clock, migrate
from desk.actor import Actor
from desk.db import Database
from desk.errors import DeskError, FullError, RuleError, StaleDataError
from desk.frontdesk import checkin, checkout, folio, stays
from desk.frontdesk.queries import stay_view
from desk.frontdesk.registration import Registration
from desk.models import (
    AuditEntry,
    FolioLine,
    HkState,
    IdType,
    LineKind,
    Method,
    Reservation,
    ReservationState,
    Role,
    Room,
    RoomStatusEvent,
    StatusEventKind,
    Stay,
    StayKind,
    StayState,
    User,
)
from desk.reservations import booking, rooms
from desk.reservations.availability import availability, stay_end
from desk.rooms import status
from desk.shifts import shifts
from tests.desk.reservation_helpers import MORNING, PASSWORD, TODAY, build_small_hotel, day, details, free

ROOT = Path(__file__).resolve().parents[2]
PG_URL = os.environ.get("DESK_TEST_POSTGRES_URL")
HAMMER_SECONDS = 30
STATIONS = ("clerk", "clerk2", "clerk3", "clerk4")
WINDOW = 5  # the hammer books nights from TODAY to TODAY + WINDOW - 1
ROOMS = {"SK": 5, "DK": 4, "FS": 3}
ON_POSTGRES = [pytest.mark.postgres, pytest.mark.skipif(not PG_URL, reason="no PostgreSQL server (test.sh starts one)")]


def fresh_postgres() -> Database:
    assert PG_URL is not None
    database = Database(PG_URL)
    with database.engine.begin() as connection:
        connection.execute(text("DROP SCHEMA public CASCADE"))
        connection.execute(text("CREATE SCHEMA public"))
    migrate.upgrade(database)
    return database


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=ON_POSTGRES)])
def database(request: pytest.FixtureRequest, empty_db: Database) -> Iterator[Database]:
    if request.param == "sqlite":
        yield empty_db
        return
    pg = fresh_postgres()
    yield pg
    pg.dispose()


@pytest.fixture
def pg() -> Iterator[Database]:
    if not PG_URL:
        pytest.skip("no PostgreSQL server (test.sh starts one)")
    database = fresh_postgres()
    yield database
    database.dispose()


# -- the hammer --------------------------------------------------------------------------------------------


def hammer_hotel(database: Database) -> dict[str, Any]:
    """12 rooms in three types, four clerks, a third of the rooms dirty: the plan the stations read."""
    with clock.frozen(MORNING), database.writing() as session:
        hotel = build_small_hotel(session, ROOMS)
        for username in STATIONS[2:]:
            auth.create_user(session, hotel.manager, username=username, full_name=f"Clerk {username}",
                             role=Role.CLERK, password=PASSWORD)
        for username in STATIONS:  # each station's cashier shift, as its clerk opened it on arrival
            user = session.scalars(select(User).where(User.username == username)).one()
            shifts.open_shift(session, auth.actor_for(user, f"WS-{username}"), float_total="500.00")
        all_rooms = list(session.scalars(select(Room).order_by(Room.id)))
        for room in all_rooms[::3]:
            room.hk_state = HkState.DIRTY
        initial = {str(r.id): r.hk_state.value for r in all_rooms}
        by_type: dict[str, list[int]] = defaultdict(list)
        for room in all_rooms:
            by_type[str(room.room_type_id)].append(room.id)
    return {"moment": MORNING.isoformat(), "today": TODAY.isoformat(), "window": WINDOW, "types": hotel.types,
            "rooms_by_type": by_type, "initial_hk": initial}


def run_stations(database: Database, work: Path, plan: dict[str, Any], seconds: float) -> dict[str, dict[str, Any]]:
    work.mkdir()
    (work / "plan.json").write_text(json.dumps(plan))
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("DESK_DATABASE_URL", None)
    url = database.engine.url.render_as_string(hide_password=False)
    database.dispose()  # SQLite: no connection of ours holds the file meanwhile
    workers = {
        name: subprocess.Popen([sys.executable, "-m", "tests.desk.multistation_worker", url, str(work), name, name,
                                PASSWORD, str(seconds), str(i + 1)],
                               cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for i, name in enumerate(STATIONS)
    }
    try:
        deadline = time.monotonic() + 60
        while not all((work / f"ready-{name}").exists() for name in workers):
            for name, worker in workers.items():
                if worker.poll() is not None:
                    pytest.fail(f"{name} stopped before the start:\n{worker.communicate()[1]}")
            assert time.monotonic() < deadline, "the stations did not get ready"
            time.sleep(0.02)
        (work / "go.tmp").write_text(repr(time.time() + 0.2))
        (work / "go.tmp").replace(work / "go")
        results = {}
        for name, worker in workers.items():
            _out, err = worker.communicate(timeout=seconds + 90)
            assert worker.returncode == 0, f"{name} crashed:\n{err}"
            results[name] = json.loads((work / f"result-{name}.json").read_text())
        return results
    finally:
        for worker in workers.values():
            if worker.poll() is None:
                worker.kill()
                worker.wait()


def summary(results: dict[str, dict[str, Any]]) -> dict[str, Counter[str]]:
    """Outcomes per action over all stations: {"book": {"ok": 120, "FullError": 300}, ...}."""
    total: dict[str, Counter[str]] = defaultdict(Counter)
    for result in results.values():
        for action, counts in result["counts"].items():
            total[action].update(counts)
    return total


def folio_ledger(results: dict[str, dict[str, Any]]) -> dict[int, dict[str, Decimal]]:
    ledger: dict[int, dict[str, Decimal]] = defaultdict(lambda: defaultdict(Decimal))
    for result in results.values():
        for stay_id, sums in result["folio"].items():
            for kind, amount in sums.items():
                ledger[int(stay_id)][kind] += Decimal(amount)
    return ledger


def refusal_problems(results: dict[str, dict[str, Any]]) -> list[str]:
    """Attempts that failed with anything but a DeskError, or with an empty message."""
    found: list[str] = []
    for name, result in results.items():
        kinds = Counter(f"{u['action']}: {u['error']}: {u['message'].splitlines()[0]}" for u in result["unexpected"])
        found += [f"{name}: {n} x {what}" for what, n in kinds.most_common()]
        found += [f"{name}: a refusal without a message: {e}" for e in result["empty_messages"]]
    first = next((u for r in results.values() for u in r["unexpected"]), None)
    if first is not None:
        found.append(f"the first one:\n{first['message']}\n{first['traceback']}")
    return found


def problems(database: Database, results: dict[str, dict[str, Any]], plan: dict[str, Any]) -> list[str]:
    """Everything wrong with the hotel's data after the stations are done (empty: all is well)."""
    found: list[str] = []
    today = date.fromisoformat(plan["today"])
    with clock.frozen(MORNING), database.reading() as session:
        # Never more rooms sold than exist, and nobody overbooked.
        grid = availability(session, today, int(plan["window"]) + 1)
        found += [f"{t.code} on {night}: {grid.cell(t.id, night)} (free {grid.free(t.id, night)})"
                  for t in grid.types for night in grid.nights if grid.free(t.id, night) < 0]
        overbooked = session.scalar(select(func.count()).where(Reservation.overbooking_reason != "")) or 0
        if overbooked:
            found.append(f"{overbooked} reservations carry an overbooking reason; no station overbooked")
        # Never two stays or reservations on one room for one night.
        taken: Counter[tuple[int, date]] = Counter()
        in_house = session.execute(select(Stay.id, Stay.room_id, Stay.arrival_date, Stay.departure_date,
                                          Stay.reservation_id).where(Stay.state == StayState.IN_HOUSE)).all()
        for _id, room_id, arrival, departure, _res in in_house:
            stop = stay_end(departure, today)
            taken.update((room_id, arrival + timedelta(days=i)) for i in range((stop - arrival).days))
        assigned = session.execute(select(Reservation.room_id, Reservation.arrival, Reservation.departure).where(
            Reservation.state == ReservationState.CONFIRMED, Reservation.room_id.is_not(None))).all()
        for room_id, arrival, departure in assigned:
            taken.update((room_id, arrival + timedelta(days=i)) for i in range((departure - arrival).days))
        found += [f"room id {room} has {n} guests or reservations on {night}" for (room, night), n in taken.items()
                  if n > 1]
        # A checked-in reservation is in house in the stay's room, once.
        per_reservation = Counter(r for *_rest, r in in_house if r is not None)
        found += [f"reservation {r} has {n} stays" for r, n in per_reservation.items() if n > 1]
        for stay_id, room_id, _a, _d, reservation_id in in_house:
            if reservation_id is None:
                continue
            state, res_room = session.execute(select(Reservation.state, Reservation.room_id)
                                              .where(Reservation.id == reservation_id)).one()
            if state is not ReservationState.IN_HOUSE or res_room != room_id:
                found.append(f"stay {stay_id} in room id {room_id}: its reservation is {state} in room id {res_room}")
        # Every confirmed booking and check-in is there; nothing else is.
        confirmations = set(session.scalars(select(Reservation.confirmation)))
        booked = [c for result in results.values() for c in result["booked"]]
        if set(booked) != confirmations or len(booked) != len(confirmations):
            missing, extra = sorted(set(booked) - confirmations)[:5], sorted(confirmations - set(booked))[:5]
            found.append(f"{len(booked)} bookings confirmed to the stations, {len(confirmations)} in the database; "
                         f"missing {missing}, extra {extra}")
        stay_ids = set(session.scalars(select(Stay.id)))
        checked_in = [s for result in results.values() for s in result["checked_in"]]
        if set(checked_in) != stay_ids or len(checked_in) != len(stay_ids):
            found.append(f"{len(checked_in)} check-ins confirmed, {len(stay_ids)} stays in the database")
        # Folios: the database's lines sum to exactly what the stations were told was posted.
        ledger = folio_ledger(results)
        posted: dict[int, dict[str, Decimal]] = defaultdict(lambda: defaultdict(Decimal))
        for stay_id, kind, amount in session.execute(
                select(FolioLine.stay_id, FolioLine.kind, func.sum(FolioLine.amount))
                .group_by(FolioLine.stay_id, FolioLine.kind)):
            posted[stay_id][kind.value] += Decimal(amount)
        for stay_id in sorted(set(ledger) | set(posted)):
            want = {k: v for k, v in ledger[stay_id].items() if v}
            have = {k: v for k, v in posted[stay_id].items() if v}
            if want != have:
                found.append(f"stay {stay_id}: lines sum to {have}, the stations posted {want}")
            totals = folio.stay_totals(session, stay_id)
            sums = posted[stay_id]
            balance = (sums[LineKind.CHARGE.value] - sums[LineKind.PAYMENT.value] + sums[LineKind.REFUND.value]
                       - sums[LineKind.DEPOSIT_APPLIED.value])
            if totals.balance != balance:
                found.append(f"stay {stay_id}: balance {totals.balance}, its lines give {balance}")
        for stay_id in session.scalars(select(Stay.id).where(Stay.state == StayState.CHECKED_OUT)):
            totals = folio.stay_totals(session, stay_id)
            if totals.balance != 0 or totals.deposit_held != 0:
                found.append(f"stay {stay_id} checked out with balance {totals.balance}, "
                             f"deposit held {totals.deposit_held}")
        # Every confirmed action left its audit entries; refused ones left none.
        entries = Counter((ws, action) for ws, action in session.execute(
            select(AuditEntry.workstation, AuditEntry.action)
            .where(AuditEntry.action.not_in(("user.login", "shift.open")), AuditEntry.workstation.like("WS-%"))))
        expected = Counter({(f"WS-{name}", action): n for name, result in results.items()
                            for action, n in result["audit"].items() if n})
        if entries != expected:
            found.append(f"audit entries differ from the confirmed actions: in the database only "
                         f"{dict(entries - expected)}, confirmed only {dict(expected - entries)}")
        # A room's housekeeping state is the end of its unbroken chain of events.
        initial: dict[str, str] = plan["initial_hk"]
        chain: dict[int, str] = {int(k): v for k, v in initial.items()}
        for event_id, room_id, old, new in session.execute(
                select(RoomStatusEvent.id, RoomStatusEvent.room_id, RoomStatusEvent.from_state,
                       RoomStatusEvent.to_state).where(RoomStatusEvent.kind == StatusEventKind.HOUSEKEEPING)
                .order_by(RoomStatusEvent.id)):
            if old != chain[room_id]:
                found.append(f"room id {room_id}: event {event_id} says {old} -> {new}, but it was {chain[room_id]}")
            chain[room_id] = new
        for room in session.scalars(select(Room)):
            if room.hk_state.value != chain[room.id]:
                found.append(f"room {room.number} is {room.hk_state.value}, its events end at {chain[room.id]}")
    return found


def report(results: dict[str, dict[str, Any]], backend: str) -> str:
    lines = [f"hammer on {backend}: {len(results)} stations"]
    messages: dict[str, Counter[str]] = defaultdict(Counter)
    for result in results.values():
        for action, heard in result["messages"].items():
            messages[action].update(heard)
    for action, counts in sorted(summary(results).items()):
        lines.append(f"  {action:<10} " + ", ".join(f"{k} {v}" for k, v in counts.most_common()))
        lines += [f"      {n:>4} x {message[:110]}" for message, n in messages[action].most_common(2)]
    busy = [r["busy"] / (r["ended"] - r["started"]) for r in results.values()]
    lines.append("  time in transactions: " + ", ".join(f"{b:.0%}" for b in busy))
    return "\n".join(lines)


@dataclass(frozen=True)
class Hammered:
    backend: str
    results: dict[str, dict[str, Any]]
    found: list[str]  # what is wrong with the data afterwards

    @property
    def report(self) -> str:
        return report(self.results, self.backend)


@pytest.fixture(scope="module")
def hammered(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Hammered:
    """The hammer, run once per backend; its tests read the outcome."""
    if request.param == "sqlite":
        database = Database(f"sqlite:///{tmp_path_factory.mktemp('hammer') / 'desk.sqlite3'}")
        migrate.upgrade(database)
    else:
        database = fresh_postgres()
    try:
        plan = hammer_hotel(database)
        results = run_stations(database, tmp_path_factory.mktemp("stations") / "run", plan, HAMMER_SECONDS)
        found = problems(database, results, plan)
    finally:
        database.dispose()
    outcome = Hammered(request.param, results, found)
    print(outcome.report)
    return outcome


HAMMERED = ["sqlite", pytest.param("postgresql", marks=ON_POSTGRES)]


@pytest.mark.parametrize("hammered", HAMMERED, indirect=True, scope="module")
def test_four_workstations_hammering_one_hotel_sell_nothing_twice_and_lose_nothing(hammered: Hammered) -> None:
    for name, result in hammered.results.items():
        assert result["ended"] - result["started"] >= HAMMER_SECONDS, name
    assert not hammered.found, hammered.report + "\n" + "\n".join(hammered.found[:20])
    # The stations really fought over the same rooms, and every kind of action got through.
    outcomes = summary(hammered.results)
    assert outcomes["book"]["FullError"] >= 20, hammered.report
    for action in ("book", "cancel", "assign", "check_in", "mark", "charge", "pay", "check_out"):
        assert outcomes[action]["ok"] >= 5, hammered.report
    refused = sum(n for k, n in outcomes["check_in"].items() if k not in ("ok", "nothing to do"))
    assert refused >= 5, hammered.report


@pytest.mark.parametrize("hammered", [
    "sqlite",
    pytest.param("postgresql", marks=ON_POSTGRES),
], indirect=True, scope="module")
def test_four_workstations_hammering_one_hotel_every_refusal_is_a_desk_error(hammered: Hammered) -> None:
    found = refusal_problems(hammered.results)
    assert not found, hammered.report + "\n" + "\n".join(found)


def test_the_checks_catch_a_double_sale_a_lost_posting_and_a_stray_entry(empty_db: Database) -> None:
    """The hammer's checks on a hotel broken by hand: they must see each break."""
    plan = hammer_hotel(empty_db)
    sk_rooms = plan["rooms_by_type"][str(plan["types"]["SK"])]
    with clock.frozen(MORNING), empty_db.writing() as session:
        clerk = auth.actor_for(session.scalars(select(User).where(User.username == "clerk")).one(), "WS-clerk")
        first = booking.create_reservation(session, clerk, details=details(plan["types"]["SK"]))
        second = booking.create_reservation(session, clerk, details=details(plan["types"]["SK"]))
        for reservation_id in (first.id, second.id):  # the same room, the same night: written past the service
            session.get_one(Reservation, reservation_id).room_id = sk_rooms[-1]
        stay_id = checkin.check_in(session, clerk, registration=Registration("Sun Mei", "13900001111",
                                   IdType.PASSPORT, "E12345678"), room_id=sk_rooms[1], reservation_id=None,
                                   departure=day(1), deposit=checkin.DepositInput(Method.CASH, "300"))
        folio.post_payment(session, clerk, stay_id=stay_id, method=Method.CASH, amount="50")
    told = {"counts": {}, "unexpected": [], "empty_messages": [], "booked": [first.confirmation],
            "checked_in": [stay_id], "folio": {str(stay_id): {"deposit": "300.00"}},
            "audit": {"reservation.create": 2, "stay.check_in": 1, "folio.deposit": 1}}
    found = "\n".join(problems(empty_db, {"clerk": told}, plan))
    assert f"room id {sk_rooms[-1]} has 2 guests or reservations on {TODAY}" in found
    assert "2 bookings confirmed" not in found and "1 bookings confirmed to the stations, 2 in the database" in found
    assert f"stay {stay_id}: lines sum to" in found  # the payment nobody was told about
    assert "audit entries differ" in found and "folio.payment" in found
    told["unexpected"] = [{"action": "check_in", "error": "sqlalchemy.exc.OperationalError", "message": "deadlock",
                           "traceback": ""}]
    told["empty_messages"] = ["book: FullError"]
    assert refusal_problems({"clerk": told})[:2] == ["clerk: 1 x check_in: sqlalchemy.exc.OperationalError: deadlock",
                                                     "clerk: a refusal without a message: book: FullError"]


# -- races pinned down on PostgreSQL ------------------------------------------------------------------------


def hold_at(database: Database, matches: Callable[[str], bool], release: threading.Event, *, after: bool = False,
            limit: float = 1.5) -> threading.Event:
    """Hold the first statement of ``database`` that ``matches`` (before it runs, or after)
    until ``release`` is set or ``limit`` seconds pass; returns the event set on reaching it."""
    reached = threading.Event()

    def listener(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if not reached.is_set() and matches(statement):
            reached.set()
            release.wait(limit)

    event.listen(database.engine, "after_cursor_execute" if after else "before_cursor_execute", listener)
    return reached


def statement(start: str, *parts: str) -> Callable[[str], bool]:
    return lambda sql: sql.lstrip().upper().startswith(start) and all(p in sql.upper() for p in parts)


class Attempt(threading.Thread):
    """One workstation's action in its own thread, engine and transaction."""

    def __init__(self, database: Database, actor: Actor, service: Callable[..., Any], **kwargs: Any) -> None:
        super().__init__(daemon=True)
        self.database, self.actor, self.service, self.kwargs = database, actor, service, kwargs
        self.outcome: tuple[str, str] = ("not run", "")
        self.finished = threading.Event()

    def run(self) -> None:
        try:
            with self.database.writing() as session:
                self.service(session, self.actor, **self.kwargs)
            self.outcome = ("ok", "")
        except DeskError as error:
            self.outcome = (type(error).__name__, str(error))
        except Exception as error:
            self.outcome = (f"{type(error).__module__}.{type(error).__name__}", str(error).splitlines()[0])
        finally:
            self.finished.set()

    def result(self) -> tuple[str, str]:
        self.join(20)
        assert not self.is_alive(), "the attempt hung"
        return self.outcome


def workstation(url: str) -> Database:
    return Database(url)


def registration(name: str = "Sun Mei", number: str = "E12345678") -> Registration:
    return Registration(name, "13900001111", IdType.PASSPORT, number)


DEPOSIT = checkin.DepositInput(Method.CARD, "300")

# How a flow that may take a room of a type is held just before it writes, and how it is set up.
SELL_LAST_ROOM_FLOWS = ["walk-in check-in", "room assigned with a type change", "stay extended",
                        "guest moved to another type"]


@pytest.mark.postgres
@pytest.mark.parametrize("flow", SELL_LAST_ROOM_FLOWS)
def test_the_last_room_of_a_type_is_not_sold_twice_by_a_booking_and_another_flow(pg: Database, flow: str) -> None:
    with clock.frozen(MORNING):
        with pg.writing() as session:
            hotel = build_small_hotel(session, {"SK": 2, "DK": 2})
        sk, dk = hotel.types["SK"], hotel.types["DK"]
        url = pg.engine.url.render_as_string(hide_password=False)
        first, second = workstation(url), workstation(url)
        if flow == "walk-in check-in":
            contested, night = sk, TODAY
            with pg.writing() as session:
                booking.create_reservation(session, hotel.clerk, details=details(sk))
            held, service, kwargs = statement("INSERT INTO STAYS"), checkin.check_in, {
                "registration": registration(), "room_id": hotel.rooms["101"], "departure": day(1),
                "deposit": DEPOSIT}
        elif flow == "room assigned with a type change":
            contested, night = dk, TODAY
            with pg.writing() as session:
                upgrade = booking.create_reservation(session, hotel.clerk, details=details(sk))
                booking.create_reservation(session, hotel.clerk, details=details(dk))
            held, service, kwargs = statement("UPDATE RESERVATIONS"), rooms.assign_room, {
                "reservation_id": upgrade.id, "room_id": hotel.rooms["201"], "allow_type_change": True}
        else:
            with pg.writing() as session:
                stay_id = checkin.check_in(session, hotel.clerk, registration=registration(),
                                           room_id=hotel.rooms["101"], departure=day(1), deposit=DEPOSIT)
            if flow == "stay extended":
                contested, night = sk, day(1)
                with pg.writing() as session:
                    booking.create_reservation(session, hotel.clerk, details=details(sk, day(1)))
                held, service, kwargs = statement("UPDATE STAYS"), stays.change_departure, {
                    "stay_id": stay_id, "departure": day(2)}
            else:
                contested, night = dk, TODAY
                with pg.writing() as session:
                    booking.create_reservation(session, hotel.clerk, details=details(dk))
                held, service, kwargs = statement("INSERT INTO ROOM_MOVES"), stays.move_room, {
                    "stay_id": stay_id, "room_id": hotel.rooms["201"], "reason": "noise"}
        assert free(pg, contested, night) == [1]
        booked = threading.Event()
        reached = hold_at(first, held, booked)
        taking = Attempt(first, hotel.clerk, service, **kwargs)
        taking.start()
        assert reached.wait(10), taking.result()
        selling = Attempt(second, hotel.clerk2, booking.create_reservation,
                          details=details(contested, night, guest_name="Last Caller"))
        selling.start()
        selling.finished.wait(1.5)  # it may be held back by a lock: that is the point
        booked.set()
        outcomes = {"taking": taking.result(), "booking": selling.result()}
        first.dispose()
        second.dispose()
        left = free(pg, contested, night)
    assert [kind for kind, _ in outcomes.values()].count("ok") == 1, (outcomes, left)
    loser = next(o for o in outcomes.values() if o[0] != "ok")
    assert loser[0] == "FullError" and loser[1], outcomes
    assert left == [0]


@pytest.mark.postgres
def test_checking_in_and_assigning_the_same_reservation_and_room_at_once(pg: Database) -> None:
    with clock.frozen(MORNING):
        with pg.writing() as session:
            hotel = build_small_hotel(session, {"SK": 2})
            arriving = booking.create_reservation(session, hotel.clerk, details=details(hotel.types["SK"]))
        url = pg.engine.url.render_as_string(hide_password=False)
        desk_a, desk_b = workstation(url), workstation(url)
        a_has_room, b_has_reservation = threading.Event(), threading.Event()
        # Each holds its first lock until the other has its own (or 1.5 s passed).
        a_reached = hold_at(desk_a, statement("SELECT", "FROM ROOMS", "FOR UPDATE"), b_has_reservation, after=True)
        b_reached = hold_at(desk_b, statement("SELECT", "FROM RESERVATIONS", "FOR UPDATE"), a_has_room, after=True)
        threading.Thread(target=lambda: a_has_room.set() if a_reached.wait(10) else None, daemon=True).start()
        threading.Thread(target=lambda: b_has_reservation.set() if b_reached.wait(10) else None, daemon=True).start()
        check_in = Attempt(desk_a, hotel.clerk, checkin.check_in, registration=registration(),
                           room_id=hotel.rooms["101"], reservation_id=arriving.id, deposit=DEPOSIT)
        assign = Attempt(desk_b, hotel.clerk2, rooms.assign_room, reservation_id=arriving.id,
                         room_id=hotel.rooms["101"])
        check_in.start()
        assign.start()
        outcomes = {"check-in": check_in.result(), "assign": assign.result()}
        desk_a.dispose()
        desk_b.dispose()
    assert all(kind == "ok" or (kind.endswith("Error") and "." not in kind) for kind, _ in outcomes.values()), outcomes
    assert outcomes["check-in"][0] == "ok", outcomes


@pytest.mark.postgres
def test_two_refused_check_ins_at_once_both_hear_why(pg: Database) -> None:
    with clock.frozen(MORNING):
        with pg.writing() as session:
            hotel = build_small_hotel(session, {"SK": 4})
            sk = hotel.types["SK"]
            promised = [booking.create_reservation(session, hotel.clerk, details=details(sk)) for _ in range(2)]
            walking = [booking.create_reservation(session, hotel.clerk, details=details(sk)) for _ in range(2)]
            for reservation, number in zip(promised, ("101", "102"), strict=True):
                rooms.assign_room(session, hotel.clerk, reservation_id=reservation.id, room_id=hotel.rooms[number])
        url = pg.engine.url.render_as_string(hide_password=False)
        desk_a, desk_b = workstation(url), workstation(url)
        a_room, b_room = threading.Event(), threading.Event()
        a_reached = hold_at(desk_a, statement("SELECT", "FROM ROOMS", "FOR UPDATE"), b_room, after=True)
        b_reached = hold_at(desk_b, statement("SELECT", "FROM ROOMS", "FOR UPDATE"), a_room, after=True)
        threading.Thread(target=lambda: a_room.set() if a_reached.wait(10) else None, daemon=True).start()
        threading.Thread(target=lambda: b_room.set() if b_reached.wait(10) else None, daemon=True).start()
        attempts = [Attempt(desk, clerk, checkin.check_in, registration=registration(number=f"E1234567{i}"),
                            room_id=hotel.rooms[number], reservation_id=reservation.id, deposit=DEPOSIT)
                    for i, (desk, clerk, number, reservation) in enumerate(
                        zip((desk_a, desk_b), (hotel.clerk, hotel.clerk2), ("101", "102"), walking, strict=True))]
        for attempt in attempts:
            attempt.start()
        outcomes = [attempt.result() for attempt in attempts]
        desk_a.dispose()
        desk_b.dispose()
    assert [kind for kind, _ in outcomes] == ["RuleError", "RuleError"], outcomes
    assert f"Room 101 is assigned to reservation {promised[0].confirmation}" in outcomes[0][1], outcomes
    assert "Ready rooms of this type" in outcomes[0][1], outcomes


@pytest.mark.postgres
def test_a_check_out_while_housekeeping_marks_the_room(pg: Database) -> None:
    with clock.frozen(MORNING):
        with pg.writing() as session:
            hotel = build_small_hotel(session, {"SK": 2})
            stay_id = checkin.check_in(session, hotel.clerk, registration=registration(), room_id=hotel.rooms["101"],
                                       departure=day(1), kind=StayKind.COMPLIMENTARY)
            housekeeper = auth.create_user(session, hotel.manager, username="hk", full_name="Hou Jing",
                                           role=Role.HOUSEKEEPING, password=PASSWORD)
        url = pg.engine.url.render_as_string(hide_password=False)
        front, office = workstation(url), workstation(url)
        marked = threading.Event()
        reached = hold_at(front, statement("SELECT", "FROM ROOMS"), marked, after=True)
        leaving = Attempt(front, hotel.clerk, checkout.check_out, stay_id=stay_id)
        leaving.start()
        assert reached.wait(10), leaving.result()
        hk = Actor(housekeeper.id, "hk", "Hou Jing", Role.HOUSEKEEPING, "HK-OFFICE")
        marking = Attempt(office, hk, status.mark_rooms, room_ids=[hotel.rooms["101"]], state=HkState.DIRTY)
        marking.start()
        marking.finished.wait(1.5)
        marked.set()
        outcomes = {"check-out": leaving.result(), "mark": marking.result()}
        front.dispose()
        office.dispose()
        with pg.reading() as session:
            state = session.get_one(Stay, stay_id).state
    assert outcomes == {"check-out": ("ok", ""), "mark": ("ok", "")}, outcomes
    assert state is StayState.CHECKED_OUT


# -- stale edits --------------------------------------------------------------------------------------------


def test_saving_a_reservation_someone_else_changed_is_refused_with_who_and_when(database: Database) -> None:
    with clock.frozen(MORNING):
        with database.writing() as session:
            hotel = build_small_hotel(session, {"SK": 3})
            sk = hotel.types["SK"]
            shown = booking.create_reservation(session, hotel.clerk, details=details(sk, nights=2))
        with database.writing() as session:  # clerk2 changes it while clerk still has it open
            booking.modify_reservation(session, hotel.clerk2, reservation_id=shown.id, version=shown.version,
                                       details=details(sk, nights=3, notes="late arrival"))
        for attempt in (
            lambda session: booking.modify_reservation(session, hotel.clerk, reservation_id=shown.id,
                                                       version=shown.version, details=details(sk, nights=1)),
            lambda session: booking.cancel_reservation(session, hotel.clerk, reservation_id=shown.id,
                                                       reason="guest called", version=shown.version),
        ):
            with pytest.raises(StaleDataError) as refused, database.writing() as session:
                attempt(session)
            assert str(refused.value).startswith(f"clerk2 changed reservation {shown.confirmation} at 11:30")
        with database.reading() as session:
            now = session.get_one(Reservation, shown.id)
            saved = (now.departure, now.state, now.notes)
    assert saved == (day(3), ReservationState.CONFIRMED, "late arrival")


def test_checking_in_a_reservation_someone_else_cancelled_or_checked_in_is_refused(database: Database) -> None:
    with clock.frozen(MORNING):
        with database.writing() as session:
            hotel = build_small_hotel(session, {"SK": 3})
            sk = hotel.types["SK"]
            cancelled = booking.create_reservation(session, hotel.clerk, details=details(sk))
            arrived = booking.create_reservation(session, hotel.clerk, details=details(sk))
        with database.writing() as session:  # on other workstations, after clerk opened both
            booking.cancel_reservation(session, hotel.clerk2, reservation_id=cancelled.id, reason="changed plans")
            checkin.check_in(session, hotel.clerk2, registration=registration(), room_id=hotel.rooms["102"],
                             reservation_id=arrived.id, deposit=DEPOSIT)
        for reservation in (cancelled, arrived):
            with pytest.raises(RuleError) as refused, database.writing() as session:
                checkin.check_in(session, hotel.clerk, registration=registration("Zhou Ming", "E87654321"),
                                 room_id=hotel.rooms["101"], reservation_id=reservation.id, deposit=DEPOSIT)
            assert str(refused.value) == ("This reservation is no longer expected (cancelled, no-show or already "
                                          "checked in).")
        with database.reading() as session:
            assert session.scalar(select(func.count(Stay.id))) == 1


def test_changing_a_stay_someone_else_changed_is_refused(database: Database) -> None:
    with clock.frozen(MORNING):
        with database.writing() as session:
            hotel = build_small_hotel(session, {"SK": 3})
            stay_id = checkin.check_in(session, hotel.clerk, registration=registration(),
                                       room_id=hotel.rooms["101"], departure=day(2), deposit=DEPOSIT)
        with database.reading() as session:
            shown = stay_view(session, stay_id)  # clerk opens the stay
        with database.writing() as session:  # clerk2 extends it meanwhile
            stays.change_departure(session, hotel.clerk2, stay_id=stay_id, departure=day(4), reason="conference")
        accepts_version = "version" in inspect.signature(stays.change_departure).parameters
        assert accepts_version, "change_departure cannot be told which version the clerk saw"
        with pytest.raises(StaleDataError), database.writing() as session:
            stays.change_departure(session, hotel.clerk, stay_id=stay_id, departure=day(1), version=shown.version)
        with database.reading() as session:
            assert session.get_one(Stay, stay_id).departure_date == day(4)


def test_full_refusals_name_the_night_and_type(database: Database) -> None:
    """What the hammer's losers hear when the last room went elsewhere."""
    with clock.frozen(MORNING):
        with database.writing() as session:
            hotel = build_small_hotel(session, {"SK": 1})
            booking.create_reservation(session, hotel.clerk, details=details(hotel.types["SK"]))
        with pytest.raises(FullError) as full, database.writing() as session:
            booking.create_reservation(session, hotel.clerk2, details=details(hotel.types["SK"]))
    assert str(full.value) == (f"SK is full on {TODAY}. Offer another room type or date; only a manager can "
                               "overbook, with a reason.")
