"""Registering a guest: the identity document checked (a Chinese resident ID
digit by digit), nationality, phone, the party against the room's capacity,
and the companions' names. Every refusal is a DeskError naming the problem."""

from __future__ import annotations

import re
from typing import Any

import pytest
from sqlalchemy import select
from stdnum.cn import ric

from desk.db import Database
from desk.errors import DeskError, ValidationError
from desk.frontdesk.registration import check_id, check_registration
from desk.models import Guest, IdType
from tests.desk.frontdesk_helpers import VALID_ID, registration, resident_id

# --- Resident ID --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        (VALID_ID, VALID_ID),
        ("11010519491231002x", VALID_ID),  # a lower-case x is the same check digit
        ("  110105 19491231 002X ", VALID_ID),
        ("110105-19491231-002X", VALID_ID),
        (resident_id(), resident_id()),
        (resident_id(born="20000229"), resident_id(born="20000229")),  # a leap day
    ],
)
def test_a_valid_resident_id_is_accepted_and_normalised(typed: str, stored: str) -> None:
    assert check_id(IdType.RESIDENT_ID, typed) == stored
    assert ric.is_valid(stored)


def test_every_check_digit_but_the_right_one_is_refused() -> None:
    body = VALID_ID[:17]
    for digit in "0123456789X":
        if digit == "X":
            assert check_id(IdType.RESIDENT_ID, body + digit) == VALID_ID
            continue
        with pytest.raises(ValidationError) as caught:
            check_id(IdType.RESIDENT_ID, body + digit)
        assert str(caught.value) == (f"The resident ID {body + digit} is not valid: the last character does not "
                                     "match the others. Check each digit against the card.")


@pytest.mark.parametrize(
    ("number", "problem"),
    [
        (resident_id(born="19490230"), "not a possible birth date"),  # 30 February
        (resident_id(born="19491301"), "not a possible birth date"),  # month 13
        (resident_id(born="19490100"), "not a possible birth date"),  # day 0
        (resident_id(born="19010229"), "not a possible birth date"),  # 1901 was not a leap year
        (resident_id(region="999999"), "does not start with a province code"),  # no such province
        (resident_id(region="000000"), "does not start with a province code"),
    ],
)
def test_an_impossible_birth_date_or_region_is_refused_even_with_a_right_check_digit(number: str,
                                                                                       problem: str) -> None:
    assert number[-1] == ric.calc_check_digit(number)  # only the date or region is wrong
    with pytest.raises(ValidationError, match=re.escape(f"The resident ID {number} is not valid: ") + ".*"
                       + re.escape(problem)):
        check_id(IdType.RESIDENT_ID, number)


def test_an_id_issued_under_an_area_code_that_changed_is_accepted() -> None:
    # Tianhe district (440106) dates from 1985; people born before got IDs under it
    # all the same. python-stdnum's full validate() refuses such real IDs.
    number = resident_id(region="440106", born="19530926")
    assert check_id(IdType.RESIDENT_ID, number) == number


def test_a_birth_date_in_the_future_is_refused() -> None:
    with pytest.raises(ValidationError, match="birth date"):
        check_id(IdType.RESIDENT_ID, resident_id(born="20991231", region="110105"))


@pytest.mark.parametrize(
    ("number", "length"),
    [
        (VALID_ID[:17], 17),
        (VALID_ID + "1", 19),
        ("110105491231002", 15),  # the old first-generation card
        ("1", 1),
    ],
)
def test_a_resident_id_of_the_wrong_length_names_its_length(number: str, length: int) -> None:
    with pytest.raises(ValidationError) as caught:
        check_id(IdType.RESIDENT_ID, number)
    assert str(caught.value) == f"The resident ID {number} has {length} characters; a resident ID has 18."


@pytest.mark.parametrize("number", ["11010519491231A02X", "X1010519491231002X", "110105194912310O2X"])
def test_a_resident_id_with_letters_inside_is_refused(number: str) -> None:
    with pytest.raises(ValidationError, match=re.escape(f"The resident ID {number} is not valid: 17 digits and a "
                                                        "last digit or X.")):
        check_id(IdType.RESIDENT_ID, number)


# --- Other documents ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("id_type", "typed", "stored"),
    [
        (IdType.PASSPORT, "E12345678", "E12345678"),
        (IdType.PASSPORT, "e1234 5678", "E12345678"),
        (IdType.PASSPORT, "C03005988", "C03005988"),
        (IdType.PASSPORT, "AB123", "AB123"),
        (IdType.HK_MACAU_PERMIT, "H12345678", "H12345678"),
        (IdType.HK_MACAU_PERMIT, "m1234567890", "M1234567890"),
        (IdType.TAIWAN_PERMIT, "12345678", "12345678"),
        (IdType.TAIWAN_PERMIT, "1234567890", "1234567890"),
        (IdType.OTHER, "ab-123", "AB-123"),
    ],
)
def test_other_documents_are_accepted_in_their_format(id_type: IdType, typed: str, stored: str) -> None:
    assert check_id(id_type, typed) == stored


@pytest.mark.parametrize(
    ("id_type", "number", "document"),
    [
        (IdType.PASSPORT, "E12", "Passport"),
        (IdType.PASSPORT, "E1234-5678", "Passport"),
        (IdType.PASSPORT, "E" * 21, "Passport"),
        (IdType.HK_MACAU_PERMIT, "C12345678", "Hong Kong/Macau permit"),
        (IdType.HK_MACAU_PERMIT, "H1234567", "Hong Kong/Macau permit"),
        (IdType.HK_MACAU_PERMIT, "12345678", "Hong Kong/Macau permit"),
        (IdType.TAIWAN_PERMIT, "1234567", "Taiwan permit"),
        (IdType.TAIWAN_PERMIT, "T12345678", "Taiwan permit"),
        (IdType.OTHER, "A!", "Other document"),
    ],
)
def test_a_document_number_in_the_wrong_format_names_the_document(id_type: IdType, number: str,
                                                                  document: str) -> None:
    with pytest.raises(ValidationError) as caught:
        check_id(id_type, number)
    assert str(caught.value) == (f"{number} does not look like a {document} number; check it against the "
                                 "document.")


