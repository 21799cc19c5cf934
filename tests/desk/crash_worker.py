"""One Desk process for the crash-safety test (tests/desk/test_crash_safety.py).

    python -m tests.desk.crash_worker URL JOURNAL SEED FIRST_OP [FIRST_KIND]
    python -m tests.desk.crash_worker --serve

The first form works the demo hotel at URL until it is killed: walk-in
check-ins with a deposit, payments, refunds, check-outs, rooms marked clean,
the shift at the tests' workstation handed over and accepted, and the day
closed, in a seeded random order (FIRST_KIND first, when given and possible,
so that the test can aim a kill at it). Each operation is planned from a fresh look
at the database (as a clerk reads a screen), then run through the real services
as one transaction (``Database.writing``), as the window runs it. A shift left
handing over by a killed run is accepted first.

Every step goes to the JOURNAL, each line fsync'd before the next step:

    ready
    begin N KIND {params}       before the transaction starts
    done N {result}             after it committed (the result has "ms": the transaction's time)
    refused N ERROR message     a DeskError (rolled back)
    failed N KIND traceback     any other exception; the process then exits 3

Operation N leaves the tag ``crash op N`` where the services keep text (the
deposit's or payment's reference, the refund's reason, the handover's notes,
the day close's reason), so the test can tell whether it is in the database.

The second form is a fork server, so that a restart does not pay for importing
SQLAlchemy and Desk again (seconds on a loaded two-core machine): it imports
everything, then reads commands on stdin: ``run URL JOURNAL SEED FIRST_OP [FIRST_KIND]``
forks a worker (a fresh process that opens its own connections; the server
never opens the database) and answers ``pid PID``; ``wait PID`` answers
``exit PID STATUS`` once the worker has ended (STATUS negative: the signal).
"""

from __future__ import annotations

import json
import os
import random
import sys
import traceback
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from time import perf_counter
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk import clock
from desk.auth import actor_for
from desk.dayclose import close
from desk.db import Database
from desk.errors import DeskError
from desk.frontdesk import checkin, checkout, folio
from desk.frontdesk.registration import Registration
from desk.models import (
    BlockKind,
    FolioLine,
    Handover,
    HandoverState,
    HkState,
    IdType,
    Method,
    Room,
    RoomBlock,
    RoomType,
    Shift,
    ShiftState,
    Stay,
    StayState,
    User,
)
from desk.rooms import status
from desk.settings import settings_row
from desk.shifts import cash, handover
from tests.helpers.fixtures import TEST_WORKSTATION

WORKSTATION = TEST_WORKSTATION  # where the demo fixture opened clerk2's shift
CLERKS = ("clerk", "clerk2")
# Relative weights of the operations (an accept always follows a handover).
WEIGHTS = {"check_in": 6, "payment": 5, "refund": 2, "check_out": 3, "clean": 2, "handover": 1, "close": 1}
CENT = Decimal("0.01")


def tag(number: int) -> str:
    """The text operation ``number`` leaves in the database."""
    return f"crash op {number}"


def moment(today: date) -> datetime:
    """Noon at the hotel (Shanghai) on the business date: the clock moves with the day close."""
    return datetime.combine(today, time(4, 0), tzinfo=UTC)


class Journal:
    def __init__(self, path: str) -> None:
        self.fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)

    def write(self, *parts: object) -> None:
        os.write(self.fd, (" ".join(str(p) for p in parts) + "\n").encode())
        os.fsync(self.fd)


@dataclass(frozen=True)
class Plan:
    kind: str
    params: dict[str, Any]


class NothingToDoError(Exception):
    """Nothing to do for this kind of operation now."""


