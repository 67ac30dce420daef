"""What a teacher reads for a step kind, a think-pair-share phase and a number of minutes.

The Lessons screen shows these names; the lesson runner can use the same ones, so a kind is
called the same everywhere in the app.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject

from netwerk_desktop.content import Phase, PhaseMode, StepKind
from ui.common.placeholders import fill

_KIND_NAMES: dict[StepKind, str] = {
    StepKind.TALK: str(QT_TRANSLATE_NOOP("StepNames", "Short talk")),
    StepKind.DISCUSSION: str(QT_TRANSLATE_NOOP("StepNames", "Discussion")),
    StepKind.EITHER_OR: str(QT_TRANSLATE_NOOP("StepNames", "Either/or")),
    StepKind.SORTING: str(QT_TRANSLATE_NOOP("StepNames", "Sorting cards")),
    StepKind.REFLECTION: str(QT_TRANSLATE_NOOP("StepNames", "Reflection")),
    StepKind.PARTNERSHIP_MEETING: str(QT_TRANSLATE_NOOP("StepNames", "Partnership meeting")),
    StepKind.CHARTER: str(QT_TRANSLATE_NOOP("StepNames", "Class charter")),
    StepKind.TALLY: str(QT_TRANSLATE_NOOP("StepNames", "Poll")),
    StepKind.CLOSING: str(QT_TRANSLATE_NOOP("StepNames", "Closing")),
}

_PHASE_NAMES: dict[PhaseMode, str] = {
    PhaseMode.ALONE: str(QT_TRANSLATE_NOOP("StepNames", "Alone")),
    PhaseMode.PARTNER: str(QT_TRANSLATE_NOOP("StepNames", "With a partner")),
    PhaseMode.GROUP: str(QT_TRANSLATE_NOOP("StepNames", "Partnership group")),
    PhaseMode.CLASS: str(QT_TRANSLATE_NOOP("StepNames", "Whole class")),
}


def step_kind_name(kind: StepKind) -> str:
    return QCoreApplication.translate("StepNames", _KIND_NAMES[kind])


def phase_mode_name(mode: PhaseMode) -> str:
    return QCoreApplication.translate("StepNames", _PHASE_NAMES[mode])


class StepNames(QObject):
    """Plural texts: pyside6-lupdate finds plural forms only in tr() calls of a QObject."""

    def minutes(self, minutes: int) -> str:
        return self.tr("%n min", "", minutes)

    def phase(self, mode_name: str, minutes: int) -> str:
        return fill(self.tr("%1: %n min", "", minutes), mode_name)


_PLURALS = StepNames()


def minutes_text(minutes: int) -> str:
    return _PLURALS.minutes(minutes)


def phase_text(phase: Phase) -> str:
    """One phase as the teacher reads it, e.g. "With a partner: 4 min"."""
    return _PLURALS.phase(phase_mode_name(phase.mode), phase.minutes)
