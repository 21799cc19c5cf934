"""The demo hotel's closed days: one frozen statistics row per business date
from 1 January (or 30 days back, for a demo early in January) to yesterday,
so month to date, year to date and the 30-day chart have real curves.

A business hotel's year: busy from Monday to Thursday, quieter at the
weekend and quietest on Sunday nights; a dip over the Spring Festival, a
summer lull, a Golden Week peak in October; a few rooms out of order now and
then (a bathroom renovation in March takes three rooms for ten days). The
money is what those rooms would have paid, split into net and tax as the day
close does. The guaranteed no-shows of the demo's past reservations are
charged on their dates, as the close would have done.
"""

from __future__ import annotations

import random
from datetime import date, time, timedelta
from decimal import Decimal

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from desk import hoteltime
from desk.actor import Actor
from desk.dayclose.figures import net_of_tax
from desk.models import DailyStats, Guarantee, NoShowCharge, Reservation, ReservationState, Room
from desk.settings import settings_row

WEEKDAY_OCCUPANCY = (0.70, 0.74, 0.75, 0.72, 0.62, 0.64, 0.48)  # Monday first
WEEKDAY_RATE = (Decimal(418), Decimal(425), Decimal(425), Decimal(420), Decimal(398), Decimal(408), Decimal(380))


def _season(day: date) -> tuple[float, Decimal]:
    """(occupancy factor, rate change) of the time of year."""
    if date(day.year, 2, 12) <= day <= date(day.year, 2, 24):  # Spring Festival
        return 0.45, Decimal(-60)
    if date(day.year, 10, 1) <= day <= date(day.year, 10, 7):  # Golden Week
        return 1.15, Decimal(95)
    if day.month in (7, 8):
        return 0.88, Decimal(-15)
    if day.month == 1 and day.day < 4:
        return 0.7, Decimal(0)
    return 1.0, Decimal(0)


def _out_of_order(rng: random.Random, day: date) -> int:
    if date(day.year, 3, 9) <= day < date(day.year, 3, 19):
        return 3
    return rng.choice((0, 0, 0, 0, 0, 1, 1, 2))


def build_history(session: Session, rng: random.Random, today: date, manager: Actor) -> int:
    """Frozen statistics rows for the demo's past; returns how many."""
    settings = settings_row(session)
    keys = session.scalar(select(func.count()).select_from(Room).where(Room.active.is_(True))) or 0
    no_shows = _charge_past_no_shows(session, today, manager)
    rows = []
    day = min(today.replace(month=1, day=1), today - timedelta(days=30))
    while day < today:
        factor, rate_change = _season(day)
        ooo = _out_of_order(rng, day)
        complimentary, house_use = rng.choice((0, 0, 1)), rng.choice((0, 1, 1))
        free = keys - ooo - complimentary - house_use
        wanted = WEEKDAY_OCCUPANCY[day.weekday()] * factor + rng.uniform(-0.06, 0.06)
        sold = max(0, min(free, round(keys * wanted)))
        rate = WEEKDAY_RATE[day.weekday()] + rate_change + Decimal(rng.randint(-12, 12))
        day_use = rng.choice((0, 0, 0, 1, 2))
        charged = no_shows.get(day, (0, Decimal(0)))
        money = {"room": sold * rate, "day_use": day_use * Decimal(198), "no_show": charged[1],
                 "other": (sold * Decimal(rng.randint(15, 40))).quantize(Decimal(1))}
        net, tax = {}, Decimal("0.00")
        for key, gross in money.items():
            net[key], part = net_of_tax(gross.quantize(Decimal("0.01")), settings.tax_rate,
                                        included=settings.rates_include_tax)
            tax += part
        arrivals = round(sold * rng.uniform(0.35, 0.55)) + day_use
        rows.append({
            "business_date": day, "closed_at": hoteltime.at(day + timedelta(days=1), time(0, rng.randint(5, 55)),
                                                            settings.timezone),
            "closed_by_id": manager.user_id, "keys": keys, "out_of_order": ooo,
            "out_of_service": rng.choice((0, 0, 0, 1)), "sold": sold, "complimentary": complimentary,
            "house_use": house_use, "day_use": day_use, "no_shows": charged[0] + rng.choice((0, 0, 0, 1)),
            "arrivals": arrivals, "departures": round(sold * rng.uniform(0.35, 0.55)),
            "walk_ins": min(arrivals, rng.choice((0, 1, 1, 2, 3))), "persons": round(sold * rng.uniform(1.3, 1.6)),
            "room_revenue": net["room"], "day_use_revenue": net["day_use"], "no_show_revenue": net["no_show"],
            "other_revenue": net["other"], "tax": tax, "open_items": [], "close_reason": "",
        })
        day += timedelta(days=1)
    if rows:
        session.execute(insert(DailyStats), rows)
    return len(rows)


def _charge_past_no_shows(session: Session, today: date, manager: Actor) -> dict[date, tuple[int, Decimal]]:
    """The guaranteed past no-shows charged one night on their arrival date; (count, amount) by date."""
    charged: dict[date, tuple[int, Decimal]] = {}
    settings = settings_row(session)
    for reservation in session.scalars(select(Reservation).where(
            Reservation.state == ReservationState.NO_SHOW, Reservation.guarantee != Guarantee.NONE,
            Reservation.arrival < today).order_by(Reservation.id)):
        posted = reservation.no_show_at or hoteltime.at(reservation.arrival, time(23, 30), settings.timezone)
        session.add(NoShowCharge(reservation_id=reservation.id, business_date=reservation.arrival,
                                 amount=reservation.rate, posted_at=posted, user_id=manager.user_id,
                                 description=f"No-show {reservation.confirmation} ({reservation.guarantee.value})"))
        count, amount = charged.get(reservation.arrival, (0, Decimal(0)))
        charged[reservation.arrival] = (count + 1, amount + reservation.rate)
    return charged
