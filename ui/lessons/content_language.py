"""The content language of the Lessons and Activities screens: Dansk, English or Nederlands.

Until the teacher picks one it follows the app's language (Danish when the app speaks another
language); the pick is remembered in the app settings and shared by both screens.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from netwerk_desktop.content import PRIMARY_LANGUAGE, available_languages
from ui.common.app_settings import AppSettings, Setting
from ui.common.languages import NATIVE_NAMES, resolve_language
from ui.common.retranslating import Retranslating


def default_content_language(settings: AppSettings, languages: tuple[str, ...]) -> str:
    app_language = resolve_language(settings.language)
    if app_language in languages:
        return app_language
    return PRIMARY_LANGUAGE if PRIMARY_LANGUAGE in languages or not languages else languages[0]


class ContentLanguageChooser(Retranslating, QWidget):
    changed = Signal(str)  # the language code now chosen

    def __init__(self, settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._languages = available_languages() or (PRIMARY_LANGUAGE,)
        self.label = QLabel()
        self.combo = QComboBox()
        self.combo.setObjectName("lessonLanguage")
        self.label.setBuddy(self.combo)
        for code in self._languages:
            self.combo.addItem(NATIVE_NAMES.get(code, code), code)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.combo)
        self._syncing = False
        self._current = self._wanted()
        self._show(self._current)
        self.combo.currentIndexChanged.connect(self._picked)
        settings.changed.connect(self._setting_changed)
        self.retranslate()

    def retranslate(self) -> None:
        self.label.setText(self.tr("Content language"))
        self.combo.setToolTip(
            self.tr(
                "The language of the lessons, prompts and activities shown here. "
                "It can differ from the language of the app."
            )
        )

    def language(self) -> str:
        return self._current

    def choose(self, language: str) -> None:
        """Pick a language as the teacher would; remembered for both screens."""
        if language in self._languages:
            self._settings.set_value(Setting.CONTENT_LANGUAGE, language)
            self._follow_setting()

    def _wanted(self) -> str:
        chosen = str(self._settings.value(Setting.CONTENT_LANGUAGE) or "")
        if chosen in self._languages:
            return chosen
        return default_content_language(self._settings, self._languages)

    def _show(self, language: str) -> None:
        self._syncing = True
        self.combo.setCurrentIndex(max(0, self.combo.findData(language)))
        self._syncing = False

    def _picked(self, index: int) -> None:
        if not self._syncing and index >= 0:
            self.choose(str(self.combo.itemData(index)))

    def _setting_changed(self, key: str) -> None:
        if key in (Setting.CONTENT_LANGUAGE, Setting.LANGUAGE):
            self._follow_setting()

    def _follow_setting(self) -> None:
        wanted = self._wanted()
        self._show(wanted)
        if wanted != self._current:
            self._current = wanted
            self.changed.emit(wanted)
