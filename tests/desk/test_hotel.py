"""Creating a hotel (settings, room types, rooms) and reading its settings."""

from __future__ import annotations

from datetime import date, time
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from desk import hotel
from desk.db import Database
from desk.errors import NotFoundError, RuleError, ValidationError
from desk.hotel import RoomSpec, RoomTypeSpec
from desk.models import AuditEntry, HkState, HotelSettings, Room, RoomType
from desk.settings import business_date, hotel_info

DAY = date(2026, 4, 1)
TYPES = [RoomTypeSpec("ST", "Standard Twin", Decimal("368.00"), 2), RoomTypeSpec("SK", "Standard King",
                                                                                 Decimal("388.00"), 2)]
HEADER = "number,floor,type_code,type_name,rate,capacity\n"


def write_csv(tmp_path: Path, body: str, *, bom: bool = False) -> Path:
    path = tmp_path / "rooms.csv"
    path.write_text(("\ufeff" if bom else "") + body, encoding="utf-8")
    return path


def test_create_hotel_writes_settings_types_and_ready_rooms(empty_db: Database) -> None:
    with empty_db.writing() as session:
        hotel.create_hotel(session, None, name="  Lakeside  ", business_date=DAY, room_types=TYPES,
                           rooms=[RoomSpec("102", 1, "SK"), RoomSpec("101", 1, "ST"), RoomSpec("201", 2, "SK")])
    with empty_db.reading() as session:
        info = hotel_info(session)
        assert (info.name, info.business_date, info.currency, info.check_out_time, info.hold_until_time) == (
            "Lakeside", DAY, "CNY", time(12, 0), time(18, 0))
        assert business_date(session) == DAY
        assert [t.code for t in hotel.room_types(session)] == ["ST", "SK"]
        assert hotel.floors(session) == [1, 2]
        rooms = {r.number: (r.floor, r.room_type.code, r.hk_state, r.active) for r in session.scalars(select(Room))}
        assert rooms == {"101": (1, "ST", HkState.INSPECTED, True), "102": (1, "SK", HkState.INSPECTED, True),
                         "201": (2, "SK", HkState.INSPECTED, True)}
        entry = session.scalars(select(AuditEntry)).one()
        assert (entry.action, entry.username, entry.business_date) == ("hotel.create", "system", DAY)
        assert "3 rooms" in entry.summary


def test_a_second_hotel_is_refused(empty_db: Database) -> None:
    with empty_db.writing() as session:
        hotel.create_hotel(session, None, name="First", business_date=DAY)
    with pytest.raises(RuleError, match="already has a hotel"), empty_db.writing() as session:
        hotel.create_hotel(session, None, name="Second", business_date=DAY)
    with empty_db.reading() as session:
        assert session.scalars(select(HotelSettings.name)).all() == ["First"]


@pytest.mark.parametrize(
    ("types", "rooms", "message"),
    [
        (TYPES, [RoomSpec("101", 1, "XX")], "Room 101 names an unknown room type XX"),
        ([RoomTypeSpec("SK", "King", Decimal("-1"), 2)], [], "Room type SK needs a rate of 0 or more"),
        ([RoomTypeSpec("SK", "King", Decimal("300"), 0)], [], "capacity of at least 1"),
    ],
)
def test_bad_room_definitions_are_refused_and_nothing_is_created(empty_db: Database, types, rooms,
                                                                 message: str) -> None:
    with pytest.raises(ValidationError, match=message), empty_db.writing() as session:
        hotel.create_hotel(session, None, name="Broken", business_date=DAY, room_types=types, rooms=rooms)
    with empty_db.reading() as session:
        assert session.get(HotelSettings, 1) is None
        assert session.scalars(select(RoomType)).all() == []


def test_a_hotel_needs_a_name(empty_db: Database) -> None:
    with pytest.raises(ValidationError, match="Please fill in the hotel name"), empty_db.writing() as session:
        hotel.create_hotel(session, None, name="   ", business_date=DAY)


def test_duplicate_room_numbers_are_refused_with_a_message(empty_db: Database) -> None:
    with pytest.raises(ValidationError, match="101"), empty_db.writing() as session:
        hotel.create_hotel(session, None, name="Twice", business_date=DAY, room_types=TYPES,
                           rooms=[RoomSpec("101", 1, "SK"), RoomSpec("101", 1, "ST")])


def test_settings_of_a_database_without_hotel_point_to_init(empty_db: Database) -> None:
    with pytest.raises(NotFoundError, match="desk init"), empty_db.reading() as session:
        business_date(session)


# --- The rooms file ------------------------------------------------------------------------------------------------


def test_read_rooms_csv(tmp_path: Path) -> None:
    path = write_csv(tmp_path, HEADER + "101,1, SK ,Standard King,388.00,2\n102,1,ST,Standard Twin,368,2\n"
                     "103,1,SK,Standard King,388.00,2\n", bom=True)
    types, rooms = hotel.read_rooms_csv(path)
    assert types == [RoomTypeSpec("SK", "Standard King", Decimal("388.00"), 2),
                     RoomTypeSpec("ST", "Standard Twin", Decimal("368"), 2)]
    assert rooms == [RoomSpec("101", 1, "SK"), RoomSpec("102", 1, "ST"), RoomSpec("103", 1, "SK")]


def test_a_room_type_described_two_ways_is_refused(tmp_path: Path) -> None:
    path = write_csv(tmp_path, HEADER + "101,1,SK,Standard King,388,2\n102,1,SK,King,300,2\n")
    with pytest.raises(ValidationError, match=r"Line 3 .* room type SK"):
        hotel.read_rooms_csv(path)


def test_a_rooms_file_makes_a_hotel(tmp_path: Path, empty_db: Database) -> None:
    types, rooms = hotel.read_rooms_csv(write_csv(tmp_path, HEADER + "101,1,SK,King,388,2\n201,2,SK,King,388,2\n"))
    with empty_db.writing() as session:
        hotel.create_hotel(session, None, name="From CSV", business_date=DAY, room_types=types, rooms=rooms)
    with empty_db.reading() as session:
        assert sorted(session.scalars(select(Room.number))) == ["101", "201"]


@pytest.mark.parametrize(
    ("body", "line"),
    [
        (HEADER + "101,1,SK,King,388,2\n102,one,SK,King,388,2\n", 3),
        (HEADER + "101,1,SK,King,388,2\n102,1,SK,King,lots,2\n", 3),
        (HEADER + "101,1,SK,King,388,2\n102,1,SK,King,388,2.5\n", 3),
        ("number,floor,type_code,type_name,rate\n101,1,SK,King,388\n", 2),
        (HEADER + "101,1,SK,King,388,2\n102,1\n", 3),
    ],
    ids=["floor", "rate", "capacity", "missing column", "short line"],
)
def test_a_bad_rooms_file_names_the_line(tmp_path: Path, body: str, line: int) -> None:
    with pytest.raises(ValidationError, match=f"^Line {line} of the rooms file (is not valid|has no)"):
        hotel.read_rooms_csv(write_csv(tmp_path, body))


def test_a_line_missing_its_last_columns_names_the_line(tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match=r"^Line 3 of the rooms file"):
        hotel.read_rooms_csv(write_csv(tmp_path, HEADER + "101,1,SK,King,388,2\n102,1,SK,King\n"))
