"""The few words the audience view adds to the content, in the class's content language.

The projector speaks the class's language even when the teacher's screens are in another
one, so these strings are translated with a translator of their own instead of the one the
app installed. They are ordinary entries of the .ts files (context "Audience").
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QT_TRANSLATE_NOOP, QTranslator

from netwerk_desktop.content import PhaseMode
from netwerk_desktop.paths import resources_dir

CONTEXT = "Audience"

PHASE_NAMES: dict[PhaseMode, str] = {
    PhaseMode.ALONE: str(QT_TRANSLATE_NOOP("Audience", "Alone")),
    PhaseMode.PARTNER: str(QT_TRANSLATE_NOOP("Audience", "With your partner")),
    PhaseMode.GROUP: str(QT_TRANSLATE_NOOP("Audience", "In your group")),
    PhaseMode.CLASS: str(QT_TRANSLATE_NOOP("Audience", "Whole class")),
}
STATEMENT_COUNTER = str(QT_TRANSLATE_NOOP("Audience", "Statement %1 of %2"))
FEWER_THAN_THREE = str(QT_TRANSLATE_NOOP("Audience", "fewer than 3"))
GROUP_HEADING = str(QT_TRANSLATE_NOOP("Audience", "Group %1"))
GROUPS_TITLE = str(QT_TRANSLATE_NOOP("Audience", "Our partnership groups"))
CHARTER_HEADING = str(QT_TRANSLATE_NOOP("Audience", "Our class charter"))
EARLIER_LESSON = str(QT_TRANSLATE_NOOP("Audience", "Lesson %1"))
TODAY = str(QT_TRANSLATE_NOOP("Audience", "Today"))
TIMER_PAUSED = str(QT_TRANSLATE_NOOP("Audience", "Paused %1"))


@cache
def _translator(language: str) -> QTranslator | None:
    translator = QTranslator()
    path = resources_dir() / "i18n" / f"netwerk_{language}.qm"
    return translator if translator.load(str(path)) else None


class AudienceWords:
    def __init__(self, language: str) -> None:
        self.language = language
        self._translator = _translator(language)

    def __call__(self, source: str, *arguments: object) -> str:
        text = ""
        if self._translator is not None:
            text = self._translator.translate(CONTEXT, source) or ""
        text = text or source
        for number, value in enumerate(arguments, start=1):
            text = text.replace(f"%{number}", str(value))
        return text

    def phase(self, mode: PhaseMode) -> str:
        return self(PHASE_NAMES[mode])
