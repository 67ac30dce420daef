"""The prompt library: its themes as one list (with how many prompts each has), and the
prompts of the chosen theme, each with its follow-up question, as another."""

from __future__ import annotations

import html

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from netwerk_desktop.content import Prompt, PromptTheme, plain_text
from ui.common.placeholders import fill

Index = QModelIndex | QPersistentModelIndex
HtmlRole = Qt.ItemDataRole.UserRole + 10
ThemeRole = Qt.ItemDataRole.UserRole + 11

_THEME_NAMES: dict[PromptTheme, str] = {
    PromptTheme.CLASS_CULTURE: str(QT_TRANSLATE_NOOP("PromptThemes", "Class culture")),
    PromptTheme.COMMUNITY: str(QT_TRANSLATE_NOOP("PromptThemes", "Community")),
    PromptTheme.LONELINESS: str(QT_TRANSLATE_NOOP("PromptThemes", "Loneliness")),
    PromptTheme.LANGUISH: str(QT_TRANSLATE_NOOP("PromptThemes", "Failing to thrive")),
    PromptTheme.WORRIED_FRIEND: str(
        QT_TRANSLATE_NOOP("PromptThemes", "I’m worried about a friend")
    ),
    PromptTheme.NOT_THRIVING: str(QT_TRANSLATE_NOOP("PromptThemes", "I’m not thriving")),
    PromptTheme.ONLINE_LIFE: str(QT_TRANSLATE_NOOP("PromptThemes", "Online life")),
    PromptTheme.PARTNERSHIPS: str(QT_TRANSLATE_NOOP("PromptThemes", "Partnerships")),
}


def theme_name(theme: PromptTheme) -> str:
    return QCoreApplication.translate("PromptThemes", _THEME_NAMES[theme])


class PromptThemeModel(QAbstractListModel):
    """Every theme, in the order of the series, with its number of prompts."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._counts: dict[PromptTheme, int] = {}

    def set_prompts(self, prompts: tuple[Prompt, ...]) -> None:
        self.beginResetModel()
        self._counts = {theme: 0 for theme in PromptTheme}
        for prompt in prompts:
            self._counts[prompt.theme] += 1
        self.endResetModel()

    def retranslate(self) -> None:
        if self._counts:
            self.dataChanged.emit(self.index(0), self.index(len(self._counts) - 1))

    def theme(self, row: int) -> PromptTheme:
        return list(self._counts)[row]

    def rowCount(self, parent: Index | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._counts)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        theme = self.theme(index.row())
        if role == Qt.ItemDataRole.DisplayRole:
            return theme_name(theme)
        if role == HtmlRole:
            count = self.tr("%n prompt(s)", "", self._counts[theme])
            return (
                f"<b>{html.escape(theme_name(theme))}</b><br>"
                f"<span class='muted'>{html.escape(count)}</span>"
            )
        if role == ThemeRole:
            return theme.value
        return None


class PromptListModel(QAbstractListModel):
    """The prompts of one theme; the follow-up question is shown under each prompt."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._prompts: list[Prompt] = []

    def set_prompts(self, prompts: tuple[Prompt, ...] | list[Prompt]) -> None:
        self.beginResetModel()
        self._prompts = list(prompts)
        self.endResetModel()

    def retranslate(self) -> None:
        if self._prompts:
            self.dataChanged.emit(self.index(0), self.index(len(self._prompts) - 1))

    def prompt(self, row: int) -> Prompt:
        return self._prompts[row]

    def rowCount(self, parent: Index | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._prompts)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        prompt = self._prompts[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return plain_text(prompt.text)
        if role == HtmlRole:
            follow_up = fill(self.tr("Follow-up: %1"), plain_text(prompt.follow_up))
            return (
                f"<p style='margin:0'><b>{html.escape(plain_text(prompt.text))}</b></p>"
                f"<p style='margin:4px 0 0 0'><span class='muted'>"
                f"{html.escape(follow_up)}</span></p>"
            )
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_text(prompt.follow_up)
        return None
