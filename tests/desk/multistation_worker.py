"""One workstation of the multi-station hammer (tests/desk/test_multistation.py).

Run as ``python -m tests.desk.multistation_worker URL WORK NAME USERNAME PASSWORD SECONDS SEED``.
It logs in, says it is ready, waits for the common start, then for SECONDS does
what a front desk does, as fast as it can, always from a slightly stale look at
the hotel (like a clerk reading a screen): books (often the last rooms),
cancels, assigns rooms of the reserved type, checks guests of today's
reservations in, marks rooms clean or dirty, posts charges and payments,
refunds credits and checks guests out. Each action is one transaction
(``Database.writing``), as the window runs it.

It writes ``result-NAME.json``: per action the count of successes and of each
refusal class, the refusals' messages, every exception that is not a DeskError
(with its traceback), and a ledger of what was confirmed (reservations, folio
amounts per stay and kind, audit entries expected per action) for the test to
compare with the database.
"""

from __future__ import annotations

import json
import random
import sys
import time
import traceback
from collections import Counter, defaultdict
from collections.abc import Callable
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import select

from desk import clock
from desk.actor import Actor
from desk.auth import log_in
from desk.db import Database
from desk.errors import DeskError
from desk.frontdesk import checkin, checkout, folio
from desk.frontdesk.registration import Registration
from desk.models import (
    ChargeType,
    Guarantee,
    HkState,
    IdType,
    LineKind,
    Method,
    Reservation,
    ReservationState,
    Stay,
    StayState,
)
from desk.reservations import booking, rooms
from desk.rooms import status

# Relative weights of the actions in the mix.
WEIGHTS = {"book": 25, "cancel": 8, "assign": 14, "check_in": 16, "mark": 12, "charge": 6, "pay": 10,
           "check_out": 9}