class Worker:
    def __init__(self, database: Database, rng: random.Random) -> None:
        self.database = database
        self.rng = rng
        with database.reading() as session:
            users = {u.username: u for u in session.scalars(select(User))}
            self.actors = {name: actor_for(user, WORKSTATION) for name, user in users.items()}
        self.by_id = {actor.user_id: actor for actor in self.actors.values()}

    # -- the look: what a clerk would see before acting ---------------------------------------------------------

    def plan(self, number: int, first_kind: str | None = None) -> Plan:
        with self.database.reading() as session:
            today = settings_row(session).business_date
            shift = session.scalars(select(Shift).where(Shift.open_workstation == WORKSTATION)).one()
            if shift.state is ShiftState.HANDING_OVER:
                return self._accept(session, shift)
            kinds = list(WEIGHTS)
            chosen = self.rng.choices(kinds, [WEIGHTS[k] for k in kinds], k=4)
            for kind in ([first_kind] if first_kind else []) + chosen + ["payment"]:
                try:
                    return getattr(self, f"_{kind}")(session, shift, today, number)  # type: ignore[no-any-return]
                except NothingToDoError:
                    continue
        raise AssertionError("a payment can always be planned")

    def _money(self, low: int, high: int) -> str:
        return str(Decimal(self.rng.randrange(low, high)) / 100)

    def _in_house(self, session: Session) -> dict[int, folio.Totals]:
        rows: dict[int, list[Any]] = {stay_id: [] for stay_id in session.scalars(
            select(Stay.id).where(Stay.state == StayState.IN_HOUSE))}
        for stay_id, *line in session.execute(
                select(FolioLine.stay_id, FolioLine.kind, FolioLine.method, FolioLine.amount, FolioLine.deposit_id)
                .join(Stay, Stay.id == FolioLine.stay_id).where(Stay.state == StayState.IN_HOUSE)):
            rows[stay_id].append(line)
        return {stay_id: folio.totals(lines) for stay_id, lines in rows.items()}

    def _drawer(self, session: Session, shift: Shift) -> Decimal:
        return cash.cash_figures(shift.opening_float, cash.takings(session, shift.id)).expected

    def _check_in(self, session: Session, shift: Shift, today: date, number: int) -> Plan:
        types = list(session.scalars(select(RoomType.id)))
        self.rng.shuffle(types)
        departure = today + timedelta(days=self.rng.choice((1, 1, 2, 3)))
        for type_id in types:
            ready = checkin.ready_rooms(session, type_id, departure=departure)
            if ready:
                room_id = session.scalars(select(Room.id).where(Room.number == self.rng.choice(ready))).one()
                break
        else:
            raise NothingToDoError
        return Plan("check_in", {
            "room_id": room_id, "name": f"Crash Guest {number}", "id_number": f"CK{number:08d}",
            "phone": f"139{number:08d}", "departure": departure.isoformat(),
            "method": self.rng.choice((Method.CASH, Method.CASH, Method.CARD)).value,
            "deposit": self.rng.choice(("200.00", "300.00", "500.00")), "today": today.isoformat(),
        })

    def _payment(self, session: Session, shift: Shift, today: date, number: int) -> Plan:
        stays = sorted(self._in_house(session))
        if not stays:
            raise NothingToDoError
        return Plan("payment", {"stay_id": self.rng.choice(stays), "amount": self._money(1000, 60000),
                                "method": self.rng.choice((Method.CASH, Method.CASH, Method.MOBILE)).value,
                                "shift_id": shift.id})

    def _refund(self, session: Session, shift: Shift, today: date, number: int) -> Plan:
        credits = {stay_id: -t.balance for stay_id, t in self._in_house(session).items() if t.balance < 0}
        if not credits:
            raise NothingToDoError
        stay_id = self.rng.choice(sorted(credits))
        amount = Decimal(self.rng.randrange(1, int(credits[stay_id] * 100) + 1)) / 100
        method = Method.CASH if self._drawer(session, shift) >= amount else Method.CARD
        return Plan("refund", {"stay_id": stay_id, "amount": str(amount), "method": method.value,
                               "shift_id": shift.id})

    def _check_out(self, session: Session, shift: Shift, today: date, number: int) -> Plan:
        stays = self._in_house(session)
        if not stays:
            raise NothingToDoError
        stay_id = self.rng.choice(sorted(stays))
        totals = stays[stay_id]
        held = totals.deposit_held
        refund = max(-totals.balance, Decimal("0.00"))
        pay = max(totals.balance - held, Decimal("0.00"))
        settled = folio.plan_settlement(totals.balance - pay + refund, folio.held_deposits(session, stay_id))
        refund_method = Method.CARD if refund and self._drawer(session, shift) < refund else Method.CASH
        room_id = session.get_one(Stay, stay_id).room_id
        return Plan("check_out", {"stay_id": stay_id, "room_id": room_id, "pay": str(pay), "refund": str(refund),
                                  "refund_method": refund_method.value,
                                  "settlement_lines": len(settled.applied) + len(settled.refunded)})

    def _clean(self, session: Session, shift: Shift, today: date, number: int) -> Plan:
        occupied = set(session.scalars(select(Stay.room_id).where(Stay.state == StayState.IN_HOUSE)))
        blocked = set(session.scalars(select(RoomBlock.room_id).where(
            RoomBlock.kind == BlockKind.OUT_OF_ORDER, RoomBlock.returned_on.is_(None))))
        dirty = sorted(set(session.scalars(select(Room.id).where(Room.hk_state == HkState.DIRTY,
                                                                  Room.active.is_(True)))) - occupied - blocked)
        if not dirty:
            raise NothingToDoError
        chosen = sorted(self.rng.sample(dirty, min(len(dirty), self.rng.randint(1, 4))))
        return Plan("clean", {"room_ids": chosen})

    def _handover(self, session: Session, shift: Shift, today: date, number: int) -> Plan:
        expected = self._drawer(session, shift)
        return Plan("handover", {"shift_id": shift.id, "user_id": shift.user_id, "counted": str(expected),
                                 "float": str(min(expected, Decimal("1000.00")))})

    def _accept(self, session: Session, shift: Shift) -> Plan:
        pending = session.scalars(select(Handover).where(Handover.shift_id == shift.id,
                                                         Handover.state == HandoverState.PENDING)).one()
        incoming = next(a for a in self.actors.values() if a.username in CLERKS and a.user_id != shift.user_id)
        return Plan("accept", {"handover_id": pending.id, "shift_id": shift.id, "incoming_id": incoming.user_id,
                               "counted": str(pending.float_handed_over)})

    def _close(self, session: Session, shift: Shift, today: date, number: int) -> Plan:
        return Plan("close", {"day": today.isoformat()})

    # -- the action: one transaction through the services ------------------------------------------------------

    def run(self, session: Session, number: int, plan: Plan) -> dict[str, Any]:
        p = plan.params
        holder = self.by_id[session.scalars(select(Shift.user_id).where(Shift.open_workstation == WORKSTATION)).one()]
        if plan.kind == "check_in":
            registration = Registration(name=p["name"], phone=p["phone"], id_type=IdType.PASSPORT,
                                        id_number=p["id_number"], nationality="CHN")
            stay_id = checkin.check_in(session, holder, registration=registration, room_id=p["room_id"],
                                       departure=date.fromisoformat(p["departure"]),
                                       deposit=checkin.DepositInput(Method(p["method"]), p["deposit"], tag(number)))
            return {"stay_id": stay_id}
        if plan.kind == "payment":
            return {"line_id": folio.post_payment(session, holder, stay_id=p["stay_id"], method=Method(p["method"]),
                                                  amount=p["amount"], reference=tag(number))}
        if plan.kind == "refund":
            return {"line_id": folio.refund(session, holder, stay_id=p["stay_id"], method=Method(p["method"]),
                                            amount=p["amount"], reason=tag(number))}
        if plan.kind == "check_out":
            if Decimal(p["refund"]):
                folio.refund(session, holder, stay_id=p["stay_id"], method=Method(p["refund_method"]),
                             amount=p["refund"], reason=tag(number))
            payments = [checkout.PaymentInput(Method.CARD, p["pay"], tag(number))] if Decimal(p["pay"]) else []
            result = checkout.check_out(session, holder, stay_id=p["stay_id"], payments=payments)
            return {"room": result.room, "applied": str(result.deposit_applied)}
        if plan.kind == "clean":
            marked = status.mark_rooms(session, self.actors["housekeeping"], room_ids=p["room_ids"],
                                       state=HkState.CLEAN, reason=tag(number))
            return {"changed": list(marked.changed)}
        if plan.kind == "handover":
            return {"handover_id": handover.hand_over(session, holder, counted_total=p["counted"],
                                                      float_handed_over=p["float"], notes_other=tag(number))}
        if plan.kind == "accept":
            return {"shift_id": handover.accept(session, self.by_id[p["incoming_id"]], handover_id=p["handover_id"],
                                                counted_total=p["counted"])}
        if plan.kind == "close":
            closed = close.close_day(session, self.actors["manager"], business_date=date.fromisoformat(p["day"]),
                                     reason=tag(number))
            return {"next": closed.next_date.isoformat(), "room_charges": closed.room_charges}
        raise AssertionError(plan.kind)


