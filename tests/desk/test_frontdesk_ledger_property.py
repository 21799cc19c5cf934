"""The folio as a ledger, under random sequences of postings on one in-house
stay: each operation runs as one transaction and may be refused; a small model
says which ones must be refused and what the balance must be, and after every
step the rows themselves must agree: balance = charges - payments + refunds -
deposits applied, the deposit held never negative, one audit entry per line,
and a refusal leaves no row behind."""

from __future__ import annotations

import itertools
import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from desk import clock
from desk.actor import Actor
from desk.db import Database
from desk.errors import DeskError, PermissionDeniedError, RuleError, ValidationError
from desk.frontdesk import checkin, checkout, folio
from desk.frontdesk.checkout import PaymentInput
from desk.models import AuditEntry, ChargeType, FolioLine, LineKind, Method, Stay, StayState
from tests.desk.frontdesk_helpers import CASH_300, NOON, TODAY, day, ledger, registration
from tests.desk.reservation_helpers import build_small_hotel
from tests.helpers.fixtures import _template

ZERO = Decimal("0.00")
LIMIT = Decimal("200.00")
MAX = Decimal("999999.99")


@dataclass
class Template:
    path: Path
    folder: Path
    clerk: Actor
    manager: Actor
    stay_id: int
    names: Iterator[int] = field(default_factory=itertools.count)

    def fresh(self) -> tuple[Database, Path]:
        target = self.folder / f"example-{next(self.names)}.sqlite3"
        shutil.copyfile(self.path, target)
        return Database(f"sqlite:///{target}"), target


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Template:
    """A small hotel with one walk-in in house (a 300.00 cash deposit taken), built once."""
    folder = tmp_path_factory.mktemp("ledger")
    path = folder / "template.sqlite3"
    shutil.copyfile(_template(tmp_path_factory, "empty", False), path)
    database = Database(f"sqlite:///{path}")
    with clock.frozen(NOON), database.writing() as session:
        hotel = build_small_hotel(session, {"SK": 2})
        stay_id = checkin.check_in(session, hotel.clerk, registration=registration(), room_id=hotel.rooms["101"],
                                   departure=day(2), deposit=CASH_300)
    database.dispose()
    return Template(path, folder, hotel.clerk, hotel.manager, stay_id)


# --- Operations and their model -------------------------------------------------------------------------------------

amounts = st.one_of(
    st.integers(min_value=1, max_value=60_000).map(lambda cents: str(Decimal(cents) / 100)),
    st.sampled_from(["0", "0.00", "-0.01", "-25", "10.001", "NaN", "1000000", "200.00", "200.01"]),
)
methods = st.sampled_from(list(Method))
who = st.sampled_from(["clerk", "manager"])
operations = st.one_of(
    st.tuples(st.just("extra"), who, st.sampled_from(folio.EXTRAS), amounts),
    st.tuples(st.just("discount"), who, amounts),
    st.tuples(st.just("adjustment"), who, amounts, st.booleans()),
    st.tuples(st.just("payment"), who, methods, amounts),
    st.tuples(st.just("refund"), who, methods, amounts),
    st.tuples(st.just("deposit"), who, methods, amounts),
    st.tuples(st.just("reverse"), who, st.integers(min_value=0, max_value=50)),
    st.tuples(st.just("check_out"), who, methods, st.sampled_from(["none", "exact", "amount"]), amounts),
)


def _money(text: str, *, negative: bool = False) -> Decimal | None:
    """The amount a service accepts, or None when it must refuse it."""
    try:
        value = Decimal(text)
    except InvalidOperation:
        return None
    if not value.is_finite() or value != value.quantize(Decimal("0.01")) or abs(value) > MAX:
        return None
    if value == 0 or (value < 0 and not negative):
        return None
    return value


def adjustment_text(op: tuple) -> str:  # type: ignore[type-arg]
    """An adjustment's amount as typed: the drawn amount, made negative when the step says so."""
    text = op[2]
    return "-" + text if op[3] and not text.startswith("-") else text


@dataclass
class Line:
    id: int
    kind: LineKind
    amount: Decimal
    reverses: int | None
    deposit_id: int | None = None


