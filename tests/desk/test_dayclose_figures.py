"""Occupancy, ADR and RevPAR by convention: domain.md 1.4's worked example,
rounding, and period figures as sums divided."""

from __future__ import annotations

from decimal import Decimal

from desk.dayclose.figures import DayCounts, net_of_tax, operational, shown, str_usali, total

# domain.md 1.4: 40 keys, 2 rooms out of order (short term), 1 complimentary and
# 1 house-use room occupied, 30 paying rooms, rooms revenue net of tax 10,500.00.
EXAMPLE = DayCounts(keys=40, out_of_order=2, sold=30, complimentary=1, house_use=1,
                    room_revenue=Decimal("10500.00"))
# The variant: one day-use room at 150 and one guaranteed no-show charged 350.
VARIANT = DayCounts(keys=40, out_of_order=2, sold=30, complimentary=1, house_use=1, day_use=1, no_shows=1,
                    room_revenue=Decimal("10500.00"), day_use_revenue=Decimal("150.00"),
                    no_show_revenue=Decimal("350.00"))


def percent(value: Decimal | None) -> Decimal | None:
    return shown(value * 100) if value is not None else None


def test_the_worked_example_by_str_and_usali() -> None:
    figures = str_usali(EXAMPLE)
    assert (figures.available, figures.sold, figures.rooms_revenue) == (40, 30, Decimal("10500.00"))
    assert percent(figures.occupancy) == Decimal("75.00")
    assert shown(figures.adr) == Decimal("350.00")
    assert shown(figures.revpar) == Decimal("262.50")
    # Occupancy x ADR = RevPAR, unrounded.
    assert figures.occupancy is not None and figures.adr is not None
    assert figures.occupancy * figures.adr == figures.revpar


def test_the_worked_example_with_out_of_order_rooms_deducted() -> None:
    figures = operational(EXAMPLE)
    assert figures.available == 38
    assert percent(figures.occupancy) == Decimal("78.95")
    assert shown(figures.adr) == Decimal("350.00")
    assert shown(figures.revpar) == Decimal("276.32")


def test_complimentary_and_house_use_rooms_are_occupied_but_not_sold() -> None:
    assert EXAMPLE.occupied == 32
    assert str_usali(EXAMPLE).sold == 30
    # The ADR over every occupied room (shown beside it by some systems) rounds half-up.
    assert shown(EXAMPLE.room_revenue / EXAMPLE.occupied) == Decimal("328.13")


def test_the_variant_by_str_counts_day_use_sold_and_no_show_revenue() -> None:
    figures = str_usali(VARIANT)
    assert figures.sold == 31
    assert figures.rooms_revenue == Decimal("11000.00")
    assert percent(figures.occupancy) == Decimal("77.50")
    assert shown(figures.adr) == Decimal("354.84")
    assert shown(figures.revpar) == Decimal("275.00")


def test_rounding_is_half_up_on_decimals_not_binary_floats() -> None:
    assert round(328.125, 2) == 328.12  # what a float does
    assert shown(Decimal("10500") / 32) == Decimal("328.13")
    assert shown(Decimal("328.125")) == Decimal("328.13")
    assert shown(Decimal("-0.005")) == Decimal("-0.01")
    assert shown(None) is None
    assert shown(Decimal("78.947368"), 1) == Decimal("78.9")


def test_no_rooms_available_gives_no_ratio() -> None:
    figures = str_usali(DayCounts())
    assert (figures.occupancy, figures.adr, figures.revpar) == (None, None, None)


def test_a_period_divides_its_sums_and_never_averages_the_days_percentages() -> None:
    full = DayCounts(keys=10, sold=10, room_revenue=Decimal("3000.00"))  # 100 %
    empty = DayCounts(keys=30, sold=0)  # 0 %
    period = total([full, empty])
    assert (period.keys, period.sold, period.room_revenue) == (40, 10, Decimal("3000.00"))
    figures = str_usali(period)
    assert percent(figures.occupancy) == Decimal("25.00")  # 10 / 40, not (100 % + 0 %) / 2
    assert shown(figures.adr) == Decimal("300.00")
    assert shown(figures.revpar) == Decimal("75.00")
    days = [EXAMPLE, VARIANT, DayCounts(keys=40, out_of_order=5, sold=12, room_revenue=Decimal("4321.09"))]
    summed = total(days)
    assert str_usali(summed).sold == sum(str_usali(d).sold for d in days)
    assert str_usali(summed).available == 120
    assert str_usali(summed).occupancy == Decimal(30 + 31 + 12) / 120
    assert operational(summed).available == 120 - 9


def test_tax_included_in_rates_or_added_on_top() -> None:
    assert net_of_tax(Decimal("106.00"), Decimal("6.00"), included=True) == (Decimal("100.00"), Decimal("6.00"))
    assert net_of_tax(Decimal("100.00"), Decimal("6.00"), included=False) == (Decimal("100.00"), Decimal("6.00"))
    net, tax = net_of_tax(Decimal("388.00"), Decimal("6.00"), included=True)
    assert net + tax == Decimal("388.00") and net == Decimal("366.04")
