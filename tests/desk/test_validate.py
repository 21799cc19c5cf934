"""Checking what people type: trimmed, present when required, no control characters, not too long."""

from __future__ import annotations

import pytest

from desk.errors import ValidationError
from desk.validate import text


def test_text_is_trimmed() -> None:
    assert text("  Room 305 \n", "the note", max_length=20) == "Room 305"


def test_tabs_and_non_latin_text_are_accepted() -> None:
    assert text("a\tb", "the note", max_length=20) == "a\tb"
    assert text(" 王秀英 ", "the name", max_length=3) == "王秀英"


@pytest.mark.parametrize("value", ["", "   ", None, "\n\t "])
def test_required_text_must_be_there(value: str | None) -> None:
    with pytest.raises(ValidationError, match=r"^Please fill in the guest name\.$"):
        text(value, "the guest name", max_length=10)


@pytest.mark.parametrize("value", ["", "  ", None])
def test_optional_text_may_be_empty(value: str | None) -> None:
    assert text(value, "the note", max_length=10, required=False) == ""


@pytest.mark.parametrize("value", ["Li\x00Na", "two\nlines", "bell\x07", "zero\u200bwidth", "rtl\u202eoverride",
                                   "del\x7f"])
def test_control_characters_are_refused(value: str) -> None:
    with pytest.raises(ValidationError) as refused:
        text(value, "the guest name", max_length=50)
    assert str(refused.value) == "the guest name contains control characters; please retype it."
    assert refused.value.params == {"field": "the guest name"}


def test_length_is_counted_after_trimming() -> None:
    assert text("  abcde  ", "the code", max_length=5) == "abcde"
    with pytest.raises(ValidationError, match="the code is too long: at most 5 characters"):
        text("abcdef", "the code", max_length=5)


def test_an_error_keeps_its_template_for_translation() -> None:
    with pytest.raises(ValidationError) as refused:
        text("abcdef", "the code", max_length=5)
    assert refused.value.template == "{field} is too long: at most {limit} characters."
    assert refused.value.params == {"field": "the code", "limit": 5}
