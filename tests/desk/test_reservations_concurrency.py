"""Two workstations at the same moment: separate processes, each with its own
connection, try to sell the last room of a type, or give the same room to two
reservations. Exactly one of them succeeds, every time. On SQLite always; on
PostgreSQL too when DESK_TEST_POSTGRES_URL is set (test.sh starts a server)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from desk import clock, errors, migrate
from desk.db import Database
from desk.reservations.queries import reservation_row, search
from tests.desk.reservation_helpers import MORNING, PASSWORD, SmallHotel, book, day, free, small_hotel

ROOT = Path(__file__).resolve().parents[2]
PG_URL = os.environ.get("DESK_TEST_POSTGRES_URL")
ROUNDS = 5
GAP = 0.25  # seconds between rounds: far longer than one attempt takes
# Per workstation, per round: [outcome ("ok" or the error's class), confirmation/room/message, began, ended].
Outcomes = dict[str, list[list[Any]]]

# One workstation: log in, say it is ready, wait for the common start time, then
# make one attempt per round at start + i * GAP and report each outcome.
WORKER = """
import json, sys, time
from datetime import date, datetime
from pathlib import Path

from desk import clock
from desk.auth import log_in
from desk.db import Database
from desk.errors import DeskError
from desk.reservations import booking, rooms

url, work, name, username, password = sys.argv[1:6]
work = Path(work)
plan = json.loads((work / "plan.json").read_text())
moment = datetime.fromisoformat(plan["moment"])
database = Database(url)
with clock.frozen(moment), database.writing() as session:
    actor = log_in(session, username, password, name)
(work / f"ready-{name}").touch()
while not (work / "go").exists():
    time.sleep(0.002)
start = float((work / "go").read_text())
results = []
for i, job in enumerate(plan[name]):
    target = start + i * plan["gap"]
    while time.time() < target:
        time.sleep(min(0.001, max(0.0, target - time.time())))
    began = time.time()
    try:
        with clock.frozen(moment), database.writing() as session:
            if job["kind"] == "book":
                details = booking.BookingDetails(
                    guest_name=job["guest"], phone="138 1234 5678", adults=1, children=0,
                    room_type_id=job["type_id"], arrival=date.fromisoformat(job["arrival"]),
                    departure=date.fromisoformat(job["departure"]), guarantee=booking.Guarantee.CARD)
                outcome = booking.create_reservation(session, actor, details=details).confirmation
            else:
                outcome = rooms.assign_room(session, actor, reservation_id=job["reservation_id"],
                                            room_id=job["room_id"])
        results.append(["ok", outcome, began, time.time()])
    except DeskError as error:
        results.append([type(error).__name__, str(error), began, time.time()])
database.dispose()
print(json.dumps(results))
"""


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=[
    pytest.mark.postgres, pytest.mark.skipif(not PG_URL, reason="no PostgreSQL server (test.sh starts one)")])])
def database(request: pytest.FixtureRequest, empty_db: Database) -> Iterator[Database]:
    if request.param == "sqlite":
        yield empty_db
        return
    assert PG_URL is not None
    pg = Database(PG_URL)
    with pg.engine.begin() as connection:
        connection.execute(text("DROP SCHEMA public CASCADE"))
        connection.execute(text("CREATE SCHEMA public"))
    migrate.upgrade(pg)
    yield pg
    pg.dispose()


def race(database: Database, work: Path, jobs: dict[str, list[dict[str, object]]]) -> Outcomes:
    """Run the two workstations (keys of ``jobs``: their user names) in their own processes."""
    work.mkdir()
    (work / "plan.json").write_text(json.dumps({"moment": MORNING.isoformat(), "gap": GAP, **jobs}))
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("DESK_DATABASE_URL", None)
    url = database.engine.url.render_as_string(hide_password=False)
    workers = {name: subprocess.Popen([sys.executable, "-c", WORKER, url, str(work), name, name, PASSWORD],
                                      cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
               for name in jobs}
    try:
        deadline = time.monotonic() + 60
        while not all((work / f"ready-{name}").exists() for name in workers):
            for name, worker in workers.items():
                if worker.poll() is not None:
                    pytest.fail(f"{name} stopped before the start:\n{worker.communicate()[1]}")
            assert time.monotonic() < deadline, "the workers did not get ready"
            time.sleep(0.01)
        (work / "go.tmp").write_text(repr(time.time() + 0.2))
        (work / "go.tmp").replace(work / "go")  # both see the start time at once, whole
        results = {}
        for name, worker in workers.items():
            out, err = worker.communicate(timeout=60)
            assert worker.returncode == 0, err
            results[name] = json.loads(out)
        return results
    finally:
        for worker in workers.values():
            if worker.poll() is None:
                worker.kill()
                worker.wait()


def winners(results: Outcomes, round_: int) -> tuple[list[str], list[list[str]]]:
    """Who succeeded in a round, and the others' (error class, message)."""
    won = [name for name, outcomes in results.items() if outcomes[round_][0] == "ok"]
    lost = [outcomes[round_][:2] for outcomes in results.values() if outcomes[round_][0] != "ok"]
    return won, lost


