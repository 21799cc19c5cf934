"""Crash safety: a Desk process killed (SIGKILL) at random moments while it
checks guests in (with a deposit), takes payments, refunds, checks guests out,
marks rooms clean, hands the shift over and accepts it, and closes the day
(tests/desk/crash_worker.py, each operation one transaction through the real
services), restarted on the same database after every kill.

After each kill, before the next start:

- SQLite's ``PRAGMA integrity_check`` says ok and ``foreign_key_check`` finds
  nothing (on PostgreSQL: the killed connection is gone first);
- the operation the kill interrupted is wholly there or wholly absent: a
  check-in has its guest, stay, occupant, deposit line, room event and audit
  entries, or none of them; a handover froze the shift or changed nothing; an
  acceptance closed the shift and opened the next, or changed nothing; a day
  close froze its statistics, posted its room charges and moved the date, or
  did nothing (and so on for every kind);
- every operation the journal says committed is there (nothing confirmed is
  lost), every refused one absent, and nothing else carries an operation's tag;
- every folio's balance equals the sum of its lines (one audit entry each),
  a checked-out folio is settled, each shift's expected cash is float + cash
  received - cash paid out from its lines (and so is what its handover froze),
  one shift is open at the workstation, every closed date has one row of
  statistics whose room revenue is its room charges', and each room's
  housekeeping state is the end of its chain of events.

The delays before each kill come from a seeded RNG; the moments they hit
depend on the machine's speed. Most restarts fork from a server that has
imported Desk already (see crash_worker.py): a fresh interpreter costs 2-3 s
on a loaded two-core machine. A few restarts are fresh interpreters
(``python -m tests.desk.crash_worker URL ...``).
"""

from __future__ import annotations

import json
import os
import random
import re
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import select, text

from desk.dayclose.figures import net_of_tax
from desk.db import Database, sqlite_path
from desk.frontdesk import folio
from desk.models import (
    AuditEntry,
    ChargeType,
    DailyStats,
    FolioLine,
    Guest,
    Handover,
    HandoverState,
    HotelSettings,
    LineKind,
    Method,
    NoShowCharge,
    Room,
    RoomStatusEvent,
    Shift,
    ShiftState,
    StatusEventKind,
    Stay,
    StayOccupant,
    StayState,
)
from desk.shifts import cash
from tests.desk.crash_worker import WORKSTATION, tag
from tests.helpers.fixtures import DEMO_DATE

ROOT = Path(__file__).resolve().parents[2]
SEED = 20261120
KILLS = {"sqlite": 110, "postgresql": 25}
SLOWER = {"sqlite": 1.0, "postgresql": 2.0}  # PostgreSQL's round trips make each operation slower: longer delays
FRESH_EVERY = 40  # every 40th start is a fresh interpreter, the first one included
# Seconds from the worker's "ready" to the kill: mostly short (a fresh process is slow at its first operation of
# each kind: SQLAlchemy compiles each statement once per process), sometimes long enough for a slow day close
# to finish. A tenth of the kills aim at the start-up instead (connecting, recovering the WAL).
SHORT, LONG, LONG_SHARE = 0.35, 1.5, 0.25
EARLY_KILLS, EARLY = 0.1, 0.05
# Half the runs begin with a chosen kind of operation, and the kill comes within its first AIMED seconds: so the
# rarer, slower operations (the day close, the handover) are killed in the middle often enough.
AIMED_SHARE, AIMED = 0.5, 0.7
AIMS = ("check_in", "payment", "refund", "check_out", "clean", "handover", "close")
TAG = re.compile(r"^crash op (\d+)$")
MARK_TAG = re.compile(r"\((crash op \d+)\)$")
ZERO = Decimal("0.00")
Fact = tuple[str, bool]


# -- the journal --------------------------------------------------------------------------------------------------


@dataclass
class Op:
    number: int
    kind: str
    params: dict[str, Any]
    run: int
    outcome: str = "open"  # done, refused, or open: the kill came before the outcome was written
    detail: str = ""
    last: bool = False  # the last operation its run began
    committed: bool | None = None  # what the database says about an open one


def read_journal(path: Path, run: int) -> tuple[bool, list[Op], list[str]]:
    """(ready, operations, failures) of one run; a line cut by the kill is ignored."""
    if not path.exists():
        return False, [], []
    ready, ops, failures = False, [], []
    by_number: dict[int, Op] = {}
    for line in path.read_text().split("\n")[:-1]:
        word, _, rest = line.partition(" ")
        if word == "ready":
            ready = True
        elif word == "begin":
            number, kind, params = rest.split(" ", 2)
            by_number[int(number)] = op = Op(int(number), kind, json.loads(params), run)
            ops.append(op)
        elif word in ("done", "refused"):
            number, _, detail = rest.partition(" ")
            op = by_number[int(number)]
            op.outcome, op.detail = word, detail
        elif word == "failed":
            failures.append(rest)
    if ops:
        ops[-1].last = True
    return ready, ops, failures


