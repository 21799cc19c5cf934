"""Registering a guest truthfully: name, identity document, nationality, phone,
and everyone staying in the room."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from stdnum.cn import ric
from stdnum.exceptions import ValidationError

from desk import clock, validate
from desk.errors import ValidationError as DeskValidationError
from desk.i18n import QT_TRANSLATE_NOOP
from desk.models import IdType

ID_NAMES = {
    IdType.RESIDENT_ID: QT_TRANSLATE_NOOP("desk", "Resident ID card"),
    IdType.PASSPORT: QT_TRANSLATE_NOOP("desk", "Passport"),
    IdType.HK_MACAU_PERMIT: QT_TRANSLATE_NOOP("desk", "Hong Kong/Macau permit"),
    IdType.TAIWAN_PERMIT: QT_TRANSLATE_NOOP("desk", "Taiwan permit"),
    IdType.OTHER: QT_TRANSLATE_NOOP("desk", "Other document"),
}

_PATTERNS = {
    IdType.PASSPORT: re.compile(r"^[A-Z0-9]{5,20}$"),
    IdType.HK_MACAU_PERMIT: re.compile(r"^[HM]\d{8,10}$"),
    IdType.TAIWAN_PERMIT: re.compile(r"^\d{8,10}$"),
    IdType.OTHER: re.compile(r"^[A-Z0-9\-]{3,30}$"),
}


def check_id(id_type: IdType, number: str) -> str:
    """The document number, normalised; a clear refusal when it cannot be right."""
    typed = validate.text(number, QT_TRANSLATE_NOOP("desk", "the ID number"), max_length=40)
    compact = typed.replace(" ", "").upper()
    if id_type is IdType.RESIDENT_ID:
        compact = compact.replace("-", "")
    if id_type is IdType.RESIDENT_ID:
        return _check_resident_id(compact, typed)
    if not _PATTERNS[id_type].match(compact):
        raise DeskValidationError(
            QT_TRANSLATE_NOOP("desk", "{number} does not look like a {document} number; check it against the "
                                      "document."),
            number=typed, document=ID_NAMES[id_type],
        )
    return compact


# Province-level prefixes of GB/T 2260 (mainland; 71 Taiwan, 81 Hong Kong, 82 Macau,
# 83 for Hong Kong, Macau and Taiwan residents' residence permits).
_PROVINCES = {"11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37", "41", "42",
              "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65", "71", "81", "82",
              "83"}


def _check_resident_id(compact: str, typed: str) -> str:
    """Length, province, birth date and check digit (GB 11643, MOD 11-2).

    Not the county: an ID keeps the area code it was issued under, which may
    no longer exist or may be newer than the holder's birth, so python-stdnum's
    full ``validate`` would turn real guests away; its check digit and date
    parsing are used here.
    """
    if len(compact) != 18:
        raise DeskValidationError(
            QT_TRANSLATE_NOOP("desk", "The resident ID {number} has {length} characters; a resident ID has 18."),
            number=typed, length=len(compact),
        )
    digits = "0123456789"  # ASCII only: str.isdigit() also takes superscripts and other scripts' digits
    if not all(ch in digits for ch in compact[:17]) or compact[17] not in digits + "X":
        raise DeskValidationError(
            QT_TRANSLATE_NOOP("desk", "The resident ID {number} is not valid: 17 digits and a last digit or X."),
            number=typed,
        )
    if compact[:2] not in _PROVINCES:
        raise DeskValidationError(
            QT_TRANSLATE_NOOP("desk", "The resident ID {number} is not valid: it does not start with a province "
                                      "code. Check the first digits against the card."),
            number=typed,
        )
    try:
        born = ric.get_birth_date(compact)
    except ValidationError:
        born = None
    if born is None or born > clock.now().date() or born.year < 1880:
        raise DeskValidationError(
            QT_TRANSLATE_NOOP("desk", "The resident ID {number} is not valid: digits 7 to 14 are not a possible "
                                      "birth date. Check them against the card."),
            number=typed,
        )
    if ric.calc_check_digit(compact) != compact[17]:
        raise DeskValidationError(
            QT_TRANSLATE_NOOP("desk", "The resident ID {number} is not valid: the last character does not match the "
                                      "others. Check each digit against the card."),
            number=typed,
        )
    return compact


@dataclass(frozen=True, slots=True)
class Registration:
    """What the clerk copies from the guest's document at check-in."""

    name: str
    phone: str
    id_type: IdType
    id_number: str
    nationality: str = "CHN"
    adults: int = 1
    children: int = 0
    # Everyone else staying in the room, by name.
    companions: tuple[str, ...] = field(default_factory=tuple)


def check_registration(registration: Registration, capacity: int) -> Registration:
    """Every field checked; returns the cleaned registration."""
    name = validate.text(registration.name, QT_TRANSLATE_NOOP("desk", "the guest's name"), max_length=80)
    if not any(ch.isalpha() for ch in name):
        raise DeskValidationError(QT_TRANSLATE_NOOP("desk", "Write the guest's real name, as on their ID."))
    phone = validate.phone(registration.phone, QT_TRANSLATE_NOOP("desk", "the guest's phone"))
    id_type = IdType(registration.id_type)
    id_number = check_id(id_type, registration.id_number)
    nationality = validate.text(registration.nationality, QT_TRANSLATE_NOOP("desk", "the nationality"),
                                max_length=3).upper()
    if not (len(nationality) == 3 and nationality.isalpha()):
        raise DeskValidationError(QT_TRANSLATE_NOOP("desk", "Give the nationality as a three-letter code, such as "
                                                            "CHN, HKG, USA."))
    if id_type is IdType.RESIDENT_ID and nationality != "CHN":
        raise DeskValidationError(QT_TRANSLATE_NOOP("desk", "A resident ID card belongs to a Chinese citizen: the "
                                                            "nationality is CHN."))
    adults = validate.count(registration.adults, QT_TRANSLATE_NOOP("desk", "Adults"), minimum=1, maximum=12)
    children = validate.count(registration.children, QT_TRANSLATE_NOOP("desk", "Children"), minimum=0, maximum=12)
    if adults + children > capacity:
        raise DeskValidationError(
            QT_TRANSLATE_NOOP("desk", "The room sleeps {capacity}; {party} people need a larger room or a second "
                                      "one."),
            capacity=capacity, party=adults + children,
        )
    companions = tuple(
        validate.text(other, QT_TRANSLATE_NOOP("desk", "a companion's name"), max_length=80)
        for other in registration.companions if other.strip()
    )
    if len(companions) > adults + children - 1:
        raise DeskValidationError(QT_TRANSLATE_NOOP("desk", "More names than people in the room: {count} people "
                                                            "were registered."), count=adults + children)
    return Registration(name, phone, id_type, id_number, nationality, adults, children, companions)