@dataclass
class Model:
    """What the folio must be, kept by hand."""

    lines: list[Line]
    open: bool = True

    def sum(self, kind: LineKind) -> Decimal:
        return sum((line.amount for line in self.lines if line.kind is kind), ZERO)

    @property
    def balance(self) -> Decimal:
        return (self.sum(LineKind.CHARGE) - self.sum(LineKind.PAYMENT) + self.sum(LineKind.REFUND)
                - self.sum(LineKind.DEPOSIT_APPLIED))

    @property
    def held(self) -> Decimal:
        return self.sum(LineKind.DEPOSIT) - self.sum(LineKind.DEPOSIT_APPLIED) - self.sum(LineKind.DEPOSIT_REFUND)

    def reversed_ids(self) -> set[int]:
        return {line.reverses for line in self.lines if line.reverses is not None}


def expected_refusal(model: Model, op: tuple, role: str) -> type[DeskError] | None:  # type: ignore[type-arg]
    """The refusal the operation must meet, or None if it must go through."""
    name = op[0]
    if name == "check_out" and not model.open:
        return RuleError  # the stay is looked at before the final payments
    if name == "extra":
        amount = _money(op[3])
    elif name == "discount":
        amount = _money(op[2])
    elif name == "adjustment":
        amount = _money(adjustment_text(op), negative=True)
    elif name in ("payment", "refund", "deposit"):
        amount = _money(op[3])
    elif name == "check_out":
        amount = _money(op[4]) if op[3] == "amount" else Decimal("1")
    else:
        amount = Decimal("1")
    if amount is None:
        return ValidationError
    if name in ("discount", "adjustment") and abs(amount) > LIMIT and role == "clerk":
        return PermissionDeniedError
    if not model.open:
        return RuleError
    if name == "refund" and amount > -model.balance:
        return RuleError
    if name == "reverse":
        if not model.lines:
            return None  # nothing to reverse: the step is skipped
        target = model.lines[op[2] % len(model.lines)]
        if target.reverses is not None or target.id in model.reversed_ids():
            return RuleError
        if abs(target.amount) > LIMIT and role == "clerk":
            return PermissionDeniedError
    if name == "check_out":
        owed = model.balance - (payment(model, op) or ZERO)
        if owed - min(model.held, max(owed, ZERO)) != 0:
            return RuleError
    return None


def predicted(model: Model, op: tuple) -> tuple[Decimal, Decimal]:  # type: ignore[type-arg]
    """The balance and the deposit held after an operation that went through."""
    balance, held = model.balance, model.held
    name = op[0]
    if name == "extra":
        return balance + Decimal(op[3]), held
    if name == "discount":
        return balance - Decimal(op[2]), held
    if name == "adjustment":
        return balance + Decimal(adjustment_text(op)), held
    if name == "payment":
        return balance - Decimal(op[3]), held
    if name == "refund":
        return balance + Decimal(op[3]), held
    if name == "deposit":
        return balance, held + Decimal(op[3])
    if name == "reverse":
        target = model.lines[op[2] % len(model.lines)]
        effect = {LineKind.CHARGE: (-1, 0), LineKind.PAYMENT: (1, 0), LineKind.REFUND: (-1, 0),
                  LineKind.DEPOSIT: (0, -1)}[target.kind]
        return balance + effect[0] * target.amount, held + effect[1] * target.amount
    return ZERO, ZERO  # a check-out leaves nothing owed and nothing held


def payment(model: Model, op: tuple) -> Decimal | None:  # type: ignore[type-arg]
    """The final payment a check-out step offers."""
    if op[3] == "none":
        return None
    if op[3] == "exact":
        due = model.balance - model.held
        return due if due > 0 else None
    return _money(op[4])


