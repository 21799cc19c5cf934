"""Marking text for translation without importing Qt.

desk/ runs with no display and never imports Qt, yet what it says reaches a
clerk. Messages are marked with ``QT_TRANSLATE_NOOP`` so that
``pyside6-lupdate`` collects them into the catalogue under their context; the
window translates them when it shows them.
"""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Return ``text`` unchanged; lupdate records it under ``context``."""
    del context
    return text