def work(url: str, journal_path: str, seed: int, first: int, first_kind: str | None = None) -> int:
    """Run operations from number ``first`` on, until killed."""
    journal = Journal(journal_path)
    database = Database(url)
    worker = Worker(database, random.Random(seed))
    journal.write("ready")
    number = first
    while True:
        with database.reading() as session:
            today = settings_row(session).business_date
        with clock.frozen(moment(today)):
            plan = worker.plan(number, first_kind if number == first else None)
            journal.write("begin", number, plan.kind, json.dumps(plan.params))
            began = perf_counter()
            try:
                with database.writing() as session:
                    result = worker.run(session, number, plan)
                result["ms"] = round((perf_counter() - began) * 1000)
            except DeskError as error:
                journal.write("refused", number, type(error).__name__, str(error).replace("\n", " "))
            except Exception:
                journal.write("failed", number, plan.kind, json.dumps(traceback.format_exc()))
                return 3
            else:
                journal.write("done", number, json.dumps(result))
        number += 1


def serve() -> int:
    """The fork server (see the module's docstring)."""
    for line in sys.stdin:
        command, *args = line.split()
        if command == "run":
            url, journal_path, seed, first, *first_kind = args
            pid = os.fork()
            if pid == 0:
                code = 1
                try:
                    sys.stdin.close()
                    code = work(url, journal_path, int(seed), int(first), *first_kind)
                except BaseException:
                    traceback.print_exc()
                finally:
                    os._exit(code)
            print("pid", pid, flush=True)
        elif command == "wait":
            pid = int(args[0])
            _, status = os.waitpid(pid, 0)
            print("exit", pid, os.waitstatus_to_exitcode(status), flush=True)
    return 0


def main(argv: list[str]) -> int:
    if argv == ["--serve"]:
        return serve()
    url, journal_path, seed, first, *first_kind = argv
    return work(url, journal_path, int(seed), int(first), *first_kind)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