@pytest.mark.parametrize("id_type", list(IdType))
def test_an_empty_document_number_is_asked_for(id_type: IdType) -> None:
    with pytest.raises(ValidationError, match=r"Please fill in the ID number\."):
        check_id(id_type, "   ")


# --- The whole registration ---------------------------------------------------------------------------------------


def test_a_registration_is_cleaned() -> None:
    typed = registration(name="  Zhou Ming ", phone="138-1234-5678", id_number="11010519491231002x",
                         nationality="chn", adults=2, children=1, companions=("Li Hua", "  ", "Zhou Xiaoming "))
    cleaned = check_registration(typed, capacity=4)
    assert cleaned.name == "Zhou Ming" and cleaned.phone == "+8613812345678"
    assert (cleaned.id_number, cleaned.nationality) == (VALID_ID, "CHN")
    assert (cleaned.adults, cleaned.children, cleaned.companions) == (2, 1, ("Li Hua", "Zhou Xiaoming"))


def test_a_foreign_guest_registers_with_a_passport_and_their_nationality() -> None:
    cleaned = check_registration(registration(name="Anna Müller", phone="+49 30 901820", id_type=IdType.PASSPORT,
                                              id_number="c01x00t47", nationality="deu"), capacity=2)
    assert (cleaned.id_type, cleaned.id_number, cleaned.nationality) == (IdType.PASSPORT, "C01X00T47", "DEU")


def _case_id(value: object) -> str:
    if isinstance(value, dict):
        return ",".join(f"{k}={v!r}"[:24] for k, v in value.items())
    return ""


@pytest.mark.parametrize(
    ("changes", "capacity", "message"),
    [
        ({"nationality": "HKG"}, 2, "A resident ID card belongs to a Chinese citizen: the nationality is CHN."),
        ({"nationality": "USA"}, 2, "A resident ID card belongs to a Chinese citizen: the nationality is CHN."),
        ({"nationality": "CN"}, 2, "Give the nationality as a three-letter code, such as CHN, HKG, USA."),
        ({"nationality": "C1N"}, 2, "Give the nationality as a three-letter code"),
        ({"nationality": ""}, 2, "Please fill in the nationality."),
        ({"nationality": "CHINA"}, 2, "the nationality is too long: at most 3 characters."),
        ({"adults": 2, "children": 1}, 2, "The room sleeps 2; 3 people need a larger room or a second one."),
        ({"adults": 5}, 4, "The room sleeps 4; 5 people need a larger room or a second one."),
        ({"adults": 0}, 2, "Adults must be a whole number from 1 to 12."),
        ({"children": -1}, 2, "Children must be a whole number from 0 to 12."),
        ({"adults": True}, 2, "Adults must be a whole number from 1 to 12."),
        ({"companions": ("Li Hua",)}, 2, "More names than people in the room: 1 people were registered."),
        ({"adults": 2, "companions": ("Li Hua", "Wang Lei")}, 4,
         "More names than people in the room: 2 people were registered."),
        ({"adults": 2, "companions": ("L" * 81,)}, 2, "a companion's name is too long: at most 80 characters."),
        ({"name": ""}, 2, "Please fill in the guest's name."),
        ({"name": "12345"}, 2, "Write the guest's real name, as on their ID."),
        ({"phone": "12345"}, 2, "12345 is not a phone number"),
        ({"phone": ""}, 2, "Please fill in the guest's phone."),
        ({"id_number": "110105194912310021"}, 2, "the last character does not match the others"),
        ({"id_type": IdType.PASSPORT, "id_number": "E1", "nationality": "GBR"}, 2,
         "E1 does not look like a Passport number"),
    ],
    ids=_case_id,
)
def test_a_bad_registration_is_refused_naming_the_problem(changes: dict[str, Any], capacity: int,
                                                          message: str) -> None:
    with pytest.raises(DeskError, match=re.escape(message)) as caught:
        check_registration(registration(**changes), capacity)
    assert isinstance(caught.value, ValidationError)


def test_the_party_may_fill_the_room_and_name_everyone() -> None:
    cleaned = check_registration(registration(adults=2, children=2, companions=("A Li", "B Li", "C Li")), 4)
    assert len(cleaned.companions) == 3
    only_adults = check_registration(registration(adults=2, companions=("Li Hua",)), 2)
    assert only_adults.companions == ("Li Hua",)


def test_a_resident_id_implies_china_but_other_documents_do_not() -> None:
    for id_type, number, nationality in ((IdType.HK_MACAU_PERMIT, "H12345678", "HKG"),
                                         (IdType.TAIWAN_PERMIT, "12345678", "CHN"),
                                         (IdType.PASSPORT, "E12345678", "CHN")):
        cleaned = check_registration(registration(id_type=id_type, id_number=number, nationality=nationality), 2)
        assert cleaned.nationality == nationality


def test_the_demo_guests_resident_ids_pass_the_desks_own_check(demo_db: Database) -> None:
    with demo_db.reading() as session:
        numbers = list(session.scalars(select(Guest.id_number).where(Guest.id_type == IdType.RESIDENT_ID)))
    assert numbers
    bad = []
    for number in numbers:
        try:
            check_id(IdType.RESIDENT_ID, number)
        except ValidationError:
            bad.append(number)
    assert bad == []
