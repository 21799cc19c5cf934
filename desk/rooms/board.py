"""What the room board shows: one immutable tile per room, and the counts."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.models import (
    BlockKind,
    Guest,
    HkState,
    Reservation,
    ReservationState,
    Room,
    RoomBlock,
    RoomType,
    Stay,
    StayState,
)
from desk.rooms.codes import StatusCode, status_code
from desk.rooms.housekeeping import Discrepancy, current_discrepancies
from desk.rooms.lookup import natural_key
from desk.settings import business_date


@dataclass(frozen=True, slots=True)
class RoomTile:
    room_id: int
    number: str
    floor: int
    type_code: str
    type_name: str
    hk_state: HkState
    occupied: bool
    code: StatusCode
    # The two-axis code under an out-of-service flag (an OOS room is sellable).
    block_kind: BlockKind | None
    block_reason: str
    block_until: date | None
    guest_name: str
    due_out: bool
    arrival_assigned: bool
    arrival_name: str
    discrepancy: str  # "", "skip" or "sleep"


@dataclass(frozen=True, slots=True)
class Board:
    business_date: date
    tiles: tuple[RoomTile, ...]
    discrepancies: tuple[Discrepancy, ...]

    def counts(self) -> Counter[str]:
        """Rooms per status code, plus 'due_out' and 'arrival' markers."""
        counter: Counter[str] = Counter(t.code.value for t in self.tiles)
        counter["due_out"] = sum(t.due_out for t in self.tiles)
        counter["arrival"] = sum(t.arrival_assigned for t in self.tiles)
        return counter


def load_board(session: Session) -> Board:
    """The whole board for the business date, in five queries."""
    today = business_date(session)
    rooms = session.execute(
        select(Room.id, Room.number, Room.floor, Room.hk_state, RoomType.code, RoomType.name)
        .join(RoomType, Room.room_type_id == RoomType.id)
        .where(Room.active.is_(True))
    ).all()
    blocks = {
        b.room_id: b
        for b in session.scalars(
            select(RoomBlock).where(RoomBlock.returned_on.is_(None), RoomBlock.start_date <= today,
                                    RoomBlock.end_date > today)
        )
    }
    stays = {
        room_id: (departure, name)
        for room_id, departure, name in session.execute(
            select(Stay.room_id, Stay.departure_date, Guest.name)
            .join(Guest, Stay.guest_id == Guest.id)
            .where(Stay.state == StayState.IN_HOUSE)
        )
    }
    arrivals = {
        room_id: name
        for room_id, name in session.execute(
            select(Reservation.room_id, Guest.name)
            .join(Guest, Reservation.guest_id == Guest.id)
            .where(Reservation.arrival == today, Reservation.state == ReservationState.CONFIRMED,
                   Reservation.room_id.is_not(None))
        )
    }
    discrepancies = tuple(current_discrepancies(session, today))
    flagged = {d.room_id: d.kind for d in discrepancies}
    tiles = []
    for room_id, number, floor, hk_state, type_code, type_name in rooms:
        block = blocks.get(room_id)
        stay = stays.get(room_id)
        kind = block.kind if block else None
        tiles.append(
            RoomTile(
                room_id=room_id,
                number=number,
                floor=floor,
                type_code=type_code,
                type_name=type_name,
                hk_state=hk_state,
                occupied=stay is not None,
                code=status_code(stay is not None, hk_state, kind),
                block_kind=kind,
                block_reason=block.reason if block else "",
                block_until=block.end_date if block else None,
                guest_name=stay[1] if stay else "",
                due_out=stay is not None and stay[0] <= today,
                arrival_assigned=room_id in arrivals,
                arrival_name=arrivals.get(room_id, ""),
                discrepancy=flagged.get(room_id, ""),
            )
        )
    tiles.sort(key=lambda t: (t.floor, natural_key(t.number)))
    return Board(today, tuple(tiles), discrepancies)
