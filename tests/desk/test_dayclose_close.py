"""Closing the business day: the checklist, the postings, the frozen statistics,
idempotency (twice, or after a crash) and who may do it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk import clock, permissions
from desk.actor import Actor
from desk.dayclose import close as closing
from desk.dayclose import run
from desk.dayclose.checklist import ItemKind, checklist
from desk.dayclose.close import close_day
from desk.dayclose.figures import net_of_tax
from desk.dayclose.stats import count_day, counts_of
from desk.db import Database
from desk.errors import PermissionDeniedError, RuleError, ValidationError
from desk.frontdesk import folio
from desk.models import (
    AuditEntry,
    ChargeType,
    DailyStats,
    FolioLine,
    HkState,
    LineKind,
    NoShowCharge,
    Reservation,
    ReservationState,
    Role,
    Room,
    RoomType,
    Stay,
    StayKind,
    StayState,
)
from desk.reservations import booking
from desk.settings import business_date
from tests.desk.dayclose_helpers import NIGHT, TODAY, Inn, build_inn
from tests.desk.frontdesk_helpers import NOON


@pytest.fixture
def inn(empty_db: Database) -> Inn:
    return build_inn(empty_db)


@dataclass(frozen=True)
class State:
    lines: int
    room_charges_today: int
    no_show_charges: int
    stats: int
    closes: int
    business_date: object
    dirty: int
    reservations_confirmed: int


def state(database: Database) -> State:
    with database.reading() as session:
        def count(*where: object, of: object = FolioLine.id) -> int:
            return session.scalar(select(func.count(of)).where(*where)) or 0  # type: ignore[arg-type]

        return State(count(), count(FolioLine.charge_type == ChargeType.ROOM, FolioLine.business_date == TODAY),
                     count(of=NoShowCharge.id), count(of=DailyStats.business_date),
                     count(AuditEntry.action == "day.close", of=AuditEntry.id), business_date(session),
                     count(Room.hk_state == HkState.DIRTY, of=Room.id),
                     count(Reservation.state == ReservationState.CONFIRMED, of=Reservation.id))


def close(database: Database, actor: Actor, reason: str = "") -> closing.CloseResult:
    with clock.frozen(NIGHT), database.writing() as session:
        return close_day(session, actor, business_date=TODAY, reason=reason)


def test_the_checklist_names_each_open_item_and_where_it_is_fixed(demo_db: Database,
                                                                  actors: dict[str, Actor]) -> None:
    with clock.frozen(NOON), demo_db.writing() as session:  # a phone booking, held until 18:00
        room_type = session.scalars(select(RoomType).order_by(RoomType.id)).first()
        assert room_type is not None
        booking.create_reservation(session, actors["manager"], overbook_reason="test", details=booking.BookingDetails(
            "Hold Guest", "13800138001", 1, 0, room_type.id, TODAY, TODAY + timedelta(days=1)))
    with clock.frozen(NOON), demo_db.reading() as session:
        at_noon = checklist(session)
    with clock.frozen(NIGHT), demo_db.reading() as session:
        at_night = checklist(session)
    kinds = {item.kind for item in at_noon}
    assert {ItemKind.ARRIVAL, ItemKind.NO_SHOW, ItemKind.DEPARTURE, ItemKind.SHIFT} <= kinds
    # After the hold time the non-guaranteed arrivals are released: no longer open.
    assert ItemKind.ARRIVAL not in {item.kind for item in at_night}
    assert sum(item.kind is ItemKind.DEPARTURE for item in at_night) == 8
    tabs = {item.kind: item.tab for item in at_noon}
    assert tabs[ItemKind.ARRIVAL] == "reservations" and tabs[ItemKind.DEPARTURE] == "front_desk"
    assert tabs[ItemKind.SHIFT] == "shifts"
    assert all(item.text and item.record_id for item in at_noon)


def test_with_items_open_a_reason_is_required_and_nothing_is_written(demo_db: Database,
                                                                     actors: dict[str, Actor]) -> None:
    before = state(demo_db)
    with pytest.raises(ValidationError, match="items on the checklist are still open"):
        close(demo_db, actors["manager"])
    assert state(demo_db) == before
    result = close(demo_db, actors["manager"], reason="Two guests leave at dawn; shift ends at midnight")
    assert result.open_items and all(item.kind is not ItemKind.NO_SHOW for item in result.open_items)
    with demo_db.reading() as session:
        row = session.get_one(DailyStats, TODAY)
        assert row.close_reason == "Two guests leave at dawn; shift ends at midnight"
        assert len(row.open_items) == len(result.open_items)
        assert {item["kind"] for item in row.open_items} >= {"departure", "shift"}


def test_the_demo_closes_one_room_charge_per_paid_stay_in_house(demo_db: Database,
                                                                 actors: dict[str, Actor]) -> None:
    result = close(demo_db, actors["manager"], reason="demo")
    with demo_db.reading() as session:
        paid = session.scalars(select(Stay).where(Stay.state == StayState.IN_HOUSE, Stay.kind == StayKind.NORMAL,
                                                  Stay.departure_date > TODAY)).all()
        charges = session.execute(select(FolioLine.stay_id, FolioLine.amount).where(
            FolioLine.charge_type == ChargeType.ROOM, FolioLine.business_date == TODAY)).all()
        assert sorted(stay_id for stay_id, _ in charges) == sorted(s.id for s in paid)
        assert {stay_id: amount for stay_id, amount in charges} == {s.id: s.rate for s in paid}
    assert result.room_charges == len(paid) == result.counts.sold


def test_a_quiet_night_closes_without_a_reason(inn: Inn, empty_db: Database) -> None:
    with clock.frozen(NIGHT), empty_db.reading() as session:
        assert [item.kind for item in checklist(session)] == [ItemKind.NO_SHOW]  # charged by the close itself
    result = close(empty_db, inn.manager)
    assert (result.business_date, result.next_date) == (TODAY, TODAY + timedelta(days=1))
    assert (result.room_charges, result.no_show_charges, result.open_items) == (3, 1, ())
    with empty_db.reading() as session:
        assert business_date(session) == TODAY + timedelta(days=1)
        charged = dict(session.execute(select(FolioLine.stay_id, FolioLine.amount).where(
            FolioLine.charge_type == ChargeType.ROOM, FolioLine.business_date == TODAY)).all())
    # Paid stays only: complimentary, house use and the guest who left have none.
    assert charged == {inn.stays["paid1"]: Decimal("300.00"), inn.stays["arrived"]: Decimal("300.00"),
                       inn.stays["paid2"]: Decimal("400.00")}


def test_a_room_charge_already_posted_for_the_night_is_not_posted_again(inn: Inn, empty_db: Database) -> None:
    with clock.frozen(NIGHT - timedelta(hours=2)), empty_db.writing() as session:
        stay = session.get_one(Stay, inn.stays["paid1"])
        folio.post(session, inn.manager, stay, LineKind.CHARGE, stay.rate, charge_type=ChargeType.ROOM,
                   description="posted by hand")
    assert close(empty_db, inn.manager).room_charges == 2
    with empty_db.reading() as session:
        per_stay = dict(session.execute(select(FolioLine.stay_id, func.count()).where(
            FolioLine.charge_type == ChargeType.ROOM).group_by(FolioLine.stay_id)).all())
    assert per_stay == {inn.stays["paid1"]: 1, inn.stays["arrived"]: 1, inn.stays["paid2"]: 1}


def test_a_guaranteed_no_show_is_charged_one_night(inn: Inn, empty_db: Database) -> None:
    close(empty_db, inn.manager)
    with empty_db.reading() as session:
        reservation = session.get_one(Reservation, inn.guaranteed)
        assert (reservation.state, reservation.room_id) == (ReservationState.NO_SHOW, None)
        assert reservation.no_show_at == NIGHT
        charge = session.scalars(select(NoShowCharge)).one()
        assert (charge.reservation_id, charge.business_date, charge.amount) == (inn.guaranteed, TODAY,
                                                                              Decimal("350.00"))
        row = session.get_one(DailyStats, TODAY)
        assert row.no_shows == 1
        assert row.no_show_revenue == net_of_tax(Decimal("350.00"), Decimal("6.00"), included=True)[0]


def test_occupied_rooms_turn_dirty_for_the_stay_over_service(inn: Inn, empty_db: Database) -> None:
    close(empty_db, inn.manager)
    with empty_db.reading() as session:
        states = {number: state for number, state in session.execute(select(Room.number, Room.hk_state))}
    assert {n for n, s in states.items() if s is HkState.DIRTY} == {"101", "102", "103", "104", "105"}
    assert states["106"] is HkState.CLEAN and states["108"] is HkState.INSPECTED


def test_the_frozen_row_is_the_day_as_counted(inn: Inn, empty_db: Database) -> None:
    result = close(empty_db, inn.manager)
    with empty_db.reading() as session:
        frozen = counts_of(session.get_one(DailyStats, TODAY))
        assert frozen == count_day(session, TODAY) == result.counts
    assert (frozen.keys, frozen.out_of_order, frozen.sold, frozen.complimentary, frozen.house_use) == (8, 1, 3, 1, 1)
    assert (frozen.arrivals, frozen.walk_ins, frozen.departures, frozen.persons) == (1, 1, 1, 10)
    net, tax = net_of_tax(Decimal("1000.00"), Decimal("6.00"), included=True)
    no_show_net, no_show_tax = net_of_tax(Decimal("350.00"), Decimal("6.00"), included=True)
    assert (frozen.room_revenue, frozen.no_show_revenue, frozen.tax) == (net, no_show_net, tax + no_show_tax)


def test_closing_twice_is_refused_and_posts_nothing(inn: Inn, empty_db: Database) -> None:
    close(empty_db, inn.manager)
    after = state(empty_db)
    with pytest.raises(RuleError, match="2026-11-20 is closed already; the business date is now 2026-11-21"):
        close(empty_db, inn.manager)
    assert state(empty_db) == after


def test_only_the_current_business_date_can_be_closed(inn: Inn, empty_db: Database) -> None:
    with clock.frozen(NIGHT), empty_db.writing() as session, \
            pytest.raises(RuleError, match=r"Only the current business date \(2026-11-20\)"):
        close_day(session, inn.manager, business_date=TODAY + timedelta(days=1))


def test_a_crash_halfway_leaves_nothing_and_the_close_can_run_again(inn: Inn, empty_db: Database,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    before = state(empty_db)

    def power_cut(session: Session, actor: Actor, day: object) -> None:
        raise RuntimeError("power cut")

    with monkeypatch.context() as patch:
        patch.setattr(closing, "_service_rooms", power_cut)
        with pytest.raises(RuntimeError, match="power cut"):
            close(empty_db, inn.manager)
    assert state(empty_db) == before  # no charge, no no-show, no statistics, the same date
    assert close(empty_db, inn.manager).room_charges == 3
    assert state(empty_db).room_charges_today == 3


def test_files_lost_after_the_commit_are_written_by_running_again(inn: Inn, empty_db: Database, tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    calls = []
    real_export = run.export_day

    def crash(*args: object, **kwargs: object) -> object:
        calls.append(args)
        raise OSError("disk full")

    with monkeypatch.context() as patch:
        patch.setattr(run, "export_day", crash)
        with clock.frozen(NIGHT), pytest.raises(OSError, match="disk full"):
            run.close_and_export(empty_db, inn.manager, business_date=TODAY, out_dir=tmp_path / "out")
    assert calls and real_export is run.export_day
    closed = state(empty_db)
    assert closed.stats == 1 and not (tmp_path / "out").exists()
    with clock.frozen(NIGHT + timedelta(minutes=10)):
        again = run.close_and_export(empty_db, inn.manager, business_date=TODAY, out_dir=tmp_path / "out",
                                     backup_dir=tmp_path / "backups")
    assert again.result is None  # not closed twice
    assert state(empty_db) == closed
    assert again.files.occupancy.exists() and again.files.settlement.exists()
    assert again.files.occupancy.name == "occupancy-2026-11-20.xlsx"
    if empty_db.is_sqlite:
        assert again.files.backup is not None and again.files.backup.parent == tmp_path / "backups"
    else:
        assert again.files.backup is None and "pg_dump" in again.files.backup_note


def test_clerks_may_not_close_the_day_unless_given_the_right(inn: Inn, empty_db: Database,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    assert not permissions.allowed(Role.CLERK, permissions.Permission.DAY_CLOSE)
    before = state(empty_db)
    with pytest.raises(PermissionDeniedError, match=r"clerk .* may not close the business day"):
        close(empty_db, inn.clerk)
    with pytest.raises(PermissionDeniedError):
        run.close_and_export(empty_db, inn.clerk, business_date=TODAY)
    assert state(empty_db) == before
    grants = dict(permissions._GRANTS)
    grants[Role.CLERK] = grants[Role.CLERK] | {permissions.Permission.DAY_CLOSE}
    monkeypatch.setattr(permissions, "_GRANTS", grants)
    assert close(empty_db, inn.clerk).room_charges == 3


def test_the_close_is_audited(inn: Inn, empty_db: Database) -> None:
    close(empty_db, inn.manager)
    with empty_db.reading() as session:
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "day.close")).one()
        charges = session.scalars(select(AuditEntry).where(AuditEntry.action == "folio.charge")).all()
        no_show = session.scalars(select(AuditEntry).where(AuditEntry.action == "reservation.no_show_charge")).one()
        assert (entry.username, entry.business_date, entry.at) == ("boss", TODAY, NIGHT)
        assert "3 room charges, 1 no-show charges, 3 sold of 8" in entry.summary
        assert len(charges) == 3 and "G0001" in no_show.summary
