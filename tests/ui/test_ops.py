"""Ops.run: one transaction per action, a conflict retried, nothing claimed that did not happen."""

from __future__ import annotations

from sqlalchemy.exc import OperationalError

from desk.errors import RuleError
from ui.ops import RETRIES, ChangeHub, Ops


class _DeadlockError(Exception):
    sqlstate = "40P01"


def _ops(demo_db, actors) -> tuple[Ops, list[frozenset[str]]]:
    hub = ChangeHub(demo_db)
    announced: list[frozenset[str]] = []
    hub.changed.connect(announced.append)
    return Ops(demo_db, actors["clerk"], hub), announced


def test_a_deadlock_is_retried_and_then_succeeds(qapp, demo_db, actors):
    ops, announced = _ops(demo_db, actors)
    calls = []

    def service(session, actor):
        calls.append(1)
        if len(calls) == 1:
            raise OperationalError("UPDATE rooms", {}, _DeadlockError("deadlock detected"))
        return "done"

    outcome = ops.run(service, kinds=frozenset({"room"}))
    assert outcome.ok and outcome.value == "done" and len(calls) == 2
    assert announced == [frozenset({"room"})]


def test_a_lasting_conflict_says_so_and_claims_nothing(qapp, demo_db, actors):
    ops, announced = _ops(demo_db, actors)

    def service(session, actor):
        raise OperationalError("UPDATE rooms", {}, _DeadlockError("deadlock detected"))

    outcome = ops.run(service, kinds=frozenset({"room"}))
    assert not outcome.ok and "Another workstation was changing the same records" in outcome.error
    assert announced == []


def test_a_lost_server_is_not_retried(qapp, demo_db, actors):
    ops, _ = _ops(demo_db, actors)
    calls = []

    def service(session, actor):
        calls.append(1)
        raise OperationalError("SELECT 1", {}, Exception("connection refused"))

    outcome = ops.run(service, kinds=frozenset({"room"}))
    assert not outcome.ok and "could not be reached" in outcome.error and len(calls) == 1
    assert RETRIES >= 1


def test_a_refusal_is_not_retried_and_keeps_its_kind(qapp, demo_db, actors):
    ops, _ = _ops(demo_db, actors)

    def service(session, actor):
        raise RuleError("Room {room} is dirty", room="305")

    outcome = ops.run(service, kinds=frozenset({"room"}))
    assert outcome.refusal is RuleError and outcome.error == "Room 305 is dirty"
