"""Languages: the catalogue in resources/translations, Qt's own strings, and
translating the messages that desk/ raises."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from desk import i18n as desk_i18n
from desk.errors import DeskError

TRANSLATIONS_DIR = desk_i18n.TRANSLATIONS_DIR
LANGUAGES = {"en": "English", "zh_CN": "简体中文"}
_installed: list[QTranslator] = []


def chosen_language() -> str:
    """The language from the settings, else the system's ('zh_CN' or 'en')."""
    saved = str(QSettings().value("language", "") or "")
    if saved in LANGUAGES:
        return saved
    return "zh_CN" if QLocale.system().language() == QLocale.Language.Chinese else "en"


def install(language: str) -> None:
    """Replace the installed translators with those for ``language``."""
    app = QCoreApplication.instance()
    assert app is not None
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if language == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        catalogues = [(str(TRANSLATIONS_DIR), "desk_en")]  # only the plural forms
    else:
        QLocale.setDefault(QLocale(language))
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        catalogues = [(qt_dir, f"qtbase_{language}"), (str(TRANSLATIONS_DIR), f"desk_{language}")]
    for directory, name in catalogues:
        translator = QTranslator()
        if translator.load(name, directory):
            app.installTranslator(translator)
            _installed.append(translator)
    desk_i18n.install(desk_text)  # what desk/ writes (workbooks) in the same language


def desk_text(text: str) -> str:
    """A string desk/ marked with QT_TRANSLATE_NOOP("desk", ...), translated."""
    return QCoreApplication.translate("desk", text)


def error_text(error: DeskError) -> str:
    """A refusal from desk/, in the window's language (its string fields too,
    and a refusal given as a field, such as why a room is not free)."""
    params = {key: desk_text(value) if isinstance(value, str) else error_text(value) if isinstance(value, DeskError)
              else value for key, value in error.params.items()}
    try:
        return desk_text(error.template).format(**params)
    except (KeyError, IndexError, ValueError):
        return str(error)