# -- the database as it is after a kill ---------------------------------------------------------------------------


@dataclass
class Snapshot:
    today: date
    tax_rate: Decimal
    tax_included: bool
    guests: dict[str, list[int]]  # id number -> guest ids
    stays: dict[int, Any]
    stays_by_guest: dict[int, list[int]]
    occupants: dict[str, list[tuple[int, int]]]  # name -> (stay, position)
    lines: Sequence[Any]
    by_stay: dict[int, list[Any]] = field(default_factory=lambda: defaultdict(list))
    by_reference: dict[str, list[Any]] = field(default_factory=lambda: defaultdict(list))
    by_reason: dict[str, list[Any]] = field(default_factory=lambda: defaultdict(list))
    events: Sequence[Any] = ()
    by_event_reason: dict[str, list[Any]] = field(default_factory=lambda: defaultdict(list))
    audits: Counter[tuple[str, int | None]] = field(default_factory=Counter)
    audit_days: Counter[tuple[str, date]] = field(default_factory=Counter)
    checked_in_names: set[str] = field(default_factory=set)
    marked: Counter[str] = field(default_factory=Counter)  # tag -> room.mark_clean entries
    shifts: dict[int, Any] = field(default_factory=dict)
    handovers: dict[int, Any] = field(default_factory=dict)
    stats: dict[date, Any] = field(default_factory=dict)
    no_shows: dict[date, list[Decimal]] = field(default_factory=lambda: defaultdict(list))
    rooms: dict[int, Any] = field(default_factory=dict)
    takings: dict[int, Decimal] = field(default_factory=dict)  # shift -> desk's expected cash


def snapshot(database: Database) -> Snapshot:
    with database.reading() as s:
        settings = s.get_one(HotelSettings, 1)
        guests: dict[str, list[int]] = defaultdict(list)
        for guest_id, number in s.execute(select(Guest.id, Guest.id_number).where(Guest.id_number.like("CK%"))):
            guests[number].append(guest_id)
        stays = {row.id: row for row in s.execute(select(Stay.id, Stay.guest_id, Stay.room_id, Stay.state,
                                                         Stay.arrival_date, Stay.departure_date))}
        by_guest: dict[int, list[int]] = defaultdict(list)
        for row in stays.values():
            by_guest[row.guest_id].append(row.id)
        occupants: dict[str, list[tuple[int, int]]] = defaultdict(list)
        for stay_id, position, name in s.execute(select(StayOccupant.stay_id, StayOccupant.position,
                                                        StayOccupant.name)):
            occupants[name].append((stay_id, position))
        lines = s.execute(select(FolioLine.id, FolioLine.stay_id, FolioLine.kind, FolioLine.method, FolioLine.amount,
                                 FolioLine.reference, FolioLine.reason, FolioLine.shift_id, FolioLine.business_date,
                                 FolioLine.charge_type, FolioLine.reverses_id, FolioLine.deposit_id)
                          .order_by(FolioLine.id)).all()
        snap = Snapshot(settings.business_date, settings.tax_rate, settings.rates_include_tax, guests, stays, by_guest,
                        occupants, lines)
        for line in lines:
            snap.by_stay[line.stay_id].append(line)
            snap.by_reference[line.reference].append(line)
            snap.by_reason[line.reason].append(line)
        snap.events = s.execute(select(RoomStatusEvent.id, RoomStatusEvent.room_id, RoomStatusEvent.kind,
                                       RoomStatusEvent.from_state, RoomStatusEvent.to_state, RoomStatusEvent.reason)
                                .order_by(RoomStatusEvent.id)).all()
        for event in snap.events:
            snap.by_event_reason[event.reason].append(event)
        for action, subject_id, day, summary in s.execute(select(AuditEntry.action, AuditEntry.subject_id,
                                                                 AuditEntry.business_date, AuditEntry.summary)):
            snap.audits[(action, subject_id)] += 1
            snap.audit_days[(action, day)] += 1
            if action == "stay.check_in":
                snap.checked_in_names.add(summary.partition(" checked in to room ")[0])
            elif action == "room.mark_clean" and (found := MARK_TAG.search(summary)):
                snap.marked[found.group(1)] += 1
        snap.shifts = {row.id: row for row in s.execute(select(
            Shift.id, Shift.workstation, Shift.open_workstation, Shift.user_id, Shift.state, Shift.opening_float,
            Shift.previous_shift_id, Shift.closed_at))}
        snap.handovers = {row.id: row for row in s.execute(select(
            Handover.id, Handover.shift_id, Handover.state, Handover.opening_float, Handover.cash_received,
            Handover.cash_paid_out, Handover.expected_cash, Handover.counted_cash, Handover.difference,
            Handover.float_handed_over, Handover.notes_other, Handover.accepted_by_id, Handover.incoming_count,
            Handover.incoming_shift_id))}
        snap.stats = {row.business_date: row for row in s.execute(select(
            DailyStats.business_date, DailyStats.close_reason, DailyStats.room_revenue, DailyStats.no_show_revenue))}
        for day, amount in s.execute(select(NoShowCharge.business_date, NoShowCharge.amount)):
            snap.no_shows[day].append(amount)
        snap.rooms = {row.id: row for row in s.execute(select(Room.id, Room.number, Room.hk_state))}
        # Desk's own figure for each shift's drawer, to hold against the lines.
        for shift in snap.shifts.values():
            snap.takings[shift.id] = cash.cash_figures(shift.opening_float, cash.takings(s, shift.id)).expected
    return snap


