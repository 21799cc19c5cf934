"""The demo hotel's cashier shifts: five days of twelve-hour shifts handed over
between Wang Fang (days) and Zhang Wei (nights), each with its duty log, and
today's day shift open at this workstation, so the Shift handover tab has
content on first start.

Everything goes through the shift services with the clock and the business
date set to the moment, so the history is what Desk itself would have
written. The demo's payments and deposits (written by demo_frontdesk) are put
into the shift that was open when they were posted.
"""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from sqlalchemy import update
from sqlalchemy.orm import Session

from desk import clock, hoteltime
from desk.actor import Actor
from desk.models import DutyCategory, FolioLine, LineKind, Room
from desk.settings import settings_row
from desk.shifts import duty, handover, shifts

SHIFT = timedelta(hours=12)
PAST_SHIFTS = 10
FLOAT = Decimal("2000.00")
ZERO = Decimal("0.00")
FLOAT_PIECES = {"100": 10, "50": 10, "20": 10, "10": 20, "5": 10, "1": 40, "0.5": 20}

# (hours into the shift, category, text, room offset or None, closed with)
DUTY = (
    (1, DutyCategory.EQUIPMENT, "Card printer jammed; cleared and tested.", None, "Working again."),
    (3, DutyCategory.GUEST_REQUEST, "Guest asks for a wake-up call at 06:30 and a taxi at 07:00.", 0,
     "Call made, taxi booked."),
    (5, DutyCategory.STAFF, "Bellboy Liu off sick; Zhou covers the lobby until 20:00.", None, "Noted."),
    (9, DutyCategory.OTHER, "Lost and found: black umbrella left at the desk.", None, "Owner collected it."),
)
MAJOR = ("Guest slipped on the wet lobby floor near the entrance; first aid given, no injury seen. Guest declined "
         "a doctor.")
MAJOR_REPORT = ("At 14:20 a guest slipped near the entrance after mopping without a warning sign. Duty "
                "manager attended, first aid given, guest unhurt and declined a doctor. Cleaning staff reminded to "
                "put out wet-floor signs; CCTV clip saved.")


def build_shifts(session: Session, rng: random.Random, today: date, day_clerk: Actor, night_clerk: Actor,
                 rooms: list[Room], timezone: str) -> None:
    """Past shifts with handovers, and today's shift open (see the module docstring)."""
    now = clock.now()
    settings = settings_row(session)
    morning = hoteltime.at(today, time(8, 0), timezone)
    current_start = morning if now >= morning + timedelta(minutes=30) else now - timedelta(minutes=30)
    starts = [current_start - SHIFT * k for k in range(PAST_SHIFTS, 0, -1)]
    clerks = [day_clerk if k % 2 == 0 else night_clerk for k in range(PAST_SHIFTS, 0, -1)]

    def on(moment: datetime) -> None:
        settings.business_date = hoteltime.local(moment, timezone).date()

    shorted = False
    on(starts[0])
    with clock.frozen(starts[0]):
        shift_id = shifts.open_shift(session, clerks[0], float_total=FLOAT, float_pieces=FLOAT_PIECES)
    for index, start in enumerate(starts):
        end = start + SHIFT
        clerk, incoming = clerks[index], clerks[index - 1] if index else clerks[1]
        on(start)
        _claim_money(session, shift_id, start, end)
        _duty_log(session, rng, clerk, start, rooms, index)
        on(end - timedelta(minutes=15))
        with clock.frozen(end - timedelta(minutes=10)):
            preview = handover.preview(session, clerk)
            # One evening the drawer is short (a shift that took cash: the float stays whole).
            short = Decimal("20.00") if index >= 3 and not shorted and preview.cash_received >= 100 else ZERO
            shorted = shorted or bool(short)
            handed = min(FLOAT, preview.expected_cash - short)
            handover_id = handover.hand_over(
                session, clerk, counted_total=preview.expected_cash - short, float_handed_over=handed,
                notes_equipment="Card terminal 2 slow to connect; IT informed." if index == 5 else "",
                notes_issues="Cash short by 20.00: change given twice to room 305, guest will be asked."
                if short else ("Guest in 412 unhappy with the noise; see the complaint." if index == 7 else ""),
                notes_staff="Night auditor starts at 23:00 from tomorrow." if index == 2 else "",
                carry=[(item.kind, item.id) for item in preview.items if item.kind == "duty"],
            )
        recount = handed - Decimal("1.00") if index == 6 else handed
        with clock.frozen(end):
            shift_id = handover.accept(
                session, incoming, handover_id=handover_id, counted_total=recount,
                disagreement="One 1-yuan coin missing from the float." if recount != handed else "",
            )
    settings.business_date = today
    _claim_money(session, shift_id, current_start, now + timedelta(days=1))
    with clock.frozen(current_start + timedelta(hours=1)):
        duty.log_entry(session, day_clerk, category=DutyCategory.GUEST_REQUEST, room_id=rooms[3].id,
                       text="Guest asks for an extra pillow and a kettle; housekeeping called.")
    with clock.frozen(current_start + timedelta(hours=2)):
        duty.log_entry(session, day_clerk, category=DutyCategory.EQUIPMENT,
                       text="Lift 2 stops between floors 3 and 4 now and then; engineering notified.")


def _claim_money(session: Session, shift_id: int, start: datetime, end: datetime) -> None:
    """Put the demo's money lines posted in [start, end) into the shift."""
    session.execute(update(FolioLine).where(FolioLine.kind != LineKind.CHARGE, FolioLine.shift_id.is_(None),
                                            FolioLine.posted_at >= start, FolioLine.posted_at < end)
                    .values(shift_id=shift_id))


def _duty_log(session: Session, rng: random.Random, clerk: Actor, start: datetime, rooms: list[Room],
              index: int) -> None:
    """A few entries a shift, closed as they were dealt with; a major incident
    four shifts ago (its report attached) and one last shift (report still due)."""
    for hours, category, text, room_offset, closed_with in DUTY:
        if rng.random() > 0.45:
            continue
        room_id = rooms[(index + room_offset) % len(rooms)].id if room_offset is not None else None
        with clock.frozen(start + timedelta(hours=hours)):
            entry_id = duty.log_entry(session, clerk, category=category, text=text, room_id=room_id)
        with clock.frozen(start + timedelta(hours=hours, minutes=40)):
            duty.close_entry(session, clerk, entry_id=entry_id, resolution=closed_with)
    if index in (PAST_SHIFTS - 4, PAST_SHIFTS - 1):
        with clock.frozen(start + timedelta(hours=6, minutes=20)):
            entry_id = duty.log_entry(session, clerk, category=DutyCategory.INCIDENT, text=MAJOR, major=True)
        if index == PAST_SHIFTS - 4:
            with clock.frozen(start + timedelta(hours=11)):
                duty.attach_report(session, clerk, entry_id=entry_id, report=MAJOR_REPORT)
