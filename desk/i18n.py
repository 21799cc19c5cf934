"""Marking text for translation without importing Qt, and translating the text
desk/ writes itself (workbook labels).

desk/ runs with no display and never imports Qt, yet what it says reaches a
clerk. Messages are marked with ``QT_TRANSLATE_NOOP`` so that
``pyside6-lupdate`` collects them into the catalogue under their context; the
window translates refusals when it shows them. What desk/ writes to a file (a
workbook's titles and headers) goes through ``translate``: the window installs
Qt's translator for the language it shows, the command line the catalogue read
straight from the .ts file.
"""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree
from collections.abc import Callable
from functools import cache
from pathlib import Path

TRANSLATIONS_DIR = Path(__file__).resolve().parent.parent / "resources" / "translations"
CONTEXT = "desk"

_translator: Callable[[str], str] = str


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Return ``text`` unchanged; lupdate records it under ``context``."""
    del context
    return text


def install(translator: Callable[[str], str]) -> None:
    """Translate marked "desk" strings with ``translator`` from now on."""
    global _translator
    _translator = translator


def translate(text: str) -> str:
    """A string marked with QT_TRANSLATE_NOOP("desk", ...), in the installed language."""
    return _translator(text)


@cache
def catalogue(language: str) -> dict[str, str]:
    """The finished "desk" translations of ``language`` from its .ts file (empty
    for English or a language Desk does not ship)."""
    path = TRANSLATIONS_DIR / f"desk_{language}.ts"
    if language == "en" or not path.exists():
        return {}
    found: dict[str, str] = {}
    for context in ElementTree.parse(path).getroot().iter("context"):
        if context.findtext("name") != CONTEXT:
            continue
        for message in context.iter("message"):
            source, translation = message.find("source"), message.find("translation")
            if source is None or translation is None or translation.get("type") in ("unfinished", "obsolete"):
                continue
            if source.text and translation.text:
                found[source.text] = translation.text
    return found


def install_language(language: str) -> None:
    """Install the .ts catalogue of ``language`` (for the command line)."""
    strings = catalogue(language)
    install(lambda text: strings.get(text, text))
