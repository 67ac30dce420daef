"""The one place that installs translations. Switching language at run time replaces the
translators; Qt then sends every widget a LanguageChange event and each re-translates itself
(see `Retranslating`). The app makes one LanguageManager at start and hands it to whoever
switches the language, so Qt's own texts (standard buttons, file dialogs) switch with ours."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator

from netwerk_desktop.languages import LANGUAGES, NATIVE_NAMES
from netwerk_desktop.paths import resources_dir

log = logging.getLogger(__name__)

# The texts in the code are English; English needs no translation file of ours.
SOURCE_LANGUAGE = "en"
# The language setting may also follow the system's.
FOLLOW_SYSTEM = "system"

__all__ = [
    "FOLLOW_SYSTEM",
    "LANGUAGES",
    "NATIVE_NAMES",
    "SOURCE_LANGUAGE",
    "LanguageManager",
    "locale_for",
    "resolve_language",
    "system_language",
]


def system_language() -> str:
    for name in QLocale.system().uiLanguages():
        code = name.split("-")[0].split("_")[0].lower()
        if code in LANGUAGES:
            return code
        if code in ("nb", "nn", "no", "sv"):
            return "da"  # Scandinavian neighbours read Danish more easily than English
    return SOURCE_LANGUAGE


# The country whose conventions (dates: day before month) a language gets when the system's
# own locale speaks another language: European English, not the US month-first dates.
HOME_COUNTRIES: dict[str, QLocale.Country] = {
    "da": QLocale.Country.Denmark,
    "en": QLocale.Country.UnitedKingdom,  # day/month/year, as in the rest of Europe
    "nl": QLocale.Country.Netherlands,
}


def system_locale() -> QLocale:
    return QLocale.system()


def locale_for(language: str) -> QLocale:
    """Dates and numbers as the system writes them when it speaks the app's language (a US
    system in English keeps month-first dates); otherwise as the language's European home
    does."""
    wanted = QLocale(language)
    system = system_locale()
    if system.language() == wanted.language():
        return system
    return QLocale(wanted.language(), HOME_COUNTRIES.get(language, wanted.territory()))


def resolve_language(setting: str) -> str:
    if setting in LANGUAGES:
        return setting
    return system_language()


class LanguageManager(QObject):
    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self._app = app
        self._translators: list[QTranslator] = []
        self.current = SOURCE_LANGUAGE

    def uninstall(self) -> None:
        for translator in self._translators:
            self._app.removeTranslator(translator)
        self._translators.clear()

    def apply(self, setting: str) -> str:
        """Install the language for a setting ("system", "da", "en", "nl"); returns the code."""
        language = resolve_language(setting)
        self.uninstall()
        ours = QTranslator(self)
        if ours.load(f"netwerk_{language}", str(resources_dir() / "i18n")):
            self._translators.append(ours)
        elif language != SOURCE_LANGUAGE:
            log.warning("No translation file for %s; showing English", language)
        # Qt's own strings (standard buttons, file dialogs) in the same language.
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qtbase = QTranslator(self)
        if qtbase.load(f"qtbase_{language}", qt_dir):
            self._translators.append(qtbase)
        for translator in self._translators:
            self._app.installTranslator(translator)
        QLocale.setDefault(locale_for(language))
        self.current = language
        return language
