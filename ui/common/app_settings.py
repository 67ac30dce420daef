"""The app's own preferences (language, theme, scale, window state), with defaults in one place.

Stored with QSettings as an INI file in the data folder, so a portable data folder (a USB stick,
`--data-dir`) carries its preferences and tests never touch the real ones. School-wide values
that the core also needs (school name, paper size) live in the database instead.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QObject, QSettings, Signal

LANGUAGES = ("system", "da", "en", "nl")
THEMES = ("system", "light", "dark", "high_contrast")
SCALE_MIN, SCALE_MAX = 100, 200

DEFAULTS: dict[str, Any] = {
    "ui/language": "system",
    "ui/theme": "system",
    "ui/scale": 100,
    "window/geometry": QByteArray(),
    "window/state": QByteArray(),
    "window/screen": "home",
    "classes/show_archived": False,
    "content/language": "",  # Lessons and Activities; empty: the app's language
    "presentation/screen": "",  # the audience view's screen by name; empty: automatic
    "presentation/theme": "light",  # the audience view: light (bright rooms) or dark
    "presentation/muted": False,  # no chime at the end of a timer
    "partnerships/class": 0,  # the class last shown on Partnerships; 0: the first one
    # Folders the file dialogs open in, remembered per data folder ("": the user's documents)
    "folders/import": "",
    "folders/export": "",
    "folders/handouts": "",
}


class AppSettings(QObject):
    """Typed access to the preferences; emits `changed(key)` so the app can apply them live."""

    changed = Signal(str)

    def __init__(self, path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = QSettings(str(path), QSettings.Format.IniFormat)

    def value(self, key: str) -> Any:
        default = DEFAULTS[key]
        raw = self._store.value(key, default)
        if isinstance(default, bool):
            return raw in (True, "true", "1", 1)
        if isinstance(default, int):
            try:
                return int(str(raw))
            except (TypeError, ValueError):
                return default
        return raw

    def set_value(self, key: str, value: Any) -> None:
        if key not in DEFAULTS:
            raise KeyError(key)
        if self.value(key) == value:
            return
        self._store.setValue(key, value)
        self._store.sync()
        self.changed.emit(key)

    @property
    def language(self) -> str:
        value = str(self.value("ui/language"))
        return value if value in LANGUAGES else "system"

    @property
    def theme(self) -> str:
        value = str(self.value("ui/theme"))
        return value if value in THEMES else "system"

    @property
    def scale(self) -> int:
        return max(SCALE_MIN, min(SCALE_MAX, int(self.value("ui/scale"))))

    def sync(self) -> None:
        self._store.sync()