@dataclass(frozen=True)
class Baseline:
    """What the demo hotel holds before the first start, where the invariants count differences."""

    audits_minus_lines: dict[int, int]
    check_in_events_minus_stays: dict[int, int]
    check_out_events_minus_stays: dict[int, int]
    hk_states: dict[int, str]
    last_event_id: int
    check_in_audits_minus_stays: int


def _per_room(snap: Snapshot) -> tuple[Counter[int], Counter[int]]:
    """Per room: occupancy events in minus stays, and events out at check-out minus checked-out stays."""
    ins: Counter[int] = Counter()
    outs: Counter[int] = Counter()
    for event in snap.events:
        if event.kind is StatusEventKind.OCCUPANCY:
            if event.to_state == "occupied":
                ins[event.room_id] += 1
            elif event.reason == "check-out":
                outs[event.room_id] += 1
    for stay in snap.stays.values():
        ins[stay.room_id] -= 1
        if stay.state is StayState.CHECKED_OUT:
            outs[stay.room_id] -= 1
    return ins, outs


def _folio_audits_minus_lines(snap: Snapshot) -> dict[int, int]:
    return {stay_id: sum(n for (action, subject), n in snap.audits.items()
                         if subject == stay_id and action.startswith("folio."))
            - len(snap.by_stay.get(stay_id, [])) for stay_id in snap.stays}


def baseline(snap: Snapshot) -> Baseline:
    ins, outs = _per_room(snap)
    return Baseline(_folio_audits_minus_lines(snap), dict(ins), dict(outs),
                    {room_id: row.hk_state.value for room_id, row in snap.rooms.items()},
                    max((e.id for e in snap.events), default=0),
                    sum(n for (action, _), n in snap.audits.items() if action == "stay.check_in") - len(snap.stays))


# -- each operation: wholly there, or wholly absent ---------------------------------------------------------------


