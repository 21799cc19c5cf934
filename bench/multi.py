"""Desk with several workstations: speed on PostgreSQL, and on SQLite for comparison.

Printed, not asserted (the 2-core machines vary by +-30%):

- one check-in service call (registration checked, room checked and locked,
  deposit posted, audit written, committed), median of 30: target < 30 ms
- 4 processes booking at once for about 10 s (each booking validated,
  availability checked under the room type's lock, committed): bookings per
  second over all of them, with no error but the expected "full": target >= 50/s

PostgreSQL is a throwaway cluster started as scripts/run-tests.sh starts one
(initdb and pg_ctl as the postgres user, a free port), with the server's default
durability (fsync on), and removed on every way out. Without root or
PostgreSQL's binaries only SQLite is measured.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/multi.py [--seconds 10] [--sqlite-only]
"""

from __future__ import annotations

import argparse
import atexit
import json
import os
import random
import secrets
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tests.helpers.pgcluster import Cluster, postgres_binaries

TODAY = date(2026, 11, 20)
MOMENT = datetime(2026, 11, 20, 3, 30, tzinfo=UTC)  # 11:30 at the hotel
ROOMS = 300
TYPES = (("SK", "Standard King", "388", 2, 0.45), ("ST", "Standard Twin", "368", 2, 0.35),
         ("DK", "Deluxe King", "528", 2, 0.17), ("FS", "Family Suite", "768", 4, 0.03))
HORIZON = 60  # nights of reservations already on the books, and where the bookers book
WORKERS = 4
CHECK_INS = 30


# -- the hotel -------------------------------------------------------------------------------------------


