"""The handover summary Desk assembles itself, from the data.

Nobody types these figures: arrivals and departures still due, who is in
house, rooms dirty or out of order, complaints open and overdue, duty items
open, deposits held by method, and the shift's money by method. The same
summary is shown live while the clerk prepares the handover, and frozen (as
JSON) into the handover when it is handed over, so history shows what the
incoming clerk saw.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk import clock
from desk.complaints.queries import handover_counts
from desk.models import FolioLine, LineKind, Method, Shift, Stay, StayState, User
from desk.reservations.queries import Status, arrivals, departures
from desk.rooms.board import load_board
from desk.rooms.codes import StatusCode
from desk.rooms.lookup import natural_key
from desk.settings import business_date
from desk.shifts import cash, duty

ZERO = Decimal("0.00")



@dataclass(frozen=True, slots=True)
class Item:
    """An open item that can be carried forward: a duty-log entry or a complaint."""

    kind: str  # "duty" or "complaint"
    id: int
    text: str
    major: bool = False
    overdue: bool = False


@dataclass(frozen=True, slots=True)
class MethodTakings:
    method: str
    received: Decimal
    refunded: Decimal

    @property
    def net(self) -> Decimal:
        return self.received - self.refunded


@dataclass(frozen=True, slots=True)
class Summary:
    business_date: date
    workstation: str
    clerk: str
    opened_at: datetime
    assembled_at: datetime
    arrivals: tuple[tuple[str, str, str], ...]  # guest, room (or ""), confirmation
    departures: tuple[tuple[str, str], ...]  # room, guest
    in_house: int
    rooms_dirty: tuple[str, ...]  # vacant dirty: what arrivals wait for
    rooms_occupied_dirty: int
    rooms_out_of_order: tuple[str, ...]
    complaints_open: int
    complaints_overdue: int
    items: tuple[Item, ...]  # open duty entries and open complaints
    deposits_held: dict[str, Decimal]  # by method
    opening_float: Decimal
    cash_received: Decimal
    cash_paid_out: Decimal
    non_cash: tuple[MethodTakings, ...] = field(default=())

    @property
    def expected_cash(self) -> Decimal:
        return self.opening_float + self.cash_received - self.cash_paid_out

    @property
    def duty_open(self) -> int:
        return sum(item.kind == "duty" for item in self.items)

    @property
    def majors_open(self) -> tuple[Item, ...]:
        return tuple(item for item in self.items if item.kind == "duty" and item.major)

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = _jsonable(asdict(self))
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Summary:
        return cls(
            business_date=date.fromisoformat(data["business_date"]),
            workstation=data["workstation"], clerk=data["clerk"],
            opened_at=datetime.fromisoformat(data["opened_at"]),
            assembled_at=datetime.fromisoformat(data["assembled_at"]),
            arrivals=tuple(tuple(a) for a in data["arrivals"]),
            departures=tuple(tuple(d) for d in data["departures"]),
            in_house=data["in_house"], rooms_dirty=tuple(data["rooms_dirty"]),
            rooms_occupied_dirty=data["rooms_occupied_dirty"], rooms_out_of_order=tuple(data["rooms_out_of_order"]),
            complaints_open=data["complaints_open"], complaints_overdue=data["complaints_overdue"],
            items=tuple(Item(**item) for item in data["items"]),
            deposits_held={k: Decimal(v) for k, v in data["deposits_held"].items()},
            opening_float=Decimal(data["opening_float"]), cash_received=Decimal(data["cash_received"]),
            cash_paid_out=Decimal(data["cash_paid_out"]),
            non_cash=tuple(MethodTakings(t["method"], Decimal(t["received"]), Decimal(t["refunded"]))
                           for t in data["non_cash"]),
        )


def _jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, date | datetime):
        return value.isoformat()
    return value


def deposits_held(session: Session) -> dict[str, Decimal]:
    """Deposits held for in-house guests, by the method they came in."""
    sign = {LineKind.DEPOSIT: 1, LineKind.DEPOSIT_APPLIED: -1, LineKind.DEPOSIT_REFUND: -1}
    held: dict[str, Decimal] = {}
    for method, kind, amount in session.execute(
        select(FolioLine.method, FolioLine.kind, func.sum(FolioLine.amount))
        .join(Stay, Stay.id == FolioLine.stay_id)
        .where(Stay.state == StayState.IN_HOUSE, FolioLine.kind.in_(tuple(sign)))
        .group_by(FolioLine.method, FolioLine.kind)
    ):
        key = (method or Method.CASH).value
        held[key] = held.get(key, ZERO) + sign[kind] * Decimal(amount or 0)
    return {k: v.quantize(Decimal("0.01")) for k, v in held.items() if v}


def assemble(session: Session, shift: Shift) -> Summary:
    """The summary for ``shift`` as the data stands now."""
    today = business_date(session)
    now = clock.now()
    board = load_board(session)
    due = [row for row in arrivals(session, today, now) if row.status is Status.CONFIRMED]
    by_method = cash.takings(session, shift.id)
    figures = cash.cash_figures(shift.opening_float, by_method)
    complaints = handover_counts(session)
    items = [Item("duty", row.id, row.summary, row.major, row.report_overdue(today))
             for row in duty.open_items(session)]
    items += [Item("complaint", c.complaint_id, c.text, False, c.overdue) for c in complaints.items]
    clerk = session.get_one(User, shift.user_id).full_name
    return Summary(
        business_date=today, workstation=shift.workstation, clerk=clerk, opened_at=shift.opened_at,
        assembled_at=now,
        arrivals=tuple((row.guest_name, row.room_number, row.confirmation) for row in due),
        departures=tuple((row.room_number, row.guest_name) for row in departures(session, today)),
        in_house=sum(tile.occupied for tile in board.tiles),
        rooms_dirty=tuple(sorted((t.number for t in board.tiles if t.code is StatusCode.VD), key=natural_key)),
        rooms_occupied_dirty=sum(t.code is StatusCode.OD for t in board.tiles),
        rooms_out_of_order=tuple(sorted((t.number for t in board.tiles if t.code is StatusCode.OOO),
                                        key=natural_key)),
        complaints_open=complaints.open_count, complaints_overdue=complaints.overdue_count, items=tuple(items),
        deposits_held=deposits_held(session), opening_float=shift.opening_float,
        cash_received=figures.received, cash_paid_out=figures.paid_out,
        non_cash=tuple(MethodTakings(method.value, t.received, t.refunded)
                       for method, t in sorted(by_method.items()) if method is not Method.CASH),
    )
