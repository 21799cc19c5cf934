"""Counting a business date from the rows: what the day close freezes.

Overnight rooms are the stays in house for the night of ``day`` (arrived on or
before it, leaving after it): paid ones are sold, complimentary and house-use
ones are counted apart. Day-use stays are those that arrived on ``day``. The
money is the charges posted on ``day`` (and the no-show charges), net of tax.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlalchemy.orm import Session

from desk.dayclose.figures import ZERO, DayCounts, net_of_tax
from desk.models import (
    BlockKind,
    ChargeType,
    DailyStats,
    FolioLine,
    Guarantee,
    LineKind,
    NoShowCharge,
    Reservation,
    ReservationState,
    Room,
    RoomBlock,
    Stay,
    StayKind,
    StayState,
)
from desk.settings import settings_row


def overnight(day: date) -> ColumnElement[bool]:
    """The condition for a stay in house for the night of ``day``."""
    return and_(Stay.state == StayState.IN_HOUSE, Stay.arrival_date <= day, Stay.departure_date > day,
                Stay.kind != StayKind.DAY_USE)


def count_day(session: Session, day: date) -> DayCounts:
    """The day's counts as the data stands now (the day close calls it after posting)."""
    settings = settings_row(session)
    keys = session.scalar(select(func.count()).select_from(Room).where(Room.active.is_(True))) or 0
    blocks = dict(session.execute(
        select(RoomBlock.kind, func.count(func.distinct(RoomBlock.room_id)))
        .join(Room, Room.id == RoomBlock.room_id)
        .where(Room.active.is_(True), RoomBlock.start_date <= day, RoomBlock.end_date > day,
               or_(RoomBlock.returned_on.is_(None), RoomBlock.returned_on > day))
        .group_by(RoomBlock.kind)
    ).all())
    by_kind: dict[StayKind, tuple[int, int]] = {}
    for kind, rooms, persons in session.execute(
        select(Stay.kind, func.count(), func.sum(Stay.adults + Stay.children)).where(overnight(day))
        .group_by(Stay.kind)
    ):
        by_kind[kind] = (rooms, int(persons or 0))
    day_use = session.scalar(select(func.count()).select_from(Stay).where(
        Stay.kind == StayKind.DAY_USE, Stay.arrival_date == day)) or 0
    arrivals, walk_ins = session.execute(
        select(func.count(), func.count().filter(Stay.reservation_id.is_(None))).where(Stay.arrival_date == day)
    ).one()
    departures = session.scalar(select(func.count()).select_from(Stay).where(
        Stay.state == StayState.CHECKED_OUT, Stay.departure_date == day)) or 0
    no_shows = session.scalar(select(func.count()).select_from(Reservation).where(
        Reservation.state == ReservationState.NO_SHOW, Reservation.arrival == day)) or 0
    gross: dict[str, Decimal] = {"room": ZERO, "day_use": ZERO, "other": ZERO}
    for charge_type, amount in session.execute(
        select(FolioLine.charge_type, func.sum(FolioLine.amount))
        .where(FolioLine.kind == LineKind.CHARGE, FolioLine.business_date == day).group_by(FolioLine.charge_type)
    ):
        key = "room" if charge_type is ChargeType.ROOM else "day_use" if charge_type is ChargeType.DAY_USE else "other"
        gross[key] += Decimal(amount or 0)
    gross["no_show"] = Decimal(session.scalar(select(func.sum(NoShowCharge.amount)).where(
        NoShowCharge.business_date == day)) or 0)
    net: dict[str, Decimal] = {}
    tax = ZERO
    for key, amount in gross.items():
        net[key], part = net_of_tax(amount.quantize(Decimal("0.01")), settings.tax_rate,
                                    included=settings.rates_include_tax)
        tax += part
    return DayCounts(
        keys=keys, out_of_order=blocks.get(BlockKind.OUT_OF_ORDER, 0),
        out_of_service=blocks.get(BlockKind.OUT_OF_SERVICE, 0),
        sold=by_kind.get(StayKind.NORMAL, (0, 0))[0], complimentary=by_kind.get(StayKind.COMPLIMENTARY, (0, 0))[0],
        house_use=by_kind.get(StayKind.HOUSE_USE, (0, 0))[0], day_use=day_use, no_shows=no_shows,
        arrivals=arrivals, departures=departures, walk_ins=walk_ins,
        persons=sum(persons for _rooms, persons in by_kind.values()),
        room_revenue=net["room"], day_use_revenue=net["day_use"], no_show_revenue=net["no_show"],
        other_revenue=net["other"], tax=tax,
    )


def counts_of(row: DailyStats) -> DayCounts:
    return DayCounts(
        keys=row.keys, out_of_order=row.out_of_order, out_of_service=row.out_of_service, sold=row.sold,
        complimentary=row.complimentary, house_use=row.house_use, day_use=row.day_use, no_shows=row.no_shows,
        arrivals=row.arrivals, departures=row.departures, walk_ins=row.walk_ins, persons=row.persons,
        room_revenue=row.room_revenue, day_use_revenue=row.day_use_revenue, no_show_revenue=row.no_show_revenue,
        other_revenue=row.other_revenue, tax=row.tax,
    )


def closed_days(session: Session, first: date, last: date) -> dict[date, DayCounts]:
    """The frozen rows of [first, last], by date."""
    return {row.business_date: counts_of(row) for row in session.scalars(
        select(DailyStats).where(DailyStats.business_date >= first, DailyStats.business_date <= last)
        .order_by(DailyStats.business_date))}


def day_counts(session: Session, day: date) -> DayCounts:
    """A closed day's frozen counts; the open day's counts as they stand."""
    row = session.get(DailyStats, day)
    return counts_of(row) if row is not None else count_day(session, day)


def projected_counts(session: Session, day: date) -> DayCounts:
    """The open day as the close will freeze it: the counts now, plus tonight's
    room charges not yet posted and the guaranteed no-shows it will charge
    (what the manager previews before closing)."""
    counts = count_day(session, day)
    if session.get(DailyStats, day) is not None:
        return counts
    settings = settings_row(session)
    charged = select(FolioLine.stay_id).where(
        FolioLine.kind == LineKind.CHARGE, FolioLine.charge_type == ChargeType.ROOM, FolioLine.business_date == day,
        FolioLine.reverses_id.is_(None))
    rooms = Decimal(session.scalar(select(func.sum(Stay.rate)).where(
        overnight(day), Stay.kind == StayKind.NORMAL, Stay.rate > 0, Stay.id.not_in(charged))) or 0)
    no_show_rates, no_shows = session.execute(
        select(func.sum(Reservation.rate), func.count().filter(Reservation.arrival == day)).where(
            Reservation.arrival <= day, Reservation.state == ReservationState.CONFIRMED,
            Reservation.guarantee != Guarantee.NONE)).one()
    room_net, room_tax = net_of_tax(rooms.quantize(Decimal("0.01")), settings.tax_rate,
                                    included=settings.rates_include_tax)
    no_show_net, no_show_tax = net_of_tax(Decimal(no_show_rates or 0).quantize(Decimal("0.01")), settings.tax_rate,
                                          included=settings.rates_include_tax)
    return replace(counts, room_revenue=counts.room_revenue + room_net,
                   no_show_revenue=counts.no_show_revenue + no_show_net, no_shows=counts.no_shows + no_shows,
                   tax=counts.tax + room_tax + no_show_tax)
