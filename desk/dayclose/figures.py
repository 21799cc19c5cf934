"""Occupancy, ADR and RevPAR from raw counts, under a named convention.

STR/USALI (the default, reference/domain.md 1.1-1.2): rooms available are the
keys, short-term out-of-order rooms included; complimentary and house-use rooms
are not sold; day-use rooms are sold and their revenue counted (STR); no-show
revenue is rooms revenue but the room is not sold (STR).

    occupancy = sold / available     ADR = rooms revenue / sold
    RevPAR    = rooms revenue / available

The operational figure beside it deducts out-of-order rooms from available
(OPERA-style). A period's figures divide the period's sums, never average the
days' percentages. Everything is Decimal and unrounded; ``shown`` rounds half-up
for display only.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from decimal import ROUND_HALF_UP, Decimal

ZERO = Decimal("0.00")


@dataclass(frozen=True, slots=True)
class DayCounts:
    """The raw counts and money of one business date (or the sum of several)."""

    keys: int = 0
    out_of_order: int = 0
    out_of_service: int = 0
    sold: int = 0  # paid overnight rooms
    complimentary: int = 0
    house_use: int = 0
    day_use: int = 0
    no_shows: int = 0
    arrivals: int = 0
    departures: int = 0
    walk_ins: int = 0
    persons: int = 0
    room_revenue: Decimal = ZERO  # overnight, net of tax
    day_use_revenue: Decimal = ZERO
    no_show_revenue: Decimal = ZERO
    other_revenue: Decimal = ZERO
    tax: Decimal = ZERO

    def __add__(self, other: DayCounts) -> DayCounts:
        return DayCounts(**{f.name: getattr(self, f.name) + getattr(other, f.name) for f in fields(self)})

    @property
    def occupied(self) -> int:
        """Every room occupied overnight: paid, complimentary and house use."""
        return self.sold + self.complimentary + self.house_use


def total(days: list[DayCounts]) -> DayCounts:
    result = DayCounts()
    for day in days:
        result = result + day
    return result


@dataclass(frozen=True, slots=True)
class Figures:
    available: int
    sold: int
    rooms_revenue: Decimal

    @property
    def occupancy(self) -> Decimal | None:
        """A fraction (0.75 for 75 %); None when no room was available."""
        return Decimal(self.sold) / Decimal(self.available) if self.available else None

    @property
    def adr(self) -> Decimal | None:
        return self.rooms_revenue / Decimal(self.sold) if self.sold else None

    @property
    def revpar(self) -> Decimal | None:
        return self.rooms_revenue / Decimal(self.available) if self.available else None


def str_usali(counts: DayCounts) -> Figures:
    """The default convention (STR, aligned with USALI 11th edition)."""
    return Figures(available=counts.keys, sold=counts.sold + counts.day_use,
                   rooms_revenue=counts.room_revenue + counts.day_use_revenue + counts.no_show_revenue)


def operational(counts: DayCounts) -> Figures:
    """Out-of-order rooms deducted from available, as many PMSs show it; labelled as such."""
    base = str_usali(counts)
    return Figures(available=counts.keys - counts.out_of_order, sold=base.sold, rooms_revenue=base.rooms_revenue)


def shown(value: Decimal | None, places: int = 2) -> Decimal | None:
    """Half-up to ``places`` decimals, for display (a percentage: pass value * 100)."""
    if value is None:
        return None
    return value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def net_of_tax(gross: Decimal, rate_percent: Decimal, *, included: bool) -> tuple[Decimal, Decimal]:
    """(net, tax) of charges: the tax is inside ``gross`` when rates include it,
    else on top of it. Rounded half-up to the cent."""
    rate = rate_percent / Decimal(100)
    if included:
        net = shown(gross / (1 + rate)) or ZERO
        return net, gross - net
    return gross, shown(gross * rate) or ZERO
