"""Checking what people type, with messages they can act on."""

from __future__ import annotations

import unicodedata
from decimal import Decimal, InvalidOperation

import phonenumbers

from desk.errors import ValidationError
from desk.i18n import QT_TRANSLATE_NOOP


def text(value: str | None, field: str, *, max_length: int, required: bool = True, multiline: bool = False) -> str:
    """Trimmed text without control characters, within ``max_length``.

    ``field`` is the English field name (marked for translation by the caller).
    ``multiline`` text (what happened, a report) keeps its line breaks, as line feeds.
    """
    cleaned = (value or "").strip()
    if multiline:
        cleaned = cleaned.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n")
    allowed = "\t\n" if multiline else "\t"
    if required and not cleaned:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "Please fill in {field}."), field=field)
    # Control and format characters, and lone surrogates (bytes that were not UTF-8 on a command line).
    # (Line and paragraph separators too: a line break in a one-line field.)
    if any(unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Zl", "Zp") and ch not in allowed for ch in cleaned):
        raise ValidationError(
            QT_TRANSLATE_NOOP("desk", "{field} contains control characters; please retype it."), field=field
        )
    if len(cleaned) > max_length:
        raise ValidationError(
            QT_TRANSLATE_NOOP("desk", "{field} is too long: at most {limit} characters."),
            field=field,
            limit=max_length,
        )
    return cleaned


def phone(value: str | None, field: str, *, required: bool = True) -> str:
    """A phone number as typed at the desk, checked and normalised.

    A number without a country code is taken as Chinese (default region CN);
    international numbers need their +country code. Returns E.164 (+8613812345678).
    """
    typed = text(value, field, max_length=30, required=required)
    if not typed:
        return ""
    try:
        number = phonenumbers.parse(typed, "CN")
    except phonenumbers.NumberParseException:
        number = None
    if number is None or not phonenumbers.is_valid_number(number):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "desk",
                "{value} is not a phone number. Type a mobile such as 138 1234 5678, a landline with its area "
                "code, or an international number starting with +.",
            ),
            value=typed,
        )
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def display_phone(e164: str) -> str:
    """A stored number as people read it (Chinese numbers without +86)."""
    if not e164:
        return ""
    try:
        number = phonenumbers.parse(e164, "CN")
    except phonenumbers.NumberParseException:
        return e164
    if number.country_code == 86:
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def count(value: int, field: str, *, minimum: int, maximum: int) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not minimum <= value <= maximum:
        raise ValidationError(
            QT_TRANSLATE_NOOP("desk", "{field} must be a whole number from {minimum} to {maximum}."),
            field=field, minimum=minimum, maximum=maximum,
        )
    return value


MAX_AMOUNT = Decimal("999999.99")


def money(value: Decimal | str | int | None, field: str, *, allow_zero: bool = False,
          allow_negative: bool = False) -> Decimal:
    """An amount of money as typed: at most two decimals, within a sane range."""
    try:
        amount = Decimal(str(value).replace(",", "").strip()) if value is not None else Decimal("NaN")
    except (InvalidOperation, ValueError):
        amount = Decimal("NaN")
    if not amount.is_finite():
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "{field} must be an amount such as 388.00."), field=field)
    if abs(amount) > MAX_AMOUNT:  # before rounding: a huge amount has no cents to round to
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "{field} is too large: at most {limit}."), field=field,
                              limit=str(MAX_AMOUNT))
    if amount != amount.quantize(Decimal("0.01")):
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "{field} has more than two decimals."), field=field)
    if amount < 0 and not allow_negative:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "{field} cannot be negative."), field=field)
    if amount == 0 and not allow_zero:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "{field} must be more than zero."), field=field)
    return amount.quantize(Decimal("0.01"))