def facts(op: Op, snap: Snapshot) -> tuple[list[Fact], list[Fact]]:
    """What must hold if ``op`` committed, and if it did not. Facts about the
    current state of a record (a stay still in house) hold only while nothing
    after ``op`` has touched it, so they are asked of a run's last operation only."""
    p, mark = op.params, tag(op.number)
    if op.kind == "check_in":
        guests = snap.guests.get(p["id_number"], [])
        stay_ids = [s for g in guests for s in snap.stays_by_guest.get(g, [])]
        stay = snap.stays[stay_ids[0]] if len(stay_ids) == 1 else None
        tagged = snap.by_reference.get(mark, [])  # the deposit, and what check-out refunds of it
        deposits = [(x.stay_id, x.kind, x.method, x.amount) for x in tagged if x.kind is LineKind.DEPOSIT]
        events = [(e.room_id, e.kind, e.from_state, e.to_state)
                  for e in snap.by_event_reason.get(f"check-in of {p['name']}", [])]
        occupants = snap.occupants.get(p["name"], [])
        sid = stay.id if stay else None
        return [
            ("one guest with the document", len(guests) == 1),
            ("one stay for the guest", stay is not None),
            # (leaving early moves the departure to the day of the check-out)
            ("the stay in the room, today to the departure", stay is not None and (
                stay.room_id, stay.arrival_date.isoformat()) == (p["room_id"], p["today"]) and (
                stay.departure_date.isoformat() == p["departure"] or (stay.state is StayState.CHECKED_OUT
                and stay.departure_date.isoformat() < p["departure"]))),
            ("the guest as the room's occupant", occupants == [(sid, 0)]),
            ("the deposit line", deposits == [(sid, LineKind.DEPOSIT, Method(p["method"]), Decimal(p["deposit"]))]),
            ("the room's occupancy event", events == [(p["room_id"], StatusEventKind.OCCUPANCY, "vacant",
                                                        "occupied")]),
            ("the check-in's audit entry", snap.audits[("stay.check_in", sid)] == 1
             and p["name"] in snap.checked_in_names),
            ("the deposit's audit entry", snap.audits[("folio.deposit", sid)] == 1),
        ], [
            ("no guest with the document", not guests),
            ("no occupant of that name", not occupants),
            ("no line with the tag", not tagged),
            ("no room event", not events),
            ("no audit entry naming the guest", p["name"] not in snap.checked_in_names),
        ]
    if op.kind in ("payment", "refund"):
        kind = LineKind.PAYMENT if op.kind == "payment" else LineKind.REFUND
        found = snap.by_reference.get(mark, []) if kind is LineKind.PAYMENT else snap.by_reason.get(mark, [])
        return [(f"the {op.kind} line in the shift", [(x.stay_id, x.kind, x.method, x.amount, x.shift_id)
                                                      for x in found]
                 == [(p["stay_id"], kind, Method(p["method"]), Decimal(p["amount"]), p["shift_id"])])], \
            [("no line with the tag", not found)]
    if op.kind == "check_out":
        stay = snap.stays[p["stay_id"]]
        paid = [x.amount for x in snap.by_reference.get(mark, [])]
        refunded = [x.amount for x in snap.by_reason.get(mark, [])]
        settled = [x for x in snap.by_stay.get(stay.id, [])
                   if x.kind in (LineKind.DEPOSIT_APPLIED, LineKind.DEPOSIT_REFUND)]
        absent = [("no line with the tag", not paid and not refunded)]
        if op.last:
            absent += [("the stay in house", stay.state is StayState.IN_HOUSE),
                       ("no check-out audit entry", snap.audits[("stay.check_out", stay.id)] == 0),
                       ("no deposit settled", not settled)]
        return [
            ("the stay checked out", stay.state is StayState.CHECKED_OUT),
            ("the check-out's audit entry", snap.audits[("stay.check_out", stay.id)] == 1),
            ("the final payment", paid == ([Decimal(p["pay"])] if Decimal(p["pay"]) else [])),
            ("the refund of the credit", refunded == ([Decimal(p["refund"])] if Decimal(p["refund"]) else [])),
            ("the deposits settled", len(settled) == p["settlement_lines"]),
        ], absent
    if op.kind == "clean":
        marks = sorted((e.room_id, e.kind, e.to_state) for e in snap.by_event_reason.get(mark, []))
        return [("a clean event for each room", marks == [(r, StatusEventKind.HOUSEKEEPING, "clean")
                                                            for r in p["room_ids"]]),
                ("an audit entry for each room", snap.marked[mark] == len(p["room_ids"]))], \
            [("no event with the tag", not marks), ("no audit entry with the tag", snap.marked[mark] == 0)]
    if op.kind == "handover":
        rows = [h for h in snap.handovers.values() if h.notes_other == mark]
        shift = snap.shifts[p["shift_id"]]
        absent = [("no handover with the tag", not rows)]
        if op.last:
            absent += [("the shift open", shift.state is ShiftState.OPEN),
                       ("no handover audit entry", snap.audits[("shift.hand_over", shift.id)] == 0)]
        return [
            ("one handover with the tag, of the shift, as counted", [
                (h.shift_id, h.counted_cash, h.float_handed_over) for h in rows
                if h.state in (HandoverState.PENDING, HandoverState.ACCEPTED)]
             == [(shift.id, Decimal(p["counted"]), Decimal(p["float"]))]),
            ("the shift frozen", shift.state in (ShiftState.HANDING_OVER, ShiftState.CLOSED)),
            ("the handover's audit entry", snap.audits[("shift.hand_over", shift.id)] == 1),
        ], absent
    if op.kind == "accept":
        handover, shift = snap.handovers[p["handover_id"]], snap.shifts[p["shift_id"]]
        following = [s for s in snap.shifts.values() if s.previous_shift_id == shift.id]
        absent = []
        if op.last:
            absent = [("the handover waiting", handover.state is HandoverState.PENDING),
                      ("the shift handing over", shift.state is ShiftState.HANDING_OVER),
                      ("no next shift", not following),
                      ("no acceptance audit entry", snap.audits[("shift.accept", shift.id)] == 0)]
        return [
            ("the handover accepted by the incoming clerk, as counted", (
                handover.state, handover.accepted_by_id, handover.incoming_count)
             == (HandoverState.ACCEPTED, p["incoming_id"], Decimal(p["counted"]))),
            ("the shift closed", shift.state is ShiftState.CLOSED and shift.open_workstation is None
             and shift.closed_at is not None),
            ("the incoming clerk's shift opened with the float counted", [
                (s.id, s.user_id, s.opening_float) for s in following]
             == [(handover.incoming_shift_id, p["incoming_id"], Decimal(p["counted"]))]),
            ("the acceptance's audit entry", snap.audits[("shift.accept", shift.id)] == 1),
        ], absent
    if op.kind == "close":
        day = date.fromisoformat(p["day"])
        stats = snap.stats.get(day)
        room_charges = [x for x in snap.lines if x.business_date == day and x.charge_type is ChargeType.ROOM]
        absent = [("no statistics with the tag", stats is None or stats.close_reason != mark)]
        if op.last:
            absent += [("the date not closed", stats is None), ("the date not moved", snap.today == day),
                       ("no room charge on the date", not room_charges),
                       ("no no-show charge", not snap.no_shows.get(day)),
                       ("no close audit entry", snap.audit_days[("day.close", day)] == 0)]
        return [
            ("the statistics frozen", stats is not None and stats.close_reason == mark),
            ("the date moved on", snap.today > day),
            ("the close's audit entry", snap.audit_days[("day.close", day)] == 1),
            ("room charges posted", bool(room_charges) or (stats is not None and stats.room_revenue == 0)),
        ], absent
    raise AssertionError(op.kind)


