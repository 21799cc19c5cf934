"""Data safety in the database: the append-only audit trail (refused by the
database itself), the manager's view and export of it, the hotel's policies,
and the retention purge that anonymises guests and keeps every figure."""

from __future__ import annotations

import dataclasses
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from desk import clock
from desk.actor import Actor
from desk.audit_trail import TrailFilter, export, search
from desk.db import Database
from desk.errors import PermissionDeniedError, RuleError, ValidationError
from desk.models import AuditEntry, FolioLine, Guest, Stay, StayOccupant, StayState
from desk.policies import policies, update_policies
from desk.privacy import ANONYMISED, purge, purge_plan
from desk.settings import settings_row
from tests.helpers.fixtures import DEMO_DATE, DEMO_MORNING


@pytest.mark.parametrize("statement", ["UPDATE audit_entries SET summary = 'edited'", "DELETE FROM audit_entries"])
def test_the_database_refuses_to_change_or_delete_an_audit_entry(demo_db: Database, statement: str) -> None:
    with demo_db.reading() as session:
        before = list(session.execute(select(AuditEntry.id, AuditEntry.summary).order_by(AuditEntry.id)))
    with pytest.raises(DBAPIError, match="append-only"), demo_db.writing() as session:
        session.execute(text(statement))
    with demo_db.reading() as session:
        assert list(session.execute(select(AuditEntry.id, AuditEntry.summary).order_by(AuditEntry.id))) == before


def test_the_manager_filters_the_trail_and_a_clerk_may_not(demo_db: Database, actors: dict[str, Actor]) -> None:
    with demo_db.reading() as session:
        postings = search(session, actors["manager"], TrailFilter(action="folio"))
        by_clerk = search(session, actors["manager"], TrailFilter(username="Housekeeping", action="room"))
        dated = search(session, actors["manager"], TrailFilter(date_from=DEMO_DATE, date_to=DEMO_DATE))
        everything = session.scalar(select(func.count(AuditEntry.id)))
        with pytest.raises(PermissionDeniedError, match="may not see the audit trail"):
            search(session, actors["clerk"])
    assert postings and {row.action.split(".")[0] for row in postings} == {"folio"}
    assert by_clerk and {row.username for row in by_clerk} == {"housekeeping"}
    assert {row.business_date for row in dated} == {DEMO_DATE} and len(dated) < (everything or 0)
    assert [row.id for row in postings] == sorted((row.id for row in postings), reverse=True)
    with demo_db.reading() as session, pytest.raises(ValidationError, match="first date is after"):
        search(session, actors["manager"], TrailFilter(date_from=DEMO_DATE, date_to=DEMO_DATE - timedelta(days=1)))


def test_the_trail_exports_to_a_workbook_and_the_export_is_itself_logged(
        demo_db: Database, actors: dict[str, Actor], tmp_path: Path) -> None:
    path = tmp_path / "trail.xlsx"
    with clock.frozen(DEMO_MORNING), demo_db.writing() as session:
        rows = search(session, actors["manager"], TrailFilter(action="shift"))
        export(session, actors["manager"], TrailFilter(action="shift"), path)
    sheet = openpyxl.load_workbook(path).active
    assert sheet is not None
    header_row = next(r for r in range(1, 10) if sheet.cell(row=r, column=1).value == "No.")
    ids = [sheet.cell(row=r, column=1).value for r in range(header_row + 1, header_row + 1 + len(rows))]
    assert ids == [row.id for row in rows] and sheet.freeze_panes == f"A{header_row + 1}"
    with demo_db.reading() as session:
        [(username, summary)] = session.execute(select(AuditEntry.username, AuditEntry.summary)
                                                .where(AuditEntry.action == "audit.export")).all()
    assert username == "manager" and f"{len(rows)} entries" in summary


