"""The housekeeping report: what the round found, against the front office."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk import audit, clock, validate
from desk.actor import Actor
from desk.errors import ValidationError
from desk.i18n import QT_TRANSLATE_NOOP
from desk.models import HousekeepingFinding, HousekeepingReport, Room
from desk.permissions import Permission, require
from desk.rooms import lookup
from desk.settings import business_date


@dataclass(frozen=True, slots=True)
class Discrepancy:
    """A room whose front-office and housekeeping occupancy disagree.

    ``kind`` is "skip" (front office: occupied, housekeeping: vacant) or
    "sleep" (front office: vacant, housekeeping: occupied).
    """

    room_id: int
    number: str
    kind: str
    front_office_occupied: bool
    found_occupied: bool
    note: str


def submit_report(session: Session, actor: Actor, *, findings: Mapping[int, bool],
                  notes: Mapping[int, str] | None = None, note: str = "") -> list[Discrepancy]:
    """Record what housekeeping found (room id -> found occupied) and return the
    rooms where it disagrees with the front office."""
    require(actor, Permission.HOUSEKEEPING_REPORT)
    if not findings:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "The report has no rooms; tick what housekeeping found."))
    note = validate.text(note, QT_TRANSLATE_NOOP("desk", "the note"), max_length=500, required=False)
    notes = notes or {}
    rooms = lookup.rooms_for_update(session, findings)
    occupied = lookup.occupied_room_ids(session, findings)
    today = business_date(session)
    report = HousekeepingReport(business_date=today, at=clock.now(), user_id=actor.user_id, note=note)
    session.add(report)
    session.flush()
    found: list[Discrepancy] = []
    for room in rooms:
        room_note = validate.text(notes.get(room.id, ""), QT_TRANSLATE_NOOP("desk", "the note"), max_length=200,
                                  required=False)
        fo = room.id in occupied
        hk = bool(findings[room.id])
        session.add(HousekeepingFinding(report_id=report.id, room_id=room.id, found_occupied=hk,
                                        front_office_occupied=fo, note=room_note))
        if fo != hk:
            found.append(Discrepancy(room.id, room.number, "skip" if fo else "sleep", fo, hk, room_note))
    audit.record(session, actor, "housekeeping.report", "housekeeping_report", report.id,
                 f"Housekeeping report: {len(rooms)} rooms, {len(found)} discrepancies")
    return found


def current_discrepancies(session: Session, on: date | None = None) -> list[Discrepancy]:
    """Discrepancies of the day's latest report that the front office has not
    resolved yet (a finding that now agrees with the front office drops out)."""
    on = on or business_date(session)
    report_id = session.scalar(
        select(HousekeepingReport.id).where(HousekeepingReport.business_date == on)
        .order_by(HousekeepingReport.id.desc()).limit(1)
    )
    if report_id is None:
        return []
    rows = session.execute(
        select(HousekeepingFinding.room_id, Room.number, HousekeepingFinding.found_occupied, HousekeepingFinding.note)
        .join(Room, Room.id == HousekeepingFinding.room_id)
        .where(HousekeepingFinding.report_id == report_id)
    ).all()
    occupied = lookup.occupied_room_ids(session, [r[0] for r in rows])
    result = [
        Discrepancy(room_id, number, "skip" if room_id in occupied else "sleep", room_id in occupied, found, note)
        for room_id, number, found, note in rows
        if (room_id in occupied) != found
    ]
    result.sort(key=lambda d: lookup.natural_key(d.number))
    return result
