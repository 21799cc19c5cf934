"""The demo hotel's shifts: five days of handovers between the day and the
night clerk (all accepted, one with a disagreement, one short), their cash
arithmetic consistent with the money lines they hold, and today's shift open
at this machine with open duty items."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from desk import clock
from desk.actor import Actor
from desk.db import Database
from desk.models import DutyEntry, FolioLine, Handover, HandoverState, LineKind, Method, Shift, ShiftState
from desk.shifts import duty, handover, history
from tests.desk.frontdesk_helpers import NOON, TODAY
from tests.desk.shift_helpers import HOST, at
from tests.helpers.fixtures import TEST_WORKSTATION

D = Decimal
ZERO = D("0.00")


@pytest.fixture(autouse=True)
def _noon() -> Iterator[None]:
    with clock.frozen(NOON):
        yield


def test_the_demo_has_five_days_of_accepted_handovers(demo_db: Database, actors: dict[str, Actor]) -> None:
    with demo_db.reading() as session:
        handovers = session.scalars(select(Handover).order_by(Handover.id)).all()
        shifts = {s.id: s for s in session.scalars(select(Shift))}
        listed = history.handovers(session)
        assert len(handovers) == 10 and len(listed) == 10
        assert {h.state for h in handovers} == {HandoverState.ACCEPTED}
        assert {shifts[h.shift_id].workstation for h in handovers} == {HOST}
        clerks = {actors["clerk"].user_id, actors["clerk2"].user_id}
        for h in handovers:
            outgoing, incoming = shifts[h.shift_id], shifts[h.incoming_shift_id]
            # Day and night clerks take turns; each shift is signed over to the other.
            assert {outgoing.user_id, h.accepted_by_id} == clerks
            assert (outgoing.state, outgoing.open_workstation, outgoing.closed_at) == (
                ShiftState.CLOSED, None, h.accepted_at)
            assert outgoing.closed_at - outgoing.opened_at == timedelta(hours=12)
            # The incoming shift opens with the float recounted, linked to the one it took over.
            assert (incoming.previous_shift_id, incoming.opening_float, incoming.float_handed_over,
                    incoming.user_id) == (outgoing.id, h.incoming_count, h.float_handed_over, h.accepted_by_id)
            assert incoming.float_difference == h.incoming_count - h.float_handed_over
            assert h.prepared_at < h.accepted_at
        [odd] = [h for h in handovers if h.disagreement]
        assert odd.incoming_count == odd.float_handed_over - D("1.00")
        assert shifts[odd.incoming_shift_id].float_note == odd.disagreement
        [short] = [h for h in handovers if h.difference != 0]
        assert (short.difference, short.counted_cash) == (D("-20.00"), short.expected_cash - 20)
        assert "short by 20.00" in short.notes_issues


def test_the_demo_handovers_add_up_from_their_money_lines(demo_db: Database) -> None:
    with demo_db.reading() as session:
        handovers = session.scalars(select(Handover).order_by(Handover.id)).all()
        lines = session.execute(select(FolioLine.shift_id, FolioLine.kind, FolioLine.method, FolioLine.amount)
                                .where(FolioLine.kind != LineKind.CHARGE)).all()
        floats = {s.id: s.opening_float for s in session.scalars(select(Shift))}
        # Every money line of the demo belongs to a shift.
        assert lines and all(shift_id is not None for shift_id, *_rest in lines)
        taken = D("0.00")
        for h in handovers:
            mine = [(kind, method, amount) for shift_id, kind, method, amount in lines if shift_id == h.shift_id]
            received = sum((a for k, m, a in mine if m is Method.CASH and k in (LineKind.PAYMENT, LineKind.DEPOSIT)),
                           ZERO)
            paid_out = sum((a for k, m, a in mine
                            if m is Method.CASH and k in (LineKind.REFUND, LineKind.DEPOSIT_REFUND)), ZERO)
            non_cash: dict[str, Decimal] = {}
            for kind, method, amount in mine:
                if method is not Method.CASH and kind is not LineKind.DEPOSIT_APPLIED:
                    sign = 1 if kind in (LineKind.PAYMENT, LineKind.DEPOSIT) else -1
                    non_cash[method.value] = non_cash.get(method.value, ZERO) + sign * amount
            assert (h.opening_float, h.cash_received, h.cash_paid_out) == (floats[h.shift_id], received, paid_out)
            assert h.expected_cash == h.opening_float + received - paid_out
            assert h.difference == h.counted_cash - h.expected_cash
            assert h.cash_dropped == h.counted_cash - h.float_handed_over and h.float_handed_over <= h.counted_cash
            assert {m: D(v) for m, v in h.non_cash.items()} == non_cash
            taken += received
        assert taken > 0


def test_todays_shift_is_open_at_this_machine_with_open_duty_items(demo_db: Database,
                                                                   actors: dict[str, Actor]) -> None:
    with demo_db.reading() as session:
        info = history.shift_info(session, HOST)
        assert info is not None
        open_workstations = set(session.scalars(select(Shift.open_workstation)
                                                .where(Shift.open_workstation.is_not(None))))
        last = session.scalars(select(Handover).order_by(Handover.accepted_at.desc()).limit(1)).one()
        taken_over = history.last_handover_into(session, info.id)
        own = duty.entries(session, shift_id=info.id)
        majors = session.scalars(select(DutyEntry).where(DutyEntry.major.is_(True))).all()
        preview = handover.preview(session, at(actors["clerk"], HOST))
        assert open_workstations == {HOST, TEST_WORKSTATION}
        opened = info.opened_at.astimezone(ZoneInfo("Asia/Shanghai")).replace(tzinfo=None)
        assert (info.clerk, info.state, info.business_date, opened) == (
            "Wang Fang", ShiftState.OPEN, TODAY, datetime(2026, 11, 20, 8, 0))
        assert (info.opening_float, info.float_handed_over, info.float_difference, info.pending_handover_id) == (
            last.incoming_count, last.float_handed_over, ZERO, None)
        assert last.incoming_shift_id == info.id
        # Two requests of its own, open; last night's fall in the lobby carried over until its report is in.
        assert len(own) == 2 and all(row.open and not row.major for row in own)
        assert len(majors) == 2 and sum(m.closed_at is None for m in majors) == 1
        [still_open] = [m for m in majors if m.closed_at is None]
        assert still_open.report_due == TODAY and not still_open.report
        assert taken_over is not None
        assert [(c.kind, c.item_id) for c in taken_over.carried] == [("duty", still_open.id)]
        assert {item.id for item in preview.majors_open} == {still_open.id}
        assert preview.duty_open == 3
        # Its drawer: the float and the cash deposits taken since 08:00.
        assert preview.cash_received > 0
        assert preview.expected_cash == info.opening_float + preview.cash_received - preview.cash_paid_out
