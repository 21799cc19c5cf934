"""Passwords, log-in with lock-out, and staff accounts."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import func, select

from desk import auth, clock, hotel
from desk.actor import Actor
from desk.db import Database
from desk.demo import DEMO_PASSWORD
from desk.errors import AuthenticationError, PermissionDeniedError, RuleError, ValidationError
from desk.models import AuditEntry, Role, RoomStatusEvent, User

T0 = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)


def attempt(database: Database, username: str, password: str, workstation: str | None = None
            ) -> Actor | AuthenticationError:
    """One log-in as the window does it: the transaction commits even when refused."""
    with database.writing() as session:
        try:
            return auth.log_in(session, username, password, workstation)
        except AuthenticationError as error:
            return error


def refusal(result: Actor | AuthenticationError) -> str:
    assert isinstance(result, AuthenticationError), f"expected a refusal, got {result}"
    return str(result)


# --- Password hashes -----------------------------------------------------------------------------------------------


def test_a_hash_verifies_its_password_only() -> None:
    stored = auth.hash_password("correct horse")
    assert auth.verify_password("correct horse", stored)
    assert not auth.verify_password("correct horsE", stored)
    assert not auth.verify_password("", stored)


def test_hashes_are_salted_and_do_not_contain_the_password() -> None:
    first, second = auth.hash_password("sesame42"), auth.hash_password("sesame42")
    assert first != second
    assert first.split("$")[4] != second.split("$")[4]
    assert first.startswith("scrypt$")
    assert "sesame42" not in first
    assert auth.verify_password("sesame42", first) and auth.verify_password("sesame42", second)


@pytest.mark.parametrize("stored", ["", "nonsense", "md5$16384$8$1$AAAA$AAAA", "scrypt$16384$8$1$AAAA",
                                    "scrypt$16384$8$1$AAAA$AAAA$extra"])
def test_a_malformed_hash_verifies_nothing(stored: str) -> None:
    assert auth.verify_password("anything", stored) is False


def test_a_hash_with_non_numeric_parameters_verifies_nothing() -> None:
    assert auth.verify_password("anything", "scrypt$abc$8$1$AAAA$AAAA") is False


# --- Log-in ---------------------------------------------------------------------------------------------------------


def test_log_in_returns_the_actor_and_records_it(demo_db: Database) -> None:
    with clock.frozen(T0):
        actor = attempt(demo_db, "  Clerk ", DEMO_PASSWORD, "front-1")
    assert isinstance(actor, Actor)
    assert (actor.username, actor.full_name, actor.role, actor.workstation) == ("clerk", "Wang Fang", Role.CLERK,
                                                                               "front-1")
    with demo_db.reading() as session:
        entry = session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(1)).one()
        assert (entry.action, entry.user_id, entry.username, entry.workstation, entry.at) == (
            "user.login", actor.user_id, "clerk", "front-1", T0)


def test_unknown_user_and_wrong_password_get_the_same_answer(demo_db: Database) -> None:
    unknown = refusal(attempt(demo_db, "nobody", DEMO_PASSWORD))
    wrong = refusal(attempt(demo_db, "clerk", "not-the-password"))
    assert unknown == wrong == "Wrong user name or password."


def test_five_wrong_passwords_lock_the_account_for_fifteen_minutes(demo_db: Database) -> None:
    with clock.frozen(T0):
        for _ in range(4):
            assert refusal(attempt(demo_db, "clerk", "wrong!")) == "Wrong user name or password."
        assert "locked for 15 minutes" in refusal(attempt(demo_db, "clerk", "wrong!"))
        with demo_db.reading() as session:
            assert [u.locked for u in auth.list_users(session) if u.username == "clerk"] == [True]
            assert session.scalar(select(func.count()).where(AuditEntry.action == "user.locked")) == 1
    with clock.frozen(T0 + timedelta(minutes=14, seconds=59)):
        assert "locked" in refusal(attempt(demo_db, "clerk", DEMO_PASSWORD))
    with clock.frozen(T0 + timedelta(minutes=15)):
        # The lock-out starts a fresh count: one more slip does not lock the account again.
        assert refusal(attempt(demo_db, "clerk", "wrong!")) == "Wrong user name or password."
        assert isinstance(attempt(demo_db, "clerk", DEMO_PASSWORD), Actor)
        with demo_db.reading() as session:
            assert [u.locked for u in auth.list_users(session) if u.username == "clerk"] == [False]


def test_failures_are_counted_only_until_a_good_log_in(demo_db: Database) -> None:
    with clock.frozen(T0):
        for _ in range(4):
            refusal(attempt(demo_db, "clerk", "wrong!"))
        assert isinstance(attempt(demo_db, "clerk", DEMO_PASSWORD), Actor)
        for _ in range(4):
            assert "locked" not in refusal(attempt(demo_db, "clerk", "wrong!"))
        assert isinstance(attempt(demo_db, "clerk", DEMO_PASSWORD), Actor)


def test_a_manager_unlocks_a_locked_account(demo_db: Database, actors: dict[str, Actor]) -> None:
    with clock.frozen(T0):
        for _ in range(5):
            refusal(attempt(demo_db, "clerk", "wrong!"))
        assert "locked" in refusal(attempt(demo_db, "clerk", DEMO_PASSWORD))
        with demo_db.writing() as session:
            auth.unlock(session, actors["manager"], user_id=actors["clerk"].user_id)
        assert isinstance(attempt(demo_db, "clerk", DEMO_PASSWORD), Actor)


def test_a_deactivated_user_cannot_log_in_but_their_history_stays(demo_db: Database,
                                                                  actors: dict[str, Actor]) -> None:
    clerk_id = actors["clerk"].user_id

    def history(session) -> tuple[int, int]:
        return (session.scalar(select(func.count()).where(AuditEntry.user_id == clerk_id)) or 0,
                session.scalar(select(func.count()).where(RoomStatusEvent.user_id == clerk_id)) or 0)

    with demo_db.reading() as session:
        before = history(session)
    assert all(before)
    with demo_db.writing() as session:
        auth.set_active(session, actors["manager"], user_id=clerk_id, active=False)
    assert "deactivated" in refusal(attempt(demo_db, "clerk", DEMO_PASSWORD))
    with demo_db.reading() as session:
        assert history(session) == before
        assert [u.active for u in auth.list_users(session) if u.username == "clerk"] == [False]
    with demo_db.writing() as session:
        auth.set_active(session, actors["manager"], user_id=clerk_id, active=True)
    assert isinstance(attempt(demo_db, "clerk", DEMO_PASSWORD), Actor)


def test_a_manager_cannot_deactivate_themselves(demo_db: Database, actors: dict[str, Actor]) -> None:
    manager = actors["manager"]
    with pytest.raises(RuleError, match="your own account"), demo_db.writing() as session:
        auth.set_active(session, manager, user_id=manager.user_id, active=False)
    with demo_db.reading() as session:
        assert session.get_one(User, manager.user_id).active


def test_a_clerk_cannot_deactivate_or_unlock_others(demo_db: Database, actors: dict[str, Actor]) -> None:
    with pytest.raises(PermissionDeniedError), demo_db.writing() as session:
        auth.set_active(session, actors["clerk"], user_id=actors["clerk2"].user_id, active=False)
    with pytest.raises(PermissionDeniedError), demo_db.writing() as session:
        auth.unlock(session, actors["clerk"], user_id=actors["clerk2"].user_id)


# --- Accounts ---------------------------------------------------------------------------------------------------------


def test_the_first_manager_only_while_there_are_no_accounts(empty_db: Database) -> None:
    with empty_db.writing() as session:
        hotel.create_hotel(session, None, name="New Inn", business_date=date(2026, 3, 1))
        assert not auth.has_users(session)
        actor = auth.create_first_manager(session, username="Boss", full_name="The Boss", password="secret99")
        assert (actor.username, actor.role) == ("boss", Role.MANAGER)
    with pytest.raises(RuleError, match="already has accounts"), empty_db.writing() as session:
        auth.create_first_manager(session, username="boss2", full_name="Other Boss", password="secret99")
    assert isinstance(attempt(empty_db, "boss", "secret99"), Actor)
    with empty_db.reading() as session:
        assert [u.username for u in auth.list_users(session)] == ["boss"]


def test_create_user_records_the_account_and_who_made_it(demo_db: Database, actors: dict[str, Actor]) -> None:
    with demo_db.writing() as session:
        row = auth.create_user(session, actors["manager"], username="Night.Audit", full_name=" Liu Yang ",
                               role=Role.CLERK, password="secret99")
    assert (row.username, row.full_name, row.role, row.active, row.locked) == (
        "night.audit", "Liu Yang", Role.CLERK, True, False)
    with demo_db.reading() as session:
        entry = session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(1)).one()
        assert (entry.action, entry.subject_id, entry.username) == ("user.create", row.id, "manager")
    assert isinstance(attempt(demo_db, "night.audit", "secret99"), Actor)


@pytest.mark.parametrize(
    ("username", "password", "error", "message"),
    [
        ("clerk", "secret99", RuleError, "The user name clerk is taken"),
        ("CLERK", "secret99", RuleError, "The user name clerk is taken"),
        ("new clerk", "secret99", ValidationError, "only letters, digits"),
        ("", "secret99", ValidationError, "Please fill in the user name"),
        ("x" * 41, "secret99", ValidationError, "at most 40 characters"),
        ("newclerk", "12345", ValidationError, "at least 6 characters"),
    ],
)
def test_bad_new_accounts_are_refused(demo_db: Database, actors: dict[str, Actor], username: str, password: str,
                                      error: type[Exception], message: str) -> None:
    with demo_db.reading() as session:
        before = len(auth.list_users(session))
    with pytest.raises(error, match=message), demo_db.writing() as session:
        auth.create_user(session, actors["manager"], username=username, full_name="Someone", role=Role.CLERK,
                         password=password)
    with demo_db.reading() as session:
        assert len(auth.list_users(session)) == before


def test_a_six_character_password_is_enough(demo_db: Database, actors: dict[str, Actor]) -> None:
    with demo_db.writing() as session:
        auth.create_user(session, actors["manager"], username="short", full_name="Short", role=Role.CLERK,
                         password="123456")
    assert isinstance(attempt(demo_db, "short", "123456"), Actor)


# --- Changing passwords ---------------------------------------------------------------------------------------------


def test_users_change_their_own_password_with_the_old_one(demo_db: Database, actors: dict[str, Actor]) -> None:
    clerk = actors["clerk"]
    with pytest.raises(AuthenticationError, match="current password is wrong"), demo_db.writing() as session:
        auth.change_password(session, clerk, user_id=clerk.user_id, old_password="guess", new_password="newpass1")
    with pytest.raises(AuthenticationError), demo_db.writing() as session:
        auth.change_password(session, clerk, user_id=clerk.user_id, old_password=None, new_password="newpass1")
    with pytest.raises(ValidationError, match="at least 6"), demo_db.writing() as session:
        auth.change_password(session, clerk, user_id=clerk.user_id, old_password=DEMO_PASSWORD, new_password="abc")
    assert isinstance(attempt(demo_db, "clerk", DEMO_PASSWORD), Actor)
    with demo_db.writing() as session:
        auth.change_password(session, clerk, user_id=clerk.user_id, old_password=DEMO_PASSWORD,
                             new_password="newpass1")
    assert isinstance(attempt(demo_db, "clerk", "newpass1"), Actor)
    refusal(attempt(demo_db, "clerk", DEMO_PASSWORD))


def test_a_manager_needs_the_old_password_for_their_own_account(demo_db: Database,
                                                                actors: dict[str, Actor]) -> None:
    manager = actors["manager"]
    with pytest.raises(AuthenticationError), demo_db.writing() as session:
        auth.change_password(session, manager, user_id=manager.user_id, old_password=None, new_password="newpass1")


def test_a_manager_resets_someone_elses_password(demo_db: Database, actors: dict[str, Actor]) -> None:
    with demo_db.writing() as session:
        auth.change_password(session, actors["manager"], user_id=actors["clerk"].user_id, old_password=None,
                             new_password="reset123")
    assert isinstance(attempt(demo_db, "clerk", "reset123"), Actor)
    with demo_db.reading() as session:
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "user.password")).one()
        assert (entry.username, entry.subject_id) == ("manager", actors["clerk"].user_id)


def test_a_clerk_cannot_reset_another_clerks_password(demo_db: Database, actors: dict[str, Actor]) -> None:
    with pytest.raises(PermissionDeniedError), demo_db.writing() as session:
        auth.change_password(session, actors["clerk"], user_id=actors["clerk2"].user_id,
                             old_password=DEMO_PASSWORD, new_password="hijack1")
    assert isinstance(attempt(demo_db, "clerk2", DEMO_PASSWORD), Actor)
