"""The app's own preferences (language, theme, scale, window state), with defaults in one place.

Stored with QSettings as an INI file in the data folder, so a portable data folder (a USB stick,
`--data-dir`) carries its preferences and tests never touch the real ones. School-wide values
that the core also needs (school name, paper size) live in the database instead.
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QObject, QSettings, Signal

from netwerk_desktop.languages import LANGUAGES
from ui.common.languages import FOLLOW_SYSTEM

THEMES = ("system", "light", "dark", "high_contrast")
SCALE_MIN, SCALE_MAX = 100, 200


class Setting(StrEnum):
    """Every preference, by the key it has in settings.ini."""

    LANGUAGE = "ui/language"
    THEME = "ui/theme"
    SCALE = "ui/scale"
    WINDOW_GEOMETRY = "window/geometry"
    WINDOW_STATE = "window/state"
    WINDOW_SCREEN = "window/screen"
    SHOW_ARCHIVED_CLASSES = "classes/show_archived"
    CONTENT_LANGUAGE = "content/language"
    PRESENTATION_SCREEN = "presentation/screen"
    PRESENTATION_THEME = "presentation/theme"
    PRESENTATION_MUTED = "presentation/muted"
    PARTNERSHIPS_CLASS = "partnerships/class"
    IMPORT_FOLDER = "folders/import"
    EXPORT_FOLDER = "folders/export"
    HANDOUTS_FOLDER = "folders/handouts"
    DIRECTORY_CHECKED_BY = "directory/checked_by"
    SCHOOL_SERVER = "server/address"


DEFAULTS: dict[Setting, Any] = {
    Setting.LANGUAGE: FOLLOW_SYSTEM,
    Setting.THEME: "system",
    Setting.SCALE: 100,
    Setting.WINDOW_GEOMETRY: QByteArray(),
    Setting.WINDOW_STATE: QByteArray(),
    Setting.WINDOW_SCREEN: "home",
    Setting.SHOW_ARCHIVED_CLASSES: False,
    Setting.CONTENT_LANGUAGE: "",  # Lessons and Activities; empty: the app's language
    Setting.PRESENTATION_SCREEN: "",  # the audience view's screen by name; empty: automatic
    Setting.PRESENTATION_THEME: "light",  # the audience view: light (bright rooms) or dark
    Setting.PRESENTATION_MUTED: False,  # no chime at the end of a timer
    Setting.PARTNERSHIPS_CLASS: 0,  # the class last shown on Partnerships; 0: the first one
    # Folders the file dialogs open in, remembered per data folder ("": the user's documents)
    Setting.IMPORT_FOLDER: "",
    Setting.EXPORT_FOLDER: "",
    Setting.HANDOUTS_FOLDER: "",
    Setting.DIRECTORY_CHECKED_BY: "",  # who checks directory entries at this school, remembered
    # The school server's address (never a password); empty: the data stays on this PC
    Setting.SCHOOL_SERVER: "",
}


class AppSettings(QObject):
    """Typed access to the preferences; emits `changed(key)` so the app can apply them live."""

    changed = Signal(str)  # the Setting's key; a Setting compares equal to it

    def __init__(self, path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = QSettings(str(path), QSettings.Format.IniFormat)

    def value(self, key: Setting) -> Any:
        default = DEFAULTS[key]
        raw = self._store.value(key.value, default)
        if isinstance(default, bool):
            return raw in (True, "true", "1", 1)
        if isinstance(default, int):
            try:
                return int(str(raw))
            except (TypeError, ValueError):
                return default
        return raw

    def set_value(self, key: Setting, value: Any) -> None:
        if key not in DEFAULTS:
            raise KeyError(key)
        if self.value(key) == value:
            return
        self._store.setValue(key.value, value)
        self._store.sync()
        self.changed.emit(key.value)

    @property
    def language(self) -> str:
        value = str(self.value(Setting.LANGUAGE))
        return value if value in LANGUAGES else FOLLOW_SYSTEM

    @property
    def theme(self) -> str:
        value = str(self.value(Setting.THEME))
        return value if value in THEMES else "system"

    @property
    def scale(self) -> int:
        return max(SCALE_MIN, min(SCALE_MAX, int(self.value(Setting.SCALE))))

    def sync(self) -> None:
        self._store.sync()