def build_hotel(url: str) -> str:
    """300 rooms, 60% in house with deposits and a night charged, reservations on
    about half the room-nights of the next 60 nights, and 30 arrivals today each
    with an inspected room assigned. Returns a one-line description."""
    from sqlalchemy import insert, select

    from desk import auth, clock, migrate
    from desk.db import Database
    from desk.hotel import RoomSpec, RoomTypeSpec, create_hotel
    from desk.models import (
        ChargeType,
        FolioLine,
        Guarantee,
        Guest,
        HkState,
        LineKind,
        Method,
        Reservation,
        ReservationState,
        Room,
        RoomType,
        Stay,
        StayState,
    )

    rng = random.Random(7)
    database = Database(url)
    migrate.upgrade(database)
    types = [RoomTypeSpec(code, name, Decimal(rate), capacity) for code, name, rate, capacity, _share in TYPES]
    codes = [code for code, *_rest, share in TYPES for _ in range(round(share * ROOMS))][:ROOMS]
    specs = [RoomSpec(f"{2 + i // 30}{i % 30 + 1:02d}", 2 + i // 30, code) for i, code in enumerate(codes)]
    with clock.frozen(MOMENT), database.writing() as session:
        create_hotel(session, None, name="Benchmark Hotel", business_date=TODAY, room_types=types, rooms=specs)
        manager = auth.create_first_manager(session, username="manager", full_name="Manager", password="desk123")
        now = clock.now()
        rooms = list(session.scalars(select(Room).order_by(Room.id)))
        rate = {t.code: t.rate for t in types}
        type_ids = {t.code: t.id for t in session.scalars(select(RoomType))}
        code_of = {v: k for k, v in type_ids.items()}
        occupied = rng.sample(rooms, int(ROOMS * 0.6))
        occupied_ids = {r.id for r in occupied}
        guests = [{"name": f"Guest {i}", "phone": f"139{i:08d}", "created_at": now} for i in range(ROOMS + 3000)]
        session.execute(insert(Guest), guests)
        guest_ids = list(session.scalars(select(Guest.id).order_by(Guest.id)))
        stays = [{"guest_id": guest_ids[i], "room_id": room.id, "arrival_date": TODAY - timedelta(days=1),
                  "departure_date": TODAY + timedelta(days=rng.randint(1, 4)), "state": StayState.IN_HOUSE,
                  "checked_in_at": now, "rate": rate[code_of[room.room_type_id]]} for i, room in enumerate(occupied)]
        session.execute(insert(Stay), stays)
        lines = []
        for stay_id, room_id, room_rate in session.execute(select(Stay.id, Stay.room_id, Stay.rate)):
            common = {"stay_id": stay_id, "business_date": TODAY - timedelta(days=1), "posted_at": now,
                      "user_id": manager.user_id, "room_id": room_id}
            lines.append({**common, "kind": LineKind.DEPOSIT, "method": Method.CARD, "amount": Decimal(500)})
            lines.append({**common, "kind": LineKind.CHARGE, "charge_type": ChargeType.ROOM, "amount": room_rate})
        session.execute(insert(FolioLine), lines)
        vacant = [r for r in rooms if r.id not in occupied_ids]
        for room in vacant:
            room.hk_state = HkState.INSPECTED
        # Today's arrivals, each with a ready room assigned: what the check-in bench checks in.
        reservations = []
        for i, room in enumerate(vacant[:CHECK_INS]):
            reservations.append({"room_type_id": room.room_type_id, "room_id": room.id, "arrival": TODAY,
                                 "departure": TODAY + timedelta(days=2), "guest_id": guest_ids[ROOMS + i]})
        # Future reservations on about half of each type's room-nights.
        per_type = {tid: sum(1 for r in rooms if r.room_type_id == tid) for tid in type_ids.values()}
        load: dict[tuple[int, date], int] = {}
        for _ in range(ROOMS * HORIZON // 4):
            type_id = rng.choice(list(type_ids.values()))
            arrival = TODAY + timedelta(days=rng.randint(1, HORIZON - 3))
            nights = rng.randint(1, 3)
            days = [arrival + timedelta(days=d) for d in range(nights)]
            if any(load.get((type_id, d), 0) >= per_type[type_id] // 2 for d in days):
                continue
            for d in days:
                load[(type_id, d)] = load.get((type_id, d), 0) + 1
            reservations.append({"room_type_id": type_id, "room_id": None, "arrival": arrival,
                                 "departure": days[-1] + timedelta(days=1),
                                 "guest_id": rng.choice(guest_ids[ROOMS + CHECK_INS:])})
        session.execute(insert(Reservation), [
            {**r, "confirmation": secrets.token_hex(5).upper(), "adults": 1, "children": 0,
             "state": ReservationState.CONFIRMED, "created_at": now, "rate": rate[code_of[r["room_type_id"]]],
             "guarantee": Guarantee.CARD, "hold_until": None, "created_by": manager.user_id}
            for r in reservations])
    database.dispose()
    return (f"{ROOMS} rooms in {len(TYPES)} types, {len(occupied)} in house with folios, "
            f"{len(reservations):,} reservations over {HORIZON} nights")


# -- check-in ----------------------------------------------------------------------------------------------


def bench_check_in(url: str) -> dict[str, list[float]]:
    from sqlalchemy import select

    from desk import clock
    from desk.actor import Actor
    from desk.db import Database
    from desk.frontdesk.checkin import DepositInput, check_in
    from desk.frontdesk.registration import Registration
    from desk.models import IdType, Method, Reservation, ReservationState, Role, Room, Stay, StayState
    from desk.shifts.shifts import open_shift

    database = Database(url)
    actor = Actor(1, "manager", "Manager", Role.MANAGER, "BENCH")
    times: dict[str, list[float]] = {"from a reservation": [], "walk-in": []}
    with clock.frozen(MOMENT):
        with database.writing() as session:  # the deposits go into the cashier shift open at the workstation
            open_shift(session, actor, float_total="1000.00")
        with database.reading() as session:
            arrivals = session.execute(select(Reservation.id, Reservation.room_id).where(
                Reservation.arrival == TODAY, Reservation.state == ReservationState.CONFIRMED,
                Reservation.room_id.is_not(None)).order_by(Reservation.id)).all()
            busy = set(session.scalars(select(Stay.room_id).where(Stay.state == StayState.IN_HOUSE)))
            promised = {room_id for _id, room_id in arrivals}
            walk_in_rooms = [r for r in session.scalars(select(Room.id).order_by(Room.id))
                             if r not in busy and r not in promised][:20]
        # Alternating, so that warming up (statement caches, prepared statements) falls on both alike.
        walk_ins = iter(enumerate(walk_in_rooms))
        for i, (reservation_id, room_id) in enumerate(arrivals):
            registration = Registration(f"Arriving Guest {i}", "13800138000", IdType.PASSPORT, f"E{i:08d}")
            start = time.perf_counter()
            with database.writing() as session:
                check_in(session, actor, registration=registration, room_id=room_id, reservation_id=reservation_id,
                         deposit=DepositInput(Method.CARD, "500"))
            times["from a reservation"].append(time.perf_counter() - start)
            walk_in = next(walk_ins, None)
            if walk_in is None:
                continue
            registration = Registration(f"Walk-in Guest {i}", "13800138000", IdType.PASSPORT, f"W{i:08d}")
            start = time.perf_counter()
            with database.writing() as session:
                check_in(session, actor, registration=registration, room_id=walk_in[1],
                         departure=TODAY + timedelta(days=1), deposit=DepositInput(Method.CASH, "300"))
            times["walk-in"].append(time.perf_counter() - start)
    database.dispose()
    return times


# -- booking from several processes ------------------------------------------------------------------------


def book_worker(url: str, work: str, name: str, seconds: str, seed: str) -> int:
    """One workstation taking bookings as fast as it can (run in its own process)."""
    from sqlalchemy import select

    from desk import clock
    from desk.actor import Actor
    from desk.db import Database
    from desk.errors import FullError
    from desk.models import Guarantee, Role, RoomType
    from desk.reservations import booking
    from desk.settings import settings_row

    rng = random.Random(int(seed))
    database = Database(url)
    actor = Actor(1, "manager", "Manager", Role.CLERK, f"BENCH-{name}")
    with clock.frozen(MOMENT), database.reading() as session:
        settings_row(session)  # connect before the start
        type_ids = list(session.scalars(select(RoomType.id)))
    folder = Path(work)
    (folder / f"ready-{name}").touch()
    while not (folder / "go").exists():
        time.sleep(0.002)
    start = float((folder / "go").read_text())
    while time.time() < start:
        time.sleep(0.001)
    deadline = start + float(seconds)
    ok, full, other, latencies, errors = 0, 0, 0, [], []
    serial = 0
    with clock.frozen(MOMENT):
        while time.time() < deadline:
            serial += 1
            arrival = TODAY + timedelta(days=rng.randint(0, HORIZON - 3))
            details = booking.BookingDetails(
                guest_name=f"Caller {name} {serial}", phone=f"139{rng.randrange(10**8):08d}", adults=1, children=0,
                room_type_id=rng.choice(type_ids), arrival=arrival,
                departure=arrival + timedelta(days=rng.randint(1, 3)), guarantee=Guarantee.CARD)
            began = time.perf_counter()
            try:
                with database.writing() as session:
                    booking.create_reservation(session, actor, details=details)
                ok += 1
            except FullError:
                full += 1
            except Exception as error:  # a DeskError other than full, or worse
                other += 1
                errors.append(f"{type(error).__name__}: {str(error).splitlines()[0][:200]}")
            latencies.append(time.perf_counter() - began)
    ended = time.time()
    database.dispose()
    (folder / f"result-{name}.json").write_text(json.dumps({
        "ok": ok, "full": full, "other": other, "errors": errors[:5], "latencies": latencies,
        "started": start, "ended": ended}))
    return 0


def bench_booking(url: str, seconds: float) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="desk-bench-book-") as work:
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        workers = [subprocess.Popen([sys.executable, __file__, "--book-worker", url, work, f"ws{i}", str(seconds),
                                     str(i + 1)], env=env, stderr=subprocess.PIPE, text=True)
                   for i in range(WORKERS)]
        try:
            deadline = time.monotonic() + 120
            while not all((Path(work) / f"ready-ws{i}").exists() for i in range(WORKERS)):
                if any(w.poll() is not None for w in workers) or time.monotonic() > deadline:
                    raise RuntimeError("a booking worker did not start: "
                                       + "".join(w.communicate()[1] or "" for w in workers if w.poll() is not None))
                time.sleep(0.02)
            (Path(work) / "go.tmp").write_text(repr(time.time() + 0.3))
            (Path(work) / "go.tmp").replace(Path(work) / "go")
            for worker in workers:
                _out, err = worker.communicate(timeout=seconds + 120)
                if worker.returncode != 0:
                    raise RuntimeError(f"a booking worker failed:\n{err}")
            results = [json.loads((Path(work) / f"result-ws{i}.json").read_text()) for i in range(WORKERS)]
        finally:
            for worker in workers:
                if worker.poll() is None:
                    worker.kill()
                    worker.wait()
    elapsed = max(r["ended"] for r in results) - min(r["started"] for r in results)
    latencies = sorted(x for r in results for x in r["latencies"])
    return {"ok": sum(r["ok"] for r in results), "full": sum(r["full"] for r in results),
            "other": sum(r["other"] for r in results), "errors": [e for r in results for e in r["errors"]][:5],
            "elapsed": elapsed, "median": statistics.median(latencies) if latencies else 0.0,
            "p95": latencies[int(len(latencies) * 0.95)] if latencies else 0.0}


# -- the report --------------------------------------------------------------------------------------------


def verdict(ok: bool) -> str:
    return "met" if ok else "NOT MET"


def measure(label: str, url: str, seconds: float) -> list[str]:
    print(f"\n{label}")
    print(f"  hotel: {build_hotel(url)}")
    lines = []
    for name, values in bench_check_in(url).items():
        median, worst = statistics.median(values) * 1000, max(values) * 1000
        line = (f"  check-in, {name:<18} ({len(values)} runs, median / max) {median:6.1f} ms / {worst:6.1f} ms   "
                f"target < 30 ms: {verdict(median < 30)}")
        print(line)
        lines.append(f"{label.split(' ')[0]:<10} {line.strip()}")
    result = bench_booking(url, seconds)
    rate = result["ok"] / result["elapsed"]
    clean = result["other"] == 0
    line = (f"  {WORKERS} processes booking for {result['elapsed']:.1f} s: {result['ok']} booked, {result['full']} "
            f"full, {result['other']} other errors = {rate:6.1f} bookings/s   target >= 50/s without other errors: "
            f"{verdict(rate >= 50 and clean)}")
    print(line)
    print(f"    one booking under that load: median {result['median'] * 1000:.1f} ms, "
          f"95th percentile {result['p95'] * 1000:.1f} ms")
    for error in result["errors"]:
        print(f"    error: {error}")
    lines.append(f"{label.split(' ')[0]:<10} {line.strip()}")
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seconds", type=float, default=10.0, help="how long the bookers book (default 10)")
    parser.add_argument("--sqlite-only", action="store_true", help="do not start PostgreSQL")
    parser.add_argument("--book-worker", nargs=5, metavar=("URL", "WORK", "NAME", "SECONDS", "SEED"),
                        help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.book_worker:
        return book_worker(*args.book_worker)

    print(f"Desk, several workstations ({os.cpu_count()} cores, {datetime.now():%Y-%m-%d %H:%M}, load average "
          f"{os.getloadavg()[0]:.2f} before starting: other work on the machine slows every figure)")
    summary: list[str] = []
    cluster: Cluster | None = None
    pg_bin = None if args.sqlite_only else postgres_binaries()

    def stop(signum: int, _frame: Any) -> None:
        raise SystemExit(128 + signum)

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGHUP, stop)
    try:
        if pg_bin is None:
            print("\nPostgreSQL: skipped (needs root, runuser and /usr/lib/postgresql/*/bin)")
        else:
            cluster = Cluster(pg_bin, database="desk_bench", fsync=True)
            atexit.register(cluster.remove)  # also on an exit the finally below does not see
            cluster.create()
            summary += measure(f"PostgreSQL {cluster.version()} (throwaway cluster on port {cluster.port}, fsync on)",
                               cluster.url, args.seconds)
            cluster.remove()
        with tempfile.TemporaryDirectory(prefix="desk-bench-sqlite-") as folder:
            summary += measure("SQLite (one WAL file, synchronous=FULL, as Desk opens it)",
                               f"sqlite:///{Path(folder) / 'desk.sqlite3'}", args.seconds)
    finally:
        if cluster is not None:
            cluster.remove()
    print("\nsummary:")
    for line in summary:
        print(f"  {line}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