class Station:
    def __init__(self, database: Database, actor: Actor, plan: dict[str, Any], rng: random.Random) -> None:
        self.database = database
        self.actor = actor
        self.rng = rng
        self.today = date.fromisoformat(plan["today"])
        self.window = int(plan["window"])  # nights from today that bookings fall in
        self.types: dict[str, int] = plan["types"]
        self.rooms_by_type: dict[int, list[int]] = {int(k): v for k, v in plan["rooms_by_type"].items()}
        self.counts: dict[str, Counter[str]] = defaultdict(Counter)
        self.messages: dict[str, Counter[str]] = defaultdict(Counter)
        self.unexpected: list[dict[str, str]] = []
        self.empty_messages: list[str] = []
        self.booked: list[str] = []  # confirmations
        self.checked_in: list[int] = []  # stay ids
        self.folio: dict[int, dict[str, str]] = defaultdict(dict)  # stay id -> kind -> sum (as text)
        self.audit: Counter[str] = Counter()  # action -> entries this station's successes must have left
        self.busy = 0.0  # seconds spent inside transactions
        self.serial = 0

    # -- what the clerk sees: a fresh read, stale by the time they act ------------------------------

    def _look(self, query: Callable[[Any], Any]) -> Any:
        with self.database.reading() as session:
            return query(session)

    def _open_reservations(self, *, today_only: bool = False) -> list[tuple[int, int, int | None, int, date]]:
        def query(session: Any) -> list[tuple[int, int, int | None, int, date]]:
            stmt = select(Reservation.id, Reservation.room_type_id, Reservation.room_id, Reservation.version,
                          Reservation.arrival).where(Reservation.state == ReservationState.CONFIRMED)
            if today_only:
                stmt = stmt.where(Reservation.arrival == self.today)
            return [tuple(row) for row in session.execute(stmt)]  # type: ignore[misc]
        return self._look(query)  # type: ignore[no-any-return]

    def _in_house(self) -> list[int]:
        return self._look(lambda s: list(s.scalars(select(Stay.id).where(Stay.state == StayState.IN_HOUSE))))  # type: ignore[no-any-return]

    # -- the actions: each returns a function run inside the transaction, and what to record --------

    def act(self, kind: str) -> None:
        prepared = getattr(self, f"_prepare_{kind}")()
        if prepared is None:
            self.counts[kind]["nothing to do"] += 1
            return
        service, record = prepared
        began = time.perf_counter()
        try:
            with self.database.writing() as session:
                result = service(session)
        except DeskError as error:
            self.busy += time.perf_counter() - began
            message = str(error)
            self.counts[kind][type(error).__name__] += 1
            self.messages[kind][message[:160]] += 1
            if not message.strip():
                self.empty_messages.append(f"{kind}: {type(error).__name__}")
            return
        except Exception as error:  # anything else is a failure the test reports
            self.busy += time.perf_counter() - began
            self.counts[kind]["UNEXPECTED " + type(error).__name__] += 1
            self.unexpected.append({"action": kind, "error": f"{type(error).__module__}.{type(error).__name__}",
                                    "message": str(error)[:600], "traceback": traceback.format_exc()[-3000:]})
            return
        self.busy += time.perf_counter() - began
        self.counts[kind]["ok"] += 1
        record(result)

    def _post(self, stay_id: int, kind: LineKind, amount: Decimal) -> None:
        sums = self.folio[stay_id]
        sums[kind.value] = str(Decimal(sums.get(kind.value, "0")) + amount)

    def _prepare_book(self) -> Any:
        type_id = self.rng.choice(list(self.types.values()))
        arrival = self.today + timedelta(days=self.rng.randrange(self.window))
        nights = min(self.rng.choice((1, 1, 2, 3)), self.window - (arrival - self.today).days)
        self.serial += 1
        details = booking.BookingDetails(
            guest_name=f"Guest {self.actor.username} {self.serial}", phone=f"139{self.rng.randrange(10**8):08d}",
            adults=1, children=0, room_type_id=type_id, arrival=arrival, departure=arrival + timedelta(days=nights),
            guarantee=Guarantee.CARD)

        def record(row: Any) -> None:
            self.booked.append(row.confirmation)
            self.audit["reservation.create"] += 1
        return (lambda session: booking.create_reservation(session, self.actor, details=details)), record

    def _prepare_cancel(self) -> Any:
        open_ = self._open_reservations()
        if not open_:
            return None
        reservation_id, _type, _room, version, _arrival = self.rng.choice(open_)

        def record(_row: Any) -> None:
            self.audit["reservation.cancel"] += 1
        return (lambda session: booking.cancel_reservation(session, self.actor, reservation_id=reservation_id,
                                                            reason="guest called to cancel", version=version)), record

    def _prepare_assign(self) -> Any:
        open_ = self._open_reservations()
        unassigned = [r for r in open_ if r[2] is None] or open_
        if not unassigned:
            return None
        reservation_id, type_id, _room, _version, _arrival = self.rng.choice(unassigned)
        room_id = self.rng.choice(self.rooms_by_type[type_id])

        def record(_number: Any) -> None:
            self.audit["reservation.assign_room"] += 1
        return (lambda session: rooms.assign_room(session, self.actor, reservation_id=reservation_id,
                                                  room_id=room_id)), record

    def _prepare_check_in(self) -> Any:
        arrivals = self._open_reservations(today_only=True)
        if not arrivals:
            return None
        reservation_id, type_id, assigned, _version, _arrival = self.rng.choice(arrivals)
        room_id = assigned if assigned is not None else self.rng.choice(self.rooms_by_type[type_id])
        self.serial += 1
        registration = Registration(name=f"Guest {self.actor.username} {self.serial}",
                                    phone=f"139{self.rng.randrange(10**8):08d}", id_type=IdType.PASSPORT,
                                    id_number=f"E{self.rng.randrange(10**8):08d}", nationality="CHN")
        deposit = Decimal(self.rng.choice(("200.00", "300.00", "500.00")))

        def record(stay_id: int) -> None:
            self.checked_in.append(stay_id)
            self._post(stay_id, LineKind.DEPOSIT, deposit)
            self.audit["stay.check_in"] += 1
            self.audit["folio.deposit"] += 1
        return (lambda session: checkin.check_in(session, self.actor, registration=registration, room_id=room_id,
                                                 reservation_id=reservation_id,
                                                 deposit=checkin.DepositInput(Method.CARD, deposit))), record

    def _prepare_mark(self) -> Any:
        all_rooms = [r for ids in self.rooms_by_type.values() for r in ids]
        chosen = self.rng.sample(all_rooms, self.rng.choice((1, 1, 2, 3)))
        state = HkState.CLEAN if self.rng.random() < 0.7 else HkState.DIRTY

        def record(result: status.MarkResult) -> None:
            self.audit[f"room.mark_{state.value}"] += len(result.changed)
        return (lambda session: status.mark_rooms(session, self.actor, room_ids=chosen, state=state)), record

    def _prepare_charge(self) -> Any:
        stays = self._in_house()
        if not stays:
            return None
        stay_id = self.rng.choice(stays)
        amount = Decimal(self.rng.randrange(500, 12000)) / 100

        def record(_line: int) -> None:
            self._post(stay_id, LineKind.CHARGE, amount)
            self.audit["folio.charge"] += 1
        return (lambda session: folio.post_charge(session, self.actor, stay_id=stay_id,
                                                  charge_type=ChargeType.MINIBAR, amount=amount)), record

    def _prepare_pay(self) -> Any:
        stays = self._in_house()
        if not stays:
            return None
        stay_id = self.rng.choice(stays)
        amount = Decimal(self.rng.randrange(1000, 15000)) / 100

        def record(_line: int) -> None:
            self._post(stay_id, LineKind.PAYMENT, amount)
            self.audit["folio.payment"] += 1
        return (lambda session: folio.post_payment(session, self.actor, stay_id=stay_id, method=Method.CASH,
                                                   amount=amount)), record

    def _prepare_check_out(self) -> Any:
        stays = self._in_house()
        if not stays:
            return None
        stay_id = self.rng.choice(stays)
        totals = self._look(lambda s: folio.stay_totals(s, stay_id))
        if totals.balance < 0:  # the guest paid too much: give the credit back first
            credit = -totals.balance

            def refunded(_line: int) -> None:
                self._post(stay_id, LineKind.REFUND, credit)
                self.audit["folio.refund"] += 1
            return (lambda session: folio.refund(session, self.actor, stay_id=stay_id, method=Method.CASH,
                                                 amount=credit, reason="overpaid")), refunded
        to_pay = max(totals.balance - totals.deposit_held, Decimal("0.00"))
        payments = [checkout.PaymentInput(Method.CARD, to_pay)] if to_pay > 0 else []

        def record(result: checkout.CheckoutResult) -> None:
            if result.paid:
                self._post(stay_id, LineKind.PAYMENT, result.paid)
                self.audit["folio.payment"] += len(payments)
            if result.deposit_applied:
                self._post(stay_id, LineKind.DEPOSIT_APPLIED, result.deposit_applied)
                self.audit["folio.deposit_applied"] += 1
            for _method, amount in result.deposit_refunded:
                self._post(stay_id, LineKind.DEPOSIT_REFUND, amount)
                self.audit["folio.deposit_refund"] += 1
            self.audit["stay.check_out"] += 1
        return (lambda session: checkout.check_out(session, self.actor, stay_id=stay_id, payments=payments)), record

    moment: datetime

    def result(self, started: float, ended: float) -> dict[str, Any]:
        return {
            "started": started, "ended": ended, "busy": self.busy,
            "counts": {k: dict(v) for k, v in self.counts.items()},
            "messages": {k: dict(v.most_common(8)) for k, v in self.messages.items()},
            "unexpected": self.unexpected, "empty_messages": self.empty_messages,
            "booked": self.booked, "checked_in": self.checked_in,
            "folio": {str(k): v for k, v in self.folio.items()}, "audit": dict(self.audit),
        }


def main(argv: list[str]) -> int:
    url, work_dir, name, username, password, seconds, seed = argv
    work = Path(work_dir)
    plan = json.loads((work / "plan.json").read_text())
    moment = datetime.fromisoformat(plan["moment"])
    database = Database(url)
    with clock.frozen(moment), database.writing() as session:
        actor = log_in(session, username, password, f"WS-{name}")
    station = Station(database, actor, plan, random.Random(int(seed)))
    station.moment = moment
    # Touch the database once so the first action does not pay for connecting.
    station._in_house()
    (work / f"ready-{name}").touch()
    while not (work / "go").exists():
        time.sleep(0.002)
    start = float((work / "go").read_text())
    while time.time() < start:
        time.sleep(0.001)
    deadline = start + float(seconds)
    kinds, weights = list(WEIGHTS), list(WEIGHTS.values())
    with clock.frozen(moment):
        while time.time() < deadline:
            station.act(station.rng.choices(kinds, weights)[0])
    ended = time.time()
    database.dispose()
    (work / f"result-{name}.json").write_text(json.dumps(station.result(start, ended)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
