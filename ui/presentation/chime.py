"""The gentle sound at the end of a timer.

QtMultimedia is imported only when the first chime is due: it is heavy, and on Linux it needs
the PulseAudio library (Debian's libpulse0). Where it cannot load or play, the lesson goes on
in silence and the log says why.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QUrl

from netwerk_desktop.paths import resources_dir

log = logging.getLogger(__name__)

CHIME_FILE = "sounds/chime.wav"
VOLUME = 0.7


class Chime(QObject):
    def __init__(self, muted: bool = False, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.muted = muted
        self._effect: QObject | None = None
        self._tried = False
        self.silent_because: str | None = None  # why no sound can be played, once known
        self.played = 0  # chimes asked for while not muted (tests and the log read it)

    def play(self) -> None:
        if self.muted:
            return
        self.played += 1
        effect = self.load()
        if effect is not None:
            effect.play()  # type: ignore[attr-defined]

    def load(self) -> QObject | None:
        """The sound, loaded on first use (the first chime; the self-test asks at once)."""
        if self._tried:
            return self._effect
        self._tried = True
        path = resources_dir() / CHIME_FILE
        try:
            from PySide6.QtMultimedia import QSoundEffect
        except (ImportError, OSError) as exc:
            self._silent(f"QtMultimedia cannot load ({exc})")
            return None
        if not path.is_file():
            self._silent(f"{path} is missing")
            return None
        effect = QSoundEffect(self)
        effect.setSource(QUrl.fromLocalFile(str(path)))
        effect.setVolume(VOLUME)

        def status_changed() -> None:
            if effect.status() == QSoundEffect.Status.Error:
                self._silent(f"the sound device could not play {path.name}")

        effect.statusChanged.connect(status_changed)
        self._effect = effect
        return effect

    def _silent(self, reason: str) -> None:
        self.silent_because = reason
        log.warning("Timer chime stays silent: %s; the lesson goes on without sound", reason)