def failing(found: list[Fact]) -> list[str]:
    return [label for label, ok in found if not ok]


# -- what holds whatever was interrupted --------------------------------------------------------------------------


def invariants(snap: Snapshot, base: Baseline) -> list[str]:
    problems: list[str] = []
    # Folios: Desk's balance is the sum of the lines, each line has its audit entry, a closed folio is settled.
    audits_minus_lines = _folio_audits_minus_lines(snap)
    for stay_id, stay in snap.stays.items():
        rows = snap.by_stay.get(stay_id, [])
        totals = folio.totals((x.kind, x.method, x.amount, x.deposit_id) for x in rows)
        by_kind = {kind: sum((x.amount for x in rows if x.kind is kind), ZERO) for kind in LineKind}
        balance = (by_kind[LineKind.CHARGE] - by_kind[LineKind.PAYMENT] + by_kind[LineKind.REFUND]
                   - by_kind[LineKind.DEPOSIT_APPLIED])
        held = by_kind[LineKind.DEPOSIT] - by_kind[LineKind.DEPOSIT_APPLIED] - by_kind[LineKind.DEPOSIT_REFUND]
        if (totals.balance, totals.deposit_held) != (balance, held) or held < 0:
            problems.append(f"stay {stay_id}: balance {totals.balance} held {totals.deposit_held}, "
                            f"its lines give {balance} and {held}")
        if stay.state is StayState.CHECKED_OUT and (balance, held) != (ZERO, ZERO):
            problems.append(f"stay {stay_id} checked out with balance {balance}, deposit held {held}")
        if audits_minus_lines[stay_id] != base.audits_minus_lines.get(stay_id, 0):
            problems.append(f"stay {stay_id}: {len(rows)} lines but "
                            f"{len(rows) + audits_minus_lines[stay_id]} folio audit entries")
    # Room charges: one per stay and night, and only for closed dates.
    nights = Counter((x.stay_id, x.business_date) for x in snap.lines
                     if x.charge_type is ChargeType.ROOM and x.reverses_id is None)
    problems += [f"stay {s} charged {n} times for {d}" for (s, d), n in nights.items() if n > 1]
    problems += [f"a room charge on the open date {d}" for (_s, d) in nights if d >= snap.today]
    # Shifts: the drawer from the lines; what a handover froze; one shift open at the workstation.
    cash_in: Counter[int] = Counter()
    cash_out: Counter[int] = Counter()
    for x in snap.lines:
        if x.method is Method.CASH and x.shift_id is not None:
            if x.kind in (LineKind.PAYMENT, LineKind.DEPOSIT):
                cash_in[x.shift_id] += x.amount
            elif x.kind in (LineKind.REFUND, LineKind.DEPOSIT_REFUND):
                cash_out[x.shift_id] += x.amount
    for shift in snap.shifts.values():
        expected = shift.opening_float + cash_in[shift.id] - cash_out[shift.id]
        if snap.takings[shift.id] != expected:
            problems.append(f"shift {shift.id}: Desk expects {snap.takings[shift.id]} in the drawer, its lines "
                            f"give {expected}")
        frozen = [h for h in snap.handovers.values()
                  if h.shift_id == shift.id and h.state is not HandoverState.WITHDRAWN]
        for h in frozen:
            if (h.opening_float, h.cash_received, h.cash_paid_out, h.expected_cash, h.difference) != (
                    shift.opening_float, cash_in[shift.id], cash_out[shift.id], expected,
                    h.counted_cash - expected):
                problems.append(f"handover {h.id} froze float {h.opening_float} + {h.cash_received} - "
                                f"{h.cash_paid_out} = {h.expected_cash}; the lines of shift {shift.id} give "
                                f"{shift.opening_float} + {cash_in[shift.id]} - {cash_out[shift.id]} = {expected}")
        states = Counter(h.state for h in frozen)
        wanted = {ShiftState.OPEN: Counter(), ShiftState.HANDING_OVER: Counter({HandoverState.PENDING: 1})}
        if (shift.state in wanted and states != wanted[shift.state]) or \
                (shift.state is ShiftState.CLOSED and sum(states.values()) != 1):
            problems.append(f"shift {shift.id} is {shift.state.value} with handovers {dict(states)}")
        if shift.workstation != WORKSTATION:
            continue  # the demo's own history closes some shifts by a manager's override
        handed = sum(1 for h in snap.handovers.values() if h.shift_id == shift.id)
        if snap.audits[("shift.hand_over", shift.id)] != handed:
            problems.append(f"shift {shift.id}: {handed} handovers, "
                            f"{snap.audits[('shift.hand_over', shift.id)]} audit entries")
        accepted = states[HandoverState.ACCEPTED]
        if snap.audits[("shift.accept", shift.id)] != accepted:
            problems.append(f"shift {shift.id}: {accepted} acceptances, "
                            f"{snap.audits[('shift.accept', shift.id)]} audit entries")
    open_here = [s.id for s in snap.shifts.values() if s.open_workstation == WORKSTATION]
    if len(open_here) != 1:
        problems.append(f"shifts open at {WORKSTATION}: {open_here}")
    # Days: each closed date has its one row and its one close entry; nothing is posted to a date not yet open.
    day = DEMO_DATE
    while day < snap.today:
        stats = snap.stats.get(day)
        if stats is None or snap.audit_days[("day.close", day)] != 1:
            problems.append(f"{day} is behind the business date {snap.today} but has statistics {stats} and "
                            f"{snap.audit_days[('day.close', day)]} close entries")
        else:
            gross = sum((x.amount for x in snap.lines if x.business_date == day and x.charge_type is ChargeType.ROOM),
                        ZERO)
            no_shows = sum(snap.no_shows.get(day, []), ZERO)
            if (stats.room_revenue, stats.no_show_revenue) != (
                    net_of_tax(gross, snap.tax_rate, included=snap.tax_included)[0],
                    net_of_tax(no_shows, snap.tax_rate, included=snap.tax_included)[0]):
                problems.append(f"{day}: frozen room revenue {stats.room_revenue} and no-shows "
                                f"{stats.no_show_revenue}; the charges are {gross} and {no_shows} gross")
        day += timedelta(days=1)
    problems += [f"statistics for {d}, which is not closed" for d in snap.stats if d >= snap.today]
    problems += [f"no-show charges on {d}, which is not closed" for d, charges in snap.no_shows.items()
                 if charges and d >= snap.today]
    # Rooms: one guest at most; occupancy events and audit entries go with stays; housekeeping chains unbroken.
    in_house = Counter(s.room_id for s in snap.stays.values() if s.state is StayState.IN_HOUSE)
    problems += [f"room {snap.rooms[r].number} has {n} guests in house" for r, n in in_house.items() if n > 1]
    ins, outs = _per_room(snap)
    for room_id in snap.rooms:
        if ins[room_id] != base.check_in_events_minus_stays.get(room_id, 0) or \
                outs[room_id] != base.check_out_events_minus_stays.get(room_id, 0):
            problems.append(f"room {snap.rooms[room_id].number}: occupancy events do not match its stays")
    check_ins = sum(n for (action, _), n in snap.audits.items() if action == "stay.check_in")
    if check_ins - len(snap.stays) != base.check_in_audits_minus_stays:
        problems.append(f"{len(snap.stays)} stays, {check_ins} check-in audit entries")
    chain = dict(base.hk_states)
    for event in snap.events:
        if event.id > base.last_event_id and event.kind is StatusEventKind.HOUSEKEEPING:
            if event.from_state != chain[event.room_id]:
                problems.append(f"event {event.id}: room id {event.room_id} {event.from_state} -> "
                                f"{event.to_state}, but it was {chain[event.room_id]}")
            chain[event.room_id] = event.to_state
    problems += [f"room {row.number} is {row.hk_state.value}; its events end at {chain[room_id]}"
                 for room_id, row in snap.rooms.items() if row.hk_state.value != chain[room_id]]
    return problems


