"""The close dialog's preview: the open day as the close will freeze it."""

from __future__ import annotations

from desk import clock
from desk.actor import Actor
from desk.dayclose.close import close_day
from desk.dayclose.stats import day_counts, projected_counts
from desk.db import Database
from tests.helpers.fixtures import DEMO_DATE, DEMO_MORNING


def test_the_preview_is_what_the_close_freezes(demo_db: Database, actors: dict[str, Actor]) -> None:
    with clock.frozen(DEMO_MORNING), demo_db.reading() as session:
        before = day_counts(session, DEMO_DATE)
        preview = projected_counts(session, DEMO_DATE)
    assert preview.room_revenue > before.room_revenue and preview.no_show_revenue > before.no_show_revenue
    with clock.frozen(DEMO_MORNING), demo_db.writing() as session:
        result = close_day(session, actors["manager"], business_date=DEMO_DATE, reason="end of the test day")
    with demo_db.reading() as session:
        frozen = day_counts(session, DEMO_DATE)
        assert projected_counts(session, DEMO_DATE) == frozen  # a closed day: its frozen row
    assert frozen == result.counts
    assert (preview.room_revenue, preview.no_show_revenue, preview.no_shows, preview.tax, preview.sold) == (
        frozen.room_revenue, frozen.no_show_revenue, frozen.no_shows, frozen.tax, frozen.sold)