def test_policies_are_validated_and_every_change_is_audited(demo_db: Database, actors: dict[str, Actor]) -> None:
    with demo_db.reading() as session:
        current = policies(session)
    assert current.retention_days is None and current.idle_lock_minutes == 10 and current.backup_keep_days == 30
    for change, message in (({"retention_days": 7}, "keeping period in days must be a whole number from 30"),
                            ({"idle_lock_minutes": 500}, "idle time before locking must be a whole number"),
                            ({"backup_keep_days": 0}, "days backups are kept must be"),
                            ({"clerk_adjustment_limit": Decimal("-1")}, "cannot be negative")):
        with pytest.raises(ValidationError, match=message), demo_db.writing() as session:
            update_policies(session, actors["manager"], dataclasses.replace(current, **change))
    with pytest.raises(PermissionDeniedError), demo_db.writing() as session:
        update_policies(session, actors["clerk"], dataclasses.replace(current, retention_days=365))
    with demo_db.writing() as session:
        update_policies(session, actors["manager"], dataclasses.replace(current, retention_days=365,
                                                                        idle_lock_minutes=5))
    with demo_db.reading() as session:
        assert (policies(session).retention_days, policies(session).idle_lock_minutes) == (365, 5)
        changes = session.scalars(select(AuditEntry.summary).where(AuditEntry.action == "settings.change")).all()
    assert sorted(changes) == ["idle_lock_minutes: 10 -> 5", "retention_days: None -> 365"]


def _ledger(session: Session) -> tuple[int, Decimal]:
    return (session.scalar(select(func.count(Stay.id))) or 0,
            session.scalar(select(func.sum(FolioLine.amount))) or Decimal(0))


def test_the_purge_anonymises_guests_past_the_keeping_period_and_keeps_the_figures(
        demo_db: Database, actors: dict[str, Actor]) -> None:
    with demo_db.reading() as session, pytest.raises(RuleError, match="No keeping period is set"):
        purge_plan(session)
    with demo_db.writing() as session:
        settings = settings_row(session)
        settings.retention_days = 30
        settings.business_date = DEMO_DATE + timedelta(days=400)  # a year later: only in-house guests are recent
        in_house = set(session.scalars(select(Stay.guest_id).where(Stay.state == StayState.IN_HOUSE)))
        stays_before, money_before = _ledger(session)
        audit_before = session.scalar(select(func.count(AuditEntry.id)))
    with demo_db.reading() as session:
        plan = purge_plan(session)
    assert plan.guest_ids and not set(plan.guest_ids) & in_house
    with pytest.raises(PermissionDeniedError), demo_db.writing() as session:
        purge(session, actors["clerk"])
    with demo_db.writing() as session:
        assert purge(session, actors["manager"]) == len(plan.guest_ids)
    with demo_db.reading() as session:
        gone = session.scalars(select(Guest).where(Guest.id.in_(plan.guest_ids))).all()
        assert {(g.name, g.phone, g.id_number, g.nationality) for g in gone} == {(ANONYMISED, "", "", "")}
        assert all(g.anonymised_at is not None for g in gone)
        kept = session.scalars(select(Guest).where(Guest.id.in_(in_house))).all()
        assert all(g.name != ANONYMISED and g.anonymised_at is None for g in kept)
        occupants = session.scalars(select(StayOccupant.name).join(Stay, Stay.id == StayOccupant.stay_id)
                                    .where(Stay.guest_id.in_(plan.guest_ids))).all()
        assert set(occupants) <= {ANONYMISED}
        assert _ledger(session) == (stays_before, money_before)
        assert session.scalar(select(func.count(AuditEntry.id))) == (audit_before or 0) + 1
        [summary] = session.scalars(select(AuditEntry.summary).where(AuditEntry.action == "guest.purge")).all()
    assert summary.startswith(f"{len(plan.guest_ids)} guests anonymised")
    with demo_db.writing() as session:
        assert purge(session, actors["manager"]) == 0


def test_a_workbook_with_guests_names_is_a_managers_export_and_logged(
        demo_db: Database, actors: dict[str, Actor], tmp_path: Path) -> None:
    from desk.dayclose import run

    with pytest.raises(PermissionDeniedError, match="may not export or purge guests' personal data"):
        run.export_occupancy(demo_db, DEMO_DATE, tmp_path / "out", actor=actors["clerk"])
    assert not (tmp_path / "out").exists()
    with clock.frozen(DEMO_MORNING):
        path = run.export_occupancy(demo_db, DEMO_DATE, tmp_path / "out", actor=actors["manager"])
    assert path.exists()
    with demo_db.reading() as session:
        [(username, summary)] = session.execute(select(AuditEntry.username, AuditEntry.summary)
                                                .where(AuditEntry.action == "export.day")).all()
    assert username == "manager" and summary == f"Workbooks of {DEMO_DATE.isoformat()} written: {path.name}"
