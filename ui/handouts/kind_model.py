"""The handout kinds as a list to choose from: a name and one line on what it is for."""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from netwerk_desktop.handouts.inputs import HandoutKind

Index = QModelIndex | QPersistentModelIndex
DescriptionRole = Qt.ItemDataRole.UserRole + 1
KindRole = Qt.ItemDataRole.UserRole + 2

CONTEXT = "HandoutKinds"
KIND_TEXTS: dict[HandoutKind, tuple[str, str]] = {
    HandoutKind.WORKSHEET: (
        str(QT_TRANSLATE_NOOP("HandoutKinds", "Worksheet")),
        str(
            QT_TRANSLATE_NOOP(
                "HandoutKinds", "The lesson’s goals, exercises and questions with room to write."
            )
        ),
    ),
    HandoutKind.TEACHER_GUIDE: (
        str(QT_TRANSLATE_NOOP("HandoutKinds", "Teacher guide")),
        str(
            QT_TRANSLATE_NOOP(
                "HandoutKinds", "Every step of the lesson with times, notes and questions."
            )
        ),
    ),
    HandoutKind.PARTNERSHIP_OVERVIEW: (
        str(QT_TRANSLATE_NOOP("HandoutKinds", "List of partners")),
        str(
            QT_TRANSLATE_NOOP(
                "HandoutKinds", "All partners and partnership groups, for the wall and colleagues."
            )
        ),
    ),
    HandoutKind.PARTNERSHIP_CARDS: (
        str(QT_TRANSLATE_NOOP("HandoutKinds", "Partnership group cards")),
        str(
            QT_TRANSLATE_NOOP(
                "HandoutKinds", "A card per group to cut out: names and what partners do."
            )
        ),
    ),
    HandoutKind.CHARTER_POSTER: (
        str(QT_TRANSLATE_NOOP("HandoutKinds", "Class charter poster")),
        str(QT_TRANSLATE_NOOP("HandoutKinds", "The rules the class agreed, in large type.")),
    ),
    HandoutKind.HELP_CARDS: (
        str(QT_TRANSLATE_NOOP("HandoutKinds", "Where to get help")),
        str(
            QT_TRANSLATE_NOOP(
                "HandoutKinds", "Cards to cut out with the school’s contacts, 112 and 116 111."
            )
        ),
    ),
    HandoutKind.DISCUSSION_CARDS: (
        str(QT_TRANSLATE_NOOP("HandoutKinds", "Discussion cards")),
        str(QT_TRANSLATE_NOOP("HandoutKinds", "Questions for a theme on cards to cut out.")),
    ),
    HandoutKind.NETWORK_MAP: (
        str(QT_TRANSLATE_NOOP("HandoutKinds", "Network map")),
        str(
            QT_TRANSLATE_NOOP(
                "HandoutKinds", "Circles where students draw the people in their lives."
            )
        ),
    ),
    HandoutKind.SORTING_CARDS: (
        str(QT_TRANSLATE_NOOP("HandoutKinds", "Sorting cards")),
        str(
            QT_TRANSLATE_NOOP(
                "HandoutKinds", "The lesson’s sorting cards to cut out, a set per group of four."
            )
        ),
    ),
    HandoutKind.SORTING_SHEET: (
        str(QT_TRANSLATE_NOOP("HandoutKinds", "Sorting sheet")),
        str(
            QT_TRANSLATE_NOOP(
                "HandoutKinds", "Nothing to cut: the statements numbered on a sheet per group."
            )
        ),
    ),
    HandoutKind.COLLEAGUE_SHEET: (
        str(QT_TRANSLATE_NOOP("HandoutKinds", "Partnerships for colleagues")),
        str(
            QT_TRANSLATE_NOOP(
                "HandoutKinds",
                "One page for the class’s other teachers: partners in their subject.",
            )
        ),
    ),
    HandoutKind.BOARD_SLIPS: (
        str(QT_TRANSLATE_NOOP("HandoutKinds", "Needs-and-offers slips")),
        str(
            QT_TRANSLATE_NOOP(
                "HandoutKinds", "A slip per student with a code from the class’s board; no names."
            )
        ),
    ),
    HandoutKind.INTRODUCTION_CARDS: (
        str(QT_TRANSLATE_NOOP("HandoutKinds", "Introduction cards")),
        str(
            QT_TRANSLATE_NOOP(
                "HandoutKinds", "For introductions the mentor makes: codes, never phone numbers."
            )
        ),
    ),
    HandoutKind.BOARD_POSTER: (
        str(QT_TRANSLATE_NOOP("HandoutKinds", "Needs-and-offers poster")),
        str(QT_TRANSLATE_NOOP("HandoutKinds", "The board’s categories and how it works.")),
    ),
    HandoutKind.BOARD_TALLY: (
        str(QT_TRANSLATE_NOOP("HandoutKinds", "Needs-and-offers follow-up")),
        str(
            QT_TRANSLATE_NOOP(
                "HandoutKinds", "Needs and offers per category and status: counts only."
            )
        ),
    ),
    HandoutKind.DIRECTORY_LEAFLET: (
        str(QT_TRANSLATE_NOOP("HandoutKinds", "Directory leaflet")),
        str(
            QT_TRANSLATE_NOOP(
                "HandoutKinds", "The school’s local communities by category, with last checked."
            )
        ),
    ),
    HandoutKind.DIRECTORY_CARDS: (
        str(QT_TRANSLATE_NOOP("HandoutKinds", "Directory pocket cards")),
        str(QT_TRANSLATE_NOOP("HandoutKinds", "A card per place of the school’s directory.")),
    ),
}


def kind_name(kind: HandoutKind) -> str:
    return QCoreApplication.translate(CONTEXT, KIND_TEXTS[kind][0])


def kind_description(kind: HandoutKind) -> str:
    return QCoreApplication.translate(CONTEXT, KIND_TEXTS[kind][1])


class HandoutKindModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._kinds = list(HandoutKind)

    def kind(self, row: int) -> HandoutKind:
        return self._kinds[row]

    def row_of(self, kind: HandoutKind) -> int:
        return self._kinds.index(kind)

    def retranslate(self) -> None:
        """The language changed: every row's text did too."""
        if self._kinds:
            self.dataChanged.emit(self.index(0), self.index(len(self._kinds) - 1))

    def rowCount(self, parent: Index | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._kinds)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        kind = self._kinds[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return kind_name(kind)
        if role in (DescriptionRole, Qt.ItemDataRole.ToolTipRole):
            return kind_description(kind)
        if role == KindRole:
            return kind
        return None
