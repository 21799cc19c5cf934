"""Who may do what: the role matrix, enforced in the services themselves."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import pytest
from sqlalchemy.orm import Session

from desk import auth
from desk.actor import Actor
from desk.db import Database
from desk.errors import PermissionDeniedError
from desk.models import BlockKind, HkState, Role
from desk.permissions import Permission, allowed, require
from desk.rooms import housekeeping, status
from tests.desk.demo_rooms import free_rooms, open_block, row_counts
from tests.helpers.fixtures import DEMO_DATE

P = Permission
# The documented matrix, written out: clerks take the housekeeper's call ("305 is done")
# but do not inspect; housekeeping does rooms only; the manager does everything.
MATRIX: dict[Role, set[Permission]] = {
    Role.CLERK: {P.ROOM_MARK_CLEAN, P.ROOM_MARK_DIRTY, P.FRONT_DESK, P.COMPLAINTS},
    Role.HOUSEKEEPING: {P.ROOM_MARK_CLEAN, P.ROOM_MARK_DIRTY, P.ROOM_MARK_INSPECTED, P.ROOM_BLOCK,
                        P.HOUSEKEEPING_REPORT},
    Role.MANAGER: {P.ROOM_MARK_CLEAN, P.ROOM_MARK_DIRTY, P.ROOM_MARK_INSPECTED, P.ROOM_BLOCK, P.HOUSEKEEPING_REPORT,
                   P.FRONT_DESK, P.USERS_MANAGE, P.SETTINGS_MANAGE,
                   # Approvals of the Reservations tab: overbooking, hold extensions, rates below the clerk's limit.
                   P.OVERBOOK, P.EXTEND_HOLD, P.RATE_BELOW_LIMIT,
                   # Approvals of the Front desk tab, and guests' full ID numbers.
                   P.ADJUST_ABOVE_LIMIT, P.REVEAL_ID,
                   # Shifts, complaints and the day close.
                   P.SHIFT_OVERRIDE, P.COMPLAINTS, P.COMPENSATE_ABOVE_LIMIT, P.COMPLAINT_ALERTS, P.DAY_CLOSE,
                   # Guests' personal data and the audit trail.
                   P.GUEST_DATA, P.AUDIT_TRAIL},
}


@pytest.mark.parametrize("role", list(Role))
@pytest.mark.parametrize("permission", list(Permission))
def test_allowed_follows_the_matrix(role: Role, permission: Permission) -> None:
    assert allowed(role, permission) is (permission in MATRIX[role])


def test_require_names_the_user_the_role_and_the_action() -> None:
    actor = Actor(7, "chen", "Chen Jing", Role.HOUSEKEEPING, "ws")
    require(actor, Permission.ROOM_BLOCK)
    with pytest.raises(PermissionDeniedError) as refused:
        require(actor, Permission.USERS_MANAGE)
    assert str(refused.value) == "chen (Housekeeping lead) may not manage users. Ask a manager."
    assert refused.value.template.startswith("{user} ({role}) may not {action}")


def test_housekeeping_cannot_create_users(demo_db: Database, actors: dict[str, Actor]) -> None:
    with pytest.raises(PermissionDeniedError, match=r"^housekeeping \(Housekeeping lead\) may not manage users\."), \
            demo_db.writing() as session:
        auth.create_user(session, actors["housekeeping"], username="newbie", full_name="New Bie", role=Role.CLERK,
                         password="secret99")
    with demo_db.reading() as session:
        assert "newbie" not in {u.username for u in auth.list_users(session)}


def _inspect(session: Session, actor: Actor) -> None:
    [room_id] = free_rooms(session, HkState.CLEAN)
    status.mark_rooms(session, actor, room_ids=[room_id], state=HkState.INSPECTED)


def _clean(session: Session, actor: Actor) -> None:
    [room_id] = free_rooms(session, HkState.DIRTY)
    status.mark_rooms(session, actor, room_ids=[room_id], state=HkState.CLEAN)


def _dirty(session: Session, actor: Actor) -> None:
    [room_id] = free_rooms(session, HkState.INSPECTED)
    status.mark_rooms(session, actor, room_ids=[room_id], state=HkState.DIRTY)


def _block(session: Session, actor: Actor) -> None:
    [room_id] = free_rooms(session, HkState.INSPECTED)
    status.set_block(session, actor, room_ids=[room_id], kind=BlockKind.OUT_OF_SERVICE, reason="Paint",
                     start=DEMO_DATE, end=DEMO_DATE + timedelta(days=1))


def _return(session: Session, actor: Actor) -> None:
    room_id = open_block(session, active_on=DEMO_DATE).room_id
    status.return_to_service(session, actor, room_ids=[room_id])


def _report(session: Session, actor: Actor) -> None:
    [room_id] = free_rooms(session, HkState.INSPECTED)
    housekeeping.submit_report(session, actor, findings={room_id: False})


def _create_user(session: Session, actor: Actor) -> None:
    auth.create_user(session, actor, username="temp", full_name="Temp Worker", role=Role.CLERK, password="secret99")


SERVICES: dict[str, tuple[Callable[[Session, Actor], None], Permission]] = {
    "mark inspected": (_inspect, P.ROOM_MARK_INSPECTED),
    "mark clean": (_clean, P.ROOM_MARK_CLEAN),
    "mark dirty": (_dirty, P.ROOM_MARK_DIRTY),
    "set a block": (_block, P.ROOM_BLOCK),
    "return to service": (_return, P.ROOM_BLOCK),
    "housekeeping report": (_report, P.HOUSEKEEPING_REPORT),
    "create a user": (_create_user, P.USERS_MANAGE),
}


@pytest.mark.parametrize("username", ["manager", "clerk", "housekeeping"])
@pytest.mark.parametrize("service", list(SERVICES))
def test_each_service_checks_the_role(demo_db: Database, actors: dict[str, Actor], username: str,
                                      service: str) -> None:
    run, permission = SERVICES[service]
    actor = actors[username]
    if permission in MATRIX[actor.role]:
        with demo_db.writing() as session:
            run(session, actor)
        return
    with demo_db.reading() as session:
        before = row_counts(session)
    with pytest.raises(PermissionDeniedError, match=rf"^{username} \(.+\) may not .+\. Ask a manager\.$"), \
            demo_db.writing() as session:
        run(session, actor)
    with demo_db.reading() as session:
        assert row_counts(session) == before
