"""The window's link to a shared PostgreSQL server: other workstations' changes
arrive through ChangeHub's poll, and a server that goes away and comes back is
reported, refused cleanly and picked up again.

The connection-loss test stops a server, so it starts its own throwaway cluster
(as run-tests.sh does: initdb/pg_ctl as the postgres user); it is skipped when
not root or without PostgreSQL's binaries. The live-refresh test uses the
server of DESK_TEST_POSTGRES_URL.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, text

from desk import clock, migrate
from desk.actor import Actor
from desk.db import Database
from desk.models import AuditEntry, HkState, Reservation, Room
from desk.reservations import booking
from desk.rooms import status
from tests.desk.reservation_helpers import MORNING, PASSWORD, SmallHotel, build_small_hotel, details
from tests.helpers.pgcluster import Cluster, postgres_binaries
from ui.ops import POLL_MS, ChangeHub, Ops

ROOT = Path(__file__).resolve().parents[2]
PG_URL = os.environ.get("DESK_TEST_POSTGRES_URL")


@pytest.fixture
def cluster() -> Iterator[Cluster]:
    pg_bin = postgres_binaries()
    if pg_bin is None:
        pytest.skip("needs root, the postgres user and PostgreSQL's binaries to run a server of its own")
    server = Cluster(pg_bin)
    try:
        server.create()
        yield server
    finally:
        server.remove()


def hotel_on(database: Database) -> SmallHotel:
    migrate.upgrade(database)
    with clock.frozen(MORNING), database.writing() as session:
        return build_small_hotel(session, {"SK": 3, "DK": 2})


def hk_state(database: Database, room_id: int) -> HkState:
    with database.reading() as session:
        return session.get_one(Room, room_id).hk_state


def test_losing_the_server_is_reported_refused_cleanly_and_recovered(qtbot: Any, cluster: Cluster) -> None:
    database = Database(cluster.url)
    hotel = hotel_on(database)
    hub = ChangeHub(database)
    ops = Ops(database, hotel.clerk, hub)
    lost: list[str] = []
    restored: list[bool] = []
    hub.connection_lost.connect(lost.append)
    hub.connection_restored.connect(lambda: restored.append(True))
    hub.start()
    try:
        # Confirmed before the server goes.
        booked = ops.run(booking.create_reservation, kinds=frozenset({"reservation"}),
                         details=details(hotel.types["SK"], guest_name="Confirmed Before"))
        assert booked.ok and booked.value is not None, booked.error
        marked = ops.run(status.mark_rooms, kinds=frozenset({"room"}), room_ids=[hotel.rooms["101"]],
                         state=HkState.DIRTY)
        assert marked.ok, marked.error
        with database.reading() as session:
            entries_before = session.scalar(select(func.count(AuditEntry.id)))

        # The server stops while an action is under way, before its commit.
        def cut_off(session: Any, actor: Actor, **kwargs: Any) -> Any:
            result = status.mark_rooms(session, actor, room_ids=[hotel.rooms["102"]], state=HkState.DIRTY)
            cluster.stop()
            return result

        with qtbot.assertNotEmitted(hub.changed, wait=0):
            outcome = ops.run(cut_off, kinds=frozenset({"room"}))
        assert not outcome.ok and outcome.value is None
        assert outcome.error.startswith("The database could not be reached; nothing was saved."), outcome.error

        # The 2-second poll notices.
        with qtbot.waitSignal(hub.connection_lost, timeout=POLL_MS + 3000):
            pass
        assert len(lost) == 1 and lost[0], lost
        # Another action while it is down: a failed outcome with a message, no exception, no change notice.
        with qtbot.assertNotEmitted(hub.changed, wait=0):
            down = ops.run(booking.create_reservation, kinds=frozenset({"reservation"}),
                           details=details(hotel.types["DK"], guest_name="While Down"))
        assert not down.ok and down.value is None
        assert down.error.startswith("The database could not be reached; nothing was saved."), down.error
        hub.poll()  # still down: said once, not on every poll
        assert len(lost) == 1 and not restored
        print(f"connection_lost: {lost[0].splitlines()[0][:120]}\nOps.run while down: {down.error[:160]}")

        cluster.start()
        with qtbot.waitSignal(hub.connection_restored, timeout=1000):
            hub.poll()  # the next poll after the restart
        assert restored == [True]
        again = ops.run(booking.create_reservation, kinds=frozenset({"reservation"}),
                        details=details(hotel.types["DK"], guest_name="After Restart"))
        assert again.ok, again.error
    finally:
        hub.stop()

    # Everything confirmed before the stop is there; the cut-off action left nothing.
    with database.reading() as session:
        names = set(session.scalars(select(Reservation.confirmation)))
        entries_after = session.scalar(select(func.count(AuditEntry.id)))
    assert booked.value.confirmation in names and again.value is not None and len(names) == 2
    assert hk_state(database, hotel.rooms["101"]) is HkState.DIRTY
    assert hk_state(database, hotel.rooms["102"]) is not HkState.DIRTY
    assert entries_after == entries_before + 1  # only the booking after the restart
    database.dispose()


# Another workstation: marks a room on each line it reads, prints when its commit returned.
OTHER_STATION = """
import sys, time
from desk.auth import log_in
from desk.db import Database
from desk.models import HkState
from desk.rooms import status

database = Database(sys.argv[1])
with database.writing() as session:
    actor = log_in(session, "clerk2", sys.argv[2], "FRONT-2")
print("ready", flush=True)
for line in sys.stdin:
    room_id, state = line.split()
    with database.writing() as session:
        status.mark_rooms(session, actor, room_ids=[int(room_id)], state=HkState(state))
    print(time.time(), flush=True)
database.dispose()
"""


@pytest.mark.postgres
@pytest.mark.skipif(not PG_URL, reason="no PostgreSQL server (test.sh starts one)")
def test_a_change_on_another_workstation_reaches_the_hub_within_the_poll(qtbot: Any) -> None:
    assert PG_URL is not None
    database = Database(PG_URL)
    with database.engine.begin() as connection:
        connection.execute(text("DROP SCHEMA public CASCADE"))
        connection.execute(text("CREATE SCHEMA public"))
    hotel = hotel_on(database)
    database.dispose()
    hub = ChangeHub(database)
    arrivals: list[tuple[float, frozenset[str]]] = []
    hub.changed.connect(lambda kinds: arrivals.append((time.time(), kinds)))
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("DESK_DATABASE_URL", None)
    other = subprocess.Popen([sys.executable, "-c", OTHER_STATION, PG_URL, PASSWORD], cwd=ROOT, env=env,
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert other.stdin is not None and other.stdout is not None
    delays = []
    try:
        assert other.stdout.readline().strip() == "ready", other.stderr.read() if other.stderr else ""
        hub.start()
        # Changes at different moments of the poll's cycle.
        for wait_ms, state in ((300, "dirty"), (1100, "clean"), (1900, "dirty")):
            qtbot.wait(wait_ms)
            arrivals.clear()
            other.stdin.write(f"{hotel.rooms['201']} {state}\n")
            other.stdin.flush()
            with qtbot.waitSignal(hub.changed, timeout=POLL_MS + 1500):
                pass
            committed = float(other.stdout.readline())
            received, kinds = arrivals[0]
            assert "room" in kinds
            delays.append(received - committed)
    finally:
        hub.stop()
        if other.poll() is None:
            other.stdin.close()
            other.wait(10)
        database.dispose()
    print("change seen by the other workstation after (s):", ", ".join(f"{d:.2f}" for d in delays))
    assert max(delays) <= POLL_MS / 1000 + 0.3, delays
