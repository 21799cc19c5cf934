"""Checking what people type, with messages they can act on."""

from __future__ import annotations

import unicodedata

from desk.errors import ValidationError
from desk.i18n import QT_TRANSLATE_NOOP


def text(value: str | None, field: str, *, max_length: int, required: bool = True) -> str:
    """Trimmed text without control characters, within ``max_length``.

    ``field`` is the English field name (marked for translation by the caller).
    """
    cleaned = (value or "").strip()
    if required and not cleaned:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "Please fill in {field}."), field=field)
    if any(unicodedata.category(ch) in ("Cc", "Cf") and ch not in "\t" for ch in cleaned):
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