def run(session, actor: Actor, stay_id: int, model: Model, op: tuple) -> None:  # type: ignore[no-untyped-def, type-arg]
    name = op[0]
    if name == "extra":
        folio.post_charge(session, actor, stay_id=stay_id, charge_type=op[2], amount=op[3], description="Extra")
    elif name == "discount":
        folio.post_charge(session, actor, stay_id=stay_id, charge_type=ChargeType.DISCOUNT, amount=op[2],
                          description="Goodwill")
    elif name == "adjustment":
        folio.post_charge(session, actor, stay_id=stay_id, charge_type=ChargeType.ADJUSTMENT,
                          amount=adjustment_text(op),
                          description="Correction")
    elif name == "payment":
        folio.post_payment(session, actor, stay_id=stay_id, method=op[2], amount=op[3])
    elif name == "refund":
        folio.refund(session, actor, stay_id=stay_id, method=op[2], amount=op[3], reason="Over-payment")
    elif name == "deposit":
        folio.take_deposit(session, actor, stay_id=stay_id, method=op[2], amount=op[3])
    elif name == "reverse":
        target = model.lines[op[2] % len(model.lines)]
        folio.reverse(session, actor, line_id=target.id, reason="Mistake")
    else:
        final = payment(model, op)
        if op[3] == "amount":
            payments = [PaymentInput(op[2], op[4])]
        else:
            payments = [PaymentInput(op[2], str(final))] if final is not None else []
        checkout.check_out(session, actor, stay_id=stay_id, payments=payments)


def snapshot(database: Database, stay_id: int) -> tuple[Model, int, int, int]:
    """The folio read back from its rows (checked against the ledger's sums), and the row counts."""
    with database.reading() as session:
        rows = session.scalars(select(FolioLine).where(FolioLine.stay_id == stay_id).order_by(FolioLine.id)).all()
        model = Model([Line(r.id, r.kind, r.amount, r.reverses_id, r.deposit_id) for r in rows],
                      session.get_one(Stay, stay_id).state is StayState.IN_HOUSE)
        audits = session.scalar(select(func.count(AuditEntry.id))) or 0
        folio_audits = session.scalar(select(func.count(AuditEntry.id)).where(
            AuditEntry.subject_kind == "stay", AuditEntry.subject_id == stay_id,
            AuditEntry.action.like("folio.%"))) or 0
        totals = folio.stay_totals(session, stay_id)
        own = ledger(session, stay_id)
        # The rows as the model would write them, and the ledger's own sums.
        assert totals.balance == own.balance == model.balance
        assert totals.deposit_held == own.held == model.held
        assert totals.deposit_held >= 0
        assert sum(totals.held_by_method.values(), ZERO) == totals.deposit_held
        assert all(v > 0 for v in totals.held_by_method.values())
        assert all(r.business_date == TODAY and r.amount == r.amount.quantize(Decimal("0.01")) for r in rows)
        for r in rows:
            if r.reverses_id is not None:
                original = session.get_one(FolioLine, r.reverses_id)
                assert (r.kind, r.amount, r.method) == (original.kind, -original.amount, original.method)
    return model, len(rows), audits, folio_audits


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(steps=st.lists(operations, min_size=1, max_size=12))
def test_random_postings_keep_the_ledger_whole(template: Template, steps: list[tuple]) -> None:  # type: ignore[type-arg]
    database, path = template.fresh()
    actors = {"clerk": template.clerk, "manager": template.manager}
    stay_id = template.stay_id
    try:
        with clock.frozen(NOON):
            model, lines, audits, folio_audits = snapshot(database, stay_id)
            assert folio_audits == lines == 1
            for op in steps:
                if op[0] == "reverse" and not model.lines:
                    continue
                expected = expected_refusal(model, op, op[1])
                try:
                    with database.writing() as session:
                        run(session, actors[op[1]], stay_id, model, op)
                except DeskError as error:
                    assert expected is not None and isinstance(error, expected), (op, error, model.balance)
                    event(f"{op[0]} refused: {type(error).__name__}")
                    _, lines_after, audits_after, folio_after = snapshot(database, stay_id)
                    assert (lines_after, audits_after, folio_after) == (lines, audits, folio_audits), op
                    continue
                assert expected is None, (op, "went through", model.balance, model.held)
                event(f"{op[0]} went through")
                after, lines_after, audits_after, folio_after = snapshot(database, stay_id)
                assert (after.balance, after.held) == predicted(model, op), op
                assert audits_after > audits, op
                assert lines_after > lines or op[0] == "check_out", op  # a check-out of a settled folio adds none
                assert folio_after == lines_after  # one audit entry per line: never a half-written posting
                if not after.open:
                    assert after.balance == 0 and after.held == 0
                model, lines, audits, folio_audits = after, lines_after, audits_after, folio_after
    finally:
        database.dispose()
        for leftover in path.parent.glob(path.name + "*"):
            leftover.unlink()