def tags_in(snap: Snapshot) -> set[int]:
    """The operations whose tag is somewhere in the database."""
    texts = [*snap.by_reference, *snap.by_reason, *snap.by_event_reason, *snap.marked,
             *(h.notes_other for h in snap.handovers.values()), *(s.close_reason for s in snap.stats.values())]
    found = {int(m.group(1)) for t in texts if (m := TAG.match(t))}
    found |= {int(number[2:]) for number in snap.guests}
    return found


# -- the test -----------------------------------------------------------------------------------------------------


class Workers:
    """Starts a worker (forked by ``python -m tests.desk.crash_worker --serve``, or a fresh interpreter) and
    kills it; closing kills any worker still running and stops the server."""

    def __init__(self, env: dict[str, str], work: Path) -> None:
        self.env, self.log_path = env, work / "server.log"
        self.log = self.log_path.open("w")
        self.server = subprocess.Popen([sys.executable, "-m", "tests.desk.crash_worker", "--serve"], cwd=ROOT,
                                       env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=self.log,
                                       text=True)
        self.pid: int | None = None
        self.fresh: subprocess.Popen[str] | None = None

    def _ask(self, line: str) -> list[str]:
        assert self.server.stdin is not None and self.server.stdout is not None
        self.server.stdin.write(line + "\n")
        self.server.stdin.flush()
        answer = self.server.stdout.readline().split()
        assert answer, f"the fork server stopped; see {self.log_path}"
        return answer

    def start(self, args: list[object], *, fresh: bool) -> None:
        if fresh:
            self.fresh = subprocess.Popen([sys.executable, "-m", "tests.desk.crash_worker", *map(str, args)],
                                          cwd=ROOT, env=self.env, stderr=subprocess.PIPE, text=True)
            self.pid = self.fresh.pid
        else:
            self.pid = int(self._ask(" ".join(["run", *map(str, args)]))[1])

    def kill(self) -> tuple[int, str]:
        """SIGKILL the worker, wait for it to be gone; (its exit status, what it said on stderr)."""
        assert self.pid is not None
        os.kill(self.pid, signal.SIGKILL)
        if self.fresh is not None:
            status = self.fresh.wait(timeout=30)
            assert self.fresh.stderr is not None
            said = self.fresh.stderr.read()
            self.fresh.stderr.close()
        else:
            status, said = int(self._ask(f"wait {self.pid}")[2]), self.log_path.read_text()[-3000:]
        self.pid, self.fresh = None, None
        return status, said

    def close(self) -> None:
        if self.pid is not None:
            self.kill()
        assert self.server.stdin is not None
        self.server.stdin.close()
        try:
            self.server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.server.kill()
            self.server.wait()
        self.log.close()


