"""The one place that installs translations. Switching language at run time replaces the
translators; Qt then sends every widget a LanguageChange event and each re-translates itself."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator

from netwerk_desktop.paths import resources_dir

log = logging.getLogger(__name__)

UI_LANGUAGES = ("da", "en", "nl")
SOURCE_LANGUAGE = "en"


def system_language() -> str:
    for name in QLocale.system().uiLanguages():
        code = name.split("-")[0].split("_")[0].lower()
        if code in UI_LANGUAGES:
            return code
        if code in ("nb", "nn", "no", "sv"):
            return "da"  # Scandinavian neighbours read Danish more easily than English
    return SOURCE_LANGUAGE


def resolve_language(setting: str) -> str:
    return system_language() if setting == "system" else setting


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
        QLocale.setDefault(QLocale(language))
        self.current = language
        return language