def overlapping_rounds(results: Outcomes) -> int:
    """In how many rounds the two attempts were under way at the same time."""
    first, second = results.values()
    return sum(1 for a, b in zip(first, second, strict=True)
               if float(a[2]) < float(b[3]) and float(b[2]) < float(a[3]))


def is_rule_error(name: str) -> bool:
    """The worker reports the error's class name: a RuleError or a subclass of it."""
    error = getattr(errors, name, None)
    return isinstance(error, type) and issubclass(error, errors.RuleError)


def hotel_for_race(database: Database) -> SmallHotel:
    return small_hotel(database, {"SK": 2, "DK": 3})


def test_two_workstations_selling_the_last_room_one_gets_it_the_other_hears_full(
    database: Database, tmp_path: Path
) -> None:
    with clock.frozen(MORNING):
        hotel = hotel_for_race(database)
        sk = hotel.types["SK"]
        nights = [day(1 + i) for i in range(ROUNDS)]
        for night in nights:
            book(database, hotel.clerk, sk, night, 1, guest_name="Earlier Guest")
        assert free(database, sk, nights[0], ROUNDS) == [1] * ROUNDS
    jobs: dict[str, list[dict[str, object]]] = {
        name: [{"kind": "book", "type_id": sk, "arrival": night.isoformat(),
                "departure": (night + timedelta(days=1)).isoformat(), "guest": f"Caller of {name}"}
               for night in nights]
        for name in ("clerk", "clerk2")
    }
    results = race(database, tmp_path / "race", jobs)
    assert overlapping_rounds(results) >= 1, f"the attempts never ran at the same time: {results}"
    for i, night in enumerate(nights):
        won, lost = winners(results, i)
        assert len(won) == 1, (night, results)
        [(error, message)] = lost
        assert is_rule_error(error), lost
        assert message == (f"SK is full on {night}. Offer another room type or date; only a manager can overbook, "
                           "with a reason.")
    with clock.frozen(MORNING):
        assert free(database, sk, nights[0], ROUNDS) == [0] * ROUNDS
        with database.reading() as session:
            sold = search(session, "")
    assert sorted(r.arrival for r in sold) == sorted(nights * 2)  # two per night, no more


def test_two_workstations_giving_the_same_room_to_two_reservations_one_succeeds(
    database: Database, tmp_path: Path
) -> None:
    with clock.frozen(MORNING):
        hotel = hotel_for_race(database)
        dk, room = hotel.types["DK"], hotel.rooms["201"]
        nights = [day(1 + i) for i in range(ROUNDS)]
        pairs = [(book(database, hotel.clerk, dk, night, 1, guest_name="First Guest"),
                  book(database, hotel.clerk, dk, night, 1, guest_name="Second Guest")) for night in nights]
    jobs: dict[str, list[dict[str, object]]] = {
        "clerk": [{"kind": "assign", "reservation_id": first.id, "room_id": room} for first, _ in pairs],
        "clerk2": [{"kind": "assign", "reservation_id": second.id, "room_id": room} for _, second in pairs],
    }
    results = race(database, tmp_path / "race", jobs)
    assert overlapping_rounds(results) >= 1, f"the attempts never ran at the same time: {results}"
    with database.reading() as session:
        for i, (first, second) in enumerate(pairs):
            won, lost = winners(results, i)
            assert len(won) == 1, (nights[i], results)
            holder = first if won == ["clerk"] else second
            assert len(lost) == 1 and is_rule_error(lost[0][0]), lost
            assert lost[0][1].startswith(f"Room 201 is assigned to reservation {holder.confirmation} ")
            numbers = [reservation_row(session, r.id).room_number for r in (first, second)]
            assert sorted(numbers) == ["", "201"], (nights[i], numbers)
            assert reservation_row(session, holder.id).room_number == "201"