@dataclass
class Tally:
    kills: int = 0
    fresh: int = 0
    early: int = 0  # before the worker said it was ready
    between: int = 0  # after it was ready, outside any operation's transaction
    inside: Counter[str] = field(default_factory=Counter)  # "close committed", "close rolled back", ...
    outcomes: Counter[str] = field(default_factory=Counter)
    seconds_checking: float = 0.0

    def summary(self, backend: str, elapsed: float, ops: int, today: date) -> str:
        return (f"{backend}: {self.kills} kills ({self.fresh} fresh interpreters, {self.early} before the worker was "
                f"ready, {self.between} between operations) in {elapsed:.1f} s ({self.seconds_checking:.1f} s "
                f"checking); {ops} operations; killed inside: {dict(sorted(self.inside.items()))}; outcomes: "
                f"{dict(sorted(self.outcomes.items()))}; business date now {today}")


def wait_until_gone(database: Database) -> None:
    """PostgreSQL: the killed worker's connection is gone (no COMMIT it sent still in flight)."""
    if database.is_sqlite:
        return
    deadline = time.monotonic() + 20
    with database.engine.connect() as connection:
        while connection.execute(text("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                                      "AND backend_type = 'client backend' AND pid <> pg_backend_pid()")).scalar_one():
            assert time.monotonic() < deadline, "the killed worker's connection stays on the server"
            time.sleep(0.02)
            connection.rollback()


def file_checks(path: Path | None) -> list[str]:
    """SQLite's own checks of the file (opening it recovers the WAL the killed process left)."""
    if path is None:
        return []
    connection = sqlite3.connect(path)
    try:
        integrity = connection.execute("PRAGMA integrity_check").fetchall()
        foreign = connection.execute("PRAGMA foreign_key_check").fetchall()
    finally:
        connection.close()
    return ([f"integrity_check: {integrity}"] if integrity != [("ok",)] else []) + \
        ([f"foreign_key_check: {foreign[:10]}"] if foreign else [])


@dataclass
class Verifier:
    """Everything the journals say so far, held against the database after each kill."""

    base: Baseline
    ops: dict[int, Op] = field(default_factory=dict)
    tally: Tally = field(default_factory=Tally)

    def after_kill(self, database: Database, ready: bool, new_ops: list[Op]) -> tuple[list[str], Snapshot]:
        started = time.monotonic()
        self.tally.kills += 1
        self.tally.early += not ready
        self.tally.between += ready and (not new_ops or new_ops[-1].outcome != "open")
        self.ops.update((op.number, op) for op in new_ops)
        wait_until_gone(database)
        problems = file_checks(sqlite_path(database.url))
        snap = snapshot(database)
        database.dispose()
        for op in new_ops:
            problems += self._settle(op, snap)
        committed = {n for n, op in self.ops.items() if op.outcome == "done" or op.committed}
        for number in sorted(committed):
            op = self.ops[number]
            problems += [f"operation {number} ({op.kind}, {op.outcome}) lost: {label}"
                         for label in failing(facts(op, snap)[0])]
        problems += [f"operation {n} ({self.ops[n].kind + ', ' + self.ops[n].outcome if n in self.ops else 'never'} "
                     f"begun) left its tag but did not commit" for n in sorted(tags_in(snap) - committed)]
        problems += invariants(snap, self.base)
        self.tally.seconds_checking += time.monotonic() - started
        return problems, snap

    def _settle(self, op: Op, snap: Snapshot) -> list[str]:
        """An interrupted operation is wholly there or wholly absent (and which is recorded); a refused one absent."""
        self.tally.outcomes[f"{op.kind} {op.outcome}"] += 1
        there, absent = facts(op, snap)
        if op.outcome == "refused":
            return [f"operation {op.number} ({op.kind}) was refused ({op.detail}) but left: {label}"
                    for label in failing(absent)]
        if op.outcome != "open":
            return []
        missing_there, missing_absent = failing(there), failing(absent)
        op.committed = not missing_there
        self.tally.inside[f"{op.kind} {'committed' if op.committed else 'rolled back'}"] += 1
        if missing_there and missing_absent:
            return [f"operation {op.number} ({op.kind} {op.params}) is half there: missing {missing_there}, "
                    f"yet {missing_absent}"]
        return []


def delay_before_kill(rng: random.Random, slower: float) -> tuple[bool, str, float]:
    """(aimed at the start-up, the kind of operation to begin with, seconds to wait)."""
    if rng.random() < EARLY_KILLS:
        return True, "", rng.uniform(0, EARLY)
    if rng.random() < AIMED_SHARE:
        return False, rng.choice(AIMS), slower * rng.uniform(0, AIMED)
    return False, "", slower * (rng.uniform(SHORT, LONG) if rng.random() < LONG_SHARE else rng.uniform(0, SHORT))


def test_killed_at_random_moments_loses_nothing_and_half_writes_nothing(demo_db: Database, tmp_path: Path) -> None:
    backend = "sqlite" if demo_db.is_sqlite else "postgresql"
    url = demo_db.engine.url.render_as_string(hide_password=False)
    rng = random.Random(SEED)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("DESK_DATABASE_URL", None)
    initial = snapshot(demo_db)
    verifier = Verifier(baseline(initial))
    assert invariants(initial, verifier.base) == []
    demo_db.dispose()  # no connection of ours while a worker runs
    started = time.monotonic()
    workers = Workers(env, tmp_path)
    try:
        for run in range(KILLS[backend]):
            journal = tmp_path / f"run-{run:03d}.log"
            early, aim, delay = delay_before_kill(rng, SLOWER[backend])
            first = max(verifier.ops, default=0) + 1
            fresh = run % FRESH_EVERY == 0
            workers.start([url, journal, rng.randrange(2**31), first] + ([aim] if aim else []), fresh=fresh)
            deadline = time.monotonic() + 60
            while not early and not read_journal(journal, run)[0]:
                assert time.monotonic() < deadline, f"run {run}: the worker did not get ready"
                time.sleep(0.005)
            time.sleep(delay)
            status, said = workers.kill()
            ready, new_ops, failures = read_journal(journal, run)
            assert not failures, f"run {run}: an operation failed with an exception that is not a DeskError:\n" + \
                "\n".join(json.loads(f.split(" ", 2)[2]) for f in failures)
            assert status == -signal.SIGKILL, f"run {run} ended by itself with status {status}:\n{said}"
            verifier.tally.fresh += fresh
            problems, snap = verifier.after_kill(demo_db, ready, new_ops)
            assert not problems, f"after kill {run + 1} ({backend}), in {journal.name}:\n" + "\n".join(problems[:40])
    finally:
        workers.close()
    tally, ops = verifier.tally, verifier.ops
    print("\n" + tally.summary(backend, time.monotonic() - started, len(ops), snap.today))
    assert tally.kills == KILLS[backend]
    # The worker did what the test is about: every kind of operation committed, and kills landed inside them
    # (asked of SQLite's longer series; PostgreSQL's is short, and slower, so it may miss a kind).
    if demo_db.is_sqlite:
        done = Counter(op.kind for op in ops.values() if op.outcome == "done" or op.committed)
        assert set(done) == {"check_in", "payment", "refund", "check_out", "clean", "handover", "accept", "close"}, \
            done
        assert sum(tally.inside.values()) >= tally.kills // 3, tally.inside
