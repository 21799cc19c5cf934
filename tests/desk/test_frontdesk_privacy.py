"""Guests' ID numbers: stored in full, shown masked everywhere, revealed only
to a manager with a reason in the audit trail; a returning guest is found by
ID document or phone."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select

from desk import clock
from desk.actor import Actor
from desk.db import Database
from desk.errors import NotFoundError, PermissionDeniedError, ValidationError
from desk.frontdesk.queries import find_guest, in_house, receipt, stay_view
from desk.models import AuditEntry, Guest, HkState, IdType
from desk.privacy import mask_id, reveal_id
from tests.desk.demo_rooms import free_rooms
from tests.desk.frontdesk_helpers import NOON, VALID_ID, audits, refused, registration, walk_in


@pytest.fixture(autouse=True)
def _noon() -> Iterator[None]:
    with clock.frozen(NOON):
        yield


@pytest.mark.parametrize(
    ("number", "masked"),
    [
        (VALID_ID, "110105********002X"),
        ("110105491231002", "110105*****1002"),
        ("C01X00T47", "C0*****47"),
        ("H12345678", "H1*****78"),
        ("12345678", "12****78"),
        ("AB123", "AB*23"),
        ("ABCD", "A**D"),
        ("ABC", "A*C"),
        ("", ""),
    ],
)
def test_mask_id_shapes(number: str, masked: str) -> None:
    assert mask_id(number) == masked


@given(st.text(alphabet="0123456789ABCDEFGHJKLMNPQRSTUVWXYZ-", min_size=3, max_size=40))
def test_a_masked_number_keeps_its_length_and_hides_the_middle(number: str) -> None:
    masked = mask_id(number)
    assert len(masked) == len(number)
    hidden = masked.count("*")
    assert hidden >= 1 and hidden >= len(number) - 10
    shown = [(a, b) for a, b in zip(masked, number, strict=True) if a != "*"]
    assert all(a == b for a, b in shown)


@pytest.mark.parametrize("number", ["A", "AB"])
def test_a_very_short_number_is_not_shown(number: str) -> None:
    assert mask_id(number) == "*" * len(number)


@pytest.fixture
def stay_id(demo_db: Database, actors: dict[str, Actor]) -> int:
    with demo_db.reading() as session:
        [room_id] = free_rooms(session, HkState.INSPECTED)
    return walk_in(demo_db, actors["clerk"], room_id, reg=registration(adults=2, companions=("Li Hua",)))


def _guest_id(database: Database) -> int:
    with database.reading() as session:
        guest_id = session.scalar(select(Guest.id).where(Guest.id_number == VALID_ID))
    assert guest_id is not None
    return guest_id


def test_only_a_manager_reveals_an_id_and_the_reveal_is_audited(demo_db: Database, actors: dict[str, Actor],
                                                                stay_id: int) -> None:
    guest_id = _guest_id(demo_db)
    for user in ("clerk", "housekeeping"):
        refused(demo_db, lambda s, u=user: reveal_id(s, actors[u], guest_id=guest_id, reason="Police request"),
                PermissionDeniedError, "may not see a guest's full ID number")
    refused(demo_db, lambda s: reveal_id(s, actors["manager"], guest_id=guest_id, reason="  "), ValidationError,
            "Please fill in the reason")
    refused(demo_db, lambda s: reveal_id(s, actors["manager"], guest_id=999_999, reason="Police request"),
            NotFoundError, "That guest no longer exists.")
    with demo_db.writing() as session:
        shown = reveal_id(session, actors["manager"], guest_id=guest_id, reason=" Public security check ")
    assert shown == VALID_ID
    with demo_db.reading() as session:
        [entry] = audits(session, "guest.reveal_id", guest_id)
    assert (entry.username, entry.subject_kind) == ("manager", "guest")
    assert "Public security check" in entry.summary and f"guest {guest_id}" in entry.summary
    assert "Zhou Ming" not in entry.summary  # the trail names guests by number: the purge leaves it whole
    assert VALID_ID not in entry.summary


def test_the_full_number_is_never_in_what_the_screens_and_the_audit_trail_show(demo_db: Database,
                                                                               stay_id: int) -> None:
    with demo_db.reading() as session:
        view = stay_view(session, stay_id)
        printed = receipt(session, stay_id)
        rows = in_house(session)
        summaries = list(session.scalars(select(AuditEntry.summary)))
    assert view.id_masked == "110105********002X" and view.id_type is IdType.RESIDENT_ID
    assert view.occupants == ("Zhou Ming", "Li Hua")
    for shown in (view, printed, *rows):
        assert VALID_ID not in repr(shown)
        assert all(VALID_ID not in str(v) for v in dataclasses.astuple(shown))  # type: ignore[arg-type]
    assert not [s for s in summaries if VALID_ID in s or VALID_ID[:14] in s]


def test_a_returning_guest_is_found_by_id_or_phone(demo_db: Database, stay_id: int) -> None:
    guest_id = _guest_id(demo_db)
    with demo_db.reading() as session:
        by_id = find_guest(session, id_type=IdType.RESIDENT_ID, id_number=" 11010519491231002x ")
        by_phone = find_guest(session, phone="+86 138-1234-5678")
        wrong_type = find_guest(session, id_type=IdType.PASSPORT, id_number=VALID_ID)
        unknown = find_guest(session, phone="139 9999 0000", id_type=IdType.RESIDENT_ID,
                             id_number="110105194912310010")
        nonsense = find_guest(session, phone="not a phone")
    assert by_id is not None and by_phone is not None
    assert by_id.guest_id == by_phone.guest_id == guest_id
    assert (by_id.name, by_id.phone, by_id.id_masked, by_id.nationality) == ("Zhou Ming", "138 1234 5678",
                                                                            "110105********002X", "CHN")
    assert wrong_type is None and unknown is None and nonsense is None


def test_a_phone_known_only_from_a_booking_is_not_a_registered_guest(demo_db: Database) -> None:
    with demo_db.reading() as session:
        phone = session.scalar(select(Guest.phone).where(Guest.id_number == "").limit(1))
        assert phone is not None and find_guest(session, phone=phone) is None


def test_a_returning_guest_is_found_by_the_number_typed_as_at_check_in(demo_db: Database, stay_id: int) -> None:
    with demo_db.reading() as session:
        found = find_guest(session, id_type=IdType.RESIDENT_ID, id_number="110105 19491231 002X")
    assert found is not None

